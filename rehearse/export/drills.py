"""The "Questions after the brief" section of the HTML and Markdown exports (issue 10).

Only for a take a drill followed (`TakeExport.drills`, read from `drill.json` through
`rehearse.core.drill.saved`): each drill as a table of its questions (verdict, in time,
answer first, expected content found, fillers and hedges a minute, pace) and its three
fixes, so the instructor's printout has the brief and the questions on one page. An
answer the instructor overrode shows their verdict with the judged one, and their reason.
"""

from __future__ import annotations

from collections.abc import Callable

from rehearse.core.drill.saved import DrillRow, SavedDrill
from rehearse.export.document import TakeExport
from rehearse.export.markup import Markup, el

HEAD = ("#", "Question", "Verdict", "In time", "Answer first", "Expected found", "Fillers/min", "Hedges/min", "Pace")
GOOD = frozenset({"good"})


def _yes(flag: bool | None) -> str:
    return "—" if flag is None else "yes" if flag else "no"


def drill_cells(n: int, row: DrillRow) -> list[str]:
    """The plain cells of one question, the same in every format."""
    expected = f"{row.expected_found}/{row.expected_total}" if row.expected_total else "—"
    return [str(n), row.question, row.verdict_text, _yes(row.in_time), _yes(row.answer_first), expected,
            f"{row.fillers_per_min:.1f}", f"{row.hedges_per_min:.1f}", f"{row.wpm:.0f} wpm" if row.wpm else "—"]


def instructor_notes(drill: SavedDrill) -> list[str]:
    """One line per overridden answer: whose verdict it is now, and why."""
    return [f"Answer {n}: the instructor's verdict is {row.verdict} (judged {row.judged}): {row.note}"
            for n, row in enumerate(drill.rows, 1) if row.judged]


def _title(drill: SavedDrill) -> str:
    when = drill.started_at[:16].replace("T", " ")
    return f"Drill {when}: {drill.headline}" + (f" ({drill.status})" if drill.status not in ("", "complete") else "")


def drills_html(doc: TakeExport) -> Markup | None:
    if not doc.drills:
        return None
    parts: list[Markup] = [el("h2", "Questions after the brief")]
    for drill in doc.drills:
        rows = []
        for n, row in enumerate(drill.rows, 1):
            cells = drill_cells(n, row)
            rows.append(el("tr", *(el("td", v, class_=("ok" if row.verdict in GOOD else "bad") if k == 2 else None)
                                   for k, v in enumerate(cells))))
        parts += [el("h3", _title(drill)),
                  el("table", el("thead", el("tr", *(el("th", h) for h in HEAD))), el("tbody", rows), class_="wide")]
        if notes := instructor_notes(drill):
            parts.append(el("ul", [el("li", note) for note in notes], class_="instructor"))
        if drill.fixes:
            parts.append(el("ol", [el("li", f) for f in drill.fixes]))
    return el("section", *parts)


def drills_markdown(doc: TakeExport, md: Callable[[object], str],
                    table: Callable[[list[str], list[list[str]]], list[str]]) -> list[str]:
    if not doc.drills:
        return []
    out = ["## Questions after the brief", ""]
    for drill in doc.drills:
        out += [f"### {md(_title(drill))}", ""]
        out += table(list(HEAD), [[md(c) if k in (1, 2) else c for k, c in enumerate(drill_cells(n, row))] for n, row in enumerate(drill.rows, 1)])
        out += [f"- {md(note)}" for note in instructor_notes(drill)] + ([""] if instructor_notes(drill) else [])
        out += [f"{n}. {md(f)}" for n, f in enumerate(drill.fixes, 1)] + ([""] if drill.fixes else [])
    return out
