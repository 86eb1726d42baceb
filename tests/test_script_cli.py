"""`rehearse script FILE` as a new user runs it: a draft that is too long and has no ask,
a draft that is ready, the speaker's own pace from saved takes, and every bad file as one
line with exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rehearse.cli import main
from rehearse.store import create_take, finish_take, save_report
from tests.ui.fakes import sample_report

DATA = Path(__file__).parent / "data" / "scripts"
LONG = DATA / "long-no-ask.md"
GOOD = DATA / "good.txt"


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    """An empty data root: no saved takes unless a test makes them."""
    monkeypatch.setenv("REHEARSE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def run(capsys, *args: str) -> tuple[int, str, str]:
    rc = main(["script", *map(str, args)])
    out, err = capsys.readouterr()
    return rc, out, err


def test_a_long_draft_without_an_ask_is_told_both_with_the_forecast_and_where_to_cut(capsys):
    rc, out, err = run(capsys, LONG)
    assert rc == 0 and not err
    assert "Verdict: not ready" in out
    assert "too long: about 5:10 at 140 wpm, 10 s over the 5:00 limit" in out
    assert "missing: A clear ask of the Force Commander" in out
    assert "no ask to put up front" in out
    assert "Forecast  5:10 of 5:00   range 4:46-5:39" in out
    assert "using 140 wpm" in out and "2 needed" in out
    assert "4:30 is passed in ¶9 (What it costs)" in out and "5:00 is passed in ¶10 (Closing)" in out
    assert "to land at 4:45: cut about 63 words (of 772)" in out
    assert "“manpower” → personnel" in out and "“I think”" in out
    assert "55 words" in out  # the sentence too long for one breath


def test_json_gives_everything_in_one_object(capsys):
    rc, out, _ = run(capsys, LONG, "--json")
    assert rc == 0 and len(out.strip().splitlines()) == 1
    data = json.loads(out)
    assert data["ok"] is False and data["words"] == 772
    assert data["forecast"]["over_limit"] and data["forecast"]["card"] == "over"
    assert data["forecast"]["pace"]["source"] == "default" and data["forecast"]["pace"]["wpm"] == 140
    assert [c["mark"] for c in data["cuts"]["crossings"]] == ["4:30", "5:00"]
    assert [c["paragraph"] for c in data["cuts"]["crossings"]] == [9, 10]
    assert data["cuts"]["words_to_cut"] == 63
    assert data["missing"] == ["ask"] and not data["rubric"]["ask"]["found"]
    assert data["rubric"]["examples"]["count"] >= 3
    assert all(e["text"] for e in data["rubric"]["why"]["evidence"])
    assert data["bottom_line_up_front"]["ok"] is False
    assert {g["term"] for g in data["language"]["gendered"]} == {"manpower"}
    assert [s["words"] for s in data["language"]["long_sentences"]] == [37, 55]


def test_a_ready_draft_passes(capsys):
    rc, out, _ = run(capsys, GOOD)
    assert rc == 0
    assert "Verdict: ready to rehearse" in out and "✗" not in out
    data = json.loads(run(capsys, GOOD, "--json")[1])
    assert data["ok"] and data["problems"] == [] and data["missing"] == []
    assert data["forecast"]["seconds"] < 270 and data["cuts"]["words_to_cut"] == 0
    assert data["bottom_line_up_front"]["ok"]
    assert not any(data["language"][k] for k in ("hedges", "gendered", "fillers", "long_sentences"))


def _take(home: Path, speaker: str, wpm: float, articulation: float) -> None:
    take = create_take("minusma-gender", speaker=speaker, root=home / "recordings")
    report = sample_report()  # a whole report (a damaged one gives no pace), with this speaker's pace
    report.update(words=600, duration_s=600 * 60 / wpm, no_speech=False)
    report["pace"].update(wpm=wpm, articulation_wpm=articulation)
    save_report(take, report)
    finish_take(take)


def test_the_forecast_uses_the_speakers_own_pace_from_saved_takes(capsys, home):
    _take(home, "Ana", 170.0, 200.0)
    _take(home, "Ana", 160.0, 192.0)
    _take(home, "Ben", 110.0, 130.0)
    data = json.loads(run(capsys, GOOD, "--speaker", "ana", "--json")[1])
    pace = data["forecast"]["pace"]
    assert pace["source"] == "takes" and pace["takes"] == 2
    assert pace["low_wpm"] <= 160 and pace["high_wpm"] >= 170 and 160 <= pace["wpm"] <= 170
    length = data["forecast"]["length"]
    assert length["words"] == data["words"] and length["pauses_s"] > 0
    ordinary = data["words"] * 60 / pace["wpm"]
    assert data["forecast"]["seconds"] == pytest.approx(ordinary, rel=0.1)
    # Without --speaker the class's takes are mixed: the default pace, and why.
    data = json.loads(run(capsys, GOOD, "--json")[1])
    assert data["forecast"]["pace"]["source"] == "default"
    assert "--speaker" in data["forecast"]["pace"]["note"]


def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    huge = tmp / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(3_000_000)
    cases = {
        "missing": (tmp / "nope.md", "no such file"),
        "empty": (tmp / "empty.txt", "empty"),
        "blank": (tmp / "blank.md", "empty"),
        "binary": (tmp / "draft.docx", "binary"),
        "latin1": (tmp / "latin1.txt", "not UTF-8"),
        "huge": (huge, "too big"),
        "folder": (tmp, "folder"),
        "headings only": (tmp / "headings.md", "no words"),
    }
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.md").write_text("\n  \n\t\n")
    (tmp / "draft.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4)
    (tmp / "latin1.txt").write_bytes("Général, merci de me recevoir.".encode("latin-1"))
    (tmp / "headings.md").write_text("# Brief\n\n## Why\n")
    return cases


def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path):
    for name, (path, says) in _bad_files(tmp_path).items():
        rc, out, err = run(capsys, path)
        assert rc == 2, name
        assert out == "", name
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("rehearse: error: ") and says in lines[0], (name, err)


def test_bad_input_from_the_real_command_has_no_traceback(tmp_path):
    cases = _bad_files(tmp_path)
    for name in ("binary", "huge"):
        proc = subprocess.run([sys.executable, "-m", "rehearse", "script", str(cases[name][0])],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1
