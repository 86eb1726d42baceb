"""Regenerate samples/minusma-sample.flac, the speech a new user can analyse without a microphone.

    .venv/bin/python samples/make_sample.py

Why it is made this way:
- The text (`tests.speech.kinds.SAMPLE`) is a good but imperfect brief: complete,
  on time and at a calm pace, with one "um" and one "I think", so the first report a
  user sees both praises and corrects.
- It is synthesised offline with the piper voice the tests use, so anyone can
  rebuild it byte-for-byte in content (piper's sampling noise makes the bytes differ).
- The file is committed, so it must stay small: 16 kHz mono FLAC whose samples keep
  only `BITS` significant bits. FLAC stores the zeroed low bits for free ("wasted
  bits"), which brings about 65 s down from ~1 MB to a few hundred KB; at 9-10 bits
  speech still sounds like a clean phone line and transcribes the same.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.speech import kinds, synth  # noqa: E402

OUT = REPO / "samples" / "minusma-sample.flac"
BITS = 10
"""Significant bits kept per sample (of 16)."""


def quantise(audio: np.ndarray, bits: int = BITS) -> np.ndarray:
    """Round float samples to `bits` bits, as int16 whose low 16-`bits` bits are zero."""
    step = 2 ** (16 - bits)
    ints = np.round(np.clip(audio, -1.0, 1.0) * 32767 / step) * step
    return np.clip(ints, -32768, 32767 - step + 1).astype(np.int16)


def make(out: Path = OUT, bits: int = BITS) -> Path:
    audio = synth.render(kinds.SAMPLE.text, kinds.SAMPLE.length_scale, kinds.SAMPLE.sentence_silence)
    # Peak at -1 dBFS: a well-set microphone level, and every bit used.
    audio = audio * (10 ** (-1 / 20) / max(float(np.abs(audio).max()), 1e-9))
    return synth.write_flac(out, quantise(audio, bits))


if __name__ == "__main__":
    path = make()
    import soundfile as sf

    info = sf.info(str(path))
    print(f"{path.relative_to(REPO)}: {info.duration:.1f} s, {info.samplerate} Hz, "
          f"{info.channels} ch, {path.stat().st_size / 1024:.0f} KB")
