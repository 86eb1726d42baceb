"""Replaying a take: play, pause, resume, seek, and a position that follows the transcript.

One OutputStream per stretch of playing, its callback only copying samples; pause closes
it, so a paused take holds no device. `on_position(s)`/`on_end()` come from a ticker thread
(Textual: hop with `call_from_thread`). sounddevice is imported lazily via `devices`: no
PortAudio or no output is one `DeviceError` line. Streams are closed at exit: closing one
after its PulseAudio server died deadlocks PortAudio.
"""

from __future__ import annotations

import atexit
import contextlib
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path

import numpy as np
import soundfile as sf

from rehearse.audio import SAMPLE_RATE, devices
from rehearse.audio.decode import load_audio
from rehearse.errors import AudioError, DeviceError

SKIP_S = 5.0
"""The ±5 s of the seek keys: one sentence back, enough to re-hear what was just said."""
TICK_S = 0.1
"""How often `on_position` fires while playing: smooth enough for a word highlight."""
LATENCY = "high"
"""35 ms on PulseAudio. On ALSA's pulse plugin 0.1 s or more (or blocksize 1024) never started."""
PAD_S = 0.06
"""Silence around each stretch: PulseAudio dropped a new stream's first and last ~30 ms (measured)."""
STALL_S = 3.0
"""No callback this long after starting: the output is stuck (above an idle sink's 2 s wake-up)."""
_LIVE: weakref.WeakSet[Player] = weakref.WeakSet()


def close_all_players() -> None:
    """Close every open playback stream (at exit, and before a test kills its audio server)."""
    for player in list(_LIVE):
        player.stop(rewind=False)


atexit.register(close_all_players)


def read_audio(path: str | Path) -> tuple[np.ndarray, int]:
    """(mono float32 samples, rate) of an audio file; AudioError with one line if unreadable."""
    try:
        data, rate = sf.read(str(path), dtype="float32", always_2d=True)
        return data.mean(axis=1).astype(np.float32), int(rate)
    except (OSError, RuntimeError):  # m4a, mp3...: the decoder reads them, or names the file in an AudioError
        return load_audio(path), SAMPLE_RATE


class Player:
    """Plays one take's audio. Not thread-safe between callers: drive it from one thread."""

    def __init__(self, *, device: int | str | None = None, on_position: Callable[[float], None] | None = None,
                 on_end: Callable[[], None] | None = None, tick_s: float = TICK_S):
        self.device, self.on_position, self.on_end, self.tick_s = device, on_position, on_end, tick_s
        self.source: Path | None = None
        self._audio, self._rate = np.zeros(0, np.float32), SAMPLE_RATE
        self._frame = self._end = self._segment_start = self._latency = self._pad_in = self._pad_out = 0
        self._lock, self._ended = threading.Lock(), threading.Event()
        self._stream, self._state, self._calls = None, "stopped", 0
        self.error: DeviceError | None = None
        """Why playback stopped on its own (a stuck or lost device); None when it ended normally."""
        self.underruns = 0
        """Times since the last `play` that the output ran dry before the callback refilled it (a
        machine too busy to feed it in time): the sound had a gap there (tests tell a gap from a lost stretch by it)."""

    def load(self, source: str | Path | np.ndarray, samplerate: int = SAMPLE_RATE) -> float:
        """Load a file (or samples) and rewind; returns the duration in seconds."""
        self.stop()
        if isinstance(source, np.ndarray):
            audio, rate, self.source = np.asarray(source, np.float32).reshape(-1), int(samplerate), None
        elif not Path(source).is_file():
            raise AudioError(f"{source}: no such audio file")
        else:
            (audio, rate), self.source = read_audio(source), Path(source)
        self._audio, self._rate, self._frame, self._end = audio, rate, 0, len(audio)
        return self.duration

    @property
    def duration(self) -> float:
        return len(self._audio) / self._rate

    @property
    def state(self) -> str:
        """'stopped', 'playing', 'paused' or 'ended' (`error` says why a play stopped early)."""
        return self._state

    @property
    def position(self) -> float:
        """Seconds into the take of the sample being heard now."""
        playing = self._state == "playing"
        frame = max(self._segment_start, self._frame - self._latency) if playing else self._frame
        return min(frame, len(self._audio)) / self._rate

    def play(self, start: float | None = None, until: float | None = None) -> None:
        """Play from `start` (default: where it is) to `until` (default: the end); DeviceError if no sound."""
        if len(self._audio) == 0:
            raise AudioError("nothing to play: load a take first")
        if start is None and self._state == "playing":
            start = self.position
        self._close_stream()
        if start is not None:
            self._frame = self._clamp(start)
        elif self._frame >= len(self._audio) or self._state == "ended":
            self._frame = 0
        self._end = len(self._audio) if until is None else max(self._frame, self._clamp(until))
        self.underruns = 0
        self._open_stream()

    def pause(self) -> None:
        if self._state == "playing":
            heard = int(round(self.position * self._rate))
            self._close_stream()
            self._frame, self._state = heard, "paused"
            self._notify()

    def resume(self) -> None:
        if self._state != "playing":
            self.play(until=self._end / self._rate if self._end < len(self._audio) else None)

    def toggle(self) -> None:
        self.pause() if self._state == "playing" else self.resume()

    def seek(self, t: float) -> None:
        """Jump to `t` seconds, playing or not (keeps playing if it was)."""
        with self._lock:
            self._frame = self._segment_start = self._clamp(t)
            self._end = self._end if self._end >= self._frame else len(self._audio)
        self._state = "paused" if self._state == "ended" else self._state
        self._notify()

    def skip(self, delta: float = SKIP_S) -> None:
        """Seek relative to what is being heard (the ±5 s keys)."""
        self.seek(self.position + delta)

    def stop(self, rewind: bool = True) -> None:
        """Stop and close the device; `rewind` goes back to the start."""
        self._close_stream()
        self._frame, self._state = (0 if rewind else self._frame), "stopped"
        self._ended.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until playback ends or stops; True if it did within `timeout`."""
        return self._ended.wait(timeout)

    def _clamp(self, t: float) -> int:
        return int(min(max(0.0, float(t)), self.duration) * self._rate)

    def _notify(self) -> None:
        if self.on_position is not None:
            self.on_position(self.position)

    def _open_stream(self) -> None:
        sd = devices.sd()
        if not devices.output_devices():
            raise DeviceError("no output device: cannot play the take here (the report is still complete)")
        try:
            stream = self._new_stream(sd)
        except DeviceError:
            with contextlib.suppress(sd.PortAudioError, ValueError, KeyError, TypeError):
                rate = int(sd.query_devices(self.device, "output")["default_samplerate"])
                if rate and rate != self._rate:  # a device that refuses 16 kHz (raw ALSA hardware)
                    self._resample(rate)
            stream = self._new_stream(sd)
        self._stream, self._sd = stream, sd
        self._latency = int(float(stream.latency or 0.0) * self._rate)
        self._segment_start, self._state, self._calls, self.error = self._frame, "playing", 0, None
        self._pad_in = self._pad_out = int(PAD_S * self._rate)
        self._ended.clear()
        _LIVE.add(self)
        try:
            stream.start()
        except sd.PortAudioError as exc:
            self.stop(rewind=False)
            raise DeviceError(f"cannot start audio output: {str(exc).splitlines()[0]}") from exc
        threading.Thread(target=self._tick, args=(stream,), name="rehearse-player", daemon=True).start()

    def _new_stream(self, sd):
        try:
            return sd.OutputStream(samplerate=self._rate, channels=1, dtype="float32", device=self.device,
                                   blocksize=0, latency=LATENCY, callback=self._callback)
        except (sd.PortAudioError, ValueError) as exc:
            raise DeviceError(f"cannot play audio: {str(exc).splitlines()[0]}") from exc

    def _resample(self, rate: int) -> None:
        """Linear resampling for a device that refuses the take's rate: fine for speech."""
        scale, n = rate / self._rate, int(round(len(self._audio) * rate / self._rate))
        self._audio = np.interp(np.arange(n) / scale, np.arange(len(self._audio)), self._audio).astype(np.float32)
        self._frame, self._end = int(self._frame * scale), min(n, int(self._end * scale))
        self._rate = rate

    def _callback(self, outdata, frames, time_info, status) -> None:
        if status.output_underflow:
            self.underruns += 1
        with self._lock:  # real-time thread: copy samples and return
            self._calls, n, a = self._calls + 1, min(frames, self._pad_in), self._frame  # n: silence first
            b = max(a, min(a + frames - n, self._end))
            outdata[:, 0] = 0.0
            outdata[n: n + b - a, 0] = self._audio[a:b]
            self._frame, self._pad_in = b, self._pad_in - n
            if b >= self._end:
                self._pad_out -= frames - n - (b - a)
        if self._pad_out <= 0:
            raise self._sd.CallbackStop

    def _tick(self, stream) -> None:
        """Report the position while `stream` plays; close it when the audio has run out."""
        started, stuck = time.monotonic(), False
        while self._stream is stream and self._active(stream) and not stuck:
            self._notify()
            self._ended.wait(self.tick_s)
            stuck = not self._calls and time.monotonic() - started > STALL_S
        if self._close_stream(only=stream, drain=not stuck):  # ended or stuck (not paused or replaced)
            if stuck:
                self.error, self._state = DeviceError("the audio output did not start (busy or stuck)"), "stopped"
            else:
                self._frame, self._state = self._end, "ended"
            self._ended.set()
            self._notify()
            if self.on_end is not None:
                self.on_end()

    def _active(self, stream) -> bool:
        """Whether `stream` still plays. Another thread (pause, stop, the next pick) may close it between
        this ticker's checks; PortAudio then answers "invalid stream pointer": it plays no more."""
        try:
            return bool(stream.active)
        except self._sd.PortAudioError:
            return False

    def _close_stream(self, only=None, drain: bool = False) -> bool:
        """Close the stream (if it is `only`), letting the tail play out if `drain`; True if closed here."""
        with self._lock:
            stream = self._stream
            if stream is None or (only is not None and stream is not only):
                return False
            self._stream = None
        with contextlib.suppress(Exception):  # a vanished device may refuse; closing still frees it
            stream.stop() if drain else stream.abort()
        stream.close(ignore_errors=True)
        _LIVE.discard(self)
        return True


_MOMENT: Player | None = None


def play_moment(audio_path: str | Path, start: float, seconds: float = 5.0) -> Player:
    """Play `seconds` of a take from `start` ("select a timed item and hear it"). One shared
    player: the next pick stops the previous sound, and the same take is loaded only once."""
    global _MOMENT
    _MOMENT = _MOMENT or Player()
    if _MOMENT.source != Path(audio_path):
        _MOMENT.load(audio_path)
    _MOMENT.play(start=max(0.0, start), until=max(0.0, start) + max(0.1, seconds))
    return _MOMENT
