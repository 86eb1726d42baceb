"""Offline and private: normal use never reaches for the network.

Every command runs with a `sitecustomize` that replaces `socket.socket` and
`getaddrinfo`: any attempt to open an internet socket (AF_INET/AF_INET6) or to
resolve a name is written to a log and refused. Unix sockets stay allowed, since
the virtual microphone (PulseAudio) is local IPC. The data and config folders
are fresh, as on a first start.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.vmic import vmic  # noqa: F401  (session fixture)

ROOT = Path(__file__).resolve().parents[1]
REHEARSE = str(Path(sys.executable).parent / "rehearse")
SAMPLE = ROOT / "samples" / "minusma-sample.flac"

GUARD = '''
import os, socket, traceback
_log = os.environ["REHEARSE_NET_LOG"]
def _deny(what):
    with open(_log, "a") as fh:
        fh.write(what + "\\n" + "".join(traceback.format_stack(limit=8)) + "\\n")
    raise OSError("network access blocked by tests/test_offline.py: " + what)
_Socket = socket.socket
class _GuardedSocket(_Socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        fam = socket.AF_INET if family == -1 else family
        if fileno is None and fam in (socket.AF_INET, socket.AF_INET6):
            _deny("socket(%r)" % (fam,))
        super().__init__(family, type, proto, fileno)
socket.socket = _GuardedSocket
socket.getaddrinfo = lambda *a, **k: _deny("getaddrinfo%r" % (a[:2],))
socket.gethostbyname = lambda *a, **k: _deny("gethostbyname%r" % (a,))
'''


@pytest.fixture()
def offline_env(tmp_path, vmic):  # noqa: F811
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "net.log"
    env = {**os.environ, **vmic.env()}
    env.update(
        PYTHONPATH=str(guard),
        REHEARSE_NET_LOG=str(log),
        REHEARSE_HOME=str(tmp_path / "home"),
        REHEARSE_CONFIG=str(tmp_path / "config"),
        HOME=str(tmp_path / "userhome"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg"),
        HF_HUB_OFFLINE="0",  # no help from the environment: the code itself must not reach out
    )
    env.pop("HF_HUB_CACHE", None)
    return env, log


def run(env, *args, timeout=240) -> subprocess.CompletedProcess:
    return subprocess.run([REHEARSE, *args], env=env, capture_output=True, text=True, timeout=timeout)


def test_the_guard_really_blocks(offline_env):
    env, log = offline_env
    code = "import urllib.request; urllib.request.urlopen('http://example.org', timeout=2)"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode != 0 and "blocked by tests/test_offline.py" in result.stderr
    assert log.read_text()


def test_record_analyse_replay_export_never_touch_the_network(offline_env, vmic):  # noqa: F811
    env, log = offline_env
    analysed = run(env, "analyze", str(SAMPLE), "--json")
    assert analysed.returncode == 0, analysed.stderr
    assert json.loads(analysed.stdout)["words"] > 50

    vmic.play(SAMPLE)
    recorded = run(env, "record", "--seconds", "5", "--speaker", "Offline", "--json")
    vmic.stop_players()  # 5 s were recorded; the other minute of the sample is not needed
    assert recorded.returncode == 0, recorded.stderr
    take = json.loads(recorded.stdout.strip().splitlines()[-1])["take"]

    listed = run(env, "takes", "--json")
    assert listed.returncode == 0 and "Offline" in listed.stdout, listed.stderr
    html = Path(env["REHEARSE_HOME"]) / "export.html"
    exported = run(env, "export", take, "--format", "html", "-o", str(html))
    assert exported.returncode == 0 and html.stat().st_size > 1000, exported.stderr

    replay = (
        "from rehearse.audio.playback import Player\n"
        f"p = Player(); p.load({str(SAMPLE)!r}); p.play(1.0, until=2.0); p.wait(10); p.stop()\n"
    )
    played = subprocess.run([sys.executable, "-c", replay], env=env, capture_output=True, text=True, timeout=60)
    assert played.returncode == 0, played.stderr
    assert not log.exists(), log.read_text()


def model_state(screen: str) -> str | None:
    """'loading…', 'ready' or the error on the home screen's model line; None before it shows."""
    found = re.search(r"speech model: (\S+)", screen)
    return found.group(1) if found else None


def test_first_start_of_the_app_on_a_fresh_data_folder(offline_env, tmp_path):
    if shutil.which("tmux") is None:
        pytest.fail("tmux is needed for this test: apt-get install tmux")
    env, log = offline_env
    sock = str(tmp_path / "tmux.sock")
    tmux = ["tmux", "-S", sock]
    cmd = " ".join(f"{k}={v!r}" for k, v in env.items() if k.startswith(("REHEARSE", "PYTHON", "PULSE", "XDG", "HOME")))
    # env= and `env -u` on purpose: importing readline (pytest does) setenv()s COLUMNS=80 and LINES=24
    # in the C environment that a subprocess inherits (a test worker under pytest -n 2 even has them in
    # os.environ); through tmux the app would lay out at 80x24.
    subprocess.run([*tmux, "new-session", "-d", "-x", "120", "-y", "36", f"env -u COLUMNS -u LINES {cmd} {REHEARSE}"], check=True,
                   env=dict(os.environ))
    try:
        # The model loads in a background worker after the first frame, and the home screen
        # says when it is done: waiting for that (not for a few seconds) means the whole load
        # ran under the guard.
        screen, deadline = "", time.monotonic() + 120
        while time.monotonic() < deadline and model_state(screen) in (None, "loading…"):
            time.sleep(0.2)
            screen = subprocess.run([*tmux, "capture-pane", "-p"], capture_output=True, text=True).stdout
        assert "minusma" in screen.lower() and model_state(screen) == "ready", screen
        subprocess.run([*tmux, "send-keys", "C-q"], check=False)
    finally:
        subprocess.run([*tmux, "kill-server"], check=False)
    assert not log.exists(), log.read_text()
