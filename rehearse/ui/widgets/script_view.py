"""The report screen's short take-against-script section (issue 9): only for a take with a script.

The same sentences as the exports (`rehearse.core.script.notes`), kept short for a
terminal: the coverage, what the script carried that was dropped, the first few
skipped, added and moved passages, and the time per section against the plan.
The full lists are in the HTML and Markdown exports.
"""

from __future__ import annotations

from rich.text import Text

from rehearse.core.report_model import ReportLike, as_report
from rehearse.core.script.notes import dropped_text, headline, script_notes, section_row
from rehearse.core.timing import clock

MAX_NOTES = 6
"""Passages listed on screen; more are counted ('and 3 more: see the HTML export')."""
NOTE_STYLE = {"skipped": "red", "added": "yellow", "out of order": "cyan"}


def script_text(report: ReportLike) -> Text:
    """The section as rich text; empty when the take has no script."""
    s = as_report(report).script
    t = Text()
    if s is None:
        return t
    t.append("\nAgainst the script\n", style="bold underline")
    t.append(headline(s).removeprefix("Script: ") + "\n", style="bold" if s.coverage >= 90 else "bold yellow")
    if s.dropped:
        t.append(dropped_text(s) + "\n", style="bold red")
    notes = script_notes(s)
    for n in notes[:MAX_NOTES]:
        when = f"{clock(n.time)} " if n.time is not None else ""
        t.append(f" • {when}{n.text}\n", style=NOTE_STYLE.get(n.kind, ""))
    if len(notes) > MAX_NOTES:
        t.append(f" … and {len(notes) - MAX_NOTES} more (x: HTML export)\n", style="dim")
    t.append(f"  {'section':<14} {'spoken':>13} / {'plan':>5} {'said':>5}\n", style="dim italic")
    for c in s.sections:
        label, planned, spoken, said = section_row(c)
        t.append(f"  {label[:14]:<14} {spoken:>13} / {planned:>5} {said:>5}\n", style="dim")
    return t
