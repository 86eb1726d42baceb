"""The three most useful things to fix, in plain words.

Research on rehearsal feedback: a short, personal report afterwards teaches more
than a dense dashboard. So we rank every problem found and keep the top three,
content first (a missing ask loses the room), delivery after.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from rehearse.core.fix_texts import fix_text
from rehearse.core.report_model import Report, ReportLike, as_report
from rehearse.core.timing import clock

ELEMENT_FIXES = ("ask", "examples", "why", "how")
"""The structural elements with a fix of their own, in the order they rank."""


def reviewed_fixes(report: ReportLike, found: Mapping[str, bool]) -> list[str]:
    """The fixes once an instructor's overrides are applied (`found`: element id -> counts or not).

    An element the instructor marked as missing earns its fix; one marked as present loses it.
    """
    report = as_report(report)
    if all(r.found == found.get(key, r.found) for key, r in report.rubric.items()):
        return list(report.fixes)
    rubric = {k: replace(r, found=found.get(k, r.found)) for k, r in report.rubric.items()}
    return top_fixes(replace(report, rubric=rubric), report.audience or fix_text(_spoken(report), "audience"))


def _spoken(report: Report) -> str:
    return report.transcript.language or "en"


def top_fixes(report: Report, audience: str, limit: int = 3) -> list[str]:
    """Ranked fixes for a report, most important first, in the take's spoken language."""
    t = _spoken(report)
    if report.no_speech:
        return [fix_text(t, "no_speech")]
    fixes = _content(report, audience)
    if report.over_limit:
        over = report.duration_s - report.limit_s
        fixes.append(fix_text(t, "cut", over=int(over + 0.999), spoke=clock(report.duration_s), limit=clock(report.limit_s)))
    opening = report.opening
    if not opening.ok:
        missing = fix_text(t, "and").join(fix_text(t, f"opening_{key}") for key, said
                                          in (("purpose", opening.purpose), ("ask", opening.ask)) if not said)
        fixes.append(fix_text(t, "bluf", missing=missing, window=int(opening.window_s)))
    return (fixes + _delivery(report) + _words(report))[:limit]


def _content(report: Report, audience: str) -> list[str]:
    t, fixes = _spoken(report), []
    for key in ELEMENT_FIXES:
        r = report.rubric.get(key)
        if r is not None and not r.found:
            fixes.append(fix_text(t, key, audience=audience, min=r.min, count=r.count))
    for key, r in report.rubric.items():
        if key not in ELEMENT_FIXES and not r.found:
            fixes.append(fix_text(t, "cover", label=r.label))
    return fixes


def _delivery(report: Report) -> list[str]:
    t, fixes = _spoken(report), []
    pace = report.pace
    if pace.verdict == "fast":
        fixes.append(fix_text(t, "fast", wpm=f"{pace.wpm:.0f}", top=f"{pace.band[1]:.0f}"))
    elif pace.verdict == "slow":
        fixes.append(fix_text(t, "slow", wpm=f"{pace.wpm:.0f}", bottom=f"{pace.band[0]:.0f}"))
    long_pauses = report.pauses.long
    if len(long_pauses) >= 2:
        times = ", ".join(clock(p.start) for p in long_pauses[:3])
        fixes.append(fix_text(t, "pauses", n=len(long_pauses), times=times))
    fillers = report.fillers
    if fillers.band == "needs work" or fillers.per_minute > 5:
        fixes.append(fix_text(t, "fillers", count=fillers.count, percent=f"{fillers.percent_of_words:.0f}"))
    return fixes


def _words(report: Report) -> list[str]:
    t, fixes = _spoken(report), []
    lang, voice = report.language, report.voice
    if lang.gendered:
        pairs = ", ".join(f"'{g.term}' -> '{g.suggestion}'" for g in lang.gendered[:3])
        fixes.append(fix_text(t, "gendered", pairs=pairs))
    if len(lang.hedges) >= 3:
        fixes.append(fix_text(t, "hedges", n=len(lang.hedges), term=lang.hedges[0].term))
    for flag, key in ((voice.too_quiet, "quiet"), (voice.monotone, "monotone"), (voice.trails_off, "trails_off")):
        if flag:
            fixes.append(fix_text(t, key))
    if lang.repetition:
        fixes.append(fix_text(t, "repetition", phrase=lang.repetition[0].phrase, count=lang.repetition[0].count))
    return fixes
