"""The microphone level as the speaker needs it: a bar and, only when needed, one hint.

A meter that flickers with every syllable is noise on a screen that should be
dominated by the clock. So the bar shows the loudest block of the last moment
(it rises with the voice and falls gently in pauses), and the hints judge a
few seconds at once: "too quiet" only when even the loudest block in the last
3 s is faint (not during a breath), "clipping" when samples hit full scale.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass

import numpy as np

FLOOR_DBFS = -60.0
"""Bottom of the bar: a quiet room's noise floor with a laptop microphone."""
QUIET_DBFS = -40.0
"""Speech whose loudest 0.1 s stays below this is hard to transcribe: move closer or speak up."""
SILENT_DBFS = -55.0
"""Below this nobody is speaking at all (not yet started, or the wrong microphone)."""
CLIP_LEVEL = 0.995
"""A sample this close to full scale was clipped by the input gain."""
CLIP_SAMPLES = 8
"""Clipped samples in the window before we warn: a single click is not a gain problem."""
WINDOW_S = 3.0
BAR_S = 0.3
"""The bar follows the loudest block of the last 0.3 s: readable, not jittery."""


def dbfs(rms: float) -> float:
    return 20 * math.log10(rms) if rms > 1e-9 else -120.0


@dataclass(frozen=True)
class Level:
    db: float
    """Bar level in dBFS (loudest recent block)."""
    fraction: float
    """0..1 position of the bar between FLOOR_DBFS and 0 dBFS."""
    hint: str
    """'' or a short instruction: 'too quiet', 'no sound', 'clipping'."""


class LevelWindow:
    """Fed with float32 blocks on the recorder thread, read from the UI thread."""

    def __init__(self, samplerate: int = 16000) -> None:
        self.samplerate = samplerate
        self._blocks: deque[tuple[float, float, int, int]] = deque()  # (seconds, rms, clipped, frames)
        self._seconds = 0.0
        self._lock = threading.Lock()

    def add(self, block: np.ndarray) -> None:
        n = len(block)
        if n == 0:
            return
        rms = float(np.sqrt(np.mean(np.square(block, dtype=np.float64))))
        clipped = int(np.count_nonzero(np.abs(block) >= CLIP_LEVEL))
        with self._lock:
            self._seconds += n / self.samplerate
            self._blocks.append((self._seconds, rms, clipped, n))
            while self._blocks and self._blocks[0][0] < self._seconds - WINDOW_S:
                self._blocks.popleft()

    def read(self) -> Level:
        with self._lock:
            blocks, now = list(self._blocks), self._seconds
        if not blocks:
            return Level(FLOOR_DBFS, 0.0, "")
        recent = [b[1] for b in blocks if b[0] >= now - BAR_S] or [blocks[-1][1]]
        bar = dbfs(max(recent))
        loudest = dbfs(max(b[1] for b in blocks))
        clipped = sum(b[2] for b in blocks)
        heard_s = sum(b[3] for b in blocks) / self.samplerate
        hint = ""
        if clipped >= CLIP_SAMPLES:
            hint = "clipping: move back or lower the input gain"
        elif heard_s >= WINDOW_S * 0.9 and loudest < SILENT_DBFS:
            hint = "no sound: check the microphone"
        elif heard_s >= WINDOW_S * 0.9 and loudest < QUIET_DBFS:
            hint = "too quiet: speak up or move closer"
        fraction = min(1.0, max(0.0, (bar - FLOOR_DBFS) / -FLOOR_DBFS))
        return Level(bar, fraction, hint)
