"""The instructor's review of one take: timed comments, checklist overrides, verdict and grade.

Left: every checklist element with the automatic judgement shown beside the
instructor's choice (keep automatic / found / not found) and a note saying why:
the machine's call is never hidden or changed, so a trainee reading the report
sees both. Right: comments pinned to a moment (m:ss, prefilled with the replay
position when opened from replay). Bottom: verdict, grade, reviewer, summary.

Nothing is written until ctrl+s; leaving with unsaved changes asks first.
Saving goes through `rehearse.store.review.update_review` (atomic, refuses a
review.json written by a newer rehearse), so the report screen and every
export read the same file. ctrl+o writes the HTML report with this review (letters and
ctrl+e belong to the text fields here).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from rehearse.core.review import VERDICTS, Review, effective_rubric
from rehearse.core.timing import clock
from rehearse.ui.errors import WorkerErrors
from rehearse.ui.screens.dialogs import ConfirmModal, parse_clock
from rehearse.ui.screens.take_actions import TakeActions

if TYPE_CHECKING:
    from textual import getters

    from rehearse.core.report_model import Report
    from rehearse.store import Take
    from rehearse.ui.app import RehearseApp

CHOICES = [("keep automatic", "auto"), ("found", "found"), ("not found", "missing")]


def _copy(review: Review) -> Review:
    return Review.from_dict(review.to_dict())


def _state(review: Review) -> dict:
    """What the instructor changed, without the save stamp (the 'unsaved changes' test)."""
    return {k: v for k, v in review.to_dict().items() if k != "updated"}


class ReviewScreen(TakeActions, WorkerErrors, Screen):
    if TYPE_CHECKING:
        app = getters.app(RehearseApp)

    AUTO_FOCUS = "#new-text"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("ctrl+o", "export", "Export HTML"),
        Binding("delete", "remove_comment", "Remove comment"),
        Binding("escape", "back", "Back"),
    ]

    @dataclass
    class Saved(Message):
        review: Review
        path: str

    def __init__(self, take: Take, report: Report, review: Review, at: float | None = None) -> None:
        super().__init__()
        self.take, self.report, self.review, self.at = take, report, review, at or 0.0
        self.work = _copy(review)
        self.auto = effective_rubric(report, None)
        self.keys = list(self.auto)
        self._saved = _state(self.work)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="review-main"):
            with VerticalScroll(id="rubric-panel", classes="panel"):
                for i, key in enumerate(self.keys):
                    j, over = self.auto[key], self.work.overrides.get(key)
                    mark = Text.assemble(("✔ found" if j.auto_found else "✘ not found",
                                          "green" if j.auto_found else "red"), (f"  {j.count}/{j.min}", "dim"))
                    yield Static(Text.assemble((j.label, "bold"), "\n  automatic: ", mark), classes="element-head")
                    with Horizontal(classes="element-row"):
                        value = "auto" if over is None else ("found" if over.found else "missing")
                        yield Select(CHOICES, value=value, allow_blank=False, id=f"ov-{i}", compact=True)
                        yield Input(over.note if over else "", id=f"note-{i}", compact=True,
                                    placeholder="why (shown in the report and exports)")
                if not self.keys:
                    yield Static(Text("This report has no checklist.", style="dim"))
            with Vertical(id="comments-panel", classes="panel"):
                yield OptionList(id="comments")
                with Horizontal(id="comment-add"):
                    yield Input(clock(self.at), id="new-at", compact=True)
                    yield Input(id="new-text", placeholder="comment at this time, enter adds it", compact=True)
        with Vertical(id="verdict-panel", classes="panel"):
            with Horizontal(classes="field spaced"):
                verdicts = list(dict.fromkeys([*VERDICTS, *([self.work.verdict] if self.work.verdict else [])]))
                yield Label("Verdict")
                yield Select([(v, v) for v in verdicts], value=self.work.verdict or Select.NULL, id="review-verdict",
                             prompt="no verdict yet", compact=True)
                yield Label("Grade", classes="short")
                yield Input(self.work.grade, id="review-grade", placeholder="e.g. B+", compact=True)
                yield Label("Reviewer", classes="short")
                yield Input(self.work.reviewer or self.app.settings.reviewer, id="review-reviewer", compact=True,
                            placeholder="your name")
            with Horizontal(classes="field"):
                yield Label("Summary")
                yield Input(self.work.summary, id="review-summary", placeholder="your overall words to the speaker",
                            compact=True)
        yield Footer()

    def on_mount(self) -> None:
        who = " · ".join(x for x in (self.take.speaker, self.take.team) if x)
        self.sub_title = f"review {self.take.id}" + (f"  ({who})" if who else "")
        self.query_one("#rubric-panel").border_title = "Checklist: automatic judgement, and yours"
        self.query_one("#comments-panel").border_title = "Comments  (del removes the highlighted one)"
        self.query_one("#verdict-panel").border_title = "Verdict"
        self.show_comments()

    def show_comments(self) -> None:
        comments = self.query_one("#comments", OptionList)
        comments.clear_options()
        for c in self.work.comments:
            line = Text.assemble((f"{clock(c.time):>5}  ", "bold cyan"), c.text)
            if c.author:
                line.append(f"  — {c.author}", style="dim")
            comments.add_option(line)
        if not self.work.comments:
            comments.add_option(Option(Text("No comments yet: type one below, enter adds it.", style="dim"),
                                       disabled=True))

    # --- editing ------------------------------------------------------------------------
    @on(Input.Submitted, "#new-text, #new-at")
    def add_comment(self) -> None:
        at = parse_clock(self.query_one("#new-at", Input).value)
        text = self.query_one("#new-text", Input).value.strip()
        if at is None:
            self.notify("Type the time as m:ss, e.g. 1:42.", severity="warning")
            return
        if not text:
            self.query_one("#new-text", Input).focus()
            return
        self.work.add_comment(at, text, self.query_one("#review-reviewer", Input).value.strip())
        self.query_one("#new-text", Input).value = ""
        self.show_comments()

    def action_remove_comment(self) -> None:
        comments = self.query_one("#comments", OptionList)
        if self.focused is comments and comments.highlighted is not None and self.work.comments:
            self.work.remove_comment(self.work.comments[comments.highlighted])
            self.show_comments()

    def collect(self) -> Review:
        """The review as the widgets show it (overrides keep their stamp when unchanged)."""
        work = self.work
        work.reviewer = self.query_one("#review-reviewer", Input).value.strip()
        for i, key in enumerate(self.keys):
            choice = self.query_one(f"#ov-{i}", Select).value
            note = self.query_one(f"#note-{i}", Input).value.strip()
            old = work.overrides.get(key)
            if choice == "auto":
                work.clear_override(key)
            elif old is None or old.found != (choice == "found") or old.note != note:
                work.override(key, choice == "found", note, work.reviewer)
        verdict = self.query_one("#review-verdict", Select).value
        work.verdict = verdict if isinstance(verdict, str) else ""
        work.grade = self.query_one("#review-grade", Input).value.strip()
        work.summary = self.query_one("#review-summary", Input).value.strip()
        return work

    @property
    def dirty(self) -> bool:
        return _state(self.collect()) != self._saved

    # --- saving, exporting, leaving -----------------------------------------------------
    def action_save(self) -> None:
        self.save(_copy(self.collect()))

    @work(thread=True, group="review", exit_on_error=False, description="saving the review")
    def save(self, review: Review) -> None:
        def apply(on_disk: Review) -> None:
            for name in ("comments", "overrides", "grade", "verdict", "summary", "reviewer"):
                setattr(on_disk, name, getattr(review, name))

        saved = self.app.services.update_review(self.take, apply)
        self.post_message(self.Saved(saved, str(self.take.path / "review.json")))

    def on_review_screen_saved(self, msg: Saved) -> None:
        self.review = msg.review
        self._saved = _state(msg.review)
        if msg.review.reviewer:
            self.app.remember(reviewer=msg.review.reviewer)
        self.notify(f"Review saved to {msg.path}", timeout=6)

    def action_export(self) -> None:
        review = _copy(self.collect())
        if _state(review) != self._saved:
            self.save(review)
        self.ask_export(self.take, self.report, review)

    def action_back(self) -> None:
        if not self.dirty:
            self.app.pop_screen()
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.app.pop_screen()

        self.app.push_screen(ConfirmModal("Leave without saving?", "This review has unsaved changes; "
                                          "they will be lost. (Cancel, then ctrl+s, keeps them.)",
                                          ok="Leave without saving"), answered)
