"""What the judge of spoken takes finds in a draft, tied back to the draft's words.

The judge quotes clauses with the time they were said. On the draft's forecast clock
each time is a word of the draft, so every piece of evidence becomes a span of words
and a paragraph: the speaker sees which sentence made the ask, and the alignment of a
later take can tell which planned example was dropped (`element_spans`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rehearse.core.report_parts import RubricElement
from rehearse.core.script.align_types import ElementSpan
from rehearse.core.script.draft import Draft
from rehearse.core.script.timeline import word_starting_at
from rehearse.core.types import Evidence, Word

UP_FRONT_SHARE = 0.2
"""Bottom line up front: the ask comes within the first fifth of the draft."""


@dataclass(frozen=True)
class Clause:
    """A quoted clause of the draft: words [start, end), its paragraph and forecast time."""

    start: int
    end: int
    paragraph: int
    at_s: float
    text: str
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "paragraph": self.paragraph + 1, "word": self.start,
                               "words": self.end - self.start, "at_s": round(self.at_s, 1)}
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class ElementCheck:
    id: str
    label: str
    found: bool
    count: int
    min: int
    evidence: tuple[Clause, ...] = ()
    near_misses: tuple[Clause, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "found": self.found, "count": self.count, "min": self.min,
                "evidence": [c.to_dict() for c in self.evidence],
                "near_misses": [c.to_dict() for c in self.near_misses]}


@dataclass(frozen=True)
class ContentCheck:
    elements: tuple[ElementCheck, ...]
    ask_word: int | None
    """First word of the first clause that makes the ask; None without an ask."""
    ask_share: float | None
    """Where the ask first comes, as a share of the draft's words (0.0 = the first word)."""

    @property
    def ask_up_front(self) -> bool:
        return self.ask_share is not None and self.ask_share < UP_FRONT_SHARE

    @property
    def missing(self) -> list[str]:
        return [e.id for e in self.elements if not e.found]

    def element(self, element_id: str) -> ElementCheck | None:
        return next((e for e in self.elements if e.id == element_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rubric": {e.id: e.to_dict() for e in self.elements},
            "missing": self.missing,
            "bottom_line_up_front": {"ask_word": self.ask_word,
                                     "ask_share": None if self.ask_share is None else round(self.ask_share, 3),
                                     "within_share": UP_FRONT_SHARE, "ok": self.ask_up_front},
        }


def read_content(rubric: Mapping[str, RubricElement], draft: Draft, timeline: tuple[Word, ...]) -> ContentCheck:
    """The judge's rubric (`Report.rubric`) with each quote placed in the draft."""
    elements = []
    for eid, r in rubric.items():
        evidence = tuple(_clause(e, draft, timeline) for e in r.evidence)
        near = tuple(_clause(e, draft, timeline) for e in r.near_misses)
        elements.append(ElementCheck(eid, r.label, r.found, r.count, r.min, evidence, near))
    ask = next((e for e in elements if e.id == "ask"), None)
    ask_word = min((c.start for c in ask.evidence), default=None) if ask else None
    share = None if ask_word is None else ask_word / max(len(draft.words), 1)
    return ContentCheck(tuple(elements), ask_word, share)


def _clause(e: Evidence, draft: Draft, timeline: tuple[Word, ...]) -> Clause:
    start = word_starting_at(timeline, e.start)
    end = min(len(draft.words), start + max(1, len(e.text.split())))
    at = timeline[start].start if timeline else 0.0
    return Clause(start, end, draft.paragraph_of(start), at, e.text, e.note)


ORDINAL_LABELS = {"examples": "example"}


def element_spans(content: ContentCheck) -> tuple[ElementSpan, ...]:
    """The draft spans that carried each found element, for `align(..., elements=...)`:
    examples are numbered in draft order ("example 2"), the others named by id ("ask")."""
    spans: list[ElementSpan] = []
    for e in content.elements:
        clauses = sorted(e.evidence, key=lambda c: c.start)
        for n, c in enumerate(clauses, 1):
            label = f"{ORDINAL_LABELS[e.id]} {n}" if e.id in ORDINAL_LABELS else e.id
            spans.append(ElementSpan(e.id, label, c.start, c.end))
    return tuple(spans)
