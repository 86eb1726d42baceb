"""Time from launch to the first frame of the real `rehearse` binary, in a real terminal (tmux).

"First frame" is the moment `tmux capture-pane` first shows the home screen's
Practise button and brief; polling every 10 ms bounds the error to about that.
Also timed: until the speech model reports ready (it loads in a worker after
the first frame, so it never delays the screen). Each run uses a fresh tmux
server and a temporary REHEARSE_HOME.

    .venv/bin/python bench/startup.py            # 5 runs
    .venv/bin/python bench/startup.py --runs 10

Prints a markdown table.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BINARY = Path(sys.executable).with_name("rehearse")
FIRST_FRAME = ("Practise", "The brief")
MODEL_READY = "speech model: ready"


def one_run(home: Path, timeout: float = 30.0) -> tuple[float, float]:
    sock = home / "tmux.sock"
    tmux = ["tmux", "-S", str(sock)]
    command = f"cd {REPO} && env REHEARSE_HOME={home} REHEARSE_CONFIG={home}/config {BINARY}"
    t0 = time.monotonic()
    subprocess.run([*tmux, "new-session", "-d", "-s", "b", "-x", "120", "-y", "36", command], check=True)
    first = ready = float("nan")
    try:
        while time.monotonic() - t0 < timeout:
            screen = subprocess.run([*tmux, "capture-pane", "-p", "-t", "b"], capture_output=True, text=True).stdout
            now = time.monotonic() - t0
            if math.isnan(first) and all(t in screen for t in FIRST_FRAME):
                first = now
            if MODEL_READY in screen:
                ready = now
                break
            time.sleep(0.01)
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
    return first, ready


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    firsts, readies = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as home:
            first, ready = one_run(Path(home))
        firsts.append(first)
        readies.append(ready)
    print(f"{args.runs} runs, {os.cpu_count()} cores, 120x36 tmux, `{BINARY.name}` with no arguments\n")
    print("| measure | median | min | max |\n|---|---|---|---|")
    for name, xs in (("launch → first frame (home screen)", firsts), ("launch → speech model ready", readies)):
        print(f"| {name} | {statistics.median(xs):.2f} s | {min(xs):.2f} s | {max(xs):.2f} s |")


if __name__ == "__main__":
    main()
