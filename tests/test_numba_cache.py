"""Several rehearse processes measuring voices at once on a fresh install must not crash.

numba fills librosa's cache on first use; two processes doing it together can
write a mismatched pair of cache files and every later process then segfaults
(numba/numba#10128). A fresh `NUMBA_CACHE_DIR` stands in for a fresh install.
"""

from __future__ import annotations

import os
import subprocess
import sys

MEASURE = """
import numpy as np
from rehearse.audio.features import measure_voice
t = np.arange(16000 * 3) / 16000
voiced = (0.3 * np.sin(2 * np.pi * 140 * t) * (np.sin(2 * np.pi * 1.5 * t) > 0)).astype(np.float32)
assert measure_voice(voiced).pitch_hz
"""


def _all_at_once(env: dict, n: int) -> list[subprocess.CompletedProcess]:
    procs = [subprocess.Popen([sys.executable, "-c", MEASURE], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(n)]
    return [subprocess.CompletedProcess(p.args, p.wait(timeout=300), *p.communicate()) for p in procs]


def test_processes_filling_a_fresh_numba_cache_together_all_survive(tmp_path):
    env = {**os.environ, "NUMBA_CACHE_DIR": str(tmp_path / "numba")}
    for round_, n in (("filling", 2), ("loading", 1)):  # a mismatched pair crashes any later reader
        for proc in _all_at_once(env, n):
            assert proc.returncode == 0, f"{round_}: exit {proc.returncode}\n{proc.stderr[-2000:]}"
    assert any((tmp_path / "numba").rglob("guf-*.nbc")), "the test did not exercise numba's cache"
