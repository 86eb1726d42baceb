"""Drill sessions on disk: `drills/<scenario>/<drill-id>/` beside `recordings/`.

A drill is one folder a team can copy: `drill.json` (who, when, the take it followed,
each question with its verdict) and `answers/<take-id>/`, every answer an ordinary
crash-safe take (`audio.pcm.part` flushed as it records, FLAC at the end). Drills
live apart from `recordings/` so a 20-second answer never shows up among the
five-minute briefs in `rehearse takes`. `drill.json` is rewritten atomically after
every answer, so a kill loses at most the answer being given, and that answer's
audio is recovered like any take (`recover_drills`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from rehearse import paths
from rehearse.core.drill.review import DrillReview
from rehearse.core.drill.saved import SavedDrill
from rehearse.errors import StorageError
from rehearse.store.atomic import atomic_write_json, read_json, storage_error
from rehearse.store.finalize import recover_interrupted
from rehearse.store.names import inside, new_take_id, safe_name

DRILL_JSON = "drill.json"
DRILL_REVIEW_JSON = "drill_review.json"
"""The instructor's overrides, beside `drill.json`, which keeps the verdicts as judged."""
ANSWERS = "answers"
"""The sub-folder of a drill holding its answers, one take folder each."""


def drills_dir() -> Path:
    return paths.data_root() / "drills"


@dataclass(frozen=True)
class DrillFolder:
    """Where one drill lives; `answers_root` is what the recorder gets as its take root."""

    path: Path
    id: str

    @property
    def answers_root(self) -> Path:
        """The take root for this drill's answers: takes go to `<answers_root>/answers/<take-id>/`."""
        return self.path


def create_drill(scenario: str, header: dict[str, Any], root: Path | None = None) -> DrillFolder:
    """A new drill folder with its `drill.json` (status "running", our pid); raises StorageError."""
    base = Path(root) if root else drills_dir()
    scen_dir = inside(base, safe_name(scenario, fallback="unsorted"))
    label = str(header.get("speaker") or header.get("team") or "drill")
    for n in range(1, 100):
        drill_id = new_take_id(label) + ("" if n == 1 else f"-{n}")
        folder = inside(scen_dir, drill_id)
        try:
            folder.mkdir(parents=True)
        except FileExistsError:
            continue
        except OSError as exc:
            raise storage_error(exc, f"creating the drill folder {folder}") from exc
        drill = DrillFolder(folder, drill_id)
        save_drill(drill, {**header, "id": drill_id, "scenario": scenario, "status": "running", "pid": os.getpid(),
                           "started_at": datetime.now().astimezone().isoformat(timespec="seconds"), "answers": []})
        return drill
    raise StorageError(f"cannot find a free drill id in {scen_dir}")


def save_drill(drill: DrillFolder, data: dict[str, Any]) -> Path:
    path = drill.path / DRILL_JSON
    atomic_write_json(path, data)
    return path


def load_drill(folder: Path) -> dict[str, Any]:
    """A drill's `drill.json`; a damaged one is one StorageError line."""
    try:
        return read_json(folder / DRILL_JSON)
    except (OSError, ValueError) as exc:
        raise StorageError(f"{folder / DRILL_JSON}: damaged drill file ({exc})") from exc


def load_drill_review(folder: Path) -> DrillReview:
    """The instructor's overrides of a drill (none yet: an empty review); a damaged file is one
    StorageError line, and is never overwritten by reading."""
    path = folder / DRILL_REVIEW_JSON
    if not path.exists():
        return DrillReview()
    try:
        return DrillReview.from_dict(read_json(path))
    except (OSError, ValueError) as exc:
        raise StorageError(f"{path}: damaged drill review ({exc})") from exc


def save_drill_review(folder: Path, review: DrillReview) -> Path:
    """Write the overrides atomically (a kill leaves the old file or the new one); raises StorageError."""
    path = folder / DRILL_REVIEW_JSON
    atomic_write_json(path, review.to_dict())
    return path


def _alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def recover_drills(root: Path | None = None) -> list[str]:
    """Recover the answers of drills a crash left behind and mark those drills "interrupted"; one line each."""
    base = Path(root) if root else drills_dir()
    lines: list[str] = []
    for folder in sorted(base.glob(f"*/*/{DRILL_JSON}")) if base.is_dir() else []:
        drill_dir = folder.parent
        lines += recover_interrupted(root=drill_dir)
        try:
            data = load_drill(drill_dir)
        except StorageError as exc:
            lines.append(str(exc))
            continue
        if data.get("status") == "running" and not _alive(data.get("pid")):
            data["status"] = "interrupted"
            try:
                save_drill(DrillFolder(drill_dir, str(data.get("id", drill_dir.name))), data)
            except StorageError as exc:
                lines.append(str(exc))
                continue
            lines.append(f"drill {drill_dir} was interrupted after {len(data.get('answers', []))} answer(s); "
                         "what was answered is kept")
    return lines


def _following(take_id: str, root: Path | None) -> list[tuple[dict[str, Any], Path]]:
    """(drill.json, folder) of each drill that followed take `take_id`, oldest first; a damaged
    drill.json is skipped (`recover_drills` names it)."""
    base = Path(root) if root else drills_dir()
    found = []
    for path in sorted(base.glob(f"*/*/{DRILL_JSON}")) if base.is_dir() and take_id else []:
        try:
            data = load_drill(path.parent)
        except StorageError:
            continue
        if isinstance(data, dict) and data.get("after") == take_id:
            found.append((data, path.parent))
    found.sort(key=lambda pair: str(pair[0].get("started_at", "")))
    return found


def drills_after(take_id: str, root: Path | None = None) -> tuple[SavedDrill, ...]:
    """The saved drills that followed take `take_id` (`rehearse drill --after`, "Face questions"),
    oldest first, with the instructor's overrides, as exports and compare show them."""
    drills = []
    for data, folder in _following(take_id, root):
        try:
            review = load_drill_review(folder)
        except StorageError:  # the drill report names it; the export shows the verdicts as judged
            review = DrillReview()
        drills.append(SavedDrill.from_dict(data, review))
    return tuple(drills)


def drill_folders_after(take_id: str, root: Path | None = None) -> tuple[Path, ...]:
    """The folders of the drills that followed take `take_id`, oldest first (to open one from the take)."""
    return tuple(folder for _data, folder in _following(take_id, root))
