"""A private PulseAudio daemon that lives as long as the test session, and a log that outlives it.

Why (issue 12): the first `make test` on a fresh clone once failed 17 virtual-microphone
tests with "Connection refused": the daemon was gone mid-run, and its log had been deleted
with the temporary folder, so nobody could tell why. Hence:

- The log goes straight to a kept folder (tests/.cache/vmic/, ignored by git), never the
  temporary one. It is deleted when the daemon stops without trouble; after any trouble
  (a failed test that used it, a death, a failed start) it stays, and its path is printed.
- `problem()` tells a dead daemon (exit status or signal) from a vanished socket: when the
  folder holding it is deleted, clients also read "Connection refused". `revive()` brings
  the daemon back on the same socket, so clients' PULSE_SERVER stays valid.
- This module is a pytest plugin (tests/conftest.py loads it): before each test, a daemon
  that died or lost its socket is restarted, with a warning on the terminal and in the
  warnings summary; a failed test that used a microphone shows the daemon's log tail.
- Helpers run under `setpriv --pdeathsig TERM`, so none outlives a killed test run. The kernel
  sends that signal when the *thread* that forked the helper exits, not the process (measured
  here: a helper forked from a worker thread got SIGTERM as soon as that thread returned). So
  `spawn()` forks from the main thread, or else from one spawner thread that lives as long as
  the process, never from a short-lived worker.
- Shared memory is off (`--disable-shm`): a CI run lost its daemon to SIGABRT in
  `memblock_replace_import` right after "Cannot send block reference with non-registered
  memfd ID" (PulseAudio bug 824), when a player was killed mid-stream. Without shared memory,
  audio is copied over the socket and that import path is never taken; 16 kHz mono is tiny.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import threading
import time
import warnings
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

import pytest

LOG_DIR = Path(__file__).resolve().parent / ".cache" / "vmic"
"""Kept logs of daemons that had trouble (tests/.cache is ignored by git)."""
KEEP_LOGS = 20
"""Kept logs beyond this many (the oldest, and only those a day old) are pruned at each start."""

_jobs: queue.SimpleQueue | None = None
_jobs_lock = threading.Lock()


def _spawner(jobs: queue.SimpleQueue) -> None:
    while True:
        cmd, kwargs, done = jobs.get()
        try:
            done.set_result(subprocess.Popen(cmd, **kwargs))
        except BaseException as exc:  # handed to the caller, whatever it is
            done.set_exception(exc)


def spawn(cmd: list[str], **kwargs) -> subprocess.Popen:
    """Start a helper that gets SIGTERM if the test process dies, so no daemon is ever orphaned.

    `setpriv --pdeathsig` rather than a `preexec_fn`: Python code between fork and exec can
    deadlock while PortAudio's threads run, and tests start players mid-recording.
    """
    global _jobs
    if shutil.which("setpriv"):
        cmd = ["setpriv", "--pdeathsig", "TERM", *cmd]
    if threading.current_thread() is threading.main_thread():
        return subprocess.Popen(cmd, **kwargs)
    with _jobs_lock:
        if _jobs is None:
            _jobs = queue.SimpleQueue()
            threading.Thread(target=_spawner, args=(_jobs,), name="pulse-spawner", daemon=True).start()
    done: Future = Future()
    _jobs.put((cmd, kwargs, done))
    return done.result(timeout=30)


def describe_exit(code: int) -> str:
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with status {code}"


class PulseDaemon:
    """`pulseaudio` running `script` in `workdir`, for clients whose environment is `client_env`."""

    def __init__(self, workdir: Path, script: str, client_env: dict[str, str], log_dir: Path = LOG_DIR,
                 after_restart: Callable[[], None] | None = None, watched: bool = True):
        """`watched`: the hooks below revive it and report its kept logs (False: a test's own daemon)."""
        self.dir, self.script, self.client_env = Path(workdir), script, client_env
        self.after_restart, self.watched = after_restart, watched
        self.log_dir = Path(log_dir)
        self.socket = self.dir / "native"
        self.proc: subprocess.Popen | None = None
        self.logs: list[Path] = []
        self.trouble: list[str] = []
        """What went wrong (deaths, failed tests that used it): any entry keeps the logs."""

    @property
    def log(self) -> Path | None:
        return self.logs[-1] if self.logs else None

    def start(self, timeout: float = 10.0) -> None:
        """Write the script, start the daemon and return once `pactl info` answers."""
        for sub in ("home", "run"):
            (self.dir / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        (self.dir / "default.pa").write_text(self.script)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self._prune()
        log = self.log_dir / f"pa-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{len(self.logs)}.log"
        self.logs.append(log)
        env = {**os.environ, **self.client_env, "HOME": str(self.dir / "home"),
               "XDG_RUNTIME_DIR": str(self.dir / "run")}
        self.proc = spawn(
            ["pulseaudio", "-n", "-F", str(self.dir / "default.pa"), "--daemonize=no", "--exit-idle-time=-1",
             "--use-pid-file=no", "--disable-shm=yes", "--log-level=info", "--log-time=yes", f"--log-target=file:{log}"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while not self.answers():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.trouble.append("did not start")
                self.terminate()
                raise RuntimeError(f"PulseAudio did not start; its log is kept at {log}:\n{self.tail()}")
            time.sleep(0.05)
        if self.watched and self not in _LIVE:
            _LIVE.append(self)

    def answers(self) -> bool:
        env = {**os.environ, **self.client_env}
        return subprocess.run(["pactl", "info"], env=env, capture_output=True, timeout=10).returncode == 0

    def problem(self) -> str | None:
        """Why clients cannot reach the daemon now, or None if nothing is visibly wrong."""
        if self.proc is None:
            return None
        code = self.proc.poll()
        if code is not None:
            return f"the PulseAudio daemon (pid {self.proc.pid}) {describe_exit(code)}"
        if not self.socket.exists():
            return f"the PulseAudio socket {self.socket} is gone (was its temporary folder deleted?)"
        return None

    def revive(self) -> str | None:
        """Restart the daemon if it died or lost its socket; returns what happened, or None."""
        problem = self.problem()
        if problem is None:
            return None
        self.trouble.append(problem)
        self.terminate()
        self.start()
        if self.after_restart is not None:
            self.after_restart()
        return f"{problem}; restarted it on the same socket (the old log is kept at {self.logs[-2]})"

    def tail(self, lines: int = 40, log: Path | None = None) -> str:
        """The last lines of a log, the current one by default (the daemon's own account)."""
        log = log or self.log
        if log is None or not log.exists():
            return "(no log)"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])

    def terminate(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)

    def close(self) -> None:
        """Stop the daemon; delete its logs if all went well, else say where they are kept."""
        self.terminate()
        if self in _LIVE:
            _LIVE.remove(self)
        if not self.trouble:
            for log in self.logs:
                log.unlink(missing_ok=True)
        elif self.logs and self.watched and self not in _KEPT:
            _KEPT.append(self)

    def _prune(self) -> None:
        def age(path: Path) -> float:
            try:
                return time.time() - path.stat().st_mtime
            except OSError:  # another session pruned it first
                return -1.0

        kept = sorted(self.log_dir.glob("pa-*.log"), key=age)
        for old in kept[KEEP_LOGS:]:
            if age(old) > 86400:  # never a log that another session may still be writing
                old.unlink(missing_ok=True)


_LIVE: list[PulseDaemon] = []
"""Every running daemon (the session's `vmic`, a module's private `sink`), for the hooks below."""
_KEPT: list[PulseDaemon] = []
"""Stopped daemons whose logs were kept, for the summary at the end of the run."""
MIC_FIXTURES = {"vmic", "sink"}
"""Fixtures that are a virtual microphone: a failed test that used one gets its daemon's log."""


def pytest_runtest_setup(item) -> None:
    """A daemon that died (or whose socket vanished) is restarted before the next test, loudly."""
    for daemon in list(_LIVE):
        what = daemon.revive()
        if what is not None:
            message = f"virtual microphone: {what}"
            reporter = item.config.pluginmanager.get_plugin("terminalreporter")
            capture = item.config.pluginmanager.get_plugin("capturemanager")
            if reporter is not None and capture is not None:
                with capture.global_and_fixture_disabled():  # on the terminal now, not in captured output
                    reporter.ensure_newline()
                    reporter.write_line(f"WARNING before {item.nodeid}: {message}", yellow=True, bold=True)
                    reporter.write_line(daemon.tail(15, daemon.logs[-2]))
            warnings.warn(pytest.PytestWarning(message), stacklevel=1)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed test that used a microphone: keep the daemon's log, and show its tail."""
    report = yield
    if report.failed and MIC_FIXTURES & set(getattr(item, "fixturenames", ())):
        for daemon in _LIVE:
            daemon.trouble.append(f"{item.nodeid} failed")
            problem = daemon.problem()
            title = f"PulseAudio log, kept at {daemon.log}" + (f": {problem}" if problem else "")
            report.sections.append((title, daemon.tail()))
    return report


def pytest_terminal_summary(terminalreporter) -> None:
    """Where the kept logs are, after the run: the one place nobody has to scroll back for."""
    troubled = [d for d in [*_KEPT, *_LIVE] if d.trouble]
    if troubled:
        terminalreporter.section("virtual microphone", yellow=True)
        for daemon in troubled:
            terminalreporter.write_line(f"PulseAudio logs kept ({'; '.join(daemon.trouble)}):")
            for log in daemon.logs:
                terminalreporter.write_line(f"  {log}")
