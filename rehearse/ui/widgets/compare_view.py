"""What the compare screen draws, as Rich text: delta cells, the marked transcript diff, progress bars.

Kept apart from the screen so the drawing is plain functions of the core's
results (`Comparison`, `DiffPart`s, `Progress` points) that a test can call.
Colour is never the only signal: a worse delta is red *and* keeps its sign,
and the diff keeps wdiff's [-removed-] / {+added+} marks, so the screen reads
on a monochrome projector and in a screenshot pasted into a report.
"""

from __future__ import annotations

from rich.text import Text

from rehearse.core.textdiff import DiffPart, diff_stats, similarity
from rehearse.core.timing import clock

CONTEXT = 8
"""Unchanged words kept either side of a change; longer unchanged runs fold to '… n words …'."""
BAR = 18
BETTER_STYLE = {True: "bold green", False: "bold red", None: ""}


def delta_cell(value: str, delta: str, better: bool | None, best: bool = False) -> Text:
    """'4:32 of 5:00 (+12 s)', green when the change from the previous take is better, red when worse."""
    t = Text(value, style="bold" if best else "")
    if delta and delta != "=":
        t.append(f"  {delta}", style=BETTER_STYLE[better] or "dim")
        t.append({True: " ▲", False: " ▼", None: ""}[better], style=BETTER_STYLE[better])
    return t


LABEL_CHARS = 34
"""Checklist labels are cut to this in the table's first column, so three takes fit in 120 columns."""


def row_name(row) -> str:
    """The first column: metric names as they are, long checklist labels cut."""
    name = row.name
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"


def short_value(name: str, value: str) -> str:
    """Cells short enough for several takes side by side: '151 wpm (in band 110-170)' -> '151 wpm in band'."""
    if name == "Pace" and " (" in value:
        wpm, verdict = value.split(" (", 1)
        return f"{wpm} " + " ".join(verdict.split(" ")[:2])  # 'in band', 'too fast', 'too slow'
    if name == "Drill":
        return value.replace(" answer first", " first")  # '2/3 in time · 1/3 first'
    if name.startswith("  ") and value == "no":
        return "✘ no"
    return value


def diff_rich(parts: list[DiffPart], context: int = CONTEXT) -> Text:
    """The newer take's words with removals struck through in red and additions in green."""
    t = Text()
    for i, p in enumerate(parts):
        if p.op == "same":
            words = list(p.new)
            if len(words) > 2 * context + 3:
                head = words[:context] if i else []
                tail = words[-context:] if i < len(parts) - 1 else []
                folded = len(words) - len(head) - len(tail)
                t.append(" ".join(head) + (" " if head else ""))
                t.append(f"… {folded} words unchanged …", style="dim italic")
                t.append((" " if tail else "") + " ".join(tail) + " ")
            else:
                t.append(" ".join(words) + " ")
            continue
        if p.old:
            t.append("[-" + " ".join(p.old) + "-]", style="red strike")
            t.append(" ")
        if p.new:
            t.append("{+" + " ".join(p.new) + "+}", style="bold green")
            t.append(" ")
    return t


def diff_heading(old: str, new: str, parts: list[DiffPart]) -> Text:
    s = diff_stats(parts)
    return Text.assemble((f"{old} → {new}", "bold"), f"   {similarity(parts):.0%} the same words · ",
                         (f"{s['removed']} removed", "red"), " · ", (f"{s['added']} added", "green"))


def _bar(fraction: float, width: int = BAR) -> str:
    filled = max(0, min(width, int(round(fraction * width))))
    return "█" * filled + "░" * (width - filled)


def progress_rows(points: list) -> Text:
    """One row per analysed take: duration vs limit, pace vs band, fillers per minute, checklist."""
    t = Text()
    if not points:
        return Text("No analysed takes to chart.", style="dim")
    top_s = max(max(p.limit_s * 1.2 for p in points), max(p.duration_s for p in points))
    top_f = max(4.0, max(p.fillers_per_min for p in points))
    low_w, high_w = 60.0, 220.0
    t.append(f"{'take':<13}{'duration vs limit':<28}{'pace vs band':<30}{'fillers/min':<18}checklist\n",
             style="bold")
    for p in points:
        t.append(f"{p.label[:12]:<13}")
        d = _bar(p.duration_s / top_s)
        mark = int(round(p.limit_s / top_s * BAR))
        d = d[:mark] + "│" + d[mark + 1:] if mark < BAR else d
        t.append(d, style="green" if p.within_time else "red")
        t.append(f" {clock(p.duration_s):>5}{' ✔' if p.within_time else ' ✘'}  ")
        gauge = ["·"] * BAR
        lo, hi = (int((b - low_w) / (high_w - low_w) * (BAR - 1)) for b in p.band)
        for i in range(max(0, lo), min(BAR, hi + 1)):
            gauge[i] = "─"
        at = int((min(max(p.wpm, low_w), high_w) - low_w) / (high_w - low_w) * (BAR - 1))
        gauge[at] = "●"
        t.append("".join(gauge), style="green" if p.pace_in_band else "yellow")
        t.append(f" {p.wpm:>4.0f} wpm   ")
        t.append(_bar(p.fillers_per_min / top_f, 10), style="yellow")
        t.append(f" {p.fillers_per_min:>4.1f}   ")
        t.append("█" * p.covered, style="green")
        t.append("░" * (p.elements - p.covered), style="red")
        t.append(f" {p.covered}/{p.elements}\n")
    return t
