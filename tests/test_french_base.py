"""French briefs through the real multilingual base model, end to end (issue 11).

Three French briefs (tests/speech/texts_fr.py) spoken by Kokoro from espeak-ng's French phonemes
(tests/speech/kokoro_fr.py, baked in tests/data/speech) are imported with one
`rehearse import --scenario minusma-genre-fr`, whose default model is base, assembled from the
installed wheels into a temporary home. The judgements a listener makes hold on what base hears:
- the complete brief ticks why, how, at least 3 examples and the ask;
- the brief without examples gets no examples, and keeps its why, how and ask;
- the brief full of "euh" keeps its why, how and ask, and its filler count is a lower bound:
  at least one, never more than were said.
One model load for the module; base decodes these 3.8 minutes of speech in about 20 s on 2 cores.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path
from typing import NamedTuple

import pytest

from rehearse.cli import main
from rehearse.session.pipeline import get_engine
from tests.speech.kokoro_fr import french_speech
from tests.speech.texts_fr import FILLERS_FR_COUNT, FRENCH_SPEECHES

FRENCH = Path(__file__).resolve().parents[1] / "scenarios" / "minusma-genre-fr.toml"


class Imported(NamedTuple):
    take: dict
    report: dict
    folder: Path


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    """A data root whose models/base is assembled on first use, for the whole module."""
    root = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("REHEARSE_HOME", str(root))
        yield root


@pytest.fixture(scope="module")
def imported(home):
    """{speech name: Imported} of the three French briefs, imported in one command."""
    clips = {name: french_speech(text, name=name) for name, text in FRENCH_SPEECHES.items()}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        rc = main(["import", "--scenario", str(FRENCH), "--speaker", "Awa", *map(str, clips.values())])
    assert rc == 0, out.getvalue()
    takes = {}
    for line in out.getvalue().splitlines():
        take_dir = Path(line.split("\t")[1].strip())
        take = json.loads((take_dir / "take.json").read_text())
        name = take["title"].rsplit("-", 1)[0]  # the title is the file's stem: NAME-cachekey
        takes[name] = Imported(take, json.loads((take_dir / "report.json").read_text()), take_dir)
    assert sorted(takes) == sorted(FRENCH_SPEECHES), out.getvalue()
    return takes


def found(report: dict) -> dict[str, bool]:
    return {element: verdict["found"] for element, verdict in report["rubric"].items()}


def test_base_hears_the_brief_as_french(home):
    from rehearse.audio.decode import load_audio

    clip = french_speech(FRENCH_SPEECHES["COMPLETE_FR"], name="COMPLETE_FR")
    code, probability = get_engine("base").detect_language(load_audio(clip))  # assembles base on first use
    assert code == "fr" and probability > 0.5
    assert os.listdir(home / "models") == ["base"]


def test_each_take_and_report_carry_the_language_and_words_keep_their_elisions(imported):
    for take, report, _ in imported.values():
        assert take["language"] == "fr" and take["scenario"] == "minusma-genre-fr"
        assert report["transcript"]["language"] == "fr" and report["transcript"]["model"] == "base"
        words = [w["word"] for w in report["transcript"]["words"]]
        assert not [w for w in words if w.startswith(("'", "\u2019"))], words  # "aujourd" + "'hui" glued
    said = [w["word"].strip(".,").lower() for w in imported["COMPLETE_FR"].report["transcript"]["words"]]
    assert "aujourd'hui" in said and "signer" in said


def test_the_complete_french_brief_ticks_all_four(imported):
    report = imported["COMPLETE_FR"].report
    assert found(report) == {"why": True, "how": True, "examples": True, "ask": True}, report["rubric"]
    assert report["rubric"]["ask"]["label"].startswith("Une demande claire")


def test_a_french_brief_without_examples_gets_none_and_keeps_the_rest(imported):
    report = imported["NO_EXAMPLES_FR"].report
    assert found(report) == {"why": True, "how": True, "examples": False, "ask": True}, report["rubric"]
    assert report["rubric"]["examples"]["count"] <= 1
    assert any("exemples concrets" in fix for fix in report["fixes"]), report["fixes"]


def test_hesitations_leave_the_verdicts_and_count_as_a_lower_bound(imported):
    report = imported["FILLERS_FR"].report
    verdict = found(report)
    assert verdict["why"] and verdict["how"] and verdict["ask"], report["rubric"]
    assert 1 <= report["fillers"]["count"] <= FILLERS_FR_COUNT and report["fillers"]["lower_bound"]
    assert set(report["fillers"]["by_word"]) <= {"euh", "du coup", "en fait", "voilà", "voila"}


def test_the_terminal_report_of_a_french_take_reads_in_french(imported):
    from rich.console import Console

    from rehearse.render.terminal import print_report

    console = Console(record=True, width=100)
    print_report(imported["NO_EXAMPLES_FR"].report, console)
    text = console.export_text()
    assert "But et demande dans les 30 premières secondes (objectif oui, demande non)" in text, text
    assert "Exemples concrets (qui fait quoi, où)" in text and "Purpose" not in text


def test_the_html_export_and_compare_of_french_takes_carry_the_language(imported, tmp_path, capsys):
    page = tmp_path / "take.html"
    assert main(["export", str(imported["COMPLETE_FR"].folder), "--format", "html", "-o", str(page)]) == 0
    html = page.read_text()
    assert '<html lang="fr">' in html and "Une demande claire au commandant de la Force" in html
    capsys.readouterr()
    assert main(["compare", "--json", str(imported["COMPLETE_FR"].folder), str(imported["NO_EXAMPLES_FR"].folder)]) == 0
    assert [t["language"] for t in json.loads(capsys.readouterr().out)["takes"]] == ["fr", "fr"]
