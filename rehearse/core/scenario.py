"""Scenarios: everything specific to one exercise, loaded from `scenarios/<id>.toml`.

Instructors write these files, so a mistake must come back as one line naming the
file, the line (where TOML or a key's position tells us) and the field, never as
a traceback. See `scenarios/minusma-gender.toml` for the documented format.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rehearse.core.questions import Question, parse_questions
from rehearse.core.scenario_fields import FieldReader
from rehearse.core.spoken_languages import WHISPER_LANGUAGES
from rehearse.errors import ScenarioError


@dataclass(frozen=True)
class Element:
    """One rubric element: each cue group must be hit inside one window of words."""

    id: str
    label: str
    min: int = 1
    window: int = 25
    groups: tuple[tuple[str, ...], ...] = ()
    kind: str = "cues"
    """"cues" (groups of cue phrases that must meet in one window), or a structural judge:
    "why", "how", "examples", "ask" (see rehearse.core.judge)."""


@dataclass(frozen=True)
class ExampleRules:
    """What makes an action concrete in this exercise (the grammar of an example is in the judge)."""

    specifics: tuple[str, ...] = ()
    """Places, units and named bodies: what makes an action concrete rather than a wish.
    Numbers and times are recognised in any exercise."""
    units: tuple[str, ...] = ()
    """Named units and staff branches: concrete for a field action, not enough to make a process change
    ("J5 writes gender into every order") a practical example."""
    abstract: tuple[str, ...] = ()
    """Objects that make an action a wish ("raise awareness", "change the culture")."""
    other_missions: tuple[str, ...] = ()
    """Places of other missions: what was done there is evidence for the why, not a proposal here."""
    civilians: tuple[str, ...] = ()
    """People who are not the force: when they act ("the women warned the traders") it is a story, not a proposal."""


@dataclass(frozen=True)
class JudgeTerms:
    """The exercise's own vocabulary for the structural judge, in cue syntax."""

    gender: tuple[str, ...] = ()
    """Who the why must be about: women, gender, the population."""
    needs: tuple[str, ...] = ()
    """What the force needs (information, trust, its mandate...): a why links gender to one of these."""
    harms: tuple[str, ...] = ()
    """Harm and safety: tied to gender they are a reason only inside a causal clause ("because", "if we")."""
    mandate: tuple[str, ...] = ()
    """Legal and mandate grounds: with an obligation, a reason on their own."""
    obligations: tuple[str, ...] = ()
    processes: tuple[str, ...] = ()
    """The force's own processes (planning, orders, reporting...): naming one is the how."""
    integration: tuple[str, ...] = ()
    """Verbs that put gender into a process ("build into", "include", "train")."""
    decisions: tuple[str, ...] = ()
    """What an ask requests: approval, a signature, a go-ahead."""
    heard_as: dict[str, str] = field(default_factory=dict)
    """Known mishearings of this exercise's words, mapped to the word meant."""


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    brief: str = ""
    audience: str = "the audience"
    limit_s: float = 300.0
    green_s: float = 240.0
    yellow_s: float = 270.0
    red_s: float = 300.0
    grace_s: float = 5.0
    min_wpm: float = 110.0
    max_wpm: float = 170.0
    pace_window_s: float = 20.0
    pace_step_s: float = 5.0
    pause_min_s: float = 0.5
    long_pause_s: float = 2.0
    opening_window_s: float = 30.0
    purpose_cues: tuple[str, ...] = ()
    elements: tuple[Element, ...] = ()
    examples: ExampleRules = field(default_factory=ExampleRules)
    judge: JudgeTerms = field(default_factory=JudgeTerms)
    filler_words: tuple[str, ...] = ()
    filler_phrases: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    gendered: dict[str, str] = field(default_factory=dict)
    questions: tuple[Question, ...] = ()
    language: str = "en"
    """What the speaker speaks (a Whisper language code): the take is transcribed in it."""
    model: str = ""
    """The speech model this exercise needs by default (a name under models/, e.g. "base" for
    French); "" is the bundled tiny.en. `--model` overrides it."""
    """The audience's questions after the brief, for `rehearse drill` (see rehearse.core.questions)."""
    path: str = ""

    def element(self, element_id: str) -> Element | None:
        return next((e for e in self.elements if e.id == element_id), None)


EXAMPLE_KEYS = ("specifics", "units", "abstract", "other_missions", "civilians")
JUDGE_KEYS = ("gender", "needs", "harms", "mandate", "obligations", "processes", "integration", "decisions")
STRUCTURAL: dict[str, tuple[str, ...]] = {
    "why": ("gender", "needs"),
    "how": ("processes",),
    "examples": (),
    "ask": ("decisions",),
}
"""Structural element kinds and the judge word lists each needs."""
KINDS = ("cues", *STRUCTURAL)
KNOWN_KEYS: dict[str, tuple[str, ...]] = {
    "": ("id", "title", "brief", "audience", "timing", "pace", "pauses", "opening", "elements", "examples",
         "judge", "fillers", "hedges", "gendered", "questions",
         "language", "model"),
    "timing": ("limit_s", "green_s", "yellow_s", "red_s", "grace_s"),
    "pace": ("min_wpm", "max_wpm", "window_s", "step_s"),
    "pauses": ("min_s", "long_s"),
    "opening": ("window_s", "purpose_cues"),
    "examples": EXAMPLE_KEYS,
    "judge": (*JUDGE_KEYS, "heard_as"),
    "fillers": ("words", "phrases"),
    "hedges": ("phrases",),
}
"""Every key a scenario file may hold, by table ("" is the top level); `gendered` maps any term."""
ELEMENT_KEYS = ("id", "label", "kind", "min", "window", "groups")

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def parse_scenario(text: str, path: str = "<scenario>") -> Scenario:
    """Parse scenario TOML text; raise ScenarioError naming path, line and field."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ScenarioError(f"{path}: invalid TOML: {exc}") from None
    r = FieldReader(data, text, path)
    for table, allowed in KNOWN_KEYS.items():
        node = data if not table else data.get(table, {})
        if isinstance(node, dict):
            r.only(node, allowed, f"{table}." if table else "")
    timing, pace, pauses, opening = (r.table(k) for k in ("timing", "pace", "pauses", "opening"))
    limit = r.number(timing, "timing.limit_s", 300.0)
    elements = tuple(_element(r, i, e) for i, e in enumerate(r.list_of_tables(data, "elements")))
    ids = [e.id for e in elements]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ScenarioError(f"{path}: {r.where('id')}field 'elements.id': duplicate id {dupes[0]!r}")
    ex, jt = r.table("examples"), r.table("judge")
    scenario = Scenario(
        id=r.string(data, "id", Path(path).stem),
        title=r.string(data, "title", Path(path).stem),
        brief=r.string(data, "brief", "").strip(),
        audience=r.string(data, "audience", "the audience"),
        limit_s=limit,
        green_s=r.number(timing, "timing.green_s", limit * 0.8),
        yellow_s=r.number(timing, "timing.yellow_s", limit * 0.9),
        red_s=r.number(timing, "timing.red_s", limit),
        grace_s=r.number(timing, "timing.grace_s", 5.0, minimum=0.0),
        min_wpm=r.number(pace, "pace.min_wpm", 110.0),
        max_wpm=r.number(pace, "pace.max_wpm", 170.0),
        pace_window_s=r.number(pace, "pace.window_s", 20.0),
        pace_step_s=r.number(pace, "pace.step_s", 5.0),
        pause_min_s=r.number(pauses, "pauses.min_s", 0.5),
        long_pause_s=r.number(pauses, "pauses.long_s", 2.0),
        opening_window_s=r.number(opening, "opening.window_s", 30.0),
        purpose_cues=r.strings(opening, "opening.purpose_cues"),
        elements=elements,
        examples=ExampleRules(**{k: r.strings(ex, f"examples.{k}") for k in EXAMPLE_KEYS}),
        judge=JudgeTerms(
            **{k: r.strings(jt, f"judge.{k}") for k in JUDGE_KEYS},
            heard_as=r.string_map("judge.heard_as") if "heard_as" in jt else {},
        ),
        filler_words=r.strings(r.table("fillers"), "fillers.words"),
        filler_phrases=r.strings(r.table("fillers"), "fillers.phrases"),
        hedges=r.strings(r.table("hedges"), "hedges.phrases"),
        gendered=r.string_map("gendered"),
        questions=parse_questions(r, data),
        language=r.string(data, "language", "en"),
        model=r.string(data, "model", ""),
        path=path,
    )
    if scenario.language not in WHISPER_LANGUAGES:
        raise ScenarioError(f"{path}: {r.where('language')}field 'language': {scenario.language!r} is not a "
                            f"language code Whisper knows (e.g. \"en\", \"fr\")")
    if not _ID.match(scenario.id):
        raise ScenarioError(f"{path}: {r.where('id')}field 'id': use letters, digits, '-', '_' or '.'")
    if not scenario.green_s <= scenario.yellow_s <= scenario.red_s:
        raise ScenarioError(f"{path}: {r.where('green_s')}field 'timing': cards must satisfy green <= yellow <= red")
    if scenario.min_wpm >= scenario.max_wpm:
        raise ScenarioError(f"{path}: {r.where('min_wpm')}field 'pace.min_wpm' must be below pace.max_wpm")
    for e in elements:
        if e.kind in STRUCTURAL and not all(getattr(scenario.judge, k) for k in STRUCTURAL[e.kind]):
            need = ", ".join(f"judge.{k}" for k in STRUCTURAL[e.kind])
            raise ScenarioError(f"{path}: {r.where('kind')}field 'elements.kind' {e.kind!r} needs {need}")
    return scenario


def _element(r: FieldReader, index: int, raw: dict[str, Any]) -> Element:
    name = f"elements[{index}]"
    r.only(raw, ELEMENT_KEYS, f"{name}.")
    kind = r.string(raw, f"{name}.kind", "cues")
    if kind not in KINDS:
        raise ScenarioError(f"{r.path}: {r.where('kind')}field '{name}.kind' must be one of {', '.join(KINDS)}")
    groups = raw.get("groups", [])
    if not isinstance(groups, list) or not all(isinstance(g, list) for g in groups):
        raise ScenarioError(f"{r.path}: {r.where('groups')}field '{name}.groups' must be a list of lists of strings")
    groups_t = tuple(r.strings({"g": g}, f"{name}.groups[{i}]", "g") for i, g in enumerate(groups))
    if kind == "cues" and not any(groups_t):
        raise ScenarioError(f"{r.path}: {r.where('groups')}field '{name}.groups' needs at least one cue")
    return Element(
        id=r.string(raw, f"{name}.id", required=True),
        label=r.string(raw, f"{name}.label", raw.get("id", "")),
        min=int(r.number(raw, f"{name}.min", 1, minimum=0)),
        window=int(r.number(raw, f"{name}.window", 25, minimum=1)),
        groups=groups_t,
        kind=kind,
    )


def load_scenario(spec: str | Path | None = None) -> Scenario:
    """Load a scenario by id (searched in the scenario folders) or by path."""
    from rehearse.core.scenario_files import resolve_scenario_path

    path = resolve_scenario_path(spec)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"{path}: cannot read scenario: {exc}") from None
    return parse_scenario(text, str(path))
