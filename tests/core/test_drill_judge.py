"""The drill judge on hand-made answers: one good and one evasive answer per expectation.

Each answer is analysed the way a recorded one is (`analyze` against `answer_scenario`), then
judged; every case is also run without punctuation or case, as tiny.en often writes it.
"""

from __future__ import annotations

import pytest

from rehearse.core.drill import answer_scenario, drill_fixes, judge_answer, verdict_counts
from rehearse.core.questions import Question
from rehearse.core.report import analyze
from rehearse.core.types import Transcript
from tests.core.wordlist import make_words, strip_punctuation

NUMBER = Question("How many extra troops does this cost me?", expects=("number", "cost"), answer_s=40)
YES_NO = Question("Can this be done without taking a single patrol off the roads?",
                  expects=("yes_no_first", "example"), answer_s=40)
REASON = Question("Why should counter-terrorism wait for this?", expects=("reason",))
PROCESS = Question("How do I get the troop contributors to send trained personnel?", expects=("process",))
DECISION = Question("If I give you one thing this week, what should it be?", expects=("decision",), answer_s=30)

CASES = [
    (NUMBER, "Two officers, sir. Two women officers from the battalion already in Gao, no extra troops.",
     "That is a very good question, sir. Gender is important to all of us and the review says we must do more."),
    (YES_NO, "Yes. The company in Gao takes a female medic on the Monday market patrol.",
     "Well, sir, the situation is complex and there are many considerations on the ground."),
    (REASON, "Because the women at the wells see the fighters first. If we never talk to them we lose the "
             "early warning that keeps our convoys safe.",
     "I fully understand the pressure you are under, sir, and I know everyone is very busy."),
    (PROCESS, "Through force generation. We write gender training into the pre deployment training "
              "requirements we send to every troop contributor.",
     "It is really about changing mindsets over time, sir, and that is a long journey for all of us."),
    (DECISION, "Sign the gender directive today, sir, before you leave for Timbuktu.",
     "There are so many things, sir, it is hard to pick just one of them right now."),
]


def verdict_of(question: Question, text: str, scenario, bare: bool = False):
    words = make_words(text)
    words = strip_punctuation(words) if bare else words
    report = analyze(Transcript(tuple(words)), None, answer_scenario(scenario, question))
    return judge_answer(question, report, scenario)


@pytest.mark.parametrize("bare", [False, True], ids=["punctuated", "bare"])
@pytest.mark.parametrize(("question", "good", "evasive"), CASES, ids=[q.expects[-1] for q, _, _ in CASES])
def test_good_and_evasive_answers(question, good, evasive, bare, scenario):
    v = verdict_of(question, good, scenario, bare)
    assert v.verdict == "good", (v.answer_first, v.expected)
    assert all(c.passed and c.evidence for c in v.expected) and v.answer_first.passed and v.fixes == ()
    v = verdict_of(question, evasive, scenario, bare)
    assert v.verdict == "evasive", (v.answer_first, v.expected)
    assert not v.answer_first.passed and not any(c.passed for c in v.expected) and v.fixes


def test_evidence_quotes_the_words_with_their_time(scenario):
    v = verdict_of(NUMBER, "Sir. " + CASES[0][1], scenario)
    number = v.expected[0]
    assert number.evidence[0].text.lower().startswith("two officers") and number.evidence[0].start > 0
    assert v.answer_first.evidence[0].text.startswith("Sir.")  # a courtesy alone is read with what follows


def test_a_yes_no_answer_must_say_yes_or_no_first(scenario):
    late = "The company in Gao takes a female medic on the Monday market patrol. So yes, it can."
    v = verdict_of(YES_NO, late, scenario)
    assert v.verdict == "partial" and not v.answer_first.passed and v.expected[0].passed
    assert v.fixes[0] == "Say yes or no first, then why."


def test_an_answer_still_going_at_the_limit_is_too_long(scenario):
    q = Question(NUMBER.text, expects=NUMBER.expects, answer_s=8)
    v = verdict_of(q, CASES[0][1] + " And the Senegal battalion has more women ready for the next rotation.", scenario)
    assert v.verdict == "too long" and v.delivery.cut_off and v.fixes[0].startswith("Finish inside 8 s")


def test_delivery_counts_hedges_and_fillers_per_minute(scenario):
    v = verdict_of(NUMBER, "Um, I think maybe two officers, uh, perhaps no extra troops, I guess.", scenario)
    assert v.delivery.hedges_per_min > 10 and v.delivery.fillers_per_min > 0 and v.delivery.wpm > 0


def test_no_words_is_no_answer(scenario):
    v = verdict_of(NUMBER, "Um.", scenario)
    assert v.verdict == "no answer" and v.to_dict()["verdict"] == "no answer"


def test_the_drill_fixes_put_the_most_common_first(scenario):
    answers = [verdict_of(q, evasive, scenario) for q, _, evasive in CASES[2:]]
    fixes = drill_fixes(answers)
    assert fixes[0] == "Answer in your first sentence; the background can follow. (3 answers)" and len(fixes) == 3
    assert verdict_counts(answers) == {"evasive": 3}


@pytest.mark.parametrize("bare", [False, True], ids=["punctuated", "bare"])
def test_counting_ones_own_requests_is_no_number(scenario, bare):
    """"I have one request" counts the speaker's own words, not troops: seen in the drill report, where
    it passed "a number" and "a number tied to what it costs" for "How many extra troops…"."""
    brief = "General, thank you for your time. I have one request. Sign a directive today, and two points on it."
    v = verdict_of(NUMBER, brief, scenario, bare)
    assert not any(c.passed for c in v.expected), v.expected
    v = verdict_of(NUMBER, "One officer, sir, for one day a week.", scenario, bare)
    assert all(c.passed for c in v.expected), v.expected
