"""Report: the verdict the moment the speaker stops, and every flagged moment to listen to.

The left half is the verdict (time and card, checklist, pace, top fixes); the
right half lists each timed item (evidence, pauses, fillers, hedges, gendered
terms). Selecting one plays that moment of the take: hearing your own "um"
at 1:42 teaches more than a count. Playback runs in a worker: the take's audio
is decoded once (PyAV, a fraction of a second) and then sliced per item.
No output device is a one-line notice; the report stays fully usable.

From here the take can be replayed in full (r), reviewed by the instructor
(v), exported as HTML (x), drilled with the commander's questions (f), and the
drill that followed it reopened (d). The instructor's review is read in a worker when
the screen shows (and again on coming back from the review), so its verdict,
comments and checklist overrides appear under the time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static

from rehearse.audio import SAMPLE_RATE
from rehearse.errors import AudioError
from rehearse.session.playback import audio_slice
from rehearse.ui.errors import WorkerErrors
from rehearse.ui.screens.take_actions import TakeActions
from rehearse.ui.widgets.report_view import MomentList, summary_text
from rehearse.ui.widgets.script_view import script_text

if TYPE_CHECKING:
    import numpy as np
    from textual import getters

    from rehearse.core.report_model import Report
    from rehearse.core.review import Review
    from rehearse.session.moments import Moment
    from rehearse.store import Take
    from rehearse.ui.app import RehearseApp


class ReportScreen(TakeActions, WorkerErrors, Screen):
    if TYPE_CHECKING:
        app = getters.app(RehearseApp)

    AUTO_FOCUS = "#moments"
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("s", "silence", "Stop sound"),
        Binding("r", "take('replay')", "Replay"),
        Binding("v", "take('review')", "Review"),
        Binding("x", "take('export')", "Export HTML"),
        Binding("f", "face_questions", "Face questions"),
        Binding("d", "drills", "Drill report"),
        Binding("ctrl+down", "scroll_verdict(1)", "More verdict"),
        Binding("ctrl+up", "scroll_verdict(-1)", "Verdict up", show=False),
    ]

    @dataclass
    class ReviewLoaded(Message):
        review: Review

    def __init__(self, take: Take | None, report: Report, note: str | None = None) -> None:
        """`take` is None when the audio could not be saved: the verdict is shown all the same."""
        super().__init__()
        self.take, self.report, self.note = take, report, note
        self.review: Review | None = None
        self.moments: list[Moment] = []
        self._audio: np.ndarray | None = None
        self._audio_lock = threading.Lock()

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="report-main"):
            with VerticalScroll(id="verdict", classes="panel", can_focus=False):
                yield Static(id="summary")
                yield Static(id="script-summary")
            with Vertical(id="moments-panel", classes="panel"):
                yield MomentList(id="moments")
        yield Footer()

    def on_mount(self) -> None:
        status = getattr(self.take, "status", "complete")
        who = " · ".join(x for x in (getattr(self.take, "speaker", ""), getattr(self.take, "team", "")) if x)
        verdict = self.query_one("#verdict")
        verdict.border_title = "Verdict" + (f"  {who}" if who else "")
        verdict.border_subtitle = getattr(self.take, "id", "")
        self.query_one("#moments-panel").border_title = "Moments  (enter: listen)"
        self.query_one("#summary", Static).update(summary_text(self.report, status, self.note))
        self.query_one("#script-summary", Static).update(script_text(self.report))
        self.moments = self.query_one(MomentList).show_report(self.report)

    def on_screen_resume(self) -> None:
        if self.take is not None and getattr(self.take, "path", None) is not None:
            self.load_review(self.take)

    @work(thread=True, group="review", exclusive=True, exit_on_error=False, description="reading the review")
    def load_review(self, take: Take) -> None:
        self.post_message(self.ReviewLoaded(self.app.services.load_review(take)))

    def on_report_screen_review_loaded(self, msg: ReviewLoaded) -> None:
        self.review = msg.review
        status = getattr(self.take, "status", "complete")
        self.query_one("#summary", Static).update(summary_text(self.report, status, self.note, msg.review))

    def action_take(self, what: str) -> None:
        if self.take is None or getattr(self.take, "path", None) is None:
            self.notify("This take was not saved, so it cannot be replayed, reviewed or exported.",
                        severity="warning")
            return
        if self.review is None:
            self.notify("Still reading the review; try again in a moment.", timeout=3)
            return
        self.app.services.stop_playback()
        self.open_as(what, self.take, self.report, self.review)

    def action_back(self) -> None:
        self.app.services.stop_playback()
        self.app.pop_screen()

    def action_face_questions(self) -> None:
        """The commander's questions after this brief: the drill is linked to the take, as `drill --after`."""
        self.app.services.stop_playback()
        take = self.take
        header = {"speaker": getattr(take, "speaker", ""), "team": getattr(take, "team", "")}
        if take is not None and getattr(take, "path", None) is not None:
            header |= {"after": take.id, "after_path": str(take.path)}
        scenario = getattr(take, "scenario", "") or self.report.scenario
        self.app.open_drill(scenario, header, self.app.settings.input_device or None)

    def action_drills(self) -> None:
        if self.take is not None:
            self.app.services.stop_playback()
            self.open_drills(self.take)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        if option_id.startswith("m"):
            moment = self.moments[int(option_id[1:])]
            self.play_moment(moment.start, moment.end)

    def action_scroll_verdict(self, pages: int) -> None:
        """The verdict panel takes no focus (keys go to the moments list), so a keyboard reaches what
        lies below its fold this way: the script section and the fixes on a 36-line terminal."""
        verdict = self.query_one("#verdict", VerticalScroll)
        if pages > 0:
            verdict.scroll_page_down()
        else:
            verdict.scroll_page_up()

    def action_silence(self) -> None:
        self.stop_sound()

    @work(thread=True, group="playback", exclusive=True, exit_on_error=False, description="playing the moment")
    def play_moment(self, start: float, end: float | None) -> None:
        audio = self._load_audio()
        self.app.services.play(audio_slice(audio, SAMPLE_RATE, start, end), SAMPLE_RATE)

    @work(thread=True, group="playback", exclusive=True, exit_on_error=False, description="stopping the sound")
    def stop_sound(self) -> None:
        self.app.services.stop_playback()

    def _load_audio(self) -> np.ndarray:
        with self._audio_lock:
            if self._audio is None:
                path = getattr(self.take, "audio_path", None) or self.report.file
                if not path:
                    raise AudioError("this report has no audio file to play from")
                self._audio = self.app.services.load_audio(Path(path))
            return self._audio
