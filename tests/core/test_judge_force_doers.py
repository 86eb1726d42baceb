"""Doers of the force that are places or things: its hospital, its radio, a convoy, a flight (session 20,
from the span labels, where these were the largest group of examples the judge missed for want of a doer).
Each case is a pair, the shape that counts and its near twin that does not."""

from __future__ import annotations

from tests.core.wordlist import example_evidence as _examples


def test_the_force_hospital_or_radio_acts(scenario):
    hospital = "the gao hospital opens a women's consultation every tuesday with our two female doctors"
    assert len(_examples(hospital, scenario)) == 1
    radio = "the mission radio runs a weekly slot in tamasheq and songhai for the women of kidal"
    assert len(_examples(radio, scenario)) == 1
    visited = "the women of ber go to the gao hospital every tuesday for a consultation with a doctor"
    assert _examples(visited, scenario) == []


def test_a_convoy_or_flight_of_the_force_carries_a_proposal(scenario):
    convoy = "from the first of march the convoy from gao to menaka carries two female searchers from the fpu"
    assert len(_examples(convoy, scenario)) == 1
    flight = "on thursday the logistics flight to menaka carries a female engagement officer and a woman interpreter"
    assert len(_examples(flight, scenario)) == 1
    story = "last year the convoy from gao to menaka carried two female searchers and nobody used them"
    assert _examples(story, scenario) == []


def test_a_staff_branch_spelled_out_is_the_branch(scenario):
    """piper's voice through tiny.en wrote J3, G2 and J9 as "Jay three", "G two", "J nine" (session 22)."""
    for said in ("jay three", "j 3", "J-3", "j three"):
        text = f"from monday {said} puts one gender line in every operation order for sector north"
        assert [e.split(" · ")[0] for e in _examples(text, scenario, "note")] == ["who: j3"], said
    spelled = "g two and j nine hold one meeting with the women leaders in mopti each week"
    assert [e.split(" · ")[0] for e in _examples(spelled, scenario, "note")] == ["who: g2"]
    a_name = "jay waits three days in mopti for the women leaders"  # a name before a number stays a name
    assert _examples(a_name, scenario) == []


def test_one_named_sector_sets_a_process_change_in_a_place(scenario):
    """"Every sector" is where every order goes: a change that names only it is the how. "Sector East" is one
    sector, a place the point is set in (session 23, from the span labels)."""
    named = "the J3 puts a gender line in every patrol order for Sector East"
    assert len(_examples(named, scenario)) == 1
    every = "the J3 puts a gender line in every patrol order for every sector"
    assert _examples(every, scenario) == []


def test_a_troop_the_training_centre_and_the_mps_are_the_force(scenario):
    """Blind batches CZ, DA and DB (session 28): a recce troop, the training centre and "the M P in Timbuktu"
    do a proposal; the centre in a story of last year does not."""
    troop = "the kidal recce troop takes a female interpreter on its tuesday and friday patrols into the old market"
    assert len(_examples(troop, scenario)) == 1
    centre = "fifteenth of march the training centre in gow starts a one day module for all incoming platoon commanders"
    assert len(_examples(centre, scenario)) == 1
    mps = "the m p in tim buck two they put a woman m p at the night check point on the road to gourma rharous from next week"
    assert len(_examples(mps, scenario)) == 1
    story = "last year the training centre in gao started a one day module and nobody came"
    assert _examples(story, scenario) == []
