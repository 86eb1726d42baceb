"""The crash-safe audio file of a take being recorded, and its conversion to FLAC.

While recording we append raw int16 mono PCM to `audio.pcm.part` with plain
`os.write` calls and fsync at least every `SYNC_INTERVAL_S`. Raw PCM has no
header to finalise, so whatever reached the disk before a SIGKILL or power cut
is a valid prefix of the take (at most one half sample, which recovery drops).
FLAC is written only once the take has ended, into a temporary file that is
fsync'ed and renamed, so `audio.flac` is either absent or complete.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

import numpy as np

from rehearse.errors import StorageError
from rehearse.store.atomic import fsync_dir, fsync_file, storage_error, temp_path

SYNC_INTERVAL_S = 0.4
"""Below the 0.5 s promise: blocks arrive every 0.1 s, so a sync may come up to one block late."""

CHUNK_BYTES = 1 << 20
"""PCM is converted in 1 MiB pieces so an hour-long take never sits in memory twice."""


def to_int16(block: np.ndarray) -> np.ndarray:
    """Mono int16 samples from an int16 or float (-1..1) block."""
    arr = np.asarray(block)
    if arr.ndim > 1:
        arr = arr[:, 0]
    if arr.dtype == np.int16:
        return arr
    out: np.ndarray = (np.clip(arr, -1.0, 1.0) * 32767.0).astype(np.int16)
    return out


class PcmWriter:
    """Appends samples to a `.part` file; `frames` counts what reached the file."""

    def __init__(self, path: Path, sync_interval: float = SYNC_INTERVAL_S):
        self.path = Path(path)
        self.sync_interval = sync_interval
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o644)
            self.bytes = os.fstat(self._fd).st_size
        except OSError as exc:
            raise storage_error(exc, f"creating {self.path}") from exc
        self._last_sync = time.monotonic()

    @property
    def frames(self) -> int:
        return self.bytes // 2

    def write(self, block: np.ndarray) -> None:
        """Append a block; raises StorageError on any write problem (partial writes are counted).

        The periodic sync comes first, so a sync failure leaves this block unwritten and
        the caller's count of written audio matches the file exactly.
        """
        if time.monotonic() - self._last_sync >= self.sync_interval:
            self.sync()
        view = memoryview(to_int16(block).tobytes())
        try:
            while view:
                n = os.write(self._fd, view)
                self.bytes += n
                view = view[n:]
        except OSError as exc:
            raise storage_error(exc, f"writing {self.path}") from exc

    def sync(self) -> None:
        """fsync, and notice a take folder deleted under us (writes to it would vanish on close)."""
        try:
            os.fsync(self._fd)
            removed = os.fstat(self._fd).st_nlink == 0
        except OSError as exc:
            raise storage_error(exc, f"saving {self.path}") from exc
        self._last_sync = time.monotonic()
        if removed:
            self._restore()
            raise StorageError(f"the take folder {self.path.parent} was removed during recording")

    def _restore(self) -> None:
        """Copy the still-open, unlinked file back to its path: the audio is only in our fd now."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            new = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise StorageError(
                f"the take folder {self.path.parent} was removed during recording and cannot be "
                f"recreated ({storage_error(exc, 'recreating it')}); the audio is lost"
            ) from exc
        offset = 0
        while chunk := os.pread(self._fd, CHUNK_BYTES, offset):
            os.write(new, chunk)
            offset += len(chunk)
        os.fsync(new)
        os.close(self._fd)
        self._fd = new
        fsync_dir(self.path.parent)

    def close(self) -> None:
        """Final fsync and close; safe to call twice. Raises StorageError if the sync fails."""
        if self._fd < 0:
            return
        try:
            self.sync()
        finally:
            os.close(self._fd)
            self._fd = -1


def pcm_to_flac(part: Path, dest: Path, sample_rate: int) -> int:
    """Convert raw int16 PCM to FLAC at `dest` atomically; returns the frames written.

    A trailing odd byte (a half-written sample from a crash) is dropped.
    """
    import soundfile as sf  # type: ignore[import-untyped]  # libsndfile bindings ship no types

    total = part.stat().st_size // 2
    if total == 0:
        return 0  # libsndfile cannot read back a FLAC without frames: keep no audio file at all
    tmp = temp_path(dest)
    try:
        # Create the file ourselves first: that is where permission and read-only errors show
        # up, and Python names them (errno) where libsndfile only says "System error". The
        # writing itself stays inside libsndfile (a Python file object would make it print
        # "Exception ignored" tracebacks on a full disk).
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        with open(part, "rb") as src, sf.SoundFile(str(tmp), "w", samplerate=sample_rate, channels=1,
                                                   subtype="PCM_16", format="FLAC") as out:
            left = total * 2
            while left > 0:
                data = src.read(min(CHUNK_BYTES, left))
                if not data:
                    break
                data = data[: len(data) - len(data) % 2]
                left -= len(data)
                out.write(np.frombuffer(data, dtype="<i2"))
        fsync_file(tmp)
        os.replace(tmp, dest)
    except (OSError, RuntimeError) as exc:
        # soundfile reports libsndfile failures (e.g. disk full) as RuntimeError.
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise storage_error(exc, f"writing {dest}") from exc
        if _disk_full(dest.parent):
            raise StorageError(f"disk full while writing {dest}") from exc
        raise StorageError(f"cannot write {dest}: {exc}") from exc
    fsync_dir(dest.parent)
    return total


def _disk_full(folder: Path) -> bool:
    try:
        return os.statvfs(folder).f_bavail == 0
    except OSError:
        return False
