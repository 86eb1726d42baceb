"""The question bank: `[[questions]]` read strictly, with errors naming the entry's own line."""

from __future__ import annotations

import random

import pytest

from rehearse.core.questions import DEFAULT_ANSWER_S, EXPECTS, pick_questions
from rehearse.core.scenario import load_scenario, parse_scenario
from rehearse.errors import ScenarioError

HEAD = 'id = "t"\n'


def test_the_exercise_has_twelve_questions_each_expecting_known_content():
    questions = load_scenario("minusma-gender").questions
    assert len(questions) == 12 and [q.number for q in questions] == list(range(1, 13))
    assert all(q.expects and set(q.expects) <= set(EXPECTS) for q in questions)
    assert len({q.text for q in questions}) == 12


def test_defaults_and_fields():
    s = parse_scenario(HEAD + '[[questions]]\ntext = "Why  now?"\n\n[[questions]]\ntext = "How many?"\n'
                       'follow_up = "A number."\nanswer_s = 20\nexpects = ["number", "number"]\n')
    first, second = s.questions
    assert (first.text, first.answer_s, first.expects, first.follow_up) == ("Why now?", DEFAULT_ANSWER_S, (), "")
    assert (second.answer_s, second.expects, second.follow_up, second.number) == (20.0, ("number",), "A number.", 2)


@pytest.mark.parametrize(("entry", "message"), [
    ('text = "Q?"\nexpect = ["number"]', "line 9: field 'questions[1].expect' is not a known key; did you mean 'expects'?"),
    ('text = "Q?"\nexpects = ["numbers"]', "line 9: field 'questions[1].expects' has an unknown expectation 'numbers'; "
                                           "did you mean 'number'?"),
    ('text = "Q?"\nanswer_s = 0.5', "line 9: field 'questions[1].answer_s' must be >= 3, not 0.5"),
    ('answer_s = 20', "line 7: field 'questions[1].text' is missing"),
])
def test_a_broken_entry_names_its_own_line(entry, message):
    text = HEAD + '\n[[questions]]\ntext = "First?"\nexpects = ["number"]\n\n[[questions]]\n' + entry + "\n"
    with pytest.raises(ScenarioError) as err:
        parse_scenario(text, "mine.toml")
    assert str(err.value) == f"mine.toml: {message}"


def test_questions_must_be_tables():
    with pytest.raises(ScenarioError, match=r"line 2: field 'questions' must be an array of tables \(\[\[questions\]\]\)"):
        parse_scenario(HEAD + 'questions = "how many?"\n', "mine.toml")


def test_picking_never_repeats_and_keeps_order_when_asked():
    questions = load_scenario("minusma-gender").questions
    assert pick_questions(questions, 3, ordered=True) == questions[:3]
    shuffled = pick_questions(questions, None, ordered=False, rng=random.Random(4))
    assert sorted(q.number for q in shuffled) == list(range(1, 13)) and shuffled != questions
