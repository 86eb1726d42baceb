"""Report screen, from a real report (typed, as the app hands it): verdict, moments, listening back, no output device."""

from __future__ import annotations

from textual.widgets import Static

from rehearse import store
from rehearse.core.report_model import Report
from rehearse.errors import DeviceError
from rehearse.session.analyse import analyse_take
from rehearse.session.moments import report_moments
from rehearse.session.playback import LEAD_IN_S, clip_bounds
from rehearse.ui.app import build_app
from rehearse.ui.screens.report import ReportScreen
from rehearse.ui.widgets.report_view import MomentList
from tests.ui.conftest import SCREEN, SHOTS, wait_for, with_services


def saved_take(sample_flac, report: dict, status: str = "complete"):
    take = store.create_take("minusma-gender", speaker="Amina", team="Syndicate 3")
    (take.path / "audio.flac").write_bytes(sample_flac.read_bytes())
    take.audio, take.status, take.duration, take.pid = "audio.flac", status, 65.6, None
    store.save_take(take)
    store.save_report(take, report)
    return take


async def show_report(app, pilot, take, report):
    await pilot.pause()
    app.push_screen(ReportScreen(take, Report.from_dict(report)))
    await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen) and app.screen.moments)
    return app.screen


async def test_verdict_shows_time_checklist_pace_and_fixes(fake_services, report_dict, sample_flac):
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        screen = await show_report(app, pilot, saved_take(sample_flac, report_dict), report_dict)
        summary = str(screen.query_one("#summary", Static).render())
        assert "1:04 / 5:00" in summary and "within time" in summary
        assert "✔ Practical examples (who does what, where)  3/3" in summary
        assert "131 wpm" in summary and "Top fixes" in summary
        # The sample covers all four points with its bottom line up front: nothing major to fix.
        assert report_dict["fixes"] == [] and "Nothing major" in summary
        assert "INTERRUPTED" not in summary
        await pilot.pause(0.3)
        app.save_screenshot(path=SHOTS, filename="report.svg")


async def test_ctrl_down_scrolls_the_verdict_below_its_fold(fake_services, report_dict, sample_flac):
    app = build_app(fake_services)
    async with app.run_test(size=(120, 24)) as pilot:
        screen = await show_report(app, pilot, saved_take(sample_flac, report_dict), report_dict)
        verdict = screen.query_one("#verdict")
        assert verdict.max_scroll_y > 0 and verdict.scroll_y == 0
        await pilot.press("ctrl+down")
        await wait_for(pilot, lambda: verdict.scroll_y > 0)
        await pilot.press("ctrl+up")
        await wait_for(pilot, lambda: verdict.scroll_y == 0)


async def test_selecting_a_moment_plays_that_moment(fake_services, report_dict, sample_flac):
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        screen = await show_report(app, pilot, saved_take(sample_flac, report_dict), report_dict)
        moments = screen.moments
        um = next(i for i, m in enumerate(moments) if m.section == "Fillers")
        option_list = screen.query_one(MomentList)
        option_list.highlighted = option_list.get_option_index(f"m{um}")
        await pilot.press("enter")
        await wait_for(pilot, lambda: fake_services.played.clips)
        a, b = clip_bounds(moments[um].start, None, 65.6)
        assert fake_services.played.clips == [(int(b * 16000) - int(a * 16000), 16000)]
        assert a == moments[um].start - LEAD_IN_S


async def test_no_output_device_is_one_line_and_the_report_stays(fake_services, report_dict, sample_flac):
    def no_speaker(audio, rate):
        raise DeviceError("no output device: cannot play the take here (the report is still complete)")

    app = build_app(with_services(fake_services, play=no_speaker))
    async with app.run_test(size=SCREEN) as pilot:
        screen = await show_report(app, pilot, saved_take(sample_flac, report_dict), report_dict)
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: app._notifications)
        assert list(app._notifications)[-1].message.startswith("no output device")
        assert app.screen is screen


async def test_recovered_take_is_marked(fake_services, report_dict, sample_flac):
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        take = saved_take(sample_flac, report_dict, status="recovered")
        screen = await show_report(app, pilot, take, report_dict)
        assert "RECOVERED take" in str(screen.query_one("#summary", Static).render())


def test_a_saved_report_reaches_the_screens_typed(make_take):
    """`analyse_take`, the one path by which the home panel, the browser and compare open a take,
    hands the screens the typed report, and it is exactly what the store saved."""
    take = make_take("sample")
    report, note = analyse_take(take)  # a saved report that reads: no model is loaded, nothing analysed
    assert isinstance(report, Report) and note == ""
    assert report.rubric["examples"].count == 3 and report.transcript.words[0].word.strip()
    assert report.to_dict() == store.load_report(take)


def test_moments_cover_every_timed_item_in_sections(report_dict):
    report_dict["language"]["gendered"] = [{"term": "manpower", "suggestion": "personnel", "start": 12.0,
                                             "text": "more manpower"}]
    report_dict["pauses"]["long"] = [{"start": 30.0, "duration": 2.6, "mid_clause": True}]
    moments = report_moments(report_dict)
    sections = list(dict.fromkeys(m.section for m in moments))
    assert sections == ["Checklist evidence", "Pace", "Fillers", "Hedges", "Gendered terms"]
    assert any(m.text == "manpower → personnel" and m.when == "0:12" for m in moments)
    assert any(m.text == "2.6 s pause, mid-sentence" and m.end == 32.6 for m in moments)
    assert report_moments({"no_speech": True}) == []


def test_clip_bounds_lead_in_and_limits():
    assert clip_bounds(0.2, None, 60) == (0.0, 5.2)
    assert clip_bounds(30, 31, 60) == (29.0, 31.5)
    assert clip_bounds(58, None, 60) == (57.0, 60)
    assert clip_bounds(10, 100, 200)[1] == 29.0  # capped at MAX_CLIP_S
