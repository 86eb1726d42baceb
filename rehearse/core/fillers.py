"""Fillers: um, uh, er, "you know", "like" used as a filler, "basically"...

Whisper drops many fillers even when prompted, so the count is a lower bound and
the report says so. "like" is a filler only where it is not a verb or a
preposition; we judge that from its neighbours, never from punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rehearse.core.pace import MIN_SPAN_S
from rehearse.core.scenario import Scenario
from rehearse.core.text import Token, find_any

LIKE_NOT_FILLER_BEFORE = frozenset(
    ["i", "you", "we", "they", "would", "'d", "do", "does", "did", "don't", "didn't", "not", "feel", "feels", "felt", "look", "looks", "looked", "seem", "seems", "sound", "sounds", "sounded", "just", "much", "more", "less", "something", "anything", "nothing", "things", "thing", "lot", "exactly", "really", "would'd", "i'd", "we'd", "you'd", "they'd", "isn't", "aren't", "wasn't", "people"]
)
LIKE_NOT_FILLER_AFTER = frozenset(["this", "that", "these", "those", "a", "an", "the", "to", "it", "them", "him", "her", "us", "me"])


@dataclass
class FillerResult:
    """`minutes`: the take's span. Under a second (`MIN_SPAN_S`, as for pace) a rate means nothing, and a
    near-zero span ("um" x 11 in 1e-308 s) would give an infinite one that no report can hold."""
    items: list[dict[str, Any]] = field(default_factory=list)
    words: int = 0
    minutes: float = 0.0

    @property
    def count(self) -> int:
        return len(self.items)

    def to_dict(self) -> dict[str, Any]:
        rate = 100.0 * self.count / self.words if self.words else 0.0
        per_min = self.count / self.minutes if self.minutes * 60 >= MIN_SPAN_S else 0.0
        band = "excellent" if rate < 2 else "good" if rate <= 5 else "needs work"
        by_word: dict[str, int] = {}
        for item in self.items:
            by_word[item["word"]] = by_word.get(item["word"], 0) + 1
        return {
            "count": self.count,
            "lower_bound": True,
            "note": "Speech recognition drops some fillers: the real count is at least this.",
            "per_minute": round(per_min, 2),
            "percent_of_words": round(rate, 2),
            "band": band,
            "by_word": by_word,
            "items": self.items,
        }


def _like_is_filler(texts: list[str], i: int, filler_words: frozenset[str]) -> bool:
    prev = texts[i - 1] if i > 0 else ""
    nxt = texts[i + 1] if i + 1 < len(texts) else ""
    if prev in filler_words or nxt in filler_words:
        return True
    if prev in LIKE_NOT_FILLER_BEFORE or nxt in LIKE_NOT_FILLER_AFTER:
        return False
    return prev in {"so", "and", "but", "was", "is", "were", "are", "it's", "its", "like", "um", "uh", ""}


FRENCH_ELISION = re.compile(r"^(?:qu|lorsqu|puisqu|jusqu|[cdjlmnst])'(?=\w)")
"""A French elided word glued to the next ("parce qu'en fait"): the filler is the part after it."""


def filler_spans(tokens: list[Token], scenario: Scenario, elided: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, filler) token spans, in order: the one place that decides what is a filler,
    used both to count fillers and to clean the words the judge reads.
    `elided`: also find a French filler inside an elision ("qu'en fait"). For the count only: the
    cleaned view must not drop the "qu'" that makes "parce qu'en fait" a reason."""
    texts = [t.text for t in tokens]
    if elided and scenario.language == "fr":
        texts = [FRENCH_ELISION.sub("", t) for t in texts]
    words = frozenset(scenario.filler_words)
    items: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for s, e, cue in find_any(texts, scenario.filler_phrases):
        items.append((s, e, cue))
        taken.update(range(s, e))
    for i, text in enumerate(texts):
        if i in taken:
            continue
        if text in words or (text == "like" and _like_is_filler(texts, i, words)):
            items.append((i, i + 1, text))
    items.sort()
    return items


def find_fillers(tokens: list[Token], scenario: Scenario) -> list[dict[str, Any]]:
    """Every filler with its time, in order. Single-word fillers and phrases from the scenario."""
    return [{"word": word, "start": round(tokens[s].start, 2)} for s, _, word in filler_spans(tokens, scenario, elided=True)]


def is_pure_filler(text: str, scenario: Scenario) -> bool:
    """um/uh-type tokens: not words of the speech, so pace leaves them out."""
    return text in scenario.filler_words
