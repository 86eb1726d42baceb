"""Sentences end where the audio goes silent, not only where Whisper's word times leave a gap.

Whisper stretches the last word of a sentence over the silence after it, so two proposals
spoken as two sentences can reach the parser as one run and count once. Each test builds the
same words twice: as a bare transcript (word gaps of 0.3 s, under `PAUSE_SPLIT_S`), and with
the voice-loud stretches the audio would show (`VoiceFeatures.speech`).
"""

from __future__ import annotations

from rehearse.core.judge.silences import words_after_silences
from rehearse.core.report import analyze
from rehearse.core.scenario import load_scenario
from rehearse.core.types import Interval, Transcript, VoiceFeatures, Word

SCENARIO = load_scenario("minusma-gender")
STEP_S = 0.4
"""One word every 0.4 s, each 0.3 s long: 150 words a minute."""


def _take(*sentences: str, silence_s: float = 0.45) -> tuple[tuple[Word, ...], VoiceFeatures]:
    """Whisper's words (the last word of each sentence stretched over the silence after it) and
    the audio's speech stretches, with `silence_s` of silence after each sentence."""
    words: list[Word] = []
    speech: list[Interval] = []
    t = 0.0
    for sentence in sentences:
        start = t
        said = sentence.split()
        for k, w in enumerate(said):
            stretch = silence_s if k == len(said) - 1 else 0.0
            words.append(Word(w, t, t + 0.3 + stretch))
            t += STEP_S + stretch
        speech.append(Interval(start, words[-1].end - silence_s))
    return tuple(words), VoiceFeatures(t + 1.0, tuple(speech))


def _examples(words: tuple[Word, ...], voice: VoiceFeatures | None, scenario=SCENARIO) -> list[str]:
    return [e.text for e in analyze(Transcript(words), voice, scenario).rubric["examples"].evidence]


def test_two_proposals_the_parser_reads_as_one_run_count_twice_when_the_audio_is_silent_between_them():
    words, voice = _take("we send two women medics to the clinic in gao every tuesday",
                         "our engineers build a water point in kidal next month")
    assert max(b.start - a.end for a, b in zip(words, words[1:], strict=False)) < 0.6
    assert len(_examples(words, None)) == 1
    assert _examples(words, voice) == ["we send two women medics to the clinic in gao every tuesday",
                                       "our engineers build a water point in kidal next month"]


def test_a_story_then_a_plan_split_at_the_silence():
    words, voice = _take("at ansongo the engineers meet the women of the three villages",
                         "the gao company takes two women soldiers on the thursday patrol",
                         "j3 briefs the sectors on monday")  # not "i brief …": the speaker's own step is no example (doers)
    assert len(_examples(words, None)) == 2
    assert len(_examples(words, voice)) == 3


def test_a_silence_after_the_or_after_a_modal_does_not_cut_a_phrase():
    """A speaker looking for a word ("to the … clinic", "will … deploy") has not ended a sentence."""
    words, voice = _take("we send two women medics to the", "clinic in gao every tuesday")
    assert len(_examples(words, voice)) == 1
    words, voice = _take("from monday the engineers at ansongo will", "brief the village women before they clear the road")
    assert _examples(words, voice) == [" ".join(w.word for w in words)]


def test_short_silences_and_silences_far_from_any_word_end_nothing():
    words, voice = _take("we send two women medics to the clinic in gao every tuesday",
                         "our engineers build a water point in kidal next month", silence_s=0.1)
    assert words_after_silences(words, voice.speech) == frozenset()
    assert len(_examples(words, voice)) == 1
    lost = (Interval(0.0, 1.0), Interval(30.0, 31.0))  # Whisper heard nothing near this silence
    assert words_after_silences(words[:3], lost) == frozenset()


def test_the_silence_is_placed_at_the_word_boundary_nearest_to_it():
    words, voice = _take("the gao company takes two women soldiers", "i brief the sectors")
    assert words_after_silences(words, voice.speech) == {7}


def test_a_french_place_after_autour_stays_in_its_clause():
    """Kokoro's French voice paused for 0.4 s before "autour" in the middle of a clause (the complete
    French brief of tests/test_french_base.py): the place after it is still this example's."""
    words, voice = _take("troisièmement nos ingénieurs installeront des lampes solaires",
                         "autour du camp de déplacés de ménaka avant la fin du mois")
    french = load_scenario("minusma-genre-fr")
    assert _examples(words, voice, french) == [" ".join(w.word for w in words)]


def test_a_silence_whisper_runs_the_words_over_is_inside_a_phrase():
    """Real speech ("and I'm [0.40 s] saying", "slightly [0.47 s] lower in intensity"): where the
    speaker pauses inside a phrase, Whisper leaves no gap at all between the two words; at the ends of
    sentences it leaves some."""
    words, voice = _take("we send two women medics to the clinic in gao every tuesday",
                         "our engineers build a water point in kidal next month")
    joined = tuple(Word(w.word, w.start, words[k + 1].start if k + 1 < len(words) else w.end)
                   for k, w in enumerate(words))
    assert words_after_silences(words, voice.speech) == {12}
    assert words_after_silences(joined, voice.speech) == frozenset()
    assert len(_examples(joined, voice)) == 1


def test_a_date_then_a_new_subject_after_a_silence_opens_a_sentence():
    """"… the daily situation report. From Monday the Gao company sends …": a preposition after a pause
    usually carries the phrase on ("with female soldiers, on patrols in Gao"), but not when a date and a
    new subject follow it. Run together, the plan's three examples counted two."""
    words, voice = _take("we put gender into the patrol orders and into the daily situation report",
                         "from monday the gao company sends two women soldiers with the market patrol",
                         "in june the engineers at ansongo meet the women's committee before they repair the wells",
                         "every friday the mopti medics hold a clinic for women at the camp gate")
    assert len(_examples(words, voice)) == 3
    words, voice = _take("from monday we send female soldiers", "on the market patrols in gao every friday")
    assert len(_examples(words, voice)) == 1
