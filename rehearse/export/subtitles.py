"""SRT and WebVTT subtitles from the transcript, so a take replays with its words in any player.

Cues follow subtitling norms: a new cue at each sentence end or long pause,
at most `MAX_CUE_S` on screen, at most two lines of `MAX_LINE_CHARS`. Cue
times come from the words (start of the first, end of the last), are kept in
order and never overlap, because players drop or garble overlapping cues.
WebVTT text is escaped (`&`, `<`, `>`), since it is parsed like HTML; SRT has
no escapes, so only what would break its structure ('-->', blank lines) is
neutralised.
"""

from __future__ import annotations

from dataclasses import dataclass

from rehearse.core.report_model import ReportLike, as_report

MAX_CUE_S = 7.0
MAX_LINE_CHARS = 42
MAX_LINES = 2
GAP_S = 1.0
"""A silence this long starts a new cue: the old words should not hang on screen through it."""
MIN_CUE_S = 0.7
"""Shortest time a cue stays up (if the next cue allows it): a one-word cue must be readable."""
SENTENCE_END = (".", "?", "!", "…")


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    lines: tuple[str, ...]


def wrap(words: list[str], width: int = MAX_LINE_CHARS) -> list[str]:
    """Greedy line filling; a word longer than a line is cut into line-sized pieces."""
    lines: list[str] = []
    for word in words:
        while len(word) > width:
            lines.append(word[:width])
            word = word[width:]
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        elif word:
            lines.append(word)
    return lines


def _words(report: ReportLike) -> list[tuple[float, float, str]]:
    out = []
    for w in as_report(report).transcript.words:
        text = " ".join(w.word.split())
        if text:
            start = max(0.0, float(w.start))
            out.append((start, max(start, float(w.end)), text))
    out.sort(key=lambda x: x[0])
    return out


def build_cues(report: ReportLike) -> list[Cue]:
    """Cues over the report's transcript words, in time order, non-overlapping."""
    groups: list[list[tuple[float, float, str]]] = []
    current: list[tuple[float, float, str]] = []
    for word in _words(report):
        if current:
            too_long = word[1] - current[0][0] > MAX_CUE_S
            too_wide = len(wrap([w[2] for w in current] + [word[2]])) > MAX_LINES
            if too_long or too_wide or word[0] - current[-1][1] >= GAP_S:
                groups.append(current)
                current = []
        current.append(word)
        if word[2].endswith(SENTENCE_END):
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    cues: list[Cue] = []
    for i, group in enumerate(groups):
        start = max(group[0][0], cues[-1].end if cues else 0.0)
        nxt = groups[i + 1][0][0] if i + 1 < len(groups) else None
        end = min(max(group[-1][1], start + MIN_CUE_S), start + MAX_CUE_S)
        if nxt is not None:
            end = max(min(end, nxt), start + 0.001)
        cues.append(Cue(round(start, 3), round(end, 3), tuple(wrap([w[2] for w in group]))))
    return cues


def stamp(seconds: float, sep: str) -> str:
    """'00:01:02,345' (SRT, sep=',') or '00:01:02.345' (WebVTT, sep='.')."""
    ms = int(round(max(0.0, seconds) * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def render_srt(report: ReportLike) -> str:
    blocks = []
    for n, cue in enumerate(build_cues(report), 1):
        text = "\n".join(line.replace("-->", "→") for line in cue.lines)
        blocks.append(f"{n}\n{stamp(cue.start, ',')} --> {stamp(cue.end, ',')}\n{text}\n")
    return "\n".join(blocks)


def vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_vtt(report: ReportLike) -> str:
    blocks = ["WEBVTT\n"]
    for cue in build_cues(report):
        text = "\n".join(vtt_escape(line) for line in cue.lines)
        blocks.append(f"{stamp(cue.start, '.')} --> {stamp(cue.end, '.')}\n{text}\n")
    return "\n".join(blocks)
