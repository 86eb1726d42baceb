"""The human form of `rehearse analyze`: a clear, coloured report in the terminal.

It reads the typed report (`rehearse.core.report_model`); `print_report` also
takes the report's JSON dict (what `rehearse record` holds), read partially.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from rehearse.core.fix_texts import fix_text
from rehearse.core.report_model import Report, ReportLike, as_report
from rehearse.core.script.notes import dropped_text, headline, script_notes, section_row
from rehearse.core.timing import clock
from rehearse.export.script import SECTION_HEAD
from rehearse.render.sparkline import sparkline

CARD_STYLE = {"none": "dim", "green": "bold green", "yellow": "bold yellow", "red": "bold red", "over": "bold white on red"}
KIND_STYLE = {"slow": "cyan", "ok": "green", "fast": "red"}


def _header(r: Report) -> Text:
    t = Text()
    t.append(f"{r.title or r.scenario}\n", style="bold")
    if r.file:
        t.append(f"{r.file}\n", style="dim")
    if r.no_speech:
        t.append("No speech heard in this audio.\n", style="bold red")
        return t
    t.append("Time  ")
    t.append(f"{clock(r.duration_s)} / {clock(r.limit_s)}", style="bold")
    t.append("  card ")
    t.append(f" {r.card.upper()} ", style=CARD_STYLE.get(r.card, ""))
    if r.over_limit:
        t.append(f"  over by {r.over_by_s:.0f} s", style="bold red")
    t.append(f"\nWords {r.words}   audio {clock(r.audio_s)}\n")
    return t


def _pace(r: Report) -> Text:
    p = r.pace
    t = Text("Pace  ")
    t.append(f"{p.wpm:.0f} wpm", style=KIND_STYLE[p.verdict] + " bold")
    t.append(f" ({p.verdict}; band {p.band[0]:.0f}-{p.band[1]:.0f})  articulation {p.articulation_wpm:.0f} wpm\n")
    line = sparkline([x.wpm for x in p.rolling], p.band[0], p.band[1])
    if line:
        t.append("      ")
        for ch, kind in line:
            t.append(ch, style=KIND_STYLE[kind])
        t.append("  (rolling 20 s: cyan slow, green ok, red fast)\n", style="dim")
    for s in p.stretches:
        t.append(f"      {clock(s.start)}-{clock(s.end)} too {s.kind} ({s.wpm:.0f} wpm)\n", style=KIND_STYLE[s.kind])
    return t


def _rubric(r: Report) -> Table:
    table = Table(title="Checklist", show_header=False, box=None, padding=(0, 1), title_justify="left")
    for e in r.rubric.values():
        mark = Text("✔", style="bold green") if e.found else Text("✘", style="bold red")
        label = Text(f"{e.label} ({e.count}/{e.min})", style="bold" if e.found else "red")
        table.add_row(mark, label)
        for ev in e.evidence[:5]:
            table.add_row("", Text(f"  {clock(ev.start)} “{ev.text}”", style="dim"))
            if ev.note:
                table.add_row("", Text(f"      {ev.note}", style="cyan"))
        if not e.found:
            for miss in e.near_misses[:2]:
                table.add_row("", Text(f"  almost, at {clock(miss.start)}: “{miss.text}” ({miss.note})",
                                       style="yellow"))
    o = r.opening
    mark = Text("✔", style="bold green") if o.ok else Text("✘", style="bold yellow")
    lang = r.transcript.language
    said = {key: fix_text(lang, "yes" if done else "no") for key, done in (("purpose", o.purpose), ("ask", o.ask))}
    table.add_row(mark, Text(f"{fix_text(lang, 'opening_check', window=int(o.window_s))} "
                             f"({fix_text(lang, 'opening_purpose')} {said['purpose']}, "
                             f"{fix_text(lang, 'opening_ask')} {said['ask']})"))
    return table


def _flags(r: Report) -> Text:
    t = Text()
    pauses = r.pauses
    t.append(f"Pauses {pauses.count} (longest {pauses.longest_s:.1f} s)")
    for p in pauses.long:
        t.append(f"  [{clock(p.start)} {p.duration:.1f} s{' mid-clause' if p.mid_clause else ''}]", style="yellow")
    f = r.fillers
    t.append(f"\nFillers at least {f.count} ({f.percent_of_words:.1f}% of words, {f.band})")
    for item in f.items[:12]:
        t.append(f"  {clock(item.start)} {item.word}", style="yellow")
    lang = r.language
    if lang.gendered:
        t.append("\nGendered terms")
        for g in lang.gendered:
            t.append(f"  {clock(g.start)} {g.term} → {g.suggestion}", style="magenta")
    if lang.hedges:
        t.append(f"\nHedges {len(lang.hedges)}")
        for h in lang.hedges[:10]:
            t.append(f"  {clock(h.start)} {h.term}", style="yellow")
    for rep in lang.repetition[:3]:
        t.append(f"\nRepeated “{rep.phrase}” ×{rep.count}", style="yellow")
    v = r.voice
    if v.pitch_spread_st is not None:
        t.append(f"\nVoice pitch spread {v.pitch_spread_st:.1f} semitones{' (monotone)' if v.monotone else ''}")
    if v.loudness_median_dbfs is not None:
        t.append(f", loudness {v.loudness_median_dbfs:.0f} dBFS{' (too quiet)' if v.too_quiet else ''}"
                 f"{' (trails off)' if v.trails_off else ''}{' (clipping)' if v.clipping else ''}")
    return t


def _script(r: Report) -> list[Text | Table]:
    """The take against its script, in the words of the app and the exports (`core.script.notes`);
    nothing for a take without one."""
    s = r.script
    if s is None:
        return []
    t = Text("\nAgainst the script\n", style="bold")
    t.append(headline(s), style="")
    if s.dropped:
        t.append("\n" + dropped_text(s), style="bold red")
    notes = Table(show_header=False, box=None, padding=(0, 1))  # a wrapped note hangs beside its time
    notes.add_column(justify="right", width=5)
    notes.add_column()
    for n in script_notes(s):
        notes.add_row(clock(n.time) if n.time is not None else "",
                      Text(n.text, style="red" if n.kind == "skipped" else "yellow"))
    sections = Table(box=None, padding=(0, 1), header_style="dim")
    for i, head in enumerate(SECTION_HEAD):
        sections.add_column(head, justify="right" if i else "left")
    for c in s.sections:
        sections.add_row(*section_row(c))
    return [t, notes, sections, Text(f"Planned at {s.plan_wpm:.0f} words a minute.", style="dim")]


def print_report(report: ReportLike, console: Console | None = None) -> None:
    r = as_report(report)
    console = console or Console()
    console.print(_header(r))
    if r.no_speech:
        for fix in r.fixes:
            console.print(f"→ {fix}")
        return
    console.print(_pace(r))
    console.print(_rubric(r))
    console.print(_flags(r))
    for part in _script(r):
        console.print(part)
    console.print(Text("\nTop fixes", style="bold"))
    for i, fix in enumerate(r.fixes, 1):
        console.print(f" {i}. {fix}")
    if not r.fixes:
        console.print(" Nothing major: polish delivery and rehearse again.")
    console.print()
