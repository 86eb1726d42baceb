"""Stand-ins for the two slow or hardware-bound services, so most UI tests run in seconds.

- `FileRecording` behaves like `rehearse.session.recording.TakeRecording` but its
  "microphone" is a numpy array played out block by block at `speed` times
  real time (then silence until stopped). Everything after the microphone is
  real: the take folder, the crash-safe `.part`, the FLAC, the store.
- `ScriptedEngine` answers `transcribe()` with the words a real run of the
  real engine produced for the same audio (kept in `data/sample_report.json`),
  cut to the chunk's time span. The chunker, live analyzer and analysis core
  stay real.

The real engine and the real microphone path are covered by the tests marked
`slow` and `device`.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import numpy as np

from rehearse import store
from rehearse.core.types import Transcript, Word
from rehearse.errors import DeviceError

DATA = Path(__file__).parent / "data"
RATE = 16000
BLOCK = 1600


def sample_report() -> dict:
    """A real report: the committed sample speech judged by `rehearse analyze --json` (tiny.en)."""
    return json.loads((DATA / "sample_report.json").read_text(encoding="utf-8"))


class ScriptedEngine:
    name = "scripted"

    def __init__(self, words: list[Word] | None = None, delay_s: float = 0.0):
        self.words = words if words is not None else [Word.from_dict(w) for w in sample_report()["transcript"]["words"]]
        self.delay_s = delay_s
        self.calls = 0

    def transcribe(self, audio: np.ndarray, offset: float = 0.0, draft: bool = False,
                   until: float | None = None) -> Transcript:
        self.calls += 1
        if self.delay_s:
            time.sleep(self.delay_s)
        end = offset + len(audio) / RATE
        words = tuple(w for w in self.words if offset <= w.start < end)
        return Transcript(words=words, model=self.name, no_speech=not words)


class FileRecording:
    """A take recorded from an array instead of a microphone (see module docstring)."""

    def __init__(self, scenario_id: str, *, audio: np.ndarray, speed: float = 1.0, fail_after_s: float | None = None,
                 speaker: str = "", team: str = "", title: str = "", device=None, model: str = "",
                 root=None, on_audio=None, on_stop=None, language: str = "en"):
        self.scenario_id, self.audio, self.speed = scenario_id, audio.astype(np.float32), speed
        self.fail_after_s = fail_after_s
        self.meta = dict(speaker=speaker, team=team, title=title, model=model, language=language)
        self.on_audio, self.on_stop, self.root = on_audio, on_stop, root
        self.take = None
        self.frames = 0
        self.level = 0.0
        self.error = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def elapsed(self) -> float:
        return self.frames / RATE

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self):
        self.take = store.create_take(self.scenario_id, device="file", sample_rate=RATE, root=self.root, **self.meta)
        self._writer = store.PcmWriter(self.take.part_path)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self.take

    def _run(self) -> None:
        pos, t0 = 0, time.monotonic()
        while not self._stop.is_set():
            block = self.audio[pos:pos + BLOCK]
            if len(block) < BLOCK:
                block = np.concatenate([block, np.zeros(BLOCK - len(block), np.float32)])
            self._writer.write(block)
            self.frames += BLOCK
            pos += BLOCK
            self.level = float(np.sqrt(np.mean(block * block)))
            if self.on_audio:
                self.on_audio(block)
            if self.fail_after_s is not None and self.elapsed >= self.fail_after_s:
                self.error = DeviceError("input device 'file' was lost (unplugged or stopped)")
                break
            delay = t0 + self.frames / RATE / self.speed - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        if self.on_stop:
            self.on_stop(self.error)

    def stop(self):
        self._stop.set()
        self._thread.join(10)
        self._writer.close()
        take = store.finish_take(self.take, status="interrupted" if self.error else "complete")
        if self.error:
            err = DeviceError(f"{self.error}: recording stopped after {take.duration:.1f} s")
            err.take = take
            raise err
        return take


def recording_factory(audio: np.ndarray, speed: float = 1.0, **extra):
    """A `Services.new_recording` that records `audio` instead of the microphone."""
    made: list[FileRecording] = []

    def new_recording(scenario_id: str, **kwargs):
        rec = FileRecording(scenario_id, audio=audio, speed=speed, **extra, **kwargs)
        made.append(rec)
        return rec

    new_recording.made = made
    return new_recording
