"""Everything the UI reaches outside itself, bundled so tests can swap one piece.

The app never imports the recorder, the engine or the store directly: it calls
these functions (the takes library, trash, reviews and the replay `Player`
included). `real_services()` wires the real ones, and is the default, so
`rehearse` with no arguments records, transcribes, saves and replays for real. A test
replaces one field (a fake engine, a recorder fed from a file, a device listing
that raises DeviceError) with `dataclasses.replace` and keeps the rest real.

Every real function imports its module inside the call. That is what keeps the
first frame under a second: faster-whisper, CTranslate2, librosa, numpy and
PortAudio are only loaded by the workers that need them, after the screen is up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import numpy as np

    from rehearse.asr import Engine
    from rehearse.audio.devices import Device
    from rehearse.audio.playback import Player
    from rehearse.core.report_model import Report
    from rehearse.core.review import Review
    from rehearse.core.scenario import Scenario
    from rehearse.session.live import LiveAnalyzer
    from rehearse.store import Take


class Recording(Protocol):
    """What the practice screen needs from a recorder: `rehearse.session.recording.TakeRecording`."""

    @property
    def level(self) -> float: ...

    @property
    def elapsed(self) -> float: ...

    @property
    def running(self) -> bool: ...

    def start(self) -> Take: ...

    def stop(self) -> Take: ...


def _scenario_paths() -> list[Path]:
    from rehearse.core.scenario_files import available_scenarios

    return available_scenarios()


def _load_scenario(spec: str | Path | None) -> Scenario:
    from rehearse.core.scenario import load_scenario

    return load_scenario(spec)


def _load_engine(model: str | None) -> Engine:
    from rehearse.session.pipeline import get_engine

    return get_engine(model)


def _warm_up(language: str = "en") -> None:
    """Pay the analysis's first-call costs in the model worker, before the first take is judged:
    the judge's spaCy pipeline for the scenario's `language` (1.3 s and 115 MiB for English; the
    live checklist's first update waited for it), and the voice measurement's imports on three
    seconds of tone (3 s with librosa's yin once; milliseconds with the numpy YIN of
    `rehearse.audio.pitch`)."""
    import numpy as np

    from rehearse.audio import SAMPLE_RATE
    from rehearse.audio.features import measure_voice
    from rehearse.core.nlp import warm_up as load_judge_model

    load_judge_model(language)
    t = np.arange(SAMPLE_RATE * 3) / SAMPLE_RATE
    voiced = (0.3 * np.sin(2 * np.pi * 140 * t) * (np.sin(2 * np.pi * 1.5 * t) > 0)).astype(np.float32)
    measure_voice(voiced)  # on/off bursts: a steady tone has no "speech" and would skip the pitch code


def _input_devices() -> list[Device]:
    from rehearse.audio import devices

    return devices.input_devices()


def _output_devices() -> list[Device]:
    from rehearse.audio import devices

    return devices.output_devices()


def _rescan_devices() -> None:
    from rehearse.audio import devices

    devices.rescan()


def _new_recording(scenario_id: str, **kwargs: Any) -> Recording:
    from rehearse.session.recording import TakeRecording

    return TakeRecording(scenario_id, **kwargs)


def _new_live(scenario: Scenario, engine: Engine) -> LiveAnalyzer:
    from rehearse.session.live import LiveAnalyzer

    return LiveAnalyzer(scenario, engine)


def _load_audio(path: Path) -> np.ndarray:
    from rehearse.audio.decode import load_audio

    return load_audio(path)


def _store(name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        from rehearse import store

        return getattr(store, name)(*args, **kwargs)

    call.__name__ = name
    return call


def _lazy(module: str, name: str) -> Callable[..., Any]:
    """`module.name`, imported on the first call (the takes library, trash, reviews)."""

    def call(*args: Any, **kwargs: Any) -> Any:
        import importlib

        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__name__ = name
    return call


def _new_player(**kwargs: Any) -> Player:
    from rehearse.audio.playback import Player

    return Player(**kwargs)


def _play(audio: np.ndarray, samplerate: int) -> None:
    from rehearse.session.playback import play_audio

    play_audio(audio, samplerate)


def _stop_playback() -> None:
    from rehearse.session.playback import stop_audio

    stop_audio()


def _close_streams() -> None:
    import sys

    if "rehearse.audio.capture" in sys.modules:  # nothing was ever opened otherwise
        sys.modules["rehearse.audio.capture"].close_all_streams()
    if "rehearse.audio.playback" in sys.modules:
        sys.modules["rehearse.audio.playback"].close_all_players()


def _default_settings_path() -> Path:
    from rehearse.session.settings import settings_path

    return settings_path()


@dataclass
class Services:
    """The app's whole outside world; each field is a plain callable (see `real_services`)."""

    scenario_paths: Callable[[], list[Path]] = _scenario_paths
    load_scenario: Callable[[str | Path | None], Scenario] = _load_scenario
    load_engine: Callable[[str | None], Engine] = _load_engine
    warm_up: Callable[[str], None] = _warm_up
    """`(language)`: load the judge's parser for that language and the voice code, before the first take."""
    input_devices: Callable[[], list[Device]] = _input_devices
    output_devices: Callable[[], list[Device]] = _output_devices
    """Speakers or headphones for replay; [] or DeviceError means replay shows no-sound."""
    rescan_devices: Callable[[], None] = _rescan_devices
    """Re-initialise PortAudio (a headset plugged in after start); never while recording."""
    new_recording: Callable[..., Recording] = _new_recording
    """`(scenario_id, speaker=, team=, device=, model=, on_audio=, on_stop=) -> Recording`."""
    new_live: Callable[[Scenario, Engine], LiveAnalyzer] = _new_live
    load_audio: Callable[[Path], np.ndarray] = _load_audio
    list_takes: Callable[..., list[Take]] = field(default_factory=lambda: _store("list_takes"))
    find_interrupted: Callable[[], list[Take]] = field(default_factory=lambda: _store("find_interrupted"))
    recover: Callable[[Take], Take] = field(default_factory=lambda: _store("recover"))
    save_report: Callable[[Take, dict[str, Any]], Path] = field(default_factory=lambda: _store("save_report"))
    """Writes the report's JSON form (`Report.to_dict()`): the store is where the report becomes JSON."""
    load_report: Callable[[Take], dict | None] = field(default_factory=lambda: _store("load_report"))
    browse: Callable[[], tuple[list, list[str]]] = field(
        default_factory=lambda: _lazy("rehearse.store.library", "browse"))
    """Every take as a `LibraryEntry` (take, report, review, summary) and one-line problems."""
    relabel: Callable[..., Take] = field(default_factory=lambda: _lazy("rehearse.store.library", "relabel"))
    trash_take: Callable[[Take], Path] = field(default_factory=lambda: _lazy("rehearse.store.trash", "trash_take"))
    list_trash: Callable[..., list] = field(default_factory=lambda: _lazy("rehearse.store.trash", "list_trash"))
    restore_take: Callable[..., Take] = field(default_factory=lambda: _lazy("rehearse.store.trash", "restore_take"))
    analyse_take: Callable[..., tuple[Report, str]] = field(
        default_factory=lambda: _lazy("rehearse.session.analyse", "analyse_take"))
    """`(take, engine) -> (report, note)`: the saved report, or one analysed now and saved."""
    load_review: Callable[[Take], Review] = field(default_factory=lambda: _lazy("rehearse.store.review", "load_review"))
    update_review: Callable[..., Review] = field(
        default_factory=lambda: _lazy("rehearse.store.review", "update_review"))
    new_player: Callable[..., Player] = _new_player
    """`(on_position=, on_end=) -> Player` for the replay screen; a test injects one without sound."""
    play: Callable[[np.ndarray, int], None] = _play
    stop_playback: Callable[[], None] = _stop_playback
    close_streams: Callable[[], None] = _close_streams
    """Called on exit: a stream left open when PulseAudio goes away deadlocks PortAudio."""
    settings_path: Path | None = None
    """None = `<config_dir>/settings.json`, resolved when the app starts."""

    def resolved_settings_path(self) -> Path:
        return self.settings_path or _default_settings_path()


def real_services(**overrides: Any) -> Services:
    """The real services, with any field replaced by keyword."""
    return Services(**overrides)
