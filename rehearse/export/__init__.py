"""Exports of one take (HTML, Markdown, JSON, SRT, WebVTT) and of a class (CSV, HTML).

Every exporter takes plain data, a `TakeExport` (the take's metadata dict,
its report dict and the instructor's `Review`), and returns text, so the CLI,
the UI and tests call the same function and writing the file (atomically) is
the caller's one job. Nothing here touches the audio device or the network:
an export opens offline on any machine.

The JSON form lives here because it is the take's whole judgement as data:
`render_json` writes metadata, report and review plus a derived `judgement`
block (rubric with overrides applied, headline metrics, verdict) for readers
without rehearse; `read_json_export` reads it back into a `TakeExport`, and the
judgement recomputed from that is the one exported (the tests check it).
"""

from __future__ import annotations

import json
from dataclasses import asdict

from rehearse.core.metrics import take_metrics
from rehearse.core.review import Review, effective_rubric, now_iso
from rehearse.export.document import TakeExport

FORMATS = ("html", "md", "json", "srt", "vtt")
__all__ = ["FORMATS", "TakeExport", "default_name", "judgement", "read_json_export", "render", "render_json"]
SUFFIX = {"html": ".html", "md": ".md", "json": ".json", "srt": ".srt", "vtt": ".vtt", "csv": ".csv"}


def render(doc: TakeExport, fmt: str) -> str:
    """The take in format `fmt` (one of FORMATS); ValueError for an unknown format."""
    if fmt == "html":
        from rehearse.export.html import render_html

        return render_html(doc)
    if fmt == "md":
        from rehearse.export.markdown import render_markdown

        return render_markdown(doc)
    if fmt == "json":
        return render_json(doc)
    if fmt in ("srt", "vtt"):
        from rehearse.export.subtitles import render_srt, render_vtt

        report = doc.typed
        return render_srt(report) if fmt == "srt" else render_vtt(report)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def default_name(doc: TakeExport, fmt: str) -> str:
    """File name for an export: the take id (already a safe folder name) plus the suffix."""
    return doc.take_id + SUFFIX.get(fmt, f".{fmt}")


FORMAT = "rehearse-take"
VERSION = 1


def judgement(doc: TakeExport) -> dict:
    """The derived, human-readable verdict: what counted, after the instructor's overrides."""
    report = doc.typed
    m = take_metrics(report, doc.review)
    return {
        "rubric": {k: asdict(j) for k, j in effective_rubric(report, doc.review).items()},
        "covered": m.covered,
        "elements": len(m.rubric),
        "within_time": m.within_time,
        "duration_s": m.duration_s,
        "limit_s": m.limit_s,
        "card": m.card,
        "wpm": m.wpm,
        "pace_in_band": m.pace_in_band,
        "fillers": m.fillers,
        "fillers_per_min": m.fillers_per_min,
        "long_pauses": m.long_pauses,
        "grade": doc.review.grade,
        "verdict": doc.review.verdict,
    }


def render_json(doc: TakeExport) -> str:
    data = {
        "format": FORMAT, "version": VERSION, "exported_at": now_iso(),
        "take": doc.meta, "report": doc.report, "review": doc.review.to_dict(), "judgement": judgement(doc),
        **({"drills": [d.to_dict() for d in doc.drills]} if doc.drills else {}),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def read_json_export(text: str) -> TakeExport:
    """A `TakeExport` from `render_json` output; ValueError (one line) if it is not one."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a rehearse take export (no \"format\": \"rehearse-take\")")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise ValueError(f"export version {data.get('version')!r} is newer than this rehearse reads")
    if not isinstance(data.get("report"), dict) or not isinstance(data.get("take"), dict):
        raise ValueError("export has no take or report")
    from rehearse.core.drill.saved import SavedDrill

    drills = tuple(SavedDrill.from_export(d) for d in data.get("drills") or [] if isinstance(d, dict))
    return TakeExport(meta=data["take"], report=data["report"], review=Review.from_dict(data.get("review")),
                      drills=drills)
