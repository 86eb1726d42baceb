"""Where rehearse keeps its data.

Everything lives in plain folders a team can copy to a USB stick. The project
folders (`scenarios/`, `models/`, `recordings/`) are found relative to the
current directory first, then beside the installed package, so a fresh clone
works without configuration. `REHEARSE_HOME` overrides the data root (tests use
it to keep the user's real takes out of reach).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent
"""The checkout this package runs from (holds the bundled scenarios)."""


def data_root() -> Path:
    """The folder holding `recordings/` and `models/`: $REHEARSE_HOME, else the checkout."""
    env = os.environ.get("REHEARSE_HOME")
    if env:
        return Path(env).expanduser()
    return REPO_DIR


def recordings_dir() -> Path:
    return data_root() / "recordings"


def models_dir() -> Path:
    return data_root() / "models"


def scenario_dirs() -> list[Path]:
    """Folders searched for `<id>.toml`, user's first, bundled last."""
    dirs = [data_root() / "scenarios", REPO_DIR / "scenarios"]
    seen: list[Path] = []
    for d in dirs:
        if d not in seen:
            seen.append(d)
    return seen


def config_dir() -> Path:
    """Per-user settings (the remembered input device), XDG by default."""
    env = os.environ.get("REHEARSE_CONFIG")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("rehearse"))
