"""Speech recognition behind a small interface.

The rest of rehearse sees only `Engine.transcribe(audio, offset) -> Transcript`
with our own `Word` type; faster-whisper's objects never leave this package.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import numpy as np

from rehearse.core.types import Transcript

Progress = Callable[[float, float], None]
"""Called with (seconds done, seconds total) as transcription advances."""


class Engine(Protocol):
    name: str

    def transcribe(
        self, audio: np.ndarray, offset: float = 0.0, draft: bool = False, until: float | None = None
    ) -> Transcript:
        """Words of a 16 kHz mono chunk, timed from `offset` seconds; `draft` trades accuracy for speed;
        decoding may stop once `until` seconds into the chunk are covered."""
        ...


def speaking(engine: Engine, language: str) -> Engine:
    """`engine` transcribing `language` (the scenario's): the Whisper engine checks that its model
    can (tiny.en refuses French with one ModelError line) and shares its loaded model; an engine
    without languages (the tests' fakes) is returned as it is."""
    view = getattr(engine, "speaking", None)
    return view(language) if view is not None else engine
