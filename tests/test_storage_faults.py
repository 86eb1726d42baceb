"""Storage failing under a take: disk full, read-only, permission denied, folder deleted.

Real faults, not mocks: a 96 KiB tmpfs fills up after ~2.5 s of audio, `mount -o
remount,ro` makes recordings read-only, `chattr +i` denies writes even to root
(root ignores chmod), and the recordings folder is deleted mid-take. Each case
must end with a clean stop, one clear line, and every sample that reached the
recorder's writer still on disk (checked sample by sample against what the
`on_audio` tap saw, which is only called after a block was written).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from rehearse import store
from rehearse.audio import capture
from rehearse.errors import StorageError
from rehearse.session.recording import TakeRecording

pytest_plugins = ["tests.vmic"]
pytestmark = [
    pytest.mark.device,
    pytest.mark.skipif(os.geteuid() != 0, reason="needs root: mounts a tmpfs and uses chattr +i (CI runs as root)"),
]

_SCRIPT = Path(sys.executable).with_name("rehearse")
REHEARSE = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "rehearse"]


@pytest.fixture
def tmpfs(tmp_path):
    """`mount(size)` -> a fresh tmpfs folder; everything is unmounted and made mutable afterwards."""
    mounted: list[Path] = []
    immutable: list[Path] = []

    def mount(size: str) -> Path:
        where = tmp_path / f"fs{len(mounted)}"
        where.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], check=True)
        mounted.append(where)
        return where

    mount.immutable = immutable
    yield mount
    for path in immutable:
        subprocess.run(["chattr", "-i", str(path)], check=False)
    for where in reversed(mounted):
        subprocess.run(["umount", "-l", str(where)], check=False)


def _chattr(tmpfs, flag: str, path: Path) -> None:
    subprocess.run(["chattr", flag, str(path)], check=True)
    if flag == "+i":
        tmpfs.immutable.append(path)


def _record(root: Path, tapped: list) -> TakeRecording:
    rec = TakeRecording("drill", speaker="fault", root=root, on_audio=tapped.append)
    rec.start()
    return rec


def _as_int16(tapped: list) -> np.ndarray:
    return np.round(np.concatenate(tapped) * 32768).astype(np.int16)


def _one_line(exc: BaseException) -> str:
    msg = str(exc)
    assert msg and "\n" not in msg
    return msg


def test_disk_full_keeps_everything_written_and_recovers_later(vmic, speech_wav, tmpfs):
    home = tmpfs("96k")
    tapped: list = []
    rec = _record(home / "recordings", tapped)
    vmic.play(speech_wav)
    assert rec.wait(15), "a full disk must end the take"
    with pytest.raises(StorageError) as info:
        rec.stop()
    msg = _one_line(info.value)
    assert msg.startswith("disk full while writing") and "audio.pcm.part" in msg and "recovered" in msg
    assert capture.live_recorders() == 0
    take = info.value.take
    written = _as_int16(tapped)
    on_disk = np.frombuffer(take.part_path.read_bytes()[: len(written) * 2], np.int16)
    assert len(written) > 16000 and np.array_equal(on_disk, written)

    subprocess.run(["mount", "-o", "remount,size=4m", str(home)], check=True)  # the user frees space
    assert store.recover_interrupted(home / "recordings")  # possible without restarting the app
    audio = sf.read(store.load_take(take.path).audio_path, dtype="int16")[0]
    assert np.array_equal(audio[: len(written)], written)


@pytest.mark.parametrize("fault", ["read-only", "immutable"])
def test_unwritable_recordings_folder_fails_before_recording(vmic, tmpfs, fault):
    home = tmpfs("1m")
    (home / "recordings").mkdir()
    if fault == "read-only":
        subprocess.run(["mount", "-o", "remount,ro", str(home)], check=True)
        expected = "read-only file system while creating"
    else:
        _chattr(tmpfs, "+i", home / "recordings")
        expected = "operation not permitted while creating"
    res = subprocess.run([*REHEARSE, "record", "--seconds", "2", "--no-analyze"],
                         env={**vmic.env(), "REHEARSE_HOME": str(home)}, capture_output=True, text=True,
                         timeout=60)
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"rehearse: error: {expected}"), res.stderr
    assert list((home / "recordings").iterdir()) == []


def test_permission_lost_mid_take_keeps_the_part_file(vmic, speech_wav, tmpfs):
    home = tmpfs("4m")
    tapped: list = []
    rec = _record(home / "recordings", tapped)
    vmic.play(speech_wav)
    while rec.elapsed < 1.5:
        time.sleep(0.05)
    _chattr(tmpfs, "+i", rec.take.path)  # writes to the open .part go on; nothing new can be created
    time.sleep(0.5)
    with pytest.raises(StorageError) as info:
        rec.stop()
    msg = _one_line(info.value)
    assert msg.startswith("operation not permitted while writing") and "kept in" in msg
    written = _as_int16(tapped)
    take = info.value.take
    assert np.array_equal(np.frombuffer(take.part_path.read_bytes(), np.int16), written)
    _chattr(tmpfs, "-i", take.path)
    store.recover_interrupted(home / "recordings")
    assert np.array_equal(sf.read(store.load_take(take.path).audio_path, dtype="int16")[0], written)


def test_recordings_folder_deleted_mid_take_is_restored(vmic, speech_wav, tmp_path):
    root = tmp_path / "recordings"
    tapped: list = []
    rec = _record(root, tapped)
    vmic.play(speech_wav)
    while rec.elapsed < 1.5:
        time.sleep(0.05)
    shutil.rmtree(root)
    assert rec.wait(3), "the deletion must be noticed within a sync interval"
    with pytest.raises(StorageError) as info:
        rec.stop()
    msg = _one_line(info.value)
    assert "was removed during recording" in msg and "saved in" in msg
    take = store.load_take(info.value.take.path)
    assert take.status == "interrupted"
    assert np.array_equal(sf.read(take.audio_path, dtype="int16")[0], _as_int16(tapped))
