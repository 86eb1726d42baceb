"""Finding scenario files: by id in the scenario folders, or by an explicit path."""

from __future__ import annotations

from pathlib import Path

from rehearse import paths
from rehearse.errors import ScenarioError

DEFAULT_SCENARIO = "minusma-gender"
"""The exercise the first users train with; used when no scenario is named."""


def available_scenarios() -> list[Path]:
    """Every `*.toml` in the scenario folders, first folder wins for a repeated id."""
    found: dict[str, Path] = {}
    for folder in paths.scenario_dirs():
        if folder.is_dir():
            for p in sorted(folder.glob("*.toml")):
                found.setdefault(p.stem, p)
    return list(found.values())


def resolve_scenario_path(spec: str | Path | None) -> Path:
    spec = str(spec) if spec else DEFAULT_SCENARIO
    as_path = Path(spec).expanduser()
    if as_path.suffix == ".toml" or "/" in spec or as_path.exists():
        if not as_path.is_file():
            raise ScenarioError(f"{spec}: scenario file not found")
        return as_path
    for p in available_scenarios():
        if p.stem == spec:
            return p
    known = ", ".join(p.stem for p in available_scenarios()) or "none"
    raise ScenarioError(f"unknown scenario {spec!r} (available: {known})")
