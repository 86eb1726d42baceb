"""Instructor review: comment, override beside the automatic judgement, verdict; saved, shown, exported."""

from __future__ import annotations

import json

from textual.widgets import Input, Select

from rehearse.core.report_model import Report
from rehearse.core.review import Review
from rehearse.store.review import load_review, save_review
from rehearse.ui.app import build_app
from rehearse.ui.screens.dialogs import ConfirmModal, ExportModal, parse_clock
from rehearse.ui.screens.report import ReportScreen
from rehearse.ui.screens.review import ReviewScreen
from tests.ui.conftest import SCREEN, SHOTS, sample_report, screen_text, wait_for


async def open_report(app, pilot, take) -> ReportScreen:
    await pilot.pause()
    app.push_screen(ReportScreen(take, Report.from_dict(sample_report())))
    await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen) and app.screen.review is not None)
    return app.screen


async def test_review_is_saved_to_review_json_shown_in_the_report_and_exported(fake_services, make_take, tmp_path):
    take = make_take("sample", audio="sample")
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        report = await open_report(app, pilot, take)
        await pilot.press("v")
        await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen))
        review = app.screen
        assert "automatic: ✔ found  2/1" in screen_text(review.query(".element-head").last())
        review.query_one("#new-at", Input).value = "0:42"
        review.query_one("#new-text", Input).focus()
        await pilot.press(*"Pause", "space", *"here")
        await pilot.press("enter")
        assert [(c.time, c.text) for c in review.work.comments] == [(42.0, "Pause here")]
        ask = review.keys.index("ask")
        review.query_one(f"#ov-{ask}", Select).value = "missing"
        review.query_one(f"#note-{ask}", Input).value = "Asked for support, not the directive"
        review.query_one("#review-verdict", Select).value = "nearly ready"
        review.query_one("#review-grade", Input).value = "B+"
        review.query_one("#review-reviewer", Input).value = "Maj. Okafor"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: (take.path / "review.json").exists() and not review.dirty)
        saved = json.loads((take.path / "review.json").read_text())
        assert saved["comments"][0]["text"] == "Pause here" and saved["comments"][0]["time"] == 42.0
        assert saved["overrides"]["ask"] == {**saved["overrides"]["ask"], "found": False,
                                             "note": "Asked for support, not the directive", "author": "Maj. Okafor"}
        assert (saved["verdict"], saved["grade"], saved["reviewer"]) == ("nearly ready", "B+", "Maj. Okafor")
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportModal))
        assert app.screen.query_one("#export-path", Input).value == str(take.path / f"{take.id}.html")
        await pilot.press("enter")
        html_file = take.path / f"{take.id}.html"
        await wait_for(pilot, lambda: html_file.exists())
        await wait_for(pilot, lambda: any(str(html_file) in n.message for n in app._notifications))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is report and "Instructor" in screen_text(report.query_one("#summary")))
        summary = screen_text(report.query_one("#summary"))
        assert "nearly ready · grade B+" in summary and "0:42 Pause here" in summary
        assert "✘ A clear ask of the Force Commander" in summary
        assert "instructor: not found (automatic: found) · Asked for support, not the directive" in summary
        app.save_screenshot(path=SHOTS, filename="report-reviewed.svg")
    page = html_file.read_text()
    assert "Pause here" in page and "nearly ready" in page and "Asked for support" in page
    assert app.settings.reviewer == "Maj. Okafor"  # remembered for the next review


async def test_leaving_with_unsaved_changes_asks_and_an_existing_review_loads(fake_services, make_take):
    take = make_take("sample", audio="sample")
    earlier = Review(reviewer="Capt. Diallo", verdict="not ready")
    earlier.add_comment(5.0, "Open with the ask")
    earlier.override("examples", False, "Only two are concrete")
    save_review(take, earlier)
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        await open_report(app, pilot, take)
        await pilot.press("v")
        await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen))
        review = app.screen
        examples = review.keys.index("examples")
        assert review.query_one(f"#ov-{examples}", Select).value == "missing"
        assert review.query_one(f"#note-{examples}", Input).value == "Only two are concrete"
        assert review.query_one("#review-verdict", Select).value == "not ready"
        assert not review.dirty
        review.query_one("#review-summary", Input).value = "Better."
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmModal))
        await pilot.press("escape")  # cancel: stay and keep the words
        await wait_for(pilot, lambda: app.screen is review)
        assert review.query_one("#review-summary", Input).value == "Better."
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmModal))
        await pilot.press("enter")  # leave without saving
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen))
    assert load_review(take).summary == "" and load_review(take).comments[0].text == "Open with the ask"


def test_typed_times():
    assert parse_clock("1:42") == 102.0 and parse_clock("102") == 102.0 and parse_clock(" 0:05 ") == 5.0
    assert parse_clock("1:02:03") == 3723.0 and parse_clock("1:42.5") == 102.5
    for bad in ("", "1:", "1:75", "abc", "-3", "1:2:3:4"):
        assert parse_clock(bad) is None, bad
