"""The live transcript keeps drafting while a decided chunk is transcribed (issue 12: the stall).

A scripted engine that takes a second per decided chunk stands in for Whisper's beam-5 decode;
the measure of the real thing is `bench/latency.py` (no wall-clock limits here)."""

from __future__ import annotations

import threading
import time

import numpy as np

from rehearse.core.scenario import load_scenario
from rehearse.session.live import LiveAnalyzer
from tests.ui.fakes import RATE, ScriptedEngine


class SlowDecides(ScriptedEngine):
    """Decided chunks take `delay_s`; drafts are quick. Records when each call ran."""

    def __init__(self, delay_s: float) -> None:
        super().__init__()
        self.decide_delay_s = delay_s
        self.spans: list[tuple[str, float, float]] = []
        self._lock = threading.Lock()

    def transcribe(self, audio, offset=0.0, draft=False, until=None):
        t0 = time.monotonic()
        if not draft:
            time.sleep(self.decide_delay_s)
        out = super().transcribe(audio, offset, draft, until)
        with self._lock:
            self.spans.append(("draft" if draft else "decide", t0, time.monotonic()))
        return out


def test_drafts_go_on_while_a_chunk_is_decided():
    engine = SlowDecides(delay_s=1.5)
    live = LiveAnalyzer(load_scenario("minusma-gender"), engine)
    rng = np.random.default_rng(1325)
    live.feed((rng.standard_normal(31 * RATE) * 0.1).astype(np.float32))  # past a chunk and its lookahead
    assert live.work(), "a decided chunk should have been started"
    deadline = time.monotonic() + 10
    while live.chunker.done_s == 0.0 and time.monotonic() < deadline:
        live._last_draft_at = 0.0  # a draft is due at every turn
        live.work()
        time.sleep(0.05)
    live.work()  # takes the decided chunk in
    decides = [s for s in engine.spans if s[0] == "decide"]
    drafts = [s for s in engine.spans if s[0] == "draft"]
    assert len(decides) == 1 and live.chunker.done_s > 20.0
    inside = [d for d in drafts if decides[0][1] < d[1] < decides[0][2]]
    assert len(inside) >= 2, (decides, drafts)  # drafts kept coming while the chunk was decided
    report = live.finish()
    assert report.words > 0 or report.no_speech


def _voice_like(seconds: int) -> np.ndarray:
    """A 150 Hz buzz in 0.8 s bursts with 0.4 s gaps: heard as speech, so no word is dropped as invented."""
    t = np.arange(seconds * RATE) / RATE
    return (0.2 * np.sin(2 * np.pi * 150 * t) * ((t % 1.2) < 0.8)).astype(np.float32)


def test_stop_decodes_the_last_chunk_beside_the_one_in_flight():
    """At stop the rest of the take is not queued behind the chunk the live loop started: both
    decode at once (the model's two lanes), and the words still come in the order spoken."""
    engine = SlowDecides(delay_s=1.5)
    live = LiveAnalyzer(load_scenario("minusma-gender"), engine)
    audio = _voice_like(37)
    live.feed(audio[: 31 * RATE])
    assert live.work(drafts=False), "a decided chunk should have been started"
    live.feed(audio[31 * RATE :])  # the speaker goes on, then stops
    report = live.finish()
    decides = sorted(s for s in engine.spans if s[0] == "decide")
    assert len(decides) == 2
    assert decides[1][1] < decides[0][2], decides  # the last chunk started before the first was done
    assert live.chunker.done_s == 37.0
    starts = [w.start for w in live.chunker.words]
    assert starts == sorted(starts) and starts[-1] > 24.0
    assert report.words == len(starts)


def test_a_chunk_that_fails_in_flight_fails_the_stop():
    """The chunk decoding at stop fails: finish raises its error instead of a report without its words."""

    class FailsFirst(SlowDecides):
        def transcribe(self, audio, offset=0.0, draft=False, until=None):
            if not draft and offset == 0.0:
                time.sleep(0.5)
                raise RuntimeError("decode failed")
            return super().transcribe(audio, offset, draft, until)

    live = LiveAnalyzer(load_scenario("minusma-gender"), FailsFirst(delay_s=0.0))
    live.feed(np.zeros(31 * RATE, np.float32) + 0.01)
    assert live.work(drafts=False)
    live.feed(np.zeros(3 * RATE, np.float32) + 0.01)
    try:
        live.finish()
    except RuntimeError as exc:
        assert "decode failed" in str(exc)
    else:
        raise AssertionError("finish should raise the failed chunk's error")


def test_the_last_chunk_is_decoded_only_as_far_as_the_speech():
    """After the last words Whisper would decode the trailing silence as a window of its own and retry
    it at every temperature (measured: LONG's last chunk 4.2 s instead of 1.4 s, at stop): the final
    chunk, like every other, asks it to stop once the speech before the cut is covered."""

    class Until(ScriptedEngine):
        def __init__(self) -> None:
            super().__init__()
            self.untils: list[float | None] = []

        def transcribe(self, audio, offset=0.0, draft=False, until=None):
            self.untils.append(until)
            return super().transcribe(audio, offset, draft, until)

    engine = Until()
    live = LiveAnalyzer(load_scenario("minusma-gender"), engine)
    live.feed(np.concatenate([_voice_like(10), np.zeros(2 * RATE, np.float32)]))  # 10 s of "speech", 2 s of quiet
    live.finish()
    [until] = engine.untils
    assert until is not None and 9.0 < until < 10.0
