"""Stop-to-report latency, memory and live-transcript lag of a long take, on the app's own code path.

Drives `rehearse.session.take.LiveTake` (what the practice screen runs) with the real
engine, the real LiveAnalyzer, the real store and FLAC writer. Only the
microphone is replaced: the speech file is played into the take block by block
(0.1 s), paced by the wall clock at `--speed` times real time. At speed 1 (the
default) the take lasts as long as the speech, so the transcriber competes for
the two cores exactly as in a real rehearsal. Faster speeds are labelled as such
in the output: they starve the live transcriber and overstate the work left at stop.

    .venv/bin/python bench/latency.py                 # the ~6-minute LONG test speech, real time
    .venv/bin/python bench/latency.py FILE --speed 2  # any speech file, twice real time
    .venv/bin/python bench/latency.py --glibc-arenas  # without rehearse's cap on malloc arenas

Prints a markdown table. Uses a temporary REHEARSE_HOME: no real takes are touched.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def default_speech() -> Path:
    from tests.speech import kinds

    return kinds.KINDS["LONG"].path()


def sample_rss(stop: threading.Event, out: list[tuple[float, float]]) -> None:
    """(monotonic time, RSS in MiB) every 0.5 s, so the report can say when the peak came."""
    import psutil

    proc = psutil.Process()
    while not stop.wait(0.5):
        out.append((time.monotonic(), proc.memory_info().rss / 2**20))


def run(path: Path, speed: float, tail_s: float) -> dict:
    import numpy as np
    import psutil

    from rehearse.audio.decode import load_audio
    from rehearse.core.scenario import load_scenario
    from rehearse.session.services import real_services
    from rehearse.session.take import LiveTake
    from tests.ui.fakes import recording_factory

    audio = load_audio(path)
    audio = np.concatenate([audio, np.zeros(int(16000 * tail_s), np.float32)])
    services = real_services(new_recording=recording_factory(audio, speed=speed))
    t = time.monotonic()
    engine = services.load_engine(None)
    load_s = time.monotonic() - t
    t = time.monotonic()
    services.warm_up()
    warm_s = time.monotonic() - t
    take = LiveTake(services, load_scenario(None), speaker="bench")
    lags: list[float] = []

    def on_state(state) -> None:
        lags.append(max(0.0, take.elapsed - state.heard_until))

    rss: list[tuple[float, float]] = []
    rss_stop = threading.Event()
    threading.Thread(target=sample_rss, args=(rss_stop, rss), daemon=True).start()
    rss_before = psutil.Process().memory_info().rss / 2**20
    take.start()
    live = threading.Thread(target=take.run_live, args=(on_state,), kwargs={"engine": lambda: engine}, daemon=True)
    live.start()
    while take.elapsed < len(audio) / 16000 - 0.05:
        time.sleep(0.05)
    load = os.getloadavg()[0]
    stopped = time.monotonic()
    result = take.stop_and_report(lambda timeout: engine)
    rss_stop.set()
    report = result.report
    return {
        "speech": path.name, "audio_s": len(audio) / 16000, "speed": speed, "model_load_s": load_s,
        "warm_up_s": warm_s, "timings": result.timings, "lags": lags, "rss_before": rss_before,
        "rss_peak": max((m for _, m in rss), default=rss_before),
        "rss_peak_at": max(rss, key=lambda s: s[1])[0] - stopped if rss else 0.0,
        "rss_at_stop": max((m for t_, m in rss if t_ <= stopped), default=rss_before),
        "rss_end": psutil.Process().memory_info().rss / 2**20,
        "words": report and report.words, "rubric": {k: v.found for k, v in report.rubric.items()} if report else {},
        "error": result.error, "load": load,
    }


def table(r: dict) -> str:
    t, lags = r["timings"], r["lags"] or [float("nan")]
    label = "real time" if r["speed"] == 1 else f"{r['speed']:g}x real time (SIMULATED arrival, not real time)"
    rows = [
        ("speech file", r["speech"]),
        ("take length", f"{r['audio_s']:.1f} s, fed at {label}"),
        ("cores; load average at stop (other processes)", f"{os.cpu_count()}; {r['load']:.1f}"),
        ("model load (startup, worker)", f"{r['model_load_s']:.2f} s"),
        ("voice warm-up (startup, worker)", f"{r['warm_up_s']:.2f} s"),
        ("**stop → report ready (total)**", f"**{t.get('total', float('nan')):.2f} s**"),
        ("  recorder stopped + FLAC written (in parallel), done at", f"{t.get('stop', 0):.2f} s"),
        ("  live transcriber's last unit finished at", f"{t.get('live_wait', 0):.2f} s"),
        ("  take audio assembled (in memory)", f"{t.get('audio', 0):.2f} s"),
        ("  last chunk ∥ voice features, then analysis", f"{t.get('finish', 0):.2f} s"),
        ("  save report.json", f"{t.get('save', 0):.2f} s"),
        ("live lag (elapsed − heard_until) median", f"{statistics.median(lags):.1f} s"),
        ("live lag p90 / max", f"{sorted(lags)[int(0.9 * (len(lags) - 1))]:.1f} s / {max(lags):.1f} s"),
        ("RSS before take / peak during / after", f"{r['rss_before']:.0f} / {r['rss_peak']:.0f} / {r['rss_end']:.0f} MiB"),
        ("RSS peak until stop; the peak came at (s from stop)", f"{r['rss_at_stop']:.0f} MiB; {r['rss_peak_at']:+.1f} s"),
        ("words, checklist found", f"{r['words']}, {r['rubric']}"),
    ]
    if r["error"]:
        rows.append(("error", r["error"]))
    return "\n".join(["| measure | value |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("speech", nargs="?", type=Path, help="speech file (default: the LONG test speech)")
    parser.add_argument("--speed", type=float, default=1.0, help="feed speed vs real time (default 1 = real time)")
    parser.add_argument("--tail", type=float, default=1.0, help="seconds of silence after the speech before stop")
    parser.add_argument("--glibc-arenas", action="store_true", help="keep glibc's default malloc arenas (before)")
    args = parser.parse_args()
    from rehearse.memory import limit_malloc_arenas

    if "--glibc-arenas" not in sys.argv:
        limit_malloc_arenas()  # as rehearse.cli.main does at start-up
    with tempfile.TemporaryDirectory() as home:
        os.environ["REHEARSE_HOME"] = home
        print(table(run(args.speech or default_speech(), args.speed, args.tail)))


if __name__ == "__main__":
    main()
