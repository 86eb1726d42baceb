"""One live take, from the first block of audio to the saved report, without any Textual.

The practice screen drives this from its thread workers, and `bench/latency.py`
drives exactly the same code, so the stop-to-report time the benchmark prints is
the time the speaker waits. Three threads meet here:

- the recorder's writer thread calls `feed()` with every block (never blocks:
  it only appends to the live analyzer or, while the model is still loading, to
  a backlog that is handed over when the engine arrives);
- a transcription worker runs `run_live()`, one unit of Whisper work at a time,
  so that at stop only the last chunk is left to transcribe;
- a record worker calls `start()` and later `stop_and_report()`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np

from rehearse.errors import RehearseError
from rehearse.session.level import LevelWindow

if TYPE_CHECKING:
    from rehearse.asr import Engine
    from rehearse.core.report_model import Report
    from rehearse.core.scenario import Scenario
    from rehearse.core.script import ScriptCheck
    from rehearse.session.live import LiveAnalyzer, LiveState
    from rehearse.session.services import Services
    from rehearse.store import Take

log = logging.getLogger("rehearse.session")

IDLE_SLEEP_S = 0.1
"""Sleep when Whisper has nothing to do: short enough to pick up a decided chunk at once."""
STATE_EVERY_S = 1.0
"""Live panels refresh at most this often: rebuilding the checklist costs CPU the transcriber needs."""
ENGINE_WAIT_S = 120.0
"""How long a stopped take waits for a model that is still loading before giving up on the report."""
MEMORY_AUDIO_S = 1800.0
"""Takes up to 30 minutes are also kept in memory as int16 (58 MB at most), so the report does
not wait for the FLAC; longer ones (a whole class recorded) are decoded from disk at the end."""


@dataclass
class TakeResult:
    """How a take ended: the saved take, its report (None if it could not be made) and why not."""

    take: Take | None
    report: Report | None = None
    error: str | None = None
    """One line: why the take ended early, or why there is no report. None when all went well."""
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds after stop at which each step ended (stop, live_wait: since stop) or that it took
    (audio, finish, save), and the total: what the speaker waits for the verdict."""
    unsaved: RehearseError | None = None
    """Why the report could not be saved (a full disk): the verdict is shown all the same."""


class LiveTake:
    def __init__(self, services: Services, scenario: Scenario, *, speaker: str = "", team: str = "",
                 title: str = "", device: str | int | None = None, model: str = "",
                 on_ended: Callable[[RehearseError], object] | None = None, script: str = "") -> None:
        self.services, self.scenario = services, scenario
        self.script = script
        """The draft to keep with the take as script.md (text already read and checked), or ''."""
        self.script_note = ""
        """One line when the script could not be kept with the take (the take goes on without it)."""
        self._script_check: Future[ScriptCheck | None] | None = None
        """The script checked while the take records, so that stop only aligns (`session.script`)."""
        self.level = LevelWindow()
        self.take: Take | None = None
        self.live: LiveAnalyzer | None = None
        self._backlog: list[np.ndarray] = []
        self._blocks: list[np.ndarray] | None = []
        """The take as int16 blocks, so the report never waits for the FLAC to be decoded (None if too long)."""
        self._fed = 0
        self._all_fed = threading.Event()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._live_done = threading.Event()
        self._live_done.set()  # no loop running yet
        self._on_ended = on_ended
        self.recording = services.new_recording(
            scenario.id, speaker=speaker, team=team, title=title, device=device or None, model=model, language=scenario.language,
            on_audio=self.feed, on_stop=self._recorder_stopped)

    @property
    def elapsed(self) -> float:
        """Seconds of audio recorded: the clock the speaker sees."""
        return self.recording.elapsed

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def start(self) -> Take:
        """Open the microphone and begin (blocking: run it in a worker). Raises DeviceError/StorageError."""
        self.take = self.recording.start()
        if self.script:
            from rehearse.store.script import save_script_text

            try:
                save_script_text(self.take, self.script)
            except RehearseError as exc:
                self.script_note = f"the script was not kept with the take: {exc}"
            else:
                self._script_check = _check_script_meanwhile(self.take, self.scenario)
        return self.take

    def attach_engine(self, engine: Engine) -> None:
        """The model is ready: build the live analyzer and hand it everything recorded so far."""
        with self._lock:
            if self.live is not None:
                return
            live = self.services.new_live(self.scenario, engine)
            for block in self._backlog:
                live.feed(block)
            self._backlog.clear()
            self.live = live

    def feed(self, block: np.ndarray) -> None:
        """Recorder thread: meter, in-memory copy, then transcriber (or backlog). Must stay cheap."""
        self.level.add(block)
        with self._lock:
            self._fed += len(block)
            if self._blocks is not None:
                self._blocks.append(np.clip(block * 32768.0, -32768, 32767).astype(np.int16))
                if self._fed > MEMORY_AUDIO_S * 16000:
                    self._blocks = None  # decode the FLAC at the end instead
            if self.live is not None:
                self.live.feed(block)
            else:
                self._backlog.append(block)

    def _recorder_stopped(self, error: RehearseError | None) -> None:
        self._all_fed.set()
        if error is not None and not self._stopping.is_set() and self._on_ended is not None:
            self._on_ended(error)

    def run_live(self, on_state: Callable[[LiveState], object] | None,
                 cancelled: Callable[[], bool] = lambda: False,
                 engine: Callable[[], Engine | None] = lambda: None) -> None:
        """Transcribe while recording; `on_state` gets a fresh LiveState at most every STATE_EVERY_S.

        `engine()` is polled until the model is ready, so a take may start while it still loads.
        `on_state=None` (`rehearse record`, no live panels) transcribes decided chunks only:
        neither the drafts nor the states' checklist are made for no one on the cores Whisper needs.
        """
        self._live_done.clear()
        last, every = 0.0, STATE_EVERY_S
        try:
            while not self._stopping.is_set() and not cancelled():
                if self.live is None and (ready := engine()) is not None:
                    self.attach_engine(ready)
                live, did = self.live, False
                if live is not None:  # with no one to show drafts to, decided chunks only
                    did = live.work(drafts=on_state is not None)
                now = time.monotonic()
                if on_state is not None and live is not None and now - last >= every:
                    last = now
                    on_state(live.state())
                    # The checklist is re-judged on the whole transcript: keep that under ~20 % of a core.
                    every = max(STATE_EVERY_S, 5 * (time.monotonic() - now))
                if not did:
                    time.sleep(IDLE_SLEEP_S)
        finally:
            self._live_done.set()

    def abandon(self) -> None:
        """The app is closing mid-take: save the audio as a normal take (no report), end the loop."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        try:
            self.recording.stop()
        except Exception as exc:  # the audio is kept either way; the error says where
            log.warning("saving the take on exit: %s", exc)

    def stop_and_report(self, wait_engine: Callable[[float], Engine | None],
                        on_saved: Callable[[Take | None, str | None], None] | None = None) -> TakeResult:
        """Stop, save, finish the transcript and save the report. Blocking: run it in a worker.

        The speaker is waiting, so independent steps overlap: the FLAC is written
        (recording.stop) while the live transcriber finishes its current unit and
        the last chunk is transcribed; the voice is measured on the in-memory copy
        of the take, so the FLAC is never decoded again. `on_saved(take, error)` is
        called from the saving thread once the audio is on disk (before the report is
        saved): `rehearse record` says where the take is while the verdict is finished.
        """
        t0 = time.monotonic()
        timings: dict[str, float] = {}
        self._stopping.set()
        saved: dict = {}
        saver = threading.Thread(target=self._save_audio, args=(saved, timings, t0, on_saved),
                                 name="rehearse-save-take")
        saver.start()
        while not self._all_fed.wait(0.05) and saver.is_alive():
            pass  # a recorder without on_stop: stop() returning means everything was fed
        self._live_done.wait(60)
        timings["live_wait"] = time.monotonic() - t0
        if self._fed == 0 or self.live is None:
            saver.join()
            return self._without_live(saved, wait_engine, timings) or self._report(saver, saved, timings, t0)
        return self._report(saver, saved, timings, t0)

    def _save_audio(self, saved: dict, timings: dict, t0: float, on_saved=None) -> None:
        try:
            saved["take"] = self.recording.stop()
        except RehearseError as exc:  # audio is saved first; the error says where
            saved["take"], saved["error"] = getattr(exc, "take", None) or self.take, str(exc)
        except Exception as exc:  # a bug: keep going with what is on disk, say what happened
            log.exception("stopping the recording failed")
            saved["take"], saved["error"] = self.take, f"{type(exc).__name__}: {exc}"
        finally:
            self._all_fed.set()
            timings["stop"] = time.monotonic() - t0
        if on_saved is not None:
            on_saved(saved.get("take"), saved.get("error"))

    def _without_live(self, saved: dict, wait_engine, timings: dict) -> TakeResult | None:
        """Nothing recorded, or the model was not ready during the take: a result, or None to carry on."""
        take, error = saved.get("take"), saved.get("error")
        if self._fed == 0 or take is None or take.audio_path is None or not take.audio_path.exists():
            return TakeResult(take, None, error or "nothing was recorded", timings)
        engine = wait_engine(ENGINE_WAIT_S)
        if engine is None:
            why = "the speech model is not loaded; the take is saved and can be analysed later"
            return TakeResult(take, None, error or why, timings)
        self.attach_engine(engine)
        return None

    def _recorded_audio(self, take: Take | None) -> np.ndarray:
        """The whole take as float32: the in-memory copy, else (very long takes) the saved FLAC."""
        with self._lock:
            blocks = self._blocks
        if blocks is not None:
            pcm = np.concatenate(blocks) if blocks else np.zeros(0, np.int16)
            return pcm.astype(np.float32) / 32768.0
        if take is None or take.audio_path is None:
            return np.zeros(0, np.float32)
        return self.services.load_audio(take.audio_path)

    def _report(self, saver: threading.Thread, saved: dict, timings: dict, t0: float) -> TakeResult:
        mark = time.monotonic()
        in_memory = self._blocks is not None
        if not in_memory:
            saver.join()
        audio = self._recorded_audio(saved.get("take"))
        timings["audio"] = time.monotonic() - mark
        mark = time.monotonic()
        assert self.live is not None, "stop_and_report attaches an engine or returns without a report"
        report = self.live.finish(audio)
        timings["finish"] = time.monotonic() - mark
        saver.join()
        take, error = saved.get("take"), saved.get("error")
        if take is None:
            return TakeResult(None, report, error or "the take could not be saved", timings)
        if self._script_check is not None:
            from rehearse.session.script import with_script

            mark = time.monotonic()
            report = with_script(report, take, self.scenario, _result_or_none(self._script_check))
            timings["script"] = time.monotonic() - mark
        report = replace(report, file=str(take.audio_path or take.part_path))
        mark, unsaved = time.monotonic(), None
        try:
            self.services.save_report(take, report.to_dict())
        except RehearseError as exc:
            error, unsaved = error or f"report not saved: {exc}", exc
        timings["save"] = time.monotonic() - mark
        timings["total"] = time.monotonic() - t0
        return TakeResult(take, report, error, timings, unsaved)


def _check_script_meanwhile(take: Take, scenario: Scenario) -> Future[ScriptCheck | None]:
    """Check the take's script on a thread of its own while the take records (see `session.script`)."""
    from rehearse.session.script import check_take_script

    future: Future[ScriptCheck | None] = Future()

    def run() -> None:
        try:
            future.set_result(check_take_script(take, scenario))
        except Exception as exc:  # stop checks again (with_script) and says what failed there
            future.set_exception(exc)

    threading.Thread(target=run, name="rehearse-script-check", daemon=True).start()
    return future


def _result_or_none(future: Future[ScriptCheck | None]) -> ScriptCheck | None:
    """The check made during the take; None (check again now) if it failed."""
    try:
        return future.result()
    except Exception as exc:
        log.warning("checking the script during the take failed: %s", exc)
        return None
