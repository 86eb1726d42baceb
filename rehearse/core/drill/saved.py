"""A saved drill as the take it followed shows it: one row per question, the counts, the fixes.

`drill.json` holds every answer's full verdict (`AnswerVerdict.to_dict`); an export of the
brief and `rehearse compare` need only the headline of each: was it in time, was the answer
first, how much of what was expected came, fillers, hedges, pace. `SavedDrill.from_dict`
reads that once at the edge, forgiving a field a hand edit removed (it reads as unknown),
so a damaged drill never stops an export. An instructor's override (`core.drill.review`)
replaces a row's verdict and keeps the judged one beside it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from rehearse.core.drill.review import AnswerOverride, DrillReview


def _num(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _part(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class DrillRow:
    """One question of a saved drill, in a line."""

    question: str
    verdict: str
    in_time: bool | None
    """None: no answer was judged."""
    answer_first: bool | None
    expected_found: int
    expected_total: int
    fillers_per_min: float
    hedges_per_min: float
    wpm: float
    judged: str = ""
    """The drill's own verdict when the instructor overrode it (`verdict` is then theirs); else ''."""
    note: str = ""
    """The instructor's reason for the override."""

    @property
    def verdict_text(self) -> str:
        """'good (judged evasive)': the verdict that counts, and the judged one when overridden."""
        return f"{self.verdict} (judged {self.judged})" if self.judged else self.verdict

    @classmethod
    def from_dict(cls, data: dict[str, Any], override: AnswerOverride | None = None) -> DrillRow:
        question, delivery, first = (_part(data, key) for key in ("question", "delivery", "answer_first"))
        expected = [c for c in data.get("expected") or [] if isinstance(c, dict)]
        cut_off = _flag(delivery.get("cut_off"))
        judged = str(data.get("verdict", "no answer"))
        return cls(str(question.get("text", "")), override.verdict if override else judged,
                   None if cut_off is None else not cut_off, _flag(first.get("passed")),
                   sum(c.get("passed") is True for c in expected), len(expected),
                   _num(delivery.get("fillers_per_min")), _num(delivery.get("hedges_per_min")), _num(delivery.get("wpm")),
                   judged if override else "", override.note if override else "")


@dataclass(frozen=True)
class SavedDrill:
    """The commander's questions after one take, as `drill.json` keeps them."""

    id: str
    started_at: str
    status: str
    rows: tuple[DrillRow, ...]
    fixes: tuple[str, ...]

    @property
    def in_time(self) -> int:
        return sum(r.in_time is True for r in self.rows)

    @property
    def answer_first(self) -> int:
        return sum(r.answer_first is True for r in self.rows)

    @property
    def headline(self) -> str:
        """'2/3 in time · 1/3 answer first': the drill in one cell (compare, exports)."""
        n = len(self.rows)
        return f"{self.in_time}/{n} in time · {self.answer_first}/{n} answer first"

    @classmethod
    def from_dict(cls, data: dict[str, Any], review: DrillReview | None = None) -> SavedDrill:
        """`drill.json`, with the instructor's overrides (`drill_review.json`) when there are any."""
        answers = [a for a in data.get("answers") or [] if isinstance(a, dict)]
        review = review or DrillReview()
        return cls(str(data.get("id", "")), str(data.get("started_at", "")), str(data.get("status", "")),
                   tuple(DrillRow.from_dict(a, review.override(n)) for n, a in enumerate(answers, 1)),
                   tuple(str(f) for f in data.get("fixes") or []))

    def to_dict(self) -> dict[str, Any]:
        """The export's JSON form: headline rows, not every verdict (drill.json keeps those)."""
        return {"id": self.id, "started_at": self.started_at, "status": self.status,
                "answers": [asdict(r) for r in self.rows], "fixes": list(self.fixes)}

    @classmethod
    def from_export(cls, data: dict[str, Any]) -> SavedDrill:
        """Read back what `to_dict` wrote (a JSON export)."""
        rows = tuple(DrillRow(str(r.get("question", "")), str(r.get("verdict", "")), _flag(r.get("in_time")),
                              _flag(r.get("answer_first")), int(_num(r.get("expected_found"))),
                              int(_num(r.get("expected_total"))), _num(r.get("fillers_per_min")),
                              _num(r.get("hedges_per_min")), _num(r.get("wpm")), str(r.get("judged", "")),
                              str(r.get("note", "")))
                     for r in data.get("answers") or [] if isinstance(r, dict))
        return cls(str(data.get("id", "")), str(data.get("started_at", "")), str(data.get("status", "")), rows,
                   tuple(str(f) for f in data.get("fixes") or []))
