"""The class summary: one row per take of a scenario, as CSV and as a printable HTML page.

What an instructor files after a syndicate exercise: who spoke, how long, how
fast, how many fillers, which checklist points were covered, and the verdict.
Rows come from `rehearse.core.catalog.TakeSummary`, so they match the takes
browser column for column. CSV cells that a spreadsheet would run as a formula
(a speaker typed as `=HYPERLINK(...)`) are prefixed with a quote: CSV injection
is as real as HTML injection once the file is opened in Excel or LibreOffice.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime

from rehearse import __version__
from rehearse.core.catalog import TakeSummary
from rehearse.core.timing import clock
from rehearse.export.markup import document, el

COLUMNS = ["team", "speaker", "date", "take", "duration", "limit", "card", "pace_wpm", "pace_in_band",
           "fillers", "fillers_per_min", "long_pauses", "rubric", "missing", "verdict", "grade", "marks"]
HEADINGS = ["Team", "Speaker", "Date", "Take", "Time", "Limit", "Card", "Pace", "In band", "Fillers",
            "Fillers/min", "Long pauses", "Rubric", "Missing", "Verdict", "Grade", "Marks"]
HTML_SKIP = {"limit", "pace_in_band"}
"""Left out of the page (the colour of the time and pace cells says it) so it fits a printed A4 width."""
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def row(s: TakeSummary) -> dict:
    """One take as plain values (strings and numbers), keyed by COLUMNS."""
    m = s.metrics
    analysed = m.has_report
    return {
        "team": s.team, "speaker": s.speaker, "date": s.date, "take": s.id,
        "duration": clock(s.duration_s), "limit": clock(m.limit_s) if analysed else "",
        "card": m.card if analysed else "", "pace_wpm": round(m.wpm) if analysed else "",
        "pace_in_band": ("yes" if m.pace_in_band else "no") if analysed else "",
        "fillers": m.fillers if analysed else "", "fillers_per_min": round(m.fillers_per_min, 1) if analysed else "",
        "long_pauses": m.long_pauses if analysed else "",
        "rubric": m.rubric_text if analysed else "not analysed", "missing": ", ".join(m.missing),
        "verdict": s.verdict, "grade": s.grade, "marks": ", ".join(s.marks),
    }


def ordered(summaries: list[TakeSummary]) -> list[TakeSummary]:
    """Team, then speaker, then date: how an instructor reads down a class list."""
    return sorted(summaries, key=lambda s: (s.team.casefold(), s.speaker.casefold(), s.started_at, s.id))


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def render_csv(summaries: list[TakeSummary]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for s in ordered(summaries):
        values = row(s)
        writer.writerow([_cell(values[c]) for c in COLUMNS])
    return out.getvalue()


def render_summary_html(summaries: list[TakeSummary], title: str = "") -> str:
    items = ordered(summaries)
    rows = []
    for s in items:
        values = row(s)
        cls = {"rubric": "ok" if s.metrics.has_report and not s.metrics.missing else "bad",
               "duration": "ok" if s.metrics.within_time else "bad",
               "pace_wpm": "ok" if s.metrics.pace_in_band else "warn"}
        cells = [el("td", values[c], class_=" ".join(x for x in (
            "num" if isinstance(values[c], (int, float)) or c == "date" else "",
            cls.get(c, "") if s.metrics.has_report else ""
        ) if x) or None) for c in COLUMNS if c not in HTML_SKIP]
        rows.append(el("tr", cells))
    analysed = [s for s in items if s.metrics.has_report]
    full = sum(1 for s in analysed if not s.metrics.missing)
    in_time = sum(1 for s in analysed if s.metrics.within_time)
    lead = (f"{len(items)} takes by {len({(s.team, s.speaker) for s in items})} speakers; "
            f"{full} of {len(analysed)} analysed takes cover the whole checklist, {in_time} are within time.")
    body = [
        el("h1", "Class summary"), el("p", title, class_="sub") if title else None, el("p", lead),
        el("table", el("thead", el("tr", *(el("th", h) for c, h in zip(COLUMNS, HEADINGS, strict=True)
                                            if c not in HTML_SKIP))), el("tbody", rows), class_="wide"),
        el("footer", f"Made offline by rehearse {__version__} on {datetime.now().strftime('%Y-%m-%d %H:%M')}."),
    ]
    return document(f"Class summary{': ' + title if title else ''}", *body)
