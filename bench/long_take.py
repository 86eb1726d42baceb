"""Long takes: memory while recording 60 minutes, and a complete analysis of the result.

The recording side is the real one minus the microphone: blocks of 0.1 s go to the
crash-safe `PcmWriter` and to the `LiveAnalyzer` exactly as the capture thread
feeds them, but as fast as the live transcription keeps up instead of in real
time (an hour of real time is not a benchmark). RSS is sampled at 5 and at 60
minutes of audio: streaming to disk means the two should match.

    .venv/bin/python bench/long_take.py [--minutes 60] [--skip-analysis]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rehearse.audio.decode import load_audio  # noqa: E402
from rehearse.core.scenario import load_scenario  # noqa: E402
from rehearse.session.live import LiveAnalyzer  # noqa: E402
from rehearse.session.pipeline import analyze_file, get_engine  # noqa: E402

BLOCK = 1600


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def record(minutes: float, home: Path) -> tuple[Path, dict]:
    from rehearse import store

    source = load_audio(ROOT / "samples" / "minusma-sample.flac")
    scenario = load_scenario("minusma-gender")
    live = LiveAnalyzer(scenario, get_engine())
    take = store.create_take(scenario.id, speaker="bench", root=home / "recordings")
    writer = store.PcmWriter(take.path / store.PART)
    total = int(minutes * 60 * 16000)
    marks, peak, fed, t0 = {}, rss_mb(), 0, time.perf_counter()
    while fed < total:
        start = fed % len(source)
        block = source[start : start + BLOCK]
        writer.write(block)
        live.feed(block)
        fed += len(block)
        if fed % (16000 * 10) < BLOCK:  # let the transcriber catch up every 10 s of audio
            while live.chunker.step(final=False):  # commit decided chunks; drafts are for the screen
                pass
            peak = max(peak, rss_mb())
        for m in (5, 60):
            if m not in marks and fed >= m * 60 * 16000:
                marks[m] = round(rss_mb(), 1)
    writer.close()
    take = store.finish_take(take)
    report = live.finish(load_audio(take.audio_path))
    return take.audio_path, {
        "minutes": minutes,
        "wall_s": round(time.perf_counter() - t0, 1),
        "rss_at_5_min_mb": marks.get(5),
        "rss_at_60_min_mb": marks.get(60),
        "peak_rss_recording_mb": round(peak, 1),
        "live_words": report.to_dict()["words"],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--minutes", type=float, default=60.0)
    ap.add_argument("--skip-analysis", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["REHEARSE_HOME"] = tmp
        audio, rec = record(args.minutes, Path(tmp))
        print("| measure | value |\n| --- | --- |")
        for k, v in rec.items():
            print(f"| {k} | {v} |")
        if not args.skip_analysis:
            t0 = time.perf_counter()
            report = analyze_file(audio).to_dict()
            print(f"| full analyze wall_s | {time.perf_counter() - t0:.1f} |")
            print(f"| full analyze words | {report['words']} (audio {report['audio_s'] / 60:.1f} min) |")
            print(f"| peak RSS after analysis (ru_maxrss) | {_maxrss_mb():.0f} MB |")
    return 0


def _maxrss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    raise SystemExit(main())
