"""User-facing errors: each carries one line that tells the user what went wrong.

Anything the user can cause (a bad file, no microphone, a full disk, a broken
scenario) is raised as a `RehearseError` subclass and shown as that one line;
a traceback means a bug in rehearse.
"""

from __future__ import annotations

from typing import Any


class RehearseError(Exception):
    """Base class: `str(err)` is the one-line message shown to the user."""

    exit_code = 2
    take: Any = None
    """The take a recording error left behind (saved as far as it went), if any: a `rehearse.store.Take`."""


class AudioError(RehearseError):
    """An audio file is missing, unreadable, empty, silent or not audio."""


class ScenarioError(RehearseError):
    """A scenario file is missing or malformed (names the file, line and field)."""


class ModelError(RehearseError):
    """The speech model cannot be found or loaded."""


class DeviceError(RehearseError):
    """No PortAudio, no input/output device, an unknown device, or a device lost mid-take."""


class StorageError(RehearseError):
    """A take cannot be written or read (disk full, read-only, permission, folder gone)."""


class UnsavedReport(StorageError):
    """A take was judged but its report could not be saved: the verdict rides along, so the
    caller can still show what the speaker waited for (the audio is safe; the take is
    analysed again when next opened).

    `report` is the store's JSON form where the store raises it (`store.reports`) and the typed
    `Report` once `session.analyse.analyse_take`, the one path callers use, hands it on."""

    def __init__(self, message: str, report: Any) -> None:
        super().__init__(message)
        self.report = report
