"""The takes library as a tree: scenario, team, speaker, then one aligned row per take.

A tree rather than a flat table because a syndicate looks for "our takes",
then "Amina's takes", and compares inside that group; collapsing the other
teams keeps a whole course's takes on one screen. Takes are always at the same
depth, so their labels are fixed-width columns that line up under the header
that `header_text` builds. Space marks takes for compare (a ✓ in the first
column); the marks are kept by take folder, so they survive a re-sort.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import Tree

from rehearse.core.catalog import NO_SPEAKER
from rehearse.render.terminal import CARD_STYLE
from rehearse.ui.widgets.report_view import VERDICT_STYLE

TAKE_INDENT = 12
"""Cells of tree guides before a take's label (three levels of groups, guide_depth 4): the
header is indented by this much so its columns sit over the rows."""
COLUMNS = (("", 2), ("Date", 17), ("Length", 7), ("Card", 7), ("Pace", 9), ("Checklist", 21),
           ("Marks", 10), ("Verdict", 18), ("Title", 0))
"""(title, width) of each column of a take row; 0 = the rest of the line."""
MARK_STYLE = {"recovered": "yellow", "interrupted": "bold yellow", "imported": "cyan"}


def _cell(text: str, width: int, style: str = "") -> Text:
    if width:
        text = text[: width - 1].ljust(width) if len(text) >= width else text.ljust(width)
    return Text(text, style=style)


def take_label(summary, marked: bool = False) -> Text:
    """One take row: mark, date, length, card, pace, checklist, marks, verdict, title (cut at the edge)."""
    m = summary.metrics
    card = m.card if m.has_report else "—"
    verdict = " · ".join(x for x in (summary.verdict, summary.grade) if x)
    parts = [
        _cell("✓" if marked else "·", 2, "bold green" if marked else "dim"),
        _cell(summary.date, 17),
        _cell(summary.duration_text, 7),
        _cell("ok" if card == "none" else card, 7, CARD_STYLE.get(card, "") if card != "none" else "green"),
        _cell(summary.pace_text, 9, "" if m.pace_in_band else "yellow"),
        _cell(summary.rubric_text, 21, "green" if m.has_report and not m.missing else "yellow"),
        _cell(" ".join(summary.marks), 10, MARK_STYLE.get(summary.marks[0], "") if summary.marks else ""),
        _cell(verdict, 18, VERDICT_STYLE.get(summary.verdict.strip().lower(), "")),
    ]
    if summary.problem:
        parts.append(Text("⚠ damaged file ", style="bold red"))
    if summary.title:
        parts.append(Text(summary.title, style="italic"))
    return Text.assemble(*parts, no_wrap=True, overflow="ellipsis")


def header_text() -> Text:
    return Text(" " * TAKE_INDENT + "".join(t.ljust(w) if w else t for t, w in COLUMNS), style="bold")


def group_label(name: str, entries: list, unit: str = "take") -> Text:
    n = len(entries)
    analysed = [e.summary.metrics for e in entries if e.summary.metrics.has_report]
    best = max((m.covered for m in analysed), default=None)
    extra = f" · best checklist {best}/{len(analysed[0].rubric)}" if analysed and analysed[0].rubric else ""
    style = "dim" if name == NO_SPEAKER else "bold"
    return Text.assemble((name, style), (f"  {n} {unit}{'s' if n != 1 else ''}{extra}", "dim"))


class TakesTree(Tree):
    """Groups and takes; a take node's `data` is its `LibraryEntry`, a group's is a list of them."""

    BINDINGS = [
        Binding("space", "screen.mark", "Mark"),
        Binding("enter", "select_cursor", "Report"),
    ]
    """Space marks (the screen keeps the marks); groups still open and close with enter or a click."""

    def show(self, groups: dict, marked: set[str]) -> None:
        """Rebuild from `group_entries` output, group names A-Z, takes in the order given.

        The cursor stays on the take it was on (re-sorting or marking must not lose
        the user's place), else goes to the first take.
        """
        was = self.cursor_node.data if self.cursor_node is not None else None
        was_path = was.summary.path if was is not None and not isinstance(was, list) else None
        self.clear()
        self.show_root = False
        self.guide_depth = 4
        for scenario, teams in sorted(groups.items()):
            everyone = [e for speakers in teams.values() for items in speakers.values() for e in items]
            s_node = self.root.add(group_label(scenario, everyone), data=everyone, expand=True)
            for team, speakers in sorted(teams.items(), key=lambda kv: kv[0].casefold()):
                members = [e for items in speakers.values() for e in items]
                t_node = s_node.add(group_label(team, members), data=members, expand=True)
                for speaker, items in sorted(speakers.items(), key=lambda kv: kv[0].casefold()):
                    p_node = t_node.add(group_label(speaker, items), data=items, expand=True)
                    for entry in items:
                        p_node.add_leaf(take_label(entry.summary, entry.summary.path in marked), data=entry)
        self.call_after_refresh(self._restore_cursor, was_path)

    def _restore_cursor(self, path: str | None) -> None:
        nodes = list(self.take_nodes())
        target = next((n for n in nodes if n.data.summary.path == path), nodes[0] if nodes else None)
        if target is not None:
            self.move_cursor(target)

    def take_nodes(self):
        """Every take node, top to bottom."""
        stack = list(reversed(self.root.children))
        while stack:
            node = stack.pop()
            if not node.children and not isinstance(node.data, list):
                yield node
            stack.extend(reversed(node.children))

    def entries_under_cursor(self) -> list:
        """The take under the cursor, or every take of the group under it."""
        node = self.cursor_node
        if node is None or node.data is None:
            return []
        return list(node.data) if isinstance(node.data, list) else [node.data]
