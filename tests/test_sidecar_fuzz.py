"""Fuzzed sidecars: take.json, report.json and review.json as crashes, editors and bad copies leave them.

Why fuzz rather than list cases: the files are hand-editable JSON, and the ways
to break them (truncation, random bytes, a number where a list was, NaN and
Infinity, which Python's json happily reads) multiply faster than anyone writes
cases for. Whatever is on disk, reading the takes library must never raise: a
damaged sidecar costs one line that names the file (and the field, when one
field is wrong), and the audio is always still listed. A damaged report or
review is kept aside byte for byte, never overwritten.
"""

from __future__ import annotations

import json
import math
import shutil
import tempfile
from pathlib import Path
from unittest import mock

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehearse import store
from rehearse.commands.export import load_take_export
from rehearse.core.report import analyze
from rehearse.core.report_model import Report
from rehearse.core.review import Review
from rehearse.core.scenario import load_scenario
from rehearse.core.types import Transcript, VoiceFeatures, Word
from rehearse.export import render
from rehearse.store.library import browse
from rehearse.store.reports import ensure_report, read_report
from rehearse.store.review import load_review, save_review
from tests.conftest import run_cli

SCENARIO = load_scenario("minusma-gender")
_WORDS = "General thank you um because women patrols in Gao I ask you to sign".split()
REPORT = analyze(Transcript(tuple(Word(w, i * 0.5, i * 0.5 + 0.4) for i, w in enumerate(_WORDS))),
                 VoiceFeatures(audio_s=8.0), SCENARIO).to_dict()
REVIEW = Review(grade="B", summary="Clear ask.").to_dict() | {
    "comments": [{"time": 1.5, "text": "good", "author": "x", "created": ""}],
    "overrides": {"ask": {"found": True, "note": "", "author": "", "created": ""}}}

TAKE = {"id": "x", "scenario": "drill", "speaker": "Ann", "team": "Blue", "status": "complete",
        "audio": "audio.flac", "duration": 1.0, "sample_rate": 16000, "pid": None, "pid_started": None}
"""The shape of a take.json; the fuzzer replaces one field of the real file, or all of it."""

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8)


def _fields(data: dict, prefix: str = "") -> list[str]:
    """Dotted names of the fields (two levels deep) a fuzzer may replace."""
    out = []
    for key, value in data.items():
        out.append(prefix + key)
        if isinstance(value, dict) and not prefix:
            out += _fields(value, f"{key}.")
    return out


@st.composite
def damaged(draw, good: dict) -> tuple[bytes, str]:
    """(file content, the dotted field replaced or '') for a sidecar whose good content is `good`."""
    text = json.dumps(good, indent=2)
    kind = draw(st.sampled_from(["bytes", "truncated", "field", "value"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300)), ""
    if kind == "truncated":
        return text.encode()[: draw(st.integers(0, len(text) - 1))], ""
    if kind == "value":
        return json.dumps(draw(json_values)).encode(), ""
    field = draw(st.sampled_from(_fields(good)))
    data = json.loads(text)
    *parents, last = field.split(".")
    target = data[parents[0]] if parents else data
    target[last] = draw(json_values)
    return json.dumps(data).encode(), field


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A recordings folder with one finished take (1 s of audio), a report and a review."""
    root = tmp_path_factory.mktemp("template") / "recordings"
    take = store.create_take("drill", speaker="Ann", team="Blue", root=root)
    writer = store.PcmWriter(take.part_path)
    writer.write((np.sin(np.arange(16000) / 5) * 8000).astype(np.int16))
    writer.close()
    take = store.finish_take(take)
    store.save_report(take, REPORT)
    (take.path / "review.json").write_text(json.dumps(REVIEW))
    return root


def _copy(template: Path) -> tuple[Path, Path]:
    root = Path(tempfile.mkdtemp(prefix="fuzz-")) / "recordings"
    shutil.copytree(template, root)
    return root, next(root.glob("drill/*"))


def _one_line_naming(problems: list[str], name: str, field: str) -> None:
    for p in problems:
        assert isinstance(p, str) and p and "\n" not in p and "Traceback" not in p
    if problems:
        assert any(name in p for p in problems), problems
        if field:
            assert any(field in p for p in problems), (field, problems)


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(content=damaged(TAKE))
def test_fuzzed_take_json_never_breaks_the_library(template, content):
    root, folder = _copy(template)
    try:
        original = json.loads((folder / "take.json").read_text())
        data, field = content
        if field:  # mutate the real file, so every other field stays valid
            original[field] = json.loads(data)[field]
            data = json.dumps(original).encode()
        (folder / "take.json").write_bytes(data)
        takes, problems = store.scan_takes(root=root)
        assert [t.path for t in takes] == [folder], problems  # the audio is never lost from the list
        take = takes[0]
        _one_line_naming(problems, "take.json", field)
        assert isinstance(take.sample_rate, int) and take.sample_rate > 0
        assert isinstance(take.duration, float) and math.isfinite(take.duration) and take.duration >= 0
        assert take.pid is None or 0 < take.pid < 2**31
        assert store.has_audio(take) or take.audio != "audio.flac"
        entries, more = browse(root=root)
        assert len(entries) == 1
        _one_line_naming(more, "take.json", "")
        store.find_interrupted(root)
        assert not [ln for ln in store.recover_interrupted(root) if "Traceback" in ln]
        assert store.has_audio(store.load_take(folder))  # after all that, the audio is still the take's
    finally:
        shutil.rmtree(root.parent, ignore_errors=True)


@FUZZ
@given(content=damaged(REPORT))
def test_fuzzed_report_json_is_listed_as_damaged_and_rebuilt_from_the_audio(template, content):
    root, folder = _copy(template)
    try:
        data, field = content
        (folder / "report.json").write_bytes(data)
        entries, problems = browse(root=root)  # what `rehearse takes` and the takes browser call
        assert len(entries) == 1
        _one_line_naming(problems, "report.json", field)
        report, problem = read_report(entries[0].take)
        if report is None:
            assert problem and "report.json" in problem
            rebuilt, note = ensure_report(entries[0].take, analyse=lambda take, progress: REPORT)
            assert rebuilt == REPORT and "\n" not in note
            assert json.loads((folder / "report.json").read_text()) == REPORT
            if problem:  # damaged, not just missing: the old bytes are kept aside, unchanged
                aside = list(folder.glob("report.damaged-*.json"))
                assert len(aside) == 1 and aside[0].read_bytes() == data
    finally:
        shutil.rmtree(root.parent, ignore_errors=True)


@FUZZ
@given(content=damaged(REPORT), fmt=st.sampled_from(["html", "md", "json", "srt", "vtt"]))
def test_fuzzed_report_json_still_exports(template, content, fmt):
    """`rehearse export` reads every field: one its renderer chokes on means rebuild, not traceback."""
    root, folder = _copy(template)
    try:
        (folder / "report.json").write_bytes(content[0])
        with mock.patch("rehearse.session.analyse.analyse_audio_of", lambda *_: Report.from_dict(REPORT)):
            doc = load_take_export(store.load_take(folder), fmt)
            assert render(doc, fmt)
    finally:
        shutil.rmtree(root.parent, ignore_errors=True)


@FUZZ
@given(content=damaged(REVIEW))
def test_fuzzed_review_json_never_raises_and_is_never_overwritten(template, content):
    root, folder = _copy(template)
    try:
        data, field = content
        (folder / "review.json").write_bytes(data)
        take = store.load_take(folder)
        review = load_review(take)
        _one_line_naming([review.note] if review.note else [], "review.json", field)
        entries, problems = browse(root=root)
        assert len(entries) == 1
        _one_line_naming(problems, "review.json", "")
        if review.note and "newer rehearse" not in review.note:
            review.add_comment(2.0, "new note")
            save_review(take, review)  # the damaged file is moved aside first, never overwritten
            kept = [p.read_bytes() for p in folder.glob("review.damaged-*.json")]
            assert kept == [data]
            assert load_review(take).comments[0].text == "new note"
    finally:
        shutil.rmtree(root.parent, ignore_errors=True)


@pytest.mark.parametrize(("sidecar", "content", "field"), [
    ("take.json", '{"audio": "audio.flac", "speaker": "Ann", "sample_rate": Infinity}', "sample_rate"),
    ("take.json", '{"audio": "audio.flac", "status": "recording", "pid": 1e400}', "pid"),
    ("report.json", '{"rubric": {"ask": 3}, "transcript": {}}', "rubric.ask"),
    ("report.json", '{"rubric": {}, "transcript": {}, "pace": "fast"}', "pace"),
    ("review.json", '{"comments": 5, "summary": "Clear ask."}', "comments"),
], ids=["take-infinity", "take-pid", "report-rubric", "report-pace", "review-comments"])
def test_rehearse_takes_names_the_file_and_field_without_a_traceback(template, tmp_path, sidecar, content, field):
    """The CLI end to end: exit 0, the take listed, one stderr line naming file and field."""
    shutil.copytree(template, tmp_path / "recordings")
    folder = next((tmp_path / "recordings").glob("drill/*"))
    (folder / sidecar).write_text(content)
    proc = run_cli("takes", "--json", env={"REHEARSE_HOME": str(tmp_path)}, timeout=60)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert [t["id"] for t in json.loads(proc.stdout)] == [folder.name]
    lines = [ln for ln in proc.stderr.splitlines() if sidecar in ln]
    assert len(lines) == 1 and field in lines[0], proc.stderr


def test_rehearse_compare_rebuilds_a_report_whose_words_it_cannot_read(template, tmp_path, monkeypatch, capsys):
    """compare reads the transcript words, which the takes list never does: its own check, same promise."""
    from rehearse import cli

    shutil.copytree(template, tmp_path / "recordings")
    first = next((tmp_path / "recordings").glob("drill/*"))
    second = first.with_name(first.name + "-2")
    shutil.copytree(first, second)
    (second / "report.json").write_text(json.dumps({**REPORT, "transcript": {**REPORT["transcript"], "words": 5}}))
    monkeypatch.setenv("REHEARSE_HOME", str(tmp_path))
    with mock.patch("rehearse.session.analyse.analyse_audio_of", lambda *_: Report.from_dict(REPORT)):
        code = cli.main(["compare", str(first), str(second), "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and "'transcript.words'" in err and "kept aside and re-analysed" in err, err
    assert len(json.loads(out)["takes"]) == 2
