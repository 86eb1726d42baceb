"""The rubric judged on hand-made word lists: why, how, examples, ask, and the opening."""

from __future__ import annotations

import pytest

from rehearse.core.report import analyze
from rehearse.core.types import Transcript
from tests.core.wordlist import make_words, strip_punctuation

WHY = "Gender matters to this mission because half the population of Mali are women and we protect them only if we hear them."
HOW = "We can integrate gender by building a gender perspective into our planning orders and reporting."
EX1 = "First deploy mixed engagement teams with female soldiers on patrols in Gao to talk with women at the markets."
EX2 = "Second appoint a trained gender focal point in every battalion headquarters by next month."
EX3 = "Third add sex disaggregated data to the daily situation report."
ASK = "Sir I ask you to sign the directive today."
OPEN = "Sir I am here to ask for your decision on resolution 1325."


def judge(text: str, scenario) -> dict:
    return analyze(Transcript(tuple(make_words(text))), None, scenario).to_dict()


def test_complete_speech_covers_every_element(scenario):
    r = judge(" ".join([OPEN, WHY, HOW, EX1, EX2, EX3, ASK]), scenario)
    assert {k: v["found"] for k, v in r["rubric"].items()} == {"why": True, "how": True, "examples": True, "ask": True}
    assert r["rubric"]["examples"]["count"] == 3
    assert r["opening"]["purpose"] and r["opening"]["ask"] and r["opening"]["ok"]


def test_evidence_quotes_the_words_with_a_time(scenario):
    r = judge(" ".join([WHY, ASK]), scenario)
    ev = r["rubric"]["ask"]["evidence"][0]
    assert "sign the directive" in ev["text"]
    assert 0 < ev["start"] < r["audio_s"] + 1


@pytest.mark.parametrize("missing", ["why", "how", "ask"])
def test_a_missing_element_is_not_found(scenario, missing):
    parts = {"why": WHY, "how": HOW, "ask": ASK}
    # Concrete examples are themselves a "how", so a speech without a how has none.
    examples = "" if missing == "how" else " ".join([EX1, EX2, EX3])
    text = " ".join(v for k, v in parts.items() if k != missing) + " " + examples
    r = judge(text, scenario)
    assert not r["rubric"][missing]["found"], r["rubric"][missing]
    assert all(r["rubric"][k]["found"] for k in parts if k != missing)


def test_two_examples_are_not_enough(scenario):
    r = judge(" ".join([WHY, HOW, EX1, EX3, ASK]), scenario)
    assert r["rubric"]["examples"]["count"] == 2
    assert not r["rubric"]["examples"]["found"]


def test_abstract_wishes_are_not_examples(scenario):
    text = (
        "We should integrate gender into everything we do. We need more awareness. "
        "Gender is everyone's business and we must do better for women. We have to take gender seriously."
    )
    r = judge(text, scenario)
    assert r["rubric"]["examples"]["count"] == 0


def test_the_same_example_twice_counts_once(scenario):
    r = judge(" ".join([EX1, EX1.replace("Gao", "Timbuktu")]), scenario)
    assert r["rubric"]["examples"]["count"] == 1


def test_judgement_does_not_depend_on_punctuation_or_case(scenario):
    """Same words, same times (pauses included), with and without punctuation and case."""
    words = make_words(" ".join([OPEN, WHY, HOW, EX1, EX2, EX3, ASK]))
    a = analyze(Transcript(tuple(words)), None, scenario).to_dict()
    b = analyze(Transcript(tuple(strip_punctuation(words))), None, scenario).to_dict()
    assert {k: v["count"] for k, v in a["rubric"].items()} == {k: v["count"] for k, v in b["rubric"].items()}


def test_numbers_as_digits_still_match(scenario):
    r = judge("Resolution 1,325 binds this force, and the Council will ask what we did for women. " + ASK, scenario)
    assert r["rubric"]["why"]["found"]


def test_late_ask_fails_the_opening(scenario):
    filler = " ".join(["we discussed the weather and the roads"] * 12)
    r = judge(" ".join([filler, WHY, ASK]), scenario)
    assert r["rubric"]["ask"]["found"]
    assert not r["opening"]["ask"] and not r["opening"]["ok"]


def test_a_number_split_by_word_timestamps_is_one_word_again(scenario):
    """Whisper times "1,325" as "1" and ",325"; the report shows one number and judges it."""
    words = make_words("Resolution 1 ,325 binds this force, and the Council will ask what we did for women.")
    r = analyze(Transcript(tuple(words)), None, scenario).to_dict()
    assert "Resolution 1,325 binds" in r["transcript"]["text"]
    joined = next(w for w in r["transcript"]["words"] if w["word"] == "1,325")
    assert joined["start"] == words[1].start and joined["end"] == words[2].end
    assert r["rubric"]["why"]["found"]
