"""Prompt mode: the speaker's script beside the clock, the current sentence highlighted.

Issue 9, part 3. The position comes from the live transcript (`core.script.prompt`),
so it follows the speaker through skipped and reordered parts. Only a window of the
script is drawn, from the paragraph before the current one onwards: the speaker's
eye lands on the highlight without scrolling, and nothing on this screen takes focus
(space must stay the stop key). Words already said are dimmed; words passed over
without being said are struck through, so a skipped example shows while it can still
be said.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from rehearse.core.script.draft import Draft
from rehearse.core.script.prompt import PromptPosition, prompt_position
from rehearse.core.types import Word

WINDOW_PARAGRAPHS = 4
"""Paragraphs drawn: the one before the current, the current and what comes next."""
LONG_PARAGRAPH_WORDS = 40
"""Past this many words into a paragraph, the window starts at the sentence before the current one."""
STYLES = {"current": "bold black on yellow", "said": "dim", "passed": "dim strike", "ahead": ""}


class Prompter(Static):
    """The script, following the speaker."""

    DEFAULT_CSS = """
    Prompter {
        width: 1fr;
        height: 1fr;
        border: round $panel-lighten-2;
        border-title-color: $text-muted;
        border-subtitle-color: $text-muted;
        padding: 0 1;
        overflow-y: hidden;
    }
    """

    def __init__(self, draft: Draft, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.draft = draft
        self.position = PromptPosition(frozenset())

    def on_mount(self) -> None:
        self.update(self.script_text())

    def follow(self, words: Sequence[Word]) -> None:
        """Move the highlight to where `words` (the live transcript so far) have reached."""
        self.position = prompt_position(self.draft, words)
        self.update(self.script_text())

    def reset(self) -> None:
        self.position = PromptPosition(frozenset())
        self.update(self.script_text())

    def kind_of(self, i: int) -> str:
        """How word `i` is drawn: current (its sentence is being said), said, passed (skipped) or ahead."""
        pos = self.position
        if pos.sentence is not None and pos.sentence[0] <= i < pos.sentence[1]:
            return "current"
        if i in pos.said:
            return "said"
        if pos.current is not None and i < pos.current:
            return "passed"
        return "ahead"

    def script_text(self) -> Text:
        d, pos = self.draft, self.position
        here = d.paragraph_of(pos.current) if pos.current is not None else 0
        first, from_word = max(0, here - 1), 0
        if pos.sentence is not None and pos.sentence[0] - d.paragraphs[here].start > LONG_PARAGRAPH_WORDS:
            # deep in a long paragraph: start at the sentence before, so the highlight stays in view
            first = here
            from_word = max((s for s, _ in d.sentences if s < pos.sentence[0]), default=pos.sentence[0])
        t = Text()
        for p in d.paragraphs[first:first + WINDOW_PARAGRAPHS]:
            if p.heading and (p.index == 0 or d.paragraphs[p.index - 1].heading != p.heading):
                t.append(f"{p.heading}\n", style="bold underline")
            if from_word > p.start:
                t.append("… ", style="dim")
            for i in range(max(p.start, from_word), p.end):
                t.append(d.words[i].text, style=STYLES[self.kind_of(i)])
                t.append(" ")
            t.append("\n\n")
        rest = len(d.paragraphs) - first - WINDOW_PARAGRAPHS
        if rest > 0:
            t.append(f"… {rest} more paragraph{'s' if rest > 1 else ''}", style="dim")
        return t
