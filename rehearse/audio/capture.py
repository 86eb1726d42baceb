"""Recording from the microphone: sounddevice's "record unlimited" pattern.

The PortAudio callback runs on a real-time thread: if it blocks (disk I/O, a
lock held by the UI, a slow transcriber) the device overflows and audio is
dropped. So the callback only copies the block into an unbounded queue, and a
writer thread drains the queue: writes to disk, updates the level meter and
hands the audio to a consumer (the live transcriber) via `on_audio`.

Microphones that refuse 16 kHz (a USB headset opened directly through ALSA
offers only 44.1 or 48 kHz) are opened at their own rate instead, and the writer
thread resamples each block back to 16 kHz (`rates.BlockResampler`), so the take
on disk, the level meter and `on_audio` consumers always see 16 kHz.

Every failure ends the take cleanly instead of hanging or crashing: a write
error (disk full, read-only, folder removed) or a lost device (the stream
finished on its own, or no audio for `stall_s`) closes the stream, keeps what
was written and leaves a one-line `error` for the caller. Open streams are in
the `streams` registry, which closes them before the interpreter exits: a
stream closed after its PulseAudio server died deadlocks inside PortAudio.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable

import numpy as np

from rehearse.audio import SAMPLE_RATE, devices, rates, streams
from rehearse.errors import DeviceError, RehearseError, StorageError

log = logging.getLogger(__name__)

BLOCK_FRAMES = 1600
"""0.1 s at 16 kHz: fine-grained enough for a smooth meter, few enough wake-ups for 2 cores."""

STALL_S = 3.0
"""No audio for this long means the device is gone. Above the 2 s an idle PulseAudio sink may take to wake."""

RECORDING = "recording"
"""What a Recorder's stream is doing, in the `streams` registry and its messages."""

_STOP, _LOST = object(), object()


def live_recorders() -> int:
    """How many Recorders have an open stream in this process."""
    return streams.count(RECORDING)


def close_all_streams() -> None:
    """Stop every running Recorder (at exit, and before a test kills its audio server)."""
    streams.close_all(RECORDING)


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0]


class Recorder:
    """Records mono int16 blocks from an input device and passes them to `write`.

    `write(block)` gets a 1-D int16 array at `samplerate` on the writer thread (a
    `PcmWriter.write`), whatever rate the device runs at (`device_rate`);
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
        self.device_rate = samplerate
        """The rate the device was opened at: `samplerate`, or the device's own if it refused that."""
        self.device_frames = 0
        """Frames received from the device (at `device_rate`), before any resampling."""
        self._resample: rates.BlockResampler | None = None
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
        self._stream = self._open(sd)
        self._thread = threading.Thread(target=self._drain, name="rehearse-recorder", daemon=True)
        self._last_data = time.monotonic()
        streams.opened(self, RECORDING)
        self._thread.start()
        try:
            self._stream.start()
        except sd.PortAudioError as exc:
            self.stop()
            raise DeviceError(f"cannot start input device {self.name!r}: {_first_line(exc)}") from exc

    def _open(self, sd):
        """The input stream at `samplerate`, or at the device's own rate if it refuses that one."""
        try:
            return self._new_stream(sd, self.samplerate)
        except (sd.PortAudioError, ValueError) as exc:
            refused = rates.refuses_rate(exc)
            rate = rates.own_rate(sd, self.device, "input", self.samplerate) if refused else None
            if rate is None:
                raise DeviceError(f"cannot open input device {self.name!r}: {_first_line(exc)}") from exc
        try:
            self._resample = rates.BlockResampler(rate, self.samplerate)
        except ImportError as exc:
            raise DeviceError(f"input device {self.name!r} records only at {rate} Hz and the resampler "
                              f"is missing: pip install soxr") from exc
        try:
            stream = self._new_stream(sd, rate)
        except (sd.PortAudioError, ValueError) as exc:
            raise DeviceError(f"cannot open input device {self.name!r} at {self.samplerate} Hz or at its "
                              f"own {rate} Hz: {_first_line(exc)}") from exc
        log.info("input device %r refuses %d Hz: recording at %d Hz, resampled", self.name,
                 self.samplerate, rate)
        return stream

    def _new_stream(self, sd, rate: int):
        stream = sd.InputStream(samplerate=rate, blocksize=round(self.blocksize * rate / self.samplerate),
                                device=self.device, channels=1, dtype="int16",
                                callback=self._callback, finished_callback=self._finished)
        self.device_rate = rate
        return stream

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
        saving = True
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
                saving = False
                break
        if saving and self._resample is not None:  # the resampler's held-back tail belongs to the take
            tail_error = self._consume(np.zeros(0, np.int16), last=True)
            error = error or tail_error
        if error is not None:
            self.error = error
            self._close_stream(abort=True)
        self._done.set()
        if self.on_stop is not None:
            try:
                self.on_stop(self.error)
            except Exception:
                log.exception("on_stop callback failed")

    def _consume(self, block: np.ndarray, last: bool = False) -> RehearseError | None:
        self.device_frames += len(block)
        if self._resample is not None:
            block = self._resample(block, last)
        if not len(block):
            return None
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
        streams.closed(self)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the take has ended (stop() or an error); True if it has."""
        return self._done.wait(timeout)
