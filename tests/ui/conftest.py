"""Fixtures for the UI tests: a private data folder, the sample speech, services with fakes.

Every test runs with `REHEARSE_HOME` and `REHEARSE_CONFIG` in a temporary folder,
so no test ever sees or writes a user's real takes or remembered microphone.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from rehearse.audio.devices import Device
from rehearse.ui.services import Services
from tests.ui.fakes import ScriptedEngine, recording_factory, sample_report

SCREEN = (120, 36)
"""The size the layout is designed for (and the tmux smoke test uses)."""
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
        warm_up=lambda: None,
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


async def wait_for(pilot, condition, timeout: float = 10.0, step: float = 0.05) -> None:
    """Pause the Pilot until `condition()` is true; fail with a clear message otherwise."""
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {condition.__doc__ or condition}")
        await pilot.pause(step)
