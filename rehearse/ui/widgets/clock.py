"""The one dominant cue on the practice screen: a big clock coloured by the time card.

Live feedback research (see speech-metrics.md) found one simple cue beats a
dashboard, so the elapsed time is drawn as large as the panel allows, readable
from a lectern a metre away, and its colour is the Toastmasters card: green,
yellow, red, then flashing once the speaker runs over. Textual's `Digits` glyphs
are three rows high, too small to be the dominant cue, so the elapsed time uses
a 3x5 pixel font scaled to the panel; the remaining time below uses `Digits`.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Center, Vertical
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Digits, Static

from rehearse.core.timing import card_for, clock

FONT = {
    "0": ("###", "#.#", "#.#", "#.#", "###"), "1": (".#.", "##.", ".#.", ".#.", "###"),
    "2": ("###", "..#", "###", "#..", "###"), "3": ("###", "..#", "###", "..#", "###"),
    "4": ("#.#", "#.#", "###", "..#", "..#"), "5": ("###", "#..", "###", "..#", "###"),
    "6": ("###", "#..", "###", "#.#", "###"), "7": ("###", "..#", "..#", "..#", "..#"),
    "8": ("###", "#.#", "###", "#.#", "###"), "9": ("###", "#.#", "###", "..#", "###"),
    ":": (".", "#", ".", "#", "."), "+": ("...", ".#.", "###", ".#.", "..."),
    "-": ("...", "...", "###", "...", "..."), " ": (".", ".", ".", ".", "."),
}
"""3x5 pixel glyphs: the simplest font whose digits stay unambiguous when scaled up."""
ROWS = 5
CARD_LABEL = {"none": "", "green": "GREEN CARD", "yellow": "YELLOW CARD", "red": "RED CARD: finish now",
              "over": "OVER TIME: stop"}


def pixel_width(text: str) -> int:
    return sum(len(FONT.get(ch, FONT[" "])[0]) + 1 for ch in text) - 1 if text else 0


def big_text(text: str, width: int, height: int) -> str:
    """`text` drawn in block characters, scaled as large as fits in width x height cells."""
    px = max(1, pixel_width(text))
    scale = max(1, min(width // (2 * px), height // ROWS))
    sx, sy = 2 * scale, scale  # terminal cells are about twice as tall as wide
    rows = []
    for r in range(ROWS):
        parts = ["".join(("█" if p == "#" else " ") * sx for p in FONT.get(ch, FONT[" "])[r]) for ch in text]
        line = (" " * sx).join(parts)
        rows.extend([line] * sy)
    return "\n".join(rows)


class BigClock(Widget):
    """Elapsed time in the pixel font; its colour comes from the panel's card class."""

    text: reactive[str] = reactive("0:00")

    def render(self) -> Text:
        return Text(big_text(self.text, self.content_size.width, self.content_size.height), no_wrap=True)


class TakeClock(Vertical):
    """Big elapsed clock, remaining time, and the card in words (for colour-blind speakers too)."""

    elapsed: reactive[float] = reactive(0.0)

    def __init__(self, scenario, **kwargs) -> None:
        super().__init__(**kwargs)
        self.scenario = scenario
        self.card = "none"
        self._flash = False

    def compose(self) -> ComposeResult:
        yield BigClock(id="big-clock")
        with Center():
            yield Digits(self._remaining(0.0), id="remaining")
        yield Static("", id="card-label")

    def _remaining(self, elapsed: float) -> str:
        left = self.scenario.limit_s - elapsed
        return f"-{clock(left)}" if left >= 0 else f"+{clock(-left)}"

    def watch_elapsed(self, elapsed: float) -> None:
        self.query_one(BigClock).text = clock(elapsed)
        self.query_one("#remaining", Digits).update(self._remaining(elapsed))
        card = card_for(elapsed, self.scenario)
        if card != self.card:
            self.remove_class(f"card-{self.card}")
            self.card = card
            self.add_class(f"card-{card}")
            self.query_one("#card-label", Static).update(CARD_LABEL[card])
        if card != "over":
            self.remove_class("-flash")

    def on_mount(self) -> None:
        self.add_class("card-none")
        self.set_interval(0.5, self._blink)

    def _blink(self) -> None:
        """Over time the whole panel flashes: impossible to miss, even mid-sentence."""
        if self.card == "over":
            self._flash = not self._flash
            self.set_class(self._flash, "-flash")
