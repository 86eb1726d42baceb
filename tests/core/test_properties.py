"""Property tests: the analysis core never raises on arbitrary word lists, and its invariants hold."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehearse.core.report import analyze
from rehearse.core.scenario import load_scenario
from rehearse.core.types import Interval, Transcript, VoiceFeatures, Word

SCENARIO = load_scenario("minusma-gender")
VOCAB = ["um", "uh", "like", "gender", "women", "because", "deploy", "patrols", "in", "Gao", "I", "ask", "you",
         "to", "sign", "chairman", "1,325", "", "   ", "...", "—", "é", "ünïcödé", "man-made", "I'm"]

times = st.floats(min_value=-50, max_value=20000, allow_nan=False, allow_infinity=False)
words_st = st.lists(
    st.builds(Word, st.one_of(st.sampled_from(VOCAB), st.text(max_size=12)), times, times,
              st.floats(min_value=0, max_value=1)),
    max_size=300,
)
speech_st = st.lists(st.builds(Interval, times, times), max_size=50).map(tuple)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=words_st, speech=speech_st, audio_s=st.floats(min_value=0, max_value=20000))
def test_analysis_never_raises_and_keeps_its_invariants(words, speech, audio_s):
    voice = VoiceFeatures(audio_s=audio_s, speech=speech)
    r = analyze(Transcript(tuple(words)), voice, SCENARIO).to_dict()
    json.dumps(r)  # always serialisable
    assert r["words"] >= 0 and r["fillers"]["count"] >= 0 and r["pauses"]["count"] >= 0
    assert r["duration_s"] >= 0
    assert r["card"] in ("none", "green", "yellow", "red", "over")
    assert r["pace"]["verdict"] in ("slow", "ok", "fast")
    if r["duration_s"] >= 1.01:
        # duration_s is rounded to 10 ms in the report, hence the small tolerance
        assert abs(r["pace"]["wpm"] - r["words"] * 60 / r["duration_s"]) <= 0.1 + 0.01 * r["pace"]["wpm"]
    elif r["duration_s"] < 0.99:
        assert r["pace"]["wpm"] == 0
    end = r["audio_s"] + 0.01
    for e in r["rubric"].values():
        assert e["count"] >= 0 and e["found"] == (e["count"] >= e["min"])
        assert all(0 <= ev["start"] <= end for ev in e["evidence"])
    for item in r["fillers"]["items"] + r["language"]["gendered"] + r["language"]["hedges"]:
        assert 0 <= item["start"] <= end
    for p in r["pauses"]["items"]:
        assert p["duration"] >= 0 and r["speech_start_s"] - 0.01 <= p["start"] <= r["speech_end_s"] + 0.01


@settings(max_examples=30, deadline=None)
@given(n=st.integers(min_value=0, max_value=20000))
def test_huge_word_counts(n):
    words = tuple(Word("word", i * 0.4, i * 0.4 + 0.3) for i in range(n))
    r = analyze(Transcript(words), None, SCENARIO).to_dict()
    assert r["words"] == n


def test_fillers_in_a_vanishing_span_have_no_rate():
    """Found by the property test above: eleven "um" in a 1e-308 s take gave an infinite rate per minute,
    which the report's own reader rejects. Under a second, as for pace, the rate is 0."""
    words = tuple(Word("um", 0.0, 0.0, 0.0) for _ in range(10)) + (Word("um", 0.0, 1.0, 0.0),)
    r = analyze(Transcript(words), VoiceFeatures(audio_s=1.1125369292536007e-308, speech=()), SCENARIO).to_dict()
    assert r["fillers"]["count"] == 11 and r["fillers"]["per_minute"] == 0
