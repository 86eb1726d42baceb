"""The rubric on speeches worded differently from the fixtures: no enumerators, other vocabulary.

These guard against tuning the cues to one text: a careful listener's count is
the expectation, whatever words the speaker chose.
"""

from __future__ import annotations

import pytest

from rehearse.core.report import analyze
from rehearse.core.scenario import load_scenario
from rehearse.core.types import Transcript
from tests.core.wordlist import make_words

SPEECHES = {
    "requests_without_enumerators": (
        "Commander, I need two minutes of your time and one decision from you. Women make up half of the "
        "people we are here to protect, and right now our patrols only ever talk to men, so we miss half of "
        "the warnings about attacks. That makes us less effective and less safe. The fix is simple: make gender "
        "part of how we plan and report. Concretely, I would like female searchers at every checkpoint in Mopti "
        "so that women can be searched with dignity. I would also like us to hire four female interpreters for "
        "the Kidal battalion by January. And the sector commanders in Gao should meet local women leaders once "
        "a week. Will you issue the order today?",
        {"why": True, "how": True, "examples": 3, "ask": True},
    ),
    "imperative_list": (
        "Sir, my request is that you approve three measures this week. Put a female engagement team on every "
        "patrol out of Timbuktu. Give each battalion a gender focal point with two days of training. Add the "
        "number of women consulted to the weekly operations report. This matters because without women we lose "
        "the trust of the population.",
        {"why": True, "how": True, "examples": 3, "ask": True},
    ),
    "one_example_elaborated": (
        "Sir, deploy mixed engagement teams with female soldiers on patrols in Gao who talk with women at "
        "markets and water points, and listen to what they say about threats in the villages, to build trust "
        "with the community every week.",
        {"examples": 1, "ask": False},
    ),
    "principles_only": (
        "Commander, thank you. Gender matters because women are half the population and they see what we miss. "
        "We must make gender part of our planning and our reporting and our training so that it becomes normal. "
        "I ask you to support this.",
        {"why": True, "how": True, "examples": 0, "ask": True},
    ),
    "wishes_only": (
        "Sir, gender is a priority for the United Nations. We should all be more aware of gender issues. "
        "Everyone must take responsibility and we need to do more for women and girls. I hope we can all agree.",
        {"how": False, "examples": 0, "ask": False},
    ),
}


@pytest.mark.parametrize("name", list(SPEECHES))
def test_rubric_matches_a_careful_listener(name):
    text, expect = SPEECHES[name]
    r = analyze(Transcript(tuple(make_words(text))), None, load_scenario("minusma-gender")).to_dict()
    for key, want in expect.items():
        got = r["rubric"][key]
        if isinstance(want, bool):
            assert got["found"] is want, (key, got)
        else:
            assert got["count"] == want, (key, [e["text"] for e in got["evidence"]])
