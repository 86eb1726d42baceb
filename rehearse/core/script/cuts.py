"""Where a long draft should lose words: the paragraphs that cross the late marks.

"Cut 60 words" is hard to act on; "the fourth paragraph is where you pass 4:30, and
the fifth where you pass 5:00" says where the time goes. The marks come from the
scenario: the yellow card (4:30) and the limit (5:00); the target is half-way
between them (4:45), close enough to the limit to use the time and far enough to
leave room for a slower day.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rehearse.core.scenario import Scenario
from rehearse.core.script.draft import Draft
from rehearse.core.script.forecast import Forecast, words_to_cut
from rehearse.core.script.timeline import word_at
from rehearse.core.timing import clock
from rehearse.core.types import Word

QUOTE_WORDS = 12


@dataclass(frozen=True)
class Crossing:
    """The point in the draft where the forecast clock passes `mark_s`."""

    mark_s: float
    word: int
    paragraph: int
    heading: str
    paragraph_start_s: float
    paragraph_end_s: float
    sentence: str
    """The sentence being said at the mark (its first words)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "mark_s": self.mark_s, "mark": clock(self.mark_s), "word": self.word, "paragraph": self.paragraph + 1,
            "heading": self.heading, "paragraph_start_s": round(self.paragraph_start_s, 1),
            "paragraph_end_s": round(self.paragraph_end_s, 1), "sentence": self.sentence,
        }


@dataclass(frozen=True)
class CutPlan:
    marks: tuple[float, ...]
    """The marks looked for: the yellow card and the limit (4:30 and 5:00)."""
    crossings: tuple[Crossing, ...]
    """One per mark the draft reaches, in order."""
    target_s: float
    words_to_cut: int
    """Words to remove to land at `target_s` at the forecast pace."""

    def crossing(self, mark_s: float) -> Crossing | None:
        return next((c for c in self.crossings if abs(c.mark_s - mark_s) < 1e-6), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "marks_s": list(self.marks), "target_s": self.target_s, "target": clock(self.target_s),
            "words_to_cut": self.words_to_cut,
            "crossings": [c.to_dict() for c in self.crossings],
        }


def marks(scenario: Scenario) -> tuple[float, float, float]:
    """(first mark, limit, target): 4:30, 5:00 and 4:45 in the MINUSMA exercise."""
    first, limit = scenario.yellow_s, scenario.limit_s
    return first, limit, (first + limit) / 2.0


def cut_plan(draft: Draft, timeline: tuple[Word, ...], fc: Forecast, scenario: Scenario) -> CutPlan:
    """Crossings of the late marks on the forecast clock (`timeline` lasts `fc.seconds`), and the
    words to cut to land on the target."""
    first, limit, target = marks(scenario)
    crossings = []
    for mark in (first, limit):
        i = word_at(timeline, mark)
        if i >= len(timeline):
            continue
        p = draft.paragraphs[draft.words[i].paragraph]
        s0, s1 = next((s, e) for s, e in draft.sentences if s <= i < e)
        quote = draft.text(s0, min(s1, s0 + QUOTE_WORDS)) + (" …" if s1 - s0 > QUOTE_WORDS else "")
        crossings.append(Crossing(mark, i, p.index, p.heading, timeline[p.start].start,
                                  timeline[p.end - 1].end, quote))
    return CutPlan((first, limit), tuple(crossings), target, words_to_cut(fc, target))
