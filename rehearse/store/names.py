"""Safe folder names and sortable take ids from user text.

Speaker, team and scenario names are typed by users and end up as folder names.
They may hold slashes, dots (`../../etc`), control characters, emoji or 500
characters; the folder must still be valid on ext4 *and* on the FAT/exFAT USB
stick a team copies `recordings/` to, and must never land outside `recordings/`.
So names are reduced to letters, digits, `-` and `_` (Unicode letters kept, so
"Zoë" stays readable), bounded in bytes, and every final path is checked to lie
under the root.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from rehearse.errors import StorageError

MAX_NAME_BYTES = 48
"""Slug length cap in UTF-8 bytes: ids stay readable and paths stay far below 255-byte limits."""

_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
"""Names FAT/NTFS refuse; recordings must survive a trip on a USB stick."""

ID_TIME_FORMAT = "%Y%m%dT%H%M%SZ"
"""UTC so ids sort in recording order across time zones and daylight-saving changes."""


def safe_name(text: object, fallback: str = "unnamed", max_bytes: int = MAX_NAME_BYTES) -> str:
    """A lower-case slug of `text` that is safe as one path component; `fallback` if nothing is left."""
    norm = unicodedata.normalize("NFKC", str(text or ""))
    slug = "".join(c if (c.isalnum() or c in "-_") else "-" for c in norm).lower()
    slug = re.sub(r"[-_]*-[-_]*", "-", slug).strip("-_")
    raw = slug.encode("utf-8")[:max_bytes]
    slug = raw.decode("utf-8", "ignore").strip("-_")
    if not slug:
        return fallback
    if slug in _WINDOWS_RESERVED:
        slug = f"{slug}_"
    return slug


def new_take_id(label: str = "", when: datetime | None = None) -> str:
    """`20251126T222801Z-ann`: sortable by time, then a short slug naming the speaker."""
    when = (when or datetime.now(UTC)).astimezone(UTC)
    stamp = when.strftime(ID_TIME_FORMAT)
    slug = safe_name(label, fallback="", max_bytes=24)
    return f"{stamp}-{slug}" if slug else stamp


def time_from_id(take_id: str) -> datetime | None:
    """The start time encoded in a take id, or None (used to rebuild a lost take.json)."""
    try:
        return datetime.strptime(take_id[:16], ID_TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def inside(root: Path, *parts: str) -> Path:
    """`root/parts...`, refusing any result that resolves outside `root` (symlinks included)."""
    path = root.joinpath(*parts)
    base = root.resolve()
    if not path.resolve().is_relative_to(base) or path.resolve() == base:
        raise StorageError(f"refusing to use {path}: it is not inside {root}")
    return path
