"""Cutting speech into chunks at pauses, the same way live and from a file.

Live takes are transcribed while the speaker talks, so that the report is ready
within seconds of stopping. For the live report to agree with `rehearse analyze`
on the saved audio, both use this one chunker, whose cut points depend only on
the audio: the first pause after `MIN_CHUNK_S`, else the quietest moment before
`MAX_CHUNK_S` (Whisper's window is 30 s). Feeding the audio in any block sizes
gives the same chunks as feeding it at once.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from rehearse.asr import Engine, Progress
from rehearse.asr.invented import drop_invented_tail
from rehearse.audio import SAMPLE_RATE
from rehearse.audio.features import HOP_S, frame_db, speech_intervals, speech_threshold_db
from rehearse.audio.voicing import spoken_end
from rehearse.core.types import Transcript, Word

MIN_CHUNK_S = 24.0
MAX_CHUNK_S = 27.5
LOOKAHEAD_S = 2.5
"""Each chunk is transcribed with this much of the next audio, whose words are then dropped.

A chunk that ends in silence looks to Whisper like the end of a video, and tiny.en
fills it with "Thank you for watching"; speech running on past the cut prevents
that, and the fuller window costs nothing extra (Whisper always decodes 30 s)."""
UNTIL_SLACK_S = 0.5
"""Stop decoding once a segment ends this close to the last speech before the cut: the
lookahead is there for context, and decoding it would cost a second Whisper window. The same
at the end of a take: after the last words Whisper decodes the trailing second or two as a new
window, finds nothing it trusts, and retries at every temperature (measured on LONG's last
chunk: 4.2 s instead of 1.4 s), for words the invented-tail rule then drops."""
TRAIL_S = 0.3
"""At the very end, words starting this long after the last audible speech are invented."""
GAP_S = 0.3
"""A pause this long is a safe place to cut: no word straddles it."""
LANES = 2 if (os.cpu_count() or 1) >= 2 else 1
"""Chunks `finish` decodes at a time, one on each of the Whisper engine's two lanes. Measured on
the 6-minute LONG speech, 2 idle cores: 28.8 -> 18.6 s, peak RSS 471 -> 583 MB (BENCHMARKS.md)."""


def find_cut(audio: np.ndarray, final: bool, sr: int = SAMPLE_RATE) -> int | None:
    """Samples to take from the start of `audio` as the next chunk; None = wait for more audio."""
    n = len(audio)
    lo, hi = int(MIN_CHUNK_S * sr), int(MAX_CHUNK_S * sr)
    if n <= lo:
        return n if final and n else None
    db = frame_db(audio[: min(n, hi)], sr)
    threshold = speech_threshold_db(db[: int(MIN_CHUNK_S / HOP_S)])
    silent = db <= threshold
    need = int(round(GAP_S / HOP_S))
    first = int(MIN_CHUNK_S / HOP_S)
    run = 0
    for i in range(first, len(silent)):
        run = run + 1 if silent[i] else 0
        if run >= need:
            gap_start = i - need + 1
            return int((gap_start + need // 2) * HOP_S * sr)
    if n <= hi:
        return n if final else None
    quietest = first + int(np.argmin(db[first:]))
    return int(quietest * HOP_S * sr)


def _speech_end(audio: np.ndarray, sr: int) -> float:
    """Seconds to the end of the last audible speech in `audio` (0 if none): where the voice stopped
    (plus a voiceless consonant), as a knock or the microphone handled before stop is loud but no
    speech (`rehearse.audio.voicing`)."""
    intervals = speech_intervals(audio, sr)
    end = intervals[-1].end if intervals else 0.0
    return spoken_end(audio[: int(end * sr)], sr) if end else end


class ChunkedTranscriber:
    """Feed audio as it arrives; `step()` transcribes each chunk once it is decided.

    Only audio not yet transcribed is kept, so a 60-minute take costs no more
    memory than a 5-minute one.
    """

    def __init__(self, engine: Engine, sr: int = SAMPLE_RATE) -> None:
        self.engine = engine
        self.sr = sr
        self._pending: list[np.ndarray] = []
        self._buffer = np.zeros(0, dtype=np.float32)
        self._offset = 0  # samples already transcribed
        self._fed = 0
        self._feed_lock = threading.Lock()
        """`feed` runs on the recording thread while `step` runs on a transcription worker."""
        self._state_lock = threading.RLock()
        """Live, a step (decided chunk) runs in one thread while drafts are made in another."""
        self._claimed = 0
        """Samples past `_offset` already handed to a step still decoding."""
        self._committed = threading.Condition(self._state_lock)
        self._tickets = 0
        """Steps claimed so far; they commit in this order, whichever finishes decoding first."""
        self._done_tickets = 0
        self._failed: BaseException | None = None
        self.words: list[Word] = []

    @property
    def fed_s(self) -> float:
        return self._fed / self.sr

    @property
    def done_s(self) -> float:
        return self._offset / self.sr

    def feed(self, block: np.ndarray) -> None:
        block = np.asarray(block, dtype=np.float32).reshape(-1)
        with self._feed_lock:
            self._pending.append(block)
            self._fed += len(block)

    def _gather(self) -> None:
        with self._feed_lock:
            pending, self._pending = self._pending, []
        if pending:
            self._buffer = np.concatenate([self._buffer, *pending])

    def _next_cut(self, final: bool) -> int | None:
        """Samples in the next chunk after those claimed; None = wait. Call under the state lock."""
        self._gather()
        rest = self._buffer[self._claimed:]
        cut = find_cut(rest, final, self.sr)
        if not cut:
            return None
        if not final and len(rest) < cut + int(LOOKAHEAD_S * self.sr):
            return None  # wait for the lookahead, so live and file cut the same windows
        return cut

    def _claim(self, final: bool) -> tuple[np.ndarray, int, float, int] | None:
        """The next decided chunk with its lookahead, its cut (samples), its start (s) and its ticket,
        now this step's to decode; None = wait."""
        with self._state_lock:
            cut = self._next_cut(final)
            if cut is None:
                return None
            start = self._claimed
            window = self._buffer[start : start + cut + int(LOOKAHEAD_S * self.sr)].copy()
            self._claimed += cut
            self._tickets += 1
            return window, cut, (self._offset + start) / self.sr, self._tickets - 1

    def decidable(self) -> bool:
        """Whether `step()` would transcribe a chunk now (the live analyser starts it in the background).
        Asked every turn of the live loop, so it copies nothing."""
        with self._state_lock:
            return self._next_cut(final=False) is not None

    def step(self, final: bool = False) -> list[Word]:
        """Transcribe the next decided chunk, if any; returns its new words.

        Steps may run side by side (at stop, the last chunk decodes while the one the live loop
        started is still decoding, on the model's other lane): each claims its audio under the
        lock, decodes outside it, and commits in the order claimed."""
        return self._step(final) or []

    def _step(self, final: bool) -> list[Word] | None:
        """`step`, with None when there was no chunk to claim (a chunk of silence gives [])."""
        claimed = self._claim(final)
        if claimed is None:
            return None
        window, cut, start_s, ticket = claimed
        try:
            words = self._decode(window, cut, start_s)
        except BaseException as exc:
            with self._committed:
                self._failed = self._failed or exc
                self._committed.notify_all()
            raise
        with self._committed:
            self._committed.wait_for(lambda: self._done_tickets == ticket or self._failed is not None)
            if self._failed is not None:
                raise self._failed
            self._buffer = self._buffer[cut:]
            self._offset += cut
            self._claimed -= cut
            self.words.extend(words)
            self._done_tickets += 1
            self._committed.notify_all()
        return words

    def _decode(self, window: np.ndarray, cut: int, start_s: float) -> list[Word]:
        """The words of one chunk (`window` = the chunk and its lookahead), invented tails dropped."""
        cut_s = cut / self.sr
        spoken_s = min(cut_s, _speech_end(window[:cut], self.sr))
        until = max(0.0, spoken_s - UNTIL_SLACK_S)
        result = self.engine.transcribe(window, offset=start_s, until=until)
        limit = start_s + min(cut_s, spoken_s + TRAIL_S)
        return drop_invented_tail([w for w in result.words if w.start < limit], start_s + spoken_s, voiced=True)

    def snapshot(self) -> tuple[tuple[Word, ...], float]:
        """The decided words and where they end (s), read together while a step may be committing."""
        with self._state_lock:
            return tuple(self.words), self.done_s

    def draft(self, from_s: float = 0.0) -> list[Word]:
        """A quick transcription of the untranscribed audio from `from_s` on (not kept).

        The live transcript re-drafts only its last few seconds each time, so a
        draft stays cheap however long ago the last chunk was decided.
        """
        with self._state_lock:
            self._gather()
            skip = max(0, int((from_s - self.done_s) * self.sr))
            tail = self._buffer[skip:].copy()
            offset = (self._offset + skip) / self.sr
        if len(tail) < self.sr // 2:
            return []
        return list(self.engine.transcribe(tail, offset=offset, draft=True).words)

    def finish(self, progress: Progress | None = None, lanes: int = LANES) -> Transcript:
        """Transcribe everything left, after any step still decoding; the transcript of the whole take.

        Chunks are cut from the audio alone and decoded without the text before them, so decoding
        `lanes` of them at a time (a file; the last two of a live take) changes no word."""
        with self._state_lock:
            self._gather()
        total = self.fed_s

        def drain() -> None:
            while self._step(final=True) is not None:
                if progress:
                    progress(self.done_s, total)

        if lanes > 1:
            with ThreadPoolExecutor(max_workers=lanes - 1, thread_name_prefix="chunk-lane") as pool:
                others = [pool.submit(drain) for _ in range(lanes - 1)]
                drain()
                for other in others:
                    other.result()
        else:
            drain()
        with self._committed:  # a step claimed before stop (live) may still be decoding
            self._committed.wait_for(lambda: self._done_tickets == self._tickets or self._failed is not None)
            if self._failed is not None:
                raise self._failed
        language = getattr(self.engine, "language", "en")
        return Transcript(words=tuple(self.words), model=self.engine.name, language=language, no_speech=not self.words)
