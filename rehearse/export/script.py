"""The take-against-script section of the HTML and Markdown exports (issue 9).

Only for a take with a script (`Report.script`); both say the sentences of
`rehearse.core.script.notes`, so an export reads as the app's report does: the
coverage, each skipped passage with the checklist element it carried, what was
added or said out of order, and a table of time per section against the plan.
"""

from __future__ import annotations

from collections.abc import Callable

from rehearse.core.report_model import Report
from rehearse.core.script.notes import dropped_text, headline, script_notes, section_row
from rehearse.core.timing import clock
from rehearse.export.markup import Markup, el

SECTION_HEAD = ("Section", "Planned", "Spoken", "Said")


def script_html(r: Report) -> Markup | None:
    """The 'Against the script' section, or None when the take has no script."""
    s = r.script
    if s is None:
        return None
    notes = [el("li", el("span", f"{clock(n.time)} ", class_="num") if n.time is not None else None, n.text,
                class_="bad" if n.kind == "skipped" else None) for n in script_notes(s)]
    rows = [el("tr", *(el("td", v, class_="num" if k else None) for k, v in enumerate(section_row(c))))
            for c in s.sections]
    plan = f"Planned at {s.plan_wpm:.0f} words a minute."
    return el("section", el("h2", "Against the script"),
              el("p", el("b", headline(s))),
              el("p", dropped_text(s), class_="bad") if s.dropped else None,
              el("ul", notes) if notes else None,
              el("table", el("thead", el("tr", *(el("th", h) for h in SECTION_HEAD))), el("tbody", rows)),
              el("p", el("small", plan)))


def script_markdown(r: Report, md: Callable[[object], str],
                    table: Callable[[list[str], list[list[str]]], list[str]]) -> list[str]:
    """The same section as Markdown lines ([] without a script); `md` escapes user text and
    `table(head, rows)` lays out a table, as the Markdown export does."""
    s = r.script
    if s is None:
        return []
    out = ["## Against the script", "", f"**{md(headline(s))}**", ""]
    if s.dropped:
        out += [md(dropped_text(s)), ""]
    notes = script_notes(s)
    if notes:
        out += [f"- {clock(n.time) + ' ' if n.time is not None else ''}{md(n.text)}" for n in notes] + [""]
    out += table(list(SECTION_HEAD), [[md(v) for v in section_row(c)] for c in s.sections])
    return out + [f"Planned at {s.plan_wpm:.0f} words a minute.", ""]
