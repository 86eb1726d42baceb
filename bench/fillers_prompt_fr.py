"""Does a French filler prompt bring back the "euh" that Whisper drops, without losing words?

    .venv/bin/python bench/fillers_prompt_fr.py            # Kokoro's French (tests/speech/kokoro_fr.py)
    .venv/bin/python bench/fillers_prompt_fr.py --espeak   # espeak-ng's French, as first measured

The English prompt ("Um, uh, so, …", bench/fillers_prompt.py) would pull a French
take towards English, so French gets its own. This measures candidates on a
French brief with 14 hesitations ("euh", "ben", "du coup", "en fait", "voilà"),
spoken by Kokoro-82M from espeak-ng's French phonemes (installed by `make test`;
no French piper voice is on the package index) or by espeak-ng's own French voice,
transcribed by rehearse's own engine on the multilingual base model, chunked as
`rehearse analyze` does. The same prompts are also run on the complete French test
brief (tests/speech/texts_fr.py, no hesitations) to show what they cost clean speech.
Reported: each hesitation word found against spoken, and the word error rate of
the other words (fillers removed on both sides), so a prompt that keeps fillers
but loses speech shows.

Both are synthetic: their "euh" is a clean held vowel, not a human one, so the
recall here is an upper bound on what a real speaker gets.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
HESITATIONS = ("euh", "ben", "du coup", "en fait", "voilà")
TEXT = """Mon général, euh, merci de me recevoir avant votre départ pour Tombouctou. Je suis votre conseillère
genre, et euh, j'ai une seule demande. Ben, pourquoi le genre compte pour la mission ? Du coup, la moitié de la
population, ce sont des femmes, et euh, elles voient les menaces que nos patrouilles ne voient pas. En fait, si
nous ne leur parlons jamais, euh, nous perdons la moitié de nos informations. Comment faire ? Euh, nous
intégrons le genre dans la planification, les ordres et les comptes rendus. Premièrement, des équipes
d'engagement mixtes à Gao, euh, qui parlent aux femmes du marché. Deuxièmement, ben, un point focal genre formé
dans chaque bataillon d'ici le mois prochain. Troisièmement, euh, des données ventilées par sexe dans le rapport
quotidien. Voilà. Mon général, du coup, signez-vous la directive aujourd'hui ?"""
CANDIDATES = (None, "Euh, ben, du coup, en fait, voilà.", "Euh, bon, ben, euh, du coup, en fait, hein, voilà, quoi.")


def plain(text: str) -> list[str]:
    return re.findall(r"[a-zàâçéèêëîïôûùüÿœ0-9']+", text.lower())


def count(words: list[str], phrase: str) -> int:
    target = phrase.split()
    return sum(words[i : i + len(target)] == target for i in range(len(words)))


def without_fillers(words: list[str]) -> list[str]:
    joined = " ".join(words)
    for phrase in sorted(HESITATIONS, key=len, reverse=True):
        joined = re.sub(rf"\b{phrase}\b", " ", joined)
    return joined.split()


def wer(ref: list[str], hyp: list[str]) -> float:
    d = np.arange(len(hyp) + 1)
    for i, r in enumerate(ref, 1):
        prev, d[0] = d.copy(), i
        for j, h in enumerate(hyp, 1):
            d[j] = min(prev[j] + 1, d[j - 1] + 1, prev[j - 1] + (r != h))
    return float(d[-1]) / max(1, len(ref))


def render(espeak: bool) -> Path:
    if not espeak:
        from tests.speech.kokoro_fr import french_speech

        return french_speech(TEXT, name="bench-fillers-fr")
    path = OUT / "fillers-fr.wav"
    if not path.exists():
        if shutil.which("espeak-ng") is None:
            sys.exit("espeak-ng is not installed (make system-test installs it)")
        OUT.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            raw = Path(tmp) / "raw.wav"
            subprocess.run(["espeak-ng", "-v", "fr", "-s", "150", "-w", str(raw), " ".join(TEXT.split())], check=True)
            import soundfile as sf
            import soxr

            audio, rate = sf.read(raw, dtype="float32")
            sf.write(path, soxr.resample(audio, rate, 16000), 16000, subtype="PCM_16")
    return path


def main() -> None:
    sys.path.insert(0, str(REPO))
    from rehearse.asr import whisper
    from rehearse.asr.chunking import ChunkedTranscriber
    from rehearse.audio.decode import load_audio
    from rehearse.session.pipeline import get_engine
    from tests.speech.kokoro_fr import french_speech
    from tests.speech.texts_fr import COMPLETE_FR

    espeak = "--espeak" in sys.argv
    audio = load_audio(render(espeak))
    clean = load_audio(french_speech(COMPLETE_FR, name="COMPLETE_FR"))
    spoken = plain(TEXT)
    print(f"{'espeak-ng' if espeak else 'Kokoro'} French, {len(audio) / 16000:.0f} s; spoken: "
          + ", ".join(f"{p} {count(spoken, p)}" for p in HESITATIONS) + "\n")
    print("| prompt | " + " | ".join(HESITATIONS) + " | all | WER other words | WER complete brief | time (s) |")
    print("|---|" + "---|" * (len(HESITATIONS) + 4))
    engine = get_engine("base").speaking("fr")
    saved = dict(whisper.FILLER_PROMPTS)
    for prompt in CANDIDATES:
        whisper.FILLER_PROMPTS.clear()
        whisper.FILLER_PROMPTS.update({**saved, "fr": prompt} if prompt else {k: v for k, v in saved.items() if k != "fr"})
        t = time.perf_counter()
        chunker = ChunkedTranscriber(engine)
        chunker.feed(audio)
        heard = plain(chunker.finish(None).text)
        seconds = time.perf_counter() - t
        chunker = ChunkedTranscriber(engine)
        chunker.feed(clean)
        clean_wer = wer(plain(COMPLETE_FR), plain(chunker.finish(None).text))
        found = [min(count(heard, p), count(spoken, p)) for p in HESITATIONS]
        total = sum(count(spoken, p) for p in HESITATIONS)
        print(f"| {prompt or 'none'} | " + " | ".join(str(n) for n in found) + f" | {sum(found)}/{total} | "
              f"{wer(without_fillers(spoken), without_fillers(heard)):.1%} | {clean_wer:.1%} | {seconds:.1f} |")
    whisper.FILLER_PROMPTS.clear()
    whisper.FILLER_PROMPTS.update(saved)


if __name__ == "__main__":
    main()
