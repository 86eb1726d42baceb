"""What the app remembers between runs: `settings.json` in the per-user config folder.

Only choices a trainee would be annoyed to make again live here. A damaged or
unreadable file must never stop the app from opening: it falls back to the
defaults and says so in one line, and saving is best effort for the same reason
(a read-only home folder costs the remembered microphone, not the rehearsal).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

SETTINGS_FILE = "settings.json"


@dataclass
class Settings:
    input_device: str = ""
    """Name of the microphone last used. Stored by name, not index: PortAudio renumbers
    devices whenever a headset is plugged in, but the name survives. Empty = system default."""
    scenario: str = ""
    """Scenario id last practised, so a team drilling one exercise is not asked every time."""
    speaker: str = ""
    """Speaker name written into each take's metadata (helps instructors sort takes)."""
    team: str = ""
    """Team or syndicate name, also written into each take."""
    reviewer: str = ""
    """The instructor's name, signed into each review and comment (asked once, on the review screen)."""


def settings_path(folder: Path | None = None) -> Path:
    """`<config_dir>/settings.json`; `folder` overrides the config folder (tests)."""
    if folder is None:
        from rehearse.paths import config_dir

        folder = config_dir()
    return Path(folder) / SETTINGS_FILE


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The saved settings and a one-line problem (None when the file was fine or absent)."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings(), None
    except (OSError, ValueError) as exc:
        return Settings(), f"{path}: settings unreadable ({type(exc).__name__}); using defaults"
    if not isinstance(raw, dict):
        return Settings(), f"{path}: settings are not a JSON object; using defaults"
    known = {f.name for f in fields(Settings)}
    values = {k: str(v) for k, v in raw.items() if k in known and isinstance(v, str | int)}
    return Settings(**values), None


def save_settings(settings: Settings, path: Path) -> str | None:
    """Write atomically (temp file + rename); returns a one-line problem instead of raising."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(asdict(settings), indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return f"cannot save settings to {path}: {exc.strerror or exc}"
    return None
