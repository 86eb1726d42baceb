"""Two or more takes side by side: metrics with deltas, what changed, and the best take.

Input is plain data (`Compared`: a label, the take's `TakeMetrics`, optionally its
transcript words), so `rehearse compare`, the compare screen and the tests share
one implementation. Deltas are against the previous take in the order given
(callers pass takes oldest first), because "what did this attempt change" is the
question a syndicate asks between takes. The best take is chosen by
`TakeMetrics.rank_key`: rubric coverage first, then time, pace, fillers...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from rehearse.core.changes import describe_change
from rehearse.core.drill.saved import SavedDrill
from rehearse.core.metrics import TakeMetrics, pace_text, time_text
from rehearse.core.textdiff import DiffPart, diff_transcripts
from rehearse.core.timing import clock


@dataclass(frozen=True)
class Compared:
    """One take as compare sees it."""

    label: str
    metrics: TakeMetrics
    words: tuple[str, ...] = ()
    """Transcript words, for the transcript diff (empty: no diff)."""
    when: str = ""
    drill: SavedDrill | None = None
    """The latest drill that followed the take (its questions), if any."""


@dataclass(frozen=True)
class Row:
    """One metric across the takes: shown values, deltas vs the previous take, and which way is better."""

    name: str
    values: list[str]
    deltas: list[str]
    better: list[bool | None]
    """Per take: True if the change from the previous take is an improvement, False if worse, None if neutral."""


@dataclass(frozen=True)
class Comparison:
    labels: list[str]
    rows: list[Row]
    changes: list[str]
    """One sentence per take after the first: 'take 3 lost the ask; gained a third example'."""
    best: int
    best_reason: str
    diffs: list[list[DiffPart]] = field(default_factory=list)
    """Transcript diff of each take against the previous one (empty where words are missing)."""


def _signed(value: float, unit: str = "", digits: int = 0) -> str:
    if round(value, digits) == 0:
        return "="
    return f"{value:+.{digits}f}{unit}"


Metric = tuple[str, Callable[[TakeMetrics], float], Callable[[TakeMetrics], str], int, str, int]
"""(name, value, shown text, direction: -1 lower is better / +1 higher / 0 neutral, unit, digits)."""


def _pace_off(m: TakeMetrics) -> float:
    return max(0.0, m.band[0] - m.wpm, m.wpm - m.band[1])


METRICS: list[Metric] = [
    ("Duration", lambda m: m.duration_s, time_text, 0, " s", 0),
    ("Pace", lambda m: m.wpm, pace_text, 0, " wpm", 0),
    ("Pauses", lambda m: m.pauses, lambda m: str(m.pauses), 0, "", 0),
    ("Long pauses", lambda m: m.long_pauses, lambda m: str(m.long_pauses), -1, "", 0),
    ("Longest pause", lambda m: m.longest_pause_s, lambda m: f"{m.longest_pause_s:.1f} s", -1, " s", 1),
    ("Fillers", lambda m: m.fillers, lambda m: str(m.fillers), -1, "", 0),
    ("Fillers/min", lambda m: m.fillers_per_min, lambda m: f"{m.fillers_per_min:.1f}", -1, "", 1),
    ("Hedges", lambda m: m.hedges, lambda m: str(m.hedges), -1, "", 0),
    ("Gendered terms", lambda m: m.gendered, lambda m: str(m.gendered), -1, "", 0),
    ("Rubric", lambda m: m.covered, lambda m: m.rubric_text, +1, "", 0),
]


def _judge(name: str, direction: int, a: TakeMetrics, b: TakeMetrics, delta: float) -> bool | None:
    if name == "Duration" and a.within_time != b.within_time:
        return b.within_time
    if name == "Pace" and _pace_off(a) != _pace_off(b):
        return _pace_off(b) < _pace_off(a)
    if direction == 0 or delta == 0:
        return None
    return (delta > 0) == (direction > 0)


def _rows(items: list[Compared]) -> list[Row]:
    rows = []
    for name, value, text, direction, unit, digits in METRICS:
        values: list[str] = []
        deltas: list[str] = []
        better: list[bool | None] = []
        for i, item in enumerate(items):
            m = item.metrics
            values.append(text(m) if m.has_report else "—")
            prev = items[i - 1].metrics if i else None
            if prev is None or not (prev.has_report and m.has_report):
                deltas.append("")
                better.append(None)
                continue
            delta = value(m) - value(prev)
            deltas.append(_signed(delta, unit, digits))
            better.append(_judge(name, direction, prev, m, round(delta, digits)))
        rows.append(Row(name, values, deltas, better))
    if any(item.metrics.script_coverage is not None for item in items):
        rows.append(_script_row(items))
    keys = list(dict.fromkeys(k for item in items for k in item.metrics.rubric))
    for key in keys:
        values, deltas, better = [], [], []
        for i, item in enumerate(items):
            j = item.metrics.rubric.get(key)
            values.append("—" if j is None else ("yes" if j.found else "no") + (" (instructor)" if j.overridden else ""))
            pj = items[i - 1].metrics.rubric.get(key) if i else None
            found = j is not None and j.found
            changed = j is not None and pj is not None and found != pj.found
            deltas.append(("gained" if found else "lost") if changed else "")
            better.append(found if changed else None)
        label = next(item.metrics.rubric[key].label for item in items if key in item.metrics.rubric)
        rows.append(Row(f"  {label}", values, deltas, better))
    return rows


def _script_row(items: list[Compared]) -> Row:
    """Script coverage: how much of the draft each take said (a speaker who stops dropping
    example 3 shows here); '—' for a take without a script."""
    values: list[str] = []
    deltas: list[str] = []
    better: list[bool | None] = []
    for i, item in enumerate(items):
        now = item.metrics.script_coverage
        values.append("—" if now is None else f"{now:.0f} %")
        prev = items[i - 1].metrics.script_coverage if i else None
        if now is None or prev is None:
            deltas.append("")
            better.append(None)
            continue
        delta = round(now - prev)
        deltas.append(_signed(delta, " %"))
        better.append(None if delta == 0 else delta > 0)
    return Row("Script coverage", values, deltas, better)


def _drill_row(items: list[Compared]) -> Row:
    """The questions after each take: answers in time and answers that came first ('—': no drill)."""
    values = [item.drill.headline if item.drill else "—" for item in items]
    return Row("Drill", values, [""] * len(items), [None] * len(items))


FACTORS = [
    "has a report", "rubric coverage", "staying within time", "pace in band", "fillers per minute",
    "long pauses", "gendered terms", "hedges", "length closest to the target",
]
"""Names of `TakeMetrics.rank_key`'s parts, in the same order, for the 'why' sentence."""


def best_take(items: list[Compared]) -> tuple[int, str]:
    """Index of the best take and why, in plain words; ties go to the later take (most practised)."""
    if not items:
        return -1, ""
    order = sorted(range(len(items)), key=lambda i: (items[i].metrics.rank_key(), -i))
    best = order[0]
    m = items[best].metrics
    if not m.has_report:
        return best, "no take has a report yet"
    facts = [f"covers {m.rubric_text} checklist points"]
    facts.append(f"is within time ({clock(m.duration_s)} of {clock(m.limit_s)})" if m.within_time
                 else f"runs {clock(m.duration_s)} against {clock(m.limit_s)}")
    facts.append(f"pace {'in band' if m.pace_in_band else 'out of band'} ({m.wpm:.0f} wpm)")
    facts.append(f"{m.fillers_per_min:.1f} fillers a minute")
    reason = f"{items[best].label} is the best take: it " + ", ".join(facts)
    if len(order) > 1:
        runner = items[order[1]]
        rk, bk = runner.metrics.rank_key(), m.rank_key()
        factor = next((FACTORS[k] for k in range(len(FACTORS)) if rk[k] != bk[k]), "")
        reason += f"; it beats {runner.label} on {factor}" if factor else f"; it ties with {runner.label}"
    return best, reason


def compare_takes(items: list[Compared]) -> Comparison:
    """Everything the compare view shows for takes given oldest first."""
    labels = [item.label for item in items]
    sentences = [
        describe_change(items[i].label, items[i - 1].metrics, items[i].metrics, items[i - 1].label)
        for i in range(1, len(items))
    ]
    diffs = [
        diff_transcripts(items[i - 1].words, items[i].words) if items[i - 1].words and items[i].words else []
        for i in range(1, len(items))
    ]
    best, reason = best_take(items)
    rows = _rows(items) + ([_drill_row(items)] if any(item.drill for item in items) else [])
    return Comparison(labels, rows, sentences, best, reason, diffs)
