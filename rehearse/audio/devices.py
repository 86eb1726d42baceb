"""Audio devices: listing, choosing and re-scanning, with one-line errors.

`sounddevice` is imported only when a device is actually needed. Importing it
loads PortAudio, and a machine without libportaudio2 raises `OSError` at import
time: that must become a clear `DeviceError`, while everything that does not
need a microphone (analysing files, the report, the takes list) keeps working.

PortAudio reads the ALSA configuration and looks for a PulseAudio server only
when it initialises, so `rescan()` re-initialises it after the environment
changes (a headset plugged in, `PULSE_SERVER` set). It refuses while a stream
is open: the registry of open streams lives in `streams`, which this module and
`capture` both import, so neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from rehearse.audio import streams
from rehearse.errors import DeviceError

NO_PORTAUDIO = (
    "PortAudio library not found: install libportaudio2 (apt-get install libportaudio2) "
    "to record; analysing files still works"
)


@dataclass(frozen=True)
class Device:
    """One PortAudio device as the UI shows it; `channels` counts the direction listed."""

    index: int
    name: str
    channels: int
    default_samplerate: float
    is_default: bool = False

    def label(self) -> str:
        star = "*" if self.is_default else " "
        return f"{star}{self.index:>3}  {self.name} ({self.channels} ch, {self.default_samplerate:g} Hz)"


def sd():
    """The `sounddevice` module, imported on first use; missing PortAudio -> DeviceError."""
    try:
        import sounddevice
    except OSError as exc:
        raise DeviceError(NO_PORTAUDIO) from exc
    streams.after_portaudio_loaded()
    _quiet_alsa()
    return sounddevice


_ALSA_HANDLER: list[object] = []
"""The ALSA error handler, kept alive for as long as ALSA may call it (the process)."""


def _quiet_alsa() -> None:
    """Send ALSA's own messages to the log instead of the terminal.

    ALSA's library writes straight to file descriptor 2: an underrun while a question plays
    printed "ALSA lib pcm.c:8570:(snd_pcm_recover) underrun occurred" across the app's screen
    (seen in tmux). PortAudio reports what matters through its own errors and status flags."""
    if _ALSA_HANDLER:
        return
    import ctypes
    import ctypes.util
    import logging

    try:
        alsa = ctypes.CDLL(ctypes.util.find_library("asound") or "libasound.so.2")
    except OSError:
        _ALSA_HANDLER.append(None)  # no ALSA here (macOS, Windows): nothing to quieten
        return
    log = logging.getLogger("rehearse.audio.alsa")
    kind = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p)

    def to_log(file: bytes, line: int, function: bytes, err: int, fmt: bytes) -> None:
        log.debug("ALSA %s:%d (%s) %s", (file or b"").decode(errors="replace"), line,
                  (function or b"").decode(errors="replace"), (fmt or b"").decode(errors="replace"))

    handler = kind(to_log)
    alsa.snd_lib_error_set_handler(handler)
    _ALSA_HANDLER.append(handler)


def rescan() -> None:
    """Forget PortAudio's device list and build it again from the current environment.

    Refused while a stream is open: terminating PortAudio under it can deadlock.
    """
    doing = streams.busy()
    if doing is not None:
        what = "the take" if doing == "recording" else "it"
        raise DeviceError(f"cannot re-scan audio devices while {doing}; stop {what} first")
    mod = sd()
    mod._terminate()
    mod._initialize()


def _default_index(kind: int) -> int:
    try:
        value = sd().default.device[kind]
    except Exception:
        return -1
    return int(value) if isinstance(value, int) or str(value).lstrip("-").isdigit() else -1


def _list(key: str, kind: int) -> list[Device]:
    mod = sd()
    try:
        infos = mod.query_devices()
    except mod.PortAudioError as exc:
        raise DeviceError(f"cannot list audio devices: {exc}") from exc
    default = _default_index(kind)
    return [
        Device(int(i["index"]), str(i["name"]), int(i[key]), float(i["default_samplerate"]),
               int(i["index"]) == default)
        for i in infos
        if int(i[key]) > 0
    ]


def input_devices() -> list[Device]:
    """Devices that can record, the system default marked `is_default`."""
    return _list("max_input_channels", 0)


def output_devices() -> list[Device]:
    """Devices that can play back (for listening to a take)."""
    return _list("max_output_channels", 1)


def _describe(devs: list[Device]) -> str:
    return ", ".join(f"{d.index}: {d.name}" for d in devs)


def resolve_input(spec: int | str | None = None) -> Device:
    """The input device named by `spec`: None = default, an index, or part of a name.

    A name matches case-insensitively; an exact name wins over substrings, and an
    ambiguous substring is an error rather than a guess (recording from the wrong
    microphone silently is worse than asking).
    """
    devs = input_devices()
    if not devs:
        raise DeviceError(
            "no input device found: connect a microphone (or check that PulseAudio/ALSA "
            "can see it) and try again; `rehearse record --list-devices` shows what is visible"
        )
    if spec is None or str(spec).strip() == "":
        return next((d for d in devs if d.is_default), devs[0])
    text = str(spec).strip()
    if text.lstrip("-").isdigit():
        index = int(text)
        for d in devs:
            if d.index == index:
                return d
        raise DeviceError(f"no input device with index {index}; inputs are: {_describe(devs)}")
    exact = [d for d in devs if d.name.lower() == text.lower()]
    if exact:
        return exact[0]
    found = [d for d in devs if text.lower() in d.name.lower()]
    if len(found) == 1:
        return found[0]
    if found:
        raise DeviceError(f"input device {text!r} is ambiguous: matches {_describe(found)}")
    raise DeviceError(f"no input device matching {text!r}; inputs are: {_describe(devs)}")
