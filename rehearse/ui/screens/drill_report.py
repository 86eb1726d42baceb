"""Drill report: every question with its verdict, the evidence behind it, three fixes, and each answer to hear.

The table is what `rehearse drill` prints (in time, answer first, expected content,
fillers and hedges per minute, pace); moving along it shows the chosen answer's
checks with the words that decided them, quoted and timed. Enter (or r) replays
that answer in the ordinary replay screen: each answer is a saved take, so its
saved report and review are read in a worker, like any take's (`analyse_take`).
O overrides the chosen answer's verdict with the instructor's, and a reason
(`rehearse.core.drill.review`, saved beside `drill.json`; the judged verdict is kept).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from rehearse.core.drill import drill_fixes
from rehearse.core.drill.review import DrillReview
from rehearse.ui.errors import WorkerErrors
from rehearse.ui.screens.dialogs import OverrideModal
from rehearse.ui.widgets.drill_table import DrillTable, answer_detail, fixes_text

if TYPE_CHECKING:
    from textual import getters

    from rehearse.core.report_model import Report
    from rehearse.core.review import Review
    from rehearse.session.drill import DrillAnswer
    from rehearse.store import Take
    from rehearse.ui.app import RehearseApp


class DrillReportScreen(WorkerErrors, Screen):
    if TYPE_CHECKING:
        app = getters.app(RehearseApp)

    AUTO_FOCUS = "#drill-table"
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("r", "replay", "Replay answer"),
        Binding("o", "override", "Override verdict"),
    ]

    @dataclass
    class AnswerLoaded(Message):
        take: Take
        report: Report
        review: Review

    @dataclass
    class ReviewRead(Message):
        """The instructor's overrides, read or just saved."""

        review: DrillReview
        saved: str = ""
        """What was saved ('' when only read): the line the screen confirms it with."""

    def __init__(self, answers: tuple[DrillAnswer, ...], folder: Path) -> None:
        super().__init__()
        self.answers, self.folder = answers, folder
        self.review = DrillReview()
        verdicts = [a.verdict for a in answers if a.verdict is not None]
        self.fixes = drill_fixes(verdicts)

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="drill-report"):
            yield DrillTable(id="drill-table")
            with VerticalScroll(id="drill-detail-box", classes="panel", can_focus=False):
                yield Static(id="drill-detail")
            yield Static(fixes_text(self.fixes), id="drill-fixes", classes="panel")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DrillTable)
        self._title()
        table.border_subtitle = self.folder.name
        self.query_one("#drill-detail-box").border_title = "Evidence  (enter: replay the answer)"
        table.show_answers(self.answers)
        if self.answers:
            self.query_one("#drill-detail", Static).update(answer_detail(self.answers[0]))
        self.read_review()

    @work(thread=True, group="drill-review", exit_on_error=False, description="reading the drill review")
    def read_review(self) -> None:
        from rehearse.store.drills import load_drill_review

        self.post_message(self.ReviewRead(load_drill_review(self.folder)))

    def on_drill_report_screen_review_read(self, msg: ReviewRead) -> None:
        self.review = msg.review
        self.query_one(DrillTable).show_answers(self.answers, self.review)
        self._title()
        self._show_detail()
        if msg.saved:
            self.notify(msg.saved)

    def _title(self) -> None:
        """The verdicts that count, the instructor's included."""
        judged = [a.verdict.verdict if a.verdict else "no answer" for a in self.answers]
        counts = " · ".join(f"{n} {v}" for v, n in self.review.counts(judged).items()) or "no answers"
        self.query_one(DrillTable).border_title = f"Drill  {counts}"

    def _show_detail(self) -> None:
        number = self._current_number()
        if number is not None:
            answer = self.answers[number - 1]
            self.query_one("#drill-detail", Static).update(answer_detail(answer, self.review.override(number)))

    def action_override(self) -> None:
        number = self._current_number()
        if number is None:
            return
        answer = self.answers[number - 1]
        judged = answer.verdict.verdict if answer.verdict else "no answer"
        current = self.review.override(number)
        modal = OverrideModal(number, judged, current.verdict if current else "", current.note if current else "")
        self.app.push_screen(modal, lambda result: self._overridden(number, result))

    def _overridden(self, number: int, result: tuple[str, str] | None) -> None:
        if result is None:
            return
        from rehearse.core.drill.review import AnswerOverride
        from rehearse.core.review import now_iso

        verdict, note = result
        override = AnswerOverride.from_dict({"verdict": verdict, "note": note, "author": self.app.settings.reviewer,
                                             "created": now_iso()})  # None: back to the judged verdict
        self.save_review(self.review.with_override(number, override), number)

    @work(thread=True, group="drill-review", exit_on_error=False, description="saving the drill review")
    def save_review(self, review: DrillReview, number: int) -> None:
        from rehearse.store.drills import save_drill_review

        path = save_drill_review(self.folder, review)
        found = review.override(number)
        line = f"answer {number}: {found.verdict if found else 'back to the judged verdict'} (saved in {path.name})"
        self.post_message(self.ReviewRead(review, line))

    def _current_number(self) -> int | None:
        """The chosen answer's number in the drill (1-based, the table's "#"), None if none."""
        table = self.query_one(DrillTable)
        if not self.answers or table.cursor_row < 0:
            return None
        return min(table.cursor_row, len(self.answers) - 1) + 1

    def _current(self) -> DrillAnswer | None:
        number = self._current_number()
        return None if number is None else self.answers[number - 1]

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_replay()

    def action_replay(self) -> None:
        answer = self._current()
        if answer is None or not answer.take:
            self.notify("No answer was recorded for this question.", severity="warning")
            return
        self.load_answer(Path(answer.take))

    @work(thread=True, group="answer", exclusive=True, exit_on_error=False, description="opening the answer")
    def load_answer(self, folder: Path) -> None:
        from rehearse.store import load_take

        take = load_take(folder)
        report, _note = self.app.services.analyse_take(take, self.app.engine_for_analysis)
        self.post_message(self.AnswerLoaded(take, report, self.app.services.load_review(take)))

    def on_drill_report_screen_answer_loaded(self, msg: AnswerLoaded) -> None:
        self.app.open_take("replay", msg.take, msg.report, msg.review)

    def action_back(self) -> None:
        self.app.services.stop_playback()
        self.app.pop_screen()
