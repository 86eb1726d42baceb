"""Where the voice stops: the end of periodic (voiced) sound, not of any loud sound.

The end of a take often holds a loud sound that is not speech: a knock, the
microphone handled as the speaker reaches for the stop key. Energy counts it as
speech, so an invented sign-off ("We'll see you next time.") laid over it looked as if
it covered sound (a real clip, BENCHMARKS.md "Invented sign-offs"). Vowels, nasals and
voiced consonants repeat at the pitch period (60-400 Hz); a knock or a hiss does not.
A frame is voiced when its normalised autocorrelation, past its first dip below zero,
peaks high at a lag in that range. The thud of a knock is smooth, so its
autocorrelation is high at short lags too, but never dips and rises again.

numpy only, on the last seconds of a chunk, low-passed and decimated to 4 kHz: it runs
on the stop path and costs a few milliseconds.
"""

from __future__ import annotations

import numpy as np

from rehearse.audio import SAMPLE_RATE
from rehearse.audio.features import frame_db

FRAME_S = 0.03
HOP_S = 0.01
RATE = 4000
"""Voicing is measured at this rate, after a low-pass at `LOWPASS_HZ`: pitch periods need no more."""
LOWPASS_HZ = 1000.0
"""Frication and broadband noise above this blur the periodicity of a weak final vowel."""
LOWPASS_TAPS = 65
PITCH_MIN_HZ = 60.0
PITCH_MAX_HZ = 400.0
VOICED_CORR = 0.4
"""Autocorrelation peak above which a frame repeats at a pitch period. Measured on a real clip: vowels
0.45-0.9 (a fading, creaky last "thanks" 0.45-0.5), knock 0.0, room noise up to 0.39 (gated by level)."""
MIN_VOICED_S = 0.04
"""Shorter periodic stretches occur by chance in noise and in a knock (30 ms frames overlap, so this is 4 frames)."""
ABOVE_FLOOR_DB = 6.0
"""Frames this much louder than the room (the 10th percentile of the level) can be voice; quieter ones
cannot, however periodic (mains hum repeats too). Not the energy threshold of `rehearse.audio.features`:
a loud knock in a short chunk lifts that above a fading last word (measured: "thanks" at -32 dBFS)."""
LOOK_BACK_S = 3.0
"""How far before the end `voiced_end` looks; a voiceless stretch longer than this is not speech anyway."""


def _lowpass(sr: int) -> np.ndarray:
    """A short windowed-sinc low-pass. Not a cut in the spectrum: that rings at the cut-off across the
    whole stretch, and the ringing of a knock is periodic (measured: false voicing at 1 kHz multiples)."""
    taps = np.arange(LOWPASS_TAPS) - (LOWPASS_TAPS - 1) / 2
    kernel = np.sinc(2 * LOWPASS_HZ / sr * taps) * np.hanning(LOWPASS_TAPS)
    return kernel / kernel.sum()


def voiced_frames(audio: np.ndarray, sr: int = SAMPLE_RATE) -> np.ndarray:
    """Autocorrelation peak (0-1, past the first dip) of the 30 ms frame starting every 10 ms."""
    x = np.convolve(audio.astype(np.float64), _lowpass(sr), mode="same")[:: sr // RATE]
    frame, hop = int(RATE * FRAME_S), int(RATE * HOP_S)
    lo, hi = int(RATE / PITCH_MAX_HZ), int(RATE / PITCH_MIN_HZ)
    count = (len(x) - frame) // hop + 1
    if count <= 0:
        return np.zeros(0)
    width = frame + hi
    x = np.pad(x, (0, max(0, (count - 1) * hop + width - len(x))))
    rows = x[np.arange(count)[:, None] * hop + np.arange(width)[None, :]]
    rows -= rows[:, :frame].mean(axis=1, keepdims=True)
    # Each frame against itself shifted by 0..hi samples, all lags at once (direct: faster than FFTs this small).
    shifts = np.lib.stride_tricks.sliding_window_view(rows, frame, axis=1)
    corr = np.einsum("ij,ikj->ik", rows[:, :frame], shifts)
    csum = np.concatenate([np.zeros((count, 1)), np.cumsum(rows * rows, axis=1)], axis=1)
    lags = np.arange(hi + 1)
    energy = csum[:, lags + frame] - csum[:, lags]
    norm = corr / np.sqrt(np.maximum(energy[:, :1] * energy, 1e-20))
    below = norm < 0
    first_dip = np.where(below.any(axis=1), below.argmax(axis=1), hi + 1)
    past_dip = (lags[None, :] >= np.maximum(first_dip, lo)[:, None]) & (lags[None, :] >= lo)
    peaks: np.ndarray = np.where(past_dip, norm, 0.0).max(axis=1)
    return peaks


def voiced_end(audio: np.ndarray, sr: int = SAMPLE_RATE) -> float | None:
    """Seconds from the start of `audio` to the end of its last voiced stretch, looking at the last
    `LOOK_BACK_S` only; None when that stretch has none (whispered, or no speech at all).

    Only frames `ABOVE_FLOOR_DB` over the room's level in the whole of `audio` count."""
    db = frame_db(audio, sr)
    start = max(0, len(audio) - int(LOOK_BACK_S * sr))
    peaks = voiced_frames(audio[start:], sr)
    first = int(round(start / sr / HOP_S))
    loud = db[first : first + len(peaks)] > float(np.percentile(db, 10)) + ABOVE_FLOOR_DB
    voiced = (peaks[: len(loud)] > VOICED_CORR) & loud
    need = max(1, int(round(MIN_VOICED_S / HOP_S)))
    runs = np.convolve(voiced.astype(np.int32), np.ones(need, dtype=np.int32), mode="valid") == need
    if not runs.any():
        return None
    last = int(np.flatnonzero(runs)[-1]) + need - 1
    return start / sr + last * HOP_S + FRAME_S


VOICELESS_TAIL_S = 0.3
"""A last word may run on voiceless after its last vowel ("thanks": "ks" 0.22-0.28 s in the real clips)."""


def spoken_end(audio: np.ndarray, sr: int = SAMPLE_RATE) -> float:
    """Seconds to the end of speech in `audio`, which ends where its sound does (energy): always the
    end of the voice plus `VOICELESS_TAIL_S`, so that a caller can tell where the voice stopped (it may
    lie up to that much past the sound); the sound's end where no voice is found."""
    voice = voiced_end(audio, sr)
    return len(audio) / sr if voice is None else voice + VOICELESS_TAIL_S
