"""Scenario files: the bundled one loads; a broken one gives one line naming file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rehearse.core.scenario import load_scenario, parse_scenario
from rehearse.errors import ScenarioError

GOOD = load_scenario("minusma-gender")
GOOD_TEXT = Path(GOOD.path).read_text(encoding="utf-8")


def test_bundled_scenario_matches_the_exercise():
    s = GOOD
    assert (s.limit_s, s.green_s, s.yellow_s, s.red_s) == (300, 240, 270, 300)
    assert (s.min_wpm, s.max_wpm) == (110, 170)
    assert [e.id for e in s.elements] == ["why", "how", "examples", "ask"]
    assert s.element("examples").min == 3


@pytest.mark.parametrize(
    ("edit", "expect"),
    [
        (("limit_s = 300", 'limit_s = "five minutes"'), ["line 22:", "timing.limit_s", "number"]),
        (("min_wpm = 110", "min_wpm = -3"), ["pace.min_wpm"]),
        (("id = \"why\"", "id = \"how\""), ["duplicate", "'how'"]),
        (('kind = "examples"', 'kind = "stories"'), ["kind", "must be one of cues, why, how, examples, ask"]),
        (("[pace]", "[pace"), ["invalid TOML", "line"]),
        (('chairman = "chair"', "chairman = 3"), ["gendered.chairman"]),
    ],
)
def test_broken_scenarios_name_the_file_line_and_field(edit, expect):
    old, new = edit
    assert old in GOOD_TEXT
    with pytest.raises(ScenarioError) as err:
        parse_scenario(GOOD_TEXT.replace(old, new, 1), "scenarios/broken.toml")
    msg = str(err.value)
    assert msg.startswith("scenarios/broken.toml: ") and "\n" not in msg
    for part in expect:
        assert part in msg


def test_unknown_scenario_id_lists_what_exists():
    with pytest.raises(ScenarioError, match="minusma-gender"):
        load_scenario("no-such-exercise")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_fuzzed_scenarios_never_raise_anything_but_scenario_error(text):
    try:
        parse_scenario(text, "fuzz.toml")
    except ScenarioError as exc:
        assert str(exc).startswith("fuzz.toml: ") and "\n" not in str(exc)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_fuzzed_lines_of_the_real_file(data):
    lines = GOOD_TEXT.splitlines()
    i = data.draw(st.integers(0, len(lines) - 1))
    lines[i] = data.draw(st.text(max_size=40))
    try:
        parse_scenario("\n".join(lines), "fuzz.toml")
    except ScenarioError as exc:
        assert "\n" not in str(exc)
