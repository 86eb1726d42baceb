"""The speaking span and the time cards.

The span runs from the first word to the last: silence before the speaker
starts or after they finish is not held against them.
"""

from __future__ import annotations

from dataclasses import dataclass

from rehearse.core.scenario import Scenario
from rehearse.core.types import Word

CARDS = ("none", "green", "yellow", "red", "over")


@dataclass(frozen=True)
class Timing:
    start: float
    end: float
    limit_s: float
    card: str

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start)

    @property
    def over_limit(self) -> bool:
        return self.duration > self.limit_s

    @property
    def over_by(self) -> float:
        return max(0.0, self.duration - self.limit_s)


def card_for(elapsed: float, scenario: Scenario) -> str:
    """The card shown at `elapsed` seconds: green, yellow, red at the marks, then over after the grace."""
    if elapsed > scenario.red_s + scenario.grace_s:
        return "over"
    if elapsed >= scenario.red_s:
        return "red"
    if elapsed >= scenario.yellow_s:
        return "yellow"
    if elapsed >= scenario.green_s:
        return "green"
    return "none"


def speaking_span(words: list[Word] | tuple[Word, ...]) -> tuple[float, float]:
    if not words:
        return 0.0, 0.0
    start = min(w.start for w in words)
    end = max(max(w.end, w.start) for w in words)
    return max(0.0, start), max(0.0, end)


def measure_timing(words: list[Word] | tuple[Word, ...], scenario: Scenario) -> Timing:
    start, end = speaking_span(words)
    return Timing(start, end, scenario.limit_s, card_for(end - start, scenario) if words else "none")


def clock(seconds: float) -> str:
    """m:ss, as the spokesperson reads it off the clock."""
    seconds = max(0.0, seconds)
    m, s = divmod(int(round(seconds)), 60)
    return f"{m}:{s:02d}"
