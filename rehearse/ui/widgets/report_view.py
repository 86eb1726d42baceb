"""The two halves of the report screen: the verdict (left) and the replayable moments (right).

The verdict reads top to bottom in the order a coach would give it: did you
keep to time, did the speech do its job (checklist), how did it sound (pace),
and the three things to fix first. Everything is built from the typed report
(`rehearse.core.report_model.Report`), the model behind the JSON that
`rehearse analyze --json` prints and the store saves.
"""

from __future__ import annotations

import textwrap

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from rehearse.core.fix_texts import fix_text
from rehearse.core.report_model import Report
from rehearse.core.report_parts import RubricElement
from rehearse.core.review import Review, effective_rubric
from rehearse.core.timing import clock
from rehearse.render.sparkline import sparkline
from rehearse.render.terminal import CARD_STYLE, KIND_STYLE
from rehearse.session.moments import Moment, quote, report_moments

EVIDENCE_CHARS = 44
"""One quote per checklist line, short enough not to wrap in half of a 120-column screen."""
MOMENT_STYLE = {"good": "green", "warn": "yellow", "bad": "bold red", "": ""}
COMMENTS_SHOWN = 6
"""Comments listed under the verdict; the replay screen's flag list holds every one."""
VERDICT_STYLE = {"ready": "bold green", "nearly ready": "bold yellow", "not ready": "bold red"}
STATUS_NOTE = {
    "interrupted": "INTERRUPTED take: recording stopped early; the report covers what was saved.",
    "recovered": "RECOVERED take: rebuilt after a crash; the end of the speech may be missing.",
}


def _time(r: Report) -> Text:
    t = Text()
    t.append("Time  ", style="bold")
    t.append(f"{clock(r.duration_s)} / {clock(r.limit_s)}", style="bold")
    t.append("  ")
    if r.card == "none":
        t.append(" within time ", style="bold green")
    else:
        t.append(f" {r.card.upper()} CARD ", style=CARD_STYLE.get(r.card, ""))
    if r.over_limit:
        t.append(f"  over by {r.over_by_s:.0f} s", style="bold red")
    t.append(f"\n      {r.words} words, take {clock(r.audio_s)}\n", style="dim")
    return t


MAX_EVIDENCE = 5
"""Examples are listed one by one (who · does · where/when), so the speaker sees which ones counted."""


def ev_notes(element: RubricElement) -> bool:
    return any(ev.note for ev in element.evidence)


def _checklist(r: Report, review: Review | None = None) -> Text:
    t = Text()
    t.append("\nChecklist\n", style="bold")
    judged = effective_rubric(r, review)
    for key, e in r.rubric.items():
        j = judged[key]
        t.append(" ✔ " if j.found else " ✘ ", style="bold green" if j.found else "bold red")
        t.append(e.label, style="" if j.found else "red")
        t.append(f"  {e.count}/{e.min}\n", style="dim")
        if j.overridden:
            t.append(f"     instructor: {'found' if j.found else 'not found'}", style="bold cyan")
            t.append(f" (automatic: {'found' if j.auto_found else 'not found'})"
                     + (f" · {j.note}" if j.note else "") + "\n", style="cyan")
        for ev in e.evidence[:MAX_EVIDENCE if ev_notes(e) else 1]:
            t.append(f"     {clock(ev.start)} {quote(ev.text, EVIDENCE_CHARS)}\n", style="dim")
            if ev.note:
                for line in textwrap.wrap(ev.note, EVIDENCE_CHARS):
                    t.append(f"       {line}\n", style="cyan")
        if not j.found and e.near_misses:
            miss = e.near_misses[0]
            t.append(f"     almost, at {clock(miss.start)}: {quote(miss.text, EVIDENCE_CHARS)}\n", style="dim")
            for line in textwrap.wrap(f"missing: {miss.note}", EVIDENCE_CHARS):
                t.append(f"       {line}\n", style="yellow")
    o = r.opening
    t.append(" ✔ " if o.ok else " ✘ ", style="bold green" if o.ok else "bold yellow")
    t.append(fix_text(r.transcript.language, "opening_check", window=int(o.window_s)) + "\n")
    return t


def _pace(r: Report) -> Text:
    p, pauses, fillers = r.pace, r.pauses, r.fillers
    low, high = p.band
    t = Text()
    t.append("\nPace  ", style="bold")
    t.append(f"{p.wpm:.0f} wpm", style=f"bold {KIND_STYLE[p.verdict]}")
    t.append(f"  {p.verdict} (band {low:.0f}-{high:.0f})\n", style="dim")
    t.append("      ")
    for ch, kind in sparkline([x.wpm for x in p.rolling], low, high, 44):
        t.append(ch, style=KIND_STYLE[kind])
    t.append("  rolling 20 s: ", style="dim")
    for kind, word in (("slow", "slow "), ("ok", "in band "), ("fast", "fast")):
        t.append(word, style=KIND_STYLE[kind])
    t.append(f"\n      long pauses {len(pauses.long)}  ·  fillers ≥{fillers.count} ({fillers.band})\n"
             f"      hedges {len(r.language.hedges)}  ·  gendered terms {len(r.language.gendered)}"
             "  (all in Moments →)\n", style="dim")
    return t


def _fixes(r: Report) -> Text:
    t = Text()
    t.append("\nTop fixes\n", style="bold")
    fixes = r.fixes[:3]
    for i, fix in enumerate(fixes, 1):
        t.append(f" {i}. ", style="bold")
        t.append(f"{fix}\n")
    if not fixes:
        t.append(" Nothing major: polish the delivery and rehearse again.\n")
    return t


def review_text(review: Review | None) -> Text:
    """The instructor's verdict, grade, words and comments: what the trainee reads first after the time."""
    t = Text()
    if review is None or review.empty:
        return t
    t.append("\nInstructor", style="bold cyan")
    if review.reviewer:
        t.append(f"  {review.reviewer}", style="cyan")
    t.append("\n")
    head = " · ".join(x for x in (review.verdict, review.grade and f"grade {review.grade}") if x)
    if head:
        t.append(f" {head}\n", style=VERDICT_STYLE.get(review.verdict.strip().lower(), "bold"))
    if review.summary:
        t.append(f" {review.summary}\n")
    for c in review.comments[:COMMENTS_SHOWN]:
        t.append(f" {clock(c.time):>5} ", style="bold cyan")
        t.append(f"{c.text}\n")
    if len(review.comments) > COMMENTS_SHOWN:
        t.append(f"       and {len(review.comments) - COMMENTS_SHOWN} more comments (replay lists them all)\n",
                 style="dim")
    return t


def summary_text(report: Report, status: str = "complete", note: str | None = None,
                 review: Review | None = None) -> Text:
    t = Text()
    if status in STATUS_NOTE:
        t.append(f"⚠ {STATUS_NOTE[status]}\n", style="bold yellow")
    if note:
        t.append(f"⚠ {note}\n", style="yellow")
    if review is not None and review.note:
        t.append(f"⚠ {review.note}\n", style="yellow")
    if report.no_speech:
        t.append("No speech was heard in this take.\n", style="bold red")
        return t + review_text(review) + _fixes(report)
    return (t + _time(report) + review_text(review) + _checklist(report, review) + _pace(report)
            + _fixes(report))


class MomentList(OptionList):
    """Every timed item; selecting one plays that moment of the take."""

    BINDINGS = [Binding("enter", "select", "Listen")]
    """Same key as OptionList's, but shown in the footer: listening back is the point of the list."""

    def show_report(self, report: Report) -> list[Moment]:
        self.clear_options()
        moments = report_moments(report)
        section = None
        options: list[Option] = []
        for i, m in enumerate(moments):
            if m.section != section:
                section = m.section
                options.append(Option(Text(section, style="bold underline"), disabled=True))
            line = Text.assemble((f"{m.when:>5}  ", "bold"), no_wrap=True, overflow="ellipsis")
            line.append(m.text, style=MOMENT_STYLE[m.style])
            options.append(Option(line, id=f"m{i}"))
        if not moments:
            options.append(Option(Text("Nothing timed to replay.", style="dim"), disabled=True))
        self.add_options(options)
        return moments
