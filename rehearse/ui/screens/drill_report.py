"""Drill report: every question with its verdict, the evidence behind it, three fixes, and each answer to hear.

The table is what `rehearse drill` prints (in time, answer first, expected content,
fillers and hedges per minute, pace); moving along it shows the chosen answer's
checks with the words that decided them, quoted and timed. Enter (or r) replays
that answer in the ordinary replay screen: each answer is a saved take, so its
saved report and review are read in a worker, like any take's (`analyse_take`).
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

from rehearse.core.drill import drill_fixes, verdict_counts
from rehearse.ui.errors import WorkerErrors
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
    ]

    @dataclass
    class AnswerLoaded(Message):
        take: Take
        report: Report
        review: Review

    def __init__(self, answers: tuple[DrillAnswer, ...], folder: Path) -> None:
        super().__init__()
        self.answers, self.folder = answers, folder
        verdicts = [a.verdict for a in answers if a.verdict is not None]
        self.fixes, self.counts = drill_fixes(verdicts), verdict_counts(verdicts)

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
        counts = " · ".join(f"{n} {v}" for v, n in self.counts.items()) or "no answers"
        table.border_title = f"Drill  {counts}"
        table.border_subtitle = self.folder.name
        self.query_one("#drill-detail-box").border_title = "Evidence  (enter: replay the answer)"
        table.show_answers(self.answers)
        if self.answers:
            self.query_one("#drill-detail", Static).update(answer_detail(self.answers[0]))

    def _current(self) -> DrillAnswer | None:
        table = self.query_one(DrillTable)
        if not self.answers or table.cursor_row < 0:
            return None
        return self.answers[min(table.cursor_row, len(self.answers) - 1)]

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        answer = self._current()
        if answer is not None:
            self.query_one("#drill-detail", Static).update(answer_detail(answer))

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
