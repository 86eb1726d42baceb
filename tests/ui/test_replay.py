"""Replay: the transcript follows the audio, flagged moments jump, comments pin to the position.

Two paths: no output device (injected `output_devices` raising DeviceError, as on
a machine without PortAudio), where the screen must say why in one line and keep
working; and the real `Player` through the PulseAudio virtual sink of tests/vmic.py
(marked `device`), where the position must advance and the highlighted word follow.
"""

from __future__ import annotations

import pytest

from rehearse.audio.devices import NO_PORTAUDIO
from rehearse.core.moments import word_index_at, word_starts
from rehearse.core.report_model import Report
from rehearse.errors import DeviceError
from rehearse.session.replay import PlayerDriver
from rehearse.store.review import load_review
from rehearse.ui.app import build_app
from rehearse.ui.screens.dialogs import CommentModal
from rehearse.ui.screens.replay import ReplayScreen
from rehearse.ui.widgets.transcript import TranscriptView, wrap_words
from tests.ui.conftest import SCREEN, SHOTS, sample_report, screen_text, wait_for, with_services
from tests.vmic import vmic  # noqa: F401  (fixture)

LOAD_S = 30.0
"""The first replay imports numpy and soundfile and decodes 65 s of FLAC in its worker: seconds
on a loaded 2-core CI machine, so this wait is longer than the others."""


def no_output():
    raise DeviceError(NO_PORTAUDIO)


async def open_replay(app, pilot, take, report) -> ReplayScreen:
    await pilot.pause()
    app.push_screen(ReplayScreen(take, Report.from_dict(report), load_review(take)))
    await wait_for(pilot, lambda: isinstance(app.screen, ReplayScreen) and app.screen.targets)
    return app.screen


async def test_without_an_output_device_the_screen_says_why_and_still_works(fake_services, make_take):
    take = make_take("sample", audio="sample")
    report = sample_report()
    starts = word_starts(report)
    app = build_app(with_services(fake_services, output_devices=no_output))
    async with app.run_test(size=SCREEN) as pilot:
        screen = await open_replay(app, pilot, take, report)
        note = screen.query_one("#replay-note")
        await wait_for(pilot, lambda: "PortAudio library not found" in screen_text(note), timeout=LOAD_S)
        assert screen_text(note).startswith("No sound: ") and "\n" not in screen_text(note)
        await pilot.press("space")  # no crash, no second error: the position just stays
        await pilot.press("right", "right")
        await wait_for(pilot, lambda: screen.position == pytest.approx(10.0))
        words = screen.query_one(TranscriptView)
        assert words.current == word_index_at(starts, 10.0) > 0
        assert f"“{words.current_word}”" in screen_text(screen.query_one("#replay-bar"))
        await pilot.press("left")
        await wait_for(pilot, lambda: screen.position == pytest.approx(5.0))
        filler = next(i for i, m in enumerate(screen.targets) if m.kind == "filler")
        jumped = screen.targets[filler].time - 1.0
        screen.query_one("#flags").highlighted = filler
        await pilot.press("enter")  # jump: a second before the "um"
        await wait_for(pilot, lambda: screen.position == pytest.approx(jumped))
        await pilot.press("c")
        await wait_for(pilot, lambda: isinstance(app.screen, CommentModal))
        await pilot.press(*"Breathe")
        await pilot.press("enter")
        await wait_for(pilot, lambda: any(m.kind == "comment" for m in screen.targets))
        app.save_screenshot(path=SHOTS, filename="replay-no-output.svg")
    comment = load_review(take).comments[0]
    assert comment.text == "Breathe" and comment.time == pytest.approx(jumped, abs=0.01)


async def test_missing_audio_file_is_one_line_and_the_transcript_stays(fake_services, make_take):
    take = make_take("sample", audio="sample")
    take.audio_path.unlink()
    app = build_app(with_services(fake_services, output_devices=no_output))
    async with app.run_test(size=SCREEN) as pilot:
        screen = await open_replay(app, pilot, take, sample_report())
        await wait_for(pilot, lambda: "no such audio file" in screen_text(screen.query_one("#replay-note")),
                       timeout=LOAD_S)
        assert screen.query_one(TranscriptView).words[0] == "General,"


@pytest.mark.device
async def test_real_player_advances_and_the_highlight_follows(fake_services, make_take, vmic):  # noqa: F811
    from rehearse.audio import playback

    take = make_take("sample", audio="sample")
    report = sample_report()
    app = build_app(fake_services)  # real output_devices and Player: PortAudio -> PulseAudio null sink
    async with app.run_test(size=SCREEN) as pilot:
        screen = await open_replay(app, pilot, take, report)
        await wait_for(pilot, lambda: screen.state == "stopped", timeout=LOAD_S)
        await pilot.press("space")
        await wait_for(pilot, lambda: screen.state == "playing" and screen.position > 1.5, timeout=10)
        assert screen.problem is None
        words = screen.query_one(TranscriptView)
        assert words.current >= 0 and words.current_word in words.words
        first = words.current
        await wait_for(pilot, lambda: words.current > first)  # the highlight moves with the audio
        await pilot.press("space")
        await wait_for(pilot, lambda: screen.state == "paused")
        paused = screen.position
        await pilot.pause(0.4)
        assert screen.position == paused
        await pilot.press("space")
        await wait_for(pilot, lambda: screen.state == "playing")
        await pilot.press("escape")  # leaving the screen stops the sound and closes the stream
        await wait_for(pilot, lambda: not list(playback._LIVE), timeout=5)


class FakePlayer:
    """Records the calls a driver makes; `fail` makes play() raise like a lost device."""

    def __init__(self, on_position=None, on_end=None, fail: bool = False):
        self.calls, self.position, self.state, self.error, self.fail = [], 0.0, "stopped", None, fail
        self.on_position = on_position

    def load(self, source):
        return 65.0

    def __getattr__(self, name):
        def call(*args, **kwargs):
            self.calls.append((name, *args, *kwargs.values()))
            if name in ("seek", "play_from") and args:
                self.position = args[0]
            if name in ("play", "toggle", "resume") and self.fail:
                raise DeviceError("cannot play audio: device lost")
        return call


def test_driver_runs_commands_in_order_on_its_thread_and_reports_problems():
    made, problems = [], []

    def new_player(**kwargs):
        made.append(FakePlayer(**kwargs))
        return made[-1]

    driver = PlayerDriver(new_player, "take.flac", on_position=lambda t, s: None, on_problem=problems.append)
    for command in (("toggle",), ("skip", 5.0), ("play_from", 12.0), ("pause",)):
        driver.send(*command)
    driver.close()
    driver.run()
    assert made[0].calls == [("toggle",), ("skip", 5.0), ("seek", 12.0), ("play", 12.0), ("pause",), ("stop", False)]
    silent = PlayerDriver(new_player, "take.flac", on_position=lambda t, s: None, on_problem=problems.append,
                          output_devices=list)
    silent.send("play_from", 3.0)
    silent.send("toggle")
    silent.close()
    silent.run()
    assert made[1].calls == [("seek", 3.0), ("stop", False)]  # no device: seek only, never a stream
    assert problems == ["no output device: connect speakers or headphones, then open replay again"]
    with pytest.raises(ValueError):
        driver.send("rewind")


def test_transcript_wrapping_keeps_every_word_once():
    words = "General, thank you for seeing me before you leave for Timbuktu.".split()
    lines = wrap_words(words, 20)
    assert [i for line in lines for i in line] == list(range(len(words)))
    assert all(len(" ".join(words[i] for i in line)) <= 20 for line in lines)
