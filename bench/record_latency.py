"""Stop-to-verdict of `rehearse record` on a 5-minute take, through a real (virtual) microphone.

`bench/latency.py` times the app's LiveTake in-process with a file-fed recorder;
this times what a user of the command waits for: the CLI's `main` in a subprocess
(its INFO log on, for the steps), recording from the PulseAudio virtual microphone
the tests use (tests/vmic.py) while the LONG test speech, cut at a pause near
`--minutes`, is played into it.
The take lasts the speech plus `--tail` seconds of silence (the speaker finishes,
then stops), ended by `--seconds` as a script would.

Stop is taken as (the "recording" line on stderr) + N seconds; audio reaches the
recorder a little after that line, so the figure errs on the long side. The CLI's
own figure (its "verdict ... after stop" line, measured from the moment it stops
the recorder) is printed beside it. `--old` also times `rehearse analyze` on the
saved take: the model load and whole-take transcription the command did after
stop before it streamed (the FLAC finishing, ~0.1 s, is not included).

    .venv/bin/python bench/record_latency.py            # 5 minutes, ~5.5 min to run
    .venv/bin/python bench/record_latency.py --old      # plus the analyse-after-stop figure

Prints a markdown table. Uses a temporary REHEARSE_HOME: no real takes are touched.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import queue
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
_SCRIPT = Path(sys.executable).with_name("rehearse")
REHEARSE = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "rehearse"]
RECORD = [sys.executable, "-c", "import logging, sys; logging.basicConfig(format='%(name)s: %(message)s'); "
          "logging.getLogger('rehearse.record').setLevel(logging.INFO); "
          "from rehearse.cli import main; sys.exit(main(sys.argv[1:]))"]
"""The console script's own `main`, with the command's INFO log (the stop-to-verdict steps) shown."""


def speech_of(minutes: float, out: Path) -> float:
    """The LONG test speech cut at the last pause before `minutes`; writes a WAV, returns seconds."""
    import soundfile as sf

    from rehearse.audio.decode import load_audio
    from rehearse.audio.features import speech_intervals
    from tests.speech import kinds

    audio = load_audio(kinds.KINDS["LONG"].path())
    ends = [iv.end for iv in speech_intervals(audio) if iv.end <= minutes * 60]
    cut = int(((ends[-1] if ends else minutes * 60) + 0.3) * 16000)
    sf.write(out, audio[:cut], 16000, subtype="PCM_16")
    return cut / 16000


def _timed_lines(stream, into: queue.Queue) -> None:
    for line in stream:
        into.put((time.monotonic(), line))
    into.put((time.monotonic(), None))


def record_once(mic, wav: Path, seconds: float, home: Path) -> dict:
    env = {**mic.env(), "REHEARSE_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([*RECORD, "record", "--seconds", f"{seconds:.1f}", "--json"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    err: queue.Queue = queue.Queue()
    threading.Thread(target=_timed_lines, args=(proc.stderr, err), daemon=True).start()
    t_rec, line = err.get(timeout=60)
    if not line or not line.startswith("rehearse: recording"):
        raise SystemExit(f"recording did not start: {line!r}\n{proc.communicate()[1]}")
    mic.play(wav)
    t_stop = t_rec + seconds
    time.sleep(max(0.0, t_stop - 2 - time.monotonic()))
    load = os.getloadavg()
    out = proc.stdout.readline()
    t_json = time.monotonic()
    proc.wait(timeout=600)
    t_exit = time.monotonic()
    mic.stop_players()
    lines = []
    while (item := err.get(timeout=10))[1] is not None:
        lines.append(item[1].rstrip())
    if proc.returncode != 0 or not out.strip():
        raise SystemExit(f"rehearse record failed ({proc.returncode}):\n" + "\n".join(lines))
    verdict = next((ln for ln in lines if ln.startswith("rehearse: verdict")), "")
    own = re.search(r"verdict ([\d.]+) s after stop; (\d+) s", verdict)
    steps = next((ln.split(": ", 2)[-1] for ln in lines if "stop-to-verdict timings" in ln), "{}")
    report = json.loads(out)
    return {"steps": ast.literal_eval(steps), "json_s": t_json - t_stop, "exit_s": t_exit - t_stop,
            "load": load, "take": Path(report["take"]),
            "own_s": float(own.group(1)) if own else float("nan"), "heard_s": int(own.group(2)) if own else 0,
            "words": report.get("words"), "audio_s": report.get("audio_s"), "verdict_line": verdict}


def analyse_after(take: Path, home: Path) -> float:
    """Wall time of `rehearse analyze` on the saved take: what the command used to do after stop."""
    env = {**os.environ, "REHEARSE_HOME": str(home)}
    t = time.monotonic()
    res = subprocess.run([*REHEARSE, "analyze", str(take / "audio.flac"), "--json"], env=env,
                         capture_output=True, text=True, timeout=600)
    if res.returncode != 0:
        raise SystemExit(f"rehearse analyze failed:\n{res.stderr}")
    return time.monotonic() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="length of the speech (default 5)")
    parser.add_argument("--tail", type=float, default=1.5, help="seconds of silence after the speech before stop")
    parser.add_argument("--old", action="store_true", help="also time analysing the saved take after stop")
    args = parser.parse_args()
    from tests.vmic import VirtualMic

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        speech_s = speech_of(args.minutes, tmp_path / "speech.wav")
        mic = VirtualMic(tmp_path / "vmic").start()
        try:
            r = record_once(mic, tmp_path / "speech.wav", speech_s + args.tail, tmp_path / "home")
            old = analyse_after(r["take"], tmp_path / "home") if args.old else None
        finally:
            mic.stop()
    rows = [
        ("take", f"{r['audio_s']:.1f} s ({speech_s:.1f} s of LONG speech, then {args.tail:g} s of silence)"),
        ("cores; load average 1/5/15 min, 2 s before stop", f"{os.cpu_count()}; "
                                                            + " / ".join(f"{x:.1f}" for x in r["load"])),
        ("**stop → JSON printed**", f"**{r['json_s']:.2f} s**"),
        ("stop → process exited", f"{r['exit_s']:.2f} s"),
        ("the CLI's own stop → verdict", f"{r['own_s']:.1f} s"),
        ("  its steps: recorder stopped + FLAC (in parallel) / last live unit done / last chunk ∥ voice, "
         "then analysis / report saved", " / ".join(f"{r['steps'].get(k, float('nan')):.2f} s"
                                                   for k in ("stop", "live_wait", "finish", "save"))),
        ("transcribed while recording", f"{r['heard_s']} s of {r['audio_s']:.0f} s"),
        ("words in the report", f"{r['words']}"),
    ]
    if old is not None:
        rows.append(("old path: `rehearse analyze` of the saved take (model load + whole take)",
                     f"{old:.2f} s"))
    print("\n".join(["| measure | value |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows)]))


if __name__ == "__main__":
    main()
