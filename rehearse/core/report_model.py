"""The report as a typed value: one take's judgement, as `analyze()` makes it and the store keeps it.

`Report.from_dict` is the one gate a report dict passes through. Strict (the
default), for a stored report: every field with its type, no unknown keys, the
schema version this rehearse writes, else a `ReportError` that names the field
("rubric.ask.found: expected a boolean, got 3") so the store can say which one
broke. `partial=True`, for a dict a renderer is handed by the UI or a test:
missing fields take their defaults, present ones must still have their type.
`to_dict` gives back the JSON contract exactly (same keys, same order, same
values), so reading and writing a stored report changes nothing.

Readers that accept either form call `as_report`, so moving a caller from
dicts to the typed report is a change to that caller alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from rehearse.core import codec
from rehearse.core.report_parts import (
    Cards,
    Fillers,
    Language,
    Opening,
    Pace,
    Pauses,
    ReportTranscript,
    RubricElement,
    Voice,
)
from rehearse.core.report_script import ScriptResult
from rehearse.core.shapes import ReportError, doc, optional

SCHEMA_VERSION = 1
"""Bumped when a field changes meaning or type; a report of another version is re-analysed from its audio."""

Card = Literal["none", "green", "yellow", "red", "over"]


@dataclass(frozen=True, kw_only=True)
class Report:
    """A judged take: timing, delivery, word choice, the rubric with evidence, and the transcript."""

    schema: int = doc("Version of this layout (see SCHEMA_VERSION in rehearse/core/report_model.py).",
                      SCHEMA_VERSION)
    scenario: str
    title: str
    audience: str = optional("", "Who the speech addresses; absent in reports made before it was kept.")
    duration_s: float = doc("Speaking time, from the first word to the last: silence around it is not counted.")
    audio_s: float
    speech_start_s: float
    speech_end_s: float
    limit_s: float = 300.0
    over_limit: bool
    over_by_s: float
    card: Card = doc("The time card shown at the end of the speech.", "none")
    cards: Cards
    no_speech: bool
    words: int = doc("Spoken words, pure fillers (um, uh) left out.")
    pace: Pace
    pauses: Pauses
    fillers: Fillers
    language: Language
    rubric: Mapping[str, RubricElement] = doc("The scenario's checklist elements by id, in the scenario's order.")
    opening: Opening
    voice: Voice
    transcript: ReportTranscript
    fixes: tuple[str, ...] = doc("The most useful things to fix, most important first (at most three).", ())
    file: str = optional("", "The audio file judged; absent when the report was made from words alone.")
    script: ScriptResult | None = optional(
        None, "The take against the script attached to it (issue 9); absent when the take has no script.")

    @classmethod
    def from_dict(cls, data: object, *, partial: bool = False) -> Report:
        """The report in `data`; ReportError (a ValueError) naming the first bad field."""
        report = codec.read(cls, data, strict=not partial)
        if not partial and report.schema != SCHEMA_VERSION:
            which = "a newer" if report.schema > SCHEMA_VERSION else "another"
            raise ReportError(f"{report.schema} is {which} report layout than this rehearse reads "
                              f"({SCHEMA_VERSION})", ("schema",))
        return report

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (a fresh dict each call: changing it changes nothing here)."""
        return codec.write(self)


ReportLike = Report | Mapping[str, Any] | None
"""What a reader accepts: the typed report, its JSON dict (read partially by `as_report`), or None."""


def as_report(report: ReportLike) -> Report:
    """The typed report for a reader handed either form; a dict is read partially (see module doc)."""
    if isinstance(report, Report):
        return report
    return Report.from_dict(dict(report or {}), partial=True)


__all__ = ["SCHEMA_VERSION", "Card", "Report", "ReportError", "ReportLike", "as_report"]
