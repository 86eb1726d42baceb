"""How much does `rehearse analyze` cost on top of bare faster-whisper? (5-minute speech, 2 cores)

    .venv/bin/python bench/analyze_speed.py [--repeats 3]

Why this comparison: transcription dominates, so the honest baseline is the
same model with the same settings (`rehearse.asr.whisper.TRANSCRIBE_KWARGS`)
called directly on the same file. Both sides include decoding the file and
exclude loading the model; each is warmed once on a short clip (imports,
CTranslate2's first allocation) and then timed interleaved (bare, analyze, bare,
...), so a busy machine slows both alike. Peak memory is measured in a fresh
subprocess for each side (its own VmHWM), because a process's peak RSS never goes down.
The speech is the LONG test text (about 6 minutes), synthesised once into
bench/out/.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.speech import kinds, synth  # noqa: E402

OUT = REPO / "bench" / "out"

_CHILD = r"""
import json, resource, sys, time
side, path = sys.argv[1], sys.argv[2]
t = time.perf_counter()
if side == "analyze":
    from rehearse.session.pipeline import analyze_file
    analyze_file(path)
else:
    from rehearse.asr.whisper import TRANSCRIBE_KWARGS, WhisperEngine
    engine = WhisperEngine()
    segments, _ = engine._model.transcribe(path, **TRANSCRIBE_KWARGS)
    sum(len(s.words or ()) for s in segments)
# VmHWM is this process's own peak; ru_maxrss would include the parent's peak, inherited at fork.
try:
    hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"s": time.perf_counter() - t, "maxrss_mb": hwm / 1024}))
"""


def bare_transcriber():
    """faster-whisper exactly as rehearse loads it (same model, threads, int8), minus rehearse."""
    from rehearse.asr.whisper import TRANSCRIBE_KWARGS, WhisperEngine

    model = WhisperEngine()._model  # the engine's own WhisperModel: identical load settings

    def run(path: Path) -> int:
        segments, _ = model.transcribe(str(path), **TRANSCRIBE_KWARGS)
        return sum(len(s.words or ()) for s in segments)  # the generator does the work

    return run


def analyzer():
    from rehearse.core.scenario import load_scenario
    from rehearse.session.pipeline import analyze_file, get_engine

    engine, scenario = get_engine(), load_scenario(None)

    def run(path: Path) -> int:
        return analyze_file(path, scenario, engine=engine).to_dict()["words"]

    return run


def peak_rss(side: str, path: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", _CHILD, side, str(path)], capture_output=True, text=True,
                          cwd=REPO, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()

    speech = kinds.KINDS["LONG"].path(OUT)
    warm = kinds.KINDS["SHORT"].path(OUT)
    import soundfile as sf

    audio_s = sf.info(str(speech)).duration
    # Peak memory first, in fresh processes, before this one grows.
    rss = {"bare faster-whisper": peak_rss("bare", speech), "rehearse analyze": peak_rss("analyze", speech)}
    sides = {"bare faster-whisper": bare_transcriber(), "rehearse analyze": analyzer()}
    for run in sides.values():
        run(warm)
    times: dict[str, list[float]] = {name: [] for name in sides}
    words: dict[str, int] = {}
    for _ in range(args.repeats):
        for name, run in sides.items():
            t = time.perf_counter()
            words[name] = run(speech)
            times[name].append(time.perf_counter() - t)

    base = statistics.median(times["bare faster-whisper"])
    print(f"\nSpeech: {speech.relative_to(REPO)} ({audio_s:.0f} s, {audio_s / 60:.1f} min); "
          f"{args.repeats} interleaved runs each, model loaded and warm; synth v{synth.SYNTH_VERSION}\n")
    print("| side | runs (s) | median (s) | x real time | vs bare | words | peak RSS, fresh process (MB) |")
    print("|---|---|---|---|---|---|---|")
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"| {name} | {', '.join(f'{t:.1f}' for t in ts)} | {med:.1f} | {audio_s / med:.1f} | "
              f"{med / base:.2f} | {words[name]} | {rss[name]['maxrss_mb']:.0f} |")


if __name__ == "__main__":
    main()
