"""A take against its script, end to end (issue 9, parts 2 and 4): a short draft, a piper
rendering of it with one paragraph (example 2) left out and one sentence added, imported
with `rehearse import --script` into an empty data root, then exported. The report, the
HTML and the Markdown export must name both the skipped paragraph and the added sentence.

Real parts: piper's joe-us voice (cached like every rendering), faster-whisper tiny.en,
the CLI in-process (one model load shared with other in-process tests). About 55 s of
speech: one transcription of roughly 8-10 s on two busy cores.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from rehearse.cli import main
from rehearse.core.report_model import Report
from tests.speech import synth

OPENING = ("General, thank you for seeing me before you fly to Timbuktu. "
           "I ask you to sign the gender directive today.")
WHY = ("Why does it matter? Women in Mali see threats that our patrols miss. If we never talk to them, we lose "
       "half of our information, and the protection of civilians is the core of our mandate.")
HOW = ("How do we do it? We build gender into planning, into orders and into reporting, and we train our troops "
       "before and during deployment.")
EX1 = "First, deploy mixed engagement teams on patrols in Gao every week."
EX2 = "Second, appoint a trained gender focal point in every battalion headquarters by the end of next month."
EX3 = "Third, add incident data broken down by sex to the daily situation report, starting next month."
ASK = "General, will you sign the directive today?"
DRAFT = "\n\n".join(["# Opening", OPENING, "# Why", WHY, "# How", HOW, "# Examples", EX1, EX2, EX3, "# Ask", ASK])
AD_LIB = "Last week I visited the camp and listened to the women's association for an hour."
SPOKEN = " ".join([OPENING, WHY, HOW, AD_LIB, EX1, EX3, ASK])
"""The draft as said: example 2's paragraph left out, one sentence added before the examples."""


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """(take folder, report dict, stderr of the import): the rendering imported with --script."""
    root = tmp_path_factory.mktemp("script-take")
    draft = root / "brief.md"
    draft.write_text(DRAFT + "\n", encoding="utf-8")
    audio = synth.synthesize(SPOKEN, name="script-take")
    mp = pytest.MonkeyPatch()
    mp.setenv("REHEARSE_HOME", str(root / "home"))
    try:
        out, err = io.StringIO(), io.StringIO()  # capsys is per test; this fixture is per module
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = main(["import", str(audio), "--script", str(draft), "--speaker", "Ana"])
        assert rc == 0, err.getvalue()
        folder = Path(out.getvalue().split("\t")[1].strip())
        yield folder, json.loads((folder / "report.json").read_text(encoding="utf-8")), err.getvalue()
    finally:
        mp.undo()


def test_import_keeps_the_script_with_the_take_and_the_report_judges_the_take_against_it(imported):
    folder, data, err = imported
    assert (folder / "script.md").read_text(encoding="utf-8") == DRAFT + "\n"
    assert "script" in err and "% said" in err  # the import's one-line summary gives the coverage
    s = Report.from_dict(data).script  # the strict read a stored report passes
    assert s is not None
    skipped = [k for k in s.skipped if "focal point" in k.text]
    assert len(skipped) == 1, s.skipped
    assert skipped[0].whole_paragraph and skipped[0].elements == ("example 2",)
    assert s.dropped == ("example 2",)
    assert any("visited the camp" in a.text and "association" in a.text for a in s.added), s.added
    assert not any("focal" in a.text for a in s.added)
    assert 75 < s.coverage < 95  # all but one paragraph of 19 words out of 125
    assert [c.label for c in s.sections] == ["Opening", "Why", "How", "Examples", "Ask"]
    examples = next(c for c in s.sections if c.label == "Examples")
    assert examples.spoken_s < examples.planned_s and 55 < examples.coverage < 75


def test_the_html_markdown_and_json_exports_show_the_same(imported, tmp_path, capsys):
    folder, data, _ = imported
    for fmt in ("html", "md", "json"):
        assert main(["export", str(folder), "--format", fmt, "-o", str(tmp_path / f"take.{fmt}")]) == 0
    html = (tmp_path / "take.html").read_text(encoding="utf-8")
    md = (tmp_path / "take.md").read_text(encoding="utf-8")
    for text in (html, md):
        assert "Against the script" in text
        assert "example 2 was in the script and was not said" in text
        assert "added, not in the script" in text and "visited the camp" in text
    assert "focal point in every battalion headquarters" in html
    assert json.loads((tmp_path / "take.json").read_text(encoding="utf-8"))["report"]["script"] == data["script"]


BAD_SCRIPTS = {
    "empty": (b"  \n\n", "the draft is empty"),
    "huge": (b"word " * 210_000, "too big for a spoken draft"),
    "binary": (b"PK\x03\x04\x00\x00word", "binary file, not text"),
    "latin-1": ("Général, merci.".encode("latin-1"), "not UTF-8 text"),
    "missing": (None, "no such file"),
}


@pytest.mark.parametrize("kind", BAD_SCRIPTS)
def test_a_bad_script_is_one_line_and_attaches_nothing(kind, tmp_path, capsys):
    from rehearse.commands.script import script_to_attach

    data, says = BAD_SCRIPTS[kind]
    path = tmp_path / "brief.md"
    if data is not None:
        path.write_bytes(data)
    assert script_to_attach(str(path)) == ""
    out, err = capsys.readouterr()
    assert not out and err.count("\n") == 1 and says in err and "Traceback" not in err
    assert err.startswith(f"rehearse: error: script not attached: {path}: ")


def test_import_with_a_bad_script_still_imports_the_take(tmp_path, monkeypatch, capsys, speech):
    """The audio is what matters: a binary --script costs one line, the take is kept (the
    model is a missing folder, so nothing is transcribed: this test stays quick)."""
    monkeypatch.setenv("REHEARSE_HOME", str(tmp_path / "home"))
    script = tmp_path / "brief.md"
    script.write_bytes(b"\x00\x01 not a draft")
    rc = main(["import", str(speech("SPARSE")), "--script", str(script), "--model", str(tmp_path / "none")])
    out, err = capsys.readouterr()
    assert rc == 2 and "script not attached" in err and "binary file" in err and "Traceback" not in err
    folder = Path(out.split("\t")[1].strip())
    assert (folder / "audio.flac").is_file() and not (folder / "script.md").exists()
