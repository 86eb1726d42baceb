"""`rehearse models` as an instructor runs it, and the scenario's `language` and `model` keys.

The listing reads a cached speed and never loads a model; `--measure` loads one and caches
what it measured; a French scenario is refused by the English-only tiny.en with one line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehearse.asr import inventory
from rehearse.asr.models import find_model
from rehearse.cli import main
from rehearse.core.scenario import load_scenario, parse_scenario
from rehearse.core.spoken_languages import WHISPER_LANGUAGES
from rehearse.errors import ScenarioError

FRENCH = Path(__file__).resolve().parents[1] / "scenarios" / "minusma-genre-fr.toml"


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("REHEARSE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def listing(capsys) -> dict:
    assert main(["models", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_fresh_home_lists_tiny_en_ready_and_base_assembled_on_first_use(capsys, home):
    data = listing(capsys)
    models = {m["name"]: m for m in data["models"]}
    assert models["tiny.en"]["state"] == "ready" and models["tiny.en"]["languages"] == ["en"]
    assert models["tiny.en"]["size_bytes"] > 50e6 and models["tiny.en"]["speed"] is None
    assert models["base"]["state"] == "assembled on first use" and "fr" in models["base"]["languages"]
    assert not (home / "models" / "base").exists()  # listing never assembles
    scenarios = {s["scenario"]: s for s in data["scenarios"]}
    assert scenarios["minusma-gender"] == {"scenario": "minusma-gender", "language": "en", "model": "tiny.en"}
    assert scenarios["minusma-genre-fr"] == {"scenario": "minusma-genre-fr", "language": "fr", "model": "base"}


def test_measure_caches_the_speed_and_a_changed_model_drops_it(capsys, home, monkeypatch):
    monkeypatch.setattr(inventory, "SAMPLE_S", 3.0)
    speed = inventory.measure("tiny.en")
    assert speed.rtf > 0 and speed.load_s > 0 and speed.audio_s == 3.0 and speed.cores >= 1
    out = (main(["models"]), capsys.readouterr().out)[1]
    assert f"{speed.rtf:.2f}× real time, load {speed.load_s:.1f} s" in out
    assert "minusma-genre-fr" in out and "not measured (--measure)" not in out.split("\n")[1]
    cached = json.loads((home / "models" / "speeds.json").read_text())
    cached["tiny.en"]["model_bytes"] += 1  # another model under the same name: its old speed is not shown
    (home / "models" / "speeds.json").write_text(json.dumps(cached))
    assert {m["name"]: m for m in listing(capsys)["models"]}["tiny.en"]["speed"] is None
    (home / "models" / "speeds.json").write_text("{broken")  # a damaged cache is no cache, not an error
    assert {m["name"]: m for m in listing(capsys)["models"]}["tiny.en"]["speed"] is None


def test_another_folder_under_models_is_listed_and_a_broken_one_says_why(capsys, home):
    bundled = find_model(None).path
    good, broken = home / "models" / "my-tiny", home / "models" / "half"
    good.mkdir(parents=True)
    for f in bundled.iterdir():
        (good / f.name).symlink_to(f)
    broken.mkdir()
    (broken / "model.bin").write_bytes(b"\0" * 10)
    models = {m["name"]: m for m in listing(capsys)["models"]}
    assert models["my-tiny"]["state"] == "ready" and models["my-tiny"]["languages"] == ["en"]
    assert "missing config.json" in models["half"]["state"]


def test_the_language_key_is_strict_and_defaults_to_english():
    assert load_scenario("minusma-gender").language == "en" and load_scenario("minusma-gender").model == ""
    french = load_scenario(FRENCH)
    assert (french.language, french.model) == ("fr", "base")
    assert [e.label for e in french.elements][0] == "Pourquoi le genre compte pour la mission"
    with pytest.raises(ScenarioError, match=r"x.toml: line 2: field 'language': 'french' is not a language code"):
        parse_scenario('id = "x"\nlanguage = "french"\n', "x.toml")
    with pytest.raises(ScenarioError, match=r"line 2: field 'langage' is not a known key; did you mean 'language'"):
        parse_scenario('id = "x"\nlangage = "fr"\n', "x.toml")
    with pytest.raises(ScenarioError, match=r"field 'model' must be a string"):
        parse_scenario('id = "x"\nmodel = 3\n', "x.toml")


def test_the_core_language_list_is_faster_whispers():
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    assert tuple(_LANGUAGE_CODES) == WHISPER_LANGUAGES


def test_tiny_en_refuses_a_french_scenario_with_one_line(capsys, tmp_path):
    rc = main(["analyze", "--scenario", str(FRENCH), "--model", "tiny.en", str(FRENCH)])
    err = capsys.readouterr().err
    assert rc == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "the model tiny.en transcribes only en, not 'fr': use --model base" in err


def test_record_refuses_before_opening_the_microphone(capsys, home):
    rc = main(["record", "--scenario", str(FRENCH), "--model", "tiny.en", "--seconds", "1"])
    err = capsys.readouterr().err
    assert rc == 2 and err.count("\n") == 1 and "transcribes only en, not 'fr'" in err
    assert not (home / "recordings").exists() or not any((home / "recordings").rglob("take.json"))
