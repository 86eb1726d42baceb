"""The UI's pure helpers: settings file, level hints, the big clock font, startup imports."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from rehearse.session.level import LevelWindow
from rehearse.session.settings import Settings, load_settings, save_settings
from rehearse.ui.widgets.clock import FONT, ROWS, big_text, pixel_width


def test_settings_round_trip_and_damage(tmp_path):
    path = tmp_path / "cfg" / "settings.json"
    assert load_settings(path) == (Settings(), None)
    assert save_settings(Settings(input_device="USB Headset", speaker="Amina"), path) is None
    assert load_settings(path) == (Settings(input_device="USB Headset", speaker="Amina"), None)
    path.write_text('["not", "an object"]')
    settings, problem = load_settings(path)
    assert settings == Settings() and "not a JSON object" in problem
    path.write_text('{"input_device": "pulse", "unknown_future_key": 1}')
    assert load_settings(path)[0].input_device == "pulse"


def test_settings_that_cannot_be_written_are_a_line_not_a_crash(tmp_path):
    """A folder that cannot be made: its parent is a regular file.

    Not a chmod'ed folder: root ignores permissions, and CI runs as root, so that
    version never failed there. No one, root included, can make a folder inside a file.
    """
    blocker = tmp_path / "cfg"
    blocker.write_text("a file where the settings folder should be")
    problem = save_settings(Settings(), blocker / "sub" / "settings.json")
    assert problem and problem.startswith("cannot save settings") and "\n" not in problem
    assert blocker.read_text() == "a file where the settings folder should be"


def feed(window: LevelWindow, rms: float, seconds: float, clip: bool = False) -> None:
    rng = np.random.default_rng(1)
    for _ in range(int(seconds * 10)):
        block = (rng.standard_normal(1600) * rms).astype(np.float32)
        if clip:
            block[:10] = 1.0
        window.add(block)


def test_level_hints():
    w = LevelWindow()
    feed(w, 0.05, 4)
    assert w.read().hint == "" and -30 < w.read().db < -20
    feed(w, 0.003, 4)
    assert w.read().hint.startswith("too quiet")
    feed(w, 0.0003, 4)
    assert w.read().hint.startswith("no sound")
    feed(w, 0.05, 1, clip=True)
    assert w.read().hint.startswith("clipping")


def test_big_clock_scales_to_the_space():
    small = big_text("4:37", 30, 5).splitlines()
    large = big_text("4:37", 120, 20).splitlines()
    assert len(small) == ROWS and len(large) == 4 * ROWS
    assert len(large[0]) == 8 * pixel_width("4:37") <= 120
    assert all(len(glyph) == ROWS for glyph in FONT.values())


def test_opening_the_app_imports_nothing_heavy():
    """The first frame must come within a second: no model, DSP or audio library before it
    (the CLI imports every command module, so they are all checked here too)."""
    code = (
        "import sys; from rehearse.cli import _load_commands; _load_commands(); "
        "from rehearse.ui.app import build_app; build_app(); "
        "heavy = {'faster_whisper', 'ctranslate2', 'librosa', 'sounddevice', 'numba', 'av', 'numpy', 'scipy'}; "
        "print(sorted(heavy & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
