"""A 3-hour file through `rehearse analyze --json`: it must finish, cover the whole file, and fit in memory.

Why: a whole class recorded on a phone is a real input (decode.MAX_AUDIO_S allows
4 h), and it is the one input where a quadratic step, a per-word list that never
shrinks or a decoder holding three copies of the audio would show up as a hang or
an out-of-memory kill instead of a slow test. The file is the bundled sample
speech repeated end to end (with 1 s of silence between copies) up to 3 hours,
written as 16 kHz FLAC into bench/out/ once and reused.

The real CLI runs in a subprocess, the way a user runs it; its RSS (with any
children) is polled every 0.25 s and the kernel's own peak (ru_maxrss of the
child) is read when it exits. Checks: exit 0, one report, `audio_s` within 1 s
of the file, words in proportion to the copies, and transcribed words up to the
last copy (nothing silently dropped at the end).

    .venv/bin/python bench/huge_file.py [--hours 3] [--timeout 3600]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import psutil
import soundfile as sf

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
SAMPLE = REPO / "samples" / "minusma-sample.flac"
_SCRIPT = Path(sys.executable).with_name("rehearse")
REHEARSE = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "rehearse"]
GAP_S = 1.0


def make_file(hours: float) -> tuple[Path, int, float]:
    """(path, copies of the sample, seconds): the long FLAC, written block by block (never whole in memory)."""
    one, rate = sf.read(SAMPLE, dtype="int16")
    if one.ndim > 1:
        one = one[:, 0]
    unit = np.concatenate([one, np.zeros(int(GAP_S * rate), np.int16)])
    copies = int(hours * 3600 * rate // len(unit))
    path = OUT / f"huge-{hours:g}h-{copies}x.flac"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.flac")
        with sf.SoundFile(tmp, "w", samplerate=rate, channels=1, subtype="PCM_16", format="FLAC") as f:
            for _ in range(copies):
                f.write(unit)
        tmp.rename(path)
    return path, copies, copies * len(unit) / rate


def run_measured(cmd: list[str], timeout: float) -> tuple[subprocess.CompletedProcess, dict]:
    """Run `cmd`, polling the RSS of it and its children; returns (result, measures)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0.0]

    def poll() -> None:
        try:
            p = psutil.Process(proc.pid)
            while proc.poll() is None:
                rss = sum(c.memory_info().rss for c in [p, *p.children(recursive=True)])
                peak[0] = max(peak[0], rss / 2**20)
                time.sleep(0.25)
        except psutil.Error:
            pass

    watcher = threading.Thread(target=poll, daemon=True)
    watcher.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise SystemExit(f"HANG: no result after {timeout:.0f} s\n{err[-2000:]}") from None
    watcher.join()
    wall = time.perf_counter() - t0
    maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err), {
        "wall_s": round(wall, 1), "peak_rss_polled_mb": round(peak[0]), "peak_rss_kernel_mb": round(maxrss)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--hours", type=float, default=3.0)
    ap.add_argument("--timeout", type=float, default=3600.0, help="a hang guard, not a target")
    args = ap.parse_args()
    path, copies, seconds = make_file(args.hours)
    one = run_measured([*REHEARSE, "analyze", str(SAMPLE), "--json"], 600)[0]
    per_copy = json.loads(one.stdout)["words"]
    res, m = run_measured([*REHEARSE, "analyze", str(path), "--json"], args.timeout)
    assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr[-3000:]
    reports = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert len(reports) == 1, res.stdout[:500]
    r = reports[0]
    words = r["transcript"]["words"]
    last_word = max((w["end"] for w in words), default=0.0)
    table = {
        "file": f"{path.name} ({path.stat().st_size / 2**20:.0f} MiB, {copies} copies of the sample)",
        "duration_s": round(seconds, 1), "audio_s": r["audio_s"], "last_word_end_s": round(last_word, 1),
        "words": r["words"], "expected_words": f"~{per_copy * copies} ({per_copy} per copy)", **m,
        "x_real_time": round(seconds / m["wall_s"], 1),
    }
    print("| measure | value |\n| --- | --- |")
    for k, v in table.items():
        print(f"| {k} | {v} |")
    assert abs(r["audio_s"] - seconds) < 1.0, (r["audio_s"], seconds)
    assert last_word > seconds - 90, f"transcription stopped at {last_word:.0f} s of {seconds:.0f} s"
    assert abs(r["words"] - per_copy * copies) < 0.1 * per_copy * copies, (r["words"], per_copy * copies)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
