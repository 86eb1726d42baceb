"""The typed report: stored reports read and write back byte for byte, bad fields are named, the schema holds.

Why: the report's JSON is read by the store, the UI, compare, every export and
tools outside rehearse. The model (rehearse/core/report_model.py) is its one
declaration, so these tests pin that it matches every report we have on disk
and what `analyze()` makes today, that `from_dict` names the field a damaged
file got wrong (the store prints that name), and that docs/report.schema.json
is the model's, not a copy that drifted.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import get_args

import pytest

from rehearse.core.report import analyze
from rehearse.core.report_model import Card, Report, ReportError
from rehearse.core.report_schema import schema_text
from rehearse.core.scenario import load_scenario
from rehearse.core.timing import CARDS
from rehearse.core.types import Interval, Transcript, VoiceFeatures
from tests.core.schema_check import schema_errors

ROOT = Path(__file__).parents[2]
STORED = sorted((ROOT / "tests" / "library" / "data" / "reports").glob("*.json")) + [
    ROOT / "tests" / "ui" / "data" / "sample_report.json"]
SCHEMA_FILE = ROOT / "docs" / "report.schema.json"


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", STORED, ids=lambda p: p.stem)
def test_a_stored_report_reads_and_writes_back_exactly(path):
    stored = _load(path)
    again = Report.from_dict(stored).to_dict()
    assert again == stored
    assert json.dumps(again, ensure_ascii=False) == json.dumps(stored, ensure_ascii=False)  # same key order


def _analysed(voice: bool) -> Report:
    words = Transcript.from_dict(_load(STORED[0])["transcript"]).words
    features = VoiceFeatures(
        audio_s=words[-1].end + 1, speech=tuple(Interval(w.start, w.end) for w in words[::4]),
        pitch_hz=tuple(90.0 + (i % 13) * 4 for i in range(300)), loudness_db=tuple(-20.0 - i % 9 for i in range(60)),
        peak=0.8) if voice else None
    return analyze(Transcript(words, "tiny.en"), features, load_scenario("minusma-gender"))


@pytest.mark.parametrize("voice", [False, True], ids=["words-only", "with-voice"])
def test_what_analyze_makes_today_round_trips(voice):
    report = _analysed(voice)
    data = report.to_dict()
    assert Report.from_dict(data) == report and Report.from_dict(data).to_dict() == data
    assert data["voice"]["measured"] is voice and data["audience"] == "the Force Commander"
    with_file = dataclasses.replace(report, file="take/audio.flac").to_dict()
    assert list(with_file)[-1] == "file" and Report.from_dict(with_file).file == "take/audio.flac"
    silent = analyze(Transcript(()), None, load_scenario("minusma-gender")).to_dict()
    assert silent["no_speech"] and Report.from_dict(silent).to_dict() == silent


def _broken(change) -> dict:
    data = copy.deepcopy(_load(STORED[0]))
    change(data)
    return data


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["rubric"]["ask"].update(found=3), "rubric.ask.found: expected a boolean, got 3"),
    (lambda d: d["transcript"]["words"][2].update(start="x"), 'transcript.words[2].start: expected a number, got "x"'),
    (lambda d: d["pace"].update(wmp=130), "pace.wmp: not a field of this part of the report (a typo?)"),
    (lambda d: d["fillers"].pop("count"), "fillers.count: missing"),
    (lambda d: (d.pop("schema"), d.update(pace="fast")), 'pace: expected an object, got "fast"'),
    (lambda d: d["voice"].update(measured=False), "voice.measured: is false, yet peak is given"),
    (lambda d: d.update(duration_s=float("nan")), "duration_s: expected a finite number, got NaN"),
    (lambda d: d.update(words=True), "words: expected an integer, got true"),
    (lambda d: d.update(schema=2), "schema: 2 is a newer report layout than this rehearse reads (1)"),
    (lambda d: d.update(card="purple"), 'card: expected one of "none", "green", "yellow", "red", "over", got "purple"'),
    (lambda d: d["pace"].update(band=[1, 2, 3]), "pace.band: expected a list of 2 items, got 3"),
    (lambda d: d["opening"].update(purpose_evidence={"start": 1.0}), "opening.purpose_evidence.text: missing"),
    (lambda d: d["fillers"]["by_word"].update(um=1.5), "fillers.by_word.um: expected an integer, got 1.5"),
], ids=["boolean", "in-a-list", "typo", "missing", "wrong-before-missing", "voice-flag", "nan", "bool-is-no-int",
        "newer", "enum", "pair", "nullable-object", "map"])
def test_a_bad_field_is_named_by_its_path(change, message):
    with pytest.raises(ReportError) as caught:
        Report.from_dict(_broken(change))
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)


def test_a_partial_dict_defaults_what_it_leaves_out_but_not_a_wrong_type():
    sparse = {"transcript": {"words": [{"word": "Hi", "start": 0, "end": 1}]}, "pauses": {"long": [{"start": 1.0}]}}
    report = Report.from_dict(sparse, partial=True)
    assert report.transcript.words[0].probability == 1.0 and report.transcript.words[0].start == 0
    assert report.pace.band == (110.0, 170.0) and report.pauses.long[0].mid_clause is False
    assert report.voice.measured is False and report.rubric == {} and report.card == "none"
    with pytest.raises(ReportError, match=r"^transcript\.words\[0\]\.end: expected a number"):
        Report.from_dict({"transcript": {"words": [{"word": "Hi", "start": 0, "end": None}]}}, partial=True)
    with pytest.raises(ReportError, match="^schema: missing$"):
        Report.from_dict(sparse)


def test_the_report_is_immutable_and_its_cards_are_the_timing_cards():
    report = _analysed(False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.words = 3  # type: ignore[misc]
    assert get_args(Card) == CARDS
    assert isinstance(report.transcript.words, tuple) and isinstance(report.fixes, tuple)


def test_the_schema_file_is_the_one_the_model_generates():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "docs/report.schema.json is out of date: run `python -m rehearse.core.report_schema > docs/report.schema.json`")


def test_every_report_fits_the_schema_and_a_damaged_one_does_not():
    schema = json.loads(schema_text())
    for data in [_load(p) for p in STORED] + [_analysed(True).to_dict(), _analysed(False).to_dict()]:
        assert schema_errors(schema, data) == []
    for change in (lambda d: d["rubric"]["ask"].update(found=3), lambda d: d["voice"].update(measured=False),
                   lambda d: d.pop("pace"), lambda d: d.update(extra=1), lambda d: d.update(schema=2)):
        assert schema_errors(schema, _broken(change)), change
