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
