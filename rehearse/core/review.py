"""An instructor's review of one take: timed comments, rubric overrides, a verdict.

Pure data, so compare, exports and the UI read the same thing and tests can
build one by hand; `rehearse.store.review` reads and writes it as `review.json`
beside the take. The automatic judgement is never changed: an override sits
beside it with the instructor's note, and `effective_rubric` says which one
counts. Reading is tolerant (a hand-edited file with a wrong type loses that
item, not the whole review), because an instructor's notes are hard to redo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from rehearse.core.report_model import ReportLike, as_report

REVIEW_SCHEMA = 1
VERDICTS = ("ready", "nearly ready", "not ready")
"""Suggested verdicts for the UI's picker; any text is accepted (an instructor may use their own)."""


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass
class Comment:
    """A remark pinned to a moment of the take (`time`, seconds into the audio)."""

    time: float
    text: str
    author: str = ""
    created: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"time": round(self.time, 2), "text": self.text, "author": self.author, "created": self.created}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Comment:
        return cls(max(0.0, float(data.get("time", 0.0))), str(data.get("text", "")),
                   str(data.get("author", "")), str(data.get("created", "")))


@dataclass
class Override:
    """The instructor's judgement of one rubric element, with the reason."""

    found: bool
    note: str = ""
    author: str = ""
    created: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"found": self.found, "note": self.note, "author": self.author, "created": self.created}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Override:
        return cls(bool(data["found"]), str(data.get("note", "")), str(data.get("author", "")),
                   str(data.get("created", "")))


@dataclass
class Review:
    comments: list[Comment] = field(default_factory=list)
    overrides: dict[str, Override] = field(default_factory=dict)
    grade: str = ""
    verdict: str = ""
    summary: str = ""
    """The instructor's overall words to the speaker."""
    reviewer: str = ""
    updated: str = ""
    note: str = ""
    """A one-line problem met while loading (a damaged review.json); not saved."""

    @property
    def empty(self) -> bool:
        return not (self.comments or self.overrides or self.grade or self.verdict or self.summary)

    def add_comment(self, time: float, text: str, author: str = "") -> Comment:
        """Add a comment, kept in time order so lists and exports read top to bottom."""
        comment = Comment(max(0.0, float(time)), str(text), author or self.reviewer, now_iso())
        self.comments.append(comment)
        self.comments.sort(key=lambda c: c.time)
        return comment

    def remove_comment(self, comment: Comment) -> None:
        self.comments = [c for c in self.comments if c is not comment]

    def override(self, element: str, found: bool, note: str = "", author: str = "") -> Override:
        self.overrides[element] = Override(bool(found), str(note), author or self.reviewer, now_iso())
        return self.overrides[element]

    def clear_override(self, element: str) -> None:
        self.overrides.pop(element, None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": REVIEW_SCHEMA, "reviewer": self.reviewer, "updated": self.updated,
            "grade": self.grade, "verdict": self.verdict, "summary": self.summary,
            "comments": [c.to_dict() for c in self.comments],
            "overrides": {k: o.to_dict() for k, o in self.overrides.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Review:
        data = data if isinstance(data, dict) else {}
        comments = []
        for raw in data.get("comments") or []:
            try:
                comments.append(Comment.from_dict(raw))
            except (TypeError, ValueError, AttributeError):
                continue
        overrides = {}
        raw_over = data.get("overrides")
        for key, raw in (raw_over.items() if isinstance(raw_over, dict) else []):
            try:
                overrides[str(key)] = Override.from_dict(raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
        comments.sort(key=lambda c: c.time)
        text = {k: str(data.get(k) or "") for k in ("grade", "verdict", "summary", "reviewer", "updated")}
        return cls(comments=comments, overrides=overrides, **text)


@dataclass(frozen=True)
class Judgement:
    """One rubric element as it finally counts: automatic result, and the override if any."""

    id: str
    label: str
    auto_found: bool
    found: bool
    count: int = 0
    min: int = 1
    overridden: bool = False
    note: str = ""


def effective_rubric(report: ReportLike, review: Review | None = None) -> dict[str, Judgement]:
    """Every rubric element of the report, with the instructor's override applied where there is one."""
    if not report:
        return {}
    review = review or Review()
    out: dict[str, Judgement] = {}
    for key, element in as_report(report).rubric.items():
        over = review.overrides.get(key)
        out[key] = Judgement(
            id=key, label=element.label or key, auto_found=element.found,
            found=over.found if over else element.found, count=element.count,
            min=element.min, overridden=over is not None, note=over.note if over else "",
        )
    return out
