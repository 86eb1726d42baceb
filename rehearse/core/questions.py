"""The commander's questions: `[[questions]]` in a scenario file, read strictly.

A good brief followed by a fumbled first question still fails the real meeting, so a
scenario carries the hard questions its audience asks after the brief. Each names
what a good answer holds (`expects`), from a small vocabulary the drill judge reads
with the same clause machinery as the rubric (see `rehearse.core.drill`). Instructors
write these entries by hand: an unknown key, an unknown expectation or a wrong type is
one line naming the file, the line and the field, never a traceback.
"""

from __future__ import annotations

import difflib
import random
from dataclasses import dataclass
from typing import Any

from rehearse.core.scenario_fields import FieldReader

DEFAULT_ANSWER_S = 45.0
"""Seconds to answer one question: long enough for an answer, a reason and an example; a commander
who hears more than that has stopped listening."""
MIN_ANSWER_S = 3.0
"""Below this nobody can say a sentence: a typo such as `answer_s = 0.45`."""

EXPECTS: dict[str, str] = {
    "yes_no_first": "a plain yes or no in the first sentence",
    "number": "a number (how many, how much, how long)",
    "cost": "a number tied to what it costs: troops, posts, hours, days, money",
    "example": "a practical example: who does what, where or when",
    "reason": "a reason tied to what the force needs",
    "process": "one of the force's own processes named as where gender goes",
    "decision": "a decision asked of the commander",
}
"""What a good answer may be expected to hold, and what each means (docs/scenario.md lists them).
"example", "reason", "process" and "decision" are judged by the rubric's examples, why, how and ask judges."""

QUESTION_KEYS = ("text", "follow_up", "answer_s", "expects")


@dataclass(frozen=True)
class Question:
    """One question the audience asks after the brief."""

    text: str
    follow_up: str = ""
    """What the audience would ask next after an evasive or partial answer; the drill table shows it there."""
    answer_s: float = DEFAULT_ANSWER_S
    expects: tuple[str, ...] = ()
    """Keys of EXPECTS, in the order the file gives them."""
    number: int = 0
    """1-based position in the scenario file: how the drill report names the question."""

    @property
    def yes_no(self) -> bool:
        return "yes_no_first" in self.expects

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "text": self.text, "follow_up": self.follow_up,
                "answer_s": self.answer_s, "expects": list(self.expects)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        """Read back what `to_dict` wrote (a saved drill)."""
        return cls(str(data["text"]), str(data.get("follow_up", "")), float(data.get("answer_s", DEFAULT_ANSWER_S)),
                   tuple(str(e) for e in data.get("expects", ())), int(data.get("number", 0)))


class _EntryReader(FieldReader):
    """A reader whose errors point into one `[[questions]]` entry: with twelve entries, "line 3"
    of the first `expects` would send the instructor to the wrong question."""

    def __init__(self, parent: FieldReader, index: int) -> None:
        super().__init__(parent.data, "", parent.path)
        headers = [n for n, line in enumerate(parent.lines) if line.strip().replace(" ", "") == "[[questions]]"]
        self.offset = headers[index] if index < len(headers) else 0
        end = next((n for n in range(self.offset + 1, len(parent.lines))
                    if parent.lines[n].lstrip().startswith("[")), len(parent.lines))
        self.lines = parent.lines[self.offset:end] if index < len(headers) else []

    def where(self, key: str) -> str:
        found = super().where(key)
        if found:
            return f"line {int(found.split()[1].rstrip(':')) + self.offset}: "
        return f"line {self.offset + 1}: " if self.lines else ""


def parse_questions(r: FieldReader, data: dict[str, Any]) -> tuple[Question, ...]:
    """Every `[[questions]]` entry of a parsed scenario, checked; () when the file has none."""
    entries = data.get("questions", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise r.fail("questions", "must be an array of tables ([[questions]])")
    return tuple(_question(_EntryReader(r, i), i, raw) for i, raw in enumerate(entries))


def _question(r: FieldReader, index: int, raw: dict[str, Any]) -> Question:
    name = f"questions[{index}]"
    r.only(raw, QUESTION_KEYS, f"{name}.")
    expects = r.strings(raw, f"{name}.expects")
    for e in expects:
        if e not in EXPECTS:
            close = difflib.get_close_matches(e, list(EXPECTS), n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(EXPECTS)}"
            raise r.fail(f"{name}.expects", f"has an unknown expectation {e!r}; {hint}")
    return Question(
        text=" ".join(r.string(raw, f"{name}.text", required=True).split()),
        follow_up=" ".join(r.string(raw, f"{name}.follow_up", "").split()),
        answer_s=r.number(raw, f"{name}.answer_s", DEFAULT_ANSWER_S, minimum=MIN_ANSWER_S),
        expects=tuple(dict.fromkeys(expects)),
        number=index + 1,
    )


def pick_questions(questions: tuple[Question, ...], count: int | None, ordered: bool,
                   rng: random.Random | None = None) -> tuple[Question, ...]:
    """The drill's questions: `count` of them (all when None), in file order or shuffled, never repeated."""
    chosen = list(questions) if ordered else (rng or random.Random()).sample(list(questions), len(questions))
    return tuple(chosen[: count if count is not None else len(chosen)])
