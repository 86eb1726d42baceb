"""Examples: who may do them, and when a clause is a story (met on blind batches Q and V, session 13).

Each case is a pair, the shape that counts and its near twin that does not, so a rule that stops
working fails here.
"""

from __future__ import annotations

from tests.core.wordlist import example_evidence


def examples(text: str, scenario) -> list[str]:
    return example_evidence(text, scenario, "note")


def test_the_forces_nurses_midwives_and_dentists_are_doers(scenario):
    """A medical officer's walk through her clinics: each stop is an example by a role of the force."""
    walk = ("In Sévaré the midwife of our field clinic goes with the liaison assistant to the Wednesday market. "
            "In Timbuktu the dentist and a nurse from the camp clinic visit the girls' school on the first "
            "Saturday of each month.")
    assert [n.split(" · ")[0] for n in examples(walk, scenario)] == ["who: midwife", "who: nurse"]
    traders = "In Sévaré the traders of the Wednesday market sell fish to the women of the camp every morning."
    assert examples(traders, scenario) == []


def test_last_month_one_of_them_is_a_date_not_a_numbered_point(scenario):
    story = ("The women wait outside under the tree. Last month one of them, a young mother, lost her baby "
             "there, because nobody called her in.")
    assert examples(story, scenario) == []
    timeline = "Week one, the engineers at Ansongo meet the women of the three villages before they clear the road."
    assert len(examples(timeline, scenario)) == 1


def test_a_date_in_the_past_makes_a_present_tense_clause_a_story(scenario):
    """Speakers whose English has one tense tell the past in the present: the date says it is past."""
    story = "Last month our hospital in Gao opens a clinic for the women of the town."
    assert examples(story, scenario) == []
    ago = "Two weeks ago the company in Kidal takes two women soldiers on the market patrol."
    assert examples(ago, scenario) == []
    plan = "Next month our hospital in Gao opens a clinic for the women of the town."
    assert len(examples(plan, scenario)) == 1
    dated_inside = ("The platoon from Kati can join the sector patrol at Bourem next month, because we already "
                    "had the fuel allocated last week.")
    assert len(examples(dated_inside, scenario)) == 1
