"""Ending a take: `.part` -> `audio.flac`, and recovering takes whose recorder died.

The order of steps is what makes a crash at any moment harmless:
FLAC written to a temp file, fsync'ed and renamed -> take.json updated
atomically -> `.part` deleted. Dying between any two steps leaves either the
`.part` (recovery converts it again) or a finished take with a stale `.part`
(deleted next time). A take is only recovered when the process that records
it is gone: pid *and* its start time are checked, so a reused pid does not
hide a crashed take, and a live recorder is never touched.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import socket
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from rehearse.core.review import now_iso
from rehearse.errors import StorageError
from rehearse.store.listing import load_take, scan_takes
from rehearse.store.pcm import pcm_to_flac
from rehearse.store.takes import (
    FLAC,
    Take,
    is_active,
    process_start_ticks,
    save_take,
    set_active,
)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # not ours to judge (permission): keep its files
    return True


def remove_stale_temps(folder: Path) -> None:
    """Delete the hidden temp files (`.<name>.<pid>.<hex>.tmp`) that a writer killed mid-write
    left behind: a take stopped by SIGKILL during its FLAC conversion would otherwise keep a
    hidden copy of its audio forever. A file whose writer may still run is left alone."""
    for tmp in folder.glob(".*.tmp"):
        try:
            pid = int(tmp.name.rsplit(".", 3)[-3])
        except (ValueError, IndexError):
            continue
        if pid != os.getpid() and not _pid_alive(pid):
            with contextlib.suppress(OSError):
                tmp.unlink()


def finish_take(take: Take, status: str = "complete") -> Take:
    """Convert the take's `.part` to FLAC and save its metadata with `status`; raises StorageError.

    On failure the `.part` stays where it is, so nothing recorded is lost and the
    take is recovered on the next start.
    """
    set_active(take, False)  # from here on a failure leaves a take recoverable, even by this process
    part = take.part_path
    if part.exists():
        frames = pcm_to_flac(part, take.path / FLAC, take.sample_rate)
        take.audio = FLAC if frames else ""
        take.duration = frames / take.sample_rate
    take.status = status
    take.ended_at = take.ended_at or now_iso()
    take.pid = take.pid_started = None
    save_take(take)
    with contextlib.suppress(OSError):  # a stale .part next to a finished take is harmless
        part.unlink(missing_ok=True)
    remove_stale_temps(take.path)
    return take


def writer_alive(take: Take) -> bool:
    """True if the process recording `take` still runs on this machine."""
    if take.pid is None or (take.host and take.host != socket.gethostname()):
        return False
    if take.pid == os.getpid():
        return is_active(take)
    try:
        state = Path(f"/proc/{take.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        state = None
    if state is None:
        try:
            os.kill(take.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return not Path("/proc/self").exists()  # /proc exists but has no entry: process gone
    if state in ("Z", "X"):
        return False  # a zombie records nothing
    started = process_start_ticks(take.pid)
    return take.pid_started is None or started == take.pid_started


def needs_recovery(take: Take) -> bool:
    if writer_alive(take):
        return False
    if take.status == "recording":
        return True
    return take.part_path.exists() and not (take.audio and (take.path / take.audio).exists())


def find_interrupted(root: Path | None = None) -> list[Take]:
    """Takes left behind by a recorder that crashed, was killed or lost power."""
    return [t for t in scan_takes(root=root)[0] if needs_recovery(t)]


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on the take folder: two processes starting at once (CLI and app)
    must not both convert the same `.part`. The lock dies with its process, so it never goes stale."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield  # folder gone: the load below reports it
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _recover(take: Take) -> Take | None:
    """Recover under the lock; None if it turned out not to need it (someone else did it)."""
    with _locked(take.path):
        take = load_take(take.path)  # re-read under the lock
        if not needs_recovery(take):
            return None
        part = take.part_path
        if part.exists():
            take.ended_at = datetime.fromtimestamp(part.stat().st_mtime).astimezone().isoformat(timespec="seconds")
        return finish_take(take, status="recovered")


def recover(take: Take) -> Take:
    """Turn what a dead recorder left into a normal take with status `recovered`; raises StorageError."""
    return _recover(take) or load_take(take.path)


def recover_interrupted(root: Path | None = None) -> list[str]:
    """Recover every interrupted take; one line per take saying what happened (for stderr or the UI)."""
    takes, problems = scan_takes(root=root)
    lines = list(problems)  # the scan rebuilt a damaged take.json: say so now, the next scan will not
    for found in (t for t in takes if needs_recovery(t)):
        try:
            take = _recover(found)
        except StorageError as exc:
            lines.append(f"could not recover interrupted take {found.path}: {exc}")
            continue
        if take is not None:
            lines.append(f"recovered interrupted take {take.path} ({take.duration:.1f} s of audio)")
    return lines
