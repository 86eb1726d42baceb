"""Hand-made word lists for core tests: text in, timed `Word`s out, no audio, no model."""

from __future__ import annotations

from rehearse.core.types import Word


def make_words(text: str, start: float = 0.0, wpm: float = 150.0, gaps: dict[int, float] | None = None) -> list[Word]:
    """Words of `text` evenly paced at `wpm`; `gaps` adds silence (s) before word index i."""
    step = 60.0 / wpm
    out, t = [], start
    for i, w in enumerate(text.split()):
        t += (gaps or {}).get(i, 0.0)
        out.append(Word(w, round(t, 3), round(t + step * 0.8, 3), 0.9))
        t += step
    return out
