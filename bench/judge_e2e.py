"""The judge end to end: corpus passages spoken by piper and espeak-ng, heard by tiny.en, judged.

    .venv/bin/python bench/judge_e2e.py              # 24 passages x 5 voices (about 15 minutes on 2 cores)
    .venv/bin/python bench/judge_e2e.py --quick      # 8 passages x 5 voices

The text judge (bench/judge_corpus.py) reads the passages as written. Here the
same passages go through a voice and the recogniser first, so what is judged
is what tiny.en heard: dropped fillers, misheard place names, lost punctuation.
Each voice prints two figures: how often the verdicts from audio match the
labels, and how often they match the text judge's verdicts on the same
passage (the loss the recogniser costs). Passages are every fourth short
passage of the whole corpus by id, held-out ones included: only aggregates are
printed, never a passage.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rehearse.core.report import analyze  # noqa: E402
from rehearse.core.scenario import load_scenario  # noqa: E402
from rehearse.core.types import Transcript  # noqa: E402
from rehearse.session.pipeline import analyze_audio, get_engine  # noqa: E402
from tests.corpus import load_corpus, passage_words  # noqa: E402
from tests.speech.synth import pad, synthesize  # noqa: E402

VOICES = {
    "piper 0.85": ("piper", 0.85),
    "piper 1.25": ("piper", 1.25),
    "espeak en-us": ("espeak", "en-us"),
    "espeak en-gb-scotland": ("espeak", "en-gb-scotland"),
    "espeak en-029": ("espeak", "en-029"),
}
ELEMENTS = ("why", "how", "ask")


def espeak(text: str, voice: str) -> np.ndarray:
    """espeak-ng at 150 words per minute, resampled to 16 kHz mono with soxr."""
    import soxr

    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "out.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(wav), text], check=True)
        audio, rate = sf.read(wav, dtype="float32")
    return pad(soxr.resample(audio, rate, 16000).astype(np.float32))


def speak(text: str, kind: str, setting) -> np.ndarray:
    if kind == "piper":
        audio, _ = sf.read(synthesize(text, length_scale=setting), dtype="float32")
        return audio
    return espeak(text, setting)


def verdicts(rubric: dict) -> dict:
    out = {k: rubric[k]["found"] for k in ELEMENTS}
    out["examples>=3"] = rubric["examples"]["count"] >= 3
    out["count"] = rubric["examples"]["count"]
    return out


def main() -> None:
    quick = "--quick" in sys.argv
    scenario = load_scenario("minusma-gender")
    engine = get_engine(None)
    shorts = sorted((p for p in load_corpus() if p.kind == "short"), key=lambda p: p.id)
    passages = shorts[:: 4 if not quick else 12]
    text_verdicts = {
        p.id: verdicts(analyze(Transcript(tuple(passage_words(p))), None, scenario).to_dict()["rubric"])
        for p in passages
    }
    print(f"{len(passages)} short passages, every {'12th' if quick else '4th'} by id; tiny.en, beam 5")
    print(f"{'voice':<24} {'vs labels':>9} {'vs text judge':>13} {'count off>1':>11} {'s':>5}")
    for name, (kind, setting) in VOICES.items():
        t0, right, same, off, total = time.perf_counter(), 0, 0, 0, 0
        for p in passages:
            report = analyze_audio(speak(" ".join(p.text.split()), kind, setting), scenario, engine)
            got = verdicts(report.to_dict()["rubric"])
            want = {"why": p.why, "how": p.how, "ask": p.ask, "examples>=3": p.examples >= 3}
            for k, v in want.items():
                total += 1
                right += got[k] == v
                same += got[k] == text_verdicts[p.id][k]
            off += abs(got["count"] - p.examples) > 1
        print(f"{name:<24} {right / total:>9.1%} {same / total:>13.1%} {off:>11} {time.perf_counter() - t0:>5.0f}")


if __name__ == "__main__":
    main()
