"""Fixtures for the UI tests: a private data folder, the sample speech, services with fakes.

Every test runs with `REHEARSE_HOME` and `REHEARSE_CONFIG` in a temporary folder,
so no test ever sees or writes a user's real takes or remembered microphone.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile

import numpy as np
import pytest

from rehearse.audio.devices import Device
from rehearse.session.services import Services
from tests.ui.fakes import DATA, ScriptedEngine, recording_factory, sample_report

SCREEN = (120, 36)
"""The size the layout is designed for (and the tmux smoke test uses)."""
SHOTS = os.environ.get("SHOTS") or tempfile.gettempdir()
"""Where tests save screenshots to look at: `SHOTS=folder`, else the system's temporary folder."""
MIC = Device(3, "USB Headset Microphone", 1, 48000.0, False)
DEFAULT_MIC = Device(0, "pulse", 32, 44100.0, True)


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Takes and settings go to a temporary folder: a user's real recordings are never touched."""
    home = tmp_path / "home"
    monkeypatch.setenv("REHEARSE_HOME", str(home))
    monkeypatch.setenv("REHEARSE_CONFIG", str(tmp_path / "config"))
    return home


@pytest.fixture(scope="session")
def sample_flac():
    """The committed sample speech (about 65 s), synthesised with piper and cached."""
    from tests.speech import kinds

    return kinds.SAMPLE.path()


@pytest.fixture(scope="session")
def sample_audio(sample_flac) -> np.ndarray:
    from rehearse.audio.decode import load_audio

    return load_audio(sample_flac)


@pytest.fixture
def report_dict() -> dict:
    return sample_report()


class Played:
    """Records what the report screen asked to play, instead of a sound card."""

    def __init__(self):
        self.clips: list[tuple[int, int]] = []

    def __call__(self, audio, samplerate):
        self.clips.append((len(audio), samplerate))


@pytest.fixture
def fake_services(sample_audio, tmp_path):
    """Real store, scenario, analysis and chunker; scripted engine; the sample speech as microphone."""
    engine = ScriptedEngine()
    played = Played()
    services = Services(
        load_engine=lambda model: engine,
        warm_up=lambda language: None,
        input_devices=lambda: [DEFAULT_MIC, MIC],
        new_recording=recording_factory(sample_audio, speed=20.0),
        play=played,
        stop_playback=lambda: None,
        close_streams=lambda: None,
        settings_path=tmp_path / "config" / "settings.json",
    )
    services.engine, services.played = engine, played
    return services


def with_services(services: Services, **changes) -> Services:
    new = dataclasses.replace(services, **changes)
    for extra in ("engine", "played"):
        if hasattr(services, extra):
            setattr(new, extra, getattr(services, extra))
    return new


async def wait_for(pilot, condition, timeout: float = 30.0, step: float = 0.05, state=None) -> None:
    """Pause the Pilot until `condition()` is true; fail with a clear message otherwise. `state()`, if
    given, says what was there instead (a lambda has no name to tell one wait from another).
    `timeout` is no speed target, only how long to wait before calling it broken: on two cores with the
    suite's three workers busy, recovering one 5 s take once took over 10 s (session 27)."""
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            seen = f"; instead: {state()!r}" if state is not None else ""
            raise AssertionError(f"timed out after {timeout} s waiting for {condition.__doc__ or condition}{seen}")
        await pilot.pause(step)


LIBRARY_REPORTS = DATA.parent.parent / "library" / "data" / "reports"
"""Real `rehearse analyze --json` reports of the piper speeches (see tests/library/conftest.py)."""


def library_report(name: str) -> dict:
    """A fresh copy of a real report: 'sample' is the committed sample speech, others from tests/library."""
    if name == "sample":
        return sample_report()
    return json.loads((LIBRARY_REPORTS / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def make_take(sample_audio):
    """`make_take(report, speaker=, team=, day=, audio=)`: a complete take in the private home.

    `report` is a report name (see `library_report`), a dict, or None for a take never
    analysed; `audio="sample"` stores the sample speech (for replay), else one second of silence.
    Built with the store's own import, so it is exactly what `rehearse import` makes.
    """
    from rehearse.store import save_report, save_take
    from rehearse.store.library import import_audio

    def make(report: str | dict | None, *, speaker: str = "Amina", team: str = "Syndicate 3", day: int = 1,
             audio: str | None = None, title: str = ""):
        samples = sample_audio if audio == "sample" else np.zeros(16000, np.float32)
        take = import_audio(samples, "minusma-gender", speaker=speaker, team=team, title=title)
        take.started_at = f"2025-03-{day:02d}T10:00:00+00:00"
        save_take(take)
        if report is not None:
            data = library_report(report) if isinstance(report, str) else report
            data["file"] = str(take.audio_path)
            save_report(take, data)
        return take

    return make


def screen_text(widget) -> str:
    """What a Static (or anything with a render) shows, as plain text."""
    return str(widget.render())
