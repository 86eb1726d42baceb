"""The takes browser's rows: one summary per take, and filtering, sorting, grouping.

Pure: a row is built from the take's metadata dict (`Take.to_dict()`), its
report dict and its review, so the browser screen, `rehearse takes` and the
class summary agree on every column. The functions take a `get` accessor so
they work on these summaries or on any object carrying one (the store's
`LibraryEntry`), and the UI never re-implements a sort.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from rehearse.core.metrics import TakeMetrics, take_metrics
from rehearse.core.report_model import ReportLike
from rehearse.core.review import Review
from rehearse.core.timing import clock

T = TypeVar("T")
SORTS = ("date", "duration", "pace", "score", "speaker", "team")
MARKS = {"recovered": "recovered", "interrupted": "interrupted", "imported": "imported"}
"""Status or source values that earn a mark in the list: the take is not a normal full recording."""
NO_TEAM, NO_SPEAKER = "(no team)", "(no speaker)"


@dataclass(frozen=True)
class TakeSummary:
    id: str
    path: str
    scenario: str
    team: str = ""
    speaker: str = ""
    title: str = ""
    started_at: str = ""
    audio_s: float = 0.0
    status: str = "complete"
    source: str = "recorded"
    metrics: TakeMetrics = field(default_factory=TakeMetrics)
    grade: str = ""
    verdict: str = ""
    reviewed: bool = False
    problem: str = ""
    """One line about a damaged or missing sidecar, shown beside the row."""

    @property
    def date(self) -> str:
        """'2025-11-26 22:28' from the ISO start time (falls back to the id's stamp)."""
        if self.started_at:
            return self.started_at[:16].replace("T", " ")
        i = self.id
        if len(i) >= 13 and i[8] == "T" and i[:8].isdigit():
            return f"{i[:4]}-{i[4:6]}-{i[6:8]} {i[9:11]}:{i[11:13]} UTC"
        return ""

    @property
    def marks(self) -> list[str]:
        return [MARKS[v] for v in (self.status, self.source) if v in MARKS]

    @property
    def duration_s(self) -> float:
        """Speaking time when analysed (what the time limit judges), else the audio length."""
        return self.metrics.duration_s if self.metrics.has_report else self.audio_s

    @property
    def duration_text(self) -> str:
        return clock(self.duration_s)

    @property
    def pace_text(self) -> str:
        return f"{self.metrics.wpm:.0f} wpm" if self.metrics.has_report else "—"

    @property
    def rubric_text(self) -> str:
        """'4/4' or '3/4 (no ask)', overrides applied; 'not analysed' without a report."""
        m = self.metrics
        if not m.has_report:
            return "not analysed"
        missing = ", ".join(m.missing)
        return m.rubric_text + (f" (no {missing})" if missing else "")


def summarise(meta: Mapping[str, Any], report: ReportLike, review: Review | None = None, *,
              path: str = "", problem: str = "") -> TakeSummary:
    """A row from plain data; unknown or missing fields get neutral defaults."""
    review = review or Review()

    def text(key: str) -> str:
        return str(meta.get(key) or "")

    try:
        audio_s = float(meta.get("duration") or 0.0)
    except (TypeError, ValueError):
        audio_s = 0.0
    return TakeSummary(
        id=text("id"), path=path, scenario=text("scenario"), team=text("team"), speaker=text("speaker"),
        title=text("title"), started_at=text("started_at"), audio_s=audio_s,
        status=text("status") or "complete", source=text("source") or "recorded",
        metrics=take_metrics(report, review), grade=review.grade, verdict=review.verdict,
        reviewed=not review.empty, problem=problem,
    )


def _itself(item: object) -> TakeSummary:
    """The default `get`: the items are summaries themselves."""
    if not isinstance(item, TakeSummary):
        raise TypeError(f"expected a TakeSummary (pass get= for other items), got {type(item).__name__}")
    return item


def _same(a: str, b: str | None) -> bool:
    return b is None or a.strip().casefold() == b.strip().casefold()


def filter_takes(items: Iterable[T], *, scenario: str | None = None, team: str | None = None,
                 speaker: str | None = None, text: str | None = None,
                 get: Callable[[T], TakeSummary] = _itself) -> list[T]:
    """Items matching every given field (case-insensitive); `text` searches id, title, speaker, team."""
    needle = (text or "").strip().casefold()
    out = []
    for item in items:
        s = get(item)
        if not (_same(s.scenario, scenario) and _same(s.team, team) and _same(s.speaker, speaker)):
            continue
        if needle and needle not in " ".join((s.id, s.title, s.speaker, s.team)).casefold():
            continue
        out.append(item)
    return out


def sort_takes(items: Iterable[T], by: str = "date", reverse: bool = False,
               get: Callable[[T], TakeSummary] = _itself) -> list[T]:
    """Sorted copy. Natural orders: date newest first, duration and pace high first, score best
    first, names A-Z; `reverse` flips it. Unanalysed takes go last for pace and score."""
    if by not in SORTS:
        raise ValueError(f"unknown sort {by!r}; choose one of {', '.join(SORTS)}")
    keys: dict[str, Callable[[TakeSummary], tuple[Any, ...]]] = {
        "date": lambda s: (s.started_at or s.id, s.id),
        "duration": lambda s: (s.duration_s,),
        "pace": lambda s: (s.metrics.has_report, s.metrics.wpm),
        "score": lambda s: s.metrics.rank_key(),
        "speaker": lambda s: (s.speaker.casefold(), s.started_at),
        "team": lambda s: (s.team.casefold(), s.speaker.casefold(), s.started_at),
    }
    descending = by in ("date", "duration", "pace")
    return sorted(items, key=lambda i: keys[by](get(i)), reverse=descending != reverse)


def group_takes(items: Iterable[T], get: Callable[[T], TakeSummary] = _itself,
                ) -> dict[str, dict[str, dict[str, list[T]]]]:
    """scenario -> team -> speaker -> items, keeping the items' order inside each group."""
    groups: dict[str, dict[str, dict[str, list[T]]]] = {}
    for item in items:
        s = get(item)
        team = groups.setdefault(s.scenario, {}).setdefault(s.team or NO_TEAM, {})
        team.setdefault(s.speaker or NO_SPEAKER, []).append(item)
    return groups
