"""The faster-whisper engine, with the guards Whisper needs for rehearsal audio.

Pitfalls handled here (see shared/design/speech-metrics.md):
- Whisper drops "um"/"uh" unless prompted: a short disfluent `initial_prompt`
  brings most of them back (measured in bench/fillers_prompt.py).
- It invents text on silence: Silero VAD, no conditioning on previous text, and a
  no-speech guard that drops segments Whisper itself doubts.
- Its segments are a generator: we iterate inside the calling (worker) thread.
"""

from __future__ import annotations

import contextlib
import copy
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from rehearse.asr.models import check_language, find_model
from rehearse.audio import SAMPLE_RATE
from rehearse.core.types import Transcript, Word
from rehearse.errors import ModelError

FILLER_PROMPT = "Um, uh, so, like, you know, I mean."
"""Short and disfluent on purpose: long prompts make Whisper drop whole sentences."""
FILLER_PROMPT_FR = "Euh, ben, du coup, en fait, voilà."
"""Measured on base with Kokoro's French (bench/fillers_prompt_fr.py): 7 of 13 hesitations kept against
4 of 13 with no prompt, and fewer word errors on the other words (17.6 % against 22.7 %) and on a brief
with no hesitation (16.0 % against 18.1 %). A longer prompt lost words."""
FILLER_PROMPTS = {"en": FILLER_PROMPT, "fr": FILLER_PROMPT_FR}
"""The filler prompt by language; a language without a measured prompt gets none (an English
prompt would pull a French take towards English)."""

TRANSCRIBE_KWARGS = dict(
    language="en",
    beam_size=5,
    word_timestamps=True,
    vad_filter=True,
    vad_parameters=dict(min_silence_duration_ms=500, speech_pad_ms=200),
    condition_on_previous_text=False,
    initial_prompt=FILLER_PROMPT,
    hallucination_silence_threshold=2.0,
    temperature=0.0,
)
"""The one set of settings used by `rehearse analyze`, live takes and the benchmark."""

DRAFT_KWARGS = dict(beam_size=1, temperature=0.0, initial_prompt=None)
"""A draft ends mid-word, where Whisper doubts itself and would retry at higher temperatures
with five samples each: measured, that made a draft of a few seconds cost 1.1 s. Greedy and
without retries it is a quick guess, redone properly when its chunk is decided. Without the
filler prompt: a draft starts mid-sentence, and after the prompt greedy tiny.en gave nothing
for 7 of 12 windows of the LONG speech (or looped "I mean, I mean, ..."), every one of which it
drafted without it; the decided chunks bring the fillers back."""

LOOP_RATIO = 2.4
"""A segment whose text compresses this well is Whisper looping (faster-whisper's own threshold).
Its remedy was to sample again at rising temperatures: random, so the same take gave 826 words
one run and 892 the next (LONG), slow (a chunk took 7-14 s, the worst wait at stop) and now
and then a chunk of 4 words for 60. Here the window is decoded once more without the filler
prompt, which is what set off the loops measured (LONG's chunk 10: compression 24 with the
prompt, 1.7 without), whenever the first decode looped or passed over speech (`_went_astray`):
the same words every run."""
SKIPPED_S = 4.0
"""Seconds of speech without a word that count as passed over (the words' spans are widened by
1 s each side, so pauses and word-timing blur do not count)."""
NO_SPEECH_PROB = 0.6
LOW_LOGPROB = -1.0
"""A segment Whisper thinks is probably not speech AND is unsure of is dropped (its own guard, made strict)."""


def _went_astray(segments: list[Any], audio: np.ndarray, until: float | None) -> bool:
    """Whether Whisper looped or passed over speech: a segment that compresses like a loop, or more
    than `SKIPPED_S` of voice-loud audio (up to `until`) with no word on it. Faster-whisper drops a
    loop it then calls a hallucination and moves on, so a loop usually shows as the skip."""
    if any(s.compression_ratio > LOOP_RATIO for s in segments):
        return True
    from rehearse.audio.features import speech_intervals

    end = len(audio) / SAMPLE_RATE if until is None else until
    spans: list[list[float]] = []
    for a, b in sorted((w.start - 1.0, w.end + 1.0) for s in segments for w in s.words or ()):
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    uncovered = 0.0
    for speech in speech_intervals(audio):
        lo, hi = speech.start, min(speech.end, end)
        if hi <= lo:
            continue
        covered = sum(max(0.0, min(hi, b) - max(lo, a)) for a, b in spans)
        uncovered += max(0.0, (hi - lo) - covered)
    return uncovered > SKIPPED_S


ELISION_TAILS = ("'", "\u2019")
"""Whisper's word timestamps cut French "aujourd'hui" into "aujourd" and "'hui" (a word piece that
starts with the apostrophe, with no space before it): glued back here, so every view shows the word
as said and the judge reads one word. A quoted word starts with a space, so it stays apart."""


class WhisperEngine:
    """faster-whisper on the CPU, int8. Loading takes ~0.5 s for tiny.en; do it in a worker."""

    language = "en"
    """What `transcribe` asks Whisper for; `speaking(language)` gives a view for another one."""

    def __init__(self, model: str | Path | None = None, cpu_threads: int | None = None) -> None:
        self.folder = find_model(model)
        self.name, self.path = self.folder.name, self.folder.path
        threads = cpu_threads or min(4, os.cpu_count() or 1)
        try:
            from faster_whisper import WhisperModel

            self._model = WhisperModel(str(self.path), device="cpu", compute_type="int8", cpu_threads=threads,
                                       num_workers=2)
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(f"{self.path}: cannot load model: {str(exc).splitlines()[0]}") from None
        self._lock = threading.Lock()
        self._draft_lock = threading.Lock()
        """Two lanes on one model (CTranslate2 `num_workers=2`: the weights are shared, each lane has
        its own working memory): decided chunks and analyses in one, live drafts in the other, so the
        live transcript keeps drafting while a 27 s chunk decodes with beam 5. Measured on the LONG
        take (bench/latency.py): lag max 11.9 -> 2.1 s, peak RSS 720 -> 810 MiB."""

    @contextlib.contextmanager
    def _lane(self, draft: bool) -> Iterator[None]:
        """Hold a lane for one transcription: drafts take the draft lane; a decided chunk takes the
        first lane, or the draft lane when that is free and the first is busy. At stop the last chunk
        then decodes beside the one the live loop started, instead of waiting for it."""
        if draft:
            lock = self._draft_lock
            lock.acquire()
        elif self._lock.acquire(blocking=False):
            lock = self._lock
        elif self._draft_lock.acquire(blocking=False):
            lock = self._draft_lock
        else:
            lock = self._lock
            lock.acquire()
        try:
            yield
        finally:
            lock.release()

    def _segments(self, audio: np.ndarray, kwargs: dict[str, Any], until: float | None) -> list[Any]:
        """Decode `audio` (faster-whisper's segments, read in this thread) as far as `until`."""
        found = []
        for seg in self._model.transcribe(audio.astype(np.float32, copy=False), **kwargs)[0]:
            found.append(seg)
            if until is not None and seg.end >= until:
                break
        return found

    def speaking(self, language: str) -> WhisperEngine:
        """This engine transcribing `language`: the same loaded model and lock, no second load.
        ModelError with one line when the model cannot (tiny.en and French)."""
        if language == self.language:
            return self
        check_language(self.folder, language)
        view = copy.copy(self)
        view.language = language
        return view

    def detect_language(self, audio: np.ndarray) -> tuple[str, float]:
        """(code, probability) of the language Whisper hears in the first 30 s of `audio`; an
        English-only model always hears English."""
        if not self.folder.multilingual:
            return "en", 1.0
        with self._lock:
            code, probability, _all = self._model.detect_language(audio.astype(np.float32, copy=False))
        return str(code), float(probability)

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
            return Transcript(words=(), model=self.name, language=self.language, no_speech=True)
        with self._lane(draft):
            kwargs = {**TRANSCRIBE_KWARGS, **DRAFT_KWARGS} if draft else TRANSCRIBE_KWARGS
            if self.language != "en":
                kwargs = {**kwargs, "language": self.language, "initial_prompt": FILLER_PROMPTS.get(self.language)}
            segments = self._segments(audio, kwargs, until)
            if kwargs.get("initial_prompt") and _went_astray(segments, audio, until):
                segments = self._segments(audio, {**kwargs, "initial_prompt": None}, until)
        words: list[Word] = []
        for seg in segments:
            if seg.no_speech_prob > NO_SPEECH_PROB and seg.avg_logprob < LOW_LOGPROB:
                continue
            for w in seg.words or ():
                if not any(c.isalnum() for c in w.word):  # a stray "." or "-"
                    continue
                word = Word(w.word.strip(), offset + w.start, offset + w.end, float(w.probability))
                if w.word[:1] in ELISION_TAILS and words:  # no space before it: the rest of the word
                    prev = words.pop()
                    word = Word(prev.word + word.word, prev.start, word.end, min(prev.probability, word.probability))
                words.append(word)
        return Transcript(words=tuple(words), model=self.name, language=self.language, no_speech=not words)
