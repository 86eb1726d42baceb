"""What the structural judge adds to an analysis: model load once, then time per speech, and RSS.

    .venv/bin/python bench/judge_speed.py

Judges the LONG test speech (about five minutes of words) several times with the
same scenario; the first call includes loading spaCy's model.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil  # noqa: E402

from rehearse.core import nlp  # noqa: E402
from rehearse.core.report import analyze  # noqa: E402
from rehearse.core.scenario import load_scenario  # noqa: E402
from rehearse.core.types import Transcript  # noqa: E402
from tests.core.wordlist import make_words  # noqa: E402
from tests.speech.texts import LONG  # noqa: E402


def main() -> None:
    proc = psutil.Process()
    scenario = load_scenario("minusma-gender")
    words = tuple(make_words(LONG))
    rss0 = proc.memory_info().rss
    t0 = time.perf_counter()
    nlp.warm_up()
    load_s = time.perf_counter() - t0
    times = []
    for i in range(5):
        shifted = tuple(w.__class__(w.word, w.start + i * 0.001, w.end + i * 0.001) for w in words)
        t = time.perf_counter()
        analyze(Transcript(shifted), None, scenario)
        times.append(time.perf_counter() - t)
    print(f"words: {len(words)}  model load: {load_s:.2f} s  RSS added by the model: "
          f"{(proc.memory_info().rss - rss0) / 2**20:.0f} MiB")
    print(f"analyze() on the whole speech: median {sorted(times)[2]:.2f} s, min {min(times):.2f} s")


if __name__ == "__main__":
    main()
