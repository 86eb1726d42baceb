"""Aligning a take's words to its script, on hand-made word lists: one departure from the
script per test (a skip, an ad-lib, a moved part, fillers, a restart, misheard words)."""

from __future__ import annotations

import json
import time

import pytest

from rehearse.core.script.align import align
from rehearse.core.script.align_types import ElementSpan, SectionPlan
from rehearse.core.script.draft import parse_draft
from rehearse.core.types import Word

OPEN = "General, thank you for seeing me. I ask you to sign the directive today."
WHY = ("Women in Mali see threats that our patrols miss. If we never talk to them, we lose half of our "
       "information.")
EX1 = "First, deploy mixed engagement teams on patrols in Gao."
EX2 = "Second, appoint a trained gender focal point in every battalion headquarters."
EX3 = "Third, add incident data broken down by sex to the daily situation report."
ASK = "General, will you sign the directive today?"
SCRIPT = "\n\n".join([OPEN, WHY, f"{EX1} {EX2} {EX3}", ASK])
DRAFT = parse_draft(SCRIPT, "script.txt")


def span_of(sentence: str) -> tuple[int, int]:
    words = sentence.split()
    texts = [w.text for w in DRAFT.words]
    for i in range(len(texts)):
        if texts[i : i + len(words)] == words:
            return i, i + len(words)
    raise AssertionError(sentence)


EXAMPLES = [ElementSpan("examples", f"example {n}", *span_of(s)) for n, s in enumerate((EX1, EX2, EX3), 1)]


def said(text: str, wpm: float = 150.0) -> list[Word]:
    step, out = 60.0 / wpm, []
    for k, w in enumerate(text.split()):
        out.append(Word(w, k * step, k * step + step * 0.8))
    return out


def test_the_script_as_written_is_all_said_in_order():
    a = align(DRAFT.words, said(SCRIPT), elements=EXAMPLES)
    assert a.coverage == 100.0
    assert not a.skipped and not a.added and not a.out_of_order and not a.misheard
    assert all(e.said for e in a.elements) and a.dropped == ()


def test_a_skipped_example_is_named_with_its_element():
    a = align(DRAFT.words, said(SCRIPT.replace(EX2 + " ", "")), elements=EXAMPLES)
    assert [s.text for s in a.skipped] == [EX2]
    assert a.skipped[0].elements == ("example 2",) and a.skipped[0].sentences == 1
    assert [e.label for e in a.dropped] == ["example 2"]
    assert a.coverage == 100.0 * (len(DRAFT.words) - len(EX2.split())) / len(DRAFT.words)


def test_a_skipped_paragraph_is_whole():
    a = align(DRAFT.words, said(SCRIPT.replace(WHY, "")))
    assert len(a.skipped) == 1 and a.skipped[0].whole_paragraph and a.skipped[0].paragraph == 1
    assert a.skipped[0].sentences == 2


def test_an_ad_lib_is_an_added_passage_with_its_time_and_place():
    extra = "I saw this myself last year when I was on patrol in the north."
    spoken = said(SCRIPT.replace("information.", f"information. {extra}"))
    a = align(DRAFT.words, spoken)
    assert a.coverage == 100.0 and not a.skipped
    assert [x.text for x in a.added] == [extra]
    ad = a.added[0]
    assert DRAFT.words[ad.after_script].text == "information."
    assert spoken[ad.spoken_start].start == ad.start_s


def test_a_moved_example_is_said_out_of_order_not_skipped_and_added():
    moved = SCRIPT.replace(EX1 + " ", "").replace(EX3, f"{EX3} {EX1}")
    a = align(DRAFT.words, said(moved), elements=EXAMPLES)
    assert a.coverage == 100.0 and not a.skipped and not a.added
    assert [o.text for o in a.out_of_order] == [EX1]
    assert DRAFT.words[a.out_of_order[0].said_at].text == "report."  # said after example 3
    assert a.dropped == ()


def test_swapped_paragraphs_keep_full_coverage():
    swapped = "\n\n".join([OPEN, f"{EX1} {EX2} {EX3}", WHY, ASK])
    a = align(DRAFT.words, said(swapped))
    assert a.coverage == 100.0 and len(a.out_of_order) == 1 and not a.added


def test_fillers_are_counted_and_left_out():
    spoken = said(SCRIPT.replace("Women in Mali", "um Women in uh Mali").replace("Second,", "Second, erm,"))
    a = align(DRAFT.words, spoken)
    assert a.fillers == 3 and a.coverage == 100.0 and not a.added


def test_restarts_and_repeats_are_not_ad_libs():
    spoken = said(SCRIPT.replace("If we never talk to them", "If we, if we never talk, if we never talk to them")
                  .replace("the daily", "the the daily"))
    a = align(DRAFT.words, spoken)
    assert a.coverage == 100.0 and not a.added and a.restarts >= 2


def test_misheard_words_still_count_as_said():
    heard = SCRIPT.replace("focal", "vocal").replace("Gao.", "gal.").replace("battalion", "battle ion")
    a = align(DRAFT.words, said(heard), elements=EXAMPLES)
    assert a.coverage == 100.0 and not a.skipped and not a.added
    pairs = dict(a.misheard)
    assert pairs["focal"] == "vocal" and pairs["Gao."] == "gal."


def test_a_recogniser_transcript_lowercase_unpunctuated_with_slips_is_all_said():
    """As tiny.en hears piper read it: no punctuation or case, "Molly" for Mali, "gal" for Gao,
    "are" for "our" (slips taken from its transcripts of the test speeches)."""
    heard = (SCRIPT.lower().replace(",", "").replace(".", "").replace("?", "")
             .replace("mali", "molly").replace("gao", "gal").replace("our patrols", "are patrols"))
    a = align(DRAFT.words, said(heard), elements=EXAMPLES)
    assert a.coverage == 100.0 and not a.skipped and not a.added and a.dropped == ()
    assert ("Mali", "molly") in a.misheard


def test_a_fully_different_speech_matches_nothing():
    a = align(DRAFT.words, said("the weather in the north was hot and the roads were closed for a week again"))
    assert a.coverage < 10 and len(a.added) == 1


def test_no_speech_and_plain_string_scripts():
    assert align(DRAFT.words, []).coverage == 0.0
    a = align("we build gender into planning".split(), said("um we build gender into planning"))
    assert a.coverage == 100.0 and a.fillers == 1


def test_time_per_section_against_the_plan():
    spoken = said(SCRIPT, wpm=120.0)
    plans = [SectionPlan(f"p{p.index}", p.start, p.end, p.size * 60 / 150) for p in DRAFT.paragraphs]
    a = align(DRAFT.words, spoken, sections=plans)
    assert [s.label for s in a.sections] == ["p0", "p1", "p2", "p3"]
    for s in a.sections:
        assert s.spoken_s == pytest.approx(s.planned_s * 150 / 120, abs=0.6)
        assert s.coverage == 100.0
    assert sum(s.spoken_s for s in a.sections) == pytest.approx(spoken[-1].end, abs=0.01)


def test_default_sections_are_paragraphs_and_skipped_ones_take_no_time():
    a = align(DRAFT.words, said(SCRIPT.replace(WHY, "")))
    assert [s.label for s in a.sections] == [f"paragraph {n}" for n in (1, 2, 3, 4)]
    assert a.sections[1].spoken_s == 0.0 and a.sections[1].coverage == 0.0


def test_to_dict_is_json():
    a = align(DRAFT.words, said(SCRIPT.replace(EX2 + " ", "")), elements=EXAMPLES)
    data = json.loads(json.dumps(a.to_dict()))
    assert data["dropped"] == ["example 2"] and data["skipped"][0]["elements"] == ["example 2"]


def test_a_long_take_aligns_quickly():
    long_script = parse_draft("\n\n".join([SCRIPT] * 8), "long.txt")  # ~700 words
    spoken = said(" ".join([SCRIPT.replace(EX2, "um " + EX3)] * 8))
    t0 = time.perf_counter()
    a = align(long_script.words, spoken)
    assert time.perf_counter() - t0 < 5.0
    assert a.coverage > 80

