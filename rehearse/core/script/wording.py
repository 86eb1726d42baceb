"""Wording a draft should lose before it is spoken: hedges, gendered terms, written-in
fillers, and sentences too long to say in one breath.

Hedges, gendered terms and fillers are found by the same functions that flag them in a
spoken take (`rehearse.core.language`, `rehearse.core.fillers`, via the report of the
draft's timed words), so a draft and a take of it are flagged alike. Only long
sentences are the draft's own: a transcript has no reliable full stops.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rehearse.core.report_model import Report
from rehearse.core.script.draft import Draft
from rehearse.core.script.timeline import word_starting_at
from rehearse.core.types import Word

BREATH_WORDS = 35
"""Over about 35 words a sentence cannot be said in one breath at a briefing pace (about
12-15 s); the speaker runs out of air or rushes the end, which is usually the point."""


@dataclass(frozen=True)
class WordingFlag:
    kind: str
    """"hedge", "gendered" or "filler"."""
    term: str
    text: str
    word: int
    paragraph: int
    suggestion: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"term": self.term, "text": self.text, "word": self.word,
                               "paragraph": self.paragraph + 1}
        if self.suggestion:
            out["suggestion"] = self.suggestion
        return out


@dataclass(frozen=True)
class LongSentence:
    start: int
    end: int
    paragraph: int
    text: str

    @property
    def words(self) -> int:
        return self.end - self.start

    def to_dict(self) -> dict[str, Any]:
        return {"words": self.words, "word": self.start, "paragraph": self.paragraph + 1, "text": self.text}


@dataclass(frozen=True)
class WordingCheck:
    hedges: tuple[WordingFlag, ...] = ()
    gendered: tuple[WordingFlag, ...] = ()
    fillers: tuple[WordingFlag, ...] = ()
    long_sentences: tuple[LongSentence, ...] = ()
    breath_words: int = BREATH_WORDS

    @property
    def count(self) -> int:
        return len(self.hedges) + len(self.gendered) + len(self.fillers) + len(self.long_sentences)

    def to_dict(self) -> dict[str, Any]:
        return {
            "hedges": [f.to_dict() for f in self.hedges], "gendered": [f.to_dict() for f in self.gendered],
            "fillers": [f.to_dict() for f in self.fillers],
            "long_sentences": [s.to_dict() for s in self.long_sentences], "breath_words": self.breath_words,
        }


def read_wording(report: Report, draft: Draft, timeline: tuple[Word, ...],
                 breath_words: int = BREATH_WORDS) -> WordingCheck:
    """Flags from the draft's report, placed in the draft, and its long sentences."""

    def flag(kind: str, term: str, start: float, text: str = "", suggestion: str = "") -> WordingFlag:
        i = word_starting_at(timeline, start)
        return WordingFlag(kind, term, text or draft.text(i, i + max(1, len(term.split()))), i,
                           draft.paragraph_of(i), suggestion)

    return WordingCheck(
        hedges=tuple(flag("hedge", h.term, h.start, h.text) for h in report.language.hedges),
        gendered=tuple(flag("gendered", g.term, g.start, g.text, g.suggestion) for g in report.language.gendered),
        fillers=tuple(flag("filler", f.word, f.start) for f in report.fillers.items),
        long_sentences=long_sentences(draft, breath_words),
        breath_words=breath_words,
    )


def long_sentences(draft: Draft, breath_words: int = BREATH_WORDS) -> tuple[LongSentence, ...]:
    return tuple(LongSentence(s, e, draft.paragraph_of(s), draft.text(s, e))
                 for s, e in draft.sentences if e - s > breath_words)
