"""Helpers for asserting on `rehearse analyze --json` reports, with messages that quote the audio.

A failing end-to-end test is only useful if it shows what the recogniser heard
and what evidence the analyser used: these helpers put both in the message, so
the analyser can be fixed from the test output alone.
"""

from __future__ import annotations

import re

ELEMENTS = ("why", "how", "examples", "ask")

INVENTED = ("thanks for watching", "see you next", "see you in the next", "next one", "subscribe",
            "thank you very much", "bye")
"""Whisper's stock phrases for silence and chunk ends (learned from subtitles). None of the
speeches says any of them, so if one shows up in a transcript it was invented."""


def said(report: dict, start: float = 0.0, end: float | None = None, limit: int = 1500) -> str:
    """The transcript between two times, for failure messages."""
    words = report["transcript"]["words"]
    end = report["audio_s"] if end is None else end
    return " ".join(w["word"] for w in words if start <= w["start"] <= end)[:limit]


def explain(report: dict, element: str) -> str:
    """One rubric element's verdict and evidence, plus what was heard."""
    r = report["rubric"][element]
    quotes = "; ".join(f"{e['start']:.0f}s '{e['text']}'" for e in r["evidence"][:5])
    return f"{element}: found={r['found']} count={r['count']}/{r['min']} evidence=[{quotes}]\nheard: {said(report)}"


def assert_inside(report: dict, times: list[float], what: str) -> None:
    """Every reported moment must lie inside the audio, or the UI would seek past the end."""
    for t in times:
        assert 0.0 <= t <= report["audio_s"], f"{what} at {t} s is outside the {report['audio_s']} s audio"


def plain(text: str) -> str:
    """Lower case, letters and digits only, single spaces: for counting phrases."""
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def invented_phrases(report: dict, spoken_text: str) -> dict[str, int]:
    """Stock phrases heard more often than they were spoken: {phrase: extra count}."""
    heard, spoken = plain(report["transcript"]["text"]), plain(spoken_text)
    out = {}
    for phrase in (*INVENTED, "thank you"):
        extra = heard.count(phrase) - spoken.count(phrase)
        if extra > 0:
            out[phrase] = extra
    return out


def number_ok(value) -> bool:
    """A JSON number that is not a bool (True is an int in Python)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)
