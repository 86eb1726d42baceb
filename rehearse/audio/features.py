"""Measuring the voice on the audio itself: where speech is, pitch, loudness, clipping.

Whisper's word timestamps are inferred, not trained, and blur pauses into the
neighbouring words, so pauses are measured here from the signal's energy. Pitch
uses YIN at a 50 ms hop (`rehearse.audio.pitch`, librosa's algorithm in numpy): pYIN is far
too slow for 5-minute takes.
"""

from __future__ import annotations

import threading

import numpy as np

from rehearse.audio import SAMPLE_RATE
from rehearse.audio.pitch import PITCH_FMAX, PITCH_FMIN, PITCH_FRAME, PITCH_HOP, yin
from rehearse.core.types import Interval, VoiceFeatures

FRAME_S = 0.03
HOP_S = 0.01
MIN_SPEECH_S = 0.08
"""Blips shorter than this (clicks, breaths) are not speech."""
BRIDGE_S = 0.15
"""Gaps shorter than this inside a word (stop consonants) are not pauses."""
SILENCE_DBFS = -60.0
"""Below this the take is silent whatever the distribution says."""


def _block_power(audio: np.ndarray, block: int) -> np.ndarray:
    """Sum of squares of each `block` samples, without a full-length float64 copy of the take."""
    n = len(audio) // block
    x = np.ascontiguousarray(audio[: n * block], dtype=np.float32).reshape(n, block)
    return np.einsum("ij,ij->i", x, x, dtype=np.float64)


def _db_of_power(power: np.ndarray, hop: int, frame: int) -> np.ndarray:
    """RMS level in dBFS of `frame`-sample frames every `hop` samples, from the sums of squares of
    `hop`-sample blocks."""
    per = frame // hop
    csum = np.concatenate(([0.0], np.cumsum(power)))
    n = len(power) - per + 1
    rms = np.sqrt((csum[per : per + n] - csum[:n]) / frame)
    return 20 * np.log10(np.maximum(rms, 1e-10))


def frame_db(audio: np.ndarray, sr: int = SAMPLE_RATE) -> np.ndarray:
    """RMS level in dBFS of 30 ms frames every 10 ms (a frame is three 10 ms blocks)."""
    hop, frame = int(sr * HOP_S), int(sr * FRAME_S)
    if len(audio) < frame:
        audio = np.pad(audio, (0, frame - len(audio)))
    return _db_of_power(_block_power(audio, hop), hop, frame)


def speech_threshold_db(db: np.ndarray) -> float:
    """Energy threshold between background and voice, from the level distribution."""
    floor = float(np.percentile(db, 10))
    voice = float(np.percentile(db, 95))
    return max(SILENCE_DBFS, floor + 6.0, floor + 0.3 * (voice - floor))


def _intervals(db: np.ndarray, total: float) -> tuple[Interval, ...]:
    active = db > speech_threshold_db(db)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], active.astype(np.int8), [0]))))
    raw = [(s * HOP_S, e * HOP_S + FRAME_S - HOP_S) for s, e in zip(edges[::2], edges[1::2], strict=True)]
    merged: list[list[float]] = []
    for s, e in raw:
        if merged and s - merged[-1][1] < BRIDGE_S:
            merged[-1][1] = e
        else:
            merged.append([s, e])
    return tuple(
        Interval(round(s, 3), round(min(e, total), 3)) for s, e in merged if e - s >= MIN_SPEECH_S
    )


def speech_intervals(audio: np.ndarray, sr: int = SAMPLE_RATE) -> tuple[Interval, ...]:
    """Stretches where the signal is voice-loud; the gaps between them are pauses."""
    if audio.size == 0:
        return ()
    return _intervals(frame_db(audio, sr), len(audio) / sr)


class LevelTrack:
    """`speech_intervals` of a take still being recorded, kept as it grows: the live checklist
    judges with the same silences the report will (`rehearse.core.judge.silences`). Only the
    10 ms block energies are kept (360 000 numbers an hour), never the audio."""

    def __init__(self) -> None:
        self._hop = int(SAMPLE_RATE * HOP_S)
        self._power: list[np.ndarray] = []
        self._rest = np.zeros(0, dtype=np.float32)
        self._samples = 0
        self._lock = threading.Lock()

    def feed(self, block: np.ndarray) -> None:
        """Called with each recorded block (float32, 16 kHz mono), from any one thread."""
        with self._lock:
            audio = np.concatenate([self._rest, np.asarray(block, dtype=np.float32).reshape(-1)])
            whole = len(audio) // self._hop * self._hop
            if whole:
                self._power.append(_block_power(audio[:whole], self._hop))
            self._rest = audio[whole:]
            self._samples += len(block)

    def speech(self) -> tuple[Interval, ...]:
        """The voice-loud stretches so far, as `speech_intervals` finds them on the same audio."""
        with self._lock:
            power = np.concatenate(self._power) if self._power else np.zeros(0)
            self._power = [power]  # one array from now on: the next call joins only the new blocks
            samples = self._samples
        frame = int(SAMPLE_RATE * FRAME_S)
        if samples < frame:
            return ()  # under one frame: no stretch reaches MIN_SPEECH_S
        return _intervals(_db_of_power(power, self._hop, frame), samples / SAMPLE_RATE)


def loudness_per_second(audio: np.ndarray, sr: int = SAMPLE_RATE) -> tuple[float, ...]:
    if len(audio) < sr:
        return ()
    rms = np.sqrt(_block_power(audio, sr) / sr)
    return tuple(float(v) for v in 20 * np.log10(np.maximum(rms, 1e-10)))


def pitch_track(audio: np.ndarray, speech: tuple[Interval, ...], sr: int = SAMPLE_RATE) -> tuple[float, ...]:
    """Pitch (Hz) of frames inside speech; yin has no voicing decision, so we gate on energy."""
    if not speech or len(audio) < 2048:
        return ()
    # A minute at a time keeps yin's frame matrices small on hour-long takes.
    step = PITCH_HOP * (60 * sr // PITCH_HOP)
    parts = [
        yin(audio[i : i + step], fmin=PITCH_FMIN, fmax=PITCH_FMAX, sr=sr, frame_length=PITCH_FRAME, hop_length=PITCH_HOP)
        for i in range(0, len(audio) - PITCH_FRAME, step)
    ]
    f0 = np.concatenate(parts) if parts else np.zeros(0)
    times = np.arange(len(f0)) * PITCH_HOP / sr
    inside = np.zeros(len(f0), dtype=bool)
    for iv in speech:
        inside |= (times >= iv.start) & (times <= iv.end)
    voiced = f0[inside & (f0 > PITCH_FMIN * 1.05) & (f0 < PITCH_FMAX * 0.95)]
    return tuple(float(v) for v in voiced)


def measure_voice(audio: np.ndarray, sr: int = SAMPLE_RATE, pitch: bool = True) -> VoiceFeatures:
    speech = speech_intervals(audio, sr)
    peak = float(np.max(np.abs(audio))) if audio.size else 0.0
    clipped = float(np.mean(np.abs(audio) >= 0.999)) if audio.size else 0.0
    return VoiceFeatures(
        audio_s=len(audio) / sr,
        speech=speech,
        pitch_hz=pitch_track(audio, speech, sr) if pitch else (),
        loudness_db=loudness_per_second(audio, sr),
        loudness_step_s=1.0,
        peak=peak,
        clipped_fraction=clipped,
    )
