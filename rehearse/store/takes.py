"""Takes on disk: `recordings/<scenario>/<take-id>/take.json` plus the audio.

A take folder is plain files a team can copy, diff and back up. `take.json` is
written atomically; the folder itself is created under a hidden temporary name
and renamed once its `take.json` exists, so a listing never meets a half-made
take. Reading is forgiving: junk or a missing `take.json` is reported in one
line and rebuilt from the audio, because a damaged metadata file must not cost
anyone their recording.
"""

from __future__ import annotations

import os
import shutil
import socket
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from rehearse import paths
from rehearse.core.review import now_iso
from rehearse.errors import StorageError
from rehearse.store.atomic import atomic_write_json, fsync_dir, read_json, storage_error
from rehearse.store.names import inside, new_take_id, safe_name

STATUSES = ("recording", "complete", "interrupted", "recovered")
"""recording: being written (or crashed); interrupted: stopped early by an error, audio kept;
recovered: rebuilt from a crashed take's `.part` or from audio without metadata."""

TAKE_JSON, PART, FLAC, REPORT_JSON = "take.json", "audio.pcm.part", "audio.flac", "report.json"


_ACTIVE: set[str] = set()
"""Take folders this process is recording into right now. Our own pid cannot tell a live
take from one whose recording already failed (disk full); this set can."""


def set_active(take: Take, active: bool) -> None:
    """Mark `take` as being recorded by this process (or no longer: then it may be recovered)."""
    key = os.path.realpath(take.path)
    if active:
        _ACTIVE.add(key)
    else:
        _ACTIVE.discard(key)


def is_active(take: Take) -> bool:
    return os.path.realpath(take.path) in _ACTIVE


@dataclass
class Take:
    """Metadata of one take; `path` is its folder and is not stored in the JSON."""

    path: Path
    id: str
    scenario: str
    speaker: str = ""
    team: str = ""
    title: str = ""
    device: str = ""
    started_at: str = ""
    ended_at: str = ""
    model: str = ""
    language: str = "en"
    """What the speaker spoke (the scenario's language when the take began)."""
    sample_rate: int = 16000
    status: str = "recording"
    source: str = "recorded"
    audio: str = ""
    duration: float = 0.0
    pid: int | None = None
    pid_started: int | None = None
    host: str = ""
    note: str = ""
    """A one-line problem noticed while loading (not saved)."""

    @property
    def audio_path(self) -> Path | None:
        return self.path / self.audio if self.audio else None

    @property
    def part_path(self) -> Path:
        return self.path / PART

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        del data["path"], data["note"]
        data["duration"] = round(self.duration, 3)
        return data

    @classmethod
    def from_dict(cls, path: Path, data: dict[str, Any]) -> Take:
        """Text fields are taken as they are; a number that is not one, or out of range
        (Infinity, a pid too big for the kernel, a zero sample rate), raises ValueError
        naming the field, so `load_take` can say which one and rebuild from the audio."""
        kw: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in ("path", "note") or f.name not in data:
                continue
            kw[f.name] = _field(f.name, data[f.name])
        kw.setdefault("id", path.name)
        kw.setdefault("scenario", path.parent.name)
        take = cls(path=path, **kw)
        if take.audio and ("/" in take.audio or take.audio.startswith(".")):
            take.audio = ""  # never follow a path out of the take folder
        return take


_NUMBERS = {"sample_rate": (int, 1, 768_000), "duration": (float, 0.0, 1e7),
            "pid": (int, 1, 2**22), "pid_started": (int, 0, 2**63)}
"""Numeric fields: type and accepted range (2**22 is the kernel's largest pid_max)."""


def _field(name: str, value: object) -> str | int | float | None:
    """One take.json value converted to its field's type; ValueError naming the field if it cannot be."""
    if name not in _NUMBERS:
        return "" if value is None else str(value)
    kind, low, high = _NUMBERS[name]
    if value is None and name in ("pid", "pid_started"):
        return None
    try:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise TypeError
        number = value if isinstance(value, int) else float(value)  # ints stay exact (pid start ticks)
        if not low <= number <= high:  # also false for NaN
            raise ValueError
        return int(number) if kind is int else float(number)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"field {name!r} is not a number from {low:g} to {high:g}") from None


def process_start_ticks(pid: int) -> int | None:
    """Start time of `pid` in clock ticks (Linux /proc): tells a live recorder from a reused pid."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return int(stat.rsplit(")", 1)[1].split()[19])
    except (OSError, ValueError, IndexError):
        return None


def save_take(take: Take) -> None:
    atomic_write_json(take.path / TAKE_JSON, take.to_dict())


def create_take(scenario: str, *, speaker: str = "", team: str = "", title: str = "", device: str = "",
                model: str = "", sample_rate: int = 16000, source: str = "recorded",
                root: Path | None = None, language: str = "en") -> Take:
    """Make a new take folder with `take.json` (status `recording`, our pid); raises StorageError."""
    root = Path(root) if root else paths.recordings_dir()
    scen_dir = inside(root, safe_name(scenario, fallback="unsorted"))
    try:
        scen_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_error(exc, f"creating {scen_dir}") from exc
    base = new_take_id(speaker or team or title)
    pid = os.getpid()
    for n in range(1, 100):
        take_id = base if n == 1 else f"{base}-{n}"
        final = inside(scen_dir, take_id)
        if final.exists():
            continue
        take = Take(path=final, id=take_id, scenario=str(scenario), speaker=speaker, team=team, title=title,
                    device=device, started_at=now_iso(), model=model, language=language, sample_rate=sample_rate,
                    source=source, pid=pid, pid_started=process_start_ticks(pid), host=socket.gethostname())
        staging = scen_dir / f".{take_id}.{pid}.new"
        try:
            staging.mkdir()
            take.path = staging
            save_take(take)
            os.rename(staging, final)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            if final.exists():
                continue  # another process took this id between our check and the rename
            raise storage_error(exc, f"creating the take folder in {scen_dir}") from exc
        except StorageError:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        take.path = final
        set_active(take, True)
        fsync_dir(scen_dir)
        return take
    raise StorageError(f"cannot find a free take id in {scen_dir}")


def discard_take(take: Take) -> None:
    """Remove a take that never got any audio (the device failed to open)."""
    set_active(take, False)
    shutil.rmtree(take.path, ignore_errors=True)


def save_report(take: Take, report: dict[str, Any]) -> Path:
    path = take.path / REPORT_JSON
    atomic_write_json(path, report)
    return path


def load_report(take: Take) -> dict[str, Any] | None:
    """The saved report, None if there is none; a damaged one is a one-line StorageError."""
    path = take.path / REPORT_JSON
    if not path.exists():
        return None
    try:
        return read_json(path)
    except (OSError, ValueError) as exc:
        raise StorageError(f"{path}: damaged report ({exc}); run the analysis again") from exc
