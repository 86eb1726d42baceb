"""A present-tense verb after a unit and its place, which the small tagger reads as a plural noun
("the engineer company in gao reserves …"), is still heard as the unit acting (`rehearse.core.nlp_en`);
its twins are verbless notes whose nouns could be verbs, and stay notes. Met on tune passages, session 26."""

from __future__ import annotations

from tests.core.wordlist import rubric_of


def count(text: str, scenario) -> int:
    return rubric_of(text, scenario)["examples"]["count"]


def test_a_unit_in_a_place_then_its_verb_in_the_present(scenario):
    reserves = ("The Chinese engineer company in Gao reserves two of the twelve boreholes for the women's "
                "committees from next month.")
    assert count(reserves, scenario) == 1
    funds = "The CIMIC cell in Gourma Rharous funds a grinding mill for the women's cooperative there this quarter."
    assert count(funds, scenario) == 1


def test_a_note_with_nouns_that_could_be_verbs_stays_a_note(scenario):
    plan = "Current logistics plan for the Timbuktu convoys: no change needed."
    assert count(plan, scenario) == 0
    reports = "Women as sources in our patrol reports: 3 percent. That gap is an intelligence gap."
    assert count(reports, scenario) == 0
    level = "Chinese medical unit, level two hospital in Gao."
    assert count(level, scenario) == 0


def test_the_same_verb_late_in_a_long_unpunctuated_sentence(scenario):
    """Words before the subject ("on conduct") take it as their object, so the whole sentence read again
    does not make it the verb's subject: the sentence is read again from the subject's phrase on (dc-23, cu-20)."""
    late = ("so two measures general and i will be brief the first under paragraph 4 of the force commanders "
            "directive on conduct the mp company in gow investigates every complaint made by a local woman "
            "against a member of the force within 48 hours")
    assert count(late, scenario) == 1
    framed = ("when the sector headquarters at timbuktu drafts its next patrol plan in the first week of next "
              "month i will be there to listen")
    assert count(framed, scenario) == 0  # a clause within another: read with its "when", it is a frame
