"""The drill in the app: "Face questions" on a report, each question answered on the drill screen, the drill report.

The fast test drives the screen flow with the scripted engine and the sample speech as
the microphone (3x real time): from a take's report to two questions (one ended by
Enter, one by its limit) to the table, the evidence and the replay of an answer. The
device test runs the real faster-whisper tiny.en on a piper answer played into the
PulseAudio virtual microphone, ended by 4 s of silence, and judged good with evidence.
Both use the two short questions of tests/data/drill-questions.toml, as the CLI test does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Static

from rehearse import store
from rehearse.core.report_model import Report
from rehearse.core.scenario import load_scenario
from rehearse.ui.app import build_app
from rehearse.ui.screens.drill import DrillScreen
from rehearse.ui.screens.drill_report import DrillReportScreen
from rehearse.ui.screens.replay import ReplayScreen
from rehearse.ui.screens.report import ReportScreen
from rehearse.ui.widgets.clock import TakeClock
from rehearse.ui.widgets.drill_table import DrillTable
from tests.speech import synth
from tests.test_drill_cli import GOOD, drill_scenario
from tests.ui.conftest import SCREEN, SHOTS, screen_text, wait_for, with_services
from tests.ui.fakes import recording_factory
from tests.vmic import vmic  # noqa: F401  (fixture)


def drill_services(services, scenario: Path, **changes):
    """Every scenario the app asks for is the drill test scenario; no output device: questions as text."""
    loaded = load_scenario(scenario)
    return with_services(services, load_scenario=lambda _spec: loaded, output_devices=lambda: [], **changes)


async def face_questions(app, pilot, take) -> DrillScreen:
    await pilot.pause()
    app.open_take("report", take, Report.from_dict(store.load_report(take)))
    await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
    assert app.screen.active_bindings["f"].binding.description == "Face questions"
    await pilot.press("f")
    await wait_for(pilot, lambda: isinstance(app.screen, DrillScreen))
    return app.screen


async def test_face_questions_from_a_report_runs_the_drill_and_shows_its_report(fake_services, sample_audio,
                                                                                make_take, tmp_path):
    services = drill_services(fake_services, drill_scenario(tmp_path),
                              new_recording=recording_factory(sample_audio, speed=3.0))
    take = make_take("sample", audio="sample")
    app = build_app(services)
    steps = []

    def step(message) -> None:
        if isinstance(message, DrillScreen.Step):
            steps.append((message.event.kind, message.event.number))

    async with app.run_test(size=SCREEN, message_hook=step) as pilot:
        screen = await face_questions(app, pilot, take)
        await wait_for(pilot, lambda: screen.state == "answering" and screen.drill.live.elapsed > 3, timeout=30)
        assert "Question 1 of 2" in screen_text(screen.query_one("#drill-question", Static))
        assert screen.query_one(TakeClock).scenario.limit_s == 14  # the clock counts the answer's time
        assert any("text only" in n.message for n in app._notifications)
        assert "answer now" in screen_text(screen.query_one("#status", Static))
        await wait_for(pilot, lambda: "General" in screen_text(screen.query_one("#transcript", Static)))
        app.save_screenshot(path=SHOTS, filename="drill-answering.svg")
        await pilot.press("enter")  # the first answer ends by key; the second runs to its 14 s
        await wait_for(pilot, lambda: isinstance(app.screen, DrillReportScreen), timeout=60)
        report = app.screen
        assert steps == [(kind, n) for n in (1, 2) for kind in ("question", "answering", "answered")]
        await wait_for(pilot, lambda: report.query(DrillTable) and report.query_one(DrillTable).row_count == 2)
        await wait_for(pilot, lambda: not screen.is_attached)  # the drill screen is gone, not still leaving
        assert [a.stopped_by for a in report.answers] == ["key", "limit"]
        assert all(a.verdict is not None for a in report.answers)
        detail = screen_text(report.query_one("#drill-detail", Static))
        assert "answer first:" in detail and "Said: General" in detail
        assert "Fix first" in screen_text(report.query_one("#drill-fixes", Static))
        await pilot.pause(0.2)
        app.save_screenshot(path=SHOTS, filename="drill-report.svg")

        saved = json.loads((report.folder / "drill.json").read_text())
        assert (saved["status"], saved["after"], saved["speaker"]) == ("complete", take.id, "Amina")
        for answer in report.answers:  # each answer is a take inside the drill's folder
            assert Path(answer.take).parent == report.folder / "answers"
        exports_and_compare_show_the_drill(take, report.answers)
        await the_instructor_overrides_an_answer(app, pilot, report, take)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReplayScreen))
        assert app.screen.take.path == Path(report.answers[0].take)
        await wait_for(pilot, lambda: app.screen.state == "stopped", timeout=20)  # the answer's audio is loaded
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is report)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))


def exports_and_compare_show_the_drill(take, answers) -> None:
    """The take the drill followed: its HTML, Markdown and JSON exports and `compare` carry the drill."""
    from rehearse.commands.export import load_take_export
    from rehearse.core.compare import Compared, compare_takes
    from rehearse.core.metrics import take_metrics
    from rehearse.export import read_json_export, render

    doc = load_take_export(take)
    [drill] = doc.drills
    assert [r.question for r in drill.rows] == [a.question.text for a in answers]
    assert [r.verdict for r in drill.rows] == [a.verdict.verdict for a in answers]
    assert [r.in_time for r in drill.rows] == [not a.verdict.delivery.cut_off for a in answers]
    html, markdown = render(doc, "html"), render(doc, "md")
    for text in (html, markdown):
        assert "Questions after the brief" in text and answers[1].question.text in text
    assert f"| 2 | {answers[1].question.text} | {answers[1].verdict.verdict} |" in markdown
    assert read_json_export(render(doc, "json")).drills == doc.drills
    metrics = take_metrics(doc.report, doc.review)
    row = compare_takes([Compared("take 1", metrics, drill=drill), Compared("take 2", metrics)]).rows[-1]
    assert (row.name, row.values) == ("Drill", [f"{drill.in_time}/2 in time · {drill.answer_first}/2 answer first", "—"])


async def the_instructor_overrides_an_answer(app, pilot, report, take) -> None:
    """o on the second answer: a verdict and a reason, saved beside drill.json (which keeps the judged
    verdict); the table, the detail, the exports and the drill reopened from the take's report (d) show it."""
    from textual.widgets import Input, Select

    from rehearse.core.drill import VERDICTS
    from rehearse.ui.screens.dialogs import OverrideModal

    judged = report.answers[1].verdict.verdict
    mine = next(v for v in VERDICTS if v != judged)  # the first choice after "as judged"
    await pilot.press("down")
    await pilot.press("o")
    await wait_for(pilot, lambda: isinstance(app.screen, OverrideModal))
    modal = app.screen
    await pilot.press("enter", "down", "enter")  # open the verdict list, take the next one
    await wait_for(pilot, lambda: modal.query_one(Select).value == mine)
    await pilot.press("tab", "enter")  # to the reason, and save without one: refused, the dialog stays
    await pilot.pause(0.1)
    assert app.screen is modal and "say why" in screen_text(modal.query_one("#override-problem", Static))
    assert modal.query_one(Input).has_focus
    await pilot.press(*"the first sentence did answer it")
    await pilot.press("enter")
    await wait_for(pilot, lambda: app.screen is report and report.review.override(2) is not None)
    review = json.loads((report.folder / "drill_review.json").read_text())
    assert review["answers"]["2"]["verdict"] == mine and review["answers"]["2"]["note"] == "the first sentence did answer it"
    assert json.loads((report.folder / "drill.json").read_text())["answers"][1]["verdict"] == judged
    table = report.query_one(DrillTable)
    assert str(table.get_row_at(1)[2]) == f"{mine} ✎" and str(table.get_row_at(0)[2]) != f"{mine} ✎"
    assert f"Instructor: {mine} (judged {judged}): the first sentence did answer it" in screen_text(
        report.query_one("#drill-detail", Static))
    app.save_screenshot(path=SHOTS, filename="drill-override.svg")

    from html import unescape

    from rehearse.commands.export import load_take_export
    from rehearse.export import read_json_export, render

    doc = load_take_export(take)
    [drill] = doc.drills
    assert (drill.rows[1].verdict, drill.rows[1].judged) == (mine, judged)
    html, markdown = unescape(render(doc, "html")), render(doc, "md")
    line = f"Answer 2: the instructor's verdict is {mine} (judged {judged}): the first sentence did answer it"
    assert line in html and line in markdown and f"{mine} (judged {judged})" in markdown
    assert read_json_export(render(doc, "json")).drills == doc.drills

    await pilot.press("escape")  # back to the take's report, then reopen the drill from disk
    await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
    await pilot.press("d")
    await wait_for(pilot, lambda: isinstance(app.screen, DrillReportScreen) and app.screen is not report)
    reopened = app.screen
    assert reopened.folder == report.folder and reopened.answers == report.answers
    await wait_for(pilot, lambda: reopened.review.override(2) is not None)
    await wait_for(pilot, lambda: str(reopened.query_one(DrillTable).get_row_at(1)[2]) == f"{mine} ✎")
    await pilot.press("escape")
    await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
    app.push_screen(report)  # the rest of the test goes on from the drill report it had
    await wait_for(pilot, lambda: app.screen is report)


def test_a_damaged_saved_drill_still_reads():
    from rehearse.core.drill.saved import SavedDrill

    drill = SavedDrill.from_dict({"answers": [{"verdict": "good", "delivery": "junk"}, "junk"], "fixes": None})
    [row] = drill.rows
    assert (row.verdict, row.in_time, row.answer_first, row.expected_total) == ("good", None, None, 0)
    assert drill.headline == "0/1 in time · 0/1 answer first"


async def test_face_questions_from_home_and_end_the_drill_while_answering(fake_services, sample_audio, tmp_path):
    from rehearse.store.drills import create_drill, load_drill, save_drill

    left = create_drill("minusma-gender", {"speaker": "Ana"})  # a drill the app was closed in
    save_drill(left, {**load_drill(left.path), "pid": 2**22 + 12345})
    services = drill_services(fake_services, drill_scenario(tmp_path),
                              new_recording=recording_factory(sample_audio, speed=2.0))
    app = build_app(services)
    async with app.run_test(size=SCREEN) as pilot:
        await pilot.pause()
        await wait_for(pilot, lambda: app.screen.scenario is not None)
        await pilot.press("f")
        await wait_for(pilot, lambda: isinstance(app.screen, DrillScreen) and app.screen.state == "answering",
                       timeout=30)
        screen = app.screen
        assert load_drill(left.path)["status"] == "interrupted"
        assert any("was interrupted after 0 answer(s)" in n.message for n in app._notifications)
        await pilot.press("escape")  # Esc ends the drill after the answer being given
        await wait_for(pilot, lambda: isinstance(app.screen, DrillReportScreen), timeout=30)
        await wait_for(pilot, lambda: app.screen.query(DrillTable) and app.screen.query_one(DrillTable).row_count)
        await wait_for(pilot, lambda: not screen.is_attached)  # the drill screen is gone, not still leaving
        assert len(app.screen.answers) == 1 and app.screen.answers[0].stopped_by == "key"
        assert "after" not in json.loads((app.screen.folder / "drill.json").read_text())


@pytest.mark.device
async def test_a_real_answer_through_the_virtual_microphone_is_judged_on_the_drill_screen(
        make_take, tmp_path, vmic):  # noqa: F811
    from rehearse.session.services import real_services

    one = tmp_path / "one"
    one.mkdir()
    body = drill_scenario(one).read_text()
    scenario = one / "one-question.toml"
    scenario.write_text(body.rsplit("[[questions]]", 1)[0])  # only "How many extra troops does this cost me?"
    answer = synth.synthesize(GOOD, name="drill")
    services = drill_services(real_services(settings_path=tmp_path / "settings.json"), scenario)
    take = make_take("sample")
    app = build_app(services)
    async with app.run_test(size=SCREEN) as pilot:
        screen = await face_questions(app, pilot, take)
        await wait_for(pilot, lambda: screen.state == "answering", timeout=60)
        vmic.play(answer)
        try:
            await wait_for(pilot, lambda: isinstance(app.screen, DrillReportScreen), timeout=90)
        finally:
            vmic.stop_players()
        await wait_for(pilot, lambda: app.screen.query(DrillTable) and app.screen.query_one(DrillTable).row_count)
        await wait_for(pilot, lambda: not screen.is_attached)  # the drill screen is gone, not still leaving
        [judged] = app.screen.answers
        assert judged.stopped_by == "silence", judged
        assert judged.verdict is not None and judged.verdict.verdict == "good", judged
        assert judged.verdict.delivery.words >= 8
        detail = screen_text(app.screen.query_one("#drill-detail", Static))
        assert "✓ a number (" in detail and "✓ answer first:" in detail and "two" in detail.lower(), detail
        app.save_screenshot(path=SHOTS, filename="drill-report-real.svg")
