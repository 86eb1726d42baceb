"""The three most useful things to fix, in plain words.

Research on rehearsal feedback: a short, personal report afterwards teaches more
than a dense dashboard. So we rank every problem found and keep the top three,
content first (a missing ask loses the room), delivery after.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from rehearse.core.report_model import Report, ReportLike, as_report
from rehearse.core.timing import clock

ELEMENT_FIXES = {
    "ask": "End with a clear ask: tell {audience} exactly what decision you need, e.g. 'I ask you to sign the directive today.'",
    "examples": "Give at least {min} practical examples (you gave {count}): say who does what, where and by when.",
    "why": "Say why it matters to the mission: the operational benefit for {audience}, not only the principle.",
    "how": "Say how to do it: name the mechanisms (planning, orders, reporting, focal points, training).",
}


def reviewed_fixes(report: ReportLike, found: Mapping[str, bool]) -> list[str]:
    """The fixes once an instructor's overrides are applied (`found`: element id -> counts or not).

    An element the instructor marked as missing earns its fix; one marked as present loses it.
    """
    report = as_report(report)
    if all(r.found == found.get(key, r.found) for key, r in report.rubric.items()):
        return list(report.fixes)
    rubric = {k: replace(r, found=found.get(k, r.found)) for k, r in report.rubric.items()}
    return top_fixes(replace(report, rubric=rubric), report.audience or "the audience")


def top_fixes(report: Report, audience: str, limit: int = 3) -> list[str]:
    """Ranked fixes for a report, most important first."""
    if report.no_speech:
        return ["No speech was heard: check the microphone and its level, then record again."]
    fixes = _content(report, audience)
    if report.over_limit:
        over = report.duration_s - report.limit_s
        fixes.append(
            f"Cut about {int(over + 0.999)} s: you spoke {clock(report.duration_s)} against a hard {clock(report.limit_s)}."
        )
    opening = report.opening
    if not opening.ok:
        missing = " and ".join(k for k, said in (("purpose", opening.purpose), ("ask", opening.ask)) if not said)
        fixes.append(f"Bottom line up front: state your {missing} in the first {int(opening.window_s)} seconds.")
    return (fixes + _delivery(report) + _words(report))[:limit]


def _content(report: Report, audience: str) -> list[str]:
    fixes = []
    for key in ("ask", "examples", "why", "how"):
        r = report.rubric.get(key)
        if r is not None and not r.found:
            fixes.append(ELEMENT_FIXES[key].format(audience=audience, min=r.min, count=r.count))
    for key, r in report.rubric.items():
        if key not in ELEMENT_FIXES and not r.found:
            fixes.append(f"Cover '{r.label}': it was not found in the speech.")
    return fixes


def _delivery(report: Report) -> list[str]:
    fixes = []
    pace = report.pace
    if pace.verdict == "fast":
        fixes.append(f"Slow down: {pace.wpm:.0f} words a minute is above {pace.band[1]:.0f}; pause after each point.")
    elif pace.verdict == "slow":
        fixes.append(f"Pick up the pace: {pace.wpm:.0f} words a minute is below {pace.band[0]:.0f}.")
    long_pauses = report.pauses.long
    if len(long_pauses) >= 2:
        times = ", ".join(clock(p.start) for p in long_pauses[:3])
        fixes.append(f"Cut the long silences ({len(long_pauses)} of 2 s or more, at {times}): know your next point.")
    fillers = report.fillers
    if fillers.band == "needs work" or fillers.per_minute > 5:
        fixes.append(f"Replace fillers with a silent pause: at least {fillers.count} heard ({fillers.percent_of_words:.0f}% of words).")
    return fixes


def _words(report: Report) -> list[str]:
    fixes = []
    lang, voice = report.language, report.voice
    if lang.gendered:
        pairs = ", ".join(f"'{g.term}' -> '{g.suggestion}'" for g in lang.gendered[:3])
        fixes.append(f"Use gender-neutral terms: {pairs}.")
    if len(lang.hedges) >= 3:
        fixes.append(f"Drop the hedges ({len(lang.hedges)}, e.g. '{lang.hedges[0].term}'): state recommendations firmly.")
    if voice.too_quiet:
        fixes.append("Speak up or move closer to the microphone: the take is very quiet.")
    if voice.monotone:
        fixes.append("Vary your voice: stress the key words and the ask; the pitch stays flat.")
    if voice.trails_off:
        fixes.append("Keep your volume to the end: the last third is much quieter than the start.")
    if lang.repetition:
        fixes.append(f"Vary your wording: '{lang.repetition[0].phrase}' comes {lang.repetition[0].count} times.")
    return fixes
