"""The self-contained HTML report of one take: what an instructor hands back.

One file, no scripts, no external assets: it opens offline from a USB stick and
prints cleanly. Every piece of user text (transcript, comments, names) goes
through `markup.el`, which escapes it, so a `<script>` said or typed shows as
text. The automatic judgement and the instructor's override sit side by side.
"""

from __future__ import annotations

from rehearse import __version__
from rehearse.core.fixes import reviewed_fixes
from rehearse.core.metrics import TakeMetrics, pace_text, take_metrics, time_text
from rehearse.core.moments import jump_targets
from rehearse.core.report_model import Report, as_report
from rehearse.core.timing import clock
from rehearse.export.charts import loudness_chart, pace_chart
from rehearse.export.document import TakeExport
from rehearse.export.drills import drills_html
from rehearse.export.highlights import KIND_LABELS, layout
from rehearse.export.markup import Markup, document, el
from rehearse.export.script import script_html

VERDICT_STYLE = {"ready": "ok", "nearly ready": "warn", "not ready": "bad"}
"""Colour of the instructor's box for the suggested verdicts (`core.review.VERDICTS`); others stay grey."""
TIME_MARK_S = 30.0
"""A small m:ss mark in the transcript every half minute, to find a moment in print."""


def _card(value: str, label: str, cls: str = "") -> Markup:
    return el("div", el("b", value, class_=cls or None), el("span", label), class_="card")


def _card_label(r: Report) -> str:
    cards = (("green", r.cards.green), ("yellow", r.cards.yellow), ("red", r.cards.red))
    marks = ", ".join(f"{k} {clock(float(v))}" for k, v in cards) if any(v for _, v in cards) else ""
    return f"time card ({marks})" if marks else "time card"


def _cards(r: Report, m: TakeMetrics) -> Markup:
    card_cls = {"none": "", "green": "ok", "yellow": "warn", "red": "bad", "over": "bad"}.get(m.card, "")
    return el("div",
              _card(clock(m.duration_s), f"speaking time, {time_text(m)}", "ok" if m.within_time else "bad"),
              _card(m.card.capitalize() if m.card != "none" else "No card", _card_label(r), card_cls),
              _card(f"{m.wpm:.0f} wpm", pace_text(m), "ok" if m.pace_in_band else "warn"),
              _card(str(m.fillers), f"fillers, {m.fillers_per_min:.1f} a minute (at least)"),
              _card(str(m.long_pauses), f"long pauses, longest {m.longest_pause_s:.1f} s"),
              _card(m.rubric_text, "checklist points covered", "ok" if m.coverage == 1 else "warn"),
              class_="cards")


def _header(doc: TakeExport, r: Report, m: TakeMetrics) -> list[Markup]:
    meta, review = doc.meta, doc.review
    date = str(meta.get("started_at") or "")[:16].replace("T", " ")
    marks = [el("span", v, class_="tag mark") for v in (meta.get("status"), meta.get("source"))
             if v in ("recovered", "interrupted", "imported")]
    out = [el("h1", doc.heading),
           el("p", r.title or meta.get("scenario", ""), class_="sub"),
           el("p", el("span", f"take {doc.take_id}", class_="tag"),
              el("span", date, class_="tag") if date else None, *marks)]
    if review.grade or review.verdict or review.summary:
        head = " · ".join(x for x in (review.verdict, review.grade) if x)
        out.append(el("div", el("b", f"Instructor: {head}" if head else "Instructor"),
                      el("p", review.summary) if review.summary else None,
                      el("small", f"{review.reviewer} {review.updated[:16].replace('T', ' ')}".strip()),
                      class_=f"verdict {VERDICT_STYLE.get(review.verdict.strip().lower(), '')}".strip()))
    return out


def _rubric(m: TakeMetrics, report: Report) -> Markup:
    rows = []
    for key, j in m.rubric.items():
        element = report.rubric.get(key)
        evidence = element.evidence[:5 if key == "examples" else 2] if element else ()
        quotes = [el("div", f"{clock(float(e.start))} “{e.text}”",
                     el("small", f" {e.note}") if e.note else None) for e in evidence]
        if not j.auto_found and element:
            quotes += [el("div", el("small", f"almost, at {clock(float(e.start))}: “{e.text}”: {e.note}"))
                       for e in element.near_misses[:2]]
        auto = el("span", "found" if j.auto_found else "missing", class_="ok" if j.auto_found else "bad")
        inst = (el("span", ("found" if j.found else "missing") + (f": {j.note}" if j.note else ""), class_="override")
                if j.overridden else "—")
        rows.append(el("tr", el("td", j.label), el("td", auto), el("td", inst),
                       el("td", f"{j.count} (min {j.min})", class_="num"), el("td", quotes or "—")))
    head = el("tr", *(el("th", h) for h in ("Element", "Automatic", "Instructor", "Count", "Evidence")))
    return el("table", el("thead", head), el("tbody", rows))


def _transcript(doc: TakeExport, r: Report) -> Markup:
    lay = layout(r, doc.review)
    parts: list[Markup | str] = []
    next_mark = TIME_MARK_S
    for i, w in enumerate(lay.words):
        for c in lay.comments_before.get(i, []):
            parts.append(el("span", el("b", f"{clock(c.time)} {c.author or 'Instructor'}: "), c.text, class_="comment"))
        if i in lay.pauses_before:
            parts.append(el("span", f"[{lay.pauses_before[i]:.1f} s pause]", class_="pause"))
        start = float(w.start)
        if start >= next_mark:
            parts.append(el("span", clock(start), class_="t"))
            next_mark = (start // TIME_MARK_S + 1) * TIME_MARK_S
        kinds = sorted(lay.marks[i].kinds, key=list(KIND_LABELS).index)
        cls = " ".join(["w", *kinds])
        parts.append(el("span", w.word, class_=cls, title="; ".join(lay.marks[i].notes) or None))
        parts.append(" ")
    for c in lay.comments_before.get(len(lay.words), []):
        parts.append(el("span", el("b", f"{clock(c.time)} {c.author or 'Instructor'}: "), c.text, class_="comment"))
    legend = el("p", *(el("span", el("span", label, class_=f"w {kind}")) for kind, label in KIND_LABELS.items()),
                el("span", el("span", "[long pause]", class_="pause")), class_="legend")
    return el("section", el("h2", "Transcript"), legend, el("div", parts or "No speech was heard.", class_="transcript"))


def _moments(doc: TakeExport, r: Report) -> Markup | None:
    items = [m for m in jump_targets(r, doc.review) if m.kind not in ("evidence",)]
    if not items:
        return None
    rows = [el("tr", el("td", clock(m.time), class_="num"), el("td", m.kind), el("td", m.text)) for m in items]
    return el("section", el("h2", "Moments to replay"),
              el("table", el("thead", el("tr", el("th", "Time"), el("th", "What"), el("th", "Detail"))),
                 el("tbody", rows)))


def render_html(doc: TakeExport) -> str:
    typed = doc.typed
    r, m = typed or as_report(None), take_metrics(typed, doc.review)
    fixes = reviewed_fixes(r, {k: j.found for k, j in m.rubric.items()})
    charts = [c for c in (pace_chart(r), loudness_chart(r)) if c is not None]
    body = [
        *_header(doc, r, m), _cards(r, m),
        el("section", el("h2", "What to fix first"), el("ol", [el("li", f) for f in fixes])) if fixes else None,
        el("section", el("h2", "Checklist"), _rubric(m, r)), script_html(r), drills_html(doc),
        el("section", el("h2", "Pace and loudness"), charts) if charts else None,
        _transcript(doc, r), _moments(doc, r),
        el("footer", f"Made offline by rehearse {__version__} from take {doc.take_id}. "
                     "Fillers are a lower bound: speech recognition drops some."),
    ]
    return document(f"{doc.heading} — rehearse report", *body, lang=r.transcript.language or "en")
