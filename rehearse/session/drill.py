"""One drill, without any front end: speak each question, record the answer, judge it, save it.

`rehearse drill` drives this (a TUI screen could drive the same object). Each answer
goes down the take path the app uses (`LiveTake`): recorded crash-safely into the
drill's `answers/` folder, transcribed chunk by chunk while the trainee speaks, and
finished into an ordinary report against the scenario cut to the answer
(`rehearse.core.drill.answer_scenario`). The verdict is `judge_answer` on that
report. `drill.json` is rewritten after every answer.

Threads: the question voice renders ahead (`rehearse-voice`), the model loads once
(`rehearse-drill-model`), each answer is transcribed by `rehearse-answer-transcribe`;
`run()` itself blocks, so a front end calls it from a worker. A front end that shows the drill
as it goes (the app's drill screen) passes `on_event` (a `DrillEvent` per question asked, answer
started and answer judged) and `on_live` (the live transcript, as the practice screen gets it);
the CLI passes neither and only reads the lines given to `say`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

from rehearse.audio import SAMPLE_RATE
from rehearse.core.drill import AnswerVerdict, answer_scenario, drill_dict, judge_answer
from rehearse.errors import DeviceError, RehearseError
from rehearse.session.take import ENGINE_WAIT_S, LiveTake
from rehearse.store.drills import ANSWERS, DrillFolder, create_drill, load_drill, save_drill

if TYPE_CHECKING:
    from pathlib import Path

    from rehearse.asr import Engine
    from rehearse.audio.speech import QuestionVoice
    from rehearse.core.questions import Question
    from rehearse.core.scenario import Scenario
    from rehearse.session.live import LiveState
    from rehearse.session.services import Services

log = logging.getLogger("rehearse.drill")

SILENCE_STOP_S = 4.0
"""Seconds of silence after speech that end an answer: longer than a thinking pause, shorter than
the wait of someone who has finished and looks up."""
SPEECH_DBFS = -45.0
"""A level above this is the trainee speaking (the recorder's bar is the loudest of the last 0.3 s)."""
ECHO_S = 0.5
"""The first moment of an answer may still hold the tail of the spoken question (a loudspeaker heard by
the microphone): it never counts as the trainee having spoken."""
POLL_S = 0.1


@dataclass(frozen=True)
class DrillAnswer:
    """One question as it went: where the answer is, why it stopped, and the verdict (None: no report)."""

    question: Question
    take: str
    stopped_by: str
    """"limit", "key" (Enter, Ctrl-C), "silence" or "device" (the recorder ended on its own)."""
    verdict: AnswerVerdict | None
    error: str = ""

    def to_dict(self) -> dict[str, Any]:
        judged = self.verdict.to_dict() if self.verdict else {"question": self.question.to_dict(), "verdict": "no answer"}
        return {**judged, "take": self.take, "stopped_by": self.stopped_by, **({"error": self.error} if self.error else {})}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DrillAnswer:
        """Read back what `to_dict` wrote; KeyError/TypeError/ValueError when a hand edit broke it."""
        from rehearse.core.questions import Question

        verdict = AnswerVerdict.from_dict(data) if data.get("verdict") != "no answer" else None
        return cls(Question.from_dict(data["question"]), str(data.get("take", "")), str(data.get("stopped_by", "")),
                   verdict, str(data.get("error", "")))


def load_answers(folder: Path) -> tuple[DrillAnswer, ...]:
    """A saved drill's answers, to show its report again (an instructor reviewing it later);
    StorageError with one line when `drill.json` cannot be read back."""
    from rehearse.errors import StorageError

    data = load_drill(folder)
    try:
        return tuple(DrillAnswer.from_dict(a) for a in data.get("answers", []))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StorageError(f"{folder}: drill.json cannot be read back ({type(exc).__name__}: {exc})") from exc


@dataclass(frozen=True)
class DrillEvent:
    """One step of the drill for a front end: a question is asked, its answer starts, or it is judged."""

    kind: Literal["question", "text only", "answering", "answered"]
    number: int
    """1-based position of the question in this drill."""
    question: Question
    answer: DrillAnswer | None = None
    """Set for "answered"."""
    note: str = ""
    """For "text only": why the question could not be heard (said once; the rest is text only)."""


class EngineLoader:
    """The speech model, loaded once in the background while the first question is spoken, then the
    analysis warmed up the way `rehearse record` does, so the first verdict does not pay for it."""

    def __init__(self, services: Services, spec: str | None, language: str = "en") -> None:
        self.engine: Engine | None = None
        self.error = ""
        self._done = threading.Event()
        threading.Thread(target=self._load, args=(services, spec, language), name="rehearse-drill-model",
                         daemon=True).start()

    def _load(self, services: Services, spec: str | None, language: str) -> None:
        try:
            self.engine = services.load_engine(spec)
        except Exception as exc:  # one line with the answer, never a traceback
            self.error = str(exc) or type(exc).__name__
            return
        finally:
            self._done.set()
        try:  # first-call costs (the judge's parser 2 s, the voice code) paid during the first question
            services.warm_up(language)
        except Exception as exc:  # only costs speed after the first answer
            log.warning("warming up the analysis failed: %s", exc)

    def wait(self, timeout: float) -> Engine | None:
        self._done.wait(timeout)
        return self.engine


class Drill:
    """Questions in, `DrillAnswer`s out; `say(line)` is how the front end shows text."""

    def __init__(self, services: Services, scenario: Scenario, questions: tuple[Question, ...], folder: DrillFolder,
                 header: dict[str, Any], *, voice: QuestionVoice | None, engine: EngineLoader,
                 device: str | int | None = None, say: Callable[[str], None] = print,
                 on_event: Callable[[DrillEvent], object] | None = None,
                 on_live: Callable[[LiveState], object] | None = None,
                 keys: str = "Enter to finish, Ctrl-C to end the drill") -> None:
        self.services, self.scenario, self.questions, self.folder = services, scenario, questions, folder
        self.header, self.voice, self.engine, self.device, self.say = header, voice, engine, device, say
        self.on_event = on_event or (lambda _event: None)
        self.on_live = on_live
        """None: decided chunks only (no one watches the words); else called with each live state."""
        self.keys = keys
        """How the front end ends an answer and the drill, said when each answer starts."""
        self.answers: list[DrillAnswer] = []
        self._voice = voice
        """Kept to close: `voice` is dropped after a failed question, its renderer still runs."""
        self.live: LiveTake | None = None
        """The answer being recorded (its `level` and `elapsed` are what a front end shows)."""
        self._answer_services = replace(services, new_recording=lambda _scenario, **kw: services.new_recording(
            ANSWERS, root=folder.answers_root, **kw))

    def run(self, next_answer: threading.Event, stop_all: threading.Event) -> list[DrillAnswer]:
        """Ask every question in turn; `next_answer` ends the current answer, `stop_all` the drill after it."""
        if self.voice is not None:
            for q in self.questions:
                self.voice.prepare(q.text)  # in order: the first is ready first, the rest while answering
        status = "stopped"
        try:
            for n, question in enumerate(self.questions, 1):
                self.say(f"Question {n} of {len(self.questions)} ({question.answer_s:g} s): {question.text}")
                self.on_event(DrillEvent("question", n, question))
                self._speak(n, question)
                if stop_all.is_set():
                    break  # Ctrl-C while the question was heard: no answer is recorded for it
                next_answer.clear()
                self.answers.append(self._answer(n, question, next_answer, stop_all))
                self._save("running")
                self.on_event(DrillEvent("answered", n, question, self.answers[-1]))
                if stop_all.is_set():
                    break
            status = "complete" if len(self.answers) == len(self.questions) else "stopped"
        finally:
            self._save(status)
        return self.answers

    def close(self) -> None:
        """Stop rendering questions not reached, so the process (or the screen) may end at once."""
        if self._voice is not None:
            self._voice.close()

    def _speak(self, n: int, question: Question) -> None:
        if self.voice is None:
            return
        try:
            audio = self.voice.audio(question.text)
            player = self.services.new_player()
            player.load(audio, SAMPLE_RATE)
            try:
                player.play()
                player.wait(len(audio) / SAMPLE_RATE + 5.0)
            finally:
                player.stop(rewind=False)
            if player.error is not None:
                raise player.error
        except RehearseError as exc:
            self.say(f"the question is shown as text only: {exc}")
            self.on_event(DrillEvent("text only", n, question, note=f"the question is shown as text only: {exc}"))
            self.voice = None  # said once; the rest of the drill is text only

    def _answer(self, n: int, question: Question, next_answer: threading.Event,
                stop_all: threading.Event) -> DrillAnswer:
        live = LiveTake(self._answer_services, answer_scenario(self.scenario, question),
                        speaker=str(self.header.get("speaker", "")), team=str(self.header.get("team", "")),
                        title=f"Q{question.number}", device=self.device)
        take = live.start()  # DeviceError: no microphone; nothing recorded, the drill ends with one line
        self.live = live
        self.say(f"answer now: up to {question.answer_s:g} s ({self.keys})")
        self.on_event(DrillEvent("answering", n, question))
        threading.Thread(target=live.run_live, args=(self.on_live,), kwargs={"engine": lambda: self.engine.engine},
                         name="rehearse-answer-transcribe", daemon=True).start()
        try:
            stopped_by = self._until_done(live, question, next_answer, stop_all)
        except BaseException:
            live.abandon()
            raise
        result = live.stop_and_report(self.engine.wait)
        path = str(result.take.path if result.take else take.path)
        if result.report is None:
            why = self.engine.error or result.error or f"the speech model did not load within {ENGINE_WAIT_S:g} s"
            return DrillAnswer(question, path, stopped_by, None, why)
        verdict = judge_answer(question, result.report, self.scenario)
        return DrillAnswer(question, path, stopped_by, verdict, result.error or "")

    def _until_done(self, live: LiveTake, question: Question, next_answer: threading.Event,
                    stop_all: threading.Event) -> str:
        last_voice: float | None = None
        while True:
            if next_answer.wait(POLL_S) or stop_all.is_set():
                return "key"
            elapsed = live.elapsed
            if elapsed >= question.answer_s:
                return "limit"
            if not live.recording.running and elapsed > 0:
                return "device"
            if elapsed >= ECHO_S and live.level.read().db > SPEECH_DBFS:
                last_voice = elapsed
            elif last_voice is not None and elapsed - last_voice >= SILENCE_STOP_S:
                return "silence"

    def _save(self, status: str) -> None:
        verdicts = [a.verdict for a in self.answers if a.verdict is not None]
        body = drill_dict(verdicts)
        save_drill(self.folder, {**self.header, "id": self.folder.id, "scenario": self.scenario.id, "status": status,
                                 "answers": [a.to_dict() for a in self.answers],
                                 "verdicts": body["verdicts"], "fixes": body["fixes"],
                                 "saved_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")})


def no_output_device(services: Services) -> str:
    """'' when questions can be heard, else the one line saying they are shown as text only."""
    try:
        if services.output_devices():
            return ""
        why = "no output device"
    except DeviceError as exc:
        why = str(exc)
    return f"questions are shown as text only ({why})"


def open_drill(services: Services, scenario: Scenario, questions: tuple[Question, ...], header: dict[str, Any], *,
               model: str | None, device: str | int | None, speak: bool, **front: Any) -> Drill:
    """A new drill folder (`drills/<scenario>/<id>/`) and the `Drill` to run in it, its model loading
    already: the one way the CLI and the app start a drill. `speak` False shows questions as text;
    `front` is `say`, `on_event`, `on_live`, `keys` (see `Drill`). Raises StorageError."""
    from rehearse.audio.speech import QuestionVoice

    folder = create_drill(scenario.id, header)
    return Drill(services, scenario, questions, folder, load_drill(folder.path),
                 voice=QuestionVoice() if speak else None, engine=EngineLoader(services, model, scenario.language),
                 device=device,
                 **front)
