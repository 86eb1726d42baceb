"""Compare: two or more takes side by side, what changed, the transcript diff, progress, the best take.

The question a syndicate asks between takes is "what did this attempt change,
and which one do we take forward", so the first tab is the metrics table with
deltas against the previous take (green better, red worse), the plain
sentences from `rehearse.core.compare` ("take 3 lost the ask; gained a third
example") and the suggested best take with why. Tab 2 marks the words added
and dropped between consecutive takes; tab 3 charts every analysed take of
the same speaker (or team) against the limit, the pace band, fillers and the
checklist, so the instructor sees whether rehearsing is paying off.

Takes are put oldest first, as `rehearse compare` does, so "take 3" means the
third attempt. A take without a report is analysed first, in the worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static, TabbedContent, TabPane

from rehearse.core.compare import Compared, Comparison, compare_takes
from rehearse.core.metrics import take_metrics
from rehearse.core.progress import Progress, progress
from rehearse.core.textdiff import transcript_words
from rehearse.core.timing import clock
from rehearse.ui.errors import WorkerErrors
from rehearse.ui.screens.take_actions import report_for
from rehearse.ui.widgets.compare_view import (
    delta_cell,
    diff_heading,
    diff_rich,
    progress_rows,
    row_name,
    short_value,
)

if TYPE_CHECKING:
    from textual import getters

    from rehearse.core.report_model import Report
    from rehearse.ui.app import RehearseApp


def _when(entry) -> tuple[str, str]:
    return (entry.take.started_at or entry.take.id, entry.take.id)


def progress_scope(chosen: list, everyone: list) -> tuple[str, list]:
    """Every take of the chosen takes' speaker (or else team) in their scenario, and a name for it."""
    s0 = chosen[0].summary
    same = lambda attr: all(getattr(e.summary, attr) == getattr(s0, attr) for e in chosen)  # noqa: E731
    for attr, name in (("speaker", s0.speaker), ("team", s0.team)):
        if name and same(attr) and same("scenario"):
            group = [e for e in everyone if getattr(e.summary, attr) == name and e.summary.scenario == s0.scenario]
            return f"every take of {name} ({s0.scenario})", sorted(group, key=_when)
    return "the compared takes", sorted(chosen, key=_when)


class CompareScreen(WorkerErrors, Screen):
    if TYPE_CHECKING:
        app = getters.app(RehearseApp)

    BINDINGS = [
        Binding("1", "tab('cmp-side')", "Side by side"),
        Binding("2", "tab('cmp-diff')", "Transcript diff"),
        Binding("3", "tab('cmp-progress')", "Progress"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    @dataclass
    class Ready(Message):
        legend: Text
        comparison: Comparison
        progress: Progress
        scope: str

    def __init__(self, chosen: list, everyone: list) -> None:
        super().__init__()
        self.chosen = sorted(chosen, key=_when)
        self.everyone = everyone
        self.comparison: Comparison | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(initial="cmp-side", id="compare-tabs"):
            with TabPane("Side by side (1)", id="cmp-side"), VerticalScroll(classes="compare-scroll"):
                yield Static(Text("Comparing…", style="dim"), id="compare-legend")
                yield DataTable(id="compare-table", cursor_type="none", zebra_stripes=True)
                yield Static(id="compare-changes")
            with TabPane("Transcript diff (2)", id="cmp-diff"), VerticalScroll(classes="compare-scroll"):
                yield Static(id="compare-diff")
            with TabPane("Progress (3)", id="cmp-progress"), VerticalScroll(classes="compare-scroll"):
                yield Static(id="compare-progress")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"compare {len(self.chosen)} takes"
        self.prepare()

    def action_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        self.query_one(f"#{tab} .compare-scroll").focus()  # up/down/page keys scroll what is shown

    @work(thread=True, group="compare", exclusive=True, exit_on_error=False, description="comparing the takes")
    def prepare(self) -> None:
        from rehearse.store.drills import drills_after

        items, legend = [], Text()
        fresh: dict[str, Report] = {}
        for n, entry in enumerate(self.chosen, 1):
            report = entry.typed or report_for(self.app, entry.take)[0]
            fresh[entry.summary.path] = report
            drills = drills_after(entry.take.id)  # the questions faced after the take: compare's "Drill" row
            items.append(Compared(f"take {n}", take_metrics(report, entry.review), transcript_words(report),
                                  entry.take.started_at, drills[-1] if drills else None))
            s = entry.summary
            who = ", ".join(x for x in (s.speaker, s.team) if x) or "no speaker"
            legend.append(f"take {n}", style="bold")
            legend.append(f"  {s.date}  {who}  {clock(s.duration_s)}  {s.id}\n", style="dim")
        scope, group = progress_scope(self.chosen, self.everyone)
        points = []
        for e in group:
            report = fresh.get(e.summary.path, e.typed)
            if report is not None:
                label = e.summary.date[5:] or e.summary.id
                points.append(Compared(label, take_metrics(report, e.review), (), e.take.started_at))
        self.post_message(self.Ready(legend, compare_takes(items), progress(points), scope))

    def worker_failed(self, worker, error: BaseException) -> None:
        """A take that cannot be analysed (no audio, no model): say so where the table would be."""
        self.query_one("#compare-legend", Static).update(Text(f"Cannot compare: {error}", style="bold red"))

    def on_compare_screen_ready(self, msg: Ready) -> None:
        cmp = self.comparison = msg.comparison
        self.query_one("#compare-legend", Static).update(msg.legend)
        table = self.query_one("#compare-table", DataTable)
        table.clear(columns=True)
        table.add_column("")
        for i, label in enumerate(cmp.labels):
            table.add_column(Text(("★ " if i == cmp.best else "") + label, style="bold"), key=label)
        for row in cmp.rows:
            name, values = row_name(row), [short_value(row.name, v) for v in row.values]
            table.add_row(Text(name, style="bold" if not row.name.startswith(" ") else ""),
                          *(delta_cell(v, d, b, i == cmp.best)
                            for i, (v, d, b) in enumerate(zip(values, row.deltas, row.better, strict=True))))
        changes = Text()
        changes.append("What changed\n", style="bold")
        for sentence in cmp.changes:
            changes.append(f" • {sentence}.\n")
        changes.append("\nSuggested best take\n", style="bold")
        changes.append(f" ★ {cmp.best_reason}.\n", style="bold green")
        self.query_one("#compare-changes", Static).update(changes)
        diff = Text()
        for i, parts in enumerate(cmp.diffs, 1):
            diff.append_text(diff_heading(cmp.labels[i - 1], cmp.labels[i], parts) if parts else
                             Text(f"{cmp.labels[i - 1]} → {cmp.labels[i]}: no transcript to compare", style="dim"))
            diff.append("\n")
            if parts:
                diff.append_text(diff_rich(parts))
                diff.append("\n\n")
        diff.append("[-struck, red-] only in the earlier take · {+green+} only in the later one", style="dim")
        self.query_one("#compare-diff", Static).update(diff)
        prog = Text.assemble((f"Progress over {msg.scope}\n\n", "bold"))
        prog.append_text(progress_rows(msg.progress.points))
        prog.append("\n")
        for line in msg.progress.lines:
            prog.append(f" • {line}\n")
        self.query_one("#compare-progress", Static).update(prog)
