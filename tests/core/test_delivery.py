"""Timing, pace, pauses, fillers and word choice on hand-made word lists."""

from __future__ import annotations

import pytest

from rehearse.core.report import analyze
from rehearse.core.scenario import load_scenario
from rehearse.core.timing import card_for, clock
from rehearse.core.types import Interval, Transcript, VoiceFeatures
from tests.core.wordlist import make_words


def judge(words, scenario, voice=None) -> dict:
    return analyze(Transcript(tuple(words)), voice, scenario).to_dict()


@pytest.mark.parametrize(
    ("elapsed", "card"),
    [(0, "none"), (239.9, "none"), (240, "green"), (269, "green"), (270, "yellow"), (300, "red"), (305, "red"), (305.1, "over")],
)
def test_cards_follow_the_scenario_marks(scenario, elapsed, card):
    assert card_for(elapsed, scenario) == card


def test_span_runs_from_first_to_last_word_and_judges_the_limit(scenario):
    words = make_words("word " * 800, start=12.0, wpm=150)  # 800 words at 150 wpm: 5:20
    r = judge(words, scenario)
    assert r["duration_s"] == pytest.approx(320, abs=1)
    assert r["over_limit"] and r["card"] == "over" and r["over_by_s"] == pytest.approx(20, abs=1)
    assert r["speech_start_s"] == 12.0
    assert clock(r["duration_s"]) == "5:20"


@pytest.mark.parametrize(("wpm", "verdict"), [(90, "slow"), (140, "ok"), (200, "fast")])
def test_pace_verdict_against_the_band(scenario, wpm, verdict):
    r = judge(make_words("gender matters " * 60, wpm=wpm), scenario)
    assert r["pace"]["verdict"] == verdict
    assert r["pace"]["wpm"] == pytest.approx(wpm, rel=0.05)


def test_rolling_pace_marks_the_fast_stretch(scenario):
    slow = make_words("steady words " * 40, wpm=140)
    fast = make_words("rushed words " * 40, start=slow[-1].end + 0.2, wpm=220)
    r = judge(slow + fast, scenario)
    kinds = [s["kind"] for s in r["pace"]["stretches"]]
    assert "fast" in kinds
    fast_stretch = next(s for s in r["pace"]["stretches"] if s["kind"] == "fast")
    assert fast_stretch["start"] >= slow[-1].end - 25


def test_pauses_come_from_the_audio_not_the_word_gaps(scenario):
    words = make_words("we must act now " * 5 + "and here is how " * 5, wpm=150)
    # Whisper stretched the words over a 3 s silence; the audio shows it.
    mid = words[20].start
    voice = VoiceFeatures(audio_s=words[-1].end + 1, speech=(Interval(0, mid - 3.0), Interval(mid, words[-1].end)))
    r = judge(words, scenario, voice)
    assert r["pauses"]["source"] == "audio"
    assert [round(p["duration"], 1) for p in r["pauses"]["long"]] == [3.0]
    assert r["pauses"]["long"][0]["start"] == pytest.approx(mid - 3.0, abs=0.01)
    assert r["pace"]["articulation_wpm"] > r["pace"]["wpm"]


def test_word_gaps_are_the_fallback_without_audio(scenario):
    words = make_words("one two three four five six", gaps={3: 2.5})
    r = judge(words, scenario)
    assert r["pauses"]["source"] == "word gaps" and len(r["pauses"]["long"]) == 1


def test_fillers_are_found_with_times_and_reported_as_a_lower_bound(scenario):
    text = "um so you know we should uh act and like basically it was like um important but I like this plan"
    r = judge(make_words(text), scenario)
    words = [i["word"] for i in r["fillers"]["items"]]
    assert words.count("um") == 2 and words.count("uh") == 1
    assert "you know" in words and "basically" in words
    assert words.count("like") == 2, "'I like this plan' is a verb, not a filler"
    assert r["fillers"]["lower_bound"] is True
    assert all(0 <= i["start"] <= r["audio_s"] for i in r["fillers"]["items"])


def test_gendered_terms_get_neutral_suggestions(scenario):
    text = "The chairman said we lack manpower so policemen must man the checkpoints for all mankind"
    r = judge(make_words(text), scenario)
    got = {g["term"]: g["suggestion"] for g in r["language"]["gendered"]}
    assert got["chairman"] == "chair" and got["manpower"] == "personnel"
    assert got["policemen"] == "police officers" and got["mankind"] == "humanity"
    assert "man the" in got


def test_hedges_and_repetition(scenario):
    text = "I think maybe we could sort of act. " + "at the end of the day " * 3 + "I hope you agree"
    r = judge(make_words(text), scenario)
    terms = [h["term"] for h in r["language"]["hedges"]]
    assert {"i think", "maybe", "sort of", "i hope"} <= set(terms)
    assert r["language"]["repetition"][0]["phrase"] == "at the end of the day"
    assert r["language"]["repetition"][0]["count"] == 3


def test_no_words_means_no_speech(scenario):
    r = judge([], scenario, VoiceFeatures(audio_s=30.0))
    assert r["no_speech"] and r["words"] == 0 and r["card"] == "none"
    assert not any(e["found"] for e in r["rubric"].values())
    assert r["fixes"] and "microphone" in r["fixes"][0]


def test_fixes_put_the_missing_ask_first(scenario):
    r = judge(make_words("um gender matters because women are half the population " * 3), scenario)
    assert "ask" in r["fixes"][0].lower()
    assert len(r["fixes"]) == 3


def test_a_french_take_gets_its_fixes_in_french(scenario):
    """The same gaps in a French take: the fixes are in French (issue 11); an English one stays English."""
    french = load_scenario("minusma-genre-fr")
    words = make_words("euh le genre compte parce que les femmes sont la moitié de la population " * 3)
    r = analyze(Transcript(tuple(words), language="fr"), None, french).to_dict()
    assert r["fixes"][0].startswith("Terminez par une demande claire"), r["fixes"]
    assert all("the " not in f for f in r["fixes"]), r["fixes"]
    spoken_english = judge(make_words("we must act now " * 10), scenario)
    assert spoken_english["fixes"][0].startswith("End with a clear ask")
