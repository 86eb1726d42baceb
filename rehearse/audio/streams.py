"""The one registry of open audio streams, and closing them all before the interpreter exits.

Why a module of its own: `devices.rescan()` must refuse while a stream is open
(re-initialising PortAudio under it can deadlock), and `capture` needs `devices`
to import sounddevice. With the registry inside `capture`, `devices` had to import
`capture` back (lazily, to dodge the cycle). This module imports nothing from
rehearse, so `devices`, `capture` (and `playback`, if it moves its own set here)
all depend on it and none depends on another in a circle.

Why close at exit: a stream closed after its PulseAudio server died deadlocks inside
PortAudio, and sounddevice's own exit handler terminates PortAudio with our streams
still open. `after_portaudio_loaded()` re-registers `close_all` once sounddevice is
imported, so ours runs first (atexit runs last-registered first).
"""

from __future__ import annotations

import atexit
import logging
import threading
import weakref
from typing import Protocol

log = logging.getLogger(__name__)


class Owner(Protocol):
    """Whatever holds a stream: `stop()` must close it and be safe to call twice."""

    def stop(self) -> None: ...


_OPEN: weakref.WeakKeyDictionary[Owner, str] = weakref.WeakKeyDictionary()
"""Owner -> what its stream is doing ("recording", "playing"). Weak: a dropped owner leaves by itself."""
_LOCK = threading.Lock()
_ORDERED = False


def opened(owner: Owner, doing: str) -> None:
    """Note that `owner` holds an open stream; `doing` names it in messages ("recording")."""
    with _LOCK:
        _OPEN[owner] = doing


def closed(owner: Owner) -> None:
    """Note that `owner` closed its stream (idempotent)."""
    with _LOCK:
        _OPEN.pop(owner, None)


def count(doing: str | None = None) -> int:
    """How many streams are open in this process (only those `doing` that, if given)."""
    with _LOCK:
        return sum(1 for what in _OPEN.values() if doing is None or what == doing)


def busy() -> str | None:
    """What an open stream is doing ("recording"), or None when no stream is open."""
    with _LOCK:
        return next(iter(_OPEN.values()), None)


def close_all(doing: str | None = None) -> None:
    """Stop every open stream (or those `doing` that): at exit, and before a test kills its server."""
    with _LOCK:
        owners = [o for o, what in _OPEN.items() if doing is None or what == doing]
    for owner in owners:  # outside the lock: stop() calls closed()
        try:
            owner.stop()
        except Exception:  # one stuck stream must not keep the others open
            log.exception("closing an audio stream failed")


def after_portaudio_loaded() -> None:
    """Run `close_all` at exit before sounddevice terminates PortAudio (call after importing it)."""
    global _ORDERED
    if not _ORDERED:
        _ORDERED = True
        atexit.unregister(close_all)
        atexit.register(close_all)


atexit.register(close_all)
