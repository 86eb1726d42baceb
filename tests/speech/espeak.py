"""French speech for tests: espeak-ng's French voice, cached like the piper renderings.

No French piper voice installs from the package index, so espeak-ng (`-v fr`) is the French
voice here. It is a formant voice and Whisper base mishears much of it (BENCHMARKS.md, "The
judge in French"), so tests built on it check what survives that: the language, the ask, the
French labels and fixes; not a complete brief's verdict.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.speech import synth


def espeak_french(text: str, words_per_minute: int = 175) -> Path:
    """`text` spoken by espeak-ng's French voice as a cached 16 kHz mono FLAC (175: espeak's default)."""
    tag = "" if words_per_minute == 175 else f"|{words_per_minute}"
    key = hashlib.sha256(f"espeak-fr|{text}{tag}".encode()).hexdigest()[:16]
    path = synth.CACHE_DIR / f"espeak-fr-{key}.flac"
    if path.exists():
        return path
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (make test installs it)")
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "fr.wav"
        subprocess.run(["espeak-ng", "-v", "fr", "-s", str(words_per_minute), "-w", str(wav), text],
                       check=True, capture_output=True)
        audio, rate = sf.read(wav, dtype="float32")
    import soxr

    return synth.write_flac(path, synth.pad(soxr.resample(audio, rate, synth.RATE).astype(np.float32)))
