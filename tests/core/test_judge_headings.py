"""Clauses that look like examples and are none (met on tune passages, session 16): nouns the parser read
as verbs (a step or a heading of a list, a plural in a list after "I have reviewed …", "the third point"
as the doer), what the speaker is doing today, and the things the speaker announces wanting.
Each case is a pair, the shape that counts and its near twin that does not."""

from __future__ import annotations

from tests.core.wordlist import example_evidence as _examples


def test_a_step_of_a_list_is_no_imperative(scenario):
    stepped = "Step two. For the Gao to Ansongo road, ninety kilometres, we employ local daily workers from May."
    assert [e for e in _examples(stepped, scenario) if e.lower().startswith("step")] == []
    assert len(_examples(stepped, scenario)) == 1
    step_up = "Step up the night patrols on the Gao road from Monday."
    assert len(_examples(step_up, scenario)) == 1


def test_a_heading_said_again_as_a_noun_is_no_imperative(scenario):
    heading = "Pump, one solar pump at the Bara well, two cubic metres an hour, before the rains."
    assert _examples(heading, scenario) == []
    order = "Pump the water into the new tank at the Bara camp every morning."
    assert len(_examples(order, scenario)) == 1


def test_a_plural_in_a_list_is_no_verb_of_i(scenario):
    reviewed = ("I have reviewed the convoy schedule for the routes to Ber and to Timbuktu, the vehicle holdings, "
                "the fuel consumption and the escort arrangements until September.")
    assert _examples(reviewed, scenario) == []
    holds = "The Gao company holds a clinic for women at the camp gate every Friday."
    assert len(_examples(holds, scenario)) == 1


def test_a_point_of_the_brief_is_no_doer_a_focal_point_is(scenario):
    point = "The third point, sir, concerns the convoys."
    assert _examples(point, scenario) == []
    focal = "The focal point in Gao calls the women's association every Friday."
    assert len(_examples(focal, scenario)) == 1


def test_what_the_speaker_is_doing_today_is_no_plan(scenario):
    """"Today" says now: a progressive with it describes, as one with no date does; a start date plans."""
    today = "Today I am sitting in for the military gender advisor, who is in Gao."
    assert _examples(today, scenario) == []
    dated = "From Monday the Gao medics are holding a clinic for women at the camp gate."
    assert len(_examples(dated, scenario)) == 1


def test_wanting_things_announces_what_follows(scenario):
    things = "I need only two things from the Gao company, sir."
    assert _examples(things, scenario) == []
    searchers = "I need two female searchers at the Gao camp gate every morning."
    assert len(_examples(searchers, scenario)) == 1
