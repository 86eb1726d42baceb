"""Decoding any common audio file to 16 kHz mono float32.

faster-whisper's PyAV decoder handles wav, flac, mp3, m4a/aac, ogg/opus and webm
without an ffmpeg binary. Everything that can go wrong with a user's file is
turned into one `AudioError` line that names the file.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from rehearse.audio import SAMPLE_RATE
from rehearse.errors import AudioError

MIN_AUDIO_S = 0.5
"""Shorter than this is a truncated or empty file, never a speech: say so instead of judging it."""
MAX_AUDIO_S = 4 * 3600
"""Longest file we decode (4 h): a 3-hour class recording still works; beyond it is surely a mistake."""


def load_audio(path: str | Path) -> np.ndarray:
    """Decode `path` to a 16 kHz mono float32 array, or raise AudioError with one line."""
    p = Path(path)
    if not p.exists():
        raise AudioError(f"{p}: no such file")
    if p.is_dir():
        raise AudioError(f"{p}: is a folder, not an audio file")
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise AudioError(f"{p}: cannot read: {exc.strerror or exc}") from None
    if size == 0:
        raise AudioError(f"{p}: file is empty")
    try:
        with p.open("rb") as fh:
            fh.read(1)
    except OSError as exc:
        raise AudioError(f"{p}: cannot read: {exc.strerror or exc}") from None
    audio = _decode(p)
    if audio.size < MIN_AUDIO_S * SAMPLE_RATE:
        got = f"only {audio.size / SAMPLE_RATE:.2f} s of audio" if audio.size else "no audio"
        raise AudioError(f"{p}: {got} in file (empty, truncated or not an audio file)")
    if audio.size > MAX_AUDIO_S * SAMPLE_RATE:
        raise AudioError(f"{p}: audio longer than {MAX_AUDIO_S // 3600} hours; split it first")
    if not np.isfinite(audio).all():
        audio = np.nan_to_num(audio, nan=0.0, posinf=1.0, neginf=-1.0)
    return audio.astype(np.float32, copy=False)


def _decode(p: Path) -> np.ndarray:
    try:
        import av
        from faster_whisper.audio import decode_audio
    except ImportError as exc:  # pragma: no cover - broken install
        raise AudioError(f"audio decoder unavailable ({exc}); reinstall rehearse") from None
    try:
        return decode_audio(str(p), sampling_rate=SAMPLE_RATE)
    except av.error.InvalidDataError:
        raise AudioError(f"{p}: not an audio file, or damaged beyond decoding") from None
    except av.error.FFmpegError as exc:
        raise AudioError(f"{p}: cannot decode audio: {exc.strerror or type(exc).__name__}") from None
    except (OSError, ValueError, IndexError, RuntimeError) as exc:
        raise AudioError(f"{p}: cannot decode audio: {exc}") from None
    except MemoryError:
        raise AudioError(f"{p}: too large to decode in memory") from None


def duration_s(audio: np.ndarray) -> float:
    return float(len(audio)) / SAMPLE_RATE
