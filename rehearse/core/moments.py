"""Jump targets for replay, and the word being spoken at a time.

Replay is for hearing what the report flagged, so every flagged moment of a
take becomes a `(time, kind, text)` tuple: long pauses, fillers, hedges,
gendered terms, rubric evidence and the instructor's comments, in time order.
The replay view lists them and seeks to the one picked; `word_index_at` tells
it which transcript word to highlight as playback moves.

Pure functions over the report (typed, or its dict) and a `Review`: no audio, no UI.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from rehearse.core.report_model import ReportLike, as_report
from rehearse.core.review import Review

KINDS = ("pause", "filler", "hedge", "gendered", "evidence", "comment")
"""Every kind a jump target can have, in the order a filter menu lists them."""

QUOTE_CHARS = 80
"""Evidence quotes are cut to this: a list row, not a paragraph."""


class Moment(NamedTuple):
    time: float
    kind: str
    text: str


def _short(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def jump_targets(report: ReportLike, review: Review | None = None,
                 kinds: Sequence[str] | None = None) -> list[Moment]:
    """Every flagged moment of a take, sorted by time (ties keep the KINDS order).

    `kinds` keeps only those kinds. Long pauses only: every breath is a pause, and
    a list of 60 half-second gaps would bury the ones that matter.
    """
    r = as_report(report)
    out: list[Moment] = []
    for p in r.pauses.long:
        where = ", mid-sentence" if p.mid_clause else ""
        out.append(Moment(float(p.start), "pause", f"{float(p.duration):.1f} s pause{where}"))
    out += [Moment(float(f.start), "filler", f.word) for f in r.fillers.items]
    out += [Moment(float(h.start), "hedge", f"{h.term}: “{_short(h.text)}”") for h in r.language.hedges]
    out += [Moment(float(g.start), "gendered", f"{g.term} → {g.suggestion}") for g in r.language.gendered]
    for key, element in r.rubric.items():
        out += [Moment(float(ev.start), "evidence", f"{key}: “{_short(ev.text)}”") for ev in element.evidence]
    for c in (review.comments if review else []):
        out.append(Moment(c.time, "comment", c.text))
    if kinds is not None:
        out = [m for m in out if m.kind in kinds]
    order = {k: i for i, k in enumerate(KINDS)}
    out.sort(key=lambda m: (m.time, order.get(m.kind, len(order))))
    return out


def next_target(targets: Sequence[Moment], t: float, backwards: bool = False) -> Moment | None:
    """The first target after `t` (or the last before it): the replay view's 'next flag' key."""
    if backwards:
        earlier = [m for m in targets if m.time < t - 0.5]
        return earlier[-1] if earlier else None
    return next((m for m in targets if m.time > t + 0.05), None)


def word_starts(report: ReportLike) -> list[float]:
    """Start times of the transcript's words, in order (what `word_index_at` searches)."""
    return [float(w.start) for w in as_report(report).transcript.words]


def word_index_at(starts: Sequence[float], t: float) -> int:
    """Index of the word being spoken at `t`: the last word started at or before `t`.

    -1 before the first word. During a pause the previous word stays current, so
    the highlight rests where the speaker stopped rather than flickering off.
    `starts` must be sorted (report transcripts are).
    """
    return bisect_right(starts, t + 1e-6) - 1
