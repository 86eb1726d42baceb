"""Crash safety of `rehearse record`: SIGKILL at random moments loses under a second.

The real CLI records from the virtual mic in a subprocess and is killed with
SIGKILL (no handler can run) at random times; then `rehearse record` is started
again and must recover every take on its own. A SIGTERM or Ctrl-C must instead
stop cleanly, finish the FLAC and lose nothing. Two recorders run side by side
to keep the 10 kills within ~20 s on two cores.
"""

from __future__ import annotations

import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from rehearse import store

pytest_plugins = ["tests.vmic"]
pytestmark = pytest.mark.device

_SCRIPT = Path(sys.executable).with_name("rehearse")
REHEARSE = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "rehearse"]
"""The installed console script when there is one: that is what a user runs."""

MAX_LOSS_S = 1.0


class Recording:
    """One `rehearse record` subprocess, started and waited on until it is recording."""

    def __init__(self, env: dict, speaker: str, *extra: str):
        self.t_spawn = time.monotonic()
        self.proc = subprocess.Popen([*REHEARSE, "record", "--seconds", "30", "--no-analyze",
                                      "--speaker", speaker, *extra],
                                     env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.recovered: list[str] = []  # it recovers earlier kills before it records
        while True:
            line = self.proc.stderr.readline()
            self.t_recording = time.monotonic()
            if "recovered interrupted take" in line:
                self.recovered.append(line)
                continue
            match = re.match(r"rehearse: recording (.+) from '", line)
            if not match:
                self.proc.kill()
                raise AssertionError(f"no 'recording' line: {line!r} {self.proc.communicate()}")
            break
        self.take_path = Path(match.group(1))
        self.t_signal = 0.0

    def send(self, sig: int) -> None:
        self.t_signal = time.monotonic()
        self.proc.send_signal(sig)

    @property
    def expected_s(self) -> float:
        """Audio the recorder had certainly been given when the signal came."""
        return self.t_signal - self.t_recording

    @property
    def upper_s(self) -> float:
        """More audio than this is impossible: the process did not exist earlier."""
        return self.t_signal - self.t_spawn


@pytest.fixture
def env(vmic, tmp_path):
    return {**vmic.env(), "REHEARSE_HOME": str(tmp_path), "PYTHONUNBUFFERED": "1"}


def test_sigkill_at_random_moments_loses_under_a_second(vmic, speech_wav, env, tmp_path):
    rng = random.Random(1325)
    killed: list[Recording] = []
    for pair in range(5):
        recs = [Recording(env, f"kill {pair}{side}") for side in "ab"]
        vmic.play(speech_wav)
        plan = sorted((r.t_recording + rng.uniform(1.0, 4.0), i) for i, r in enumerate(recs))
        for when, i in plan:
            time.sleep(max(0.0, when - time.monotonic()))
            recs[i].send(signal.SIGKILL)
        for r in recs:
            r.proc.communicate(timeout=10)
            assert r.proc.returncode == -signal.SIGKILL
            meta = store.load_take(r.take_path)
            assert meta.status == "recording" and r.take_path.joinpath("audio.pcm.part").exists()
        killed += recs

    # The next `rehearse record` finds and recovers them before recording anything itself.
    res = subprocess.run([*REHEARSE, "record", "--seconds", "0.3", "--no-analyze", "--speaker", "after"],
                         env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    recovered_lines = [ln for r in killed for ln in r.recovered]
    recovered_lines += [ln for ln in res.stderr.splitlines() if "recovered interrupted take" in ln]
    assert len(killed) == 10
    for r in killed:  # each take recovered exactly once, even by two processes starting together
        assert sum(str(r.take_path) in ln for ln in recovered_lines) == 1
    assert not [ln for ln in res.stderr.splitlines() if "could not recover" in ln]
    for r in killed:
        take = store.load_take(r.take_path)
        assert take.status == "recovered" and not take.part_path.exists()
        frames = sf.info(take.audio_path).frames
        assert take.duration == pytest.approx(frames / 16000)
        lost = r.expected_s - take.duration
        assert lost <= MAX_LOSS_S, f"{r.take_path.name}: lost {lost:.2f} s (killed after {r.expected_s:.2f} s)"
        assert take.duration <= r.upper_s + 0.2
    assert store.find_interrupted(tmp_path / "recordings") == []


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_sigterm_and_ctrl_c_stop_cleanly_and_keep_everything(vmic, speech_wav, env, sig):
    rec = Recording(env, "clean stop")
    vmic.play(speech_wav)
    time.sleep(2.5)
    rec.send(sig)
    out, err = rec.proc.communicate(timeout=20)
    assert rec.proc.returncode == 0, err
    assert re.search(r"rehearse: saved \d+\.\d s in ", err)
    take = store.load_take(rec.take_path)
    assert take.status == "complete" and take.audio == "audio.flac" and not take.part_path.exists()
    # Everything up to the signal is kept (the queue is drained before the file is closed).
    assert rec.expected_s - 0.25 <= take.duration <= rec.upper_s + 0.3
    from tests.vmic import best_correlation

    audio, _ = sf.read(take.audio_path, dtype="float32")
    source, _ = sf.read(speech_wav, dtype="float32")
    first_words = source[int(0.3 * 16000): int(1.3 * 16000)]
    assert np.abs(first_words).max() > 0.05
    ncc, _ = best_correlation(audio, first_words)
    assert ncc > 0.9, f"the speech said before the signal is not in the take (ncc {ncc:.3f})"
