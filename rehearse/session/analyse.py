"""Judging a saved take: the one path every screen and command takes.

A take can reach a reader without a report: recovered after a crash, recorded
with `--no-analyze`, imported, or with a report that was damaged on disk. The
home panel, the takes browser, `import`, `compare`, `export` and `summary` all
call `analyse_take`, so such a take is handled the same way everywhere: the
saved report when it reads, otherwise the damaged file is set aside (never
deleted), the audio is analysed again with the engine the caller already has,
the new report is saved, and one line says what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from rehearse.errors import AudioError, ModelError

if TYPE_CHECKING:
    import numpy as np

    from rehearse.asr import Engine, Progress
    from rehearse.core.report_model import Report
    from rehearse.core.scenario import Scenario
    from rehearse.store import Take

    EngineSource = Engine | Callable[[], Engine | None] | None
    """An engine, a callable that waits for one (the app's loading model; None = it failed), or
    None for the bundled model, loaded on first use."""


def _engine(source: EngineSource, take: Take) -> Engine:
    if source is None:
        from rehearse.session.pipeline import get_engine

        return get_engine(None)
    if hasattr(source, "transcribe"):
        return cast("Engine", source)
    engine = source()
    if engine is None:
        raise ModelError(f"cannot analyse {take.id}: the speech model is not loaded")
    return engine


def analyse_audio_of(take: Take, engine: EngineSource = None, progress: Progress | None = None,
                     scenario: Scenario | None = None, audio: np.ndarray | None = None) -> Report:
    """A fresh report for the take's audio against its own scenario (and its script, when it
    has one: `session.script.with_script`); saves nothing.

    `scenario` and `audio`: what the caller already holds (an import has just decoded
    the file and loaded the scenario from a path), so neither is read twice."""
    from rehearse.audio.decode import load_audio
    from rehearse.core.scenario import load_scenario
    from rehearse.session.pipeline import analyze_audio
    from rehearse.session.script import with_script

    audio_path = take.audio_path
    if audio_path is None or not audio_path.is_file():
        raise AudioError(f"{take.path}: this take has no audio to analyse")
    scenario = scenario or load_scenario(take.scenario or None)
    audio = load_audio(audio_path) if audio is None else audio
    report = replace(analyze_audio(audio, scenario, _engine(engine, take), progress), file=str(audio_path))
    return with_script(report, take, scenario)


def analyse_take(take: Take, engine: EngineSource = None, progress: Progress | None = None,
                 check: Callable[[dict], object] | None = None, *,
                 scenario: Scenario | None = None, audio: np.ndarray | None = None) -> tuple[Report, str]:
    """(report, note): the saved report, or one analysed now from the audio and saved.

    `engine`: see `EngineSource`; `scenario`, `audio`: see `analyse_audio_of`. `check(report)`: what the caller will read (an
    export's renderer, say); a report it cannot read counts as damaged. `note` is
    '' when the saved report was used, else one line saying what was analysed and
    why. Errors are the one-line AudioError/ModelError/ScenarioError/StorageError.

    The store keeps the JSON form; the report comes back typed, read strictly (a saved
    report was already checked field by field when read, a fresh one was just written).
    """
    from rehearse.core.report_model import Report
    from rehearse.errors import UnsavedReport
    from rehearse.store.reports import ensure_report

    try:
        data, note = ensure_report(take, lambda t, p: analyse_audio_of(t, engine, p, scenario, audio).to_dict(),
                                   progress, check)
    except UnsavedReport as exc:  # the verdict rides along typed, like any report from here
        raise UnsavedReport(str(exc), Report.from_dict(exc.report)) from exc.__cause__
    return Report.from_dict(data), note
