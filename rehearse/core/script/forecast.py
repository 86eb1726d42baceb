"""How long a draft will take to say, at this speaker's pace, and where to cut it.

The pace is the speaker's own where we know it: their past takes in this scenario give
a speaking rate (words per minute over the whole span, what the clock sees) that is
the articulation rate (words while sounding) slowed by their pauses. Both are kept so
the speaker sees why ("you speak at 175 wpm, your pauses add 18 %"). With fewer than
two takes there is no spread to trust, so 140 wpm, a calm briefing pace, stands in,
and the report says so. A forecast is a range, never only a point: from the spread of
the speaker's takes, or a fixed ±8 % on the default. The pace applies to ordinary prose; `length.DraftLength` corrects for a
draft's longer words or more frequent stops.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from rehearse.core.scenario import Scenario
from rehearse.core.script.length import DraftLength
from rehearse.core.timing import card_for

DEFAULT_WPM = 140.0
DEFAULT_SPREAD = 0.08
"""±8 %: how far one calm speaker's pace typically moves between takes of the same text."""
MIN_SPREAD = 0.03
"""Two takes at the same pace still do not promise the third: the range is never narrower."""
MIN_TAKES = 2


@dataclass(frozen=True)
class PastPace:
    """What one saved take says about the speaker's pace (from its report's `pace`)."""

    wpm: float
    articulation_wpm: float = 0.0
    words: int = 0
    duration_s: float = 0.0


@dataclass(frozen=True)
class PaceBasis:
    """The pace a forecast uses and where it came from."""

    wpm: float
    """Speaking rate, pauses included: words / forecast minutes."""
    low_wpm: float
    high_wpm: float
    source: str
    """"takes" (the speaker's own) or "default"."""
    takes: int = 0
    articulation_wpm: float = 0.0
    pause_share: float = 0.0
    """How much longer pauses make a take: 0.18 = 18 % longer than the words alone."""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(self).items()}


def pace_basis(past: Sequence[PastPace], default_wpm: float = DEFAULT_WPM, why_default: str = "") -> PaceBasis:
    """The speaker's median pace from `past` takes, or the default with fewer than two."""
    usable = [p for p in past if p.wpm > 0]
    if len(usable) < MIN_TAKES:
        have = "no saved take" if not usable else "only 1 saved take"
        note = why_default or f"{have} with a pace in this scenario ({MIN_TAKES} needed for your own pace)"
        return PaceBasis(default_wpm, default_wpm * (1 - DEFAULT_SPREAD), default_wpm * (1 + DEFAULT_SPREAD),
                         "default", len(usable),
                         note=f"{note}: using {default_wpm:.0f} wpm, a calm briefing pace, ± {100 * DEFAULT_SPREAD:.0f} %")
    wpms = sorted(p.wpm for p in usable)
    artic = [p.articulation_wpm for p in usable if p.articulation_wpm >= p.wpm > 0]
    articulation = statistics.median(artic) if artic else 0.0
    factors = [p.articulation_wpm / p.wpm for p in usable if p.articulation_wpm >= p.wpm > 0]
    share = statistics.median(factors) - 1.0 if factors else 0.0
    wpm = articulation / (1.0 + share) if artic else statistics.median(wpms)
    low, high = _spread(wpms)
    low, high = min(low, wpm * (1 - MIN_SPREAD)), max(high, wpm * (1 + MIN_SPREAD))
    which = "slowest to fastest take" if len(wpms) < 5 else "middle half of your takes"
    note = (f"your pace from {len(usable)} takes in this scenario: {wpm:.0f} wpm "
            + (f"({articulation:.0f} wpm while speaking, pauses add {100 * share:.0f} %); " if artic else "; ")
            + f"range {low:.0f}-{high:.0f} wpm, {which}")
    return PaceBasis(wpm, low, high, "takes", len(usable), articulation, share, note)


def _spread(wpms: list[float]) -> tuple[float, float]:
    """Slowest and fastest take; from five takes on, the quartiles (one bad take should not
    stretch every forecast)."""
    if len(wpms) < 5:
        return wpms[0], wpms[-1]
    q = statistics.quantiles(wpms, n=4, method="inclusive")
    return q[0], q[2]


@dataclass(frozen=True)
class Forecast:
    words: int
    seconds: float
    low_s: float
    high_s: float
    card: str
    """The card the point forecast reaches ("none" is under the first card)."""
    card_low: str
    card_high: str
    limit_s: float
    basis: PaceBasis
    length: DraftLength | None = None

    @property
    def over_limit(self) -> bool:
        return self.seconds > self.limit_s

    def to_dict(self) -> dict[str, Any]:
        return {
            "words": self.words, "seconds": round(self.seconds, 1), "low_s": round(self.low_s, 1),
            "high_s": round(self.high_s, 1), "card": self.card, "card_range": [self.card_low, self.card_high],
            "limit_s": self.limit_s, "over_limit": self.over_limit, "pace": self.basis.to_dict(),
            "length": self.length.to_dict() if self.length else None,
        }


def forecast(length: DraftLength | int, basis: PaceBasis, scenario: Scenario) -> Forecast:
    """Expected spoken duration of a draft (`draft_length(draft)`, or a number of ordinary words)
    at `basis`, with its range and the cards they reach."""
    if isinstance(length, int):
        length = DraftLength.ordinary(length)
    point = length.seconds_at(basis.wpm)
    low, high = length.seconds_at(basis.high_wpm), length.seconds_at(basis.low_wpm)
    return Forecast(length.words, point, low, high, card_for(point, scenario), card_for(low, scenario),
                    card_for(high, scenario), scenario.limit_s, basis, length)


def words_to_cut(fc: Forecast, target_s: float) -> int:
    """Words to remove so the point forecast lands at `target_s` at the same pace (0 if it does)."""
    if fc.seconds <= target_s or fc.words == 0:
        return 0
    keep = fc.words * target_s / fc.seconds
    return max(0, fc.words - math.floor(keep + 1e-9))
