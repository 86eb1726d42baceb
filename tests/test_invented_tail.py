"""tiny.en signs off ("Thank you.", "Thanks for watching!") where a take ends in silence.

The word lists below are measured: the final chunks of piper speeches, some
followed by 3 s of room noise as when a speaker waits before pressing stop.
`data/hedges-ending.flac` is one such final chunk (one piper rendering of the
HEDGES speech; a CI run reported its invented "Thank you."). It ends on "Would
that be possible?", and nobody says "thank you" in it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rehearse.asr.chunking import ChunkedTranscriber
from rehearse.asr.invented import drop_invented_tail
from rehearse.audio.decode import load_audio
from rehearse.core.types import Word
from rehearse.session.pipeline import get_engine

ENDING = Path(__file__).parent / "data" / "hedges-ending.flac"


def words(*spec: tuple[str, float, float]) -> list[Word]:
    """(word, probability, duration) in a row, as Whisper times them."""
    out, t = [], 10.0
    for text, p, dur in spec:
        out.append(Word(text, t, t + dur, p))
        t += dur
    return out


SAID = (("for", 0.997, 0.22), ("listening,", 0.995, 0.58), ("general.", 0.707, 0.2))


@pytest.mark.parametrize("invented", [
    (("Thank", 0.033, 0.02), ("you.", 0.981, 0.04)),
    (("Thanks", 0.009, 0.0), ("for", 0.604, 0.06), ("watching!", 0.731, 0.24)),
    (("roll.", 0.014, 0.1),),
    (("We'll", 0.236, 0.1), ("see", 0.22, 0.2), ("you", 0.827, 0.0), ("next", 0.395, 0.0), ("time.", 0.321, 0.0)),
    (("All", 0.011, 0.1), ("right,", 0.911, 0.2), ("thank", 0.5, 0.0), ("you", 0.9, 0.0), ("very", 0.9, 0.0),
     ("much.", 0.9, 0.0)),
], ids=["thank-you", "thanks-for-watching", "one-word", "see-you-next-time", "long-crushed"])
def test_measured_sign_offs_are_dropped(invented):
    heard = words(*SAID, *invented)
    speech_end = heard[len(SAID) - 1].end + 0.1  # the audio: speech stops just after "general."
    for end in (speech_end, None):
        assert [w.word for w in drop_invented_tail(heard, end)] == [w for w, _, _ in SAID]


def test_real_endings_are_kept():
    """Confident short words, a final filler, a misheard word further back all stay; so does a
    misheard last word that covers the end of the audible speech ("Timbuktu" heard as "temperature")."""
    for ending in [words(*SAID), words(*SAID, ("it", 0.93, 0.08)), words(*SAID, ("um", 0.03, 0.3)),
                   words(("Kidal", 0.03, 0.3), ("before", 0.9, 0.3), ("we", 0.9, 0.1), ("plan", 0.9, 0.2),
                         ("operations", 0.9, 0.5)), words(("a", 0.02, 0.01), *SAID),
                   words(*SAID, ("temperature.", 0.034, 0.4))]:
        assert drop_invented_tail(ending, ending[-1].end) == ending
    assert drop_invented_tail([]) == [] and drop_invented_tail([], 3.0) == []


@pytest.fixture(scope="module")
def endings() -> dict[str, str]:
    """The real chunker on the real clip, as synthesised and as if recorded in a room (-55 dBFS
    noise throughout) by a speaker who waited 3 s before pressing stop."""
    audio = load_audio(ENDING)
    waited = np.concatenate([audio, np.zeros(3 * 16000, np.float32)])
    waited += (np.random.default_rng(1325).standard_normal(len(waited)) * 10 ** (-55 / 20)).astype(np.float32)
    out = {}
    for name, take in (("as recorded", audio), ("waited 3 s", waited)):
        chunker = ChunkedTranscriber(get_engine())
        chunker.feed(take)
        out[name] = " ".join(w.word for w in chunker.finish().words).lower()
    return out


@pytest.mark.parametrize("name", ["as recorded", "waited 3 s"])
def test_real_take_ending_in_silence_gains_no_thank_you(endings, name):
    said = endings[name]
    assert said.rstrip(" ?.").endswith("would that be possible"), said
    assert "thank" not in said, said


def test_a_sign_off_crushed_into_no_time_is_dropped_even_where_the_audio_runs_on():
    """Measured on the ABSTRACT_ONLY speech: six words at one instant after "mission.", the first at
    probability 0.004, while the audio's energy ran 0.4 s past "mission." (its tail and the room)."""
    heard = words(*SAID, ("Thank", 0.004, 0.0), ("you", 0.975, 0.0), ("very", 0.271, 0.0), ("much", 0.994, 0.0),
                  ("for", 0.125, 0.0), ("watching", 0.532, 0.0))
    speech_end = heard[len(SAID) - 1].end + 0.4
    assert [w.word for w in drop_invented_tail(heard, speech_end)] == [w for w, _, _ in SAID]


def test_a_long_invention_in_two_pieces_is_dropped_whole():
    """Measured on the same speech in another run: "Thank you very much for watching" at one instant, then
    "and I'll see you in the next one." crushed after two doubtful words."""
    heard = words(*SAID, ("Thank", 0.004, 0.0), ("you", 0.975, 0.0), ("very", 0.271, 0.0), ("much", 0.994, 0.0),
                  ("for", 0.125, 0.0), ("watching", 0.532, 0.0), ("and", 0.092, 0.06), ("I'll", 0.341, 0.12),
                  ("see", 0.822, 0.0), ("you", 0.98, 0.0), ("in", 0.224, 0.0), ("the", 0.633, 0.0),
                  ("next", 0.957, 0.0), ("one.", 0.454, 0.0))
    speech_end = heard[len(SAID) - 1].end + 0.1
    assert [w.word for w in drop_invented_tail(heard, speech_end)] == [w for w, _, _ in SAID]
