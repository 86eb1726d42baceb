"""Plans in shapes the parser reads as something else (session 18, from blind batches CF and CI): a
supposition ("if the QRF took …"), "can be sending", a unit that "will have" a woman doctor somewhere,
what the commander "will see", gerunds hung on the order the ask names, "do" with nothing done, questions
run together, a pronoun after a heading, a numbered point told in the sentence after it, and a resolution
as a doer. Each case is a pair, the shape that counts and its near twin that does not."""

from __future__ import annotations

from tests.core.wordlist import example_evidence as _examples
from tests.core.wordlist import rubric_of


def test_a_supposition_proposes_a_story_does_not(scenario):
    supposed = ("If the Gao QRF took a female medic on every call-out from next month, "
                "we would hear from the women first.")
    assert len(_examples(supposed, scenario)) == 1
    told = "Last year the Gao QRF took a female medic on one call-out, and we heard from the women first."
    assert _examples(told, scenario) == []


def test_can_be_sending_is_can_send(scenario):
    progressive = ("If the company in Sévaré can be sending one woman soldier with each night patrol from June, "
                   "the women will talk to us.")
    assert len(_examples(progressive, scenario)) == 1
    wish = "If the company in Sévaré is thinking about women on night patrols from June, the women will talk to us."
    assert _examples(wish, scenario) == []


def test_a_unit_that_will_have_a_woman_doctor_there_staffs_it(scenario):
    staffed = "The medical team in Timbuktu will have one woman doctor in the clinic every Tuesday."
    assert len(_examples(staffed, scenario)) == 1
    paper = "The J3 cell in Timbuktu will have the FRAGO out by Tuesday."
    assert _examples(paper, scenario) == []


def test_the_people_the_commander_will_see_are_a_plan(scenario):
    seen = ("In six weeks, at the Wabaria bridge checkpoint, you will see two women soldiers of the "
            "Bangladeshi company doing the searches of the women.")
    assert len(_examples(seen, scenario)) == 1
    agreed = "In six weeks, after your visit to the Wabaria bridge checkpoint, you will see it the same way I do."
    assert _examples(agreed, scenario) == []


def test_gerunds_hung_on_the_order_are_its_points(scenario):
    order = ("Sign the fragmentary order with its two measures, putting a woman interpreter with every night "
             "patrol of the Togolese battalion in Douentza and giving the Gao hospital a female doctor for the "
             "Thursday consultations.")
    assert len(_examples(order, scenario)) == 2
    short = ("Sign the order with its two measures, putting a woman interpreter with every night patrol in Douentza "
             "and giving the Gao hospital a female doctor.")
    assert len(_examples(short, scenario)) == 2  # no signpost across the map ("giving the Gao hospital")
    when = "Sign the fragmentary order, starting with the patrols of the Togolese battalion in Douentza in May."
    assert _examples(when, scenario) == []
    things = ("sir two things from my platoon building the separate shower block for the women soldiers in gao "
              "super camp near the level 2 hospital finished by end of april and sending the 2 women medics of our "
              "company with the water truck to the village of tacharane every tuesday")
    assert len(_examples(things, scenario)) == 2


def test_doing_the_needful_does_nothing(scenario):
    idiom = "So J3 can do the needful before you leave for Timbuktu on Monday."
    assert _examples(idiom, scenario) == []
    done = "So the engineers in Timbuktu can do a survey of the wells with the women's committee on Monday."
    assert len(_examples(done, scenario)) == 1


def test_questions_run_together_are_each_a_proposal(scenario):
    """A modal before "the" opens a question: a sentence of its own, though no pause or full stop shows it."""
    asked = ("commander can the gao qrf carry a female medic on every call out can the ansongo engineers "
             "brief the village women before they clear the road in june")
    assert len(_examples(asked, scenario)) == 2
    where = "commander where can the women of gao go at night when the road to ansongo is closed in june"
    assert _examples(where, scenario) == []


def test_they_after_a_heading_that_names_a_unit_is_that_unit(scenario):
    unit = ("Then in Timbuktu, the Burkina battalion, its CIMIC team. They hold one meeting with the women of "
            "the quarter on the first Saturday of every month.")
    assert len(_examples(unit, scenario)) == 1
    civilians = ("Then in Timbuktu, the women of the quarter, the traders. They hold one meeting among themselves on "
                 "the first Saturday of every month.")
    assert _examples(civilians, scenario) == []


def test_a_numbered_point_and_the_sentence_that_tells_it_are_one_point(scenario):
    told = ("One. Female searchers at the Bourem checkpoint on market days. "
            "The police unit in Gao sends two of its women officers there from June.")
    assert len(_examples(told, scenario)) == 1
    two = ("One. Female searchers at the Bourem checkpoint on market days. "
           "Two. The engineers in Ansongo meet the women of each village before they clear the road in June.")
    assert len(_examples(two, scenario)) == 2


def test_a_resolution_that_acts_gives_the_why_and_proposes_nothing(scenario):
    """A clause dated "every six months" reads as a plan; its doer, a resolution, is no proposer, so the
    mandate it names is a reason and not a proposal's purpose."""
    mandate = ("Resolution 2164 makes gender cross-cutting in our mandate, and every six months the "
               "Secretary-General tells the Council what this force has done for the women of Mali.")
    assert rubric_of(mandate, scenario)["why"]["found"]
    roads = ("Resolution 2164 renews our mandate every June, and every six months the "
             "Secretary-General tells the Council what this force has done for the roads of Mali.")
    assert not rubric_of(roads, scenario)["why"]["found"]


def test_keeping_a_counted_thing_sets_it_aside(scenario):
    """"The level two hospital in Gao could keep two beds separate for women patients from next month" (blind CV,
    session 25): a counted thing kept is an action. "Keep two things in mind" keeps nothing."""
    beds = "The level two hospital in Gao could keep two beds separate for women patients from next month."
    assert len(_examples(beds, scenario)) == 1
    mind = "For the Gao convoy next month, please keep two things in mind."
    assert _examples(mind, scenario) == []


def test_women_added_as_a_new_thing_are_that_thing(scenario):
    """"J2 adds women as a source category in the weekly collection plan for Sector North" (blind CX, session 26)
    adds a category to the plan; "J2 adds women to the weekly collection plan" puts gender into a process: the how."""
    category = "From next week J2 adds women as a source category in the weekly collection plan for Sector North."
    assert len(_examples(category, scenario)) == 1
    gender = "From next week J2 adds women to the weekly collection plan for Sector North."
    assert _examples(gender, scenario) == []


def test_an_action_put_up_for_thought_is_still_proposed(scenario):
    """"The medical unit in Timbuktu might consider assigning one female nurse to the Saturday clinic" (blind CX,
    session 26): hedged, still a proposal. Considered last year, it is a story."""
    hedged = "Perhaps the medical unit in Timbuktu might, um, might consider assigning one female nurse to the Saturday clinic."
    assert len(_examples(hedged, scenario)) == 1
    story = ("Last year the medical unit in Timbuktu considered assigning one female nurse to the Saturday clinic, and "
             "nothing came of it.")
    assert _examples(story, scenario) == []


def test_we_sending_women_of_the_force_in_the_present_is_a_plan(scenario):
    """Tune bf-28, bq-16, dd-21 and others (session 29): "we" in the present with no date describes as often
    as it proposes, but "we" putting women soldiers, officers or medics somewhere is the change proposed.
    Its twins: the same words said as how things are today, and women acted on rather than sent."""
    sent = "For the Sévaré market we send two women soldiers on that patrol, with the company medic."
    assert len(_examples(sent, scenario)) == 1
    named = "We name one woman officer in the Timbuktu CIMIC team as their focal point."
    assert len(_examples(named, scenario)) == 1
    today = "Today for the Sévaré market we send two women soldiers on that patrol, with the company medic."
    assert _examples(today, scenario) == []
    searched = "At the Sévaré checkpoint we search women with our male soldiers, with the company medic."
    assert _examples(searched, scenario) == []
