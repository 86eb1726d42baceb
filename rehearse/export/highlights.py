"""Which transcript words to highlight, and where comments and long pauses fall.

The report lists flagged items by time and quoted text, not by word index, so
each item is pinned to the word that starts at its time (the analysis takes
both from the same word) and spans as many words as its quote. HTML and
Markdown exports both read this, so a filler is marked the same way in each.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from rehearse.core.report_model import Report
from rehearse.core.review import Comment, Review
from rehearse.core.types import Word

KIND_LABELS = {"filler": "filler", "hedge": "hedge", "gendered": "gendered term", "evidence": "rubric evidence"}


@dataclass
class WordMarks:
    kinds: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    """Hover text, e.g. 'gendered term: chairman → chair'."""


@dataclass
class Layout:
    words: list[Word]
    marks: list[WordMarks]
    comments_before: dict[int, list[Comment]]
    """Comments to show before word i (len(words) = after the last word)."""
    pauses_before: dict[int, float]
    """A long pause (seconds) just before word i."""


def _index(starts: list[float], t: float) -> int:
    """The word starting at `t` (±0.05 s), else the first word after it."""
    i = bisect_left(starts, t - 0.05)
    return min(i, max(0, len(starts) - 1))


def layout(report: Report, review: Review | None = None) -> Layout:
    words = list(report.transcript.words)
    starts = [float(w.start) for w in words]
    marks = [WordMarks() for _ in words]

    def mark(t: float, n_words: int, kind: str, note: str) -> None:
        if not words:
            return
        i = _index(starts, float(t))
        for j in range(i, min(len(words), i + max(1, n_words))):
            marks[j].kinds.add(kind)
            if note not in marks[j].notes:
                marks[j].notes.append(note)

    for f in report.fillers.items:
        mark(f.start, len(f.word.split()), "filler", f"filler: {f.word}")
    lang = report.language
    for h in lang.hedges:
        mark(h.start, len(h.text.split()), "hedge", f"hedge: {h.term}")
    for g in lang.gendered:
        mark(g.start, len(g.text.split()), "gendered", f"gendered term: {g.term} → {g.suggestion}")
    for key, element in report.rubric.items():
        for ev in element.evidence:
            mark(ev.start, len(ev.text.split()), "evidence", f"evidence: {key}")
    comments: dict[int, list[Comment]] = {}
    for c in (review.comments if review else []):
        i = bisect_left(starts, c.time - 0.05)
        comments.setdefault(i, []).append(c)
    pauses: dict[int, float] = {}
    for p in report.pauses.long:
        end = float(p.start) + float(p.duration)
        pauses[bisect_left(starts, end - 0.3)] = float(p.duration)
    return Layout(words, marks, comments, pauses)
