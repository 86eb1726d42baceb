"""Small modal dialogs of the takes library: confirm, relabel, comment, override, export path.

Each returns its answer through `dismiss` (None when cancelled), so the screen
that asked decides what to do and runs any disk work in its own worker.
Enter confirms and escape cancels in all of them; focus starts in the first
field (here typing is the point, unlike the main screens' single-letter keys).
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from rehearse.core.timing import clock


def parse_clock(text: str) -> float | None:
    """Seconds from 'm:ss', 'h:mm:ss' or plain seconds ('102', '1:42', '1:42.5'); None if not a time."""
    parts = text.strip().split(":")
    if not parts or len(parts) > 3 or any(not p.strip() for p in parts):
        return None
    try:
        values = [float(p) for p in parts]
    except ValueError:
        return None
    if any(v < 0 for v in values) or any(v >= 60 for v in values[1:]):
        return None
    seconds = 0.0
    for v in values:
        seconds = seconds * 60 + v
    return seconds


class Dialog(ModalScreen):
    """A titled box with fields and buttons; subclasses give the body and `answer()`."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    OK = "OK"

    def __init__(self, title: str) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield from self.body()
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"{self.OK} (enter)", id="ok", variant="primary")
                yield Button("Cancel (esc)", id="cancel")

    def body(self) -> ComposeResult:
        yield from ()

    def answer(self):
        return True

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_cancel() if event.button.id == "cancel" else self.action_ok()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_ok()

    def action_ok(self) -> None:
        value = self.answer()
        if value is not None:
            self.dismiss(value)


class ConfirmModal(Dialog):
    """Yes or no (y / n as well as enter / escape): the answer is True or None."""

    BINDINGS = [Binding("y", "ok", "Yes", show=False), Binding("n", "cancel", "No", show=False)]
    AUTO_FOCUS = "#ok"

    def __init__(self, title: str, message: Text | str, ok: str = "OK") -> None:
        super().__init__(title)
        self.message, self.OK = message, ok

    def body(self) -> ComposeResult:
        yield Static(self.message, classes="dialog-body", markup=False)


class RelabelModal(Dialog):
    """Speaker, team and title of a take; answers a dict of the three (stripped) values."""

    OK = "Save"

    def __init__(self, take) -> None:
        super().__init__(f"Relabel take {take.id}")
        self.take = take

    def body(self) -> ComposeResult:
        for name, placeholder in (("speaker", "who spoke"), ("team", "syndicate or team"),
                                  ("title", "e.g. dress rehearsal")):
            with Horizontal(classes="field"):
                yield Label(name.capitalize())
                yield Input(getattr(self.take, name, ""), id=name, placeholder=placeholder, compact=True)

    def answer(self) -> dict[str, str]:
        return {name: self.query_one(f"#{name}", Input).value.strip() for name in ("speaker", "team", "title")}


class CommentModal(Dialog):
    """A comment pinned to a moment; answers (seconds, text), or says why not and stays open."""

    OK = "Add"
    AUTO_FOCUS = "#comment-text"

    def __init__(self, at: float, duration: float | None = None) -> None:
        super().__init__("Comment on this moment")
        self.at, self.duration = at, duration

    def body(self) -> ComposeResult:
        with Horizontal(classes="field"):
            yield Label("At (m:ss)")
            yield Input(clock(self.at), id="comment-at", compact=True)
        with Horizontal(classes="field"):
            yield Label("Comment")
            yield Input(id="comment-text", placeholder="what the speaker should hear", compact=True)
        yield Static("", id="comment-problem", classes="dialog-problem")

    def answer(self) -> tuple[float, str] | None:
        typed = self.query_one("#comment-at", Input).value.strip()
        at = self.at if typed == clock(self.at) else parse_clock(typed)  # untouched: the exact position
        text = self.query_one("#comment-text", Input).value.strip()
        problem = ("type the time as m:ss, e.g. 1:42" if at is None else
                   f"the take is only {clock(self.duration)} long" if self.duration and at > self.duration + 1 else
                   "type the comment first" if not text else "")
        self.query_one("#comment-problem", Static).update(problem)
        return None if problem or at is None else (at, text)


class OverrideModal(Dialog):
    """The instructor's verdict on one drill answer: answers (verdict, note), verdict '' = back to
    the judged one; an override without a reason says why not and stays open."""

    OK = "Save"
    AUTO_FOCUS = "#override-verdict"

    def __init__(self, number: int, judged: str, verdict: str = "", note: str = "") -> None:
        super().__init__(f"Your verdict on answer {number} (judged {judged})")
        self.judged, self.verdict, self.note = judged, verdict, note

    def body(self) -> ComposeResult:
        from rehearse.core.drill import VERDICTS

        options = [(f"as judged: {self.judged}", ""), *((v, v) for v in VERDICTS if v != self.judged)]
        with Horizontal(classes="field"):
            yield Label("Verdict")
            yield Select(options, value=self.verdict, allow_blank=False, id="override-verdict", compact=True)
        with Horizontal(classes="field"):
            yield Label("Why")
            yield Input(self.note, id="override-note", placeholder="what the trainee should hear", compact=True)
        yield Static("", id="override-problem", classes="dialog-problem")

    def answer(self) -> tuple[str, str] | None:
        verdict = str(self.query_one("#override-verdict", Select).value or "")
        note = self.query_one("#override-note", Input).value.strip()
        problem = "say why, so the trainee learns from it" if verdict and not note else ""
        self.query_one("#override-problem", Static).update(problem)
        return None if problem else (verdict, note)


class ExportModal(Dialog):
    """Where to write the HTML report: a file or a folder, prefilled with the place next to the take."""

    OK = "Write HTML"

    def __init__(self, default: str) -> None:
        super().__init__("Export the report as HTML")
        self.default = default

    def body(self) -> ComposeResult:
        yield Static("The page includes the instructor's review and opens in any browser, offline.",
                     classes="dialog-body")
        yield Input(self.default, id="export-path", compact=True)

    def answer(self) -> str | None:
        return self.query_one("#export-path", Input).value.strip() or None
