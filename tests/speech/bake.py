"""Bake the test speeches' renderings (piper's English, Kokoro's French) into tests/data/speech/ as Opus.

    .venv/bin/python -m tests.speech.bake

Run it after changing a speech text, its pace or `synth.SYNTH_VERSION`: until then the
changed speech is rendered with piper on every fresh clone (correct, only slower). Opus at
about 27 kbit/s keeps what Whisper hears: the same words on every test speech. An old baking
of a speech is removed when its new one is written.
"""

from __future__ import annotations

from pathlib import Path

import soundfile as sf

from tests.speech import kinds, kokoro_fr, synth, texts_fr

OPUS_LEVEL = 0.9
"""libsndfile's Opus compression level: 0.9 gives about 27 kbit/s for this mono 16 kHz speech."""


def bake() -> None:
    synth.BAKED_DIR.mkdir(parents=True, exist_ok=True)
    english = [(name, kind.path()) for name, kind in [*kinds.KINDS.items(), ("SAMPLE", kinds.SAMPLE)]]
    french = [(name, kokoro_fr.french_speech(text, name=name)) for name, text in texts_fr.FRENCH_SPEECHES.items()]
    for name, cached in [*english, *french]:
        bake_one(name, cached)


def bake_one(name: str, cached: Path) -> None:
    """Bake one cached rendering, removing any older baking of the same speech."""
    baked = synth.baked_path(cached)
    for old in synth.BAKED_DIR.glob(f"{name}-*.opus"):
        if old != baked:
            old.unlink()
    if not baked.exists():
        audio, rate = sf.read(cached, dtype="float32")
        sf.write(baked, audio, rate, format="OGG", subtype="OPUS", compression_level=OPUS_LEVEL)
    print(f"{baked.name}: {baked.stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    bake()
