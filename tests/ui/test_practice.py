"""Practice screen: one key starts and stops; the clock, the live panels, the verdict at stop."""

from __future__ import annotations

import threading

import pytest
from textual.widgets import Static

from rehearse import store
from rehearse.errors import DeviceError
from rehearse.ui.app import build_app
from rehearse.ui.screens.practice import PracticeScreen
from rehearse.ui.screens.report import ReportScreen
from rehearse.ui.widgets.clock import BigClock, TakeClock
from tests.ui.conftest import SCREEN, SHOTS, wait_for, with_services
from tests.ui.fakes import recording_factory


async def open_practice(app, pilot):
    await pilot.pause()
    await pilot.press("p")
    await wait_for(pilot, lambda: isinstance(app.screen, PracticeScreen))
    return app.screen


def checklist_text(screen) -> str:
    return str(screen.query_one("#checklist", Static).render())


async def test_space_starts_and_stops_a_take_and_the_report_follows(fake_services):
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        screen = await open_practice(app, pilot)
        await wait_for(pilot, lambda: app.model_state == "ready")
        assert "Start take" in str(app.screen.active_bindings["space"].binding.description)
        await pilot.press("space")
        await wait_for(pilot, lambda: screen.state == "recording")
        assert screen.active_bindings["space"].binding.description == "Stop take"
        await wait_for(pilot, lambda: screen.take.elapsed > 66, timeout=15)  # whole speech, at 20x
        # Examples tick as the transcript catches up (the core needs the whole sentence around each).
        await wait_for(pilot, lambda: "✔ Examples  3 of 3" in checklist_text(screen), timeout=10)
        assert "✔ Ask" in checklist_text(screen)
        before = screen.take.elapsed
        screen._tick()  # what the 10 Hz timer does; the "microphone" runs at 20x, so read around it
        after = screen.take.elapsed
        minutes, seconds = screen.query_one(BigClock).text.split(":")
        assert round(before) <= int(minutes) * 60 + int(seconds) <= round(after)
        app.save_screenshot(path=SHOTS, filename="practice-recording.svg")
        await pilot.press("space")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen) and app.screen.moments, timeout=20)
        report = app.screen.report
        assert all(e.found for e in report.rubric.values())
        take = app.screen.take
        assert take.status == "complete" and store.load_report(take)["words"] == report.words
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.state == "idle"


async def test_take_may_start_while_the_model_is_still_loading(fake_services):
    release = threading.Event()

    def slow_engine(model):
        release.wait(30)
        return fake_services.engine

    app = build_app(with_services(fake_services, load_engine=slow_engine))
    async with app.run_test(size=SCREEN) as pilot:
        screen = await open_practice(app, pilot)
        assert app.model_state == "loading"
        await pilot.press("space")
        await wait_for(pilot, lambda: screen.state == "recording")
        assert "model loading" in str(screen.query_one("#status", Static).render())
        await wait_for(pilot, lambda: screen.take.elapsed > 20, timeout=10)
        release.set()  # the backlog is handed to the analyzer when the engine arrives
        await wait_for(pilot, lambda: "✔ Why" in checklist_text(screen), timeout=10)
        await pilot.press("space")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen) and app.screen.moments, timeout=20)
        assert app.screen.report.rubric["why"].found


async def test_a_microphone_that_cannot_open_is_one_line_and_the_screen_recovers(fake_services):
    class Broken:
        elapsed = level = 0.0
        running = False

        def __init__(self, *a, **k):
            pass

        def start(self):
            raise DeviceError("no input device found: connect a microphone")

    app = build_app(with_services(fake_services, new_recording=Broken))
    async with app.run_test(size=SCREEN) as pilot:
        screen = await open_practice(app, pilot)
        await pilot.press("space")
        await wait_for(pilot, lambda: screen.state == "idle" and app._notifications)
        note = list(app._notifications)[-1]
        assert note.message == "no input device found: connect a microphone" and note.severity == "error"
        assert not store.list_takes()


async def test_a_microphone_lost_mid_take_still_gives_a_report_marked_interrupted(fake_services, sample_audio):
    factory = recording_factory(sample_audio, speed=20.0, fail_after_s=30.0)
    app = build_app(with_services(fake_services, new_recording=factory))
    async with app.run_test(size=SCREEN) as pilot:
        await open_practice(app, pilot)
        await wait_for(pilot, lambda: app.model_state == "ready")
        await pilot.press("space")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen) and app.screen.moments, timeout=20)
        assert app.screen.take.status == "interrupted"
        summary = str(app.screen.query_one("#summary", Static).render())
        assert "INTERRUPTED" in summary and "was lost" in summary


async def test_the_clock_takes_the_card_colour_and_flashes_when_over(fake_services):
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        screen = await open_practice(app, pilot)
        clock = screen.query_one(TakeClock)
        for elapsed, card in ((10, "none"), (241, "green"), (275, "yellow"), (301, "red"), (312, "over")):
            clock.elapsed = float(elapsed)
            await pilot.pause()
            assert clock.has_class(f"card-{card}") and clock.card == card
        assert str(screen.query_one("#remaining").value) == "+0:12"
        flashes = set()
        for _ in range(8):
            await pilot.pause(0.15)
            flashes.add(clock.has_class("-flash"))
        assert flashes == {True, False}
        app.save_screenshot(path=SHOTS, filename="practice-over.svg")


@pytest.mark.slow
async def test_real_engine_live_take_gives_the_verdict(sample_audio, tmp_path):
    """The real faster-whisper engine and LiveAnalyzer; only the microphone is a file (3x real time).

    What the report holds, not how fast it came: faster than real time starves the live
    transcriber, so more is left at stop than in a real take, and a loaded CI machine makes
    any wall-clock limit here flaky. The real-time stop-to-report figure and its target are
    bench/latency.py's (BENCHMARKS.md); the timeouts here only stop a hang.
    """
    from rehearse.session.services import real_services

    services = real_services(new_recording=recording_factory(sample_audio, speed=3.0),
                             input_devices=lambda: [], close_streams=lambda: None,
                             settings_path=tmp_path / "settings.json")
    app = build_app(services)
    async with app.run_test(size=SCREEN) as pilot:
        screen = await open_practice(app, pilot)
        await wait_for(pilot, lambda: app.model_state == "ready", timeout=60)
        await pilot.press("space")
        await wait_for(pilot, lambda: screen.state == "recording")
        await wait_for(pilot, lambda: screen.take.elapsed > len(sample_audio) / 16000 + 1, timeout=60)
        await wait_for(pilot, lambda: "✔ Why" in checklist_text(screen), timeout=60)
        await pilot.press("space")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen) and app.screen.moments, timeout=60)
        report = app.screen.report
        assert report.transcript.model == "tiny.en"
        assert sum(e.found for e in report.rubric.values()) >= 3
        app.save_screenshot(path=SHOTS, filename="report-real.svg")


async def test_without_a_model_the_take_is_saved_and_the_user_told(fake_services):
    from rehearse.errors import ModelError

    def no_model(model):
        raise ModelError("models/tiny.en: cannot load model: file is damaged")

    app = build_app(with_services(fake_services, load_engine=no_model))
    async with app.run_test(size=SCREEN) as pilot:
        screen = await open_practice(app, pilot)
        await wait_for(pilot, lambda: app.model_state == "failed")
        assert "cannot load model" in str(screen.query_one("#status", Static).render())
        await pilot.press("space")
        await wait_for(pilot, lambda: screen.state == "recording" and screen.take.elapsed > 5)
        await pilot.press("space")
        await wait_for(pilot, lambda: screen.state == "idle" and len(app.screen_stack) > 2 and bool(app.screen.query(".dialog-body")))
        assert "analysed later" in str(app.screen.query_one(".dialog-body", Static).render())  # (the modal is pushed before it mounts its body)
    take = store.list_takes()[0]
    assert take.status == "complete" and take.audio_path.exists() and store.load_report(take) is None


async def test_quitting_mid_take_keeps_the_audio(fake_services):
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        screen = await open_practice(app, pilot)
        await pilot.press("space")
        await wait_for(pilot, lambda: screen.state == "recording" and screen.take.elapsed > 10)
        await pilot.press("ctrl+q")
    take = store.list_takes()[0]
    assert take.status == "complete" and take.duration >= 10 and take.audio_path.exists()
