"""The judge end to end: corpus passages spoken by piper and espeak-ng, heard by tiny.en, judged.

    .venv/bin/python bench/judge_e2e.py              # 24 passages x 5 voices (about 15 minutes on 2 cores)
    .venv/bin/python bench/judge_e2e.py --quick      # 8 passages x 5 voices
    .venv/bin/python bench/judge_e2e.py --french     # every 6th French passage, Kokoro's French, base

The text judge (bench/judge_corpus.py) reads the passages as written. Here the
same passages go through a voice and the recogniser first, so what is judged
is what tiny.en heard: dropped fillers, misheard place names, lost punctuation.
Each voice prints two figures: how often the verdicts from audio match the
labels, and how often they match the text judge's verdicts on the same
passage (the loss the recogniser costs). Passages are every fourth short
passage of the whole corpus by id, held-out ones included: only aggregates are
printed, never a passage. `--french` does the same for the French corpus
(tests/corpus/fr, every sixth passage of any length) on the French scenario, spoken
by Kokoro from espeak-ng's French phonemes (tests/speech/kokoro_fr.py) and heard by
base, and adds precision and recall per judgement.
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
from tests.corpus import HERE, load_corpus, passage_words  # noqa: E402
from tests.speech.synth import pad, synthesize  # noqa: E402

VOICES = {
    "piper 0.85": ("piper", 0.85),
    "piper 1.25": ("piper", 1.25),
    "espeak en-us": ("espeak", "en-us"),
    "espeak en-gb-scotland": ("espeak", "en-gb-scotland"),
    "espeak en-029": ("espeak", "en-029"),
}
FRENCH_VOICES = {"kokoro fr (jm_kumo)": ("kokoro", 1.0)}
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
    if kind == "kokoro":
        from tests.speech.kokoro_fr import french_speech

        audio, _ = sf.read(french_speech(text, speed=setting, name="bench-fr"), dtype="float32")
        return audio
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
    quick, french = "--quick" in sys.argv, "--french" in sys.argv
    scenario = load_scenario("minusma-genre-fr" if french else "minusma-gender")
    engine = get_engine("base" if french else None)
    if french:
        passages = sorted(load_corpus(folder=HERE / "fr"), key=lambda p: p.id)[::6]
    else:
        shorts = sorted((p for p in load_corpus() if p.kind == "short"), key=lambda p: p.id)
        passages = shorts[:: 4 if not quick else 12]
    language = "fr" if french else "en"
    text_verdicts = {
        p.id: verdicts(analyze(Transcript(tuple(passage_words(p)), language=language), None, scenario)
                       .to_dict()["rubric"])
        for p in passages
    }
    print(f"{len(passages)} passages; {engine.name}, beam 5")
    print(f"{'voice':<24} {'vs labels':>9} {'vs text judge':>13} {'count off>1':>11} {'s':>5}  precision / recall")
    for name, (kind, setting) in (FRENCH_VOICES if french else VOICES).items():
        t0, right, same, off, total = time.perf_counter(), 0, 0, 0, 0
        hits: dict[str, list[int]] = {}  # element: [true positives, said found, labelled found]
        for p in passages:
            report = analyze_audio(speak(" ".join(p.text.split()), kind, setting), scenario, engine)
            got = verdicts(report.to_dict()["rubric"])
            want = {"why": p.why, "how": p.how, "ask": p.ask, "examples>=3": p.examples >= 3}
            for k, v in want.items():
                total += 1
                right += got[k] == v
                same += got[k] == text_verdicts[p.id][k]
                tally = hits.setdefault(k, [0, 0, 0])
                tally[0] += got[k] and v
                tally[1] += got[k]
                tally[2] += v
            off += abs(got["count"] - p.examples) > 1
        pr = "  ".join(f"{k} {tp / max(1, said):.2f}/{tp / max(1, lab):.2f}" for k, (tp, said, lab) in hits.items())
        print(f"{name:<24} {right / total:>9.1%} {same / total:>13.1%} {off:>11} {time.perf_counter() - t0:>5.0f}  {pr}")

if __name__ == "__main__":
    main()
