"""Recording from the microphone: sounddevice's "record unlimited" pattern.

The PortAudio callback runs on a real-time thread: if it blocks (disk I/O, a
lock held by the UI, a slow transcriber) the device overflows and audio is
dropped. So the callback only copies the block into an unbounded queue, and a
writer thread drains the queue: writes to disk, updates the level meter and
hands the audio to a consumer (the live transcriber) via `on_audio`.

Every failure ends the take cleanly instead of hanging or crashing: a write
error (disk full, read-only, folder removed) or a lost device (the stream
finished on its own, or no audio for `stall_s`) closes the stream, keeps what
was written and leaves a one-line `error` for the caller. Streams are closed
before the interpreter exits (`close_all_streams` runs at exit), because a
stream closed after its PulseAudio server died deadlocks inside PortAudio.
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
import time
import weakref
from collections.abc import Callable

import numpy as np

from rehearse.audio import SAMPLE_RATE, devices
from rehearse.errors import DeviceError, RehearseError, StorageError

log = logging.getLogger(__name__)

BLOCK_FRAMES = 1600
"""0.1 s at 16 kHz: fine-grained enough for a smooth meter, few enough wake-ups for 2 cores."""

STALL_S = 3.0
"""No audio for this long means the device is gone. Above the 2 s an idle PulseAudio sink may take to wake."""

_STOP, _LOST = object(), object()
_LIVE: weakref.WeakSet[Recorder] = weakref.WeakSet()


def live_recorders() -> int:
    """How many Recorders have an open stream in this process."""
    return len(_LIVE)


def close_all_streams() -> None:
    """Stop every running Recorder (at exit, and before a test kills its audio server)."""
    for rec in list(_LIVE):
        rec.stop()


atexit.register(close_all_streams)


class Recorder:
    """Records mono int16 blocks from an input device and passes them to `write`.

    `write(block)` gets a 1-D int16 array on the writer thread (a `PcmWriter.write`);
    `on_audio(block)` then gets the same audio as float32 in -1..1 for consumers;
    `on_stop(error)` is called once from the writer thread when the take ends.
    """

    def __init__(self, write: Callable[[np.ndarray], None], *, device: int | str | None = None,
                 samplerate: int = SAMPLE_RATE, blocksize: int = BLOCK_FRAMES,
                 on_audio: Callable[[np.ndarray], None] | None = None,
                 on_stop: Callable[[RehearseError | None], None] | None = None, stall_s: float = STALL_S,
                 name: str = ""):
        self._write, self.device, self.samplerate, self.blocksize = write, device, samplerate, blocksize
        self.name = name or ("the default input" if device is None else str(device))
        """How messages name the device (its PortAudio name, not an index the user never saw)."""
        self.on_audio, self.on_stop, self.stall_s = on_audio, on_stop, stall_s
        self._queue: queue.Queue = queue.Queue()
        self._lock = threading.Lock()
        self._stream = None
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._stopping = False
        self._last_data = 0.0
        self.frames = 0
        self.level = 0.0
        """RMS of the latest block, 0..1 (full scale); for the meter."""
        self.peak = 0.0
        """Largest absolute sample so far, 0..1: 1.0 means the take clipped somewhere."""
        self.overflows = 0
        """Blocks PortAudio reported as overflowed (audio dropped before it reached us)."""
        self.error: RehearseError | None = None

    @property
    def elapsed(self) -> float:
        """Seconds of audio written so far (not wall time: gaps never count)."""
        return self.frames / self.samplerate

    @property
    def running(self) -> bool:
        return self._thread is not None and not self._done.is_set()

    def start(self) -> None:
        """Open the device and start recording; DeviceError if it cannot be opened."""
        sd = devices.sd()
        try:
            self._stream = sd.InputStream(samplerate=self.samplerate, blocksize=self.blocksize,
                                          device=self.device, channels=1, dtype="int16",
                                          callback=self._callback, finished_callback=self._finished)
        except (sd.PortAudioError, ValueError) as exc:
            raise DeviceError(f"cannot open input device {self.name!r}: {exc}") from exc
        self._thread = threading.Thread(target=self._drain, name="rehearse-recorder", daemon=True)
        self._last_data = time.monotonic()
        _LIVE.add(self)
        self._thread.start()
        try:
            self._stream.start()
        except sd.PortAudioError as exc:
            self.stop()
            raise DeviceError(f"cannot start input device {self.name!r}: {exc}") from exc

    def _callback(self, indata, frames, time_info, status) -> None:
        # Real-time thread: copy and return, nothing else.
        if status.input_overflow:
            self.overflows += 1
        self._queue.put(indata[:, 0].copy())
        self._last_data = time.monotonic()

    def _finished(self) -> None:
        if not self._stopping:
            self._queue.put(_LOST)  # the stream ended without stop(): the device went away

    def _drain(self) -> None:
        error: RehearseError | None = None
        while True:
            try:
                item = self._queue.get(timeout=0.2)
            except queue.Empty:
                if not self._stopping and time.monotonic() - self._last_data > self.stall_s:
                    error = DeviceError(f"input device {self.name!r} stopped delivering audio "
                                        f"(unplugged or taken by another program?)")
                    break
                continue
            if item is _STOP:
                break
            if item is _LOST:
                error = DeviceError(f"input device {self.name!r} was lost (unplugged or stopped)")
                break
            error = self._consume(item)
            if error is not None:
                break
        if error is not None:
            self.error = error
            self._close_stream(abort=True)
        self._done.set()
        if self.on_stop is not None:
            try:
                self.on_stop(self.error)
            except Exception:
                log.exception("on_stop callback failed")

    def _consume(self, block: np.ndarray) -> RehearseError | None:
        try:
            self._write(block)
        except RehearseError as exc:
            return exc
        except OSError as exc:
            return StorageError(f"cannot save audio: {exc.strerror or exc}")
        self.frames += len(block)
        audio = block.astype(np.float32) / 32768.0
        self.level = float(np.sqrt(np.mean(audio * audio))) if len(audio) else 0.0
        self.peak = max(self.peak, float(np.max(np.abs(audio))) if len(audio) else 0.0)
        if self.on_audio is not None:
            try:
                self.on_audio(audio)
            except Exception:  # a broken consumer must not cost the recording
                log.exception("on_audio consumer failed; it gets no more audio")
                self.on_audio = None
        return None

    def _close_stream(self, abort: bool) -> None:
        with self._lock:
            stream, self._stream = self._stream, None
        if stream is None:
            return
        self._stopping = True
        try:
            stream.abort() if abort else stream.stop()
        except Exception as exc:  # a dead device may refuse to stop; closing still frees it
            log.warning("stopping the input stream failed: %s", exc)
        finally:
            stream.close(ignore_errors=True)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop recording, write out the queued audio, close the device. Idempotent."""
        self._stopping = True
        self._close_stream(abort=False)
        self._queue.put(_STOP)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)
        _LIVE.discard(self)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the take has ended (stop() or an error); True if it has."""
        return self._done.wait(timeout)
