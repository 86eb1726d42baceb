"""The instructor's overrides of a drill's answers, and a saved drill read back whole.

The screen flow (o on the drill report, d on the take's report) is in tests/ui/test_drill_ui.py;
here the model and the store, with hand edits gone wrong.
"""

from __future__ import annotations

import json

import pytest

from rehearse.core.drill.review import AnswerOverride, DrillReview
from rehearse.core.drill.saved import SavedDrill
from rehearse.errors import StorageError
from rehearse.store.drills import DRILL_REVIEW_JSON, load_drill_review, save_drill_review


def test_an_override_replaces_the_verdict_that_counts_and_keeps_the_judged_one():
    review = DrillReview().with_override(2, AnswerOverride("good", "answered in the first line", "Maj. Diallo"))
    assert review.verdict(2, "evasive") == "good" and review.verdict(1, "evasive") == "evasive"
    assert review.counts(["evasive", "evasive", "too long"]) == {"good": 1, "evasive": 1, "too long": 1}
    saved = SavedDrill.from_dict({"answers": [{"verdict": "evasive"}, {"verdict": "evasive"}]}, review)
    first, second = saved.rows
    assert (first.verdict, first.judged, first.verdict_text) == ("evasive", "", "evasive")
    assert (second.verdict, second.judged, second.note) == ("good", "evasive", "answered in the first line")
    assert second.verdict_text == "good (judged evasive)"
    assert SavedDrill.from_export(saved.to_dict()) == saved
    assert review.with_override(2, None) == DrillReview()


def test_overrides_survive_the_disk_and_a_hand_edit_loses_only_its_own_entry(tmp_path):
    review = DrillReview().with_override(1, AnswerOverride("partial", "no number")).with_override(
        3, AnswerOverride("good", "fine"))
    path = save_drill_review(tmp_path, review)
    assert path.name == DRILL_REVIEW_JSON and load_drill_review(tmp_path) == review
    data = json.loads(path.read_text())
    data["answers"]["1"]["verdict"] = "brilliant"  # not a verdict
    data["answers"]["x"] = {"verdict": "good"}  # not an answer number
    path.write_text(json.dumps(data))
    assert load_drill_review(tmp_path) == DrillReview({3: AnswerOverride("good", "fine")})
    assert load_drill_review(tmp_path / "nowhere") == DrillReview()


def test_a_damaged_review_file_is_one_line(tmp_path):
    (tmp_path / DRILL_REVIEW_JSON).write_text("{not json")
    with pytest.raises(StorageError, match="damaged drill review") as err:
        load_drill_review(tmp_path)
    assert "\n" not in str(err.value)


def test_a_saved_drill_reads_back_as_it_was_judged(tmp_path):
    """`drill.json` is enough to show the drill report again (d on the take's report)."""
    from rehearse.core.drill import answer_scenario, judge_answer
    from rehearse.core.questions import Question
    from rehearse.core.report import analyze
    from rehearse.core.scenario import load_scenario
    from rehearse.core.types import Transcript
    from rehearse.session.drill import DrillAnswer, load_answers
    from rehearse.store.drills import DrillFolder, save_drill
    from tests.core.wordlist import make_words

    question = Question("How many extra troops does this cost me?", "And the helicopters?", 30.0,
                        ("number", "cost"), 2)
    scenario = answer_scenario(load_scenario(None), question)
    report = analyze(Transcript(make_words("None, sir. Two officers, four hours a week, from Monday in Gao.")),
                     None, scenario)
    answers = (DrillAnswer(question, str(tmp_path / "answers" / "a"), "key", judge_answer(question, report, scenario)),
               DrillAnswer(question, "", "device", None, "the microphone was unplugged"))
    save_drill(DrillFolder(tmp_path, "d"), {"answers": [a.to_dict() for a in answers]})
    assert load_answers(tmp_path) == answers
    data = json.loads((tmp_path / "drill.json").read_text())
    del data["answers"][0]["delivery"]
    (tmp_path / "drill.json").write_text(json.dumps(data))
    with pytest.raises(StorageError, match="cannot be read back") as err:
        load_answers(tmp_path)
    assert "\n" not in str(err.value)
