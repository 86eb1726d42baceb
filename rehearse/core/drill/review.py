"""An instructor's word on a drill: an answer's verdict put right, with the reason.

The drill's own verdicts stay as judged in `drill.json`; an override sits beside them
in `drill_review.json` (as a take's review sits beside its report, `rehearse.core.review`),
so the automatic judgement is never lost and every reader (the drill report, compare, the
exports) shows the instructor's verdict with the judged one beside it. Answers are keyed by
their position in the drill (1-based, the table's "#"). Reading is tolerant: an entry
changed by hand into something unreadable loses that entry, not the instructor's others.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from rehearse.core.drill.verdict import VERDICTS, Verdict

DRILL_REVIEW_SCHEMA = 1


@dataclass(frozen=True)
class AnswerOverride:
    """The instructor's verdict on one answer, and why."""

    verdict: Verdict
    note: str = ""
    author: str = ""
    created: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "note": self.note, "author": self.author, "created": self.created}

    @classmethod
    def from_dict(cls, data: object) -> AnswerOverride | None:
        """None for an entry that is not an override (a hand edit gone wrong)."""
        if not isinstance(data, dict) or data.get("verdict") not in VERDICTS:
            return None
        return cls(cast(Verdict, data["verdict"]), str(data.get("note", "")), str(data.get("author", "")),
                   str(data.get("created", "")))


@dataclass(frozen=True)
class DrillReview:
    """Every override of one drill, by answer number."""

    overrides: dict[int, AnswerOverride] = field(default_factory=dict)

    def override(self, number: int) -> AnswerOverride | None:
        return self.overrides.get(number)

    def verdict(self, number: int, judged: str) -> str:
        """The verdict that counts for answer `number`: the instructor's when there is one."""
        found = self.overrides.get(number)
        return found.verdict if found else judged

    def counts(self, judged: Sequence[str]) -> dict[str, int]:
        """How many answers have each verdict that counts (`judged`: the drill's, in order), best first."""
        counted = Counter(self.verdict(n, v) for n, v in enumerate(judged, 1))
        return {v: counted[v] for v in VERDICTS if counted[v]}

    def with_override(self, number: int, override: AnswerOverride | None) -> DrillReview:
        """A copy with answer `number` overridden, or back to the judged verdict (None)."""
        overrides = {n: o for n, o in self.overrides.items() if n != number}
        if override is not None:
            overrides[number] = override
        return DrillReview(dict(sorted(overrides.items())))

    def to_dict(self) -> dict[str, Any]:
        return {"schema": DRILL_REVIEW_SCHEMA, "answers": {str(n): o.to_dict() for n, o in self.overrides.items()}}

    @classmethod
    def from_dict(cls, data: object) -> DrillReview:
        answers = data.get("answers") if isinstance(data, dict) else None
        overrides: dict[int, AnswerOverride] = {}
        for key, entry in answers.items() if isinstance(answers, dict) else ():
            override = AnswerOverride.from_dict(entry)
            if override is not None and str(key).isdigit() and int(key) > 0:
                overrides[int(key)] = override
        return cls(dict(sorted(overrides.items())))
