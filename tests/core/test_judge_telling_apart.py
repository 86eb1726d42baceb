"""Telling two examples apart (session 22, from the span labels' merged examples). Each case is a pair:
the two points the judge used to fuse, and a near twin that is one point told twice. The passages are
paced as the corpus is (a pause at each full stop and comma), where these merges showed."""

from __future__ import annotations

from tests.core.wordlist import example_evidence
from tests.corpus import text_words


def _examples(text: str, scenario) -> list[str]:
    return example_evidence(text, scenario, pace=text_words)


def test_a_number_or_a_time_in_both_is_no_shared_thing(scenario):
    two = ("The medical officer of the camp can receive, twice a week, women who come for care, with a trained female "
           "nurse. And in Kidal, the engineers who will repair the road to Anefis can first meet the women of the "
           "villages along that road, in the week before the works start.")
    assert len(_examples(two, scenario)) == 2
    one = ("The medical officer of the camp can receive, twice a week, women who come for care, with a trained female "
           "nurse. The trained nurse also keeps the care register for the camp.")
    assert len(_examples(one, scenario)) == 1


def test_a_heading_takes_only_the_sentence_right_after_it(scenario):
    two = ("What I'd like is, um, two things in the, the planning, uh, in the planning cycle. The J5 puts a gender line "
           "into the Gao sector operation order template, like, from next month. And the J7 gets a two-hour gender "
           "block into the induction course at Bamako for every new rotation.")
    assert len(_examples(two, scenario)) == 2
    one = ("What I'd like is, um, one thing in the, the planning, uh, in the planning cycle. The J5 puts a gender line "
           "into the Gao sector operation order template, like, from next month.")
    assert len(_examples(one, scenario)) == 1


def test_a_heading_and_the_point_told_a_sentence_later_are_one(scenario):
    """The speaker names the point, says what is wrong there, then what to do: one point, not a heading and a point."""
    one = ("Second: the checkpoints on the road Gao to Bourem. The women of the area do not accept a search by a man, "
           "so they take the desert tracks. We put female searchers from the Senegalese police unit at the Bourem "
           "checkpoint on the market days, Monday and Thursday.")
    assert len(_examples(one, scenario)) == 1
    two = ("Second: the checkpoints on the road Gao to Bourem. The women of the area do not accept a search by a man, "
           "so they take the desert tracks. Third: the female searchers of the Senegalese police unit at the Bourem "
           "checkpoint on the market days, Monday and Thursday.")
    assert len(_examples(two, scenario)) == 2


def test_the_same_checkpoint_named_in_an_earlier_point_restates_it(scenario):
    """The judging guide's trap: women at a checkpoint, then staff "on that same checkpoint" is one example, though
    the first point's clause leaves the checkpoint to its opening phrase (session 23)."""
    first = ("First example. At the Ménaka checkpoint on the Anderamboukane road, we post women searchers and one woman "
             "interpreter on every shift, drawn from the female personnel of the Sector East units. Second example. In "
             "Timbuktu, the Formed Police Unit will carry out joint evening patrols in the Abaradiou quarter, with two "
             "women police officers in every patrol. Third example. The ladies of our contingents, we will deploy them ")
    same = first + "on that same Ménaka checkpoint, so that female travellers are checked by female staff."
    assert len(_examples(same, scenario)) == 2
    another = first + "on the Gao checkpoint, so that female travellers are checked by female staff."
    assert len(_examples(another, scenario)) == 3


def test_what_the_people_a_point_sends_then_do_is_that_point(scenario):
    """"… put two women soldiers on every patrol, and they will sit with the women": "they" are the soldiers the point
    sends, so their sitting tells that point. A unit named after it ("the engineer company in Gao, they …") is a
    new doer (session 23, from the span labels' split examples)."""
    one = ("From next month the Gao company will put two women soldiers on every patrol going to the river villages, "
           "and they will sit with the women while the men talk to the chief.")
    assert len(_examples(one, scenario)) == 1
    two = ("From next month the Gao company will put two women soldiers on every patrol going to the river villages, "
           "and the engineer company in Gao, they will light the path to the latrines in the camp by June.")
    assert len(_examples(two, scenario)) == 2


def test_a_second_verb_of_the_same_doer_in_a_numbered_point_goes_on_with_it(scenario):
    """"Two: the team site adds two women observers … and meets the women's associations": the numbered point
    opens both verbs, so the second goes on with the first; another doer after "and" is another point."""
    one = "One: from the fifteenth of next month the Gao company will put two women soldiers on every patrol to the Ansongo market. "
    same_doer = (one + "Two: the military observer team site at Mopti adds two women observers to its village patrols and "
                 "meets the women's associations of Mopti and Sévaré once a month.")
    assert len(_examples(same_doer, scenario)) == 2
    another = (one + "Two: the military observer team site at Mopti adds two women observers to its village patrols and "
               "the Gao company meets the women's associations of Mopti and Sévaré once a month.")
    assert len(_examples(another, scenario)) == 3
