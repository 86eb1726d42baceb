"""`rehearse record` end to end: virtual mic -> take on disk -> the same report the app gives.

`record` judges a take the app's way (`LiveTake`): the model loads while the take
records and chunks are transcribed during it. Two runs load the real model: a short
take (the model may still be loading at stop, so the backlog is handed over) and a
45 s one, long enough for the first chunk to be transcribed while recording. How
fast the verdict comes is measured in bench/record_latency.py, never asserted here.
The device listing, a wrong `--device` and a model that cannot load are cheap.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rehearse import store

pytest_plugins = ["tests.vmic"]
pytestmark = pytest.mark.device

_SCRIPT = Path(sys.executable).with_name("rehearse")
REHEARSE = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "rehearse"]


def _env(vmic, home: Path) -> dict:
    return {**vmic.env(), "REHEARSE_HOME": str(home), "PYTHONUNBUFFERED": "1"}


def test_record_then_report_as_json(vmic, speech_wav, tmp_path):
    proc = subprocess.Popen([*REHEARSE, "record", "--seconds", "6", "--json", "--speaker", "Ann Lee",
                             "--team", "Blue/3"], env=_env(vmic, tmp_path), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    first = proc.stderr.readline()
    assert first.startswith("rehearse: recording "), first
    vmic.play(speech_wav)
    t0 = time.monotonic()
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 1, "--json prints exactly one line"
    report = json.loads(lines[0])
    take = store.load_take(Path(report.pop("take")))
    assert take.path.parent.parent == tmp_path / "recordings" and take.path.name.endswith("-ann-lee")
    assert (take.status, take.speaker, take.team, take.source) == ("complete", "Ann Lee", "Blue/3", "recorded")
    assert take.duration == pytest.approx(6.0, abs=0.25) and take.model
    assert store.load_report(take) == report  # saved exactly as printed
    assert report["words"] >= 8, report.get("transcript", {}).get("text")
    text = report["transcript"]["text"].lower()
    assert "convoy" in text or "radio" in text, text
    assert time.monotonic() - t0 < 200


def test_record_transcribes_while_recording_and_prints_the_saved_verdict(vmic, speech, tmp_path):
    proc = subprocess.Popen([*REHEARSE, "record", "--seconds", "45", "--json"], env=_env(vmic, tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr.readline().startswith("rehearse: recording ")
    vmic.play(speech("SHORT"))  # 26 s of briefing, then silence: one chunk is decided during the take
    out, err = proc.communicate(timeout=300)
    vmic.stop_players()
    assert proc.returncode == 0, err
    report = json.loads(out)
    take = store.load_take(Path(report.pop("take")))
    assert store.load_report(take) == report and take.model  # the verdict printed is the one saved
    saved = err.index(f"rehearse: saved {take.duration:.1f} s in {take.path}")
    verdict = re.search(r"rehearse: verdict [\d.]+ s after stop; (\d+) s of the 45 s take were "
                        r"transcribed while recording", err)
    assert verdict and verdict.start() > saved, err  # the take was safe before the verdict was finished
    # The live path: the first chunk (24-27.5 s) was transcribed before stop, not afterwards.
    assert int(verdict.group(1)) >= 20, err
    assert report["words"] >= 40 and report["audio_s"] == pytest.approx(45, abs=0.5), report


def test_a_model_that_cannot_load_still_saves_the_take(vmic, speech_wav, tmp_path):
    proc = subprocess.Popen([*REHEARSE, "record", "--seconds", "2", "--model", "no-such-model"],
                            env=_env(vmic, tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr.readline().startswith("rehearse: recording ")
    vmic.play(speech_wav)
    out, err = proc.communicate(timeout=120)
    vmic.stop_players()
    assert proc.returncode == 2 and out == "" and "Traceback" not in err, err
    [take] = store.list_takes(root=tmp_path / "recordings")
    assert take.status == "complete" and take.audio_path.is_file() and take.duration > 1.5
    [error] = [line for line in err.splitlines() if line.startswith("rehearse: error:")]
    assert error.startswith("rehearse: error: model 'no-such-model' not found as a folder"), err
    assert error.endswith(f"; the take itself is saved in {take.path} and is analysed when it is opened")


def test_list_devices_shows_the_virtual_mic(vmic, tmp_path):
    res = subprocess.run([*REHEARSE, "record", "--list-devices"], env=_env(vmic, tmp_path),
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 0
    inputs = res.stdout.split("output devices")[0]
    assert "pulse" in inputs and "*" in inputs


def test_unknown_device_names_it_and_lists_inputs(vmic, tmp_path):
    res = subprocess.run([*REHEARSE, "record", "--device", "usb-headset", "--seconds", "1"],
                         env=_env(vmic, tmp_path), capture_output=True, text=True, timeout=60)
    assert res.returncode == 2
    assert res.stderr.startswith("rehearse: error: no input device matching 'usb-headset'; inputs are: ")
    assert "pulse" in res.stderr and res.stderr.count("\n") == 1
    assert store.list_takes(root=tmp_path / "recordings") == []
