"""SIGKILL of the real app (the TUI in tmux) during a take: the next start offers the take back.

`tests/test_crash.py` kills `rehearse record`; the app records through other code
(`LiveTake`: the live transcriber, an in-memory copy, the practice screen's
workers), so its promise is tested on its own. The real binary runs in a real
terminal (tmux) and records the sample speech from the PulseAudio virtual mic;
it is killed with SIGKILL (no handler, no `finally`) at a random moment of each
take, then started again. Each start must offer the take the last one left
behind, recover it when the user says yes, and then record the next take, which
is killed in turn; the last take is stopped first and killed while it is being
saved and judged. Every take must hold all but at most 1 s of the audio
recorded before its kill (or stop), and really be the speech that was played.
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import psutil
import pytest
import soundfile as sf

from rehearse import store
from rehearse.store.reports import read_report
from tests.conftest import REHEARSE, REPO

pytest_plugins = ["tests.vmic"]
pytestmark = pytest.mark.device

KILLS = 5
MAX_LOSS_S = 1.0
SAMPLE = REPO / "samples" / "minusma-sample.flac"


class App:
    """The real `rehearse` app in a private tmux server; `screen()` is what a user would see."""

    def __init__(self, socket: Path, env: dict[str, str]):
        self.socket, self.env = socket, env

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-S", str(self.socket), *args], capture_output=True, text=True,
                              timeout=10, env=self.env).stdout

    def start(self) -> None:
        exports = " ".join(f"{k}={v}" for k, v in self.env.items() if k.startswith(("REHEARSE_", "PULSE_")))
        self.tmux("new-session", "-d", "-s", "t", "-x", "120", "-y", "36",
                  f"cd {REPO} && exec env -u COLUMNS -u LINES {exports} {' '.join(REHEARSE)}")  # see test_tmux.py

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "t")

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while text not in (screen := self.screen()):
            assert time.monotonic() < deadline, f"timed out waiting for {text!r}; screen:\n{screen}"
            time.sleep(0.05)
        return screen

    def alive(self) -> bool:
        return subprocess.run(["tmux", "-S", str(self.socket), "has-session", "-t", "t"], capture_output=True,
                              timeout=10, env=self.env).returncode == 0

    def pid(self) -> int:
        """The app's own process (the pane runs it through `exec`, so the pane pid is the app)."""
        pane = int(self.tmux("list-panes", "-t", "t", "-F", "#{pane_pid}").split()[0])
        proc = psutil.Process(pane)
        assert any("rehearse" in part for part in proc.cmdline()), proc.cmdline()
        return pane


@pytest.fixture
def app(tmp_path, vmic):
    if shutil.which("tmux") is None:
        pytest.skip("tmux not installed")
    env = {**vmic.env(), "REHEARSE_HOME": str(tmp_path / "home"), "REHEARSE_CONFIG": str(tmp_path / "config")}
    short = Path(tempfile.mkdtemp(prefix="tmux-"))  # a unix socket path must stay under 108 bytes
    a = App(short / "sock", env)
    yield a
    a.tmux("kill-server")
    shutil.rmtree(short, ignore_errors=True)


def test_sigkill_of_the_app_mid_take_is_offered_back_and_loses_under_a_second(app, vmic, tmp_path):
    """The last take is stopped first and killed while it is being saved and judged: it must come
    back whole too, as a recovered take (killed mid-FLAC) or a complete one (killed after)."""
    rng = random.Random(1325)
    root = tmp_path / "home" / "recordings"
    kills: list[tuple[float, float]] = []  # (audio certainly recorded, most audio possible) per take
    for n in range(KILLS + 1):
        offered = bool(store.find_interrupted(root))  # read-only: what the app should find
        app.start()
        app.wait_for("Practise")
        if offered:  # the take the last run left behind is offered, and recovered on "y"
            offer = app.wait_for("Interrupted takes found")
            assert "1 take was interrupted" in offer, offer
            app.tmux("send-keys", "-t", "t", "y")
            app.wait_for("Recovered ")
        if n == KILLS:
            break
        app.tmux("send-keys", "-t", "t", "p")
        app.wait_for("Press space to start")
        pressed = time.monotonic()
        app.tmux("send-keys", "-t", "t", "Space")
        app.wait_for("● recording", timeout=15)
        seen = time.monotonic()
        vmic.play(SAMPLE)
        time.sleep(rng.uniform(1.5, 5.0))
        pid = app.pid()
        if n == KILLS - 1:  # stop, then kill while the take is saved and judged
            app.tmux("send-keys", "-t", "t", "Space")
            stopped = time.monotonic()
            time.sleep(rng.uniform(0.0, 0.5))
        killed = time.monotonic()
        psutil.Process(pid).send_signal(signal.SIGKILL)
        kills.append((killed - seen, killed - pressed) if n < KILLS - 1 else (stopped - seen, stopped - pressed))
        deadline = time.monotonic() + 10
        while app.alive():  # its pane closes with it; only then can the next start reuse the name
            assert time.monotonic() < deadline, "the app survived SIGKILL"
            time.sleep(0.05)
        vmic.stop_players()
    app.tmux("send-keys", "-t", "t", "C-q")

    takes = store.list_takes(root=root)
    assert len(takes) == KILLS, [t.path for t in takes]
    assert store.find_interrupted(root) == []
    from tests.vmic import best_correlation  # imported late: pytest loads tests.vmic as a plugin first

    source, _ = sf.read(SAMPLE, dtype="float32")
    for i, (take, (recorded, possible)) in enumerate(zip(takes, kills, strict=True)):  # ids sort by time
        assert take.status in (("recovered", "complete") if i == KILLS - 1 else ("recovered",)), take
        assert not take.part_path.exists() and read_report(take)[1] == ""
        if take.status == "recovered":  # recovery sweeps what the killed writer left half-written
            assert [p.name for p in take.path.iterdir() if p.name.startswith(".")] == []
        frames = sf.info(take.audio_path).frames
        assert take.duration == pytest.approx(frames / 16000)
        lost = recorded - take.duration
        print(f"{take.id} ({take.status}): {recorded:.2f} s recorded, {take.duration:.2f} s kept, lost {lost:.2f} s")
        assert lost <= MAX_LOSS_S, f"{take.id}: lost {lost:.2f} s (killed after {recorded:.2f} s)"
        assert take.duration <= possible + 0.2
        audio, _ = sf.read(take.audio_path, dtype="float32")
        ncc, _ = best_correlation(audio, source[8000:16000])  # the first words played into the mic
        assert ncc > 0.9, f"{take.id}: the speech played is not in the recovered audio (ncc {ncc:.3f})"
