"""Which speech models this machine has, what they transcribe, and how fast they run here.

`rehearse models` lists them. Speed is measured, not guessed: the real-time factor of
transcribing the bundled sample on this machine (two cores make a model several times
slower than a laptop does). Measuring loads the model and takes seconds, so it is done
once by `rehearse models --measure` and cached in `models/speeds.json`; a listing only
reads the cache. A cached figure is dropped when the model's size on disk changes.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from rehearse import paths
from rehearse.asr.assemble import PACKAGED, data_file, problem
from rehearse.asr.models import DEFAULT_MODEL, find_model
from rehearse.errors import ModelError

SPEEDS = "speeds.json"
SAMPLE = paths.REPO_DIR / "samples" / "minusma-sample.flac"
SAMPLE_S = 20.0
"""Seconds of the sample transcribed per measurement: long enough to be past the model's warm-up,
short enough that measuring base costs a few seconds on two cores."""


@dataclass(frozen=True)
class Speed:
    """One measurement on this machine: seconds of work per second of audio, and the load time."""

    rtf: float
    load_s: float
    audio_s: float
    model_bytes: int
    cores: int
    loadavg: float
    measured_at: str


@dataclass(frozen=True)
class ModelEntry:
    name: str
    state: str
    """"ready", "assembled on first use", or why it cannot be used (with the fix)."""
    languages: tuple[str, ...] = ()
    path: Path | None = None
    size_bytes: int = 0
    speed: Speed | None = None


def installed_models() -> list[ModelEntry]:
    """The bundled tiny.en, the packaged models (assembled or not), then any other folder under models/."""
    speeds = read_speeds()
    entries = [_entry(DEFAULT_MODEL, speeds)]
    for name, packaged in PACKAGED.items():
        target = paths.models_dir() / name
        if not target.exists():
            try:
                for f in (*packaged.parts, *packaged.files):
                    data_file(f, name)
                entries.append(ModelEntry(name, "assembled on first use", packaged.languages))
            except ModelError as exc:
                entries.append(ModelEntry(name, f"not installed: {exc}", packaged.languages))
            continue
        issue = problem(target, packaged)
        if issue:
            entries.append(ModelEntry(name, f"damaged ({issue}): run 'rehearse models --install'",
                                      packaged.languages, target))
            continue
        entries.append(_entry(name, speeds))
    models = paths.models_dir()
    others = sorted(p for p in models.iterdir() if p.is_dir() and not p.name.startswith(".")) if models.is_dir() else []
    entries += [_entry(p.name, speeds) for p in others if p.name not in PACKAGED]
    return entries


def _entry(name: str, speeds: dict[str, Speed]) -> ModelEntry:
    try:
        found = find_model(name)
    except ModelError as exc:
        return ModelEntry(name, str(exc))
    size = found.size_bytes()
    speed = speeds.get(name)
    return ModelEntry(name, "ready", found.languages, found.path, size,
                      speed if speed is not None and speed.model_bytes == size else None)


def measure(name: str) -> Speed:
    """Load `name` and transcribe the sample's first SAMPLE_S seconds; cache and return the result."""
    from rehearse.asr.whisper import WhisperEngine
    from rehearse.audio import SAMPLE_RATE
    from rehearse.audio.decode import load_audio

    audio = load_audio(SAMPLE)[: int(SAMPLE_S * SAMPLE_RATE)]
    started = time.perf_counter()
    engine = WhisperEngine(name)
    loaded = time.perf_counter()
    engine.transcribe(audio)
    done = time.perf_counter()
    audio_s = len(audio) / SAMPLE_RATE
    speed = Speed(rtf=round((done - loaded) / audio_s, 3), load_s=round(loaded - started, 2),
                  audio_s=round(audio_s, 1), model_bytes=find_model(name).size_bytes(),
                  cores=os.cpu_count() or 1, loadavg=round(os.getloadavg()[0], 2),
                  measured_at=time.strftime("%Y-%m-%dT%H:%M:%S"))
    speeds = read_speeds()
    speeds[name] = speed
    _write_speeds(speeds)
    return speed


def read_speeds() -> dict[str, Speed]:
    """The cached measurements; an unreadable cache counts as none (it is only a cache)."""
    try:
        raw = json.loads((paths.models_dir() / SPEEDS).read_text(encoding="utf-8"))
        return {str(k): Speed(**v) for k, v in raw.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


def _write_speeds(speeds: dict[str, Speed]) -> None:
    folder = paths.models_dir()
    tmp = folder / f".{SPEEDS}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps({k: asdict(v) for k, v in speeds.items()}, indent=1), encoding="utf-8")
        os.replace(tmp, folder / SPEEDS)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise ModelError(f"cannot save the measured speed in {folder}: {exc.strerror or exc}") from None
