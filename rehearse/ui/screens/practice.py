"""Practice: one key starts and stops a take; the clock dominates; the verdict follows at once.

The screen is a small state machine (idle -> starting -> recording -> stopping ->
idle) over a `LiveTake`, which does the real work in three named thread
workers: "record" opens the microphone and later stops, saves and analyses;
"transcribe" runs Whisper during the take so that only the last chunk is left
at stop. Workers talk back through the small messages below; the display is
refreshed by a 10 Hz timer that only reads two numbers (elapsed, level).

Space is the only key needed while speaking, and nothing on this screen takes
keyboard focus, so space can never be swallowed by a button or a text field.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static
from textual.worker import Worker, get_current_worker

from rehearse.core.script.draft import parse_draft
from rehearse.session.level import Level
from rehearse.session.live import LiveState, blank_checklist
from rehearse.session.take import LiveTake, TakeResult
from rehearse.ui.errors import WorkerErrors
from rehearse.ui.widgets.clock import TakeClock
from rehearse.ui.widgets.live import LevelMeter, LiveChecklist, LivePace, LiveTranscript
from rehearse.ui.widgets.prompter import Prompter

if TYPE_CHECKING:
    from textual import getters

    from rehearse.ui.app import RehearseApp

log = logging.getLogger("rehearse.ui")

TICK_S = 0.1
"""Display refresh: the clock's seconds turn over on time and the meter looks alive, at little CPU."""
_SILENT = Level(-60.0, 0.0, "")


class PracticeScreen(WorkerErrors, Screen):
    if TYPE_CHECKING:
        app = getters.app(RehearseApp)

    BINDINGS = [
        Binding("space", "start", "Start take"),
        Binding("space", "stop", "Stop take"),
        Binding("escape", "back", "Back"),
        Binding("s", "toggle_script", "Script on/off"),
    ]

    @dataclass
    class Started(Message):
        take: LiveTake

    @dataclass
    class LiveUpdate(Message):
        state: LiveState

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, PracticeScreen.LiveUpdate)  # only the newest state matters

    @dataclass
    class Ended(Message):
        """The recorder stopped on its own (device lost, disk full)."""

        error: Exception

    @dataclass
    class Finished(Message):
        result: TakeResult

    def __init__(self, scenario, *, speaker: str = "", team: str = "", device: str | None = None,
                 script: str = "") -> None:
        super().__init__()
        self.scenario, self.speaker, self.team, self.device = scenario, speaker, team, device
        self.script = script
        """The draft chosen on the setup (text, already checked), kept with each take as script.md."""
        self.draft = parse_draft(script, "script.md") if script else None
        """The same draft parsed, for prompt mode (None: no script, no prompter, no `s` key)."""
        self.state = "idle"
        self.take: LiveTake | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="practice-main"):
            with Vertical(id="clock-panel"):
                yield TakeClock(self.scenario, id="clock")
                yield Static("", id="status")
            if self.draft is not None:
                yield Prompter(self.draft, id="prompter")
            with Vertical(id="side"):
                yield LiveChecklist(self.scenario.language, id="checklist", classes="side-panel")
                yield LivePace(self.scenario.min_wpm, self.scenario.max_wpm, id="pace", classes="side-panel")
                yield LevelMeter(id="level", classes="side-panel")
        with VerticalScroll(id="transcript-box", can_focus=False):
            yield LiveTranscript(id="transcript")
        yield Footer()

    def on_mount(self) -> None:
        for wid, title in (("checklist", "Checklist"), ("pace", "Pace, last 20 s"), ("level", "Microphone"),
                           ("transcript-box", "Transcript")):
            self.query_one(f"#{wid}").border_title = title
        for prompter in self.query(Prompter):
            prompter.border_title, prompter.border_subtitle = "Script", "s: hide"
        self._reset_panels()
        self.watch(self.app, "model_state", lambda _: self._show_status(), init=False)
        self._show_status()
        self.set_interval(TICK_S, self._tick)

    def _reset_panels(self) -> None:
        self.query_one(LiveChecklist).show_checklist(blank_checklist(self.scenario))
        self.query_one(LivePace).history.clear()
        self.query_one(LivePace).show_pace(None)
        self.query_one(LiveTranscript).show_words((), 0, None)
        self.query_one(TakeClock).elapsed = 0.0
        for prompter in self.query(Prompter):
            prompter.reset()

    def _set_state(self, state: str) -> None:
        self.state = state
        self._show_status()
        self.refresh_bindings()

    def _show_status(self) -> None:
        model = self.app.model_state
        lines = {
            "idle": Text.assemble(("Press space to start. ", "bold"),
                                  f"Speak to {self.scenario.audience} as if it were real."),
            "starting": Text("Opening the microphone…", style="bold"),
            "recording": Text.assemble(("● recording", "bold red"), "   space to stop"),
            "stopping": Text("Saving and analysing… the report opens in a moment.", style="bold"),
        }
        status = lines[self.state]
        if model == "loading" and self.state in ("idle", "recording"):
            status.append("\nspeech model loading… (recording works; the transcript catches up)", style="dim")
        elif model == "failed":
            status.append(f"\nspeech model: {self.app.model_error}", style="red")
        self.query_one("#status", Static).update(status)

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "start":
            return self.state == "idle"
        if action == "stop":
            return True if self.state == "recording" else (None if self.state == "starting" else False)
        if action == "back":
            return True if self.state == "idle" else None
        if action == "toggle_script":
            return self.draft is not None
        return True

    def action_toggle_script(self) -> None:
        """Prompt mode on or off: some must rehearse without notes, some with them."""
        prompter = self.query_one(Prompter)
        prompter.display = not prompter.display

    def _tick(self) -> None:
        take = self.take
        recording = self.state == "recording" and take is not None
        if recording and take is not None:
            self.query_one(TakeClock).elapsed = take.elapsed
        self.query_one(LevelMeter).show_level(take.level.read() if take else _SILENT, recording)

    # --- starting -------------------------------------------------------------
    def action_start(self) -> None:
        self.take = LiveTake(self.app.services, self.scenario, speaker=self.speaker, team=self.team,
                             device=self.device, model=self.app.model_name, script=self.script,
                             on_ended=lambda err: self.post_message(self.Ended(err)))
        self._reset_panels()
        self._set_state("starting")
        self._open_microphone(self.take)

    @work(thread=True, group="record", exit_on_error=False, description="starting the take")
    def _open_microphone(self, take: LiveTake) -> None:
        take.start()
        self.post_message(self.Started(take))

    def on_practice_screen_started(self, msg: Started) -> None:
        self._set_state("recording")
        if msg.take.script_note:
            self.notify(msg.take.script_note, severity="error", timeout=8)
        self._transcribe(msg.take)

    @work(thread=True, group="transcribe", exit_on_error=False, description="transcribing live")
    def _transcribe(self, take: LiveTake) -> None:
        worker = get_current_worker()
        take.run_live(lambda state: self.post_message(self.LiveUpdate(state)),
                      cancelled=lambda: worker.is_cancelled, engine=lambda: self.app.engine)

    def on_practice_screen_live_update(self, msg: LiveUpdate) -> None:
        state = msg.state
        if self.state != "recording" or self.take is None:
            return
        self.query_one(LiveChecklist).show_checklist(state.checklist)
        self.query_one(LivePace).show_pace(state.rolling_wpm)
        lag = max(0.0, self.take.elapsed - state.heard_until)
        self.query_one(LiveTranscript).show_words(state.words, state.draft_from, lag)
        for prompter in self.query(Prompter):
            if prompter.display:
                prompter.follow(state.words)
        self.query_one("#transcript-box", VerticalScroll).scroll_end(animate=False)

    # --- stopping -------------------------------------------------------------
    def action_stop(self) -> None:
        if self.state == "recording" and self.take is not None:
            self._set_state("stopping")
            self._finish(self.take)

    def on_practice_screen_ended(self, msg: Ended) -> None:
        self.notify(f"{msg.error}", title="Recording stopped", severity="error", timeout=12)
        self.action_stop()

    @work(thread=True, group="record", exit_on_error=False, description="saving and analysing the take")
    def _finish(self, take: LiveTake) -> None:
        result = take.stop_and_report(self.app.wait_engine)
        log.info("stop-to-report timings: %s", result.timings)
        self.post_message(self.Finished(result))

    def on_practice_screen_finished(self, msg: Finished) -> None:
        result = msg.result
        self._set_state("idle")
        if result.report is None:
            from rehearse.ui.errors import ErrorModal

            self.app.push_screen(ErrorModal("No report for this take", result.error or "unknown problem"))
            return
        self.app.open_take("report", result.take, result.report, note=result.error or "")

    def worker_failed(self, worker: Worker, error: BaseException) -> None:
        if worker.group == "record":
            self._set_state("idle")  # the error itself is shown by WorkerErrors
            self.take = None

    def action_back(self) -> None:
        self.app.pop_screen()

    def on_unmount(self) -> None:
        """Quitting mid-take: save what was recorded (no report) instead of leaving a raw file."""
        if self.take is not None and self.state == "recording":
            self.take.abandon()

