"""Replay: hear the take with its transcript following along, and jump to every flagged moment.

Space plays and pauses, left and right go back and forward 5 s, and the list
on the right holds every flagged moment (long pauses, fillers, hedges,
gendered terms, checklist evidence, the instructor's comments): enter jumps
there, a second before it, and plays; n and p step through them. c pins a
comment to the moment being heard, v opens the full review.

The player runs in its own thread (`rehearse.session.replay.PlayerDriver`); its
ticker posts a `Position` message ten times a second that replaces any not yet
handled, so a busy screen shows the newest position instead of queueing old
ones. No PortAudio or no output device costs only the sound: a one-line red
notice says why, and seeking, the transcript, the moments and comments work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from rehearse.core.moments import Moment, jump_targets, next_target
from rehearse.core.timing import clock
from rehearse.session.playback import LEAD_IN_S
from rehearse.session.replay import PlayerDriver
from rehearse.ui.errors import WorkerErrors
from rehearse.ui.screens.dialogs import CommentModal
from rehearse.ui.screens.take_actions import TakeActions
from rehearse.ui.widgets.transcript import TranscriptView

if TYPE_CHECKING:
    from textual import getters

    from rehearse.core.report_model import Report
    from rehearse.core.review import Review
    from rehearse.store import Take
    from rehearse.ui.app import RehearseApp

BAR_W = 48
KIND_STYLE = {"pause": "yellow", "filler": "yellow", "hedge": "yellow", "gendered": "bold red",
              "evidence": "green", "comment": "bold cyan"}
STATE_TEXT = {"playing": "▶ playing", "paused": "⏸ paused", "ended": "■ ended", "stopped": "■ stopped",
              "loading": "… loading"}


class ReplayScreen(TakeActions, WorkerErrors, Screen):
    if TYPE_CHECKING:
        app = getters.app(RehearseApp)

    AUTO_FOCUS = "#flags"
    BINDINGS = [
        Binding("space", "play_pause", "Play/pause"),
        Binding("left", "skip(-5)", "-5 s", priority=True),
        Binding("right", "skip(5)", "+5 s", priority=True),
        Binding("n", "flag(1)", "Next flag"),
        Binding("p", "flag(-1)", "Prev flag"),
        Binding("c", "comment", "Comment here"),
        Binding("v", "review", "Review"),
        Binding("escape", "back", "Back"),
    ]

    @dataclass
    class Position(Message):
        t: float
        state: str

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ReplayScreen.Position)  # only the newest position matters

    @dataclass
    class Problem(Message):
        text: str

    @dataclass
    class Loaded(Message):
        duration: float

    @dataclass
    class ReviewChanged(Message):
        review: Review

    def __init__(self, take: Take, report: Report, review: Review) -> None:
        super().__init__()
        self.take, self.report, self.review = take, report, review
        self.position, self.state = 0.0, "loading"
        self.duration = float(report.audio_s or getattr(take, "duration", 0.0) or 0.0)
        self.problem: str | None = None
        self.targets: list[Moment] = []
        self.driver: PlayerDriver | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="replay-bar")
        yield Static(id="replay-note")
        with Horizontal(id="replay-main"):
            yield TranscriptView(id="replay-transcript", classes="panel")
            with Vertical(id="flags-panel", classes="panel"):
                yield OptionList(id="flags")
        yield Footer()

    def on_mount(self) -> None:
        who = " · ".join(x for x in (self.take.speaker, self.take.team, self.take.title) if x)
        self.sub_title = f"replay {self.take.id}" + (f"  ({who})" if who else "")
        self.query_one("#replay-transcript").border_title = "Transcript  (follows the audio)"
        self.query_one("#flags-panel").border_title = "Flagged moments  (enter: jump and play)"
        self.query_one(TranscriptView).show(self.report)
        self.show_flags()
        self._show_bar()
        self.driver = PlayerDriver(
            self.app.services.new_player, getattr(self.take, "audio_path", None) or self.report.file,
            on_position=lambda t, state: self.post_message(self.Position(t, state)),
            on_problem=lambda text: self.post_message(self.Problem(text)),
            on_loaded=lambda duration: self.post_message(self.Loaded(duration)),
            output_devices=self.app.services.output_devices)
        self.run_player(self.driver)

    @work(thread=True, group="replay", exit_on_error=False, description="replaying the take")
    def run_player(self, driver: PlayerDriver) -> None:
        worker = get_current_worker()
        driver.run(lambda: worker.is_cancelled)

    def _send(self, command: str, *args: float) -> None:
        """A command for the player (the driver exists from the first frame on: keys come after it)."""
        if self.driver is not None:
            self.driver.send(command, *args)

    # --- what the player says -------------------------------------------------------------
    def on_replay_screen_position(self, msg: Position) -> None:
        self.position, self.state = msg.t, msg.state
        self.query_one(TranscriptView).follow(msg.t)
        self._show_bar()

    def on_replay_screen_loaded(self, msg: Loaded) -> None:
        self.duration, self.state = msg.duration, "stopped"
        self._show_bar()

    def on_replay_screen_problem(self, msg: Problem) -> None:
        self.problem = msg.text
        if self.state == "loading":
            self.state = "stopped"
        note = Text.assemble(("No sound: ", "bold red"), (msg.text, "red"), no_wrap=True, overflow="ellipsis")
        self.query_one("#replay-note", Static).update(note)
        self._show_bar()

    def _show_bar(self) -> None:
        total = max(self.duration, 0.001)
        done = min(BAR_W, int(BAR_W * self.position / total + 0.5))
        t = Text.assemble((f"{STATE_TEXT.get(self.state, self.state):<11}", "bold"),
                          (f"{clock(self.position)} / {clock(self.duration)}  ", "bold"),
                          ("━" * done, "bold cyan"), ("●", "bold"),
                          ("─" * (BAR_W - done), "dim"))
        word = self.query_one(TranscriptView).current_word
        if word:
            t.append(f"   “{word}”", style="italic")
        self.query_one("#replay-bar", Static).update(t)

    # --- flagged moments ------------------------------------------------------------------
    def show_flags(self) -> None:
        self.targets = jump_targets(self.report, self.review)
        flags = self.query_one("#flags", OptionList)
        highlighted = flags.highlighted
        flags.clear_options()
        for i, m in enumerate(self.targets):
            kind, text = m.kind, m.text
            if kind == "evidence" and ": " in text:  # 'ask: “…”': the element says more than 'evidence'
                kind, text = text.split(": ", 1)
            line = Text.assemble((f"{clock(m.time):>5}  ", "bold"), (f"{kind[:9]:<9} ", KIND_STYLE.get(m.kind, "")),
                                 no_wrap=True, overflow="ellipsis")
            line.append(text)
            flags.add_option(Option(line, id=f"f{i}"))
        if not self.targets:
            flags.add_option(Option(Text("Nothing flagged in this take.", style="dim"), disabled=True))
        else:  # a highlighted row from the start: enter plays at once
            flags.highlighted = min(highlighted or 0, len(self.targets) - 1)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        if option_id.startswith("f"):
            self.jump(self.targets[int(option_id[1:])].time)

    def jump(self, t: float) -> None:
        """Play from a second before `t` (the ear needs the lead-in to place the moment)."""
        self._send("play_from", max(0.0, t - LEAD_IN_S))

    def action_flag(self, direction: int) -> None:
        target = next_target(self.targets, self.position + LEAD_IN_S, backwards=direction < 0)
        if target is None:
            self.notify("No more flagged moments that way.", timeout=3)
            return
        self.query_one("#flags", OptionList).highlighted = self.targets.index(target)
        self.jump(target.time)

    # --- keys -------------------------------------------------------------------------------
    def action_play_pause(self) -> None:
        self._send("toggle")

    def action_skip(self, delta: float) -> None:
        self._send("skip", float(delta))

    def action_comment(self) -> None:
        self._send("pause")

        def answered(answer: tuple[float, str] | None) -> None:
            if answer is not None:
                self.add_comment(*answer)

        self.app.push_screen(CommentModal(self.position, self.duration or None), answered)

    @work(thread=True, group="review", exit_on_error=False, description="saving the comment")
    def add_comment(self, at: float, text: str) -> None:
        reviewer = self.app.settings.reviewer
        review = self.app.services.update_review(self.take, lambda r: r.add_comment(at, text, reviewer))
        self.post_message(self.ReviewChanged(review))
        self.app.call_from_thread(self.notify, f"Comment saved at {clock(at)}", timeout=4)

    def on_replay_screen_review_changed(self, msg: ReviewChanged) -> None:
        self.review = msg.review
        self.show_flags()

    def action_review(self) -> None:
        self._send("pause")
        self.open_review(self.take, self.report, self.review, at=self.position)

    def on_screen_resume(self) -> None:
        if self.driver is not None:  # back from the review screen (not the first show)
            self.reload_review()

    @work(thread=True, group="review", exit_on_error=False, description="reading the review")
    def reload_review(self) -> None:
        self.post_message(self.ReviewChanged(self.app.services.load_review(self.take)))

    def action_back(self) -> None:
        if self.driver is not None:
            self.driver.close()
        self.app.pop_screen()

    def on_unmount(self) -> None:
        if self.driver is not None:
            self.driver.close()
