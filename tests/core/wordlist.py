"""Hand-made word lists for core tests: text in, timed `Word`s out, no audio, no model."""

from __future__ import annotations

from collections.abc import Callable

from rehearse.core.types import Word

SENTENCE_PAUSE_S = 0.6
"""What a speaker leaves at a full stop: the judge splits clauses on pauses, never on punctuation."""


def make_words(text: str, start: float = 0.0, wpm: float = 150.0, gaps: dict[int, float] | None = None,
               pauses: bool = True) -> list[Word]:
    """Words of `text` paced at `wpm`, with a pause after each sentence (unless `pauses` is False);
    `gaps` adds silence (s) before word index i."""
    step = 60.0 / wpm
    out, t = [], start
    for i, w in enumerate(text.split()):
        t += (gaps or {}).get(i, 0.0)
        out.append(Word(w, round(t, 3), round(t + step * 0.8, 3), 0.9))
        t += step + (SENTENCE_PAUSE_S if pauses and w[-1] in ".?!" else 0.0)
    return out


def strip_punctuation(words: list[Word]) -> list[Word]:
    """The same words and times, lower-case and without punctuation: what tiny.en often gives."""
    bare = ["".join(c for c in w.word.lower() if c.isalnum() or c == "'") for w in words]
    return [Word(b, w.start, w.end, w.probability) for b, w in zip(bare, words, strict=True) if b]


def rubric_of(text: str, scenario, pace: Callable[[str], list[Word]] = make_words) -> dict:
    """The report's rubric for `text` spoken as `pace` times it (`make_words`, or the corpus's
    `tests.corpus.text_words`, which pauses at commas too); no audio."""
    from rehearse.core.report import analyze
    from rehearse.core.types import Transcript

    return analyze(Transcript(tuple(pace(text))), None, scenario).to_dict()["rubric"]


def example_evidence(text: str, scenario, field: str = "text", pace: Callable[[str], list[Word]] = make_words) -> list[str]:
    """One `field` of each example the report found in `text`: "text" (the words quoted) or "note" (who · does · where)."""
    return [e[field] for e in rubric_of(text, scenario, pace)["examples"]["evidence"]]
