"""Shared fixtures: synthetic speeches, silence and noise, and one analysis per file.

Why batched: each `rehearse analyze` process pays for importing faster-whisper,
loading the model and warming up the DSP code. The speech tests ask for many
files, so the `analysed` fixture runs the real CLI once, in a subprocess, on every
file the selected tests declare with `@pytest.mark.audio(...)`, and hands each
test the JSON line for its file. Any file not declared is analysed on its own.
Synthesis is cached on disk (tests/.cache/speech/), so a warm run only hashes texts;
every report the CLI printed is appended to tests/.cache/analysed.jsonl for debugging.

With the environment variable `CI` set, a skipped test fails (see the hooks below):
a package that could not be installed must never leave a green run behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from tests.speech import kinds, synth

REPO = Path(__file__).resolve().parents[1]
_SCRIPT = Path(sys.executable).with_name("rehearse")
REHEARSE = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "rehearse"]
"""The installed console script when there is one: that is what a user runs."""

SPARSE_SENTENCE = "General, thank you for seeing me."
"""The one sentence in the otherwise silent two-minute take."""


def _silence() -> np.ndarray:
    return synth.silence(30.0)


def _noise() -> np.ndarray:
    return synth.noise(30.0, dbfs=-40.0, seed=1325)


def _sparse() -> np.ndarray:
    """Two minutes, one short sentence at about 60 s: a take where the speaker froze."""
    line = synth.render(SPARSE_SENTENCE)
    audio = synth.silence(120.0)
    at = int(60.0 * synth.RATE)
    audio[at : at + len(line)] = line
    return audio


NON_SPEECH = {"SILENCE": _silence, "NOISE": _noise, "SPARSE": _sparse}
"""Made with numpy (and one piper sentence), not from a speech text."""


def audio_path(name: str) -> Path:
    """The cached FLAC for a speech kind or a NON_SPEECH name, made if missing."""
    if name in kinds.KINDS:
        return kinds.KINDS[name].path()
    path = synth.CACHE_DIR / f"{name}-v{synth.SYNTH_VERSION}.flac"
    if not path.exists():
        synth.write_flac(path, NON_SPEECH[name]())
    return path


def run_cli(*args: str, timeout: float = 900, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `rehearse ARGS` in a subprocess the way a user would, capturing text output."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    return subprocess.run([*REHEARSE, *args], capture_output=True, text=True, timeout=timeout, env=env, cwd=REPO)


def parse_json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip().startswith("{")]


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "audio(*names): speech kinds or NON_SPEECH names the test analyses (batched into one CLI run)"
    )
    # The virtual microphone, loaded here once and first, so pytest rewrites its asserts whichever
    # test module names it first; tests.pulse_daemon's hooks restart a PulseAudio daemon that
    # died and show its log when a microphone test fails.
    for plugin in ("tests.pulse_daemon", "tests.vmic"):
        config.pluginmanager.import_plugin(plugin)


def _under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


SKIP_UNDER_CI = ("skipped, and CI is set: a CI run must run every test, or its green means nothing. "
                 "Install what the test needs (`make system-test` installs the packages), "
                 "or unset CI to allow skips on this machine. The skip said: ")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """With `CI` set, a skipped test fails: a missing tool must not turn into a green run.

    Deliberate xfails stay as they are. Locally (no `CI`) a skip is still a skip.
    """
    report = yield
    if _under_ci() and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome, report.longrepr = "failed", SKIP_UNDER_CI + reason
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    """The same for a whole module skipped at collection (`pytest.skip(allow_module_level=True)`)."""
    report = yield
    if _under_ci() and report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome, report.longrepr = "failed", SKIP_UNDER_CI + reason
    return report


def _declared(session) -> list[str]:
    names: list[str] = []
    for item in session.items:
        for mark in item.iter_markers("audio"):
            names += [n for n in mark.args if n not in names]
    return names


@pytest.fixture(scope="session")
def speech(request):
    """`speech("COMPLETE") -> Path`: the cached FLAC of a speech kind or NON_SPEECH name.

    On first use, every declared speech kind is synthesised in two processes, so a cold
    cache costs about a minute and a half instead of three.
    """
    declared = [n for n in _declared(request.session) if n in kinds.KINDS]
    kinds.synthesize_all(declared)
    return audio_path


def _analyse(names: list[str]) -> dict[str, dict]:
    """One `rehearse analyze --json` over the named files: {name: report}."""
    paths = {name: audio_path(name) for name in names}
    proc = run_cli("analyze", *map(str, paths.values()), "--json")
    with open(synth.CACHE_DIR.parent / "analysed.jsonl", "a") as log:  # for reading failures later
        log.write(proc.stdout)
    assert proc.returncode == 0, f"rehearse analyze failed ({proc.returncode}):\n{proc.stderr[-3000:]}"
    lines = parse_json_lines(proc.stdout)
    assert len(lines) == len(paths), f"expected {len(paths)} JSON lines, got {len(lines)}:\n{proc.stderr[-2000:]}"
    by_file = {str(line.get("file", "")): line for line in lines}
    return {name: by_file.get(str(path), line) for (name, path), line in zip(paths.items(), lines, strict=True)}


@pytest.fixture(scope="session")
def analysed(request, speech):
    """`analysed("COMPLETE") -> dict`: the `rehearse analyze --json` object for that audio."""
    results: dict[str, dict] = {}

    def get(name: str) -> dict:
        if name not in results:
            with _shared_batch(request.config) as shared:
                results.update(shared)
                if name not in results:
                    batch = [n for n in _declared(request.session) if n not in results]
                    results.update(_analyse(batch if name in batch else [name]))
                    shared.update(results)
        return results[name]

    return get


@pytest.fixture(scope="session", autouse=True)
def _batch_in_the_background(request):
    """With two workers (`make test`), the first worker starts the batch of declared speeches as
    soon as the session starts, in a thread that holds the shared batch's lock while a subprocess
    does the work: the batch (about two minutes of one core) then overlaps the worker's other tests
    instead of both workers waiting for it when the first speech test comes up."""
    config = request.config
    if getattr(config, "workerinput", {}).get("workerid") != "gw0" or not _declared(request.session):
        yield
        return
    started = threading.Event()

    def run() -> None:
        with _shared_batch(config) as shared:
            started.set()
            missing = [n for n in _declared(request.session) if n not in shared]
            if missing:
                kinds.synthesize_all([n for n in missing if n in kinds.KINDS])
                with contextlib.suppress(AssertionError):  # a failed batch is redone, and reported, by the test
                    shared.update(_analyse(missing))

    worker = threading.Thread(target=run, name="speech-batch", daemon=True)
    worker.start()
    started.wait(timeout=60)
    yield
    worker.join()


@contextlib.contextmanager
def _shared_batch(config):
    """The reports the test workers of this run (`pytest -n 2`, make test) have made so far, held
    under a lock: the first worker to need one analyses the whole batch, the other waits and reads it,
    so the batch runs once per run, not once per worker. Without workers, a plain dict."""
    run = getattr(config, "workerinput", {}).get("testrunuid")
    if run is None:
        yield {}
        return
    path = synth.CACHE_DIR.parent / f"analysed-{run}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in path.parent.glob("analysed-*.*"):  # earlier runs' batches (tests/.cache is git-ignored)
        if old.stat().st_mtime < time.time() - 3600 * 24:
            old.unlink(missing_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        shared = json.loads(path.read_text()) if path.exists() else {}
        yield shared
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(shared))
        os.replace(tmp, path)
