"""Word choice: hedges, gendered terms (with neutral suggestions) and repetition.

The speaker is a gender advisor addressing a Force Commander: "chairman" or
"manpower" undercuts the message, and "I think", "maybe" undercut the ask.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rehearse.core.scenario import Scenario
from rehearse.core.text import Token, find_any, find_cue, quote
from rehearse.core.types import Word

STOPWORDS = frozenset(
    ["a", "an", "the", "to", "of", "and", "or", "but", "in", "on", "at", "for", "with", "by", "from", "that", "this", "these", "those", "our", "we", "i", "you", "it", "is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "should", "must", "so", "as", "not", "no", "do", "does", "did", "have", "has", "had", "there", "their", "they", "them", "he", "she", "his", "her", "its", "my", "your", "me", "us", "if", "then", "than", "just", "also", "all", "more", "very", "um", "uh", "like", "know", "mean"]
)
REPEAT_MIN = 3
"""A phrase said this many times reads as a verbal habit rather than emphasis."""


def find_hedges(tokens: list[Token], words: tuple[Word, ...], scenario: Scenario) -> list[dict[str, Any]]:
    texts = [t.text for t in tokens]
    return [
        {"term": cue, "start": round(tokens[s].start, 2), "text": quote(tokens, words, s, e)}
        for s, e, cue in find_any(texts, scenario.hedges)
    ]


def find_gendered(tokens: list[Token], words: tuple[Word, ...], scenario: Scenario) -> list[dict[str, Any]]:
    texts = [t.text for t in tokens]
    items: list[dict[str, Any]] = []
    for term, suggestion in scenario.gendered.items():
        for s, e in find_cue(texts, term):
            items.append(
                {
                    "term": term,
                    "suggestion": suggestion,
                    "start": round(tokens[s].start, 2),
                    "text": quote(tokens, words, s, e),
                }
            )
    items.sort(key=lambda d: d["start"])
    return items


def find_repetition(tokens: list[Token], min_n: int = 3, max_n: int = 6) -> list[dict[str, Any]]:
    """Phrases of 3-6 words said at least REPEAT_MIN times; the longest version of each."""
    texts = [t.text for t in tokens]
    found: dict[tuple[str, ...], list[int]] = {}
    for n in range(max_n, min_n - 1, -1):
        spots: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i in range(len(texts) - n + 1):
            gram = tuple(texts[i : i + n])
            if all(w in STOPWORDS for w in gram):
                continue
            if spots[gram] and i < spots[gram][-1] + n:
                continue  # overlapping occurrence ("very very very")
            spots[gram].append(i)
        for gram, idx in spots.items():
            if len(idx) < REPEAT_MIN:
                continue
            if any(_contains(longer, gram) and len(found[longer]) >= len(idx) for longer in found):
                continue
            found[gram] = idx
    out: list[dict[str, Any]] = [
        {"phrase": " ".join(g), "count": len(idx), "starts": [round(tokens[i].start, 2) for i in idx]}
        for g, idx in found.items()
    ]
    out.sort(key=lambda d: (-d["count"], d["starts"][0]))
    return out[:10]


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))
