"""Offering to recover takes a crash left behind.

A take whose recorder died (terminal closed, power cut, killed process) is still
a raw `.part` file on disk. Recovering it turns it into a normal FLAC take marked
"recovered". We ask first rather than doing it silently, so the user knows why
an unfamiliar take appears in the list, and they may prefer to leave it to an
instructor; "Not now" leaves the files untouched for the next start.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from rehearse.core.timing import clock

LISTED = 8
"""Takes named in the dialog; more are summarised as a count so the dialog fits the screen."""


def _describe(take) -> str:
    who = take.speaker or take.team or "unnamed speaker"
    size = take.part_path.stat().st_size if take.part_path.exists() else 0
    seconds = take.duration or size / 2 / (take.sample_rate or 16000)
    return f"{take.id}  ({who}, about {clock(seconds)} recorded)"


class RecoverModal(ModalScreen[bool]):
    BINDINGS = [Binding("escape", "dismiss(False)", "Not now"), Binding("y", "dismiss(True)", "Recover")]
    AUTO_FOCUS = "#recover"

    def __init__(self, takes: list) -> None:
        super().__init__(classes="dialog-screen")
        self.takes = takes

    def compose(self) -> ComposeResult:
        n = len(self.takes)
        body = Text(f"{n} take{'s were' if n > 1 else ' was'} interrupted before it was saved "
                    "(the app or the computer stopped while recording). The audio is on disk.\n\n")
        for take in self.takes[:LISTED]:
            body.append(f" • {_describe(take)}\n")
        if n > LISTED:
            body.append(f" • and {n - LISTED} more\n")
        body.append("\nRecover now? Each becomes a normal take marked “recovered”.")
        with Vertical(classes="dialog"):
            yield Static("Interrupted takes found", classes="dialog-title")
            yield Static(body, classes="dialog-body")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Recover (y)", id="recover", variant="primary")
                yield Button("Not now (esc)", id="later")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "recover")
