"""Home: choose the exercise, say who is speaking, pick the microphone, read the brief.

Focus starts on the Practice button, not on the first Input: Textual would
otherwise focus the speaker field and the `p` shortcut would type a "p" into it
(virtual-mic.md, "Input focus"). Bindings are not priority bindings for the
same reason: inside a text field every letter is text.

Everything that touches the disk or PortAudio runs in a worker, so the screen
is up at once; with no PortAudio or no microphone the device area says so in
one line and browsing, replaying and analysing past takes still work.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Label, Select, Static

from rehearse.core.timing import clock
from rehearse.errors import RehearseError
from rehearse.ui.errors import WorkerErrors
from rehearse.ui.widgets.takes import TakesPanel

if TYPE_CHECKING:
    from textual import getters

    from rehearse.core.scenario import Scenario
    from rehearse.ui.app import RehearseApp

DEFAULT_DEVICE = ""
"""Select value meaning "the system's default input" (what PulseAudio or ALSA calls default)."""


def brief_text(scenario) -> Text:
    t = Text()
    t.append(f"{scenario.title}\n\n", style="bold")
    t.append(" ".join(scenario.brief.split()) + "\n\n")
    t.append("Limit ", style="bold")
    t.append(f"{clock(scenario.limit_s)}   green {clock(scenario.green_s)} · yellow {clock(scenario.yellow_s)}"
             f" · red {clock(scenario.red_s)}\n")
    t.append("Pace  ", style="bold")
    t.append(f"{scenario.min_wpm:.0f}-{scenario.max_wpm:.0f} words per minute\n\n")
    t.append("The speech must give\n", style="bold")
    for e in scenario.elements:
        t.append(f" □ {e.label}" + (f"  (at least {e.min})" if e.min > 1 else "") + "\n")
    return t


def match_device(spec: str | None, devices: list) -> str:
    """The device name `--device` means: an index, an exact name or a unique part of one."""
    if not spec:
        return ""
    text = str(spec).strip().lower()
    for test in (lambda d: str(d.index) == text, lambda d: d.name.lower() == text, lambda d: text in d.name.lower()):
        found = [d.name for d in devices if test(d)]
        if len(found) == 1:
            return found[0]
    return str(spec)


class HomeScreen(WorkerErrors, Screen):
    if TYPE_CHECKING:
        app = getters.app(RehearseApp)

    AUTO_FOCUS = "#practice"
    BINDINGS = [
        Binding("p", "practice", "Practise"),
        Binding("d", "rescan", "Rescan mics"),
        Binding("t", "takes", "All takes"),
        Binding("c", "check_draft", "Check a draft"),
        Binding("f", "face_questions", "Face questions"),
    ]

    @dataclass
    class DevicesListed(Message):
        devices: list
        problem: str | None

    @dataclass
    class ScriptRead(Message):
        """The practice setup's script, read and checked in a worker: its text, or why not ('')."""

        setup: dict
        text: str
        problem: str

    def __init__(self) -> None:
        super().__init__()
        self.scenario: Scenario | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="home-top"):
            with Vertical(id="setup", classes="panel"):
                with Horizontal(classes="field"):
                    yield Label("Scenario")
                    yield Select([], id="scenario", allow_blank=True, prompt="no scenarios found", compact=True)
                with Horizontal(classes="field"):
                    yield Label("Speaker")
                    yield Input(self.app.settings.speaker, id="speaker", placeholder="your name", compact=True)
                with Horizontal(classes="field"):
                    yield Label("Team")
                    yield Input(self.app.settings.team, id="team", placeholder="syndicate or team", compact=True)
                with Horizontal(classes="field"):
                    yield Label("Microphone")
                    yield Select([], id="device", allow_blank=True, prompt="looking for microphones…", compact=True)
                yield Static("", id="device-note")
                yield Static("", id="model-note")
                with Horizontal(classes="field"):  # below the notes: on a short terminal they stay in view
                    yield Label("Script")
                    yield Input("", id="script", placeholder="optional: your draft, .md or .txt", compact=True)
                yield Button("Practise  ▶", id="practice", variant="primary")
            with VerticalScroll(id="brief", classes="panel"):
                yield Static("", id="brief-text")
        yield TakesPanel(id="takes-panel", classes="panel")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#setup").border_title = "Practice"
        self.query_one("#brief").border_title = "The brief"
        self._fill_scenarios()
        self.watch(self.app, "model_state", self._show_model, init=True)
        self.call_after_refresh(self.list_devices)  # PortAudio's start-up must not delay the first frame

    # --- scenario and brief -------------------------------------------------
    def _fill_scenarios(self) -> None:
        paths = self.app.services.scenario_paths()
        wanted = self.app.scenario_spec or self.app.settings.scenario or "minusma-gender"
        select = self.query_one("#scenario", Select)
        options = [(self._label(str(p)), str(p)) for p in paths]
        if self.app.scenario_spec and not any(p.stem == wanted for p in paths):
            options.insert(0, (self._label(wanted), wanted))  # a path given on the command line
        # The blank entry of the list shows the prompt: "no scenarios found" only when that is true.
        select.prompt = "pick a scenario" if options else "no scenarios found"
        select.set_options(options)
        chosen = next((v for _, v in options if Path(v).stem == Path(wanted).stem), options[0][1] if options else None)
        if chosen is not None:
            select.value = chosen

    def _label(self, spec: str) -> str:
        """The scenario's name and spoken language ("minusma-genre-fr · fr"): a French brief is
        picked knowingly, and its model (base) loads when it is picked."""
        try:
            language = self.app.services.load_scenario(spec).language
        except RehearseError:
            language = "?"  # its one-line error shows when it is picked
        return f"{Path(spec).stem} · {language}"

    @on(Select.Changed, "#scenario")
    def _scenario_changed(self, event: Select.Changed) -> None:
        brief = self.query_one("#brief-text", Static)
        if event.value is Select.NULL:
            return
        try:
            self.scenario = self.app.services.load_scenario(str(event.value))  # a path: see the options
        except RehearseError as exc:  # an instructor's typo: say where, keep the app usable
            self.scenario = None
            brief.update(Text(str(exc), style="bold red"))
            return
        brief.update(brief_text(self.scenario))
        self.app.title = self.scenario.title
        self.app.use_model_for(self.scenario)

    def _show_model(self, state: str) -> None:
        name = self.app.model_wanted or "tiny.en"
        text = {"loading": Text(f"speech model: loading… ({name})", style="dim"),
                "ready": Text(f"speech model: ready ({self.app.model_name or name})", style="green"),
                "failed": Text(f"speech model: {self.app.model_error}", style="bold red")}[state]
        self.query_one("#model-note", Static).update(text)

    # --- microphones --------------------------------------------------------
    @work(thread=True, group="devices", exclusive=True, exit_on_error=False, description="listing microphones")
    def list_devices(self, rescan: bool = False) -> None:
        try:
            if rescan:
                self.app.services.rescan_devices()
            devices, problem = self.app.services.input_devices(), None
        except RehearseError as exc:
            devices, problem = [], str(exc)
        if not devices and problem is None:
            problem = "no input device found: connect a microphone, then press d to look again"
        self.post_message(self.DevicesListed(devices, problem))

    def on_home_screen_devices_listed(self, msg: DevicesListed) -> None:
        select = self.query_one("#device", Select)
        note = self.query_one("#device-note", Static)
        if msg.problem:
            select.set_options([])
            select.disabled = True
            select.prompt = "no microphone"
            note.update(Text(msg.problem, style="bold red"))
            return
        select.disabled = False
        options = [("System default", DEFAULT_DEVICE)] + [(f"{d.name}{' *' if d.is_default else ''}", d.name)
                                                          for d in msg.devices]
        select.set_options(options)
        wanted = match_device(self.app.device_spec, msg.devices) or self.app.settings.input_device
        names = [v for _, v in options]
        select.value = wanted if wanted in names else DEFAULT_DEVICE
        note.update(Text(f"{len(msg.devices)} input device(s)" + ("" if wanted in names or not wanted else
                         f"; remembered '{wanted}' is not connected"), style="dim"))

    def action_rescan(self) -> None:
        self.query_one("#device-note", Static).update(Text("looking for microphones…", style="dim"))
        self.list_devices(rescan=True)

    # --- practice -----------------------------------------------------------
    @on(Button.Pressed, "#practice")
    @on(Input.Submitted)
    def action_practice(self) -> None:
        if self.scenario is None:
            self.notify("Choose a scenario that loads first.", severity="warning")
            return
        device_select = self.query_one("#device", Select)
        device = device_select.value if isinstance(device_select.value, str) else DEFAULT_DEVICE
        speaker = self.query_one("#speaker", Input).value.strip()
        team = self.query_one("#team", Input).value.strip()
        self.app.remember(speaker=speaker, team=team, scenario=self.scenario.id,
                          **({"input_device": device} if not device_select.disabled else {}))
        setup = {"speaker": speaker, "team": team, "device": device or None}
        script = self.query_one("#script", Input).value.strip()
        if script:
            self.read_script(script, setup)
        else:
            self._practise(setup, "")

    @work(thread=True, group="script", exclusive=True, exit_on_error=False, description="reading the script")
    def read_script(self, path: str, setup: dict) -> None:
        from rehearse.store.script import checked_script_text

        try:
            self.post_message(self.ScriptRead(setup, checked_script_text(Path(path).expanduser()), ""))
        except RehearseError as exc:
            self.post_message(self.ScriptRead(setup, "", str(exc)))

    def on_home_screen_script_read(self, msg: ScriptRead) -> None:
        if msg.problem:  # one line; the take goes on without a script rather than not at all
            self.notify(f"{msg.problem}. Practising without a script.", severity="error", timeout=8)
        self._practise(msg.setup, msg.text)

    def _practise(self, setup: dict, script: str) -> None:
        from rehearse.ui.screens.practice import PracticeScreen

        self.app.push_screen(PracticeScreen(self.scenario, script=script, **setup))

    def action_face_questions(self) -> None:
        """The commander's questions without a brief first, for whoever is named above (a drill of its own)."""
        if self.scenario is None:
            self.notify("Choose a scenario that loads first.", severity="warning")
            return
        select = self.query_one("#device", Select)
        header = {"speaker": self.query_one("#speaker", Input).value.strip(),
                  "team": self.query_one("#team", Input).value.strip()}
        self.app.open_drill(self.scenario, header, select.value if isinstance(select.value, str) and select.value else None)

    def action_check_draft(self) -> None:
        """Check a script draft before speaking it (`rehearse.ui.screens.draft_check`); the file named in
        the Script field opens with it, and ctrl+t there puts the checked file into that field."""
        from rehearse.ui.screens.draft_check import DraftCheckScreen

        if self.scenario is None:
            self.notify("Choose a scenario that loads first.", severity="warning")
            return
        field = self.query_one("#script", Input)

        def use(path: str | None) -> None:
            if path:
                field.value = path
                self.notify(f"Script for the next take: {path}")

        self.app.push_screen(DraftCheckScreen(self.scenario, self.query_one("#speaker", Input).value,
                                              field.value.strip()), use)

    def action_takes(self) -> None:
        """The takes library: browse, compare, replay, review (see rehearse.ui.screens.browse)."""
        from rehearse.ui.screens.browse import TakesBrowser

        self.app.push_screen(TakesBrowser())

    def on_screen_resume(self) -> None:
        self.query_one(TakesPanel).refresh_takes()
