"""The disk fills up after the audio is safe but before the report is: the last write of a take.

`test_storage_faults.py` fills the disk during the take itself. This is the other
half: `rehearse record` and `rehearse import` save the audio, spend seconds
analysing, then write `report.json`, and the disk can fill in between (another
process, a sync client). The test fills a real tmpfs to the last byte while the
analysis runs. The command must still show the verdict it computed, end with one
clear line that says the take is safe, exit 2, and leave nothing half-written:
the FLAC intact, no `report.json` and no temp files. Once space is freed,
opening the take rebuilds the report.
"""

from __future__ import annotations

import os
import re
import subprocess
import threading
import time
from pathlib import Path

import pytest
import soundfile as sf

from rehearse import store
from tests.conftest import REHEARSE, REPO

pytest_plugins = ["tests.vmic"]
pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to mount a tmpfs (CI runs as root)")


@pytest.fixture
def small_disk(tmp_path):
    where = tmp_path / "fs"
    where.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(where)], check=True)
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(disk: Path) -> None:
    """Take every free byte, as another program would."""
    with open(disk / "filler", "wb") as f:
        try:
            while True:
                f.write(b"\0" * (1 << 16))
                f.flush()
        except OSError:
            pass
    assert os.statvfs(disk).f_bavail == 0


def _run_filling(cmd: list[str], disk: Path, env: dict, marker: str) -> tuple[subprocess.CompletedProcess, Path]:
    """Run `cmd`; fill the disk as soon as stderr/stdout shows `marker` (the take folder follows it)."""
    proc = subprocess.Popen(cmd, cwd=REPO, env={**os.environ, **env, "REHEARSE_HOME": str(disk)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    hang_guard = threading.Timer(300, proc.kill)  # a hung child would block readline forever
    hang_guard.daemon = True
    hang_guard.start()
    stream = proc.stderr if marker.startswith("rehearse:") else proc.stdout
    seen = []
    while not (match := re.search(marker, line := stream.readline())):
        seen.append(line)
        assert line, f"no {marker!r} in {seen}"
    _fill(disk)
    out, err = proc.communicate(timeout=300)
    if stream is proc.stderr:
        err = "".join(seen) + line + err
    else:
        out = "".join(seen) + line + out
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err), Path(match.group(1).strip())


def _assert_safe_and_rebuildable(folder: Path, disk: Path) -> None:
    assert sf.info(folder / "audio.flac").frames > 16000
    assert not (folder / "report.json").exists()
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []  # no temp file eats the disk
    (disk / "filler").unlink()
    from rehearse.store.reports import ensure_report

    report, note = ensure_report(store.load_take(folder), analyse=lambda take, progress: {"rubric": {},
                                                                                         "transcript": {}})
    assert "analysed the take" in note and (folder / "report.json").exists()


def test_import_shows_the_verdict_and_keeps_the_take_when_the_report_cannot_be_saved(small_disk, speech):
    res, folder = _run_filling([*REHEARSE, "import", str(speech("SHORT"))], small_disk, {}, r"\t(.+)$")
    assert res.returncode == 2 and "Traceback" not in res.stderr, res.stderr
    assert re.search(r": 0:\d\d of 5:00, \d+ wpm", res.stderr), res.stderr  # the verdict was still shown
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("rehearse: error:")]
    assert len(errors) == 1 and "disk full while writing" in errors[0] and "report.json" in errors[0], errors
    assert "analysed again when the take is opened" in errors[0]
    _assert_safe_and_rebuildable(folder, small_disk)


@pytest.mark.device
def test_record_shows_the_verdict_and_keeps_the_take_when_the_report_cannot_be_saved(small_disk, vmic, speech_wav):
    cmd = [*REHEARSE, "record", "--seconds", "3", "--json"]
    vmic.play(speech_wav)
    started = time.monotonic()
    res, folder = _run_filling(cmd, small_disk, vmic.client_env, r"rehearse: saved [\d.]+ s in (.+)$")
    assert time.monotonic() - started < 120
    assert res.returncode == 2 and "Traceback" not in res.stderr, res.stderr
    assert '"words"' in res.stdout  # the report was printed all the same
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("rehearse: error:")]
    assert len(errors) == 1 and "disk full while writing" in errors[0], errors
    assert f"the take itself is saved in {folder}" in errors[0]
    take = store.load_take(folder)
    assert take.status == "complete" and take.audio == "audio.flac"
    _assert_safe_and_rebuildable(folder, small_disk)

