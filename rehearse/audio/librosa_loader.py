"""Load librosa so that two rehearse processes can never corrupt numba's cache.

librosa's `yin` calls `localmin`, a numba `@guvectorize(cache=True)` function.
numba writes such a function as two cache files, and when two processes fill the
cache at the same moment the pair can come from different processes; every later
process that loads the mismatched pair dies with a segmentation fault
(numba/numba#10128, open at numba 0.68). On a fresh install that happens as soon
as the app and `rehearse analyze`, or two imports, measure a voice at once.

So the first use in each process, which imports librosa and compiles or loads
its cache, runs under an exclusive lock shared by every rehearse process on the
machine. Once the cache is whole, taking the lock costs a millisecond.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import numpy as np

PITCH_HOP = 800
PITCH_FRAME = 1024
PITCH_FMIN, PITCH_FMAX = 65.0, 400.0
"""The pitch tracker's settings (`features.pitch_track`), here because the first use compiles yin
for exactly these: one place, so the warm-up and the measure can never drift apart."""
LOCK_PATH = Path(tempfile.gettempdir()) / "rehearse-numba-cache.lock"
_ready: ModuleType | None = None
_thread_lock = threading.Lock()


def _first_use(librosa: ModuleType) -> None:
    """Compile (or load) everything `yin` needs: the call `pitch_track` makes, on a few frames of tone."""
    from rehearse.audio import SAMPLE_RATE

    t = np.arange(4 * PITCH_FRAME, dtype=np.float32) / SAMPLE_RATE
    librosa.yin(np.sin(2 * np.pi * 140 * t), fmin=PITCH_FMIN, fmax=PITCH_FMAX, sr=SAMPLE_RATE,
                frame_length=PITCH_FRAME, hop_length=PITCH_HOP, center=False)


def load_librosa() -> ModuleType:
    """librosa, imported and its numba cache filled under the machine-wide lock."""
    global _ready
    if _ready is not None:
        return _ready
    with _thread_lock:
        if _ready is None:
            with _machine_lock():
                import librosa

                _first_use(librosa)
            _ready = librosa
    return _ready


@contextmanager
def _machine_lock() -> Iterator[None]:
    """An exclusive `flock` on `LOCK_PATH`; without a writable temp folder, no lock (and no worse)."""
    try:
        import fcntl

        fd = os.open(LOCK_PATH, os.O_RDWR | os.O_CREAT, 0o666)
    except (OSError, ImportError):
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
