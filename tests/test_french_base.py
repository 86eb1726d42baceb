"""French through the real multilingual base model, end to end (issue 11).

A short espeak-ng French sentence (cached like the piper renderings) is detected as French and
imported with `rehearse import --scenario minusma-genre-fr` (whose default model is base,
assembled from the installed wheels into a temporary home), and its take and report say
`fr`. One model load for the module: about 3 s of base, plus a few seconds of audio.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from rehearse.cli import main
from rehearse.session.pipeline import get_engine
from tests.speech.espeak import espeak_french

FRENCH = Path(__file__).resolve().parents[1] / "scenarios" / "minusma-genre-fr.toml"
SENTENCE = "Je vous demande de signer cette directive aujourd'hui, avant votre départ pour Tombouctou."
"""4.4 s: one Whisper window, so the test pays for one decode. Chosen because base detects it as
French (0.87): on some other espeak-ng French sentences base hears Thai or Japanese (BENCHMARKS.md,
"Multilingual models"); the take is transcribed in the scenario's language either way."""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    """A data root whose models/base is assembled on first use, for the whole module."""
    root = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("REHEARSE_HOME", str(root))
        yield root


def test_a_french_take_is_heard_as_french_and_its_take_and_report_carry_the_language(home, capsys):
    from rehearse.audio.decode import load_audio

    clip = espeak_french(SENTENCE)
    code, probability = get_engine("base").detect_language(load_audio(clip))  # assembles base on first use
    assert code == "fr" and probability > 0.5
    rc = main(["import", "--scenario", str(FRENCH), "--speaker", "Awa", str(clip)])
    out, err = capsys.readouterr()
    assert rc == 0, err
    take_dir = Path(out.split("\t")[1].strip())
    take = json.loads((take_dir / "take.json").read_text())
    report = json.loads((take_dir / "report.json").read_text())
    assert take["language"] == "fr" and take["scenario"] == "minusma-genre-fr"
    assert report["transcript"]["language"] == "fr" and report["transcript"]["model"] == "base"
    assert {"signer", "directive"} & {w["word"].strip(".,").lower() for w in report["transcript"]["words"]}
    assert os.listdir(home / "models") == ["base"]
