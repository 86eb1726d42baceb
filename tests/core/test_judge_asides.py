"""Rules of the example count met on new speakers (batches H and I): each case is a pair, the
shape that counts and its near twin that does not, so a rule that stops working fails here."""

from __future__ import annotations

import pytest

from rehearse.core.report import analyze
from rehearse.core.types import Transcript
from tests.core.wordlist import make_words, strip_punctuation


def count(text: str, scenario, bare: bool = False) -> int:
    words = make_words(text, pauses=not bare)
    words = strip_punctuation(words) if bare else words
    return analyze(Transcript(tuple(words)), None, scenario).to_dict()["rubric"]["examples"]["count"]


def test_a_spelled_acronym_is_the_unit_it_names(scenario):
    spelled = "In the first week the f p u in Gao puts two women officers on every market patrol in Gao."
    assert count(spelled, scenario) == count(spelled.replace("f p u", "FPU"), scenario) == 1


def test_a_count_out_of_order_is_a_quantity_not_a_new_point(scenario):
    team = ("A women's engagement team goes to the Gao market every Friday. Four women soldiers, two from the "
            "Ghanaian contingent and two from the Nigerian contingent, who are already in Gao.")
    assert count(team, scenario) == 1
    listed = ("One, the Gao company sends a woman medic to the Friday market. Three, the engineers in Ber put "
              "lights around the water point by next month.")
    assert count(listed, scenario) == 2  # "two" was misheard: "three" after "one" still opens a point


def test_a_signpost_across_the_map_is_no_example(scenario):
    walk = ("Start in Gao. The engineer company meets the women of each village before it clears the road "
            "to Ansongo. Move north-west to Timbuktu. The medical team opens a clinic for women every "
            "Wednesday at the camp gate.")
    assert count(walk, scenario) == 2


def test_a_second_verb_of_the_same_doer_goes_on_with_the_proposal(scenario):
    one = ("By week eight the riverine unit would take one female officer on the weekly river patrol from Gao "
           "to Bourem and stop at the landing places where the women trade.")
    assert count(one, scenario) == 1
    two = ("In Timbuktu the battalion could pair a woman interpreter with its CIMIC team for the weekly meeting "
           "and in Mopti the QRF could add women searchers to its cordon and search operations.")
    assert count(two, scenario) == 2


def test_an_introduction_and_a_negated_wish_propose_nothing(scenario):
    assert count("I am Major Kwabena Asante, the military gender advisor here at headquarters.", scenario) == 0
    assert count("If I may, Commander Tanvir Hossain, Bangladesh Navy.", scenario) == 0
    assert count("I do not want to praise the team myself in three months.", scenario) == 0


def test_the_ask_after_sir_leaves_the_example_whole(scenario):
    text = ("Three, the engineers put lights at night around the water point at the IDP site in Menaka "
            "because that is where the attacks happen at night so sir can we have your approval today")
    assert count(text, scenario, bare=True) == 1


def asked(text: str, scenario) -> bool:
    return analyze(Transcript(tuple(make_words(text))), None, scenario).to_dict()["rubric"]["ask"]["found"]


@pytest.mark.parametrize(("text", "ask"), [
    ("Let the two doctors run the clinic on Thursdays. So: yes or no, sir, before you get on that plane.", True),
    ("The women at the well answer yes or no to every question our patrol asks.", False),
    ("So I will not keep you, sir. Just say yes and I will go up to Ber on Monday.", True),
    ("I would be grateful if the Commander could give me his decision on the plan today.", True),
    ("I hope that you will support the Gender Unit in this work, my General.", False),
])
def test_plain_and_formal_asks(scenario, text, ask):
    """A decision asked for in three words, after "just", or of "the Commander" in the third person;
    women answering yes or no, and a hope for support, ask for nothing."""
    assert asked(text, scenario) is ask


@pytest.mark.parametrize(("text", "ask"), [
    ("General, sign this order before your helicopter leaves for Timbuktu.", True),
    ("Mon général, sign this order before your helicopter leaves for Timbuktu.", True),
    ("General, the sign at the Gao gate is in French only.", False),
    ("The patrol came back. Say yes, and she goes to the Ber clinic this Friday.", True),
    ("The women of Ber say yes to every patrol that comes, and they go home.", False),
    ("Just initial this line here, sir, and it flies on Thursday.", True),
    ("I need you to tell the sector commanders today that it goes into their orders.", True),
    ("I need you to tell me what you think of the plan.", False),
    ("My general, allow an old chaplain a little story about Mopti.", False),
    ("Allow me to conclude, General. Is gender important? Of course it is important.", False),
    ("Allow me to post two women searchers at the Gao gate from Monday, General.", True),
    ("In my company now we have four woman. Everybody say we need more woman. Yes. Thank you, sir. I finish.", False),
    ("I say we need your approval today, sir.", True),
])
def test_asks_met_on_batches_n_and_o(scenario, text, ask):
    """The listener named first ("General, sign …" parses as a noun phrase without its comma), what
    follows the commander's yes ("… and she goes"), an order passed on ("tell the sector commanders");
    and their twins: a noun after "General", women saying yes, "tell me", leave to tell a story."""
    assert asked(text, scenario) is ask


def found(element: str, text: str, scenario) -> bool:
    return analyze(Transcript(tuple(make_words(text))), None, scenario).to_dict()["rubric"][element]["found"]


@pytest.mark.parametrize(("text", "how"), [
    ("Two boreholes at Ansongo and lit latrines in Gao. We put both in the engineering works order for July.", True),
    ("Both are inside our weekly deployment plan, so nothing new is needed.", True),
    ("We write it in the orders of the sector, every week.", True),
    ("I will put both in the FPU duty roster from Monday.", True),
    ("We left early in order to reach Gao before the rain.", False),
    ("The patrol put the boxes in the truck at seven.", False),
])
def test_proposals_put_into_a_document_of_the_force_are_the_how(scenario, text, how):
    """Met on batches N and O: the how said as where the proposals go ("in the works order", "inside
    our deployment plan"), the document named, not a process word from the list; not "in order to"."""
    assert found("how", text, scenario) is how
