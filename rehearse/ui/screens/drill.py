"""Drill: the Force Commander's questions after the brief, in the app.

The screen runs the same `rehearse.session.drill.Drill` as `rehearse drill`, in one
named thread worker ("drill"): each question is shown (and spoken on the output
device; with none, one line says the questions are text only), then the answer is
recorded through the take path with the practice screen's parts: the big clock with
the cards scaled to the question's `answer_s`, the level meter and the live
transcript. The answer ends on Enter or space, at its limit, or after 4 s of silence
following speech, all decided by the session. The drill talks back through the small
messages below (`DrillEvent`s, live states, the end); a 10 Hz timer reads only the
answer's elapsed time and level. At the end the drill report replaces this screen.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static
from textual.worker import Worker

from rehearse.core.drill import answer_scenario
from rehearse.errors import DeviceError, ScenarioError
from rehearse.session.level import Level
from rehearse.ui.errors import WorkerErrors
from rehearse.ui.widgets.clock import TakeClock
from rehearse.ui.widgets.drill_table import VERDICT_STYLE
from rehearse.ui.widgets.live import LevelMeter, LiveTranscript

if TYPE_CHECKING:
    from textual import getters

    from rehearse.core.scenario import Scenario
    from rehearse.session.drill import Drill, DrillAnswer, DrillEvent
    from rehearse.session.live import LiveState
    from rehearse.ui.app import RehearseApp

QUESTIONS = 3
"""Questions per drill in the app: the exercise's meeting leaves time for about three."""
TICK_S = 0.1
KEYS = "Enter or space to finish, Esc to end the drill"
_SILENT = Level(-60.0, 0.0, "")


class DrillScreen(WorkerErrors, Screen):
    if TYPE_CHECKING:
        app = getters.app(RehearseApp)

    BINDINGS = [
        Binding("enter", "finish", "Finish answer"),
        Binding("space", "finish", "Finish answer", show=False),
        Binding("escape", "end", "End drill"),
    ]

    @dataclass
    class Said(Message, bubble=False):
        line: str

    @dataclass
    class Step(Message, bubble=False):
        event: DrillEvent

    @dataclass
    class LiveUpdate(Message, bubble=False):
        state: LiveState

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, DrillScreen.LiveUpdate)  # only the newest words matter

    @dataclass
    class Done(Message, bubble=False):
        answers: tuple[DrillAnswer, ...]
        folder: Path

    def __init__(self, scenario: Scenario | str, header: dict[str, Any], device: str | None = None,
                 count: int = QUESTIONS) -> None:
        """`scenario`: loaded, or an id/path loaded in the worker; `header`: speaker, team and the
        take it follows (`after`, `after_path`), as `rehearse drill --after` saves them."""
        super().__init__()
        self.scenario_spec, self.header, self.device, self.count = scenario, header, device, count
        self.scenario: Scenario | None = None
        self.state = "starting"
        """'starting', 'question', 'answering', 'judging', 'ending' or 'failed'."""
        self.drill: Drill | None = None
        self.next_answer, self.stop_all = threading.Event(), threading.Event()
        self.total = 0
        self.clock: TakeClock | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Preparing the questions…", id="drill-question")
        with Horizontal(id="drill-main"):
            with Vertical(id="clock-panel"):
                yield Static("", id="status")
            with Vertical(id="side"):
                yield Static("", id="drill-progress", classes="side-panel")
                yield LevelMeter(id="level", classes="side-panel")
        with VerticalScroll(id="transcript-box", can_focus=False):
            yield LiveTranscript(id="transcript")
        yield Footer()

    def on_mount(self) -> None:
        for wid, title in (("drill-progress", "Answers"), ("level", "Microphone"), ("transcript-box", "Transcript")):
            self.query_one(f"#{wid}").border_title = title
        self.query_one(LiveTranscript).show_words((), 0, None)
        self.set_interval(TICK_S, self._tick)
        self.run_drill()

    @work(thread=True, group="drill", exit_on_error=False, description="running the drill")
    def run_drill(self) -> None:
        from rehearse.core.questions import pick_questions
        from rehearse.session.drill import no_output_device, open_drill
        from rehearse.store.drills import recover_drills

        for line in recover_drills():  # a drill the app was closed in: its answers kept, marked interrupted
            self.post_message(self.Said(line))
        services, spec = self.app.services, self.scenario_spec
        scenario = spec if not isinstance(spec, str) else services.load_scenario(spec)
        if not scenario.questions:
            raise ScenarioError(f"{scenario.path}: this scenario has no [[questions]] to drill (see docs/scenario.md)")
        self.scenario = scenario
        questions = pick_questions(scenario.questions, self.count, ordered=False)
        self.total = len(questions)
        if not services.input_devices():  # one line now, not an empty drill folder (as `rehearse drill`)
            raise DeviceError("no microphone found: connect one and try again (d on the home screen rescans)")
        quiet = no_output_device(services)
        if quiet:
            self.post_message(self.Said(quiet))
        drill = open_drill(services, scenario, questions, self.header, model=self.app.model_spec or scenario.model or None,
                           device=self.device, speak=not quiet, say=lambda _line: None, keys=KEYS,
                           on_event=lambda event: self.post_message(self.Step(event)),
                           on_live=lambda state: self.post_message(self.LiveUpdate(state)))
        self.drill = drill
        try:
            answers = drill.run(self.next_answer, self.stop_all)
        finally:
            drill.close()
        self.post_message(self.Done(tuple(answers), drill.folder.path))

    def on_drill_screen_said(self, msg: Said) -> None:
        self.notify(msg.line, severity="warning", timeout=8)  # "questions are shown as text only (…)", recoveries

    async def on_drill_screen_step(self, msg: Step) -> None:
        event = msg.event
        if event.kind == "question":
            await self._ask(event)
        elif event.kind == "text only":
            self.notify(event.note, severity="warning", timeout=8)
        elif event.kind == "answering":
            self._set_state("answering", Text.assemble(("● answer now", "bold red"),
                                                      f"   up to {event.question.answer_s:g} s · {KEYS}"))
        elif event.answer is not None:
            self._show_answered(event.number, event.answer)

    async def _ask(self, event: DrillEvent) -> None:
        assert self.scenario is not None
        q = event.question
        self.query_one("#drill-question", Static).update(Text.assemble(
            (f"Question {event.number} of {self.total}   ", "bold"), (q.text, "bold yellow")))
        timed = answer_scenario(self.scenario, q)  # the cards scaled to this question's answer time
        if self.clock is None:  # mounted at the first question, once the scenario is known
            clock = TakeClock(timed, id="clock")
            await self.query_one("#clock-panel").mount(clock, before=0)
            self.clock = clock
        else:
            self.clock.scenario = timed
            self.clock.elapsed = 0.0
            self.clock.watch_elapsed(0.0)  # the remaining time and card of the new limit, even at 0
        self.query_one(LiveTranscript).show_words((), 0, None)
        self._set_state("question", Text("The commander asks… listen, then answer.", style="bold"))

    def _show_answered(self, number: int, answer: DrillAnswer) -> None:
        progress = self.query_one("#drill-progress", Static)
        line = Text(str(progress.render()))
        if line.plain:
            line.append("\n")
        verdict = answer.verdict.verdict if answer.verdict else "no answer"
        line.append(f"{number}. ")
        line.append(verdict, style=VERDICT_STYLE[verdict])
        line.append(f"  ({answer.stopped_by})", style="dim")
        progress.update(line)
        if self.state != "ending":
            self._set_state("question", Text("Judged. Next question…", style="bold"))

    def _set_state(self, state: str, status: Text) -> None:
        self.state = state
        self.query_one("#status", Static).update(status)
        self.refresh_bindings()

    def on_drill_screen_live_update(self, msg: LiveUpdate) -> None:
        if self.state == "answering":
            self.query_one(LiveTranscript).show_words(msg.state.words, msg.state.draft_from, None)
            self.query_one("#transcript-box", VerticalScroll).scroll_end(animate=False)

    def _tick(self) -> None:
        live = self.drill.live if self.drill is not None else None
        answering = self.state in ("answering", "judging") and live is not None and not live.stopping
        if answering and live is not None and self.clock is not None:
            self.clock.elapsed = live.elapsed
        elif self.state == "answering" and live is not None and live.stopping:
            self._set_state("judging", Text("Judging the answer…", style="bold"))
        self.query_one(LevelMeter).show_level(live.level.read() if answering and live else _SILENT, answering)

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "finish":
            return self.state == "answering"
        return True

    def action_finish(self) -> None:
        self.next_answer.set()

    def action_end(self) -> None:
        if self.state in ("failed", "ending") or self.drill is None:
            self.stop_all.set()
            self.app.pop_screen()
            return
        self.stop_all.set()
        self.next_answer.set()
        self._set_state("ending", Text("Ending the drill after this answer…", style="bold"))

    def on_drill_screen_done(self, msg: Done) -> None:
        self.app.open_drill_report(msg.answers, msg.folder, replace=True)

    def worker_failed(self, worker: Worker, error: BaseException) -> None:
        self._set_state("failed", Text.assemble(("The drill stopped: ", "bold red"), str(error),
                                                ("\nEsc to go back.", "dim")))

    def on_unmount(self) -> None:
        """Leaving (or quitting) mid-drill: the answer being given ends and is kept, no question follows."""
        self.stop_all.set()
        self.next_answer.set()
