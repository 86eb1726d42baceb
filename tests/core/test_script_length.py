"""The draft's spoken length: an ordinary draft takes words / pace; more syllables per word
or more stops take longer; the 'ordinary' constants are what the judging corpus says."""

from __future__ import annotations

import pytest

from rehearse.core.script.draft import parse_draft
from rehearse.core.script.length import (
    PAUSE_S_PER_WORD,
    SYLLABLES_PER_WORD,
    DraftLength,
    draft_length,
    syllables,
)
from tests.corpus import load_corpus


def test_syllables_by_vowel_groups_and_numbers_as_said():
    assert [syllables(w) for w in ("we", "deploy", "patrols", "resolution", "gao", "make")] == [1, 2, 2, 4, 1, 1]
    assert syllables("2100") == 5 and syllables("5") == 1


def test_an_ordinary_draft_takes_words_over_pace():
    assert DraftLength.ordinary(700).seconds_at(140) == pytest.approx(300.0)


def test_long_words_and_many_stops_take_longer_than_their_word_count():
    plain = draft_length(parse_draft("we send a team to gao on monday and we talk with the women there", "a.txt"))
    wordy = draft_length(parse_draft("battalion engagement operations integrate resolution information "
                                     "humanitarian coordination association mandated intelligence "
                                     "protection population perspective examples", "b.txt"))
    choppy = draft_length(parse_draft("We send. A team. To Gao. On Monday. And we talk. With the women. There.",
                                      "c.txt"))
    assert plain.words == wordy.words == 15 and choppy.words == 15
    assert wordy.seconds_at(140) > plain.seconds_at(140) * 1.5
    assert choppy.seconds_at(140) > plain.seconds_at(140) + 3.0


def test_the_ordinary_constants_are_the_judging_corpus_averages():
    words = sylls = pauses = 0.0
    for p in load_corpus():
        n = len(p.text.split())
        if p.text.count(".") * 40 < n:
            continue  # passages written as Whisper output, without full stops: not written prose
        length = draft_length(parse_draft(p.text, "p.txt"))
        words, sylls, pauses = words + length.words, sylls + length.syllables, pauses + length.pauses_s
    assert sylls / words == pytest.approx(SYLLABLES_PER_WORD, abs=0.02)
    assert pauses / words == pytest.approx(PAUSE_S_PER_WORD, abs=0.005)
