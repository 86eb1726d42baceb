"""Live analysis during a take: a transcript a few seconds behind, the checklist, the pace.

The UI feeds each recorded block to `LiveAnalyzer.feed` (writer thread) and
calls `work()` in a thread worker until the take ends. Decided chunks are
transcribed exactly as `rehearse analyze` would (same chunker, same settings),
and between them a quick greedy draft of the unfinished tail keeps the live
transcript within seconds of the speech. At stop only the last chunk is left,
so `finish()` returns the full report within a few seconds of a 5-minute take.
"""

from __future__ import annotations

import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from rehearse.asr import Engine, speaking
from rehearse.asr.chunking import ChunkedTranscriber
from rehearse.audio.features import LevelTrack
from rehearse.core.report import Report, analyze
from rehearse.core.scenario import Scenario
from rehearse.core.types import Transcript, VoiceFeatures, Word
from rehearse.memory import release_free_memory

DRAFT_EVERY_S = 2.0
"""How often the unfinished tail is re-drafted: the live transcript's lag is about this plus one draft."""
DRAFT_REDO_S = 12.0
"""Each draft re-transcribes this much before the new audio. 4 s kept drafts cheapest, but words
drafted with so little context can be heard otherwise by the decided chunk: the checklist before
stop disagreed with the report on 3 of 12 briefs (two runs of six); with 12 s or more, on 0 of 24,
for a live transcript about 0.3 s further behind on average (`bench/live_checklist.py`, BENCHMARKS.md)."""
LIVE_PACE_WINDOW_S = 20.0


@dataclass(frozen=True)
class ChecklistItem:
    """One element of the live checklist, as judged on the transcript so far."""

    id: str
    label: str
    found: bool
    count: int
    min: int = 1
    """How many pieces of evidence count as found (3 for the examples)."""


def blank_checklist(scenario: Scenario) -> tuple[ChecklistItem, ...]:
    """The checklist before a word is heard: every element open."""
    return tuple(ChecklistItem(e.id, e.label, False, 0, e.min) for e in scenario.elements)


@dataclass(frozen=True)
class LiveState:
    """What the practice screen shows; plain data, safe to post to the UI thread."""

    words: tuple[Word, ...] = ()
    draft_from: int = 0
    """Index of the first word that is still a draft (may change)."""
    heard_until: float = 0.0
    """Audio seconds covered by the transcript: `elapsed - heard_until` is the lag."""
    checklist: tuple[ChecklistItem, ...] = ()
    """The scenario's elements, in its order."""
    rolling_wpm: float | None = None


class LiveAnalyzer:
    def __init__(self, scenario: Scenario, engine: Engine) -> None:
        self.scenario = scenario
        self.chunker = ChunkedTranscriber(speaking(engine, scenario.language))
        self._draft: list[Word] = []
        self._last_draft_at = 0.0
        self._draft_until = 0.0
        self._decider = ThreadPoolExecutor(max_workers=1, thread_name_prefix="live-decide")
        """Decided chunks are transcribed here, while `work()` goes on drafting: a 27 s chunk with
        beam 5 takes seconds, and the live transcript stalled for all of them (measured: 6.6 s behind)."""
        self._deciding: Future[list[Word]] | None = None
        self._levels = LevelTrack()
        """The take's voice-loud stretches so far: the checklist ends sentences at the silences the
        report will (`rehearse.core.judge.silences`)."""

    def feed(self, block: np.ndarray) -> None:
        """Called from the recording thread with float32 blocks."""
        self.chunker.feed(block)
        self._levels.feed(block)

    def work(self, drafts: bool = True) -> bool:
        """One unit of transcription work; False when there was nothing to do.

        `drafts=False` (`rehearse record`, no live transcript shown) only starts decided chunks."""
        if self._deciding is not None:
            if not self._deciding.done():
                return self._redraft() if drafts else False
            self._deciding.result()  # a failed chunk fails the take here, as it did inline
            self._deciding = None
            release_free_memory()  # the chunk's decode buffers: see rehearse/memory.py
            # Draft words past the new cut still stand until redrafted; redraft at once, so the
            # lookahead and the decode time do not show up as a jump in the lag (measured: 8 s).
            self._draft = [w for w in self._draft if w.start >= self.chunker.done_s]
            self._last_draft_at = 0.0
            return True
        if self.chunker.decidable():
            self._deciding = self._decider.submit(self.chunker.step, False)
            return True
        return self._redraft() if drafts else False

    def _redraft(self) -> bool:
        fed, done = self.chunker.fed_s, self.chunker.done_s
        now = time.monotonic()
        if now - self._last_draft_at < DRAFT_EVERY_S or fed - done < 0.5:
            return False
        self._last_draft_at = now
        # Keep earlier draft words; redo the last DRAFT_REDO_S with the new audio (a word may have been cut).
        redo_from = max(done, self._draft_until - DRAFT_REDO_S)
        kept = [w for w in self._draft if w.end <= redo_from and w.start >= done]
        self._draft = kept + [w for w in self.chunker.draft(redo_from) if w.start >= redo_from - 0.05]
        self._draft_until = fed
        return True

    def state(self) -> LiveState:
        committed, done = self.chunker.snapshot()
        draft = [w for w in self._draft if w.start >= done]
        words = committed + tuple(draft)
        heard_so_far = VoiceFeatures(self.chunker.fed_s, self._levels.speech())
        rubric = analyze(Transcript(words), heard_so_far, self.scenario).rubric if words else {}
        checklist = tuple(ChecklistItem(key, r.label, r.found, r.count, r.min)
                          for key, r in rubric.items()) or blank_checklist(self.scenario)
        rolling = None
        if words:
            end = words[-1].end
            recent = [w for w in words if w.end >= end - LIVE_PACE_WINDOW_S]
            span = max(1.0, min(LIVE_PACE_WINDOW_S, end - recent[0].start))
            rolling = len(recent) * 60.0 / span
        heard = max(done, self._draft_until if draft else 0.0)
        return LiveState(words, len(committed), heard, checklist, rolling)

    def finish(self, audio: np.ndarray | None = None) -> Report:
        """Transcribe what is left and judge the whole take; `audio` is the saved take for voice features."""
        from rehearse.audio.features import measure_voice

        # A chunk still decoding is not waited for: the rest decodes beside it on the model's
        # other lane, and the chunker commits both in order (and raises if that chunk failed).
        try:
            with ThreadPoolExecutor(max_workers=1) as pool:
                voice_job = pool.submit(measure_voice, audio) if audio is not None else None
                transcript = self.chunker.finish()
                voice = voice_job.result() if voice_job else None
        finally:
            self._decider.shutdown(wait=False)
            self._deciding = None
        return analyze(transcript, voice, self.scenario)
