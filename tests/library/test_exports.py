"""Exports: HTML rendered in headless Chromium, JSON round trip, subtitles, Markdown and CSV escaping."""

from __future__ import annotations

import csv
import html
import io
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from rehearse.core.catalog import summarise
from rehearse.core.metrics import take_metrics
from rehearse.core.review import Review, effective_rubric
from rehearse.export import TakeExport, read_json_export, render
from rehearse.export.markdown import md
from rehearse.export.subtitles import MAX_CUE_S, MAX_LINE_CHARS
from rehearse.export.summary import render_csv, render_summary_html
from tests.library.conftest import chromium_binary

ATTACK = "<script>document.title='PWNED'</script>"
COMMENT_ATTACK = "<img src=x onerror=\"document.title='PWNED2'\"><script>document.title='PWNED3'</script>"


@pytest.fixture
def doc(reports) -> TakeExport:
    report = reports("sample")
    report["transcript"]["words"][5]["word"] = ATTACK
    review = Review(reviewer="Maj. Okafor")
    review.add_comment(12.0, f"Good opening {COMMENT_ATTACK} & strong")
    review.add_comment(60.5, "The ask comes too late: move it to the first 30 seconds.")
    review.override("ask", False, "Asked only at the very end")
    review.grade, review.verdict, review.summary = "B+", "nearly ready", "Strong content; state the ask up front."
    meta = {"id": "20250301T100000Z-ann", "scenario": "minusma-gender", "speaker": "Ann <b>Diallo</b>",
            "team": "Blue", "started_at": "2025-03-01T10:00:00+00:00", "source": "imported", "status": "complete"}
    return TakeExport(meta, report, review)


def chromium_cmd() -> list[str]:
    """Headless Chromium, each run with its own throw-away profile (no network, no first-run UI)."""
    return [chromium_binary(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            f"--user-data-dir={tempfile.mkdtemp(prefix='chromium-')}"]


def test_html_report_renders_offline_and_user_text_never_runs(doc, tmp_path):
    page = tmp_path / "take.html"
    page.write_text(render(doc, "html"), encoding="utf-8")
    assert "<script" not in page.read_text().replace("&lt;script", "")
    png = tmp_path / "take.png"
    shot = subprocess.Popen([*chromium_cmd(), f"--screenshot={png}", "--window-size=1200,2000", page.as_uri()],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = tmp_path / "take.pdf"
    printed = subprocess.Popen([*chromium_cmd(), "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dom = subprocess.run([*chromium_cmd(), "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=60)
    shot.wait(timeout=60)
    printed.wait(timeout=60)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    assert 1 <= pages <= 6, f"a one-minute take should print on a few A4 pages, not {pages}"
    if os.environ.get("REHEARSE_TEST_ARTIFACTS"):  # keep the picture for a human to look at
        shutil.copy(png, Path(os.environ["REHEARSE_TEST_ARTIFACTS"]) / "take-report.png")
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "PWNED" not in title and title.startswith("Ann &lt;b&gt;Diallo&lt;/b&gt; (Blue)")
    assert "<script" not in html and "<img" not in html  # no element was made from user text
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in html  # the word shows as text
    assert "onerror=\"document.title='PWNED2'\"&gt;" in html.replace("&quot;", '"')
    for text in ("The ask comes too late", "Asked only at the very end", "nearly ready", "B+", "imported",
                 "Pace over time", "Loudness over time", "What to fix first"):
        assert text in html, text
    assert png.stat().st_size > 50_000, "the screenshot looks empty"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_html_has_print_css_and_no_external_assets(doc):
    html = render(doc, "html")
    assert "@media print" in html and "break-inside: avoid" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "Content-Security-Policy" in html


def test_json_export_round_trips_to_the_same_judgement(doc):
    text = render(doc, "json")
    back = read_json_export(text)
    assert back.report == doc.report and back.meta == doc.meta
    assert back.review.to_dict() == doc.review.to_dict()
    assert effective_rubric(back.report, back.review) == effective_rubric(doc.report, doc.review)
    assert take_metrics(back.report, back.review) == take_metrics(doc.report, doc.review)
    assert read_json_export(render(back, "json")).report == doc.report
    with pytest.raises(ValueError, match="not a rehearse take export"):
        read_json_export('{"format": "something else"}')


def _parse_cues(text: str, sep: str) -> list[tuple[float, float, list[str]]]:
    stamp = rf"(\d\d):(\d\d):(\d\d){re.escape(sep)}(\d\d\d)"
    cues = []
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        i = next(k for k, line in enumerate(lines) if "-->" in line)
        m = re.fullmatch(rf"{stamp} --> {stamp}", lines[i])
        assert m, f"bad timing line {lines[i]!r}"
        g = [int(x) for x in m.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        cues.append((start, end, lines[i + 1:]))
    return cues


def test_srt_and_vtt_are_valid_monotonic_and_readable(doc):
    doc.report["transcript"]["words"][20]["word"] = "x" * 100  # a glitch word longer than any line
    srt, vtt = render(doc, "srt"), render(doc, "vtt")
    assert vtt.startswith("WEBVTT\n\n")
    srt_blocks = srt.strip().split("\n\n")
    assert [b.split("\n")[0] for b in srt_blocks] == [str(n) for n in range(1, len(srt_blocks) + 1)]
    for text, sep in ((srt, ","), (vtt[len("WEBVTT\n\n"):], ".")):
        cues = _parse_cues(text, sep)
        assert len(cues) > 10
        for (s0, e0, _), (s1, _, _) in zip(cues, cues[1:], strict=False):
            assert s0 < e0 <= s1, "cues must be in order and never overlap"
        for start, end, lines in cues:
            assert end - start <= MAX_CUE_S + 1e-6 and lines
            shown = [html.unescape(line) if sep == "." else line for line in lines]  # what the viewer sees
            assert all(0 < len(line) <= MAX_LINE_CHARS for line in shown), shown
    assert "&lt;script&gt;" in vtt and "<script>" not in vtt
    assert "\n" + "x" * MAX_LINE_CHARS + "\n" in srt  # the glitch word is cut into line-sized pieces
    spoken = [w["word"] for w in doc.report["transcript"]["words"]]
    shown = " ".join(" ".join(c[2]) for c in _parse_cues(srt, ",")).split()
    assert shown[:20] == " ".join(spoken).split()[:20]  # nothing lost or reordered before the glitch


def test_markdown_escapes_user_text_and_carries_the_review(doc):
    text = render(doc, "md")
    assert "<script" not in text and "&lt;script&gt;" in text and "<img" not in text
    assert "Ann &lt;b&gt;Diallo&lt;/b&gt; (Blue)" in text
    assert "The ask comes too late" in text and "Asked only at the very end" in text
    assert md("*bold* | [link](x) `code`") == r"\*bold\* \| \[link\](x) \`code\`"
    assert md("1. not a list") == r"1\. not a list" and md("# not a heading") == r"\# not a heading"


def test_class_summary_csv_guards_formulas_and_html_escapes(reports):
    rows = [summarise({"id": "t1", "scenario": "minusma-gender", "team": "Blue", "speaker": "=HYPERLINK(\"x\")",
                       "started_at": "2025-03-01T10:00:00+00:00"}, reports("complete")),
            summarise({"id": "t2", "scenario": "minusma-gender", "team": "Blue", "speaker": ATTACK,
                       "source": "imported"}, None)]
    table = list(csv.DictReader(io.StringIO(render_csv(rows))))
    assert table[0]["speaker"] == ATTACK and table[0]["rubric"] == "not analysed" and table[0]["marks"] == "imported"
    assert table[1]["speaker"].startswith("'=HYPERLINK") and table[1]["rubric"] == "4/4"
    assert table[1]["duration"] == "2:11" and table[1]["pace_wpm"] == "151"
    html = render_summary_html(rows, "MINUSMA")
    assert "<script" not in html and "&lt;script&gt;" in html
