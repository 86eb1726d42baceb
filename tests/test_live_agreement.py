"""The live shortcut must not degrade the judgement.

A take is transcribed while it is recorded (chunks plus drafts), so the report
can open seconds after stop. These tests hold that report against
`rehearse analyze` run on the same audio: the same findings, with small timing
tolerances. The second test goes through the real recording path: a speech
played into the virtual microphone, recorded by `rehearse record`, is judged
the same as the file itself.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rehearse.audio.decode import load_audio
from rehearse.audio.features import LevelTrack, speech_intervals
from rehearse.core.scenario import load_scenario
from rehearse.session.live import LiveAnalyzer
from rehearse.session.pipeline import get_engine
from tests.vmic import vmic  # noqa: F401  (session fixture)

REHEARSE = str(Path(sys.executable).parent / "rehearse")


def assert_same_findings(live: dict, ref: dict, words_tol: float = 0.03) -> None:
    """What a listener would read off both reports must match."""
    for key, element in ref["rubric"].items():
        got = live["rubric"][key]
        assert (got["found"], got["count"]) == (element["found"], element["count"]), (key, got, element)
    assert live["card"] == ref["card"] and live["over_limit"] == ref["over_limit"]
    band = ref["pace"]["band"]
    if all(abs(ref["pace"]["wpm"] - edge) > 0.05 * edge for edge in band):  # near an edge, either side is fair
        assert live["pace"]["verdict"] == ref["pace"]["verdict"]
    assert live["words"] == pytest.approx(ref["words"], rel=words_tol, abs=2)
    assert live["pace"]["wpm"] == pytest.approx(ref["pace"]["wpm"], rel=0.05)
    assert live["duration_s"] == pytest.approx(ref["duration_s"], abs=1.0)
    assert abs(live["fillers"]["count"] - ref["fillers"]["count"]) <= 1
    assert len(live["pauses"]["long"]) == len(ref["pauses"]["long"])
    for a, b in zip(live["pauses"]["long"], ref["pauses"]["long"], strict=True):
        assert a["start"] == pytest.approx(b["start"], abs=0.5)
    assert {g["term"] for g in live["language"]["gendered"]} == {g["term"] for g in ref["language"]["gendered"]}
    assert abs(len(live["language"]["hedges"]) - len(ref["language"]["hedges"])) <= 1


@pytest.mark.audio("FILLERS")
def test_live_report_agrees_with_analyze_on_the_saved_audio(speech, analysed):
    path = speech("FILLERS")
    audio = load_audio(path)
    live = LiveAnalyzer(load_scenario("minusma-gender"), get_engine())
    block, sizes, i = 0, (1600, 1024, 2400, 800), 0
    draft_words = 0
    while block < len(audio):
        n = sizes[i % len(sizes)]
        live.feed(audio[block : block + n])
        block, i = block + n, i + 1
        if i % 20 == 0:  # ~every 2 s of audio, the worker gets a turn, as in the app
            live._last_draft_at = 0.0 if i % 40 == 0 else time.monotonic()  # a draft every 4 s of audio
            live.work()
            draft_words = max(draft_words, len(live.state().words))
    assert draft_words > 50, "drafts and chunks should have shown words during the take"
    report = live.finish(audio).to_dict()  # how fast: bench/latency.py (no wall-clock limits in tests)
    assert_same_findings(report, analysed("FILLERS"))
    # The checklist on the whole take reads the silences the report read (`LevelTrack`).
    checklist = {item.id: (item.found, item.count) for item in live.state().checklist}
    assert checklist == {key: (r["found"], r["count"]) for key, r in report["rubric"].items()}


@pytest.mark.audio("FILLERS")
def test_the_live_level_track_finds_the_speech_stretches_of_the_saved_audio(speech):
    audio = load_audio(speech("FILLERS"))
    track, at = LevelTrack(), 0
    for n in itertools.cycle((1600, 1024, 2400, 800, 7)):  # the recorder's blocks come in any size
        if at >= len(audio):
            break
        track.feed(audio[at : at + n])
        at += n
    assert track.speech() == speech_intervals(audio)


@pytest.mark.device
@pytest.mark.audio("SHORT")
def test_speech_through_the_virtual_microphone_is_judged_like_the_file(speech, analysed, vmic, tmp_path):  # noqa: F811
    path = speech("SHORT")
    seconds = len(load_audio(path)) / 16000 + 1.5
    env = {**os.environ, **vmic.env(), "REHEARSE_HOME": str(tmp_path)}
    proc = subprocess.Popen([REHEARSE, "record", "--seconds", f"{seconds:.1f}", "--json"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr.readline().startswith("rehearse: recording"), "recording did not start"
    vmic.play(path).wait(timeout=120)
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err
    recorded = json.loads(out.strip().splitlines()[-1])
    assert_same_findings(recorded, analysed("SHORT"), words_tol=0.06)
