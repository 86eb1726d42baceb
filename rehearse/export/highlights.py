"""Which transcript words to highlight, and where comments and long pauses fall.

The report lists flagged items by time and quoted text, not by word index, so
each item is pinned to the word that starts at its time (the analysis takes
both from the same word) and spans as many words as its quote. HTML and
Markdown exports both read this, so a filler is marked the same way in each.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from rehearse.core.review import Comment, Review

KIND_LABELS = {"filler": "filler", "hedge": "hedge", "gendered": "gendered term", "evidence": "rubric evidence"}


@dataclass
class WordMarks:
    kinds: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    """Hover text, e.g. 'gendered term: chairman → chair'."""


@dataclass
class Layout:
    words: list[dict]
    marks: list[WordMarks]
    comments_before: dict[int, list[Comment]]
    """Comments to show before word i (len(words) = after the last word)."""
    pauses_before: dict[int, float]
    """A long pause (seconds) just before word i."""


def _index(starts: list[float], t: float) -> int:
    """The word starting at `t` (±0.05 s), else the first word after it."""
    i = bisect_left(starts, t - 0.05)
    return min(i, max(0, len(starts) - 1))


def layout(report: dict, review: Review | None = None) -> Layout:
    words = [w for w in ((report.get("transcript") or {}).get("words") or []) if isinstance(w, dict)]
    starts = [float(w.get("start", 0.0)) for w in words]
    marks = [WordMarks() for _ in words]

    def mark(t: float, n_words: int, kind: str, note: str) -> None:
        if not words:
            return
        i = _index(starts, float(t))
        for j in range(i, min(len(words), i + max(1, n_words))):
            marks[j].kinds.add(kind)
            if note not in marks[j].notes:
                marks[j].notes.append(note)

    for f in (report.get("fillers") or {}).get("items") or []:
        mark(f.get("start", 0), len(str(f.get("word", "")).split()), "filler", f"filler: {f.get('word', '')}")
    lang = report.get("language") or {}
    for h in lang.get("hedges") or []:
        mark(h.get("start", 0), len(str(h.get("text", "")).split()), "hedge", f"hedge: {h.get('term', '')}")
    for g in lang.get("gendered") or []:
        mark(g.get("start", 0), len(str(g.get("text", "")).split()), "gendered",
             f"gendered term: {g.get('term', '')} → {g.get('suggestion', '')}")
    for key, element in (report.get("rubric") or {}).items():
        for ev in element.get("evidence") or []:
            mark(ev.get("start", 0), len(str(ev.get("text", "")).split()), "evidence", f"evidence: {key}")
    comments: dict[int, list[Comment]] = {}
    for c in (review.comments if review else []):
        i = bisect_left(starts, c.time - 0.05)
        comments.setdefault(i, []).append(c)
    pauses: dict[int, float] = {}
    for p in (report.get("pauses") or {}).get("long") or []:
        end = float(p.get("start", 0)) + float(p.get("duration", 0))
        pauses[bisect_left(starts, end - 0.3)] = float(p.get("duration", 0))
    return Layout(words, marks, comments, pauses)
