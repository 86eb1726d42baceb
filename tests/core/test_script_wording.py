"""The judge and the wording checks run on a draft: the same findings as on a take of it,
placed in the draft's paragraphs."""

from __future__ import annotations

import pytest

from rehearse.core.scenario import load_scenario
from rehearse.core.script import check_script, pace_basis, parse_draft
from rehearse.core.script.wording import long_sentences

DRAFT = """General, thank you for seeing me. I think we should maybe look at gender, and I have one request: \
sign a directive today that builds a gender perspective into every operation this Force plans.

Women in Mali see threats that our patrols miss, so if we never talk to them, we lose half of our information.

We need more manpower in the posts, and the chairman of the committee agrees. Um, we build gender into \
planning, into orders and into reporting, you know.

First, deploy mixed engagement teams with female soldiers on patrols in Gao and Timbuktu, to talk with women \
at markets and water points, and to bring back what they hear to the battalion headquarters, the sector \
headquarters and the force headquarters, every single week of the year.

General, will you sign the directive today?"""


@pytest.fixture(scope="module")
def check():
    return check_script(parse_draft(DRAFT, "draft.txt"), load_scenario(None), pace_basis([]))


def test_hedges_gendered_terms_and_fillers_are_found_in_their_paragraphs(check):
    w = check.wording
    assert {f.term for f in w.hedges} >= {"i think", "maybe"}
    assert all(f.paragraph == 0 for f in w.hedges)
    gendered = {f.term: f.suggestion for f in w.gendered}
    assert gendered == {"manpower": "personnel", "chairman": "chair"}
    assert all(f.paragraph == 2 for f in w.gendered)
    assert {f.term for f in w.fillers} == {"um", "you know"}


def test_the_sentence_too_long_for_one_breath_is_named(check):
    assert [s.paragraph for s in check.wording.long_sentences] == [3]
    assert check.wording.long_sentences[0].words > 35
    assert check.wording.long_sentences[0].text.startswith("First, deploy")


def test_rubric_evidence_is_placed_in_the_draft(check):
    ask = check.content.element("ask")
    assert ask is not None and ask.found
    assert check.content.ask_up_front and check.content.ask_word < len(check.draft.words) * 0.2
    first = min(ask.evidence, key=lambda c: c.start)
    assert first.paragraph == 0
    assert check.draft.text(first.start, first.end).split() == first.text.split()
    why = check.content.element("why")
    p1 = check.draft.paragraphs[1]
    assert why is not None and any(c.start < p1.end and c.end > p1.start for c in why.evidence)


def test_element_spans_and_section_plans_feed_the_alignment(check):
    spans = check.element_spans
    assert any(s.element == "ask" for s in spans) and all(0 <= s.start < s.end <= len(check.draft.words) for s in spans)
    sections = check.sections
    assert [s.start for s in sections] == [p.start for p in check.draft.paragraphs]
    assert sum(s.planned_s for s in sections) == pytest.approx(check.forecast.seconds, abs=0.5)


def test_long_sentence_threshold_is_a_parameter():
    d = parse_draft("one two three four five six. seven eight.", "d.txt")
    assert [s.words for s in long_sentences(d, 5)] == [6]
    assert long_sentences(d, 6) == ()
