"""Properties of the exporters and the library over any text: escaping holds, cues stay valid, nothing crashes."""

from __future__ import annotations

import html
import re

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehearse.core.catalog import summarise
from rehearse.core.compare import Compared, compare_takes
from rehearse.core.metrics import take_metrics
from rehearse.core.moments import jump_targets
from rehearse.core.review import Review
from rehearse.export import FORMATS, TakeExport, render
from rehearse.export.markup import el
from rehearse.export.subtitles import MAX_CUE_S, MAX_LINE_CHARS, build_cues

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(TEXT, TEXT)
def test_el_escapes_any_text_and_attribute(text, attr):
    out = el("span", text, title=attr)
    inner = re.fullmatch(r'<span title="([^"]*)">(.*)</span>', out, re.S)
    assert inner, out
    assert html.unescape(inner.group(1)) == attr and html.unescape(inner.group(2)) == text
    assert "<" not in inner.group(2) and "<" not in inner.group(1)


words_st = st.lists(
    st.tuples(st.floats(0, 400, allow_nan=False), st.floats(0, 9, allow_nan=False), TEXT), max_size=80)


@FAST
@given(words_st)
def test_subtitle_cues_are_ordered_short_and_never_overlap(raw):
    words = [{"word": w, "start": s, "end": s + d} for s, d, w in raw]
    cues = build_cues({"transcript": {"words": words}})
    for a, b in zip(cues, cues[1:], strict=False):
        assert a.start < a.end <= b.start
    for c in cues:
        assert c.end - c.start <= MAX_CUE_S + 1e-6
        assert c.lines and all(0 < len(line) <= MAX_LINE_CHARS for line in c.lines)


@FAST
@given(words_st, st.lists(st.tuples(st.floats(0, 500, allow_nan=False), TEXT), max_size=5), TEXT)
def test_every_export_works_on_sparse_or_odd_reports(raw, comments, name):
    words = [{"word": w, "start": s, "end": s + d} for s, d, w in raw]
    report = {"transcript": {"words": words}, "fillers": {"items": [{"word": "um", "start": 3.0}]},
              "pauses": {"long": [{"start": 1.0, "duration": 2.5}]}}
    review = Review()
    for t, text in comments:
        review.add_comment(t, text)
    doc = TakeExport({"id": "t", "speaker": name}, report, review)
    for fmt in FORMATS:
        out = render(doc, fmt)
        spoken = any(w["word"].strip() for w in words)
        assert isinstance(out, str) and (out or (fmt == "srt" and not spoken))  # no words: an empty SRT
    page = render(doc, "html")
    assert "<script" not in page and "<img" not in page
    assert len(jump_targets(report, review)) == 2 + len(comments)


def test_empty_reports_never_crash_compare_or_the_browser():
    empty = [Compared("take 1", take_metrics({})), Compared("take 2", take_metrics(None))]
    cmp = compare_takes(empty)
    assert len(cmp.changes) == 1 and cmp.best in (0, 1)
    row = summarise({}, None)
    assert row.rubric_text == "not analysed" and row.date == ""


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=300))
def test_any_speaker_name_makes_a_safe_take_folder(home, name):
    from rehearse.store.library import import_audio

    take = import_audio(np.zeros(160, np.float32), "../" + name, speaker=name, team=name)
    root = (home / "recordings").resolve()
    assert take.path.resolve().is_relative_to(root)
    assert len(take.path.name.encode()) <= 64 and take.speaker == name
