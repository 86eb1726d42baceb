"""Reading takes back: listing, and rebuilding a missing or damaged `take.json`.

Anything can be found under `recordings/` after a crash, a full disk or a
careless copy: junk JSON, a folder with only audio, a stray file. Listing must
never crash on it. What can be rebuilt (audio present) is rebuilt and reported
in one line; what cannot (no metadata, no audio) is reported and skipped.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from rehearse import paths
from rehearse.errors import StorageError
from rehearse.store.atomic import read_json
from rehearse.store.names import safe_name, time_from_id
from rehearse.store.takes import FLAC, PART, TAKE_JSON, Take, save_take

AUDIO_SUFFIXES = (".flac", ".wav", ".ogg", ".mp3", ".m4a", ".opus", ".webm")


def _find_audio(folder: Path) -> str:
    if (folder / FLAC).is_file():
        return FLAC
    for p in sorted(folder.glob("audio.*")):
        if p.suffix.lower() in AUDIO_SUFFIXES and p.is_file():
            return p.name
    return ""


def audio_duration(take: Take) -> float:
    """Seconds of audio in the take's file (or its `.part`); 0.0 when unknown, never raises."""
    audio = take.audio_path
    if audio is not None:
        try:
            import soundfile as sf  # type: ignore[import-untyped]  # libsndfile bindings ship no types

            return float(sf.info(str(audio)).duration)
        except Exception:  # mp3/m4a or junk: libsndfile cannot tell; the take is still listed
            return 0.0
    if take.part_path.exists():
        return take.part_path.stat().st_size // 2 / take.sample_rate
    return 0.0


KEPT = ("scenario", "speaker", "team", "title", "device", "model", "started_at")
"""What a rebuild cannot learn from the audio, so it is kept from a damaged take.json when readable."""


def _rebuild(folder: Path, problem: str, keep: dict[str, Any] | None = None) -> Take:
    """A take rebuilt from what the folder holds; raises StorageError if it holds no audio.

    `keep`: the damaged file's data, when it parsed; its readable text fields survive,
    so one bad number does not cost the speaker's name."""
    audio = _find_audio(folder)
    has_part = (folder / PART).is_file()
    if not audio and not has_part:
        raise StorageError(f"{folder}: {problem} and no audio; skipped")
    started = time_from_id(folder.name)
    take = Take(path=folder, id=folder.name, scenario=folder.parent.name, audio=audio,
                status="recovered" if audio else "interrupted",
                source="recorded" if audio in (FLAC, "") else "imported",
                started_at=started.astimezone().isoformat(timespec="seconds") if started else "")
    for name in KEPT:
        value = (keep or {}).get(name)
        if isinstance(value, str) and value:
            setattr(take, name, value)
    take.duration = audio_duration(take)
    mtime = (folder / (audio or PART)).stat().st_mtime
    take.ended_at = datetime.fromtimestamp(mtime).astimezone().isoformat(timespec="seconds")
    take.note = f"{folder / TAKE_JSON}: {problem}; rebuilt from the audio"
    try:
        save_take(take)
    except StorageError as exc:
        take.note += f" (not saved: {exc})"
    return take


def load_take(folder: Path) -> Take:
    """The take in `folder`, rebuilding take.json if needed; StorageError if nothing usable."""
    folder = Path(folder)
    meta = folder / TAKE_JSON
    try:
        data = read_json(meta)
    except FileNotFoundError:
        return _rebuild(folder, "missing")
    except (OSError, ValueError) as exc:
        if isinstance(exc, OSError) and not meta.is_file():
            raise StorageError(f"{folder}: cannot read take ({exc})") from exc
        return _rebuild(folder, f"damaged ({type(exc).__name__})")
    try:
        take = Take.from_dict(folder, data)
    except ValueError as exc:  # names the field
        return _rebuild(folder, f"damaged ({exc})", keep=data)
    take.path = folder
    if take.status != "recording" and not has_audio(take) and (found := _find_audio(folder)):
        # take.json lost track of audio that is there (hand-edited, or a bad copy): never hide it
        take.note = f"{meta}: field 'audio' names {take.audio or 'no file'!r}; using {found}, which is there"
        take.audio = found
        with contextlib.suppress(StorageError):
            save_take(take)
    return take


def scan_takes(scenario: str | None = None, root: Path | None = None) -> tuple[list[Take], list[str]]:
    """All takes (oldest first) and one-line problems met on the way; never raises on junk."""
    root = Path(root) if root else paths.recordings_dir()
    takes: list[Take] = []
    problems: list[str] = []
    try:
        scen_dirs = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError as exc:
        if not root.exists():
            return [], []
        return [], [f"{root}: cannot list recordings ({exc.strerror or exc})"]
    wanted = None if scenario is None else safe_name(scenario, fallback="unsorted")
    for scen in scen_dirs:
        if wanted is not None and scen.name != wanted:
            continue
        try:
            folders = sorted(p for p in scen.iterdir() if p.is_dir() and not p.name.startswith("."))
        except OSError as exc:
            problems.append(f"{scen}: cannot list ({exc.strerror or exc})")
            continue
        for folder in folders:
            try:
                take = load_take(folder)
            except StorageError as exc:
                problems.append(str(exc))
                continue
            except (OSError, ValueError) as exc:
                problems.append(f"{folder}: unreadable take ({exc}); skipped")
                continue
            if take.note:
                problems.append(take.note)
            takes.append(take)
    takes.sort(key=lambda t: (t.id, t.scenario))
    return takes, problems


def list_takes(scenario: str | None = None, root: Path | None = None) -> list[Take]:
    return scan_takes(scenario, root)[0]


def has_audio(take: Take) -> bool:
    path = take.audio_path
    return path is not None and os.path.isfile(path)
