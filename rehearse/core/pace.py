"""Pace: words per minute over the span, articulation rate, and rolling pace.

Speaking rate counts pauses in (what the listener experiences); articulation
rate leaves them out (how fast the words themselves come). Rolling pace over
~20 s windows finds the stretches that ran too fast or dragged, which one
average hides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rehearse.core.scenario import Scenario
from rehearse.core.types import Word

MIN_SPAN_S = 1.0
"""Below one second of speech a words-per-minute figure means nothing; pace is left at 0."""


@dataclass
class PaceResult:
    wpm: float = 0.0
    articulation_wpm: float = 0.0
    verdict: str = "ok"
    min_wpm: float = 110.0
    max_wpm: float = 170.0
    rolling: list[tuple[float, float]] = field(default_factory=list)
    """(window start s, wpm) every `step_s`."""
    stretches: list[dict[str, Any]] = field(default_factory=list)
    """Runs of windows outside the band: {start, end, kind: slow|fast, wpm}."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "wpm": round(self.wpm, 1),
            "articulation_wpm": round(self.articulation_wpm, 1),
            "verdict": self.verdict,
            "band": [self.min_wpm, self.max_wpm],
            "rolling": [{"start": round(t, 1), "wpm": round(v, 1)} for t, v in self.rolling],
            "stretches": self.stretches,
        }


def verdict_for(wpm: float, scenario: Scenario) -> str:
    if wpm < scenario.min_wpm:
        return "slow"
    if wpm > scenario.max_wpm:
        return "fast"
    return "ok"


def rolling_pace(words: list[Word], start: float, end: float, window: float, step: float) -> list[tuple[float, float]]:
    """Words per minute in each window of the span (the whole span if it is shorter than a window)."""
    if not words or end <= start:
        return []
    mids = sorted((w.start + w.end) / 2 for w in words)
    window = min(window, end - start)
    out = []
    t = start
    while True:
        n = sum(1 for m in mids if t <= m < t + window or (t + window >= end and m == end))
        out.append((t, n * 60.0 / window if window > 0 else 0.0))
        if t + window >= end - 1e-9:
            break
        t = min(t + step, end - window)
    return out


def _stretches(rolling: list[tuple[float, float]], window: float, scenario: Scenario) -> list[dict[str, Any]]:
    runs: list[dict[str, Any]] = []
    for t, wpm in rolling:
        kind = verdict_for(wpm, scenario)
        if kind == "ok":
            continue
        if runs and runs[-1]["kind"] == kind and t <= runs[-1]["end"]:
            runs[-1]["end"] = round(t + window, 1)
            runs[-1]["_wpms"].append(wpm)
        else:
            runs.append({"start": round(t, 1), "end": round(t + window, 1), "kind": kind, "_wpms": [wpm]})
    for r in runs:
        wpms = r.pop("_wpms")
        r["wpm"] = round(sum(wpms) / len(wpms), 1)
    return runs


def measure_pace(words: list[Word], span: tuple[float, float], paused_s: float, scenario: Scenario) -> PaceResult:
    """`words` should already exclude pure fillers; `paused_s` is the pause time inside the span."""
    start, end = span
    result = PaceResult(min_wpm=scenario.min_wpm, max_wpm=scenario.max_wpm)
    duration = end - start
    if not words or duration < MIN_SPAN_S:
        return result
    result.wpm = len(words) * 60.0 / duration
    speaking = max(duration - paused_s, duration * 0.2)
    result.articulation_wpm = len(words) * 60.0 / speaking
    result.verdict = verdict_for(result.wpm, scenario)
    window = min(scenario.pace_window_s, duration)
    result.rolling = rolling_pace(words, start, end, scenario.pace_window_s, scenario.pace_step_s)
    if duration >= scenario.pace_window_s:
        result.stretches = _stretches(result.rolling, window, scenario)
    return result
