"""Where worker errors surface: one `Worker.StateChanged` handler for the whole app.

Every blocking call runs in a thread worker with `exit_on_error=False`, so an
exception ends the worker, not the app. Textual posts `Worker.StateChanged` to
the node that owns the worker (it does not bubble), so the app and each screen
mix in `WorkerErrors`; its single handler shows what went wrong:

- a `RehearseError` (no microphone, disk full, a bad scenario) is something the
  user can fix: its one line goes into a notification and the app carries on;
- anything else is a bug in rehearse: a modal names it and where the traceback
  was logged, because a silent failure during a rehearsal is the worst outcome.

A screen that must also reset its own state (the practice screen after a failed
start) overrides `worker_failed`.
"""

from __future__ import annotations

import logging
import traceback
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static
from textual.worker import Worker, WorkerState

from rehearse.errors import RehearseError

if TYPE_CHECKING:
    from textual.app import App

log = logging.getLogger("rehearse.ui")

NOTIFY_S = 12
"""Long enough to read a one-line device error while still speaking to the room."""


class ErrorModal(ModalScreen[None]):
    """A problem the user must see before carrying on (a bug, or a lost take)."""

    BINDINGS = [Binding("escape,enter", "dismiss", "Close")]

    def __init__(self, title: str, message: str) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text, self.message = title, message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="dialog-title")
            yield Static(self.message, classes="dialog-body", markup=False)
            yield Button("Close", id="close", variant="primary")

    def on_button_pressed(self) -> None:
        self.dismiss()


def show_error(app, error: BaseException, doing: str) -> None:
    """Tell the user about `error`, raised while `doing` (a worker's description)."""
    if isinstance(error, RehearseError):
        app.notify(str(error), title=f"Problem {doing}" if doing else "Problem", severity="error", timeout=NOTIFY_S)
        return
    detail = "".join(traceback.format_exception(error)).rstrip()
    log.error("bug while %s:\n%s", doing, detail)
    app.push_screen(ErrorModal(
        "Something went wrong inside rehearse",
        f"While {doing or 'working'}: {type(error).__name__}: {error}\n\n"
        "Your recordings are safe on disk. Please report this with the steps that led to it.",
    ))


class WorkerErrors:
    """Mixin for the App and screens: the one Worker.StateChanged handler."""

    if TYPE_CHECKING:
        app: App[Any]

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if event.state is not WorkerState.ERROR or worker.error is None:
            return
        self.worker_failed(worker, worker.error)
        show_error(self.app, worker.error, worker.description or worker.name)

    def worker_failed(self, worker: Worker, error: BaseException) -> None:
        """Hook for screens that must reset state when one of their workers fails."""
