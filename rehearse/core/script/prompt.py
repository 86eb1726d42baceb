"""Where the speaker is in their script, from the live transcript: what prompt mode highlights.

Issue 9, part 3. The live transcript is aligned to the draft with the same `align` the
report uses, so prompt mode is as tolerant as the report: fillers are left out, misheard
words match by spelling or place, a skipped passage is stepped over, and a part said out
of order is found where it is in the script. The position is the script word matched to
the latest spoken word, so after a jump back the prompt follows the speaker back. A few
milliseconds for a five-minute speech: the practice screen calls it on every live update.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rehearse.core.script.align import align
from rehearse.core.script.draft import Draft
from rehearse.core.types import Word


@dataclass(frozen=True)
class PromptPosition:
    """The words of the script said so far, and the one the speaker has reached."""

    said: frozenset[int]
    """Indices of script words matched to spoken words."""
    current: int | None = None
    """The script word matched to the latest spoken word; None before any match."""
    sentence: tuple[int, int] | None = None
    """The sentence being said: [start, end) word indices of the script."""

    @property
    def started(self) -> bool:
        return self.current is not None


def prompt_position(draft: Draft, spoken: Sequence[Word]) -> PromptPosition:
    """Where the speaker is in `draft` after saying `spoken` (the live transcript, in time order)."""
    if not spoken:
        return PromptPosition(frozenset())
    matches = align(draft.words, spoken).matches
    if not matches:
        return PromptPosition(frozenset())
    latest = max(matches, key=lambda m: (m.spoken, m.script))
    sentence = next(((s, e) for s, e in draft.sentences if s <= latest.script < e), None)
    return PromptPosition(frozenset(m.script for m in matches), latest.script, sentence)
