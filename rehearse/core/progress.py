"""Progress over all takes of one speaker or team: is the rehearsing paying off?

Four series, each against its target so a chart can draw the target line:
duration against the time limit, pace against the band, fillers per minute,
and rubric coverage. Each series also gets one plain sentence ("fillers per
minute fell from 6.2 to 1.1 over 5 takes") because an instructor handing
back results reads the sentence, not the chart. Takes without a report are
skipped: they would drag every line to zero.
"""

from __future__ import annotations

from dataclasses import dataclass

from rehearse.core.compare import Compared
from rehearse.core.timing import clock


@dataclass(frozen=True)
class Point:
    label: str
    when: str
    duration_s: float
    limit_s: float
    wpm: float
    band: tuple[float, float]
    fillers_per_min: float
    covered: int
    elements: int

    @property
    def within_time(self) -> bool:
        return self.duration_s <= self.limit_s

    @property
    def pace_in_band(self) -> bool:
        return self.band[0] <= self.wpm <= self.band[1]

    @property
    def coverage(self) -> float:
        return self.covered / self.elements if self.elements else 0.0


@dataclass(frozen=True)
class Progress:
    points: list[Point]
    lines: list[str]
    """One sentence per series (empty when fewer than one analysed take)."""


def _trend(first: float, last: float, lower_is_better: bool, fmt: str) -> str:
    if round(first, 1) == round(last, 1):
        return f"stayed at {fmt.format(last)}"
    better = (last < first) == lower_is_better
    verb = ("fell" if last < first else "rose") + (" (better)" if better else " (worse)")
    return f"{verb} from {fmt.format(first)} to {fmt.format(last)}"


def progress(items: list[Compared]) -> Progress:
    """Series and sentences over `items` given oldest first."""
    points = [
        Point(i.label, i.when, i.metrics.duration_s, i.metrics.limit_s, i.metrics.wpm, i.metrics.band,
              i.metrics.fillers_per_min, i.metrics.covered, len(i.metrics.rubric))
        for i in items
        if i.metrics.has_report and not i.metrics.no_speech
    ]
    if not points:
        return Progress([], [])
    first, last, n = points[0], points[-1], len(points)
    takes = f"over {n} takes" if n > 1 else "in the only analysed take"
    within = sum(p.within_time for p in points)
    in_band = sum(p.pace_in_band for p in points)
    best_cov = max(points, key=lambda p: (p.coverage, p.when))
    lines = [
        f"Rubric coverage: {first.covered}/{first.elements} → {last.covered}/{last.elements} {takes}"
        f" (best {best_cov.covered}/{best_cov.elements}, {best_cov.label}).",
        f"Duration: {clock(first.duration_s)} → {clock(last.duration_s)}; within the {clock(last.limit_s)}"
        f" limit in {within} of {n}.",
        f"Pace: {first.wpm:.0f} → {last.wpm:.0f} wpm; in the {last.band[0]:.0f}-{last.band[1]:.0f} band"
        f" in {in_band} of {n}.",
        f"Fillers per minute {_trend(first.fillers_per_min, last.fillers_per_min, True, '{:.1f}')} {takes}.",
    ]
    return Progress(points, lines)
