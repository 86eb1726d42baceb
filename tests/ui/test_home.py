"""Home screen: brief, microphones, remembered choices, focus, no-PortAudio, recovery."""

from __future__ import annotations

import json

from textual.widgets import Input, Select, Static

from rehearse import store
from rehearse.audio.devices import NO_PORTAUDIO
from rehearse.errors import DeviceError
from rehearse.session.settings import Settings, load_settings
from rehearse.ui.app import build_app
from rehearse.ui.screens.home import HomeScreen, match_device
from rehearse.ui.screens.practice import PracticeScreen
from rehearse.ui.screens.recover import RecoverModal
from rehearse.ui.screens.report import ReportScreen
from tests.ui.conftest import MIC, SCREEN, SHOTS, wait_for, with_services


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_home_shows_brief_devices_and_model(fake_services):
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        await wait_for(pilot, lambda: app.model_state == "ready")
        await wait_for(pilot, lambda: not app.screen.query_one("#device", Select).disabled
                       and app.screen.query_one("#device", Select).value == "")
        brief = text_of(app, "#brief-text")
        assert "Force Commander" in brief and "5:00" in brief and "at least 3" in brief
        assert "speech model: ready" in text_of(app, "#model-note")
        assert "2 input device(s)" in text_of(app, "#device-note")
        assert app.focused.id == "practice"  # not an Input: single-letter keys stay keys


async def test_p_starts_practice_but_types_inside_an_input(fake_services):
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        await pilot.pause()
        app.screen.query_one("#speaker", Input).focus()
        await pilot.press(*"pat")
        assert app.screen.query_one("#speaker", Input).value == "pat"
        assert isinstance(app.screen, HomeScreen)
        app.screen.query_one("#practice").focus()
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.speaker == "pat"


async def test_remembers_the_microphone_by_name(fake_services):
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        await wait_for(pilot, lambda: "input device(s)" in text_of(app, "#device-note"))
        app.screen.query_one("#device", Select).value = MIC.name
        await pilot.press("p")
        await pilot.pause()
    saved, problem = load_settings(fake_services.settings_path)
    assert problem is None and saved.input_device == MIC.name
    again = build_app(fake_services)
    async with again.run_test(size=SCREEN) as pilot:
        await wait_for(pilot, lambda: again.screen.query_one("#device", Select).value == MIC.name)


def test_device_flag_matches_index_name_or_part():
    devices = [MIC]
    assert match_device("3", devices) == MIC.name
    assert match_device("headset", devices) == MIC.name
    assert match_device("nothing like it", devices) == "nothing like it"


async def test_no_portaudio_keeps_the_app_working(fake_services, report_dict, sample_flac):
    def no_portaudio():
        raise DeviceError(NO_PORTAUDIO)

    take = store.create_take("minusma-gender", speaker="Amina")
    store.PcmWriter(take.part_path).close()
    (take.path / "audio.flac").write_bytes(sample_flac.read_bytes())
    take.audio, take.status, take.pid = "audio.flac", "complete", None
    store.save_take(take)
    store.save_report(take, report_dict)
    services = with_services(fake_services, input_devices=no_portaudio)
    app = build_app(services)
    async with app.run_test(size=SCREEN) as pilot:
        await wait_for(pilot, lambda: "PortAudio" in text_of(app, "#device-note"))
        assert app.screen.query_one("#device", Select).disabled
        app.save_screenshot(path=SHOTS, filename="home-no-portaudio.svg")
        table = app.screen.query_one("#takes")
        await wait_for(pilot, lambda: table.row_count == 1)
        table.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen) and app.screen.moments)
        assert "Checklist" in str(app.screen.query_one("#summary", Static).render())


async def test_offers_to_recover_an_interrupted_take(fake_services, sample_audio):
    take = store.create_take("minusma-gender", speaker="Ibrahim")
    writer = store.PcmWriter(take.part_path)
    writer.write(sample_audio[: 16000 * 5])
    writer.close()
    data = json.loads((take.path / "take.json").read_text())
    data["pid"] = 2**22 + 12345  # a recorder process that no longer exists
    (take.path / "take.json").write_text(json.dumps(data))
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, RecoverModal))
        await pilot.press("y")
        await wait_for(pilot, lambda: store.list_takes()[0].status == "recovered")
        await wait_for(pilot, lambda: app.screen.query_one("#takes").row_count == 1)
    recovered = store.list_takes()[0]
    assert recovered.audio_path.exists() and abs(recovered.duration - 5.0) < 0.01


async def test_damaged_settings_fall_back_to_defaults(fake_services):
    fake_services.settings_path.parent.mkdir(parents=True, exist_ok=True)
    fake_services.settings_path.write_text("{not json")
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        await pilot.pause()
        assert app.settings == Settings()
        assert isinstance(app.screen, HomeScreen)


async def test_a_take_without_a_report_is_analysed_when_opened(fake_services, sample_flac):
    take = store.create_take("minusma-gender", speaker="Moussa")
    (take.path / "audio.flac").write_bytes(sample_flac.read_bytes())
    take.audio, take.status, take.duration, take.pid = "audio.flac", "recovered", 65.6, None
    store.save_take(take)
    app = build_app(fake_services)
    async with app.run_test(size=SCREEN) as pilot:
        table = app.screen.query_one("#takes")
        await wait_for(pilot, lambda: table.row_count == 1)
        table.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportScreen) and app.screen.moments, timeout=20)
        assert "RECOVERED take" in text_of(app, "#summary")
    assert store.load_report(store.list_takes()[0])["rubric"]["ask"]["found"]


async def test_real_services_open_the_home_screen_and_load_the_model():
    """No fakes at all: real scenario files, real PortAudio listing, the real model (temp home)."""
    app = build_app()
    async with app.run_test(size=SCREEN) as pilot:
        await wait_for(pilot, lambda: app.model_state != "loading", timeout=60)
        assert app.model_state == "ready" and app.engine.name == "tiny.en"
        await wait_for(pilot, lambda: "input device" in text_of(app, "#device-note")
                       or "PortAudio" in text_of(app, "#device-note"), timeout=20)
        assert "Force Commander" in text_of(app, "#brief-text")


async def test_picking_the_french_scenario_loads_its_model_in_the_background(fake_services):
    """The scenario list shows each scenario's spoken language; choosing the French one loads its
    model (base) while the home screen stays usable, and choosing English again goes back to tiny.en.
    A load that a newer choice overtook never becomes the engine."""
    import threading

    loaded: list[str | None] = []
    release = threading.Event()

    def load_engine(model):
        loaded.append(model)
        if model == "base":
            release.wait(10)  # still loading while the screen is checked
        return fake_services.engine

    app = build_app(with_services(fake_services, load_engine=load_engine))
    async with app.run_test(size=SCREEN) as pilot:
        await wait_for(pilot, lambda: app.model_state == "ready")
        select = app.screen.query_one("#scenario", Select)
        labels = {label.plain if hasattr(label, "plain") else str(label): value
                  for label, value in select._options if value is not Select.NULL}
        assert "minusma-gender · en" in labels and "minusma-genre-fr · fr" in labels, labels
        select.value = labels["minusma-genre-fr · fr"]
        await wait_for(pilot, lambda: loaded[-1:] == ["base"])
        assert app.model_state == "loading" and app.engine is None
        assert "loading… (base)" in text_of(app, "#model-note")
        assert "Tombouctou" in text_of(app, "#brief-text")
        release.set()
        await wait_for(pilot, lambda: app.model_state == "ready")
        assert app.model_wanted == "base" and app.engine is fake_services.engine
        select.value = labels["minusma-gender · en"]
        await wait_for(pilot, lambda: loaded[-1] is None and app.model_state == "ready")
    assert loaded == [None, "base", None]


async def test_the_judges_parser_for_the_chosen_scenarios_language_is_loaded_before_the_first_take(fake_services):
    """The model's worker then loads the judge's parser for the scenario's language (spaCy: 1.3 s
    the first live checklist waited for); with `--model base` the model stays and only the French
    parser is loaded when the French scenario is picked."""
    warmed: list[str] = []
    app = build_app(with_services(fake_services, warm_up=warmed.append), model="base")
    async with app.run_test(size=SCREEN) as pilot:
        await wait_for(pilot, lambda: warmed == ["en"])
        select = app.screen.query_one("#scenario", Select)
        select.value = next(v for _, v in select._options if str(v).endswith("minusma-genre-fr.toml"))
        await wait_for(pilot, lambda: warmed == ["en", "fr"])
        assert app.model_wanted == "base" and app.model_state == "ready"
