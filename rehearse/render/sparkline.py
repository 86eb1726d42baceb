"""A pace-over-time sparkline with the band, in plain characters (terminal, TUI and Markdown)."""

from __future__ import annotations

BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float], low: float, high: float, width: int = 60) -> list[tuple[str, str]]:
    """(character, kind) pairs: kind is slow, ok or fast against the band [low, high]."""
    if not values:
        return []
    if len(values) > width:
        step = len(values) / width
        values = [values[int(i * step)] for i in range(width)]
    top = max(max(values), high * 1.2)
    out = []
    for v in values:
        idx = min(len(BARS) - 1, max(0, int(v / top * (len(BARS) - 1) + 0.5)))
        kind = "slow" if v < low else "fast" if v > high else "ok"
        out.append((BARS[idx], kind))
    return out
