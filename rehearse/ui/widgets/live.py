"""The quiet side panels of the practice screen: level, checklist, pace and transcript.

They are deliberately plain (dim text, small ticks, no animation) so the eye
stays on the clock; the teaching happens in the report. Each panel is a Static
with one `show_*` method fed with plain data (a `Level`, a `LiveState`), which
keeps them trivial to test and cheap to refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widget import Widget
from textual.widgets import Static

from rehearse.render.sparkline import sparkline
from rehearse.session.level import Level

if TYPE_CHECKING:
    from rehearse.session.live import ChecklistItem

BAR_CELLS = 24
KIND_STYLE = {"slow": "cyan", "ok": "green", "fast": "red"}
TRANSCRIPT_WORDS = 90
"""Words of transcript kept on screen: about the last half minute, enough to see it keeps up."""
PACE_HISTORY = 36
"""Rolling-pace samples kept for the little trend line (one per live update, about a second each)."""


class LevelMeter(Static):
    """Input level as a bar, and one hint when the level is a problem."""

    def show_level(self, level: Level, recording: bool) -> None:
        t = Text()
        filled = round(level.fraction * BAR_CELLS) if recording else 0
        style = "red" if level.hint.startswith("clipping") else "yellow" if level.hint else "green"
        t.append("█" * filled, style=style)
        t.append("░" * (BAR_CELLS - filled), style="dim")
        t.append(f" {level.db:4.0f} dB" if recording else "  —", style="dim")
        if recording and level.hint:
            t.append(f"\n{level.hint}", style=f"bold {style}")
        self.update(t)


SHORT_NAMES = {"fr": {"why": "Pourquoi", "how": "Comment", "examples": "Exemples", "ask": "Demande", "of": "sur"}}
"""The checklist's one-word names in a scenario's spoken language (issue 11: the live checklist of a
French brief ticks in French); English, and any language without a table, shows the element ids."""


class LiveChecklist(Static):
    """Why / How / Examples n of 3 / Ask, ticking as the transcript catches up."""

    def __init__(self, language: str = "en", **kwargs) -> None:
        super().__init__(**kwargs)
        self.names = SHORT_NAMES.get(language, {})

    def show_checklist(self, checklist: tuple[ChecklistItem, ...]) -> None:
        t = Text()
        for item in checklist:
            done = item.found
            t.append("✔ " if done else "· ", style="bold green" if done else "dim")
            t.append(self.names.get(item.id, item.id.capitalize()), style="" if done else "dim")
            if item.min > 1:
                t.append(f"  {min(item.count, item.min)} {self.names.get('of', 'of')} {item.min}",
                         style="green" if done else "dim")
            t.append("\n")
        t.rstrip()
        self.update(t if len(t) else Text("waiting for speech…", style="dim"))


class LivePace(Static):
    """Rolling pace (last 20 s) against the scenario's band, with a short trend line."""

    def __init__(self, low: float, high: float, **kwargs) -> None:
        super().__init__(**kwargs)
        self.low, self.high = low, high
        self.history: list[float] = []

    def show_pace(self, wpm: float | None) -> None:
        t = Text()
        if wpm is None:
            t.append(f"—  wpm   band {self.low:.0f}-{self.high:.0f}", style="dim")
            self.update(t)
            return
        self.history = (self.history + [wpm])[-PACE_HISTORY:]
        kind = "slow" if wpm < self.low else "fast" if wpm > self.high else "ok"
        t.append(f"{wpm:3.0f} wpm", style=KIND_STYLE[kind])
        t.append(f"  {'too ' + kind if kind != 'ok' else 'in band'}  ({self.low:.0f}-{self.high:.0f})\n", style="dim")
        for ch, k in sparkline(self.history, self.low, self.high, PACE_HISTORY):
            t.append(ch, style=KIND_STYLE[k])
        self.update(t)


class LiveTranscript(Static):
    """The last words heard; the still-changing draft tail is dimmed."""

    def show_words(self, words, draft_from: int, lag_s: float | None) -> None:
        start = max(0, len(words) - TRANSCRIPT_WORDS)
        t = Text()
        for i in range(start, len(words)):
            t.append(words[i].word + " ", style="dim italic" if i >= draft_from else "")
        if not words:
            t.append("The transcript appears here a few seconds behind you.", style="dim")
        self.update(t)
        if lag_s is not None and isinstance(self.parent, Widget):
            self.parent.border_subtitle = f"{lag_s:.0f} s behind"
