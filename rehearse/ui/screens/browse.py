"""The takes browser: every take grouped by scenario, team and speaker; open, compare, tidy up.

A syndicate records several takes and must pick and improve the best one, so
this screen is where they find their takes (filter by any name or id, sort by
date, length, pace or score), mark two or more (space) and compare them, or
open one: report (enter), replay (r), instructor review (v), HTML (x).
Relabel (e) fixes a take recorded under the wrong name; delete (d) moves a take
to the trash after asking (nothing is destroyed, and u puts it back).

The library is read by the store's `browse()` in a worker (it never analyses,
so it is instant); a take without a report is analysed when opened, with the
app's model. Focus starts on the tree: `/` goes to the filter, enter or escape
comes back, so single-letter keys never type into the filter by accident.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static, Tree

from rehearse.core.catalog import SORTS, filter_takes, group_takes, sort_takes
from rehearse.core.timing import clock
from rehearse.errors import StorageError
from rehearse.ui.errors import WorkerErrors
from rehearse.ui.screens.dialogs import ConfirmModal, RelabelModal
from rehearse.ui.screens.take_actions import TakeActions, report_for
from rehearse.ui.widgets.library_tree import TakesTree, header_text

if TYPE_CHECKING:
    from textual import getters

    from rehearse.core.report_model import Report
    from rehearse.core.review import Review
    from rehearse.store import Take
    from rehearse.ui.app import RehearseApp


def _summary(entry):
    """The `TakeSummary` of a `LibraryEntry`: the store's filter/sort/group wrappers, without
    importing the store (and numpy with it) on the UI thread when the screen opens."""
    return entry.summary


class TakesBrowser(TakeActions, WorkerErrors, Screen):
    if TYPE_CHECKING:
        app = getters.app(RehearseApp)

    AUTO_FOCUS = "#library"
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("slash", "filter", "Filter"),
        Binding("s", "sort", "Sort"),
        Binding("S", "reverse", "Reverse", show=False),
        Binding("c", "compare", "Compare"),
        Binding("r", "open('replay')", "Replay"),
        Binding("v", "open('review')", "Review"),
        Binding("x", "open('export')", "HTML"),
        Binding("e", "relabel", "Relabel"),
        Binding("d,delete", "delete", "Delete"),
        Binding("u", "undo", "Undelete", show=False),
    ]

    @dataclass
    class Loaded(Message):
        entries: list
        problems: list[str]

    @dataclass
    class Opened(Message):
        take: Take
        report: Report
        note: str
        review: Review
        target: str

    def __init__(self) -> None:
        super().__init__()
        self.entries: list = []
        self.shown: list = []
        self.marked: set[str] = set()
        self.sort_by, self.reverse = "date", False
        self.trashed: list = []
        """Trash items deleted from this screen, newest last: what `u` restores."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(id="library-filter", placeholder="/ filter: speaker, team, title or take id", compact=True)
        yield Static(header_text(), id="library-header")
        yield TakesTree("takes", id="library")
        yield Static("", id="library-status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = "takes library"

    def on_screen_resume(self) -> None:
        self.load_library()  # first show, or back from a review or a relabel: verdicts may have changed

    # --- loading and showing ------------------------------------------------------------
    @work(thread=True, group="library", exclusive=True, exit_on_error=False, description="reading the takes library")
    def load_library(self) -> None:
        entries, problems = self.app.services.browse()
        self.post_message(self.Loaded(entries, problems))

    def on_takes_browser_loaded(self, msg: Loaded) -> None:
        self.entries = msg.entries
        paths = {e.summary.path for e in msg.entries}
        self.marked &= paths
        self.refresh_tree()
        if msg.problems:
            self.notify("\n".join(msg.problems[:3]), title="Some take files are damaged", severity="warning")

    def refresh_tree(self) -> None:
        text = self.query_one("#library-filter", Input).value
        shown = filter_takes(self.entries, text=text or None, get=_summary)
        self.shown = sort_takes(shown, self.sort_by, self.reverse, get=_summary)
        self.query_one(TakesTree).show(group_takes(self.shown, get=_summary), self.marked)
        order = f"{self.sort_by}{' (reversed)' if self.reverse else ''}"
        status = (f"{len(self.shown)} of {len(self.entries)} takes · sorted by {order} · "
                  f"{len(self.marked)} marked (space) · c compares · u undoes a delete")
        if not self.entries:
            status = "No takes yet: practise on the home screen, or `rehearse import` a recording."
        self.query_one("#library-status", Static).update(status)

    @on(Input.Changed, "#library-filter")
    def _filtered(self) -> None:
        self.refresh_tree()

    @on(Input.Submitted, "#library-filter")
    def _filter_done(self) -> None:
        self.query_one(TakesTree).focus()

    def action_filter(self) -> None:
        self.query_one("#library-filter", Input).focus()

    def action_back(self) -> None:
        if self.focused is self.query_one("#library-filter"):
            self.query_one(TakesTree).focus()
        else:
            self.app.pop_screen()

    def action_sort(self) -> None:
        self.sort_by = SORTS[(SORTS.index(self.sort_by) + 1) % len(SORTS)]
        self.refresh_tree()

    def action_reverse(self) -> None:
        self.reverse = not self.reverse
        self.refresh_tree()

    # --- marking and comparing ----------------------------------------------------------
    def action_mark(self) -> None:
        tree = self.query_one(TakesTree)
        entries = tree.entries_under_cursor()
        if not entries:
            return
        paths = {e.summary.path for e in entries}
        if paths <= self.marked:
            self.marked -= paths
        else:
            self.marked |= paths
        self.refresh_tree()
        if len(entries) == 1:
            self.call_after_refresh(tree.action_cursor_down)

    def action_compare(self) -> None:
        chosen = [e for e in self.entries if e.summary.path in self.marked]
        if len(chosen) < 2:
            chosen = self.query_one(TakesTree).entries_under_cursor()
        if len(chosen) < 2:
            self.notify("Mark two or more takes with space (or put the cursor on a speaker or team), then press c.",
                        severity="warning")
            return
        from rehearse.ui.screens.compare import CompareScreen

        self.app.push_screen(CompareScreen(chosen, self.entries))

    # --- one take -----------------------------------------------------------------------
    def _one(self):
        entries = self.query_one(TakesTree).entries_under_cursor()
        if len(entries) != 1:
            self.notify("Put the cursor on a take first.", severity="warning")
            return None
        return entries[0]

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        if event.node.data is not None and not isinstance(event.node.data, list):
            self.action_open("report")

    def action_open(self, target: str) -> None:
        entry = self._one()
        if entry is not None:
            self.notify(f"Opening {entry.take.id}…", timeout=3)
            self.open_take(entry, target)

    @work(thread=True, group="open", exclusive=True, exit_on_error=False, description="opening the take")
    def open_take(self, entry, target: str) -> None:
        report, note = report_for(self.app, entry.take)
        review = self.app.services.load_review(entry.take)
        self.post_message(self.Opened(entry.take, report, note, review, target))

    def on_takes_browser_opened(self, msg: Opened) -> None:
        self.open_as(msg.target, msg.take, msg.report, msg.review, msg.note)

    # --- relabel, delete, undo ----------------------------------------------------------
    def action_relabel(self) -> None:
        entry = self._one()
        if entry is not None:
            def relabelled(labels: dict[str, str] | None) -> None:
                if labels is not None:
                    self.relabel(entry.take, labels)

            self.app.push_screen(RelabelModal(entry.take), relabelled)

    @work(thread=True, group="store", exit_on_error=False, description="relabelling the take")
    def relabel(self, take, labels: dict) -> None:
        done = self.app.services.relabel(take, **labels)
        self.app.call_from_thread(self.notify, f"{done.id} relabelled", timeout=4)
        self.app.call_from_thread(self.load_library)

    def action_delete(self) -> None:
        entry = self._one()
        if entry is None:
            return
        s = entry.summary
        who = ", ".join(x for x in (s.speaker, s.team) if x) or "no speaker"
        message = (f"{s.id}\n{who} · {s.date} · {s.duration_text}\n\nThe take goes to the trash folder "
                   "(recordings/.trash); nothing is destroyed, and u on this screen brings it back.")
        def confirmed(yes: bool | None) -> None:
            if yes:
                self.delete(entry.take)

        self.app.push_screen(ConfirmModal("Move this take to the trash?", message, ok="Move to trash"), confirmed)

    @work(thread=True, group="store", exit_on_error=False, description="moving the take to the trash")
    def delete(self, take) -> None:
        dest = self.app.services.trash_take(take)
        self.trashed.append((take, dest))
        self.app.call_from_thread(self.notify, f"{take.id} moved to the trash ({dest}); press u to undo",
                                  timeout=10)
        self.app.call_from_thread(self.load_library)

    def action_undo(self) -> None:
        if not self.trashed:
            self.notify("Nothing deleted from this screen to bring back.", severity="warning")
            return
        self.undelete(*self.trashed.pop())

    @work(thread=True, group="store", exit_on_error=False, description="restoring the take from the trash")
    def undelete(self, take, dest) -> None:
        root = dest.parent.parent.parent  # recordings/.trash/<scenario>/<take>
        item = next((t for t in self.app.services.list_trash(root) if t.path == dest), None)
        if item is None:
            raise StorageError(f"{dest} is no longer in the trash")
        back = self.app.services.restore_take(item, root)
        self.app.call_from_thread(self.notify, f"{back.id} is back ({clock(back.duration)})", timeout=5)
        self.app.call_from_thread(self.load_library)
