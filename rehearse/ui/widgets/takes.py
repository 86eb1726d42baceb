"""Past takes on the home screen: browse them, reopen any report, recover crashed takes.

None of this needs a microphone, so it works when PortAudio is missing. A take
without a report (recovered after a crash, or made by `rehearse record`) is
analysed on demand with the same pipeline as `rehearse analyze`.

Interrupted and recovered takes are marked in their own column, so a take that a
crash or a lost microphone cut short is never mistaken for a full rehearsal.
At start-up the panel looks for takes whose recorder died (power cut, killed
terminal) and offers to recover them; recovery runs in a worker because it
converts the raw audio to FLAC.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Static

from rehearse.core.timing import clock
from rehearse.ui.errors import WorkerErrors

if TYPE_CHECKING:
    from textual import getters

    from rehearse.core.report_model import Report
    from rehearse.store import Take
    from rehearse.ui.app import RehearseApp

STATUS_STYLE = {"complete": "green", "interrupted": "bold yellow", "recovered": "bold yellow", "recording": "red"}
SHOWN = 200
"""Newest takes listed; a syndicate's whole course fits, and the table stays instant."""


class TakesTable(DataTable):
    """One row per take, newest first; the row key is the take folder."""

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True
        self.add_columns("When", "Speaker", "Team", "Scenario", "Length", "Status", "Report")

    def show_takes(self, takes: list, has_report: dict[str, bool]) -> None:
        self.clear()
        for take in list(reversed(takes))[:SHOWN]:
            when = (take.started_at or take.id)[:16].replace("T", " ")
            status = Text(take.status, style=STATUS_STYLE.get(take.status, ""))
            report = Text("✔", style="green") if has_report.get(str(take.path)) else Text("analyse", style="dim")
            self.add_row(when, take.speaker or "—", take.team or "—", take.scenario, clock(take.duration),
                         status, report, key=str(take.path))


class TakesPanel(WorkerErrors, Vertical):
    if TYPE_CHECKING:
        app = getters.app(RehearseApp)

    @dataclass
    class Listed(Message):
        takes: list
        has_report: dict

    @dataclass
    class Interrupted(Message):
        takes: list

    @dataclass
    class Opened(Message):
        take: Take
        report: Report

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.takes: dict[str, Take] = {}

    def compose(self) -> ComposeResult:
        yield Static("No takes yet: press p to practise.", id="no-takes")
        yield TakesTable(id="takes")

    def on_mount(self) -> None:
        self.border_title = "Past takes  (enter: open the report · t: all takes, compare, review)"
        self.call_after_refresh(self.find_interrupted)

    def refresh_takes(self) -> None:
        self.list_takes()

    @work(thread=True, group="store", exclusive=True, exit_on_error=False, description="listing past takes")
    def list_takes(self) -> None:
        takes = self.app.services.list_takes()
        has_report = {str(t.path): (t.path / "report.json").exists() for t in takes}
        self.post_message(self.Listed(takes, has_report))

    def on_takes_panel_listed(self, msg: Listed) -> None:
        self.takes = {str(t.path): t for t in msg.takes}
        self.query_one(TakesTable).show_takes(msg.takes, msg.has_report)
        self.query_one("#no-takes").display = not msg.takes
        self.query_one(TakesTable).display = bool(msg.takes)

    @work(thread=True, group="recover", exit_on_error=False, description="looking for interrupted takes")
    def find_interrupted(self) -> None:
        found = self.app.services.find_interrupted()
        self.post_message(self.Interrupted(found))

    def on_takes_panel_interrupted(self, msg: Interrupted) -> None:
        self.list_takes()
        if msg.takes:
            from rehearse.ui.screens.recover import RecoverModal

            def answered(yes: bool | None) -> None:
                if yes:
                    self.recover(msg.takes)

            self.app.push_screen(RecoverModal(msg.takes), answered)

    @work(thread=True, group="recover", exit_on_error=False, description="recovering interrupted takes")
    def recover(self, takes: list) -> None:
        for take in takes:
            try:
                done = self.app.services.recover(take)
                self.app.call_from_thread(self.app.notify, f"Recovered {done.id} ({clock(done.duration)} of audio)")
            except Exception as exc:  # one damaged take must not stop the others
                self.app.call_from_thread(self.app.notify, f"Could not recover {take.id}: {exc}",
                                          severity="error", timeout=12)
        self.list_takes()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        take = self.takes.get(str(event.row_key.value))
        if take is not None:
            self.app.notify(f"Opening {take.id}…", timeout=3)
            self.open_take(take)

    @work(thread=True, group="open", exclusive=True, exit_on_error=False, description="opening the take")
    def open_take(self, take: Take) -> None:
        from rehearse.ui.screens.take_actions import report_for

        report, note = report_for(self.app, take)
        if note:
            self.app.call_from_thread(self.app.notify, note, timeout=8)
        self.post_message(self.Opened(take, report))

    def on_takes_panel_opened(self, msg: Opened) -> None:
        self.app.open_take("report", msg.take, msg.report)
