"""A script chosen on the practice setup (issue 9, part 2): it goes to the practice screen,
a practice take keeps it and is judged against it through the live path (part 4), and the
report screen shows that section; a bad script is one line and practice goes on.

The microphone is the sample speech at 60x and the engine replays its real transcript
(tests/ui/fakes.py); the store, the live take, the judge and the alignment are real. The
take runs without the app (the practice screen's own flow is tests/ui/test_practice.py's):
the live panels cost ~20 s on two busy cores and are not what is tested here.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

from textual.widgets import Input, Static

from rehearse import store
from rehearse.core.report_model import Report
from rehearse.core.scenario import load_scenario
from rehearse.session.take import LiveTake
from rehearse.ui.app import build_app
from rehearse.ui.screens.practice import PracticeScreen
from rehearse.ui.screens.report import ReportScreen
from rehearse.ui.widgets.prompter import STYLES, Prompter
from tests.speech.kinds import SAMPLE
from tests.ui.conftest import SCREEN, wait_for, with_services
from tests.ui.fakes import recording_factory

EXTRA = "Fourth, hold a monthly meeting with the women's associations in Kidal before we plan operations there."
DRAFT = SAMPLE.text.replace("General, will you sign", f"\n\n{EXTRA}\n\nGeneral, will you sign")
"""The sample speech as its draft, plus a paragraph the speaker does not say."""


async def start_practice(app, pilot, script: str) -> PracticeScreen:
    await pilot.pause()
    app.screen.query_one("#script", Input).value = script
    app.screen.query_one("#practice").focus()
    await pilot.press("p")
    await wait_for(pilot, lambda: isinstance(app.screen, PracticeScreen))
    return app.screen


async def test_the_script_chosen_on_the_setup_goes_with_the_practice_takes(fake_services, tmp_path):
    draft = tmp_path / "brief.md"
    draft.write_text(DRAFT, encoding="utf-8")
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        screen = await start_practice(app, pilot, str(draft))
        assert screen.script == DRAFT and not app._notifications


def live_take_with_script(services) -> Path:
    """A practice take through the live path (`LiveTake`, as the practice screen drives it, without
    the live panels): the sample speech at 60x, with DRAFT attached. Returns the take's folder."""
    live = LiveTake(services, load_scenario(None), speaker="Amina", script=DRAFT)
    take = live.start()
    worker = threading.Thread(target=live.run_live, args=(None,), kwargs={"engine": lambda: services.engine},
                              name="test-transcribe", daemon=True)
    worker.start()
    deadline = time.monotonic() + 15
    while live.elapsed < 66 and time.monotonic() < deadline:  # the whole speech
        time.sleep(0.05)
    result = live.stop_and_report(lambda timeout: services.engine)
    worker.join(10)
    assert result.error is None and not live.script_note
    return take.path


async def test_a_practice_take_keeps_its_script_and_the_report_screen_shows_the_take_against_it(
        fake_services, sample_audio):
    services = with_services(fake_services, new_recording=recording_factory(sample_audio, speed=60.0))
    folder = live_take_with_script(services)
    assert (folder / "script.md").read_text(encoding="utf-8") == DRAFT
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    saved = report["script"]
    assert [k["text"] for k in saved["skipped"]] == [EXTRA] and saved["skipped"][0]["whole_paragraph"]
    assert 80 < saved["coverage"] < 95
    app = build_app(services)
    async with app.run_test(size=SCREEN) as pilot:
        await pilot.pause()
        app.push_screen(ReportScreen(store.load_take(folder), Report.from_dict(report)))
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen) and app.screen.moments)
        shown = str(app.screen.query_one("#script-summary", Static).render())
    assert "Against the script" in shown and "1 passage skipped" in shown
    assert "not said (paragraph 2, all of it): “Fourth, hold a monthly meeting" in shown


async def test_a_bad_script_on_the_setup_is_one_line_and_practice_goes_on_without_it(fake_services, tmp_path):
    draft = tmp_path / "brief.md"
    draft.write_bytes("Général".encode("latin-1"))
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        screen = await start_practice(app, pilot, str(draft))
        assert screen.script == ""
        note = list(app._notifications)[-1]
        assert note.severity == "error" and "not UTF-8 text" in note.message
        assert note.message.endswith("Practising without a script.") and "\n" not in note.message


async def test_prompt_mode_follows_the_live_take_past_a_skipped_paragraph_and_s_toggles_it(
        fake_services, tmp_path):
    """Part 3: the script beside the clock, the highlight moved by the live transcript (the sample
    speech through the live path at 20x); the paragraph the speaker leaves out is struck through
    once they are past it."""
    from rehearse.core.nlp import warm_up

    warm_up()  # as the app does at start: a cold first checklist (spaCy) spaces the live updates ~20 s apart
    draft = tmp_path / "brief.md"
    draft.write_text(DRAFT, encoding="utf-8")
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        screen = await start_practice(app, pilot, str(draft))
        prompter = screen.query_one(Prompter)
        words = screen.draft.words
        extra = next(i for i, w in enumerate(words) if w.text == "Fourth,")
        assert prompter.kind_of(0) == "ahead" and "General, thank you" in prompter.script_text().plain
        await wait_for(pilot, lambda: app.model_state == "ready")
        await pilot.press("space")
        await wait_for(pilot, lambda: screen.state == "recording")
        await wait_for(pilot, lambda: prompter.position.started and prompter.position.current > 20, timeout=30)
        assert prompter.kind_of(0) == "said" and prompter.kind_of(len(words) - 1) == "ahead"
        await wait_for(pilot, lambda: prompter.position.current > extra + 5, timeout=30)  # at the ask
        assert prompter.kind_of(extra) == "passed" and prompter.kind_of(extra + 3) == "passed"
        current = " ".join(w.text for i, w in enumerate(words) if prompter.kind_of(i) == "current")
        assert current == "General, will you sign the directive today?"
        shown = prompter.script_text()
        lit = " ".join(shown.plain[s.start:s.end] for s in shown.spans if s.style == STYLES["current"])
        assert lit == current  # drawn highlighted; the struck-out paragraph is still in view above it
        assert "Fourth, hold a monthly meeting" in shown.plain
        await pilot.press("s")
        assert not prompter.display and screen.state == "recording"  # hidden; the take goes on
        await pilot.press("s")
        assert prompter.display
