"""Turning recognised words into tokens and matching scenario cues against them.

Analysis never depends on punctuation or case: tiny.en often drops full stops,
so every word is lower-cased, stripped of punctuation, split on hyphens, and
numbers are written as plain digits ("1,325" -> "1325"). Each token remembers
the word it came from, so every match has a time.

Cue syntax (shared by all scenario lists): words separated by spaces; a word
ending in `*` is a prefix; `...` allows up to `GAP_WORDS` other words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rehearse.core.types import Word

GAP_WORDS = 4
"""How many words `...` in a cue may skip: enough for "build gender into", short enough to stay in one clause."""

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_NUMBER_SEP = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")
_SPLIT = re.compile(r"[\s\-\u2013\u2014/]+")
_STRIP = re.compile(r"[^\w']+")


@dataclass(frozen=True)
class Token:
    """One normalised token and the index of the `Word` it came from."""

    text: str
    word: int
    start: float
    end: float


def normalise(text: str) -> list[str]:
    """Lower-case, punctuation-free tokens of a piece of text."""
    text = _NUMBER_SEP.sub("", text.translate(_APOSTROPHES).lower())
    out = []
    for part in _SPLIT.split(text):
        part = _STRIP.sub("", part).strip("'")
        if part:
            out.append(part)
    return out


def tokenize(words: list[Word] | tuple[Word, ...]) -> list[Token]:
    """Tokens of the words, in order. Numbers that Whisper split ("1" ",325") are joined before this,
    in `rehearse.core.report.clean_words`."""
    tokens: list[Token] = []
    for i, w in enumerate(words):
        for t in normalise(w.word):
            tokens.append(Token(t, i, w.start, w.end))
    return tokens


@lru_cache(maxsize=4096)
def compile_cue(cue: str) -> tuple[tuple[str, str], ...]:
    """A cue as a tuple of (kind, text) steps: kind is exact, prefix or gap."""
    steps: list[tuple[str, str]] = []
    for raw in cue.strip().split():
        if raw == "...":
            steps.append(("gap", ""))
            continue
        for part in normalise(raw.rstrip("*")):
            steps.append(("exact", part))
        if raw.endswith("*") and steps and steps[-1][0] == "exact":
            steps[-1] = ("prefix", steps[-1][1])
    return tuple(steps)


def _match_at(texts: list[str], pos: int, steps: tuple[tuple[str, str], ...]) -> int:
    """End index (exclusive) of a match of `steps` starting at `pos`, or -1."""
    if not steps:
        return pos
    kind, want = steps[0]
    if kind == "gap":
        for skip in range(GAP_WORDS + 1):
            end = _match_at(texts, pos + skip, steps[1:])
            if end >= 0:
                return end
        return -1
    if pos >= len(texts):
        return -1
    tok = texts[pos]
    ok = tok == want if kind == "exact" else tok.startswith(want)
    return _match_at(texts, pos + 1, steps[1:]) if ok else -1


def find_cue(texts: list[str], cue: str, index: dict[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """All (start, end) token spans where `cue` matches, non-overlapping, left to right.
    `index` (word -> positions, from `word_index`) lets a cue whose first word is exact jump to it."""
    steps = compile_cue(cue)
    if not steps:
        return []
    kind, want = steps[0]
    if kind == "exact":
        starts: list[int] | range = (index if index is not None else word_index(texts)).get(want, [])
    elif kind == "prefix":
        starts = [i for i, tok in enumerate(texts) if tok.startswith(want)]
    else:
        starts = range(len(texts))
    spans: list[tuple[int, int]] = []
    pos = 0
    for start in starts:
        if start < pos:
            continue
        end = _match_at(texts, start, steps)
        if end > start:
            spans.append((start, end))
            pos = end
    return spans


def word_index(texts: list[str]) -> dict[str, list[int]]:
    """Each word and the positions it stands at, in order."""
    index: dict[str, list[int]] = {}
    for i, tok in enumerate(texts):
        index.setdefault(tok, []).append(i)
    return index


def find_any(texts: list[str], cues: list[str] | tuple[str, ...],
             index: dict[str, list[int]] | None = None) -> list[tuple[int, int, str]]:
    """Spans of every cue in `cues`, longest first where two overlap, sorted by start.
    `index`: `word_index(texts)`, when the caller asks of the same words many times."""
    hits: list[tuple[int, int, str]] = []
    index = word_index(texts) if index is None else index
    for cue in cues:
        hits.extend((s, e, cue) for s, e in find_cue(texts, cue, index))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, str]] = []
    last_end = -1
    for s, e, cue in hits:
        if s >= last_end:
            kept.append((s, e, cue))
            last_end = e
    return kept


def quote(tokens: list[Token], words: tuple[Word, ...] | list[Word], start: int, end: int) -> str:
    """The words (as spoken, punctuation dropped) behind tokens[start:end]."""
    if not tokens or start >= end:
        return ""
    first = tokens[max(0, start)].word
    last = tokens[min(len(tokens), end) - 1].word
    return " ".join(w.word.strip() for w in words[first : last + 1]).strip()
