"""What one take gained and lost against another, in plain words.

A syndicate that records five takes wants "take 3 lost the ask; gained a third
example", not a table of deltas: the sentence says what to keep and what to put
back. Content changes come first (they decide the exercise), then time, pace,
fillers, pauses and word choice. Small wobbles (a filler more or less) are not
mentioned: every line should be worth acting on.
"""

from __future__ import annotations

from rehearse.core.metrics import TakeMetrics
from rehearse.core.timing import clock

ELEMENT_NAMES = {"why": "the why", "how": "the how", "examples": "the examples", "ask": "the ask"}
"""Short names for the MINUSMA rubric; other scenarios' elements use their label."""

ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

FILLERS_PER_MIN_STEP = 1.0
"""Fillers per minute must move at least this much to be worth a sentence (ASR misses some anyway)."""
HEDGE_STEP = 2


def element_name(key: str, label: str = "") -> str:
    if key in ELEMENT_NAMES:
        return ELEMENT_NAMES[key]
    text = label or key
    return f"'{text[:1].lower()}{text[1:]}'"


def join(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _examples(a: int, b: int) -> str:
    if b > a:
        if b - a == 1:
            nth = ORDINALS[b] if b < len(ORDINALS) else f"{b}th"
            return f"gained a {nth} example"
        return f"gained {b - a} examples (now {b})"
    n = a - b
    return f"lost {'an example' if n == 1 else f'{n} examples'} ({a} → {b})"


def _content(a: TakeMetrics, b: TakeMetrics) -> tuple[list[str], list[str]]:
    lost: list[str] = []
    gained: list[str] = []
    for key, jb in b.rubric.items():
        ja = a.rubric.get(key)
        if ja is None or ja.found == jb.found or key == "examples":
            continue
        (gained if jb.found else lost).append(element_name(key, jb.label))
    out_lost = [f"lost {join(lost)}"] if lost else []
    out_gained = [f"gained {join(gained)}"] if gained else []
    if "examples" in a.rubric and "examples" in b.rubric and a.examples != b.examples:
        (out_gained if b.examples > a.examples else out_lost).append(_examples(a.examples, b.examples))
    return out_lost, out_gained


def _delivery(a: TakeMetrics, b: TakeMetrics) -> list[str]:
    out = []
    if a.within_time and not b.within_time:
        out.append(f"went over time ({clock(b.duration_s)} of {clock(b.limit_s)})")
    elif b.within_time and not a.within_time:
        out.append(f"came back within time ({clock(b.duration_s)})")
    if a.pace_in_band and not b.pace_in_band:
        out.append(f"pace drifted too {'fast' if b.wpm > b.band[1] else 'slow'} ({b.wpm:.0f} wpm)")
    elif b.pace_in_band and not a.pace_in_band:
        out.append(f"pace back in band ({b.wpm:.0f} wpm)")
    if b.fillers_per_min <= a.fillers_per_min - FILLERS_PER_MIN_STEP:
        out.append(f"cut fillers ({a.fillers} → {b.fillers})")
    elif b.fillers_per_min >= a.fillers_per_min + FILLERS_PER_MIN_STEP:
        out.append(f"more fillers ({a.fillers} → {b.fillers})")
    if b.long_pauses != a.long_pauses:
        word = "fewer" if b.long_pauses < a.long_pauses else "more"
        out.append(f"{word} long pauses ({a.long_pauses} → {b.long_pauses})")
    if a.opening_ok != b.opening_ok:
        out.append("put the bottom line up front" if b.opening_ok else "lost the bottom line up front")
    return out


def _words(a: TakeMetrics, b: TakeMetrics) -> list[str]:
    out = []
    if a.gendered and not b.gendered:
        out.append("dropped the gendered terms")
    elif b.gendered > a.gendered:
        out.append(f"used gendered terms ({a.gendered} → {b.gendered})")
    if abs(b.hedges - a.hedges) >= HEDGE_STEP:
        out.append(f"{'fewer' if b.hedges < a.hedges else 'more'} hedges ({a.hedges} → {b.hedges})")
    return out


def changes(before: TakeMetrics, after: TakeMetrics) -> list[str]:
    """Phrases for what `after` lost and gained relative to `before` (losses first); [] if nothing."""
    if not (before.has_report and after.has_report):
        return []
    if after.no_speech and not before.no_speech:
        return ["has no speech"]
    lost, gained = _content(before, after)
    return lost + gained + _delivery(before, after) + _words(before, after)


def describe_change(label: str, before: TakeMetrics, after: TakeMetrics, before_label: str = "") -> str:
    """'take 3 lost the ask; gained a third example' (or 'changed little from take 2')."""
    if not (before.has_report and after.has_report):
        return f"{label} cannot be compared: it has no report yet"
    parts = changes(before, after)
    if not parts:
        return f"{label} changed little" + (f" from {before_label}" if before_label else "")
    return f"{label} " + "; ".join(parts)
