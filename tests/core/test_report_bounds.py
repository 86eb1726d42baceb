"""Property tests: every time a report shows lies inside the audio, and its counts agree with its lists.

`test_properties.py` throws raw garbage at the core (reversed, negative, overlapping
times) and checks it never raises. This file feeds what the real pipeline can
produce — Whisper words on a 10 ms grid, voice intervals sorted and disjoint as
`measure_voice` returns them — and checks the report a speaker reads: a moment
you can click is inside the take, the span and pace agree with the words, a
count is the length of its list, pauses never add up to more than the speech,
and the JSON is strict (no NaN or Infinity for other tools to choke on).
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehearse.core.report import analyze
from rehearse.core.scenario import load_scenario
from rehearse.core.types import Interval, Transcript, VoiceFeatures, Word
from tests.core.test_properties import VOCAB

SCENARIO = load_scenario("minusma-gender")
TOL = 0.051
"""Reported times are rounded to 0.1 s at most; nothing may lie further out than that."""

centis = st.integers(min_value=0, max_value=400_000)


@st.composite
def takes(draw):
    """(words, voice) as the engine and `measure_voice` would give them for one take."""
    audio_cs = draw(centis)
    words = []
    for _ in range(draw(st.integers(0, 250))):
        start = draw(st.integers(0, audio_cs))
        end = min(audio_cs, start + draw(st.integers(1, 300)))
        text = draw(st.one_of(st.sampled_from(VOCAB), st.text(max_size=10)))
        words.append(Word(text, start / 100, end / 100, draw(st.floats(0, 1))))
    cuts = sorted(set(draw(st.lists(st.integers(0, audio_cs), max_size=40))))
    speech = tuple(Interval(a / 100, b / 100) for a, b in zip(cuts[::2], cuts[1::2], strict=False))
    loudness = tuple(draw(st.lists(st.floats(-100, 0), max_size=30)))
    voice = VoiceFeatures(audio_s=audio_cs / 100, speech=speech, loudness_db=loudness,
                          pitch_hz=tuple(draw(st.lists(st.floats(50, 400), max_size=30))),
                          peak=draw(st.floats(0, 1)), clipped_fraction=draw(st.floats(0, 1)))
    return draw(st.permutations(words)), voice  # engines may emit words out of order


def _times(node, path=""):
    """Every (path, value) in the report that is a moment of the take."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("start", "end", "time", "speech_start_s", "speech_end_s") and isinstance(value, int | float):
                yield f"{path}.{key}", value
            else:
                yield from _times(value, f"{path}.{key}")
    elif isinstance(node, list):
        for item in node:
            yield from _times(item, f"{path}[]")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(take=takes())
def test_every_moment_is_inside_the_audio_and_every_count_matches_its_list(take):
    words, voice = take
    r = analyze(Transcript(tuple(words)), voice, SCENARIO).to_dict()
    json.dumps(r, allow_nan=False)  # strict JSON
    for path, t in _times(r):
        assert -1e-9 <= t <= r["audio_s"] + TOL, (path, t, r["audio_s"])
        assert not path.startswith(".pauses") or r["speech_start_s"] - TOL <= t <= r["speech_end_s"] + TOL, path

    said = r["transcript"]["words"]
    assert r["no_speech"] == (not said) and r["words"] <= len(said)
    if said:  # the span is the words' span, and the pace is words over that span
        assert abs(r["speech_start_s"] - min(w["start"] for w in said)) <= 0.01
        assert abs(r["speech_end_s"] - max(w["end"] for w in said)) <= 0.01
        assert abs(r["duration_s"] - (r["speech_end_s"] - r["speech_start_s"])) <= 0.011
    assert [w["start"] for w in said] == sorted(w["start"] for w in said)

    pauses, fillers = r["pauses"], r["fillers"]
    assert pauses["count"] == len(pauses["items"]) and pauses["long_count"] == len(pauses["long"])
    assert fillers["count"] == len(fillers["items"]) == sum(fillers["by_word"].values())
    assert 0 <= pauses["total_s"] <= r["duration_s"] + 0.02, (pauses, r["duration_s"])
    ends = [(p["start"], p["start"] + p["duration"]) for p in sorted(pauses["items"], key=lambda p: p["start"])]
    assert all(a_end <= b_start + 0.011 for (_, a_end), (b_start, _) in zip(ends, ends[1:], strict=False))
    for element in r["rubric"].values():
        assert element["count"] >= len(element["evidence"]) >= (1 if element["found"] else 0)
