"""The three most useful things to fix, in plain words.

Research on rehearsal feedback: a short, personal report afterwards teaches more
than a dense dashboard. So we rank every problem found and keep the top three,
content first (a missing ask loses the room), delivery after.
"""

from __future__ import annotations

from rehearse.core.timing import clock

ELEMENT_FIXES = {
    "ask": "End with a clear ask: tell {audience} exactly what decision you need, e.g. 'I ask you to sign the directive today.'",
    "examples": "Give at least {min} practical examples (you gave {count}): say who does what, where and by when.",
    "why": "Say why it matters to the mission: the operational benefit for {audience}, not only the principle.",
    "how": "Say how to do it: name the mechanisms (planning, orders, reporting, focal points, training).",
}


def reviewed_fixes(report: dict, found: dict[str, bool]) -> list[str]:
    """The fixes once an instructor's overrides are applied (`found`: element id -> counts or not).

    An element the instructor marked as missing earns its fix; one marked as present loses it.
    """
    if all(bool(r.get("found")) == found.get(key, bool(r.get("found"))) for key, r in report.get("rubric", {}).items()):
        return list(report.get("fixes", []))
    rubric = {k: {**r, "found": found.get(k, r.get("found"))} for k, r in report.get("rubric", {}).items()}
    return top_fixes({**report, "rubric": rubric}, str(report.get("audience") or "the audience"))


def top_fixes(report: dict, audience: str, limit: int = 3) -> list[str]:
    """Ranked fixes from a report dict (the JSON form), most important first."""
    if report.get("no_speech"):
        return ["No speech was heard: check the microphone and its level, then record again."]
    fixes: list[str] = []
    rubric = report.get("rubric", {})
    for key in ("ask", "examples", "why", "how"):
        r = rubric.get(key)
        if r and not r["found"] and key in ELEMENT_FIXES:
            fixes.append(ELEMENT_FIXES[key].format(audience=audience, min=r["min"], count=r["count"]))
    for key, r in rubric.items():
        if key not in ELEMENT_FIXES and not r["found"]:
            fixes.append(f"Cover '{r['label']}': it was not found in the speech.")
    if report.get("over_limit"):
        over = report["duration_s"] - report["limit_s"]
        fixes.append(
            f"Cut about {int(over + 0.999)} s: you spoke {clock(report['duration_s'])} against a hard {clock(report['limit_s'])}."
        )
    opening = report.get("opening", {})
    if opening and not opening.get("ok", True):
        missing = " and ".join(k for k in ("purpose", "ask") if not opening.get(k))
        fixes.append(f"Bottom line up front: state your {missing} in the first {int(opening.get('window_s', 30))} seconds.")
    pace = report.get("pace", {})
    if pace.get("verdict") == "fast":
        fixes.append(f"Slow down: {pace['wpm']:.0f} words a minute is above {pace['band'][1]:.0f}; pause after each point.")
    elif pace.get("verdict") == "slow":
        fixes.append(f"Pick up the pace: {pace['wpm']:.0f} words a minute is below {pace['band'][0]:.0f}.")
    long_pauses = report.get("pauses", {}).get("long", [])
    if len(long_pauses) >= 2:
        times = ", ".join(clock(p["start"]) for p in long_pauses[:3])
        fixes.append(f"Cut the long silences ({len(long_pauses)} of 2 s or more, at {times}): know your next point.")
    fillers = report.get("fillers", {})
    if fillers.get("band") == "needs work" or fillers.get("per_minute", 0) > 5:
        fixes.append(f"Replace fillers with a silent pause: at least {fillers['count']} heard ({fillers['percent_of_words']:.0f}% of words).")
    gendered = report.get("language", {}).get("gendered", [])
    if gendered:
        pairs = ", ".join(f"'{g['term']}' -> '{g['suggestion']}'" for g in gendered[:3])
        fixes.append(f"Use gender-neutral terms: {pairs}.")
    hedges = report.get("language", {}).get("hedges", [])
    if len(hedges) >= 3:
        fixes.append(f"Drop the hedges ({len(hedges)}, e.g. '{hedges[0]['term']}'): state recommendations firmly.")
    voice = report.get("voice", {})
    if voice.get("too_quiet"):
        fixes.append("Speak up or move closer to the microphone: the take is very quiet.")
    if voice.get("monotone"):
        fixes.append("Vary your voice: stress the key words and the ask; the pitch stays flat.")
    if voice.get("trails_off"):
        fixes.append("Keep your volume to the end: the last third is much quieter than the start.")
    repeats = report.get("language", {}).get("repetition", [])
    if repeats:
        fixes.append(f"Vary your wording: '{repeats[0]['phrase']}' comes {repeats[0]['count']} times.")
    return fixes[:limit]
