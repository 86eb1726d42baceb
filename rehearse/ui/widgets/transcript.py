"""The transcript that follows the audio: the word being heard is highlighted and kept in view.

The text is wrapped here, not by Textual, so the view knows which line each
word is on and can scroll that line into the upper third of the panel as
playback moves (reading ahead of the voice is how a speaker spots the sentence
they are about to hear). Each line starts with the time of its first word, so
an instructor can read off the m:ss to pin a comment to. Re-rendering happens
only when the current word changes (a few times a second), never per tick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from rehearse.core.moments import word_index_at
from rehearse.core.timing import clock

if TYPE_CHECKING:
    from rehearse.core.report_model import Report

TIME_W = 6
"""Width of the 'm:ss  ' prefix of every line."""
SPOKEN, CURRENT, AHEAD = "", "bold reverse", "dim"


def wrap_words(words: list[str], width: int) -> list[list[int]]:
    """Indexes of `words` per line, greedily filled to `width` cells (a long word gets its own line)."""
    lines: list[list[int]] = []
    line: list[int] = []
    used = 0
    for i, word in enumerate(words):
        need = len(word) + (1 if line else 0)
        if line and used + need > width:
            lines.append(line)
            line, used, need = [], 0, len(word)
        line.append(i)
        used += need
    if line:
        lines.append(line)
    return lines


class TranscriptView(VerticalScroll, can_focus=False):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.words: list[str] = []
        self.starts: list[float] = []
        self.current = -1
        self._lines: list[list[int]] = []
        self._line_of: list[int] = []
        self._width = 0

    def compose(self):
        yield Static(id="transcript-text")

    def show(self, report: Report | None) -> None:
        """Load a report's words (start times sorted, as report transcripts are)."""
        words = report.transcript.words if report is not None else ()
        self.words = [w.word.strip() for w in words]
        self.starts = [w.start for w in words]
        self.current = -1
        self._rewrap()

    def follow(self, t: float) -> None:
        """Highlight the word being spoken at `t` seconds (cheap when it has not changed)."""
        index = word_index_at(self.starts, t)
        if index != self.current:
            self.current = index
            self._render_text()
            self._scroll_to_current()

    def on_resize(self) -> None:
        self._rewrap()

    def _rewrap(self) -> None:
        width = max(20, self.scrollable_content_region.width - TIME_W - 1)
        self._width = width
        self._lines = wrap_words(self.words, width)
        self._line_of = [0] * len(self.words)
        for n, line in enumerate(self._lines):
            for i in line:
                self._line_of[i] = n
        self._render_text()

    def _render_text(self) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        if not self.words:
            text.append("No transcript: this take has no words to follow.", style="dim")
        for n, line in enumerate(self._lines):
            text.append(f"{clock(self.starts[line[0]]):>{TIME_W - 2}}  ", style="dim")
            for k, i in enumerate(line):
                if k:
                    text.append(" ")
                text.append(self.words[i], style=CURRENT if i == self.current else
                            AHEAD if i > self.current else SPOKEN)
            if n < len(self._lines) - 1:
                text.append("\n")
        self.query_one("#transcript-text", Static).update(text)

    def _scroll_to_current(self) -> None:
        if self.current < 0 or not self._line_of:
            return
        line = self._line_of[self.current]
        height = max(1, self.scrollable_content_region.height)
        top = self.scroll_offset.y
        if not top + 1 <= line < top + height - 2:
            self.scroll_to(y=max(0, line - height // 3), animate=False)

    @property
    def current_word(self) -> str:
        return self.words[self.current] if 0 <= self.current < len(self.words) else ""
