"""Points in shapes the parser reads as something else (session 19, from blind batches CG, CH and CJ).
Each case is a pair, the shape that counts and its near twin that does not."""

from __future__ import annotations

from tests.core.wordlist import example_evidence as _examples
from tests.corpus import text_words


def test_a_clause_after_a_numbered_heading_is_the_point(scenario):
    pillar = ("the first pillar the fpu shall open at the gate of the gao camp a women's reception point "
              "where two women officers wait day and night")
    assert len(_examples(pillar, scenario)) == 1
    relative = "the first pillar the fpu shall remember at the gate of the gao camp is the trust of the women"
    assert _examples(relative, scenario) == []


def test_a_mobile_clinic_of_the_force_acts(scenario):
    clinic = ("from next month the mobile clinic from gao goes to the villages on the road to ansongo every "
              "second wednesday with one female doctor and one female nurse")
    assert len(_examples(clinic, scenario)) == 1
    status = "the clinic in gao is open every wednesday for the women of the town"
    assert _examples(status, scenario) == []


def test_a_verb_joined_to_a_dated_story_goes_on_telling_it(scenario):
    story = ("first last year in gao region the un it record more than 200 case of sexual violence against women "
             "and girl and um and in our hospital we treat only 6 of them six only the other women they do not come")
    assert _examples(story, scenario) == []
    plan = ("last year in gao region the un recorded more than 200 cases and from next month our hospital in gao "
            "will treat them with a female doctor")
    assert len(_examples(plan, scenario)) == 1


def test_a_unit_or_course_that_gets_something_from_a_date_is_changed(scenario):
    course = "the induction course in bamako gets a two hour block on 1325 from april"
    assert len(_examples(course, scenario)) == 1
    roster = "the qrf in gao gets two female medics on its roster from next month"
    assert len(_examples(roster, scenario)) == 1
    sitrep = "from next month the daily sitrep from gao has a line on what the women told our patrols"
    assert len(_examples(sitrep, scenario)) == 1
    praise = "the induction course in bamako gets good marks from the officers every year"
    assert _examples(praise, scenario) == []


def test_the_speaker_saying_who_they_are_proposes_nothing(scenario):
    introduced = "i am working as military gender advisor in this headquarters since eight weeks sir"
    assert _examples(introduced, scenario) == []
    posted = "from next week the gao company will work with a woman interpreter at the market checkpoint"
    assert len(_examples(posted, scenario)) == 1


def test_a_unit_that_puts_something_somewhere_plans_it(scenario):
    put = ("In Aminata's story there are three things we can fix. First. The water point. The engineers of the "
           "Timbuktu camp put solar lights on that path, twelve of them, before the rainy season.")
    assert len(_examples(put, scenario)) == 1
    story = "last year the engineers of the timbuktu camp put solar lights on that path, twelve of them"
    assert _examples(story, scenario) == []


def test_a_place_with_an_indefinite_article_is_the_thing_made(scenario):
    """"There should be a clinic for women" (blind CW, session 26) names what is wanted, not where: no specific.
    "A clinic for women at the Ber market" has its place."""
    made = "So sir, my proposals: there should be a clinic for women."
    assert _examples(made, scenario) == []
    placed = "So sir, my proposals: there should be a clinic for women at the Ber market."
    assert len(_examples(placed, scenario)) == 1


def test_before_and_after_told_as_two_labelled_states(scenario):
    """"Before, nobody from the police visited the women's association. After, our UNPOL women officers visit it
    every Monday" (blind CW and CX, session 26): each label stands between pauses; the after is the proposal, the
    before the state it changes. Without the pauses, "after the patrol passes" only says when."""
    labelled = ("Before, in Timbuktu, nobody from the police component visited the women's association. After, our "
                "UNPOL women officers visit the women's association in Timbuktu every Monday morning to take complaints.")
    assert len(_examples(labelled, scenario, pace=text_words)) == 1
    before = "Before: the Gao QRF goes out with whoever is on shift, and most nights that is zero women."
    assert _examples(before, scenario, pace=text_words) == []
    when = "After the night patrol in Gao passes, the women come to the well at six in the morning."
    assert _examples(when, scenario, pace=text_words) == []
