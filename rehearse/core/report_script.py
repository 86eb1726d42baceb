"""The report's take-against-script section: what a take said of the script attached to it.

A take may carry the draft its speaker practised from (`script.md` beside its audio,
issue 9). Its report then says how much of the draft was said, which passages were
skipped (with the rubric element each carried: "example 2"), what was added, what
came out of order, and the time per section against the plan. These dataclasses are
that section in the report's typed model (`Report.script`, optional, so reports of
takes without a script, and every older report, read as before). Passages are quoted
as text with their paragraph, never as indices into a draft the reader may not have.
"""

from __future__ import annotations

from dataclasses import dataclass

from rehearse.core.shapes import doc


@dataclass(frozen=True, kw_only=True)
class ScriptSkip:
    """A passage of the script that was not said."""

    text: str
    paragraph: int = doc("Paragraph of the script it belongs to, from 1.")
    words: int
    whole_paragraph: bool = doc("The whole paragraph was left out.", False)
    elements: tuple[str, ...] = doc("Checklist elements it carried, as the speaker reads them ('example 2').", ())


@dataclass(frozen=True, kw_only=True)
class ScriptAdded:
    """Words said that are not in the script (an ad-lib of at least four words), with when."""

    start: float
    end: float
    text: str
    words: int


@dataclass(frozen=True, kw_only=True)
class ScriptMoved:
    """A part of the script said, but not where the script puts it."""

    text: str
    paragraph: int = doc("Paragraph of the script it belongs to, from 1.")
    start: float = doc("When it was said (seconds from the start of the audio).")


@dataclass(frozen=True, kw_only=True)
class ScriptSection:
    """One section of the script (a paragraph, or what a heading covers): time spoken against planned."""

    label: str
    planned_s: float
    spoken_s: float
    coverage: float = doc("Percentage of the section's words that were said.")


@dataclass(frozen=True, kw_only=True)
class ScriptResult:
    """The take against the script attached to it: coverage, skips, ad-libs, moves, time per section."""

    words: int = doc("Words in the script, as read aloud (Markdown markers are not words).")
    said_words: int
    coverage: float = doc("Percentage of the script's words that were said.")
    plan_wpm: float = doc("The pace the sections were planned at (the speaker's own, else 140 wpm).")
    skipped: tuple[ScriptSkip, ...]
    added: tuple[ScriptAdded, ...]
    out_of_order: tuple[ScriptMoved, ...]
    sections: tuple[ScriptSection, ...]
    dropped: tuple[str, ...] = doc("Checklist elements the script carried and the take did not say.", ())
