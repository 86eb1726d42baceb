"""tiny.en appends "Thank you." where a take ends in silence; the chunker strips it.

`data/hedges-ending.flac` is the last chunk of one piper rendering of the HEDGES
speech (piper's noise makes each rendering a little different; 2 of 10 renderings
ended in an invented "Thank you." that a CI run then reported). It ends on "Would
that be possible?", and nobody says "thank you" in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rehearse.asr.chunking import ChunkedTranscriber, _drop_invented_tail
from rehearse.audio.decode import load_audio
from rehearse.core.types import Word
from rehearse.pipeline import get_engine

ENDING = Path(__file__).parent / "data" / "hedges-ending.flac"


def words(*spec: tuple[str, float, float, float]) -> list[Word]:
    return [Word(text, start, end, p) for text, start, end, p in spec]


SAID = (("be", 12.32, 12.54, 0.996), ("possible?", 12.54, 12.96, 0.999))


def test_crushed_thank_you_after_the_last_word_is_dropped():
    measured = words(*SAID, ("Thank", 12.96, 12.98, 0.033), ("you.", 12.98, 13.02, 0.981))
    assert [w.word for w in _drop_invented_tail(measured)] == ["be", "possible?"]
    zero = words(*SAID, ("Thank", 13.9, 13.9, 0.021), ("you", 13.9, 13.94, 0.98), ("very", 13.94, 13.96, 0.9))
    assert [w.word for w in _drop_invented_tail(zero)] == ["be", "possible?"]


def test_real_short_words_at_the_end_are_kept():
    """A confident short word is real, and a crushed word earlier in the chunk is not the tail."""
    short = words(*SAID, ("it", 12.96, 13.04, 0.93))
    assert _drop_invented_tail(short) == short
    middle = words(("a", 1.0, 1.01, 0.02), *SAID)
    assert _drop_invented_tail(middle) == middle
    assert _drop_invented_tail([]) == []


@pytest.fixture(scope="module")
def transcriber_words() -> list[Word]:
    chunker = ChunkedTranscriber(get_engine())
    chunker.feed(load_audio(ENDING))
    return list(chunker.finish().words)


def test_real_audio_ending_in_silence_gains_no_thank_you(transcriber_words):
    said = " ".join(w.word for w in transcriber_words).lower()
    assert said.rstrip(" ?.").endswith("would that be possible"), said
    assert "thank" not in said, said
