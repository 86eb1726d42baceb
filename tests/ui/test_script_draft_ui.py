"""Checking a script draft from the app (issue 9, part 1, "opened from the home screen"): `c` on
the home screen, a draft pasted into the text area or loaded from its file, and the same check
as `rehearse script` on screen; every bad file is one red line and the text area keeps its text.

Text only: no speech model is involved (the engine is the fakes' scripted one, never called).
The judge is real, so the first check pays spaCy's load (a few seconds on two busy cores).
"""

from __future__ import annotations

import io

from rich.console import Console
from textual import events
from textual.widgets import Input, Static, TextArea

from rehearse.ui.app import build_app
from rehearse.ui.screens.draft_check import DraftCheckScreen
from rehearse.ui.screens.home import HomeScreen
from tests.test_script_cli import GOOD, LONG, _bad_files, _take
from tests.ui.conftest import SCREEN, screen_text, wait_for


async def open_draft_check(app, pilot) -> DraftCheckScreen:
    await pilot.pause()
    app.screen.query_one("#practice").focus()
    await pilot.press("c")
    await wait_for(pilot, lambda: isinstance(app.screen, DraftCheckScreen))
    return app.screen


def note(screen) -> str:
    return screen_text(screen.query_one("#draft-note", Static))


def check_shown(screen) -> str:
    """The check as the panel lays it out (each line wrapped under its indent), as plain text."""
    console = Console(width=400, record=True, file=io.StringIO())
    console.print(screen.query_one("#draft-report", Static).content)
    return console.export_text()


async def test_a_pasted_draft_is_checked_as_rehearse_script_checks_it(fake_services):
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        screen = await open_draft_check(app, pilot)
        area = screen.query_one("#draft-text", TextArea)
        assert area.has_focus  # ready for the paste
        app.post_message(events.Paste(LONG.read_text(encoding="utf-8")))  # as the terminal driver posts a paste
        await pilot.pause()
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: screen.check is not None, timeout=60)
        shown = check_shown(screen)
        assert "Verdict: not ready" in shown
        assert "missing: A clear ask of the Force Commander" in shown
        assert "Forecast  5:10 of 5:00   range 4:46-5:39" in shown
        assert "using 140 wpm" in shown and "2 needed" in shown  # no saved takes: the default, and it says so
        assert "4:30 is passed in ¶9 (What it costs)" in shown and "5:00 is passed in ¶10 (Closing)" in shown
        assert "to land at 4:45: cut about 63 words (of 772)" in shown
        assert "“manpower” → personnel" in shown and "55 words" in shown
        assert "pasted draft" in note(screen)
        await pilot.press("ctrl+t")  # a pasted draft is no file a take can keep: one line says so
        assert isinstance(app.screen, DraftCheckScreen) and "save this draft" in note(screen)


async def test_a_bad_file_is_one_line_and_a_good_one_loads_checks_and_goes_to_the_practice_setup(
        fake_services, tmp_path, private_home):
    _take(private_home, "Ana", 170.0, 200.0)  # two saved takes: the forecast is at Ana's own pace
    _take(private_home, "Ana", 160.0, 192.0)
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        await pilot.pause()
        app.screen.query_one("#speaker", Input).value = "Ana"
        screen = await open_draft_check(app, pilot)
        area = screen.query_one("#draft-text", TextArea)
        area.load_text("My own words, typed before the file was tried.")
        path = screen.query_one("#draft-path", Input)
        for name, (bad, says) in _bad_files(tmp_path).items():
            path.value = str(bad)
            path.focus()
            await pilot.press("enter")
            await wait_for(pilot, lambda bad=bad, says=says: f"{bad}: " in note(screen) and says in note(screen),
                           timeout=20)
            assert "\n" not in note(screen) and "Traceback" not in note(screen), name
            assert area.text == "My own words, typed before the file was tried.", name  # nothing lost
        path.value = str(GOOD)
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.check is not None, timeout=60)
        assert area.text == GOOD.read_text(encoding="utf-8")
        shown = check_shown(screen)
        assert "Verdict: ready to rehearse" in shown and "your pace from 2 takes in this scenario" in shown
        await pilot.press("ctrl+t")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert app.screen.query_one("#script", Input).value == str(GOOD)
