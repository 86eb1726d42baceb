"""Prompt mode's position in the script (issue 9, part 3), on hand-made live transcripts:
it follows the speaker through fillers, a skipped example and a part said out of order."""

from __future__ import annotations

from rehearse.core.script.prompt import prompt_position
from tests.core.test_script_align import ASK, DRAFT, EX1, EX2, EX3, OPEN, WHY, said, span_of


def test_nothing_said_yet_is_no_position():
    assert not prompt_position(DRAFT, []).started
    assert not prompt_position(DRAFT, said("uh um")).started


def test_the_position_is_the_sentence_being_said_with_fillers_left_out():
    pos = prompt_position(DRAFT, said(f"{OPEN} um {WHY} uh First, deploy mixed"))
    start, _ = span_of(EX1)
    assert pos.current == start + 2 and pos.sentence == span_of(EX1)
    assert set(range(start)) <= pos.said


def test_a_skipped_example_is_stepped_over_and_stays_unsaid():
    pos = prompt_position(DRAFT, said(f"{OPEN} {WHY} {EX1} {EX3}"))
    assert pos.sentence == span_of(EX3)
    assert not set(range(*span_of(EX2))) & pos.said


def test_a_part_said_out_of_order_moves_the_position_to_where_it_is_in_the_script():
    back = prompt_position(DRAFT, said(f"{OPEN} {WHY} {EX1} {EX3} {EX2}"))
    assert back.sentence == span_of(EX2)  # the speaker went back for example 2: so does the prompt
    ahead = prompt_position(DRAFT, said(f"{OPEN} {ASK}"))
    assert ahead.sentence == span_of(ASK)
