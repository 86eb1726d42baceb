"""The report's timed items as one list: each is a moment of the take the speaker can replay.

Pure data from the typed report (no Textual; a dict is read partially), so the
report screen's list and any test read the same thing. Sections follow the order of the teaching: did
the speech do its job (checklist evidence), then delivery (pace, pauses),
then words (fillers, hedges, gendered terms, repetition).
"""

from __future__ import annotations

from dataclasses import dataclass

from rehearse.core.report_model import Report, ReportLike, as_report
from rehearse.core.timing import clock

MAX_PER_SECTION = 40
"""A 5-minute take rarely has more; beyond this the list stops teaching and starts scrolling."""
QUOTE_CHARS = 70


@dataclass(frozen=True)
class Moment:
    section: str
    text: str
    """What the list shows after the time, e.g. '“will you sign the directive today?”'."""
    start: float
    end: float | None = None
    style: str = ""
    """Rich style for the line: 'good', 'warn' or 'bad' (the screen maps these to colours)."""

    @property
    def when(self) -> str:
        return clock(self.start)


def quote(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"“{text}”"


def _rubric(r: Report) -> list[Moment]:
    out = []
    for key, element in r.rubric.items():
        for ev in element.evidence[:6]:
            out.append(Moment("Checklist evidence", f"{key.upper():<8} {quote(ev.text)}", float(ev.start), None, "good"))
    return out


def _delivery(r: Report) -> list[Moment]:
    out = []
    for s in r.pace.stretches:
        out.append(Moment("Pace", f"too {s.kind} until {clock(s.end)} ({s.wpm:.0f} wpm)",
                          float(s.start), float(s.end), "warn"))
    for p in r.pauses.long:
        where = ", mid-sentence" if p.mid_clause else ""
        out.append(Moment("Pace", f"{p.duration:.1f} s pause{where}", float(p.start),
                          float(p.start) + float(p.duration), "bad" if p.mid_clause else "warn"))
    return out


def _words(r: Report) -> list[Moment]:
    out = [Moment("Fillers", f.word, float(f.start), None, "warn") for f in r.fillers.items]
    lang = r.language
    out += [Moment("Hedges", f"{h.term}  {quote(h.text, 50)}", float(h.start), None, "warn") for h in lang.hedges]
    out += [Moment("Gendered terms", f"{g.term} → {g.suggestion}", float(g.start), None, "bad") for g in lang.gendered]
    for rep in lang.repetition:
        if rep.starts:
            out.append(Moment("Repetition", f"“{rep.phrase}” ×{rep.count}", float(rep.starts[0]), None, "warn"))
    return out


def report_moments(report: ReportLike) -> list[Moment]:
    """Every replayable moment, grouped by section, each section in time order and capped."""
    r = as_report(report)
    if r.no_speech:
        return []
    grouped: dict[str, list[Moment]] = {}
    for m in _rubric(r) + _delivery(r) + _words(r):
        grouped.setdefault(m.section, []).append(m)
    out: list[Moment] = []
    for items in grouped.values():
        out += sorted(items, key=lambda m: m.start)[:MAX_PER_SECTION]
    return out
