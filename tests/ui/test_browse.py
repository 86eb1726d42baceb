"""Takes browser: grouping, filter, sort, relabel in a modal, delete to the trash (asked first), undo.

Takes are made with the store's own import in the private home (see `make_take`),
with real reports, so every row is built from what `rehearse takes` reads.
"""

from __future__ import annotations

from textual.widgets import Input

from rehearse import store
from rehearse.ui.app import build_app
from rehearse.ui.screens.browse import TakesBrowser
from rehearse.ui.screens.dialogs import ConfirmModal, RelabelModal
from rehearse.ui.screens.report import ReportScreen
from rehearse.ui.widgets.library_tree import TakesTree
from tests.ui.conftest import SCREEN, SHOTS, screen_text, wait_for


def rows(app) -> list[str]:
    """Every take row of the tree, top to bottom, as plain text."""
    return [str(n.label) for n in app.screen.query_one(TakesTree).take_nodes()]


def groups(app) -> list[str]:
    tree = app.screen.query_one(TakesTree)
    out, stack = [], list(tree.root.children)
    while stack:
        node = stack.pop(0)
        if isinstance(node.data, list):
            out.append(str(node.label).split("  ")[0])
            stack[:0] = list(node.children)
    return out


async def open_browser(app, pilot, count: int) -> TakesTree:
    await pilot.pause()
    await pilot.press("t")
    await wait_for(pilot, lambda: isinstance(app.screen, TakesBrowser) and len(rows(app)) == count)
    tree = app.screen.query_one(TakesTree)
    await wait_for(pilot, lambda: tree.cursor_node is not None and not isinstance(tree.cursor_node.data, list))
    return tree


def select_take(tree: TakesTree, take) -> None:
    node = next(n for n in tree.take_nodes() if n.data.take.id == take.id)
    tree.move_cursor(node)


async def test_takes_are_grouped_filtered_and_sorted(fake_services, make_take):
    make_take("short", speaker="Amina", day=1)
    make_take("complete", speaker="Amina", day=2)
    make_take("no_ask", speaker="Jonas", day=3)
    make_take("fillers", speaker="Bob", team="Syndicate 1", day=4, title="after feedback")
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        await open_browser(app, pilot, 4)
        assert groups(app) == ["minusma-gender", "Syndicate 1", "Bob", "Syndicate 3", "Amina", "Jonas"]
        amina = [r for r in rows(app) if "2025-03-01" in r or "2025-03-02" in r]
        assert amina[0].startswith("· 2025-03-02 10:00 2:11") and "4/4" in amina[0]  # newest first
        assert "0:31" in amina[1] and "1/4 (no why, how, ex" in amina[1] and "imported" in amina[1]
        assert "after feedback" in next(r for r in rows(app) if "2025-03-04" in r)
        await pilot.press("slash", *"jonas")
        await wait_for(pilot, lambda: len(rows(app)) == 1)
        assert "3/4 (no ask)" in rows(app)[0]
        assert "1 of 4 takes" in screen_text(app.screen.query_one("#library-status"))
        await pilot.press("enter")  # leaves the filter, keeps it
        assert isinstance(app.focused, TakesTree)
        app.screen.query_one("#library-filter", Input).value = ""
        await wait_for(pilot, lambda: len(rows(app)) == 4)
        await pilot.press("s")  # date -> duration, longest first inside each group
        await wait_for(pilot, lambda: "sorted by duration" in screen_text(app.screen.query_one("#library-status")))
        amina = [r for r in rows(app) if "2025-03-01" in r or "2025-03-02" in r]
        assert "2:11" in amina[0] and "0:31" in amina[1]
        await pilot.press("S")
        await wait_for(pilot, lambda: "(reversed)" in screen_text(app.screen.query_one("#library-status")))
        amina = [r for r in rows(app) if "2025-03-01" in r or "2025-03-02" in r]
        assert "0:31" in amina[0]
        app.save_screenshot(path=SHOTS, filename="browse.svg")


async def test_relabel_in_a_modal_moves_the_take_to_its_new_group(fake_services, make_take):
    take = make_take("complete", speaker="Amnia")
    make_take("short", speaker="Jonas", day=2)
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        tree = await open_browser(app, pilot, 2)
        select_take(tree, take)
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, RelabelModal))
        assert app.screen.query_one("#speaker", Input).value == "Amnia"
        app.screen.query_one("#speaker", Input).value = "Amina"
        app.screen.query_one("#title", Input).value = "dress rehearsal"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Amina" in groups(app))
        assert "Amnia" not in groups(app)
    again = store.load_take(take.path)
    assert (again.speaker, again.team, again.title) == ("Amina", "Syndicate 3", "dress rehearsal")
    assert again.id == take.id  # the folder and id stay: exports and reviews refer to them


async def test_delete_asks_first_moves_to_the_trash_and_u_brings_it_back(fake_services, make_take):
    keep = make_take("complete", day=1)
    doomed = make_take("short", day=2)
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        tree = await open_browser(app, pilot, 2)
        select_take(tree, doomed)
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmModal) and bool(app.screen.query(".dialog-body")))
        assert doomed.id in screen_text(app.screen.query_one(".dialog-body"))
        await pilot.press("escape")  # changed their mind: nothing moves
        await wait_for(pilot, lambda: isinstance(app.screen, TakesBrowser))
        assert doomed.path.exists()
        await pilot.press("d")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmModal))
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(rows(app)) == 1)
        trashed = doomed.path.parent.parent / ".trash" / doomed.path.parent.name / doomed.path.name
        assert not doomed.path.exists() and (trashed / "audio.flac").exists() and (trashed / "report.json").exists()
        assert keep.path.exists()
        await pilot.press("u")
        await wait_for(pilot, lambda: len(rows(app)) == 2)
        assert (doomed.path / "report.json").exists() and not trashed.exists()


async def test_enter_opens_the_report_and_a_take_without_one_is_analysed(fake_services, make_take):
    take = make_take(None, audio="sample", speaker="Moussa")
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        tree = await open_browser(app, pilot, 1)
        assert "not analysed" in rows(app)[0]
        tree.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen) and app.screen.moments, timeout=30)
        assert "1:04 / 5:00" in screen_text(app.screen.query_one("#summary"))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, TakesBrowser) and "4/4" in rows(app)[0])
    assert store.load_report(take)["rubric"]["ask"]["found"]
