"""Voice: pitch variation (is it monotone?) and loudness over time.

Computed on numbers measured by `rehearse.audio.features`, so this stays pure
and testable. Pitch spread is in semitones, which is fair to high and low voices.
"""

from __future__ import annotations

import math
import statistics
from typing import Any

from rehearse.core.types import VoiceFeatures

MONOTONE_ST = 1.5
"""Pitch spread (semitones, standard deviation) below which a voice sounds flat; lively speech is 2-4."""
QUIET_DBFS = -35.0
"""Median speech loudness below this: too far from the microphone, or too soft for a briefing room."""
FADE_DB = 6.0
"""The last third this much quieter than the first: the speaker trails off."""
CLIPPING_FRACTION = 0.001


def summarise_voice(voice: VoiceFeatures | None) -> dict[str, Any]:
    if voice is None:
        return {"measured": False}
    out: dict[str, Any] = {"measured": True, "peak": round(voice.peak, 3)}
    pitches = [p for p in voice.pitch_hz if p > 0]
    if len(pitches) >= 20:
        median = statistics.median(pitches)
        semis = sorted(12 * math.log2(p / median) for p in pitches)
        # Robust spread: yin's octave jumps would inflate a plain standard deviation.
        p10, p90 = semis[len(semis) // 10], semis[(9 * len(semis)) // 10]
        spread = (p90 - p10) / 2.563
        out.update(
            pitch_median_hz=round(median, 1),
            pitch_spread_st=round(spread, 2),
            monotone=spread < MONOTONE_ST,
        )
    else:
        out.update(pitch_median_hz=None, pitch_spread_st=None, monotone=False)
    speechy = [db for db in voice.loudness_db if db > -60]
    if speechy:
        median_db = statistics.median(speechy)
        third = max(1, len(speechy) // 3)
        fade = statistics.mean(speechy[:third]) - statistics.mean(speechy[-third:])
        out.update(
            loudness_median_dbfs=round(median_db, 1),
            too_quiet=median_db < QUIET_DBFS,
            trails_off=len(speechy) >= 9 and fade >= FADE_DB,
        )
    else:
        out.update(loudness_median_dbfs=None, too_quiet=False, trails_off=False)
    out["loudness_db"] = [round(v, 1) for v in voice.loudness_db]
    out["clipping"] = voice.clipped_fraction > CLIPPING_FRACTION
    return out
