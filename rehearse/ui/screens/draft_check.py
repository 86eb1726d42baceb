"""Check a script draft from the app: the same check as `rehearse script`, before a word is said.

The speaker pastes or types the draft into the text area, or names its file above it
(→ completes the path, Enter loads it into the text area so it can be edited there).
ctrl+r checks what the text area holds. The check is the CLI's, through the same
function (`rehearse.session.script.check_draft`) and shown in the same words
(`rehearse.render.script.render_script_check`): content verdicts with the clauses that
decided them, the forecast with its range and card at the speaker's own pace, where to
cut, and the wording to fix. A draft that came from a file can be kept as the script of
the next take (ctrl+t fills the home screen's Script field).

A bad file or text (missing, a folder, binary, not UTF-8, empty, over 1 MB) is one red
line under the path, and whatever the text area held stays there. Reading and judging
(spaCy's first load takes seconds) run in a named thread worker.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.suggester import Suggester
from textual.widgets import Footer, Header, Input, Label, Static, TextArea
from textual.worker import get_current_worker

from rehearse.errors import RehearseError
from rehearse.ui.errors import WorkerErrors

if TYPE_CHECKING:
    from rehearse.core.scenario import Scenario
    from rehearse.core.script import ScriptCheck

PASTED = "pasted draft"
"""The name a draft typed or pasted into the app goes by (it is read as Markdown, like a .md file:
plain text reads the same either way, and headings and bullets are not counted as words)."""
DRAFT_SUFFIXES = (".md", ".markdown", ".txt")
"""Files the path completion offers first: what `rehearse script` reads."""


def complete_path(value: str) -> str | None:
    """`value` completed from what is in its folder: folders end in '/', drafts come before other
    files, hidden files only when asked for; None when nothing there starts so."""
    if not value.strip():
        return None
    typed = Path(value).expanduser()
    folder, stem = (typed, "") if value.endswith(os.sep) else (typed.parent, typed.name)
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(stem)
                   and (stem.startswith(".") or not e.name.startswith("."))]
    except OSError:
        return None
    if not entries:
        return None

    def rank(e: os.DirEntry[str]) -> tuple[int, str]:
        return (0 if e.name.lower().endswith(DRAFT_SUFFIXES) else 1 if e.is_dir() else 2, e.name)

    best = min(entries, key=rank)
    return value + best.name[len(stem):] + (os.sep if best.is_dir() else "")


class PathSuggester(Suggester):
    """Shows `complete_path` after the cursor as the path is typed (→ takes it; Enter loads what is shown)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return complete_path(value)


def check_view(check: ScriptCheck, title: str) -> Group:
    """The CLI's words, coloured (what passes green, what does not red, headings bold), each line
    wrapped under its own indent so a long quote stays beside its mark in a narrow panel."""
    from rehearse.render.script import render_script_check

    lines = []
    for line in render_script_check(check, title).splitlines():
        bare = line.lstrip()
        style = ("bold red" if bare.startswith(("✗", "Verdict: not")) else
                 "bold green" if bare.startswith("Verdict: ready") else "green" if bare.startswith("✓") else
                 "bold" if bare == line and line else "")
        lines.append(Padding(Text(bare, style=style), (0, 0, 0, len(line) - len(bare))))
    return Group(*lines)


class DraftCheckScreen(WorkerErrors, Screen[str | None]):
    """Paste or load a draft, see its check; escape goes back to the home screen."""

    AUTO_FOCUS = "#draft-text"
    BINDINGS = [
        Binding("ctrl+r", "check", "Check the draft"),
        Binding("ctrl+t", "use", "Use for practice"),
        Binding("escape", "back", "Back"),
    ]

    @dataclass
    class Checked(Message):
        """A draft checked in the worker: from `source` (a file, or '' when typed), with `text` when
        loaded from that file (to put in the text area), else None."""

        check: ScriptCheck
        source: str
        text: str | None

    @dataclass
    class Refused(Message):
        """Why a file or text could not be checked, in one line."""

        problem: str

    def __init__(self, scenario: Scenario, speaker: str = "", path: str = "") -> None:
        super().__init__()
        self.scenario = scenario
        self.speaker = speaker.strip() or None
        self.first_path = path
        self.source = ""
        """The file the text area was loaded from ('' for a typed or pasted draft)."""
        self.loaded = ""
        """The text as loaded from `source`: once edited, the draft is no longer that file."""
        self.check: ScriptCheck | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="draft-file"):
            yield Label("Draft file")
            yield Input(self.first_path, id="draft-path", compact=True, suggester=PathSuggester(),
                        placeholder="path to a .md or .txt draft: → completes, Enter loads it; or paste below")
        yield Static("", id="draft-note")
        with Horizontal(id="draft-main"):
            yield TextArea(id="draft-text", classes="panel", soft_wrap=True, tab_behavior="focus",
                           placeholder="Paste or type the draft here, then ctrl+r to check it (shift+tab: give a file path above).")
            with VerticalScroll(id="draft-result", classes="panel"):
                yield Static(Text("The check appears here: content, forecast, where to cut, language.",
                                  style="dim"), id="draft-report")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#draft-text").border_title = "Draft"
        self.query_one("#draft-result").border_title = "Check"
        self.sub_title = "check a draft" + (f" at {self.speaker}'s pace" if self.speaker else "")
        if self.first_path:
            self.load(self.first_path)

    def _note(self, text: str, style: str = "dim") -> None:
        self.query_one("#draft-note", Static).update(Text(text, style=style))

    @on(Input.Submitted, "#draft-path")
    def _path_given(self, event: Input.Submitted) -> None:
        path = event.value.strip()
        if path and not Path(path).expanduser().exists():  # load what the completion shows, not the stub
            path = complete_path(path) or path
            event.input.value = path
        if path:
            self.load(path)
        else:
            self._note("Give the path of a draft file, or paste the draft below.", "bold red")

    def load(self, path: str) -> None:
        self._note(f"reading and checking {path}…")
        self.run_check(path=path)

    def action_check(self) -> None:
        text = self.query_one("#draft-text", TextArea).text
        if not text.strip():
            self._note("Paste or type a draft first, or give its file above.", "bold red")
            return
        self._note("checking… (the first check of a session loads the language model: a few seconds)")
        self.run_check(text=text, source=self.source if text == self.loaded else "")

    @work(thread=True, group="draft-check", exclusive=True, exit_on_error=False, description="checking a draft")
    def run_check(self, path: str = "", text: str = "", source: str = "") -> None:
        """Read `path` (then check it as that file), or check `text` (as `source`, else as pasted)."""
        from rehearse.core.script import decode_draft, parse_draft
        from rehearse.session.script import check_draft
        from rehearse.store.script import read_script_file

        loaded = None
        try:
            if path:
                source = str(Path(path).expanduser())
                text = loaded = read_script_file(source)
            else:
                text = decode_draft(text.encode("utf-8"), source or PASTED)  # the file rules: size, binary
            draft = parse_draft(text, name=source or PASTED, markdown=None if source else True)
            check = check_draft(draft, self.scenario, self.speaker)
        except RehearseError as exc:
            message: Message = self.Refused(" ".join(str(exc).split()))
        else:
            message = self.Checked(check, source, loaded)
        if not get_current_worker().is_cancelled:  # a newer check replaced this one
            self.post_message(message)

    def on_draft_check_screen_refused(self, msg: Refused) -> None:
        self._note(msg.problem, "bold red")

    def on_draft_check_screen_checked(self, msg: Checked) -> None:
        if msg.text is not None:
            self.query_one("#draft-text", TextArea).load_text(msg.text)
            self.source, self.loaded = msg.source, msg.text
        elif not msg.source:
            self.source = self.loaded = ""
        self.check = msg.check
        verdict = "ready to rehearse" if not msg.check.problems else f"{len(msg.check.problems)} thing(s) to fix"
        self._note(f"checked {msg.source or PASTED}: {verdict}", "green" if not msg.check.problems else "yellow")
        self.query_one("#draft-report", Static).update(check_view(msg.check, self.scenario.title))
        self.query_one("#draft-result", VerticalScroll).scroll_home(animate=False)

    def action_use(self) -> None:
        """Keep the draft's file as the script of the next take (the home screen's Script field)."""
        text = self.query_one("#draft-text", TextArea).text
        if not self.source or text != self.loaded:
            self._note("A take keeps its script from a file: save this draft as .md or .txt and give its "
                       "path above.", "bold red")
            return
        self.dismiss(self.source)

    def action_back(self) -> None:
        self.dismiss(None)
