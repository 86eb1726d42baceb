"""The virtual microphone's own daemon (tests/pulse_daemon.py): it lives as long as the session.

Issue 12: a fresh-clone run once lost its PulseAudio daemon mid-run (17 tests failed with
"Connection refused") and the log went with the temporary folder. These tests hold the
fixes to what can be reproduced: a helper forked from a short-lived thread is not killed
with it, a killed daemon or a deleted socket is detected and the daemon restarted on the
same socket, and the log of a daemon that had trouble is kept while a clean one is removed.
Each test runs its own daemon, never the session's `vmic`.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import threading
import time

import pytest

from tests.pulse_daemon import PulseDaemon, spawn


def _forked_from_a_thread(start) -> subprocess.Popen:
    """Run `start()` on a worker thread that lives 0.3 s more, then exits; return its process."""
    box: dict = {}

    def work() -> None:
        box["proc"] = start()
        time.sleep(0.3)  # long enough for setpriv to have set the death signal

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    time.sleep(0.3)
    return box["proc"]


def test_a_helper_forked_from_a_short_lived_thread_outlives_the_thread():
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is not installed: helpers are not tied to the test run")
    plain = _forked_from_a_thread(lambda: subprocess.Popen(["setpriv", "--pdeathsig", "TERM", "sleep", "30"]))
    ours = _forked_from_a_thread(lambda: spawn(["sleep", "30"]))
    try:
        # The kernel's rule, which makes the second check mean something: the "parent" whose
        # death sends the signal is the thread that forked, not the process.
        assert plain.poll() == -signal.SIGTERM
        assert ours.poll() is None, "a helper started from a worker thread died with the thread"
    finally:
        for proc in (plain, ours):
            proc.kill()
            proc.wait()


@pytest.fixture
def daemon(tmp_path):
    for tool in ("pulseaudio", "pactl"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} not installed (apt-get install pulseaudio pulseaudio-utils)")
    workdir = tmp_path / "pulse"
    env = {"PULSE_SERVER": f"unix:{workdir}/native"}
    script = (f"load-module module-native-protocol-unix auth-anonymous=1 socket={workdir}/native\n"
              "load-module module-null-sink sink_name=probe rate=16000 channels=1\n")
    d = PulseDaemon(workdir, script, env, log_dir=tmp_path / "kept", watched=False)
    d.start()
    yield d
    d.close()


def test_a_killed_daemon_is_named_and_restarted_on_the_same_socket(daemon):
    restarted = []
    daemon.after_restart = lambda: restarted.append(True)
    first = daemon.proc
    first.send_signal(signal.SIGKILL)
    first.wait(5)
    assert not daemon.answers()
    assert daemon.problem() == f"the PulseAudio daemon (pid {first.pid}) was killed by SIGKILL"
    what = daemon.revive()
    assert what.startswith(f"the PulseAudio daemon (pid {first.pid}) was killed by SIGKILL; restarted")
    assert daemon.answers() and daemon.proc is not first and restarted == [True]
    assert daemon.problem() is None and daemon.revive() is None  # nothing more to do
    assert len(daemon.logs) == 2 and all(log.exists() for log in daemon.logs)


def test_a_deleted_socket_reads_as_refused_and_is_restarted(daemon):
    daemon.socket.unlink()  # what deleting the temporary folder does to the clients
    refused = subprocess.run(["pactl", "info"], env={"PULSE_SERVER": f"unix:{daemon.socket}"},
                             capture_output=True, text=True)
    assert "Connection refused" in refused.stderr
    assert "socket" in daemon.problem() and "is gone" in daemon.problem()
    daemon.revive()
    assert daemon.answers() and daemon.socket.exists()


def test_logs_are_kept_after_trouble_and_removed_after_a_clean_run(daemon, tmp_path):
    log = daemon.log
    assert log.parent == tmp_path / "kept" and "Daemon startup complete" in log.read_text()
    daemon.close()
    assert not log.exists()  # a clean run leaves nothing behind
    daemon.logs.clear()
    daemon.start()
    daemon.trouble.append("tests/x.py::test_y failed")
    daemon.close()
    assert daemon.log.exists() and "Daemon startup complete" in daemon.tail()
