"""The typed result of aligning a take to its script (`rehearse.core.script.align`).

Frozen dataclasses with `to_dict()` for the JSON export: the app report, the HTML and
Markdown exports and `rehearse compare` read these, never the matching internals.
Script positions are word indices into the script's words, [start, end); spoken
positions are indices into the take's words, with times in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ElementSpan:
    """Script words [start, end) that carried a rubric element, given by the caller
    (`content.element_spans` makes them from the script check)."""

    element: str
    """Rubric element id: "why", "how", "examples", "ask"."""
    label: str
    """What the speaker reads: "example 2", "ask"."""
    start: int
    end: int


@dataclass(frozen=True)
class SectionPlan:
    """A section of the script (a paragraph, or what a heading covers) and its planned seconds."""

    label: str
    start: int
    end: int
    planned_s: float


@dataclass(frozen=True)
class Match:
    script: int
    spoken: int
    kind: str
    """"exact", "fuzzy" (a close spelling: focal/vocal) or "misheard" (a different word in its place)."""
    in_order: bool = True


@dataclass(frozen=True)
class Skipped:
    """A passage of the script that was not said."""

    start: int
    end: int
    text: str
    paragraph: int
    sentences: int
    """Whole sentences inside the passage."""
    whole_paragraph: bool
    elements: tuple[str, ...] = ()
    """Labels of the elements it carried ("example 2"), each mostly inside the passage."""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "words": self.end - self.start, "text": self.text,
                "paragraph": self.paragraph + 1, "sentences": self.sentences,
                "whole_paragraph": self.whole_paragraph, "elements": list(self.elements)}


@dataclass(frozen=True)
class Added:
    """Words said that are not in the script (an ad-lib), not fillers nor a restart."""

    spoken_start: int
    spoken_end: int
    start_s: float
    end_s: float
    text: str
    after_script: int | None
    """The script word said just before it (None at the very start)."""

    def to_dict(self) -> dict[str, Any]:
        return {"start_s": round(self.start_s, 2), "end_s": round(self.end_s, 2), "text": self.text,
                "words": self.spoken_end - self.spoken_start, "after_script_word": self.after_script}


@dataclass(frozen=True)
class OutOfOrder:
    """A part of the script said, but not where the script puts it."""

    start: int
    end: int
    text: str
    paragraph: int
    spoken_s: float
    """When it was said."""
    said_at: int | None
    """The script word the speaker had reached in order when they said it (None: before any)."""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "paragraph": self.paragraph + 1,
                "spoken_s": round(self.spoken_s, 2), "said_at_script_word": self.said_at}


@dataclass(frozen=True)
class SectionTime:
    label: str
    start: int
    end: int
    planned_s: float
    spoken_s: float
    said_words: int

    @property
    def coverage(self) -> float:
        return 100.0 * self.said_words / max(self.end - self.start, 1)

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "start": self.start, "end": self.end, "planned_s": round(self.planned_s, 1),
                "spoken_s": round(self.spoken_s, 1), "delta_s": round(self.spoken_s - self.planned_s, 1),
                "coverage": round(self.coverage, 1)}


@dataclass(frozen=True)
class ElementStatus:
    span: ElementSpan
    said_words: int

    @property
    def said(self) -> bool:
        """Said when at least half of its words were."""
        return 2 * self.said_words >= self.span.end - self.span.start

    def to_dict(self) -> dict[str, Any]:
        size = max(self.span.end - self.span.start, 1)
        return {"element": self.span.element, "label": self.span.label, "start": self.span.start,
                "end": self.span.end, "said": self.said, "coverage": round(100.0 * self.said_words / size, 1)}


@dataclass(frozen=True)
class Alignment:
    script_words: int
    said_words: int
    matches: tuple[Match, ...]
    skipped: tuple[Skipped, ...]
    added: tuple[Added, ...]
    out_of_order: tuple[OutOfOrder, ...]
    sections: tuple[SectionTime, ...]
    elements: tuple[ElementStatus, ...]
    fillers: int = 0
    """Filler tokens (um, uh) left out before aligning."""
    restarts: int = 0
    """Stretches said twice (a restart or a repeat), not counted as ad-libs."""
    misheard: tuple[tuple[str, str], ...] = ()
    """(script word, word heard) for fuzzy and misheard matches."""

    @property
    def coverage(self) -> float:
        """Percentage of the script's words that were said."""
        return 100.0 * self.said_words / self.script_words if self.script_words else 0.0

    @property
    def dropped(self) -> tuple[ElementSpan, ...]:
        """Element spans of the script that were not said ("example 2")."""
        return tuple(e.span for e in self.elements if not e.said)

    def to_dict(self) -> dict[str, Any]:
        return {
            "coverage": round(self.coverage, 1), "script_words": self.script_words, "said_words": self.said_words,
            "skipped": [s.to_dict() for s in self.skipped], "added": [a.to_dict() for a in self.added],
            "out_of_order": [o.to_dict() for o in self.out_of_order],
            "sections": [s.to_dict() for s in self.sections], "elements": [e.to_dict() for e in self.elements],
            "dropped": [e.label for e in self.dropped], "fillers": self.fillers, "restarts": self.restarts,
            "misheard": [list(p) for p in self.misheard],
        }
