"""One take from microphone to disk: the sequence the CLI and the UI share.

`TakeRecording` ties the pieces together so both front ends save takes the same
way: resolve the device, create the take folder, stream blocks into the
crash-safe `.part` through a `Recorder`, and on stop convert to FLAC. When the
take ends on an error, what was recorded is saved first and only then is the
error raised, with one line saying where the audio is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from rehearse import store
from rehearse.audio import SAMPLE_RATE, devices
from rehearse.audio.capture import Recorder
from rehearse.errors import RehearseError, StorageError


class TakeRecording:
    """Record one take into the store. `start()` -> Take, `stop()` -> finished Take.

    `level`, `elapsed` and `running` are safe to poll from the UI thread;
    `on_audio` (float32 blocks) and `on_stop(error)` are called on the writer thread.
    """

    def __init__(self, scenario: str, *, speaker: str = "", team: str = "", title: str = "",
                 device: int | str | None = None, model: str = "", language: str = "en", root: Path | None = None,
                 on_audio: Callable[[np.ndarray], None] | None = None,
                 on_stop: Callable[[RehearseError | None], None] | None = None):
        self._meta = dict(speaker=speaker, team=team, title=title, model=model, language=language)
        self.scenario, self.device_spec, self.root = scenario, device, root
        self.on_audio, self.on_stop = on_audio, on_stop
        self.take: store.Take | None = None
        self.device: devices.Device | None = None
        self._writer: store.PcmWriter | None = None
        self._recorder: Recorder | None = None

    @property
    def level(self) -> float:
        return self._recorder.level if self._recorder else 0.0

    @property
    def elapsed(self) -> float:
        return self._recorder.elapsed if self._recorder else 0.0

    @property
    def running(self) -> bool:
        return bool(self._recorder and self._recorder.running)

    @property
    def error(self) -> RehearseError | None:
        return self._recorder.error if self._recorder else None

    def start(self) -> store.Take:
        """Open the device and begin; DeviceError/StorageError leave no take folder behind."""
        self.device = devices.resolve_input(self.device_spec)
        take = store.create_take(self.scenario, device=self.device.name, sample_rate=SAMPLE_RATE,
                                 root=self.root, **self._meta)
        try:
            self._writer = store.PcmWriter(take.part_path)
            self._recorder = Recorder(self._writer.write, device=self.device.index, name=self.device.name,
                                      on_audio=self.on_audio, on_stop=self.on_stop)
            self._recorder.start()
        except BaseException:
            if self._writer is not None:
                self._writer.close()
            store.discard_take(take)
            raise
        self.take = take
        return take

    def wait(self, timeout: float | None = None) -> bool:
        return self._recorder.wait(timeout) if self._recorder else True

    def stop(self) -> store.Take:
        """End the take and save it. Raises the take's error *after* saving what was recorded.

        The raised error carries `.take` (the saved take) for callers that want to show it.
        """
        if self.take is None or self._recorder is None or self._writer is None:
            raise RuntimeError("stop() before start()")
        self._recorder.stop()
        error = self._recorder.error
        try:
            self._writer.close()
        except StorageError as exc:
            error = error or exc
        take = self.take
        seconds = self._writer.frames / SAMPLE_RATE
        try:
            take = store.finish_take(take, status="interrupted" if error else "complete")
            kept = f"the {take.duration:.1f} s recorded are saved in {take.audio_path or take.path}"
        except StorageError as exc:
            error = error or exc
            kept = (f"the {seconds:.1f} s recorded are kept in {take.part_path} and will be "
                    f"recovered the next time rehearse starts")
        if error is not None:
            where = f"{error}: recording stopped after {seconds:.1f} s; {kept}"
            err = type(error)(where)
            err.take = take
            raise err from error
        return take
