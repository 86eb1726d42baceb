"""Fixtures for the takes library: real report dicts, a private data root, takes made on disk.

The reports under data/reports/ are real `rehearse analyze --json` output (tiny.en
on the piper speeches of tests/speech: COMPLETE, NO_ASK, TWO_EXAMPLES, FILLERS,
SHORT, and the committed sample), saved once so compare and export tests run in
milliseconds instead of re-transcribing two-minute speeches. Regenerate with
`rehearse analyze <flac> --json` if the report shape changes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

DATA = Path(__file__).parent / "data"


def load_report(name: str) -> dict:
    return json.loads((DATA / "reports" / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def reports():
    """`reports("complete") -> dict`: a fresh copy of a real report each call."""
    return load_report


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A private REHEARSE_HOME: the user's real takes are never touched."""
    root = tmp_path / "home"
    (root / "recordings").mkdir(parents=True)
    monkeypatch.setenv("REHEARSE_HOME", str(root))
    return root


@pytest.fixture
def make_take(home):
    """`make_take(report_name, speaker=, team=, day=)`: a take on disk with a second of audio and that report."""
    from rehearse.store import save_report, save_take
    from rehearse.store.library import import_audio

    def make(report: str | dict | None, *, speaker: str = "Ann", team: str = "Blue", day: int = 1,
             scenario: str = "minusma-gender", title: str = ""):
        take = import_audio(np.zeros(16000, np.float32), scenario, speaker=speaker, team=team, title=title)
        take.started_at = f"2025-03-{day:02d}T10:00:00+00:00"
        save_take(take)
        if report is not None:
            save_report(take, load_report(report) if isinstance(report, str) else report)
        return take

    return make


def chromium_binary() -> str:
    """The headless browser; a clear failure (not a skip) when it is missing, as the export tests need it."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail("chromium is not installed: the HTML export tests render the report in headless Chromium. "
                "Install it with `apt-get install chromium` (make system-test does this).")
