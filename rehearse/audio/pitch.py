"""Pitch by YIN (de Cheveigné and Kawahara, 2002) in numpy: librosa's `yin`, without numba.

librosa's `yin` needs scipy and numba, and numba's JIT: in a take's process they held about 210 MiB
(scipy 76, numba 52, the first call's compiled code and llvmlite 82; measured with psutil, session 11)
of the 700 MB a take may use, cost 3 s at the first call, and numba's on-disk cache needed a
machine-wide lock against corruption (numba/numba#10128). The same steps in numpy give the same
pitch (tests/test_pitch.py compares them on speech): frames, the cumulative mean normalised
difference, the first trough under the threshold (else the deepest), parabolic refinement.
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

PITCH_HOP = 800
PITCH_FRAME = 1024
PITCH_FMIN, PITCH_FMAX = 65.0, 400.0
"""The pitch tracker's settings (`features.pitch_track`): 50 ms hop, 64 ms frames, a speaking voice's range."""
TROUGH_THRESHOLD = 0.1
"""A trough of the normalised difference below this is a period (YIN's absolute threshold, librosa's default)."""


def _normalised_difference(frames: np.ndarray, min_period: int, max_period: int) -> np.ndarray:
    """YIN's cumulative mean normalised difference d'(tau) for tau in [min_period, max_period], per frame
    (frames: shape (frame_length, n))."""
    n_fft = 2 * frames.shape[0]
    spectrum = np.fft.rfft(frames, n=n_fft, axis=0)
    acf = np.fft.irfft(spectrum.real**2 + spectrum.imag**2, n=n_fft, axis=0)[: max_period + 1]
    energy = np.cumsum(np.square(frames[:max_period]), axis=0)
    energy[0] = 0  # as librosa computes it (its energy row 0 is zeroed before use), so the pitch is the same
    diff = np.empty((max_period + 1, frames.shape[1]), dtype=acf.dtype)
    diff[0] = 0
    diff[1:] = 2 * (acf[:1] - acf[1:]) - energy
    mean = np.cumsum(diff[1:], axis=0) / np.arange(1, max_period + 1)[:, None]
    denominator = mean[min_period - 1 : max_period]
    return diff[min_period:] / (denominator + np.finfo(denominator.dtype).tiny)


def _parabolic_shifts(d: np.ndarray) -> np.ndarray:
    """Where the parabola through each point and its neighbours has its optimum, as a shift from the
    point; 0 at the ends and where the optimum would lie more than one step away."""
    shifts = np.zeros_like(d)
    a = d[2:] + d[:-2] - 2 * d[1:-1]
    b = (d[2:] - d[:-2]) / 2
    inside = np.abs(b) < np.abs(a)
    shifts[1:-1][inside] = -b[inside] / a[inside]
    return shifts


def _troughs(d: np.ndarray) -> np.ndarray:
    """Local minima along the period axis (the first point: lower than the next)."""
    out = np.zeros(d.shape, dtype=bool)
    out[1:-1] = (d[1:-1] < d[:-2]) & (d[1:-1] <= d[2:])
    out[-1] = d[-1] < d[-2]
    out[0] = d[0] < d[1]
    return out


def yin(audio: np.ndarray, fmin: float = PITCH_FMIN, fmax: float = PITCH_FMAX, sr: int = 16000,
        frame_length: int = PITCH_FRAME, hop_length: int = PITCH_HOP) -> np.ndarray:
    """F0 in Hz of each frame of `audio` (frames start at 0, every `hop_length`, no centring padding)."""
    if len(audio) < frame_length:
        return np.zeros(0)
    frames = sliding_window_view(audio.astype(np.float64, copy=False), frame_length)[::hop_length].T
    # In float64: in float32 a near-tie between two troughs (a quiet frame, a high voice) falls one
    # way or the other with the FFT's rounding, and the pitch jumps by a period.
    min_period = int(np.floor(sr / fmax))
    max_period = min(int(np.ceil(sr / fmin)), frame_length - 1)
    d = _normalised_difference(frames, min_period, max_period)
    shifts = _parabolic_shifts(d)
    below = _troughs(d) & (d < TROUGH_THRESHOLD)
    period = np.argmax(below, axis=0)
    none = ~below.any(axis=0)
    period[none] = np.argmin(d, axis=0)[none]
    columns = np.arange(d.shape[1])
    return sr / (min_period + period + shifts[period, columns])
