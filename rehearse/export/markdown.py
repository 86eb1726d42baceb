"""The take as Markdown: for a wiki, an e-mail or a course notebook.

Markdown viewers render raw HTML, so user text is escaped twice over: `<`, `>`
and `&` become entities (a `<script>` in a transcript shows as text in every
renderer) and Markdown's own punctuation is backslash-escaped (a speaker named
`*Ann*` stays literal, a `|` cannot break a table).
"""

from __future__ import annotations

import re

from rehearse.core.fixes import reviewed_fixes
from rehearse.core.metrics import pace_text, take_metrics, time_text
from rehearse.core.moments import jump_targets
from rehearse.core.report_model import Report, as_report
from rehearse.core.timing import clock
from rehearse.export.document import TakeExport
from rehearse.export.drills import drills_markdown
from rehearse.export.highlights import layout
from rehearse.export.script import script_markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_LINE_START = re.compile(r"^(\d+)\.|^([-+#=])")


def md(text: object) -> str:
    """Escape user text for Markdown (inline, one line): entities for HTML, backslashes for
    emphasis, links, code and tables, and a leading '-', '+', '#' or '1.' that would start a block."""
    s = " ".join(str(text or "").split())
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return _LINE_START.sub(lambda mt: f"{mt.group(1)}\\." if mt.group(1) else f"\\{mt.group(2)}", s)


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out + [""]


def _transcript(doc: TakeExport, r: Report) -> list[str]:
    lay = layout(r, doc.review)
    words, out = [], []
    for i, w in enumerate(lay.words):
        for c in lay.comments_before.get(i, []):
            words.append(f"\n\n> **{clock(c.time)} {md(c.author or 'Instructor')}:** {md(c.text)}\n\n")
        if i in lay.pauses_before:
            words.append(f"*\\[{lay.pauses_before[i]:.1f} s pause\\]*")
        text = md(w.word)
        flagged = bool(lay.marks[i].kinds & {"filler", "hedge", "gendered"}) and bool(text)
        if flagged and i and words and words[-1].endswith("**") and not words[-1].endswith("\n"):
            words[-1] = words[-1][:-2] + f" {text}**"  # one bold run for "you know"
        else:
            words.append(f"**{text}**" if flagged else text)
    for c in lay.comments_before.get(len(lay.words), []):
        words.append(f"\n\n> **{clock(c.time)} {md(c.author or 'Instructor')}:** {md(c.text)}\n\n")
    text = " ".join(words).strip()
    out += ["## Transcript", "", "**Bold**: filler, hedge or gendered term (listed under Moments).", ""]
    out += [re.sub(r" *\n\n *", "\n\n", text) or "*No speech was heard.*", ""]
    return out


def render_markdown(doc: TakeExport) -> str:
    typed, review, meta = doc.typed, doc.review, doc.meta
    r, m = typed or as_report(None), take_metrics(typed, review)
    out = [f"# {md(doc.heading)}", "", md(r.title or meta.get("scenario", "")), ""]
    marks = [v for v in (meta.get("status"), meta.get("source")) if v in ("recovered", "interrupted", "imported")]
    out += [f"Take `{doc.take_id}`, {md(str(meta.get('started_at', ''))[:16].replace('T', ' '))}"
            + (f" ({', '.join(marks)})" if marks else ""), ""]
    if review.grade or review.verdict or review.summary:
        head = " · ".join(md(x) for x in (review.verdict, review.grade) if x)
        out += [f"> **Instructor{': ' + head if head else ''}** {md(review.summary)}", ""]
    out += _table(["Measure", "Result"], [
        ["Speaking time", md(time_text(m))], ["Time card", md(m.card)], ["Pace", md(pace_text(m))],
        ["Fillers", f"{m.fillers} ({m.fillers_per_min:.1f} a minute, at least)"],
        ["Long pauses", f"{m.long_pauses} (longest {m.longest_pause_s:.1f} s)"],
        ["Checklist", md(m.rubric_text)],
    ])
    fixes = reviewed_fixes(r, {k: j.found for k, j in m.rubric.items()})
    if fixes:
        out += ["## What to fix first", ""] + [f"{n}. {md(f)}" for n, f in enumerate(fixes, 1)] + [""]
    rows = []
    for key, j in m.rubric.items():
        element = r.rubric.get(key)
        ev = element.evidence[:1] if element else ()
        quote = f"{clock(float(ev[0].start))} “{md(ev[0].text)}”" if ev else "—"
        inst = (("found" if j.found else "missing") + (f": {md(j.note)}" if j.note else "")) if j.overridden else "—"
        rows.append([md(j.label), "found" if j.auto_found else "**missing**", inst, f"{j.count} (min {j.min})", quote])
    out += ["## Checklist", ""] + _table(["Element", "Automatic", "Instructor", "Count", "Evidence"], rows)
    out += script_markdown(r, md, _table)
    out += drills_markdown(doc, md, _table)
    out += _transcript(doc, r)
    moments = [x for x in jump_targets(r, review) if x.kind != "evidence"]
    if moments:
        out += ["## Moments", ""] + _table(["Time", "What", "Detail"],
                                           [[clock(x.time), x.kind, md(x.text)] for x in moments])
    return "\n".join(out).rstrip() + "\n"
