"""The structural judge in French (minusma-genre-fr): the same design as in English, French words.

Text level and fast: French timed words through `analyze`, as `test_judge_corpus.py` does for
English. Each element is judged from clauses (who does what where; a reason tied to the mission;
a directive to the commander), so wishes are no examples and a courtesy is no ask.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rehearse.core.report import analyze
from rehearse.core.scenario import load_scenario
from rehearse.core.types import Transcript, Word
from tests.corpus import load_corpus, passage_words, tally, text_words

COMPLETE = (
    "Mon général, merci de me recevoir. Le genre compte pour la mission parce que les femmes voient ce que nos "
    "patrouilles ne voient pas : sans elles, nous perdons la moitié de notre renseignement. Nous devons intégrer "
    "le genre dans la planification et dans chaque ordre d'opération. Premièrement, la compagnie de Gao enverra "
    "deux femmes officiers au marché de Gao chaque lundi. Deuxièmement, le bataillon de Kidal installera des "
    "lampes solaires au camp de déplacés avant juin. Troisièmement, la CIMIC du secteur Est organisera une "
    "réunion mensuelle avec l'association des femmes de Mopti. Je vous demande de signer cet ordre aujourd'hui."
)
WISHES = (
    "Mon général, il faut sensibiliser les troupes. Il faut aussi que tout le monde comprenne l'importance du "
    "genre. Nous devons changer les mentalités. Il faut être plus attentifs aux femmes. Merci de votre attention."
)


@pytest.fixture(scope="module")
def scenario():
    return load_scenario("minusma-genre-fr")


def rubric(text: str | list[Word], scenario) -> dict:
    words = text_words(text) if isinstance(text, str) else text
    return analyze(Transcript(tuple(words)), None, scenario).to_dict()["rubric"]


def verdicts(text: str | list[Word], scenario) -> dict:
    r = rubric(text, scenario)
    return {"why": r["why"]["found"], "how": r["how"]["found"], "ask": r["ask"]["found"],
            "examples": r["examples"]["count"]}


def test_a_complete_french_brief_has_all_four_elements_quoted_in_french(scenario):
    r = rubric(COMPLETE, scenario)
    assert r["why"]["found"] and r["how"]["found"] and r["ask"]["found"]
    assert r["examples"]["count"] >= 3
    assert "parce que les femmes voient" in r["why"]["evidence"][0]["text"]
    assert "planification" in r["how"]["evidence"][0]["text"]
    quoted = " ".join(e["text"] for e in r["examples"]["evidence"])
    assert "marché de Gao" in quoted and "Kidal" in quoted and "Mopti" in quoted
    assert "gao" in r["examples"]["evidence"][0]["note"] and "lundi" in r["examples"]["evidence"][0]["note"]
    assert r["ask"]["evidence"][0]["text"].startswith("Je vous demande de signer")


def test_wishes_are_no_practical_examples(scenario):
    got = verdicts(WISHES, scenario)
    assert got["examples"] == 0
    assert not got["ask"]  # "merci de votre attention" asks for nothing


@pytest.mark.parametrize("text", ["Il faut sensibiliser les troupes.", "Nous devons changer les mentalités."])
def test_a_wish_alone_is_no_example(text, scenario):
    assert verdicts(text, scenario)["examples"] == 0


def test_a_reason_about_the_budget_is_no_why(scenario):
    assert not verdicts("Parce que le budget se ferme en juin.", scenario)["why"]


def test_thanks_is_no_ask(scenario):
    assert not verdicts("Merci de votre attention.", scenario)["ask"]


@pytest.mark.parametrize("text", [
    "La seule chose que j'attends de vous, c'est un feu vert d'ici vendredi.",
    "Je vous demande de signer cet ordre aujourd'hui.",
])
def test_a_directive_to_the_commander_is_an_ask(text, scenario):
    assert verdicts(text, scenario)["ask"]


def test_fillers_and_restarts_do_not_change_a_verdict(scenario):
    plain = COMPLETE.replace("la compagnie de Gao enverra", "on envoie les médecins à Gao et la compagnie de Gao enverra")
    nervous = plain.replace("on envoie les médecins", "on envoie, euh, on envoie les médecins").replace(
        "Nous devons intégrer", "Euh, bon, nous devons, euh, intégrer").replace("Je vous demande", "Du coup, je vous, euh, demande")
    assert verdicts(nervous, scenario) == verdicts(plain, scenario)


def test_a_french_brief_is_not_judged_with_english_words(scenario):
    """The English judge found none of the four elements in French; the French grammar does."""
    got = verdicts(COMPLETE, scenario)
    assert got == {"why": True, "how": True, "ask": True, "examples": 3}


FR_CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "fr"
FR_FLOORS = {"tune": 0.872, "held_out": 0.87}
"""Share of right judgements (why, how, ask, examples >= 3) on the French corpus (tests/corpus/fr) as measured,
less about half a point (90 passages: tune 87.7 %, held out 87.9 %, read without the recogniser's punctuation
or capitals; bench/judge_corpus.py --folder tests/corpus/fr --scenario minusma-genre-fr). Without the French
boundary model (session 14) they were 86.9 % and 86.2 %."""
FR_MAX_COUNT_OFF = {"tune": 10, "held_out": 8}


@pytest.mark.parametrize("split", ["tune", "held_out"])
def test_french_judge_holds_its_measured_accuracy(split, scenario):
    right, total, off = tally(load_corpus(split, folder=FR_CORPUS), lambda p: verdicts(passage_words(p), scenario))
    assert right / total >= FR_FLOORS[split], f"{split}: {right}/{total} right"
    assert off <= FR_MAX_COUNT_OFF[split]


def test_punctuation_and_capitals_change_no_french_verdict(scenario):
    """The recogniser's punctuation and capitals are unreliable, so the French judge reads neither,
    as the English one does: the same words with the same pauses get the same verdicts bare."""
    import re

    spoken = text_words(COMPLETE + " " + WISHES)
    bare = [Word(re.sub(r"[.,;:!?«»]", "", w.word).lower(), w.start, w.end, w.probability) for w in spoken]
    assert verdicts([w for w in bare if w.word], scenario) == verdicts(spoken, scenario)


def test_the_french_test_briefs_as_written_get_the_verdicts_a_listener_gives(scenario):
    """The scripts of the spoken French briefs (tests/test_french_base.py), judged as written: what the
    judge gives before any recogniser, so a failure there is told apart from a misheard word."""
    from tests.speech.texts_fr import COMPLETE_FR, FILLERS_FR, FILLERS_FR_COUNT, NO_EXAMPLES_FR

    def judged(text: str):
        return analyze(Transcript(tuple(text_words(text)), language="fr"), None, scenario)

    for text in (COMPLETE_FR, FILLERS_FR):
        report = judged(text)
        assert all(e.found for e in report.rubric.values()) and report.rubric["examples"].count >= 4
    assert judged(FILLERS_FR).fillers.count == FILLERS_FR_COUNT
    verdict = {k: e.found for k, e in judged(NO_EXAMPLES_FR).rubric.items()}
    assert verdict == {"why": True, "how": True, "examples": False, "ask": True}


def test_a_french_filler_inside_an_elision_is_counted_and_voila_without_its_accent(scenario):
    report = analyze(Transcript(tuple(text_words("Parce qu'en fait les femmes parlent, voila.")), language="fr"),
                     None, scenario)
    assert report.fillers.by_word == {"en fait": 1, "voila": 1}
