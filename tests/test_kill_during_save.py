"""SIGKILL while a take is analysed or saved: no half-written file, and the report comes back.

Why these two targets: a take's audio is converted to FLAC when it stops and its
report is written when the analysis ends, and both are long enough (an hour of
PCM; seconds of Whisper) for a closed laptop or an OOM kill to land in them.
The promise is that whatever is visible in a take folder is whole (`audio.flac`
decodes to the end, `take.json`/`report.json` parse), half-written data only
ever lives in hidden temp files that recovery removes, and a missing or
truncated report is rebuilt from the audio the next time the take is opened.
Real processes, real SIGKILL, no mocks.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import soundfile as sf

from rehearse import store
from rehearse.store.reports import read_report
from rehearse.store.takes import set_active
from tests.conftest import REHEARSE, REPO, run_cli


def watchdog(proc: subprocess.Popen, seconds: float) -> None:
    """The hang guard: a blocking `readline` on a hung child would otherwise wait forever."""
    timer = threading.Timer(seconds, proc.kill)
    timer.daemon = True
    timer.start()


def _assert_whole(folder: Path) -> None:
    """Every visible file in a take folder is complete; only hidden files may be partial."""
    for path in folder.iterdir():
        if path.name.startswith("."):
            assert path.name.endswith((".tmp", ".new")), path
        elif path.suffix == ".json":
            json.loads(path.read_text())  # never truncated
        elif path.name == "audio.flac":
            audio, _ = sf.read(path, dtype="int16")  # decodes to the end
            assert len(audio) == sf.info(path).frames > 0
    report, problem = read_report(store.load_take(folder))
    assert problem == "", problem


_SLOW_SAVE = """
import os, sys, time
_replace = os.replace
def replace(src, dst, *args, **kwargs):
    if str(dst).endswith("report.json"):  # the temp file is written and fsync'ed; the rename is next
        print("SAVING", flush=True, file=sys.stderr)
        time.sleep(60)
    return _replace(src, dst, *args, **kwargs)
os.replace = replace
"""
"""A `sitecustomize` that holds the process just before the report's rename, so the kill lands
exactly "while the report is saved" instead of in a window a few microseconds wide."""


def _start_import(source: Path, env: dict) -> tuple[subprocess.Popen, Path, float]:
    """`rehearse import` running; returns once the audio is saved, just before the analysis starts."""
    proc = subprocess.Popen([*REHEARSE, "import", str(source)], cwd=REPO, env={**os.environ, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watchdog(proc, 300)
    line = proc.stdout.readline()
    assert "\t" in line, (line, proc.communicate(timeout=60))
    return proc, Path(line.split("\t")[1].strip()), time.monotonic()


def test_import_killed_during_analysis_or_save_leaves_whole_files_and_rebuilds_the_report(tmp_path, speech):
    source = speech("SHORT")
    env = {"REHEARSE_HOME": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    proc, reference, started = _start_import(source, env)
    assert proc.wait(timeout=180) == 0, proc.stderr.read()[-2000:]
    analysis_s = time.monotonic() - started  # in the same machine state: spreads the kills over it
    expected = read_report(store.load_take(reference))[0]["words"]

    fraction, finished = random.Random(1325).uniform(0.2, 0.8), []
    for _ in range(4):  # a kill that came too late (this run was faster) is retried earlier
        proc, during_analysis, started = _start_import(source, env)
        time.sleep(fraction * analysis_s)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        if not (during_analysis / "report.json").exists():
            break
        finished.append(during_analysis)
        fraction /= 2
    assert not (during_analysis / "report.json").exists(), "no kill landed during the analysis"

    (tmp_path / "hook").mkdir()
    (tmp_path / "hook" / "sitecustomize.py").write_text(_SLOW_SAVE)
    proc, during_save, _ = _start_import(source, {**env, "PYTHONPATH": str(tmp_path / "hook")})
    while "SAVING" not in (line := proc.stderr.readline()):
        assert line, "the import ended without saving a report"
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert [p.name for p in during_save.glob(".report.json.*.tmp")] and not (during_save / "report.json").exists()

    every = [reference, *finished, during_analysis, during_save]
    for folder in every:
        _assert_whole(folder)
    listing = run_cli("takes", "--json", env=env, timeout=60)
    assert listing.returncode == 0 and "Traceback" not in listing.stderr, listing.stderr
    assert {t["path"] for t in json.loads(listing.stdout)} == {str(p) for p in every}

    # Opening a take without a report analyses it; a truncated report is kept aside and rebuilt.
    text = (reference / "report.json").read_bytes()
    (reference / "report.json").write_bytes(text[: len(text) // 2])
    for folder in (reference, during_save):
        out = run_cli("export", str(folder), "--format", "json", "-o", "-", env=env, timeout=180)
        assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr[-2000:]
        assert abs(json.loads(out.stdout)["report"]["words"] - expected) <= 3
        assert read_report(store.load_take(folder))[1] == ""
        assert folder != reference or "kept aside and re-analysed" in out.stderr, out.stderr
        assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []  # the dead temp is swept
    assert [p.read_bytes() for p in reference.glob("report.damaged-*.json")] == [text[: len(text) // 2]]


_CONVERT = """
import sys; from pathlib import Path; from rehearse import store
take = store.load_take(Path(sys.argv[1])); print("go", flush=True); store.finish_take(take)
"""


def test_flac_conversion_killed_midway_leaves_the_part_and_recovery_finishes_it(tmp_path):
    """Stopping a long take converts PCM to FLAC; a kill in the middle must cost nothing."""
    samples = (np.random.default_rng(7).standard_normal(16000 * 1200) * 4000).astype(np.int16)  # 20 min
    take = store.create_take("drill", speaker="long", root=tmp_path / "recordings")
    take.part_path.write_bytes(samples.tobytes())
    take.pid = None  # as a dead recorder leaves it
    store.save_take(take)
    set_active(take, False)  # this process created it, but is not recording it
    started = time.monotonic()
    store.pcm_to_flac(take.part_path, tmp_path / "timing.flac", 16000)
    convert_s = time.monotonic() - started
    midway = 0
    for fraction in (0.05, 0.2, 0.35, 0.5, 0.65):
        proc = subprocess.Popen([sys.executable, "-c", _CONVERT, str(take.path)], stdout=subprocess.PIPE,
                                text=True, cwd=REPO)
        watchdog(proc, 60)
        assert proc.stdout.readline().strip() == "go"
        time.sleep(fraction * convert_s)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        meta = json.loads((take.path / "take.json").read_text())
        flac = take.path / "audio.flac"
        if flac.exists():  # visible means complete, whatever the moment of the kill
            assert sf.info(flac).frames == len(samples)
        if meta["status"] == "complete":
            break  # it finished before the kill (a fast machine): nothing left to test
        assert take.part_path.stat().st_size == samples.nbytes  # the raw audio stays until then
        midway += not flac.exists()
    assert midway, "no kill landed during the conversion"
    lines = store.recover_interrupted(tmp_path / "recordings")
    assert len(lines) <= 1 and not [ln for ln in lines if "could not" in ln], lines
    print(f"conversion {convert_s:.2f} s, {midway} kills mid-way")
    done = store.load_take(take.path)
    assert np.array_equal(sf.read(done.audio_path, dtype="int16")[0], samples)
    assert not done.part_path.exists()
    if lines:  # recovery swept the hidden temp FLACs of the killed writers (each a copy of the audio)
        assert [p.name for p in take.path.iterdir() if p.name.startswith(".")] == [], "stale temp files"
