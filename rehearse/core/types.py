"""Plain data passed between the engine, the analysis core, the store and the UI.

These are our own types on purpose: faster-whisper's objects never leave
`rehearse.asr`, so the core can be tested on a hand-made list of words and the
store can serialise everything as JSON without knowing about any engine.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from rehearse.core.shapes import optional


@dataclass(frozen=True)
class Word:
    """One recognised word with its time in seconds from the start of the audio."""

    word: str
    start: float
    end: float
    probability: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "word": self.word,
            "start": round(self.start, 3),
            "end": round(self.end, 3),
            "probability": round(self.probability, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Word:
        return cls(
            word=str(data["word"]),
            start=float(data["start"]),
            end=float(data["end"]),
            probability=float(data.get("probability", 1.0)),
        )


@dataclass(frozen=True)
class Transcript:
    """What the engine heard: words in time order, plus how it was made."""

    words: tuple[Word, ...]
    model: str = ""
    language: str = "en"
    no_speech: bool = False

    @property
    def text(self) -> str:
        return " ".join(w.word.strip() for w in self.words).strip()

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "language": self.language,
            "text": self.text,
            "words": [w.to_dict() for w in self.words],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Transcript:
        words = tuple(Word.from_dict(w) for w in data.get("words", []))
        return cls(
            words=words,
            model=str(data.get("model", "")),
            language=str(data.get("language", "en")),
            no_speech=bool(data.get("no_speech", not words)),
        )


@dataclass(frozen=True)
class Interval:
    """A stretch of time in seconds."""

    start: float
    end: float

    @property
    def duration(self) -> float:
        return max(0.0, self.end - self.start)


@dataclass(frozen=True)
class VoiceFeatures:
    """What was measured on the audio itself, independent of the words.

    `speech` lists the stretches where the signal is voice-like; pauses are the
    gaps between them. Whisper's word timestamps blur pauses, so this is the
    source of truth for pause lengths.
    """

    audio_s: float
    speech: tuple[Interval, ...] = ()
    pitch_hz: tuple[float, ...] = ()
    """Voiced pitch samples (Hz), unvoiced frames left out."""
    loudness_db: tuple[float, ...] = ()
    """Loudness (dBFS) per `loudness_step_s` window over the whole take."""
    loudness_step_s: float = 1.0
    peak: float = 0.0
    """Largest absolute sample value (1.0 = full scale)."""
    clipped_fraction: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["speech"] = [[round(i.start, 3), round(i.end, 3)] for i in self.speech]
        data["pitch_hz"] = [round(p, 1) for p in self.pitch_hz]
        data["loudness_db"] = [round(v, 1) for v in self.loudness_db]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> VoiceFeatures:
        return cls(
            audio_s=float(data.get("audio_s", 0.0)),
            speech=tuple(Interval(float(a), float(b)) for a, b in data.get("speech", [])),
            pitch_hz=tuple(float(p) for p in data.get("pitch_hz", [])),
            loudness_db=tuple(float(v) for v in data.get("loudness_db", [])),
            loudness_step_s=float(data.get("loudness_step_s", 1.0)),
            peak=float(data.get("peak", 0.0)),
            clipped_fraction=float(data.get("clipped_fraction", 0.0)),
        )


@dataclass(frozen=True)
class Evidence:
    """A quoted moment that backs a finding: when, and the words said."""

    start: float
    text: str
    note: str = optional("", "What the judge found in it, or what a near miss lacked; absent when empty.")
    """What the judge found in it ("who: we · does: deploy · where/when: gao, monday"), or what was missing."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": round(self.start, 2), "text": self.text}
        if self.note:
            out["note"] = self.note
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(float(data["start"]), str(data["text"]), str(data.get("note", "")))




@dataclass
class ElementResult:
    """The judgement of one rubric element (why, how, examples, ask...)."""

    id: str
    label: str
    found: bool
    count: int
    min: int
    evidence: list[Evidence] = field(default_factory=list)
    near_misses: list[Evidence] = field(default_factory=list)
    """Clauses that almost counted, each with what was missing (shown so the speaker can fix them)."""

    def to_dict(self) -> dict[str, Any]:
        out = {
            "label": self.label,
            "found": self.found,
            "count": self.count,
            "min": self.min,
            "evidence": [e.to_dict() for e in self.evidence],
        }
        if self.near_misses:
            out["near_misses"] = [e.to_dict() for e in self.near_misses]
        return out
