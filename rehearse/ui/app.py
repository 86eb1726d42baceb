"""The Textual app: thin on purpose. It owns the shared state and the model; screens do the rest.

`build_app()` is the one way to make it (tests pass fake services; the command
passes the real ones). The app holds what every screen needs: the services,
the remembered settings and the speech engine, which loads in a thread worker
the moment the first frame is up, so the home screen never waits for it and a
take may even start before it is ready.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive

from rehearse.errors import ModelError
from rehearse.session.services import Services, real_services
from rehearse.session.settings import Settings, load_settings, save_settings
from rehearse.ui.errors import WorkerErrors
from rehearse.ui.screens.home import HomeScreen

if TYPE_CHECKING:
    from pathlib import Path

    from rehearse.asr import Engine
    from rehearse.core.report_model import Report
    from rehearse.core.review import Review
    from rehearse.core.scenario import Scenario
    from rehearse.session.drill import DrillAnswer
    from rehearse.store import Take


MODEL_WAIT_S = 120.0
"""How long opening an unanalysed take waits for a model that is still loading."""

log = logging.getLogger("rehearse.ui")


class RehearseApp(WorkerErrors, App[None]):
    CSS_PATH = "rehearse.tcss"
    TITLE = "rehearse"
    SUB_TITLE = "offline voice rehearsal"
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", priority=True)]

    model_state: reactive[str] = reactive("loading", always_update=True)
    """'loading', 'ready' or 'failed': screens watch it to show the model's status."""

    def __init__(self, services: Services, *, scenario: str | None = None, model: str | None = None,
                 device: str | None = None) -> None:
        super().__init__()
        self.services = services
        self.model_spec = model
        self.scenario_spec = scenario
        self.device_spec = device
        self.engine: Engine | None = None
        self.model_error: str | None = None
        self._engine_settled = threading.Event()
        self.model_wanted: str | None = model
        self.language_wanted = "en"
        """The chosen scenario's language: the judge's parser for it is loaded with the model."""
        """The model the chosen scenario is spoken into (see `use_model_for`); None: the bundled tiny.en."""
        self._model_started = False
        self.settings_file = services.resolved_settings_path()
        self.settings, self.settings_problem = load_settings(self.settings_file)

    def get_default_screen(self) -> HomeScreen:
        """Home is the base screen (not pushed over a blank one): one screen less to build at start."""
        return HomeScreen()

    def on_mount(self) -> None:
        if self.settings_problem:
            self.notify(self.settings_problem, severity="warning")
        # Imports in workers hold the GIL: start them once the first frame is on screen.
        self.call_after_refresh(self._start_model)

    def use_model_for(self, scenario: Scenario | None) -> None:
        """Load the model `scenario` is spoken into, in the background: `--model` if given, else the
        scenario's own `model` (base for the French one), else tiny.en. Picking a French scenario on
        the home screen thus loads the multilingual model while the speaker reads the brief."""
        wanted = self.model_spec or (scenario.model if scenario is not None else None) or None
        language = scenario.language if scenario is not None else "en"
        if language != self.language_wanted and wanted == self.model_wanted and self.engine is not None:
            self.warm_up(language)  # same model, another language (`--model base`): only the parser to load
        self.language_wanted = language
        if wanted != self.model_wanted:
            self.model_wanted = wanted
            if self._model_started:  # else the first load, after the first frame, takes this one
                self._start_model()

    def _start_model(self) -> None:
        self._model_started = True
        self.engine, self.model_error = None, None
        self._engine_settled.clear()
        self.model_state = "loading"
        self.load_model(self.model_wanted)

    @work(thread=True, group="model", exit_on_error=False, description="loading the speech model")
    def load_model(self, spec: str | None) -> None:
        try:
            engine = self.services.load_engine(spec)
        except BaseException as exc:
            if spec != self.model_wanted:
                return  # another scenario's model is loading now: this one's failure is not news
            self.model_error = str(exc) or type(exc).__name__
            self._engine_settled.set()
            self.call_from_thread(setattr, self, "model_state", "failed")
            raise
        if spec != self.model_wanted:
            return  # the scenario changed while this one loaded: the newer load settles the engine
        self.engine = engine
        self._engine_settled.set()
        self.call_from_thread(setattr, self, "model_state", "ready")
        self._warm(self.language_wanted)  # in this worker: the model's worker warms what follows it

    @work(thread=True, group="warm-up", exit_on_error=False, description="loading the judge's language model")
    def warm_up(self, language: str) -> None:
        """The judge's parser for another language, with the model already loaded (from the UI thread)."""
        self._warm(language)

    def _warm(self, language: str) -> None:
        """The judge's parser and the voice code, loaded before the first take needs them."""
        try:
            self.services.warm_up(language)
        except Exception:  # only costs speed at the first checklist; the take and its report still work
            log.warning("analysis warm-up failed", exc_info=True)

    def wait_engine(self, timeout: float) -> Engine | None:
        """From a worker thread: the engine once loaded, None if it failed or took too long."""
        self._engine_settled.wait(timeout)
        return self.engine

    def open_take(self, view: str, take: Take | None, report: Report, review: Review | None = None, note: str = "",
                  at: float | None = None) -> None:
        """Show a take as 'report', 'replay' or 'review'. Screens navigate through the app, so no
        screen imports another (the report, replay and review screens all offer the other two).
        Only the report is shown for a take that could not be saved (`take` None)."""
        if view == "report":
            from rehearse.ui.screens.report import ReportScreen

            self.push_screen(ReportScreen(take, report, note=note or None))
            return
        if take is None or review is None:  # a bug: the screens offer replay and review of saved takes only
            raise ValueError(f"cannot open the {view} without the saved take and its review")
        if view == "replay":
            from rehearse.ui.screens.replay import ReplayScreen

            self.push_screen(ReplayScreen(take, report, review))
        else:
            from rehearse.ui.screens.review import ReviewScreen

            self.push_screen(ReviewScreen(take, report, review, at=at))

    def open_drill(self, scenario: Scenario | str, header: dict[str, Any], device: str | None = None) -> None:
        """The commander's questions (`rehearse.ui.screens.drill`): from home, or from a take's report
        with the take in `header` (`after`, `after_path`), as `rehearse drill --after` links them."""
        from rehearse.ui.screens.drill import DrillScreen

        self.push_screen(DrillScreen(scenario, header, device))

    def open_drill_report(self, answers: tuple[DrillAnswer, ...], folder: Path, replace: bool = False) -> None:
        """The drill's table, evidence and fixes; `replace` puts it where the drill screen was."""
        from rehearse.ui.screens.drill_report import DrillReportScreen

        screen = DrillReportScreen(answers, folder)
        if replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def engine_for_analysis(self) -> Engine:
        """From a worker thread: the engine to judge a saved take with, waiting while it loads.
        Raises ModelError (one line, with the loader's reason) when there is none."""
        engine = self.wait_engine(MODEL_WAIT_S)
        if engine is None:
            raise ModelError(f"cannot analyse the take: {self.model_error or 'the speech model is not loaded'}")
        return engine

    @property
    def model_name(self) -> str:
        return getattr(self.engine, "name", "") or (self.model_spec or "")

    def remember(self, **changes: str) -> None:
        """Update and save the settings (a few hundred bytes: done here, not worth a worker)."""
        values = {k: v for k, v in changes.items() if getattr(self.settings, k) != v}
        if not values:
            return
        for key, value in values.items():
            setattr(self.settings, key, value)
        problem = save_settings(self.settings, self.settings_file)
        if problem:
            self.notify(problem, severity="warning")

    def on_unmount(self) -> None:
        """Close every audio stream before the interpreter exits (see rehearse.audio.capture)."""
        self.services.close_streams()


def build_app(services: Services | None = None, *, scenario: str | None = None, model: str | None = None,
              device: str | None = None, settings: Settings | None = None) -> RehearseApp:
    """The app with real services unless told otherwise; `settings` overrides the saved ones."""
    app = RehearseApp(services or real_services(), scenario=scenario, model=model, device=device)
    if settings is not None:
        app.settings, app.settings_problem = settings, None
    return app
