"""The faster-whisper engine, with the guards Whisper needs for rehearsal audio.

Pitfalls handled here (see shared/design/speech-metrics.md):
- Whisper drops "um"/"uh" unless prompted: a short disfluent `initial_prompt`
  brings most of them back (measured in bench/fillers_prompt.py).
- It invents text on silence: Silero VAD, no conditioning on previous text, and a
  no-speech guard that drops segments Whisper itself doubts.
- Its segments are a generator: we iterate inside the calling (worker) thread.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np

from rehearse.asr.models import resolve_model
from rehearse.audio import SAMPLE_RATE
from rehearse.core.types import Transcript, Word
from rehearse.errors import ModelError

FILLER_PROMPT = "Um, uh, so, like, you know, I mean."
"""Short and disfluent on purpose: long prompts make Whisper drop whole sentences."""

TRANSCRIBE_KWARGS = dict(
    language="en",
    beam_size=5,
    word_timestamps=True,
    vad_filter=True,
    vad_parameters=dict(min_silence_duration_ms=500, speech_pad_ms=200),
    condition_on_previous_text=False,
    initial_prompt=FILLER_PROMPT,
    hallucination_silence_threshold=2.0,
)
"""The one set of settings used by `rehearse analyze`, live takes and the benchmark."""

DRAFT_KWARGS = dict(beam_size=1, temperature=0.0)
"""A draft ends mid-word, where Whisper doubts itself and would retry at higher temperatures
with five samples each: measured, that made a draft of a few seconds cost 1.1 s. Greedy and
without retries it is a quick guess, redone properly when its chunk is decided."""

NO_SPEECH_PROB = 0.6
LOW_LOGPROB = -1.0
"""A segment Whisper thinks is probably not speech AND is unsure of is dropped (its own guard, made strict)."""


class WhisperEngine:
    """faster-whisper on the CPU, int8. Loading takes ~0.5 s for tiny.en; do it in a worker."""

    def __init__(self, model: str | Path | None = None, cpu_threads: int | None = None) -> None:
        self.name, self.path = resolve_model(model)
        threads = cpu_threads or min(4, os.cpu_count() or 1)
        try:
            from faster_whisper import WhisperModel

            self._model = WhisperModel(str(self.path), device="cpu", compute_type="int8", cpu_threads=threads)
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(f"{self.path}: cannot load model: {str(exc).splitlines()[0]}") from None
        self._lock = threading.Lock()

    def transcribe(
        self, audio: np.ndarray, offset: float = 0.0, draft: bool = False, until: float | None = None
    ) -> Transcript:
        """Words of `audio`, timed from `offset`.

        `draft=True` decodes greedily, without retries: for the live transcript, redone at the
        chunk's end anyway.
        `until` (seconds into `audio`): stop once a segment reaches it. Segments are a lazy
        generator, so the rest (a chunk's lookahead) is never decoded.
        """
        if audio.size < SAMPLE_RATE // 10:
            return Transcript(words=(), model=self.name, no_speech=True)
        with self._lock:  # one CTranslate2 model, one caller at a time
            kwargs = {**TRANSCRIBE_KWARGS, **DRAFT_KWARGS} if draft else TRANSCRIBE_KWARGS
            segments, _info = self._model.transcribe(audio.astype(np.float32, copy=False), **kwargs)
            words: list[Word] = []
            for seg in segments:
                if seg.no_speech_prob > NO_SPEECH_PROB and seg.avg_logprob < LOW_LOGPROB:
                    continue
                for w in seg.words or ():
                    if any(c.isalnum() for c in w.word):  # not a stray "." or "-"
                        words.append(Word(w.word.strip(), offset + w.start, offset + w.end, float(w.probability)))
                if until is not None and seg.end >= until:
                    break
        return Transcript(words=tuple(words), model=self.name, no_speech=not words)
