"""The parts of a report: pace, pauses, fillers, word choice, rubric, opening, voice, transcript.

Frozen dataclasses that mirror the JSON of `rehearse analyze --json` field for
field and in the same order: `rehearse.core.codec` reads and writes them from
these declarations, and docs/report.schema.json is generated from them, so
adding a field here is the whole change to the contract. Lists are tuples, so
one report can be shared by threads and screens without anyone changing it.

A field's default is what a partial dict (a hand-built report in a test, say)
gets when it leaves the field out; the strict read of a stored report wants
every field except the `optional` ones. Times are seconds from the start of
the audio, as in the JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from rehearse.core.shapes import doc, optional, when
from rehearse.core.types import Evidence, Word

PaceVerdict = Literal["ok", "slow", "fast"]


@dataclass(frozen=True, kw_only=True)
class Cards:
    """When the time cards come up, in seconds of speaking time."""

    green: float
    yellow: float
    red: float


@dataclass(frozen=True, kw_only=True)
class PacePoint:
    """Words per minute in the rolling window that starts at `start`."""

    start: float
    wpm: float


@dataclass(frozen=True, kw_only=True)
class PaceStretch:
    """A run of rolling windows outside the band: where the speaker rushed or dragged."""

    start: float
    end: float
    kind: Literal["slow", "fast"]
    wpm: float


@dataclass(frozen=True, kw_only=True)
class Pace:
    """Speaking rate (pauses counted in, what the listener hears) and articulation rate (pauses left out)."""

    wpm: float
    articulation_wpm: float
    verdict: PaceVerdict = "ok"
    band: tuple[float, float] = doc("The target band: [slowest, fastest] words per minute.", (110.0, 170.0))
    rolling: tuple[PacePoint, ...]
    stretches: tuple[PaceStretch, ...]


@dataclass(frozen=True, kw_only=True)
class PauseItem:
    """A silence between stretches of speech."""

    start: float
    duration: float
    mid_clause: bool = doc("Right after a function word ('the', 'to'): inside a clause, which hurts fluency more.",
                           False)


@dataclass(frozen=True, kw_only=True)
class Pauses:
    """Pauses inside the speaking span, measured on the audio where it was (Whisper blurs word gaps)."""

    count: int
    long_count: int
    long_threshold_s: float = 2.0
    longest_s: float
    total_s: float
    source: Literal["audio", "word gaps", "none"] = doc("What the pauses were measured on.", "audio")
    long: tuple[PauseItem, ...] = doc("The pauses of at least long_threshold_s (they are in items too).", ())
    items: tuple[PauseItem, ...]


@dataclass(frozen=True, kw_only=True)
class FillerItem:
    word: str
    start: float


@dataclass(frozen=True, kw_only=True)
class Fillers:
    """Um, uh, 'you know'... Speech recognition drops some, so every count is a lower bound."""

    count: int
    lower_bound: bool = True
    note: str
    per_minute: float
    percent_of_words: float
    band: Literal["excellent", "good", "needs work"]
    by_word: Mapping[str, int]
    items: tuple[FillerItem, ...]


@dataclass(frozen=True, kw_only=True)
class Hedge:
    """'I think', 'maybe': words that undercut a recommendation."""

    term: str
    start: float
    text: str


@dataclass(frozen=True, kw_only=True)
class GenderedTerm:
    """A gendered term ('chairman') and the neutral word to use instead."""

    term: str
    suggestion: str
    start: float
    text: str


@dataclass(frozen=True, kw_only=True)
class Repeat:
    """A phrase said so often it reads as a verbal habit."""

    phrase: str
    count: int
    starts: tuple[float, ...]


@dataclass(frozen=True, kw_only=True)
class Language:
    gendered: tuple[GenderedTerm, ...]
    hedges: tuple[Hedge, ...]
    repetition: tuple[Repeat, ...]


@dataclass(frozen=True, kw_only=True)
class RubricElement:
    """One checklist element (why, how, examples, ask...), judged on the words, with its evidence."""

    label: str
    found: bool
    count: int
    min: int = doc("How many pieces of evidence count as found.", 1)
    evidence: tuple[Evidence, ...]
    near_misses: tuple[Evidence, ...] = optional(
        (), "Passages that almost counted, each with what was missing; absent when there are none.")


@dataclass(frozen=True, kw_only=True)
class Opening:
    """Bottom line up front: were the purpose and the ask stated in the first `window_s` seconds?"""

    window_s: float = 30.0
    purpose: bool
    purpose_evidence: Evidence | None
    ask: bool
    ok: bool


@dataclass(frozen=True, kw_only=True)
class Voice:
    """Pitch and loudness measured on the audio; only `measured` (false) when there was no audio."""

    measured: bool
    peak: float = when("measured", 0.0, "Largest absolute sample (1.0 is full scale).")
    pitch_median_hz: float | None = when("measured", None, "Null when too little voiced speech was found.")
    pitch_spread_st: float | None = when("measured", None, "Robust pitch spread in semitones; null as above.")
    monotone: bool = when("measured", False)
    loudness_median_dbfs: float | None = when("measured", None, "Null when no window was louder than silence.")
    too_quiet: bool = when("measured", False)
    trails_off: bool = when("measured", False)
    loudness_db: tuple[float, ...] = when("measured", (), "Loudness (dBFS) of each second of the take.")
    clipping: bool = when("measured", False)


@dataclass(frozen=True, kw_only=True)
class ReportTranscript:
    """What the engine heard, word by word, after the report's clean-up (times sorted and clamped)."""

    model: str
    language: str = "en"
    text: str
    words: tuple[Word, ...]
    no_speech: bool
