"""The frozen reports (real tiny.en output, saved once) carry the verdicts the judge gives today.

They feed the compare, export and UI tests, so stale verdicts there would test the screens on
judgements the app no longer makes. Re-judging each stored transcript must give the stored
rubric, and the example counts are those a listener counts in the spoken texts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehearse.core.report import analyze
from rehearse.core.scenario import load_scenario
from rehearse.core.types import Transcript, VoiceFeatures

HERE = Path(__file__).parent
FROZEN = {
    HERE / "data" / "reports" / "complete.json": 4,
    HERE / "data" / "reports" / "fillers.json": 4,
    HERE / "data" / "reports" / "no_ask.json": 4,
    HERE / "data" / "reports" / "two_examples.json": 2,
    HERE / "data" / "reports" / "short.json": 0,
    HERE / "data" / "reports" / "sample.json": 3,
    HERE.parent / "ui" / "data" / "sample_report.json": 3,
}
"""Each frozen report and the number of practical examples spoken in its text (tests/speech)."""


@pytest.mark.parametrize("path", list(FROZEN), ids=lambda p: p.stem)
def test_rejudging_a_frozen_transcript_gives_its_stored_rubric(path):
    stored = json.loads(path.read_text(encoding="utf-8"))
    voice = VoiceFeatures.from_dict(stored["voice"]) if "audio_s" in (stored.get("voice") or {}) else None
    fresh = analyze(Transcript.from_dict(stored["transcript"]), voice, load_scenario("minusma-gender")).to_dict()
    assert fresh["rubric"] == stored["rubric"]
    assert stored["rubric"]["examples"]["count"] == FROZEN[path]
