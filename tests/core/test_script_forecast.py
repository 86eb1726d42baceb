"""The forecast of a draft's spoken length, its range, its card, and where to cut."""

from __future__ import annotations

import pytest

from rehearse.core.scenario import Scenario
from rehearse.core.script.cuts import cut_plan
from rehearse.core.script.draft import parse_draft
from rehearse.core.script.forecast import (
    DEFAULT_WPM,
    PastPace,
    forecast,
    pace_basis,
    words_to_cut,
)
from rehearse.core.script.timeline import SENTENCE_PAUSE_S, pauses_total, timed_words

SCENARIO = Scenario(id="t", title="t", limit_s=300, green_s=240, yellow_s=270, red_s=300)


def draft_of(paragraph_words: list[int]):
    """Paragraphs of ten-word sentences, sizes as given (multiples of ten)."""
    sentence = "we build a gender perspective into every plan we make."
    paras = [" ".join([sentence] * (n // 10)) for n in paragraph_words]
    return parse_draft("\n\n".join(paras), "d.txt")


def test_fewer_than_two_takes_uses_140_wpm_plus_minus_8_percent_and_says_so():
    for past in ([], [PastPace(160, 190, 300, 112)]):
        b = pace_basis(past)
        assert b.source == "default" and b.wpm == DEFAULT_WPM
        assert b.low_wpm == pytest.approx(140 * 0.92) and b.high_wpm == pytest.approx(140 * 1.08)
        assert "140 wpm" in b.note and "2 needed" in b.note


def test_own_pace_is_the_median_articulation_slowed_by_the_median_pause_share():
    past = [PastPace(150, 180), PastPace(120, 150), PastPace(160, 192)]
    b = pace_basis(past)
    assert b.source == "takes" and b.takes == 3
    assert b.articulation_wpm == 180 and b.pause_share == pytest.approx(0.2)
    assert b.wpm == pytest.approx(150)
    assert (b.low_wpm, b.high_wpm) == (120, 160)  # slowest to fastest take
    assert "3 takes" in b.note and "pauses add 20 %" in b.note


def test_a_steady_speaker_still_gets_a_range_and_many_takes_use_the_quartiles():
    b = pace_basis([PastPace(150, 0), PastPace(150, 0)])
    assert b.wpm == 150 and b.low_wpm == pytest.approx(150 * 0.97) and b.high_wpm == pytest.approx(150 * 1.03)
    many = [PastPace(w, 0) for w in (100, 140, 145, 150, 155, 160, 220)]
    b = pace_basis(many)
    assert 140 <= b.low_wpm <= 145 and 155 <= b.high_wpm <= 160  # the 100 and 220 do not stretch it


def test_forecast_point_range_and_cards():
    fc = forecast(700, pace_basis([]), SCENARIO)
    assert fc.seconds == pytest.approx(300.0)
    assert fc.low_s == pytest.approx(700 * 60 / (140 * 1.08)) and fc.high_s == pytest.approx(700 * 60 / (140 * 0.92))
    assert fc.card == "red" and fc.card_low == "yellow" and fc.card_high == "over"
    assert forecast(500, pace_basis([]), SCENARIO).card == "none"
    assert forecast(600, pace_basis([]), SCENARIO).card == "green"


def test_words_to_cut_lands_the_point_forecast_at_the_target():
    fc = forecast(770, pace_basis([]), SCENARIO)  # 330 s at 140 wpm
    cut = words_to_cut(fc, 285.0)
    assert cut == 105  # 770 - 285 * 140 / 60 = 105
    assert (770 - cut) * 60 / 140 <= 285.0
    assert words_to_cut(forecast(600, pace_basis([]), SCENARIO), 285.0) == 0


def test_timeline_lasts_the_forecast_and_pauses_where_the_judge_splits_clauses():
    d = draft_of([100, 100])
    words = timed_words(d, total_s=60.0)
    assert words[-1].end == pytest.approx(60.0, abs=0.01)
    gaps = [b.start - a.end for a, b in zip(words, words[1:], strict=False)]
    ends = {s_end - 1 for _, s_end in d.sentences}
    assert all(g >= SENTENCE_PAUSE_S for i, g in enumerate(gaps) if i in ends)
    assert all(g < SENTENCE_PAUSE_S for i, g in enumerate(gaps) if i not in ends)
    assert pauses_total(d) == pytest.approx(18 * 0.6 + 1.0)  # 18 full stops inside paragraphs, 1 paragraph break


def test_cut_plan_names_the_paragraphs_crossing_4_30_and_5_00():
    d = draft_of([200, 200, 200, 100, 100])  # 800 words: 5:43 at 140 wpm
    fc = forecast(len(d.words), pace_basis([]), SCENARIO)
    plan = cut_plan(d, timed_words(d, total_s=fc.seconds), fc, SCENARIO)
    first, limit = plan.crossing(270.0), plan.crossing(300.0)
    assert first is not None and limit is not None
    assert first.paragraph == 3 and limit.paragraph == 4  # 4th paragraph passes 4:30, 5th passes 5:00
    assert first.paragraph_start_s < 270.0 <= first.paragraph_end_s
    assert plan.words_to_cut == 800 - int(285 * 140 / 60)
    assert plan.to_dict()["crossings"][0]["mark"] == "4:30"


def test_a_short_draft_crosses_nothing_and_needs_no_cut():
    d = draft_of([100, 100])
    fc = forecast(len(d.words), pace_basis([]), SCENARIO)
    plan = cut_plan(d, timed_words(d, total_s=fc.seconds), fc, SCENARIO)
    assert plan.crossings == () and plan.words_to_cut == 0
