"""The handful of numbers that decide whether one take beat another.

Compare, progress, the takes browser and the class summary all rank and print
the same things (time, pace, pauses, fillers, rubric), so they are read out of
the report once, here, with the instructor's rubric overrides applied.
A take without a report (never analysed, or its report was damaged) still gets
metrics, with `has_report` False, so a list never has holes that crash a sort.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rehearse.core.report_model import ReportLike, as_report
from rehearse.core.review import Judgement, Review, effective_rubric
from rehearse.core.timing import clock


@dataclass(frozen=True)
class TakeMetrics:
    has_report: bool = False
    no_speech: bool = False
    duration_s: float = 0.0
    limit_s: float = 300.0
    card: str = "none"
    wpm: float = 0.0
    band: tuple[float, float] = (110.0, 170.0)
    pace_verdict: str = ""
    pauses: int = 0
    long_pauses: int = 0
    longest_pause_s: float = 0.0
    fillers: int = 0
    fillers_per_min: float = 0.0
    hedges: int = 0
    gendered: int = 0
    opening_ok: bool = False
    rubric: dict[str, Judgement] = field(default_factory=dict)
    script_coverage: float | None = None
    """Percentage of the take's script said; None when the take has no script."""

    @property
    def within_time(self) -> bool:
        return self.has_report and not self.no_speech and self.duration_s <= self.limit_s

    @property
    def pace_in_band(self) -> bool:
        return self.has_report and self.band[0] <= self.wpm <= self.band[1]

    @property
    def covered(self) -> int:
        return sum(1 for j in self.rubric.values() if j.found)

    @property
    def coverage(self) -> float:
        """Share of rubric elements found (0..1), overrides applied."""
        return self.covered / len(self.rubric) if self.rubric else 0.0

    @property
    def rubric_text(self) -> str:
        return f"{self.covered}/{len(self.rubric)}" if self.rubric else "—"

    @property
    def missing(self) -> list[str]:
        return [j.id for j in self.rubric.values() if not j.found]

    @property
    def examples(self) -> int:
        j = self.rubric.get("examples")
        return j.count if j else 0

    def rank_key(self) -> tuple[float, ...]:
        """Sort key, best first: rubric coverage, then within time, pace in band, fewer fillers...

        Content outranks delivery because a fluent speech without an ask fails the
        exercise, while an "um" too many does not.
        """
        return (
            not self.has_report, -self.coverage, not self.within_time, not self.pace_in_band,
            round(self.fillers_per_min, 1), self.long_pauses, self.gendered, self.hedges,
            abs(self.duration_s - self.limit_s * 0.9),
        )


def take_metrics(report: ReportLike, review: Review | None = None) -> TakeMetrics:
    """Metrics of one take; a dict is read partially (an older or hand-made report: missing keys default)."""
    if not report:
        return TakeMetrics()
    r = as_report(report)
    pace, pauses, fillers = r.pace, r.pauses, r.fillers
    return TakeMetrics(
        has_report=True,
        no_speech=r.no_speech,
        duration_s=float(r.duration_s),
        limit_s=float(r.limit_s or 300.0),
        card=r.card,
        wpm=float(pace.wpm),
        band=(float(pace.band[0]), float(pace.band[1])),
        pace_verdict=pace.verdict,
        pauses=pauses.count,
        long_pauses=pauses.long_count or len(pauses.long),
        longest_pause_s=float(pauses.longest_s),
        fillers=fillers.count,
        fillers_per_min=float(fillers.per_minute),
        hedges=len(r.language.hedges),
        gendered=len(r.language.gendered),
        opening_ok=r.opening.ok,
        rubric=effective_rubric(r, review),
        script_coverage=None if r.script is None else float(r.script.coverage),
    )


def time_text(m: TakeMetrics) -> str:
    """'4:32 of 5:00' or '5:12 (12 s over 5:00)'."""
    if not m.has_report:
        return "—"
    if m.within_time:
        return f"{clock(m.duration_s)} of {clock(m.limit_s)}"
    return f"{clock(m.duration_s)} ({int(m.duration_s - m.limit_s + 0.999)} s over {clock(m.limit_s)})"


def pace_text(m: TakeMetrics) -> str:
    if not m.has_report or m.no_speech:
        return "—"
    where = "in band" if m.pace_in_band else ("too fast" if m.wpm > m.band[1] else "too slow")
    return f"{m.wpm:.0f} wpm ({where} {m.band[0]:.0f}-{m.band[1]:.0f})"
