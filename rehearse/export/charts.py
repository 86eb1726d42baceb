"""Inline SVG charts for the HTML report: pace over time with its band, and loudness.

Hand-made SVG, not a plotting library: the file stays self-contained and tiny,
prints sharply at any size, and needs nothing installed on the machine that
opens it. The target is drawn with the data (the pace band as a green strip,
the "too quiet" line), so a speaker sees where they left it, not just a curve.
"""

from __future__ import annotations

from collections.abc import Sequence

from rehearse.core.report_model import Report
from rehearse.core.timing import clock
from rehearse.core.voice import QUIET_DBFS
from rehearse.export.markup import Markup, el

W, H = 720, 190
LEFT, RIGHT, TOP, BOTTOM = 46, 12, 12, 30
FLOOR_DB = -60.0
"""Loudness below this is silence; the report stores -200 for digital silence."""


class Frame:
    """Maps data (seconds, value) to SVG coordinates inside the plot area."""

    def __init__(self, t_max: float, lo: float, hi: float):
        self.t_max, self.lo, self.hi = max(t_max, 1.0), lo, hi

    def x(self, t: float) -> float:
        return round(LEFT + (W - LEFT - RIGHT) * min(max(t, 0.0), self.t_max) / self.t_max, 1)

    def y(self, v: float) -> float:
        v = min(max(v, self.lo), self.hi)
        return round(TOP + (H - TOP - BOTTOM) * (self.hi - v) / (self.hi - self.lo), 1)


def _axes(f: Frame, y_ticks: Sequence[float], unit: str) -> list[Markup]:
    parts = [el("rect", x=LEFT, y=TOP, width=W - LEFT - RIGHT, height=H - TOP - BOTTOM, fill="none",
                stroke="#c9cfd8")]
    for v in y_ticks:
        parts.append(el("line", x1=LEFT, x2=W - RIGHT, y1=f.y(v), y2=f.y(v), stroke="#eceff3"))
        parts.append(el("text", f"{v:g}", x=LEFT - 6, y=f.y(v) + 4, text_anchor="end"))
    step = next(s for s in (10, 15, 30, 60, 120, 300, 600, 1800, 3600) if f.t_max / s <= 10)
    t = 0.0
    while t <= f.t_max + 0.01:
        parts.append(el("text", clock(t), x=f.x(t), y=H - BOTTOM + 16, text_anchor="middle"))
        t += step
    parts.append(el("text", unit, x=4, y=TOP + 10))
    return parts


def _line(f: Frame, points: list[tuple[float, float]], colour: str) -> list[Markup]:
    if not points:
        return []
    coords = " ".join(f"{f.x(t)},{f.y(v)}" for t, v in points)
    dots = [el("circle", cx=f.x(t), cy=f.y(v), r=2.5, fill=colour) for t, v in points] if len(points) < 80 else []
    return [el("polyline", points=coords, fill="none", stroke=colour, stroke_width=2), *dots]


def _svg(label: str, *parts) -> Markup:
    return el("svg", el("title", label), *parts, xmlns="http://www.w3.org/2000/svg", viewBox=f"0 0 {W} {H}",
              role="img", aria_label=label)


def pace_chart(report: Report) -> Markup | None:
    """Words per minute in each rolling window, over the band; None without enough data."""
    points = [(float(p.start), float(p.wpm)) for p in report.pace.rolling]
    if not points:
        return None
    # Each value covers a window from its start; the last window ends where speech ends, which
    # gives the window length, so points sit at window middles (under the words they count).
    half = max(0.0, float(report.speech_end_s) - points[-1][0]) / 2
    points = [(t + half, v) for t, v in points]
    lo_band, hi_band = (float(v) for v in report.pace.band)
    hi = max(220.0, max(v for _, v in points) + 20)
    f = Frame(float(report.audio_s or points[-1][0] + 10), 0.0, hi)
    band = el("rect", x=LEFT, y=f.y(hi_band), width=W - LEFT - RIGHT, height=round(f.y(lo_band) - f.y(hi_band), 1),
              fill="#dff3e4")
    label = el("text", f"target {lo_band:g}-{hi_band:g} wpm", x=W - RIGHT - 6, y=f.y(hi_band) + 13, text_anchor="end",
               fill="#1f7a3f")
    ticks = [v for v in (0, 50, 100, 150, 200, 250, 300) if v <= hi]
    return _svg(f"Pace over time (words per minute in a moving window), band {lo_band:g}-{hi_band:g} words per minute",
                band, *_axes(f, ticks, "wpm"), label, *_line(f, points, "#2456b3"))


def loudness_chart(report: Report, step_s: float = 1.0) -> Markup | None:
    """Loudness (dBFS) per second, with the 'too quiet' line; None when not measured."""
    values = report.voice.loudness_db
    if len(values) < 2:
        return None
    points = [(i * step_s, max(FLOOR_DB, float(v))) for i, v in enumerate(values)]
    f = Frame(len(values) * step_s, FLOOR_DB, 0.0)
    quiet = el("line", x1=LEFT, x2=W - RIGHT, y1=f.y(QUIET_DBFS), y2=f.y(QUIET_DBFS), stroke="#b3261e",
               stroke_dasharray="5 4")
    label = el("text", f"too quiet below {QUIET_DBFS:g} dBFS", x=W - RIGHT - 6, y=f.y(QUIET_DBFS) + 14,
               text_anchor="end", fill="#b3261e")
    return _svg("Loudness over time in dBFS, one point per second",
                *_axes(f, [0, -20, -40, -60], "dBFS"), quiet, label, *_line(f, points, "#6b3fa0"))
