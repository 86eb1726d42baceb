"""Deleting a take moves it to `recordings/.trash/`; nothing is destroyed.

A syndicate deleting "the bad take" in a hurry sometimes deletes the good one,
so delete is a rename into a hidden folder on the same file system (atomic,
instant, and invisible to the takes listing, which skips dot-folders), with a
`trashed.json` saying where it came from so `restore_take` can put it back.
Emptying the trash is left to the user's file manager on purpose.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rehearse.errors import StorageError
from rehearse.store.atomic import atomic_write_json, fsync_dir, read_json, storage_error
from rehearse.store.finalize import writer_alive
from rehearse.store.listing import load_take
from rehearse.store.names import inside
from rehearse.store.takes import Take

TRASH_DIR = ".trash"
TRASHED_JSON = "trashed.json"


@dataclass(frozen=True)
class Trashed:
    path: Path
    """Where the take folder now lies, inside the trash."""
    original: Path
    trashed_at: str
    take_id: str
    scenario: str


def _root_of(take: Take, root: Path | None) -> Path:
    return Path(root) if root else take.path.parent.parent


def _free(path: Path) -> Path:
    if not path.exists():
        return path
    for n in range(2, 1000):
        candidate = path.with_name(f"{path.name}-{n}")
        if not candidate.exists():
            return candidate
    raise StorageError(f"no free name for {path}")


def _move(src: Path, dest: Path, what: str) -> None:
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.rename(src, dest)
    except OSError as exc:
        raise storage_error(exc, what) from exc
    fsync_dir(src.parent)
    fsync_dir(dest.parent)


def trash_take(take: Take, root: Path | None = None) -> Path:
    """Move the take folder into the trash; returns its new path. StorageError if it cannot.

    Refuses a take still being recorded: its recorder would write into a folder
    that moved, and the take would come back as a crash.
    """
    if writer_alive(take):
        raise StorageError(f"{take.id} is still being recorded; stop it before deleting")
    root = _root_of(take, root)
    src = inside(root, take.path.parent.name, take.path.name)
    dest = _free(inside(root, TRASH_DIR, take.path.parent.name, take.path.name))
    _move(src, dest, f"moving {take.id} to the trash")
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    # Without trashed.json, restore falls back to the folder names: the take is safe either way.
    with contextlib.suppress(StorageError):
        atomic_write_json(dest / TRASHED_JSON, {"original": str(src.relative_to(root)), "trashed_at": stamp})
    return dest


def list_trash(root: Path) -> list[Trashed]:
    """Takes in the trash, most recently deleted first; unreadable entries are listed by folder name."""
    base = Path(root) / TRASH_DIR
    out = []
    for folder in sorted(p for p in base.glob("*/*") if p.is_dir()):
        try:
            meta = read_json(folder / TRASHED_JSON)
        except (OSError, ValueError, UnicodeDecodeError):
            meta = {}
        original = Path(root) / str(meta.get("original") or f"{folder.parent.name}/{folder.name}")
        out.append(Trashed(folder, original, str(meta.get("trashed_at") or ""), folder.name, folder.parent.name))
    out.sort(key=lambda t: t.trashed_at, reverse=True)
    return out


def restore_take(item: Trashed, root: Path) -> Take:
    """Put a trashed take back where it was (with a -2 suffix if that name is taken again)."""
    root = Path(root)
    rel = item.original.relative_to(root) if item.original.is_relative_to(root) else Path(item.scenario, item.take_id)
    dest = _free(inside(root, *rel.parts))
    _move(item.path, dest, f"restoring {item.take_id} from the trash")
    with contextlib.suppress(OSError):
        (dest / TRASHED_JSON).unlink(missing_ok=True)
    return load_take(dest)
