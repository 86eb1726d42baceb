"""The force's want of information said plainly, with a denied verb of knowing (blind batch Q, session 13).

A pair: the shape that counts and its near twins that do not, so a rule that stops working fails here.
"""

from __future__ import annotations

from tests.core.wordlist import rubric_of


def why(text: str, scenario) -> bool:
    return rubric_of(text, scenario)["why"]["found"]


def test_the_force_that_does_not_know_what_happens_is_the_information_need(scenario):
    dark = ("When the women cannot reach our doctors, the Force also does not know what happens in their "
            "villages.")
    assert why(dark, scenario)
    told = "They go by the river, and what the women carry we do not see it."
    assert why(told, scenario)
    resumed = ("the women they do not come to the men police so the force it does not know what happen in the "
               "quarters at night")
    assert why(resumed, scenario)


def test_the_speakers_i_dont_know_and_a_gap_in_training_are_no_reason(scenario):
    hedge = "And maybe, I don't know, could we try to make women's safety more of a top-of-mind thing?"
    assert not why(hedge, scenario)
    training = ("The new soldiers arrive from Chad in September, and they do not know anything about the women "
                "of resolution 1325.")
    assert not why(training, scenario)


def test_we_know_nothing_said_bare_is_the_information_need(scenario):
    """"And then we know nothing" (blind CU, session 25): the denial carried by the object. Knowing nothing
    about a resolution is still a gap in training, no reason."""
    bare = ("The girls of Kidal stop going to school when the armed men wait on the school road, and then their "
            "mothers stop talking to us. And then we know nothing.")
    assert why(bare, scenario)
    about = "The women of Kidal asked for a training. We know nothing about this resolution."
    assert not why(about, scenario)
