"""Does naming the scenario's terms to Whisper help it hear them? Hotwords against the prompt.

    .venv/bin/python bench/domain_terms.py

The piper test speeches (tests/speech, rendered once into tests/.cache) are
transcribed with tiny.en three ways: today's settings (the disfluent filler
prompt), the same plus faster-whisper's `hotwords`, and the filler prompt with
the terms appended. For each domain term we count how often it was spoken (from
the text) and how often it was heard (exact word, case and punctuation removed),
and report recall pooled over the speeches, plus the filler count (the prompt
must keep bringing fillers back) and the time.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rehearse.asr.whisper import FILLER_PROMPT, TRANSCRIBE_KWARGS  # noqa: E402
from rehearse.audio.decode import load_audio  # noqa: E402
from rehearse.session.pipeline import get_engine  # noqa: E402
from tests.speech.kinds import KINDS  # noqa: E402

TERMS = {
    "timbuktu": r"timbuktu", "gao": r"gao", "kidal": r"kidal", "mopti": r"mopti", "menaka": r"menaka",
    "1325": r"1325|1,325|thirteen twenty.five", "focal point": r"focal points?", "mali": r"mali",
}
"""Spoken forms in the texts (left) and what counts as heard (regular expression on the plain transcript)."""
HOTWORDS = "MINUSMA UNSCR 1325 Force Commander Timbuktu Gao Mopti Kidal Menaka Mali focal point"
SPEECHES = ("COMPLETE", "LONG", "NO_ASK", "FILLERS", "TWO_EXAMPLES", "HEDGES")
SETTINGS = {
    "filler prompt (today)": {},
    "+ hotwords": {"hotwords": HOTWORDS},
    "prompt + terms": {"initial_prompt": f"{FILLER_PROMPT} MINUSMA, Timbuktu, Gao, Mopti, Kidal, Menaka, 1325."},
}


def plain(text: str) -> str:
    return re.sub(r"[^\w\s,]", " ", text.lower())


def spoken(text: str) -> dict[str, int]:
    t = plain(text).replace("-", " ")
    return {k: len(re.findall(rf"\b(?:{pat})\b", t)) for k, pat in TERMS.items()}


def main() -> None:
    engine = get_engine()
    model = engine._model  # the same CTranslate2 model; settings varied below
    audio = {name: load_audio(KINDS[name].path()) for name in SPEECHES}
    want = {name: spoken(KINDS[name].text) for name in SPEECHES}
    print(f"{'setting':<24} " + " ".join(f"{k:>11}" for k in TERMS) + "   pooled  um/uh  seconds")
    for label, extra in SETTINGS.items():
        got = dict.fromkeys(TERMS, 0)
        total = dict.fromkeys(TERMS, 0)
        fillers, secs = 0, 0.0
        for name in SPEECHES:
            t0 = time.perf_counter()
            segments, _ = model.transcribe(audio[name], **{**TRANSCRIBE_KWARGS, **extra})
            text = " ".join(s.text for s in segments)
            secs += time.perf_counter() - t0
            heard = spoken(text)
            fillers += len(re.findall(r"\b(?:um|uh)\b", plain(text)))
            for k in TERMS:
                total[k] += want[name][k]
                got[k] += min(heard[k], want[name][k])
        cells = " ".join(f"{got[k]:>5}/{total[k]:<5}" for k in TERMS)
        pooled = sum(got.values()) / max(1, sum(total.values()))
        print(f"{label:<24} {cells}   {pooled:6.1%}  {fillers:5}  {secs:7.1f}")


if __name__ == "__main__":
    main()
