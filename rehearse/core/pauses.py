"""Pauses, measured on the audio's speech stretches rather than Whisper's word gaps.

Whisper's word timestamps are inferred and stretch words over silences, so a
2-second pause can look like a 0.3-second one. `VoiceFeatures.speech` comes
from the signal itself. Without it (a hand-made word list) we fall back to the
gaps between words, and say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rehearse.core.scenario import Scenario
from rehearse.core.text import normalise
from rehearse.core.types import Interval, VoiceFeatures, Word

FUNCTION_WORDS = frozenset(
    ["a", "an", "the", "to", "of", "and", "or", "but", "in", "on", "at", "for", "with", "by", "from", "that", "this", "these", "those", "our", "my", "your", "their", "his", "her", "its", "is", "are", "was", "were", "be", "will", "would", "can", "could", "should", "must", "we", "i", "you", "they"]
)
"""A pause right after one of these falls inside a clause, which hurts fluency more."""


@dataclass
class Pause:
    start: float
    duration: float
    mid_clause: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"start": round(self.start, 2), "duration": round(self.duration, 2), "mid_clause": self.mid_clause}


@dataclass
class PauseResult:
    pauses: list[Pause] = field(default_factory=list)
    long_s: float = 2.0
    source: str = "audio"

    @property
    def long(self) -> list[Pause]:
        return [p for p in self.pauses if p.duration >= self.long_s]

    @property
    def total_s(self) -> float:
        return sum(p.duration for p in self.pauses)

    def to_dict(self) -> dict[str, Any]:
        longest = max(self.pauses, key=lambda p: p.duration, default=None)
        return {
            "count": len(self.pauses),
            "long_count": len(self.long),
            "long_threshold_s": self.long_s,
            "longest_s": round(longest.duration, 2) if longest else 0.0,
            "total_s": round(self.total_s, 2),
            "source": self.source,
            "long": [p.to_dict() for p in self.long],
            "items": [p.to_dict() for p in self.pauses],
        }


def _gaps_from_audio(speech: tuple[Interval, ...], start: float, end: float) -> list[tuple[float, float]]:
    inside = sorted((max(i.start, start), min(i.end, end)) for i in speech if i.end > start and i.start < end)
    gaps = []
    for (_, a_end), (b_start, _) in zip(inside, inside[1:], strict=False):
        if b_start > a_end:
            gaps.append((a_end, b_start))
    return gaps


def _gaps_from_words(words: list[Word]) -> list[tuple[float, float]]:
    ordered = sorted(words, key=lambda w: w.start)
    gaps, last_end = [], None
    for w in ordered:
        if last_end is not None and w.start > last_end:
            gaps.append((last_end, w.start))
        last_end = w.end if last_end is None else max(last_end, w.end)
    return gaps


def measure_pauses(
    words: list[Word], voice: VoiceFeatures | None, span: tuple[float, float], scenario: Scenario
) -> PauseResult:
    start, end = span
    if not words or end <= start:
        return PauseResult(long_s=scenario.long_pause_s, source="none")
    speech = voice.speech if voice is not None else ()
    use_audio = bool(speech)
    gaps = _gaps_from_audio(speech, start, end) if use_audio else _gaps_from_words(words)
    ordered = sorted(words, key=lambda w: w.start)
    pauses = []
    for g_start, g_end in gaps:
        if g_end - g_start < scenario.pause_min_s:
            continue
        before = [w for w in ordered if w.start < g_start]
        last = normalise(before[-1].word) if before else []
        mid = bool(last) and last[-1] in FUNCTION_WORDS
        pauses.append(Pause(g_start, g_end - g_start, mid))
    return PauseResult(pauses, scenario.long_pause_s, "audio" if use_audio else "word gaps")
