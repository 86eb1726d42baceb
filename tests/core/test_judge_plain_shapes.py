"""Plain ways of stating an example that the judge missed (session 17, from blind batch CE and from
the shapes a new author was asked to use): a resumptive "he"/"she" after a role, "make" with a thing
made, a unit that asks the women, a passive with a start date, "there will be …", and a count said
alone before its point. Each case is a pair, the shape that counts and its near twin that does not."""

from __future__ import annotations

from tests.core.wordlist import example_evidence as _examples
from tests.core.wordlist import rubric_of


def test_he_after_a_role_is_that_role(scenario):
    resumed = "The company commander in Gao he can put a woman searcher on every night patrol from next month."
    assert len(_examples(resumed, scenario)) == 1
    civilian = "A woman in Gao she can put her daughter on every bus to Bamako from next month."
    assert _examples(civilian, scenario) == []


def test_making_a_thing_is_an_action_making_a_difference_is_none(scenario):
    made = "The CIMIC team in Kidal makes a radio programme with the women's association every Sunday."
    assert len(_examples(made, scenario)) == 1
    stressed = "The CIMIC team in Kidal makes the point again and again every Sunday."
    assert _examples(stressed, scenario) == []


def test_a_unit_that_asks_the_women_consults_them(scenario):
    asked = "The engineers in Tessalit ask the women of the village where to dig the new well, from March."
    assert len(_examples(asked, scenario)) == 1
    request = "I ask the Force Commander for his approval of the well in Tessalit by March."
    assert _examples(request, scenario) == []


def test_a_passive_with_a_start_date_is_a_plan(scenario):
    planned = "A woman interpreter is assigned to the Ménaka checkpoint from Monday."
    assert len(_examples(planned, scenario)) == 1
    status = "Women are searched by men every day at the Ménaka checkpoint."
    assert _examples(status, scenario) == []


def test_what_there_will_be_is_a_plan_what_there_is_describes(scenario):
    planned = "There will be a women's clinic at the Tessalit camp gate every Thursday."
    assert len(_examples(planned, scenario)) == 1
    now = "There is a women's clinic at the Tessalit camp gate every Thursday."
    assert _examples(now, scenario) == []


def test_a_count_said_alone_opens_its_point(scenario):
    counted = ("Sir, my proposals. One. Kidal camp. Lights on the path to the latrines, forty of them, by June. "
               "Two. Bourem checkpoint. Female searchers on market days, from the FPU. "
               "Three. Radio Mikado. A weekly programme with the Gao women's association, every Friday.")
    assert len(_examples(counted, scenario)) == 3
    quantity = "Two. That is how many women serve in the Kidal company, and it is not enough."
    assert _examples(quantity, scenario) == []


def test_a_unit_after_a_heading_is_the_doer(scenario):
    """The parser takes the heading ("boats on the Niger") for the doer; the unit named before the verb does it."""
    unit = "Boats on the Niger: the riverine unit in Mopti carries a woman police officer on each trip to the fishing camps from May."
    assert len(_examples(unit, scenario)) == 1
    traders = "Boats on the Niger: the traders in Mopti carry rice and fish to the fishing camps from May."
    assert _examples(traders, scenario) == []


def test_phrases_after_what_i_want_are_its_points(scenario):
    listed = ("So what I want is simple. Two women searchers at the Gao main gate, every shift, from the first of the month. "
              "A women's hour at the Timbuktu level two hospital every Tuesday. "
              "And one line in the Sector East sitrep on what women told our patrols.")
    assert len(_examples(listed, scenario)) == 3
    status = ("Current logistics plan for the Timbuktu convoys: no change needed. "
              "Patrol matrix Sector North: unchanged since January. Gender focal points: appointed in all sectors.")
    assert _examples(status, scenario) == []
    said_again = ("What I propose is one thing only. A mixed patrol of UNPOL women and the Ménaka company in the market every Thursday. "
                  "Women police with the soldiers, in the market, on the Thursday.")
    assert len(_examples(said_again, scenario)) == 1


def test_a_document_that_needs_your_signature_asks_for_it(scenario):
    needs = "The FRAGO is on your desk, sir, and it needs your signature before Friday."
    assert rubric_of(needs, scenario)["ask"]["found"]
    page = "The FRAGO is on your desk, sir, and it needs a second page before Friday."
    assert not rubric_of(page, scenario)["ask"]["found"]


def test_wanting_what_is_yours_asks_for_it(scenario):
    yours = "Sir, I would like your answer before you leave for Timbuktu."
    assert rubric_of(yours, scenario)["ask"]["found"]
    hope = "Sir, I would like, for once, the answer to be something we are proud of."
    assert not rubric_of(hope, scenario)["ask"]["found"]


def test_leave_to_start_on_a_day_is_an_ask(scenario):
    start = "Let me start on Monday, sir."
    assert rubric_of(start, scenario)["ask"]["found"]
    story = "Let me start with a story from Gao, sir."
    assert not rubric_of(story, scenario)["ask"]["found"]


def test_put_your_signature_on_it_is_an_imperative(scenario):
    """The parser reads a clause-opening "put" as a past tense; with nobody before it, it is the ask."""
    asked = "I have the FRAGO drafted. Put your signature on it this morning, before you fly to Timbuktu."
    assert rubric_of(asked, scenario)["ask"]["found"]
    told = "I have the FRAGO drafted. We put our signatures on it last week, before the Timbuktu flight."
    assert not rubric_of(told, scenario)["ask"]["found"]


def test_telling_someone_what_is_decided_passes_the_order_on(scenario):
    asked = "Both go onto the MP duty roster, which I write. Tell the Provost Marshal this morning that the roster changes."
    assert rubric_of(asked, scenario)["ask"]["found"]
    story = "Both go onto the MP duty roster, which I write. Let me tell you a little about the roster, sir."
    assert not rubric_of(story, scenario)["ask"]["found"]
