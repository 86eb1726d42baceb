"""Smoke test of the real `rehearse` binary in a real terminal (tmux) with a real microphone path.

The "microphone" is the PulseAudio virtual mic of tests/vmic.py: the sample
speech is played into its sink while the app records through PortAudio and
sounddevice, exactly as on a trainee's laptop. The test reads the screen with
`tmux capture-pane` and polls for text, never sleeping blindly. It checks what
happens, not how fast: its timeouts only stop a hang, and the stop-to-verdict time
of this same path is measured by bench/tmux_verdict.py (targets in BENCHMARKS.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import REHEARSE, REPO
from tests.vmic import vmic  # noqa: F401  (fixture)

pytestmark = [pytest.mark.device, pytest.mark.slow]


class Tmux:
    def __init__(self, socket: Path, env: dict[str, str]):
        self.socket, self.env = socket, env

    def cmd(self, *args: str) -> str:
        return subprocess.run(["tmux", "-S", str(self.socket), *args], capture_output=True, text=True,
                              timeout=10, env=self.env).stdout

    def start(self, command: str) -> None:
        exports = " ".join(f"{k}={v}" for k, v in self.env.items() if k.startswith(("REHEARSE_", "PULSE_")))
        # `env -u`: a test worker (pytest -n 2) inherits COLUMNS=80 and LINES=24 from the readline that
        # pytest imports; the app would read them and lay out at 80x24 inside a 120x36 pane.
        self.cmd("new-session", "-d", "-s", "t", "-x", "120", "-y", "36",
                 f"cd {REPO} && env -u COLUMNS -u LINES {exports} {command}")

    def screen(self) -> str:
        return self.cmd("capture-pane", "-p", "-t", "t")

    def keys(self, *keys: str) -> None:
        self.cmd("send-keys", "-t", "t", *keys)

    def wait_for(self, *texts: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if all(t in screen for t in texts):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {texts}; screen was:\n{screen}")
            time.sleep(0.1)


@pytest.fixture
def tmux(tmp_path, vmic):  # noqa: F811
    if shutil.which("tmux") is None:
        pytest.skip("tmux not installed")
    env = {**vmic.env(), "REHEARSE_HOME": str(tmp_path / "home"), "REHEARSE_CONFIG": str(tmp_path / "config")}
    t = Tmux(tmp_path / "tmux.sock", env)
    yield t
    t.cmd("kill-server")


def test_record_a_take_through_the_virtual_microphone_and_see_the_verdict(tmux, vmic, sample_flac, tmp_path):  # noqa: F811
    shots = Path(os.environ.get("SHOTS", tmp_path))
    tmux.start(" ".join(REHEARSE))
    tmux.wait_for("Practise", "The brief", timeout=10)
    home = tmux.wait_for("speech model: ready", "input device(s)", timeout=60)
    assert "Force Commander" in home
    tmux.keys("p")
    tmux.wait_for("Press space to start")
    tmux.keys("Space")
    tmux.wait_for("● recording", timeout=10)
    vmic.play(sample_flac, wait=True)
    live = tmux.wait_for("✔ Why", "✔ How", timeout=30)
    (shots / "tmux-practice.txt").write_text(live)
    tmux.keys("Space")
    report = tmux.wait_for("Verdict", "Top fixes", timeout=60)  # how fast: bench/tmux_verdict.py
    (shots / "tmux-report.txt").write_text(report)
    assert "✔ Practical examples" in report and "/ 5:00" in report
    tmux.keys("Escape")
    tmux.wait_for("Press space to start")
    tmux.keys("Escape")
    tmux.wait_for("Past takes", "complete")
    tmux.keys("C-q")
    deadline = time.monotonic() + 10
    while "rehearse" in tmux.cmd("list-panes", "-a", "-F", "#{pane_current_command}") and time.monotonic() < deadline:
        time.sleep(0.1)
    takes = list((tmp_path / "home" / "recordings" / "minusma-gender").iterdir())
    assert len(takes) == 1
    assert (takes[0] / "audio.flac").exists() and (takes[0] / "report.json").exists()
