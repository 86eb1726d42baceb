"""The library commands as a user runs them: import a folder (one bad file), list, export, compare, summary.

Real subprocesses, the real model and real audio (espeak-ng speech, one file
re-encoded the way a phone saves it), in a private REHEARSE_HOME. The imported
takes are shared by the tests of this module: importing is the slow part.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from rehearse.export import read_json_export
from tests.conftest import run_cli

SPEECHES = {
    "memo-1.wav": "General, I ask you to sign the directive today. Mixed engagement teams will patrol in Gao.",
    "memo-2.m4a": "General, thank you. Because half of the population are women, we must plan with them.",
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    for tool in ("espeak-ng", "ffmpeg"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is not installed (make system-test installs it)")
    base = tmp_path_factory.mktemp("import")
    folder = base / "phone"
    folder.mkdir()
    for name, text in SPEECHES.items():
        wav = base / (name + ".wav")
        subprocess.run(["espeak-ng", "-s", "150", "-w", str(wav), text], check=True)
        if name.endswith(".wav"):
            shutil.copy(wav, folder / name)
        else:  # AAC in an MP4 box at 44.1 kHz stereo: what a phone's voice recorder writes
            subprocess.run(["ffmpeg", "-loglevel", "error", "-i", str(wav), "-ac", "2", "-ar", "44100",
                            "-c:a", "aac", str(folder / name)], check=True)
    (folder / "memo-3-broken.m4a").write_bytes(os.urandom(4000))
    (folder / "notes.txt").write_text("not audio")
    env = {"REHEARSE_HOME": str(base / "home")}
    proc = run_cli("import", str(folder), "--speaker", "Zoë/../../etc", "--team", "Blue", timeout=300, env=env)
    return proc, env, base / "home" / "recordings"


def test_import_a_folder_with_one_bad_file(imported):
    proc, _env, recordings = imported
    assert proc.returncode == 2, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and "memo-3-broken.m4a" in errors[0], proc.stderr
    assert "Traceback" not in proc.stderr
    assert "skipped 1 non-audio file" in proc.stderr
    lines = [line.split("\t") for line in proc.stdout.splitlines()]
    assert len(lines) == 2
    for take_id, path in lines:
        folder = recordings / "minusma-gender" / take_id
        assert str(folder) == path and folder.resolve().is_relative_to(recordings.resolve())
        meta = json.loads((folder / "take.json").read_text())
        assert (meta["source"], meta["status"], meta["speaker"], meta["audio"]) == (
            "imported", "complete", "Zoë/../../etc", "audio.flac")
        report = json.loads((folder / "report.json").read_text())
        assert report["transcript"]["words"], "the import was analysed"
    assert "zoë-etc" in lines[0][0]  # the folder name is a safe slug of the speaker


def test_takes_lists_imported_takes_with_their_mark(imported):
    _proc, env, _rec = imported
    out = run_cli("takes", "--json", env=env)
    assert out.returncode == 0, out.stderr
    takes = json.loads(out.stdout)
    assert len(takes) == 2 and all(t["marks"] == ["imported"] and t["analysed"] for t in takes)
    assert {t["title"] for t in takes} == {"memo-1", "memo-2"}
    text = run_cli("takes", "--sort", "duration", env=env).stdout
    assert "Blue" in text and "Zoë/../../etc (2 takes)" in text and text.count("[imported]") == 2


def test_export_rebuilds_a_damaged_report_then_compare_and_summary_work(imported, tmp_path):
    _proc, env, recordings = imported
    first, second = sorted((recordings / "minusma-gender").iterdir())
    (first / "report.json").write_text('{"rubric": ')
    out = run_cli("export", first.name, "--format", "json", "-o", "-", timeout=300, env=env)
    assert out.returncode == 0, out.stderr
    assert "damaged report" in out.stderr and "re-analysed" in out.stderr
    doc = read_json_export(out.stdout)
    assert doc.report["transcript"]["words"] and doc.meta["id"] == first.name
    assert len(list(first.glob("report.damaged-*.json"))) == 1
    assert json.loads((first / "report.json").read_text()) == doc.report

    html = run_cli("export", first.name, "--format", "html", "-o", str(tmp_path), env=env)
    assert html.returncode == 0, html.stderr
    assert (tmp_path / f"{first.name}.html").read_text().startswith("<!DOCTYPE html>")

    cmp = run_cli("compare", first.name, str(second), env=env)
    assert cmp.returncode == 0, cmp.stderr
    assert "What changed:" in cmp.stdout and "Best: take " in cmp.stdout

    csv_out = run_cli("summary", "--format", "csv", "-o", "-", env=env)
    assert csv_out.returncode == 0 and len(csv_out.stdout.strip().splitlines()) == 3
