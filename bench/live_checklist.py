"""The live checklist just before stop, against the report after it (issue 8: "the live checklist and
the report agree on the same take").

    .venv/bin/python bench/live_checklist.py [--redo S ...] [--count N]

Each brief (piper, the corpus's tune passages with three or more examples, 60-130 words) is fed to
`LiveAnalyzer` in 0.1 s blocks at the pace it was spoken, as the recorder does, while the live loop
works as in a take (decided chunks, drafts, the checklist every 0.5 s). One second after the audio
ends the checklist is read, as the speaker sees it before pressing stop; then `finish()` gives the
report. Printed per setting of `DRAFT_REDO_S` (how much of the undecided tail each draft redoes):
elements where the two agree, takes where all four agree, and the most the transcript lagged.
Real time: each brief costs its own length per setting; run it with nothing else on the cores.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rehearse.audio.decode import load_audio  # noqa: E402
from rehearse.core.scenario import load_scenario  # noqa: E402
from rehearse.session import live as live_module  # noqa: E402
from rehearse.session.live import LiveAnalyzer  # noqa: E402
from rehearse.session.pipeline import get_engine  # noqa: E402
from tests.corpus import load_corpus  # noqa: E402
from tests.speech.synth import synthesize  # noqa: E402

BLOCK_S = 0.1
STOP_AFTER_S = 1.0
"""The speaker presses stop about a second after the last word (the walks: 1-4 s)."""


def briefs(count: int) -> list[str]:
    picked = [p.text for p in load_corpus("tune") if p.examples >= 3 and 60 <= len(p.text.split()) <= 130]
    return picked[:: max(1, len(picked) // count)][:count]


def one_take(audio, scenario, engine) -> tuple[dict, dict, float]:
    live = LiveAnalyzer(scenario, engine)
    rate = 16000
    step = int(rate * BLOCK_S)
    start = time.monotonic()
    done = threading.Event()

    def feed() -> None:
        for k, i in enumerate(range(0, len(audio), step)):
            live.feed(audio[i:i + step])
            time.sleep(max(0.0, start + (k + 1) * BLOCK_S - time.monotonic()))
        done.set()

    threading.Thread(target=feed, name="feeder", daemon=True).start()
    lag = 0.0
    last = 0.0
    end_at = None
    while True:
        did = live.work()
        now = time.monotonic()
        if now - last >= 0.5:
            last = now
            state = live.state()
            lag = max(lag, (now - start) - state.heard_until)
        if done.is_set() and end_at is None:
            end_at = now + STOP_AFTER_S
        if end_at is not None and now >= end_at:
            break
        if not did:
            time.sleep(0.02)
    before = {c.id: (c.found, c.count) for c in live.state().checklist}
    report = live.finish(audio)
    after = {key: (r.found, r.count) for key, r in report.rubric.items()}
    return before, after, lag


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--redo", type=float, nargs="+", default=[4.0, live_module.DRAFT_REDO_S, 30.0])
    ap.add_argument("--count", type=int, default=6)
    args = ap.parse_args()
    scenario = load_scenario("minusma-gender")
    engine = get_engine()
    audios = [load_audio(synthesize(text)) for text in briefs(args.count)]
    for redo in args.redo:
        live_module.DRAFT_REDO_S = redo
        agree = takes = 0
        lags = []
        lines = []
        for audio in audios:
            before, after, lag = one_take(audio, scenario, engine)
            same = [before[k] == after[k] if k == "examples" else before[k][0] == after[k][0] for k in after]
            agree += sum(same)
            takes += all(same)
            lags.append(lag)
            lines.append(" ".join(f"{k}:{before[k][1] if k == 'examples' else int(before[k][0])}/"
                                  f"{after[k][1] if k == 'examples' else int(after[k][0])}" for k in after))
        n = len(audios)
        print(f"DRAFT_REDO_S={redo:g}: elements agreeing {agree}/{4 * n}, takes agreeing on all four {takes}/{n}, "
              f"most lag {max(lags):.1f} s (mean over the takes {sum(lags) / n:.1f} s)")
        for line in lines:
            print("   live/report", line)


if __name__ == "__main__":
    main()
