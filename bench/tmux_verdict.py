"""Stop key to verdict on screen: the real `rehearse` binary in tmux, recording a virtual microphone.

The same path as tests/ui/test_tmux.py, timed: the app records the committed sample
speech (about 65 s, played in real time into the PulseAudio virtual microphone of
tests/vmic.py) through PortAudio, the live checklist fills, then space stops the take
and `tmux capture-pane` is polled every 10 ms until the report's "Verdict" and
"Top fixes" are on screen. The test only checks that this happens; how fast lives here,
because a wall-clock limit in a test fails on a loaded machine and then means nothing.

bench/latency.py times the same stop-to-report step in-process on a 6-minute take;
this adds the terminal, the real recorder and the screen change around it.

    .venv/bin/python bench/tmux_verdict.py            # 3 runs, about 80 s each
    .venv/bin/python bench/tmux_verdict.py --runs 1

Prints a markdown table. Uses a temporary REHEARSE_HOME: no real takes are touched.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
BINARY = Path(sys.executable).with_name("rehearse")


class Screen:
    """One tmux server on a private socket, running the app at the tests' 120x36."""

    def __init__(self, sock: Path, env: dict[str, str]):
        self.tmux, self.env = ["tmux", "-S", str(sock)], env

    def run(self, *args: str, check: bool = False) -> str:
        return subprocess.run([*self.tmux, *args], capture_output=True, text=True, timeout=10, env=self.env,
                              check=check).stdout

    def start(self) -> None:
        exports = " ".join(f"{k}={v}" for k, v in self.env.items() if k.startswith(("REHEARSE_", "PULSE_")))
        self.run("new-session", "-d", "-s", "b", "-x", "120", "-y", "36", f"cd {REPO} && env {exports} {BINARY}",
                 check=True)

    def wait_for(self, *texts: str, timeout: float = 120.0, step: float = 0.1) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.run("capture-pane", "-p", "-t", "b")
            if all(t in screen for t in texts):
                return screen
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out waiting for {texts}; screen was:\n{screen}")
            time.sleep(step)


def one_run(mic, speech: Path, home: Path) -> tuple[float, float]:
    """(seconds from the stop key to the verdict on screen, 1-minute load average at stop)."""
    home.mkdir(parents=True)
    env = {**mic.env(), "REHEARSE_HOME": str(home), "REHEARSE_CONFIG": str(home / "config")}
    screen = Screen(home / "tmux.sock", env)
    screen.start()
    try:
        screen.wait_for("speech model: ready", "input device(s)")
        screen.run("send-keys", "-t", "b", "p")
        screen.wait_for("Press space to start")
        screen.run("send-keys", "-t", "b", "Space")
        screen.wait_for("● recording")
        mic.play(speech, wait=True)
        screen.wait_for("✔ Why", "✔ How")
        load = os.getloadavg()[0]
        stopped = time.monotonic()
        screen.run("send-keys", "-t", "b", "Space")
        screen.wait_for("Verdict", "Top fixes", step=0.01)
        return time.monotonic() - stopped, load
    finally:
        screen.run("kill-server")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from tests.speech import kinds
    from tests.vmic import VirtualMic

    speech = kinds.SAMPLE.path()
    waits, loads = [], []
    with tempfile.TemporaryDirectory() as tmp:
        mic = VirtualMic(Path(tmp) / "vmic").start()
        try:
            for i in range(args.runs):
                waited, load = one_run(mic, speech, Path(tmp) / f"home{i}")
                waits.append(waited)
                loads.append(load)
        finally:
            mic.stop()
    print(f"{args.runs} runs, {os.cpu_count()} cores, load average at stop "
          f"{min(loads):.1f}-{max(loads):.1f}, 120x36 tmux, the sample speech ({speech.name})\n")
    print("| measure | median | min | max |\n|---|---|---|---|")
    print(f"| stop key → verdict on screen | **{statistics.median(waits):.2f} s** | {min(waits):.2f} s "
          f"| {max(waits):.2f} s |")


if __name__ == "__main__":
    main()
