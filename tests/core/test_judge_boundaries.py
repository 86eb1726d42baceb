"""Sentence ends the audio does not show: the boundary model (`rehearse.core.judge.boundaries`).

A speaker who runs sentences together, transcribed without full stops, reaches
the judge as one run of words. These tests read such runs with the real parser
and the shipped weights.
"""

from __future__ import annotations

import pytest

from rehearse.core import nlp
from rehearse.core.judge.boundaries import LONG_RUN, boundary_model, features, predicted_starts, read_model
from rehearse.errors import ModelError
from tests.core.wordlist import rubric_of

RUN_ON = (
    "our patrols in ansongo only talk to the chiefs that is why we miss half the picture next week the "
    "battalion in gao puts two women soldiers at the checkpoint the engineers build latrines with locks "
    "at the idp camp in kidal in april sir will you sign the order by friday"
)


def test_a_run_on_brief_keeps_both_examples(scenario):
    """With no pause between them, the battalion's checkpoint and the engineers' latrines were read as
    one clause and one example; the model starts a sentence at "the engineers"."""
    examples = rubric_of(RUN_ON, scenario)["examples"]
    assert examples["count"] == 2
    who = " ".join(e["note"] for e in examples["evidence"])
    assert "battalion" in who and "engineers" in who


def test_the_same_brief_with_pauses_reads_the_same(scenario):
    spoken = ("Our patrols in Ansongo only talk to the chiefs. That is why we miss half the picture. Next week "
              "the battalion in Gao puts two women soldiers at the checkpoint. The engineers build latrines with "
              "locks at the IDP camp in Kidal in April. Sir, will you sign the order by Friday?")
    assert rubric_of(spoken, scenario)["examples"]["count"] == 2


def test_runs_shorter_than_a_long_sentence_are_left_alone():
    words = tuple("the engineers build latrines at the camp the medics open a clinic in gao".split())
    assert len(words) < LONG_RUN
    assert predicted_starts(nlp.tag(words), boundary_model("en")) == set()


def test_english_and_french_have_weights_and_other_languages_none():
    assert boundary_model("en") is not None and boundary_model("fr") is not None
    assert boundary_model("de") is None


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_shipped_weights_read_the_features_the_judge_computes(language):
    """A feature renamed in `features` without retraining would silently weigh nothing."""
    model = boundary_model(language)
    tags = nlp.tag(tuple(RUN_ON.split()))
    templates = {f.split("=", 1)[0] for i in range(1, len(tags)) for f in features(tags, i)}
    assert {k.split("=", 1)[0] for k in model.weights} <= templates
    assert 0.0 < model.threshold < 1.0


@pytest.mark.parametrize("content", ["", "{not json", '{"weights": {}, "bias": 0.1}', '{"weights": [], "bias": 0, "threshold": 0.4}'])
def test_broken_weights_are_one_clear_line(tmp_path, content):
    path = tmp_path / "boundaries_en.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ModelError) as err:
        read_model(path)
    assert "boundaries_en.json" in str(err.value) and "\n" not in str(err.value)
