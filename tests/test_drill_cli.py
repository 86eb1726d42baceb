"""`rehearse drill` end to end: a question is heard on the output, answers go in through the mic.

The real parts: the commander's piper voice played on the PulseAudio virtual sink (its monitor
is recorded with `parec` and the question found in it by cross-correlation), two answers
rendered by piper and played into the virtual microphone when the drill says "answer now",
the app's take path (LiveTake) recording each answer until 4 s of silence follow speech,
real faster-whisper tiny.en, and the drill judge. One answer is good, one evasive; the
verdicts, the saved drill and the answer takes are checked. Two questions with short
answers keep it to one run of the model. A drill killed mid-answer keeps that answer's audio.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from rehearse import store
from rehearse.audio.speech import cache_path
from rehearse.store.drills import recover_drills
from tests.speech import synth
from tests.vmic import RATE, SINK, best_correlation

pytest_plugins = ["tests.vmic"]
pytestmark = pytest.mark.device

REPO = Path(__file__).resolve().parents[1]
_SCRIPT = Path(sys.executable).with_name("rehearse")
REHEARSE = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "rehearse"]

GOOD = "Two officers, sir. Two women officers already in Gao, no extra troops."
EVASIVE = "Well, sir, the situation is complex, with many considerations."


def drill_scenario(folder: Path) -> Path:
    """minusma-gender with its questions replaced by the two short ones in tests/data."""
    body = (REPO / "scenarios" / "minusma-gender.toml").read_text().split("[[questions]]", 1)[0]
    path = folder / "drill-test.toml"
    path.write_text(body + "\n" + (REPO / "tests" / "data" / "drill-questions.toml").read_text())
    return path


def test_a_drill_speaks_the_question_and_judges_a_good_and_an_evasive_answer(vmic, tmp_path, monkeypatch):
    answers = [synth.synthesize(GOOD, name="drill"), synth.synthesize(EVASIVE, name="drill")]
    scenario = drill_scenario(tmp_path)
    env = {**vmic.env(), "REHEARSE_HOME": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    monitor = tmp_path / "monitor.raw"
    with open(monitor, "wb") as out:
        # Recorded until the drill has ended, not stopped at "answer now": three CI runs under load found the
        # question missing (correlation 0.24, 0.51, 0.23) when the capture was stopped there, the app saying it had
        # played it. What parec still held when terminated was likely lost. The answers on the same sink do not
        # disturb the search: it looks for pieces of the question only.
        capture = subprocess.Popen(["parec", "--raw", "--latency-msec=20", "--format=s16le", f"--rate={RATE}",
                                    "--channels=1", f"--device={SINK}.monitor"], env=env, stdout=out)
    brief = store.create_take("minusma-gender", speaker="Ana", root=tmp_path / "recordings")  # the take it follows
    proc = subprocess.Popen([*REHEARSE, "drill", "--scenario", str(scenario), "--ordered", "--json",
                             "--speaker", "Ana", "--after", brief.id], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True)
    said = []
    try:
        for line in proc.stderr:
            said.append(line)
            if "answer now" in line:
                vmic.play(answers.pop(0))
            if not answers:
                break
        out, err = proc.communicate(timeout=180)
    finally:
        vmic.stop_players()
        if capture.poll() is None:
            capture.terminate()
        capture.wait(timeout=10)
    assert proc.returncode == 0, "".join(said) + err
    drill = json.loads(out)
    first, second = drill["answers"]
    assert first["verdict"] == "good", first
    assert [c["passed"] for c in first["expected"]] == [True, True] and first["answer_first"]["passed"]
    assert "two" in first["expected"][0]["evidence"][0]["text"].lower()
    assert second["verdict"] == "evasive", second
    assert second["answer_first"]["detail"] == "a yes/no question, and the first sentence says neither"
    assert {first["stopped_by"], second["stopped_by"]} == {"silence"}  # 4 s of silence after speech
    assert drill["fixes"] and drill["verdicts"] == {"good": 1, "evasive": 1}

    saved = json.loads((Path(drill["drill"]) / "drill.json").read_text())
    assert saved["status"] == "complete" and saved["speaker"] == "Ana" and len(saved["answers"]) == 2
    assert (saved["after"], drill["after_path"]) == (brief.id, str(brief.path))
    for answer in drill["answers"]:
        take = store.load_take(Path(answer["take"]))
        assert take.status == "complete" and take.audio_path.is_file() and take.title.startswith("Q")

    # The question was heard on the output: its synthesised audio is in what the sink played.
    monkeypatch.setenv("REHEARSE_HOME", str(tmp_path))
    played, _ = sf.read(cache_path(first["question"]["text"]), dtype="float32")
    heard = np.frombuffer(monitor.read_bytes(), np.int16).astype(np.float32) / 32768.0
    # Short voiced pieces across the first 3 s: on a loaded machine the output may underrun, and a gap inside a
    # piece hides it (a fresh clone under load scored 0.51 with four pieces of 0.4 s; one clean piece is enough).
    size, step = int(RATE * 0.25), int(RATE * 0.125)
    pieces = [played[a: a + size] for a in range(0, min(len(played), 3 * RATE) - size, step)]
    loudest = max(float(np.sqrt(np.mean(p ** 2))) for p in pieces)
    pieces = [p for p in pieces if float(np.sqrt(np.mean(p ** 2))) > 0.3 * loudest]
    score = max(best_correlation(heard, piece)[0] for piece in pieces)
    voiced = "text only" not in "".join(said)
    loud = float(np.sqrt(np.mean(heard ** 2))) if len(heard) else 0.0
    assert score > 0.9, (f"question not found on the sink monitor (correlation {score:.2f}; "
                         f"{'played' if voiced else 'text only'}; {len(heard) / RATE:.1f} s recorded, rms {loud:.3f})")


def test_a_drill_killed_mid_answer_keeps_the_answer_and_says_so(vmic, tmp_path, monkeypatch):
    answer = synth.synthesize(GOOD, name="drill")
    env = {**vmic.env(), "REHEARSE_HOME": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([*REHEARSE, "drill", "--scenario", str(drill_scenario(tmp_path)), "--ordered",
                             "--no-voice", "--json"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True)
    try:
        for line in proc.stderr:
            if "answer now" in line:
                break
        vmic.play(answer)
        parts = tmp_path / "drills"
        deadline = time.monotonic() + 60
        while not any(p.stat().st_size > RATE * 2 * 1.5 for p in parts.glob("*/*/answers/*/audio.pcm.part")):
            assert time.monotonic() < deadline, "no answer audio reached the disk"
            time.sleep(0.05)  # waiting on the file itself: 1.5 s of the answer flushed
        proc.kill()
        proc.wait(timeout=30)
    finally:
        vmic.stop_players()
        if proc.poll() is None:
            proc.kill()
    monkeypatch.setenv("REHEARSE_HOME", str(tmp_path))
    lines = recover_drills()
    [folder] = parts.glob("*/*")
    [take_dir] = (folder / "answers").iterdir()
    take = store.load_take(take_dir)
    assert take.status == "recovered" and take.audio_path.is_file() and take.duration >= 1.5
    assert json.loads((folder / "drill.json").read_text())["status"] == "interrupted"
    assert any(line.startswith(f"recovered interrupted take {take_dir}") for line in lines), lines
    assert any("was interrupted after 0 answer(s)" in line for line in lines), lines
