"""Listening back to one moment of a take: the report's "play that filler" button.

Hearing the "um" at 1:42 teaches more than reading it, so every timed item in
the report can be played. The slice starts a little before the moment (the ear
needs the lead-in to recognise the sentence) and lasts a few seconds.

Playback itself is `rehearse.audio.playback.Player` (one shared instance: a new
pick stops the previous sound, so stepping through the list never stacks sounds
up). No PortAudio or no output device is one `DeviceError` line from it; the
report stays usable without sound.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

LEAD_IN_S = 1.0
"""Seconds played before the moment: enough to hear the words that lead into it."""
CLIP_S = 5.0
"""Default length of a clip: one sentence, long enough to judge, short enough to step through."""
MAX_CLIP_S = 20.0
"""Longest clip (a long evidence quote or a slow stretch); beyond this the user would rather re-record."""


def clip_bounds(start: float, end: float | None, total_s: float) -> tuple[float, float]:
    """Seconds [a, b) to play for an item at `start` (and optional `end`) in a take of `total_s`."""
    a = max(0.0, start - LEAD_IN_S)
    b = (end + 0.5) if end is not None and end > start else start + CLIP_S
    b = min(total_s, max(b, a + 1.0), a + MAX_CLIP_S)
    return a, max(a, b)


def audio_slice(audio: np.ndarray, samplerate: int, start: float, end: float | None = None) -> np.ndarray:
    a, b = clip_bounds(start, end, len(audio) / samplerate)
    return audio[int(a * samplerate): int(b * samplerate)]


_player = None
_lock = threading.Lock()


def play_audio(audio: np.ndarray, samplerate: int) -> None:
    """Start playing `audio` (float32 mono) on the default output; DeviceError if impossible.

    Uses the one shared `rehearse.audio.playback.Player`, so picking the next item
    stops the previous sound, and its streams are closed at exit with the others.
    """
    global _player
    from rehearse.audio.playback import Player

    with _lock:
        if _player is None:
            _player = Player()
        if len(audio):
            _player.load(audio, samplerate)
            _player.play()


def stop_audio() -> None:
    """Stop any clip still playing (leaving the report, or quitting); free if nothing ever played."""
    with _lock:
        if _player is not None:
            _player.stop()
