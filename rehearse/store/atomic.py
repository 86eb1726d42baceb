"""Durable file writes and OSError -> one-line StorageError.

A power cut or SIGKILL in the middle of writing `take.json` must leave either
the old file or the new one, never half of each: so every JSON write goes to a
temporary file in the same folder, is fsync'ed, then `os.replace`d over the
target, and the folder itself is fsync'ed so the rename survives too.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rehearse.errors import StorageError

_REASONS = {
    errno.ENOSPC: "disk full",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "read-only file system",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.ENOENT: "folder was removed",
    errno.ENOTDIR: "folder was replaced by a file",
    errno.EIO: "input/output error (failing disk or unplugged drive?)",
}


def storage_error(exc: OSError, action: str) -> StorageError:
    """`StorageError("disk full while <action>")`: names the cause and what we were doing."""
    reason = _REASONS.get(exc.errno or 0) or (exc.strerror or str(exc)).lower()
    return StorageError(f"{reason} while {action}")


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink inside `path` durable (no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path(target: Path) -> Path:
    """A hidden, unique sibling of `target`: same file system, so `os.replace` is atomic."""
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(3)}.tmp")


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Replace `target` with `data` atomically and durably; raises StorageError."""
    tmp = temp_path(target)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise storage_error(exc, f"writing {target}") from exc
    fsync_dir(target.parent)


def atomic_write_json(target: Path, data: dict[str, Any]) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    atomic_write_bytes(target, text.encode("utf-8"))


def read_json(path: Path) -> dict[str, Any]:
    """The JSON object in `path`; raises ValueError (junk, not an object) or OSError."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


JUNK = (TypeError, ValueError, AttributeError, KeyError, IndexError, OverflowError)
"""What code reading a dict raises when a hand-edited or fuzzed file has the wrong type somewhere."""


def bad_field(data: dict[str, Any], read: Callable[[dict[str, Any]], object]) -> str:
    """'' if `read(data)` works; else the dotted name of a field without which it works (or '?').

    Used to name the field in a one-line error instead of a traceback: tried two levels
    deep, the deeper level first, so `rubric.ask` is named rather than all of `rubric`.
    A report needs no guessing (`Report.from_dict` names the field by its path); this is
    for review.json, whose reader is tolerant, and for a caller's own `check` of a report.
    """

    def works(d: dict[str, Any]) -> bool:
        try:
            read(d)
        except JUNK:
            return False
        return True

    if works(data):
        return ""
    for key, value in data.items():
        if isinstance(value, dict):
            for sub in value:
                if works({**data, key: {k: v for k, v in value.items() if k != sub}}):
                    return f"{key}.{sub}"
        if works({k: v for k, v in data.items() if k != key}):
            return str(key)
    return "?"
