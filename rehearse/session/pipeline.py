"""From audio to a judged report: decode, transcribe in chunks, measure the voice, analyse.

The same chunked transcription serves files and live takes (see
`rehearse.asr.chunking`), so a live report agrees with `rehearse analyze` on
the saved audio.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import numpy as np

from rehearse.asr import Engine, Progress, speaking
from rehearse.core.report import Report, analyze
from rehearse.core.scenario import Scenario, load_scenario

_ENGINES: dict[str, Engine] = {}


_LOADER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model-loader")
"""One thread that lives as long as the process and creates every model. Measured with `rehearse
record`: a CTranslate2 model created in a thread that then exits (a Textual worker, a one-off
thread) made every later transcription spin, 5-13 s of CPU per 26 s chunk instead of 2.0-2.6 s."""


def _load(model: str | Path | None) -> Engine:
    from rehearse.asr.whisper import WhisperEngine

    return WhisperEngine(model)


def get_engine(model: str | Path | None = None) -> Engine:
    """Load (once per process) the Whisper engine for `model` (None = bundled tiny.en), on the
    long-lived loader thread whichever thread asks.

    The model folder is found and checked (cheaply: files, sizes, marker) on every call, and the
    engine kept by that folder: a `models/base/` damaged since it was loaded is refused with its
    line, and `--model base` under another data folder is another engine."""
    from rehearse.asr.models import find_model

    key = str(find_model(model).path)
    if key not in _ENGINES:
        _ENGINES[key] = _LOADER.submit(_load, model).result()
    return _ENGINES[key]


def engine_for(scenario: Scenario, model: str | Path | None = None) -> Engine:
    """The engine a scenario is spoken into: `model` (from --model), else the scenario's own
    `model`, else the bundled tiny.en; ModelError with one line when it cannot transcribe the
    scenario's language."""
    return speaking(get_engine(model or scenario.model or None), scenario.language)


def check_model_for(scenario: Scenario, model: str | Path | None = None) -> None:
    """Before a take starts: ModelError with one line when the model `engine_for` would load cannot
    transcribe the scenario's language. Reads the model folder only; nothing is loaded.

    A model that cannot be found is not refused here: the take is recorded and saved anyway, and
    the model's own line comes when it is loaded, as for any model that cannot load."""
    from rehearse.asr.models import check_language, find_model
    from rehearse.errors import ModelError

    try:
        folder = find_model(model or scenario.model or None)
    except ModelError:
        return
    check_language(folder, scenario.language)


def analyze_audio(
    audio: np.ndarray, scenario: Scenario, engine: Engine, progress: Progress | None = None
) -> Report:
    from rehearse.asr.chunking import ChunkedTranscriber
    from rehearse.audio.features import measure_voice

    chunker = ChunkedTranscriber(speaking(engine, scenario.language))
    chunker.feed(audio)
    # The voice measures overlap with transcription.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="voice") as pool:
        voice_job = pool.submit(measure_voice, audio)
        transcript = chunker.finish(progress)
        voice = voice_job.result()
    return analyze(transcript, voice, scenario)


def analyze_file(
    path: str | Path,
    scenario: Scenario | str | None = None,
    model: str | Path | None = None,
    engine: Engine | None = None,
    progress: Progress | None = None,
) -> Report:
    """Judge one audio file. Raises AudioError/ModelError/ScenarioError with one line."""
    from rehearse.audio.decode import load_audio

    if not isinstance(scenario, Scenario):
        scenario = load_scenario(scenario)
    audio = load_audio(path)
    engine = engine or engine_for(scenario, model)
    return replace(analyze_audio(audio, scenario, engine, progress), file=str(path))
