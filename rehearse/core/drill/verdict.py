"""What the drill says about one answer: typed, with the evidence that decided it.

The drill report, `--json` and the saved `drill.json` all read these, so a check's
name, its result and the words that decided it travel together and are written one
way (`to_dict`), never rebuilt from loose dicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from rehearse.core.questions import EXPECTS, Question
from rehearse.core.types import Evidence

Verdict = Literal["good", "partial", "evasive", "too long", "no answer"]
VERDICTS: tuple[Verdict, ...] = ("good", "partial", "evasive", "too long", "no answer")
"""Best first. "too long": still speaking when the time ran out; "evasive": the first sentence
does not address the question and none of the expected content came."""


@dataclass(frozen=True)
class Check:
    """One thing the answer was judged on: answer first, or one expected piece of content."""

    name: str
    """"answer_first", or a key of `rehearse.core.questions.EXPECTS`."""
    passed: bool
    detail: str
    """One line a trainee understands: what was found, or what was missing."""
    evidence: tuple[Evidence, ...] = ()

    @property
    def label(self) -> str:
        return "answer first" if self.name == "answer_first" else EXPECTS.get(self.name, self.name)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "passed": self.passed, "detail": self.detail,
                "evidence": [e.to_dict() for e in self.evidence]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Check:
        return cls(str(data["name"]), bool(data["passed"]), str(data.get("detail", "")),
                   tuple(Evidence.from_dict(e) for e in data.get("evidence", ())))


@dataclass(frozen=True)
class Delivery:
    """How the answer was said: time against the limit, pace, fillers and hedges per minute."""

    duration_s: float
    limit_s: float
    cut_off: bool
    """Still speaking in the last second of the limit: the answer ran past its time."""
    wpm: float
    pace: str
    """The report's pace verdict: "ok", "slow", "fast" or "unknown"."""
    fillers_per_min: float
    hedges_per_min: float
    words: int

    def to_dict(self) -> dict[str, Any]:
        return {"duration_s": round(self.duration_s, 2), "limit_s": self.limit_s, "cut_off": self.cut_off,
                "wpm": round(self.wpm, 1), "pace": self.pace, "fillers_per_min": round(self.fillers_per_min, 2),
                "hedges_per_min": round(self.hedges_per_min, 2), "words": self.words}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Delivery:
        return cls(float(data["duration_s"]), float(data["limit_s"]), bool(data["cut_off"]), float(data["wpm"]),
                   str(data["pace"]), float(data["fillers_per_min"]), float(data["hedges_per_min"]),
                   int(data["words"]))


@dataclass(frozen=True)
class AnswerVerdict:
    """The judgement of one answer to one question."""

    question: Question
    verdict: Verdict
    answer_first: Check
    expected: tuple[Check, ...]
    delivery: Delivery
    transcript: str
    fixes: tuple[str, ...] = ()
    """What to change in this answer, most important first."""

    @property
    def checks(self) -> tuple[Check, ...]:
        return (self.answer_first, *self.expected)

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question.to_dict(), "verdict": self.verdict,
                "answer_first": self.answer_first.to_dict(), "expected": [c.to_dict() for c in self.expected],
                "delivery": self.delivery.to_dict(), "transcript": self.transcript, "fixes": list(self.fixes)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AnswerVerdict:
        """Read back what `to_dict` wrote (`drill.json`); KeyError/TypeError/ValueError when it was changed
        by hand beyond reading (the store turns that into one line)."""
        verdict = str(data["verdict"])
        if verdict not in VERDICTS:
            raise ValueError(f"unknown verdict {verdict!r}")
        return cls(Question.from_dict(data["question"]), verdict, Check.from_dict(data["answer_first"]),
                   tuple(Check.from_dict(c) for c in data.get("expected", ())), Delivery.from_dict(data["delivery"]),
                   str(data.get("transcript", "")), tuple(str(f) for f in data.get("fixes", ())))
