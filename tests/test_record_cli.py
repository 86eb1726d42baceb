"""`rehearse record` end to end: virtual mic -> take on disk -> the same report as `analyze`.

One run loads the real model (about 10 s on two cores), so there is exactly
one such test; the device listing and a wrong `--device` are cheap.
"""

from __future__ import annotations

import json
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
