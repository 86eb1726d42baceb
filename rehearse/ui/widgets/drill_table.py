"""The drill report's parts: one row per question, the evidence behind a row, the three fixes.

Plain functions from typed `DrillAnswer`s to rich Text, so the table and the detail
pane say exactly what `rehearse drill` prints and `drill.json` holds (the verdicts of
`rehearse.core.drill`), and tests can read them without a screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import DataTable

from rehearse.core.timing import clock

if TYPE_CHECKING:
    from rehearse.core.drill import Check
    from rehearse.core.drill.review import AnswerOverride, DrillReview
    from rehearse.session.drill import DrillAnswer

COLUMNS = ("#", "question", "verdict", "in time", "answer first", "expected", "fillers/m", "hedges/m", "wpm")
"""Short headings: the whole table fits 120 columns; the detail pane says each in full."""
VERDICT_STYLE = {"good": "bold green", "partial": "yellow", "evasive": "bold red", "too long": "red",
                 "no answer": "dim red"}
QUESTION_CELL = 22
"""Characters of the question shown in the table; the detail pane has all of it."""


def _mark(passed: bool) -> Text:
    return Text("✓", style="green") if passed else Text("✗", style="red")


def _verdict_cell(judged: str, override: AnswerOverride | None) -> Text:
    """The verdict that counts; an instructor's is marked ✎ (the detail pane gives the judged one)."""
    if override is None:
        return Text(judged, style=VERDICT_STYLE[judged])
    return Text(f"{override.verdict} ✎", style=VERDICT_STYLE[override.verdict])


def answer_row(n: int, answer: DrillAnswer, override: AnswerOverride | None = None) -> tuple[str | Text, ...]:
    """The table row of the `n`th answer: the question, its verdict and each judged thing in one cell."""
    q = answer.question
    text = q.text if len(q.text) <= QUESTION_CELL else q.text[: QUESTION_CELL - 1] + "…"
    v = answer.verdict
    if v is None:
        return (str(n), text, _verdict_cell("no answer", override), "", "", "", "", "", "")
    d = v.delivery
    in_time = Text.assemble(_mark(not d.cut_off), f" {d.duration_s:.0f}/{d.limit_s:g} s")
    expected = Text(" ").join(Text.assemble(_mark(c.passed), f" {c.name}") for c in v.expected) or Text("-")
    return (str(n), text, _verdict_cell(v.verdict, override), in_time,
            _mark(v.answer_first.passed), expected, f"{d.fillers_per_min:.1f}", f"{d.hedges_per_min:.1f}",
            Text(f"{d.wpm:.0f} {d.pace}", style="" if d.pace == "ok" else "yellow") if d.words else "-")


def _check_lines(t: Text, check: Check) -> None:
    t.append_text(_mark(check.passed))
    t.append(f" {check.label}: ", style="bold")
    t.append(f"{check.detail}\n")
    for e in check.evidence:
        t.append(f"    {clock(e.start)}  “{e.text}”\n", style="italic")


def answer_detail(answer: DrillAnswer, override: AnswerOverride | None = None) -> Text:
    """Everything behind one row: the question, the instructor's verdict, each check with the words
    that decided it, the transcript."""
    q = answer.question
    t = Text()
    t.append(f"{q.text}\n", style="bold")
    if override is not None:
        judged = answer.verdict.verdict if answer.verdict else "no answer"
        t.append("Instructor: ", style="bold")
        t.append(override.verdict, style=VERDICT_STYLE[override.verdict])
        t.append(f" (judged {judged}): {override.note}\n", style="italic")
    v = answer.verdict
    if v is None:
        t.append(f"No verdict: {answer.error or 'nothing was judged'}\n", style="red")
        return t
    t.append(f"{v.verdict}", style=VERDICT_STYLE[v.verdict])
    t.append(f"   stopped by {answer.stopped_by}", style="dim")
    d = v.delivery
    t.append(f"   {d.duration_s:.0f} of {d.limit_s:g} s · {d.wpm:.0f} wpm ({d.pace}) · {d.fillers_per_min:.1f} fillers"
             f" and {d.hedges_per_min:.1f} hedges a minute\n\n", style="dim")
    for check in v.checks:
        _check_lines(t, check)
    if v.verdict in ("evasive", "partial") and q.follow_up:
        t.append(f"\n→ next they ask: {q.follow_up}\n", style="bold yellow")
    t.append("\nSaid: ", style="bold")
    t.append(v.transcript.strip() or "(nothing)", style="" if v.transcript.strip() else "dim")
    t.append("\n")
    for fix in v.fixes:
        t.append(f" • {fix}\n", style="cyan")
    return t


def fixes_text(fixes: tuple[str, ...]) -> Text:
    t = Text("Fix first\n", style="bold")
    for n, fix in enumerate(fixes, 1):
        t.append(f" {n}. {fix}\n")
    if not fixes:
        t.append(" nothing to fix: every answer was good\n", style="green")
    return t


class DrillTable(DataTable):
    """One row per question; the row key is the answer's position, so a selection finds its answer."""

    def show_answers(self, answers: tuple[DrillAnswer, ...], review: DrillReview | None = None) -> None:
        row = self.cursor_row
        self.clear(columns=True)
        self.cursor_type = "row"
        self.add_columns(*COLUMNS)
        for n, answer in enumerate(answers):
            self.add_row(*answer_row(n + 1, answer, review.override(n + 1) if review else None), key=str(n))
        if 0 <= row < len(answers):
            self.move_cursor(row=row)
