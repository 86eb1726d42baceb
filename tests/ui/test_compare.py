"""Compare screen on real reports: deltas, gained/lost sentences, transcript diff, progress, best take."""

from __future__ import annotations

import copy

from textual.widgets import DataTable

from rehearse.ui.app import build_app
from rehearse.ui.screens.browse import TakesBrowser
from rehearse.ui.screens.compare import CompareScreen, progress_scope
from rehearse.ui.widgets.compare_view import short_value
from rehearse.ui.widgets.library_tree import TakesTree
from tests.ui.conftest import SCREEN, SHOTS, library_report, screen_text, wait_for


def with_examples(name: str, count: int) -> dict:
    """A real report with the examples element judged `count` (as a take with fewer examples gives)."""
    r = copy.deepcopy(library_report(name))
    ex = r["rubric"]["examples"]
    ex["count"], ex["found"] = count, count >= ex["min"]
    ex["evidence"] = ex["evidence"][:count]
    return r


async def test_marked_takes_compare_side_by_side_with_what_changed(fake_services, make_take):
    make_take("short", day=1)
    make_take(with_examples("complete", 2), day=2)
    make_take(with_examples("no_ask", 3), day=3)
    make_take("fillers", speaker="Jonas", day=4)  # not marked, and not in Amina's progress
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        await pilot.pause()
        await pilot.press("t")
        tree = app.screen.query_one(TakesTree)
        await wait_for(pilot, lambda: len(list(tree.take_nodes())) == 4 and tree.cursor_node is not None)
        await pilot.press("c")  # one take under the cursor: nothing to compare yet
        await wait_for(pilot, lambda: app._notifications)
        assert isinstance(app.screen, TakesBrowser)
        amina = [n for n in tree.take_nodes() if n.data.summary.speaker == "Amina"]
        for node in amina:
            tree.move_cursor(node)
            await pilot.press("space")
        await wait_for(pilot, lambda: len(app.screen.marked) == 3)
        await pilot.press("c")
        await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.comparison)
        screen = app.screen
        changes = " ".join(screen_text(screen.query_one("#compare-changes")).split())
        assert "take 3 lost the ask; gained a third example" in changes
        assert "take 2 gained the why and the how; gained 2 examples (now 2)" in changes
        assert "Suggested best take" in changes and "is the best take" in changes
        table = screen.query_one("#compare-table", DataTable)
        assert len(table.columns) == 4 and table.row_count == 14
        cells = {str(row[0]).strip(): [str(c) for c in row[1:]] for row in map(table.get_row_at, range(14))}
        assert cells["A clear ask of the Force Comman…"] == ["yes", "yes", "✘ no  lost ▼"]
        assert cells["Fillers"][1:] == ["0", "0"] and cells["Pace"][0] == "168 wpm in band"
        await pilot.press("2")
        diff = screen_text(screen.query_one("#compare-diff"))
        assert "take 1 → take 2" in diff and "take 2 → take 3" in diff and "{+" in diff and "[-" in diff
        await pilot.press("3")
        prog = screen_text(screen.query_one("#compare-progress"))
        assert "Progress over every take of Amina (minusma-gender)" in prog
        assert "Rubric coverage: 1/4 → 3/4 over 3 takes" in prog and "Jonas" not in prog
        app.save_screenshot(path=SHOTS, filename="compare-progress.svg")


def test_progress_scope_is_the_speaker_then_the_team_then_the_takes_themselves(fake_services, make_take):
    from rehearse.store.library import browse

    make_take("short", speaker="Amina", day=1)
    make_take("complete", speaker="Amina", day=2)
    make_take("no_ask", speaker="Jonas", day=3)
    make_take("fillers", speaker="Bob", team="Syndicate 1", day=4)
    entries = browse()[0]
    by = {e.summary.speaker + str(e.summary.date): e for e in entries}
    amina = [e for e in entries if e.summary.speaker == "Amina"]
    name, group = progress_scope(amina, entries)
    assert name == "every take of Amina (minusma-gender)" and len(group) == 2
    mixed = [amina[0], next(e for e in entries if e.summary.speaker == "Jonas")]
    name, group = progress_scope(mixed, entries)
    assert name == "every take of Syndicate 3 (minusma-gender)" and len(group) == 3
    teams = [amina[0], next(e for e in entries if e.summary.speaker == "Bob")]
    assert progress_scope(teams, entries)[0] == "the compared takes" and by


def test_table_cells_stay_short():
    assert short_value("Pace", "151 wpm (in band 110-170)") == "151 wpm in band"
    assert short_value("Pace", "185 wpm (too fast 110-170)") == "185 wpm too fast"
    assert short_value("  A clear ask", "no") == "✘ no"
    assert short_value("Duration", "4:32 of 5:00") == "4:32 of 5:00"
