"""The takes library on disk: browse, find, relabel.

`browse()` is what the takes browser and `rehearse takes` call: every take with
its report, review and a `TakeSummary` row, plus one line per problem met
(a damaged report, a rebuilt take.json). It never analyses (listing 50 takes
must stay instant); `rehearse.store.reports.ensure_report` does that when a
take is opened. Filtering, sorting and grouping are the pure functions of
`rehearse.core.catalog`, wrapped here for entries.

`import_audio` turns audio from elsewhere (a phone recording) into a normal
take: 16 kHz mono FLAC like a recorded one, marked `source="imported"`. The FLAC
is written to a temp file, fsync'ed and renamed before take.json names it, so a
crash leaves no audio or complete audio, never half a FLAC.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rehearse import paths
from rehearse.audio import SAMPLE_RATE
from rehearse.core.catalog import TakeSummary, filter_takes, group_takes, sort_takes, summarise
from rehearse.core.report_model import Report
from rehearse.core.review import Review, now_iso
from rehearse.errors import StorageError
from rehearse.store.atomic import fsync_dir, fsync_file, temp_path
from rehearse.store.finalize import writer_alive
from rehearse.store.listing import load_take, scan_takes
from rehearse.store.reports import read_checked
from rehearse.store.review import load_review
from rehearse.store.takes import FLAC, Take, create_take, discard_take, save_take

if TYPE_CHECKING:
    import numpy as np


@dataclass
class LibraryEntry:
    take: Take
    report: dict[str, Any] | None
    review: Review
    summary: TakeSummary
    typed: Report | None = None
    """`report` as the typed model (read once, with the same check): what the app's screens show."""


def entry_for(take: Take) -> LibraryEntry:
    """Read one take's sidecars into an entry; never raises on damaged files (they become `problem`)."""
    typed, report, problem = read_checked(take)
    review = load_review(take)
    problem = "; ".join(p for p in (problem, review.note) if p)
    summary = summarise(take.to_dict(), typed, review, path=str(take.path), problem=problem)
    return LibraryEntry(take, report, review, summary, typed)


def browse(scenario: str | None = None, root: Path | None = None) -> tuple[list[LibraryEntry], list[str]]:
    """All takes (oldest first) as entries, and one-line problems (for a status bar or stderr)."""
    takes, problems = scan_takes(scenario, root)
    entries = [entry_for(t) for t in takes]
    problems += [e.summary.problem for e in entries if e.summary.problem]
    return entries, problems


def filter_entries(entries: list[LibraryEntry], **fields: str | None) -> list[LibraryEntry]:
    """`scenario=`, `team=`, `speaker=`, `text=`: see `rehearse.core.catalog.filter_takes`."""
    return filter_takes(entries, get=lambda e: e.summary, **fields)


def sort_entries(entries: list[LibraryEntry], by: str = "date", reverse: bool = False) -> list[LibraryEntry]:
    return sort_takes(entries, by, reverse, get=lambda e: e.summary)


def group_entries(entries: list[LibraryEntry]) -> dict[str, dict[str, dict[str, list[LibraryEntry]]]]:
    """scenario -> team -> speaker -> entries."""
    return group_takes(entries, get=lambda e: e.summary)


def relabel(take: Take, *, speaker: str | None = None, team: str | None = None,
            title: str | None = None) -> Take:
    """Change who/what a take is about; None leaves a field as it is. Saved atomically.

    The folder name (the take id) stays: exports and reviews refer to it, and a
    rename would break a copy on someone's USB stick. Refused while the take is
    being recorded, because the recorder rewrites take.json when it stops.
    """
    if writer_alive(take):
        raise StorageError(f"{take.id} is still being recorded; relabel it when it has stopped")
    current = load_take(take.path)

    def tidy(value: str | None, was: str) -> str:
        return was if value is None else " ".join(str(value).split())

    fresh = replace(current, speaker=tidy(speaker, current.speaker), team=tidy(team, current.team),
                    title=tidy(title, current.title))
    save_take(fresh)
    return fresh


def resolve_take(spec: str, root: Path | None = None) -> Take:
    """A take from a take id, a unique prefix of one, or its folder; StorageError naming the choices."""
    text = str(spec).strip()
    folder = Path(text).expanduser()
    if text and folder.is_dir() and ((folder / "take.json").exists() or any(folder.glob("audio.*"))):
        return load_take(folder.resolve())
    takes = scan_takes(root=root)[0]
    exact = [t for t in takes if t.id == text or t.path.name == text]
    found = exact or [t for t in takes if text and (t.id.startswith(text) or t.path.name.startswith(text))]
    if len(found) == 1:
        return found[0]
    where = Path(root) if root else paths.recordings_dir()
    if not found:
        raise StorageError(f"no take matches {text!r} in {where}; `rehearse takes` lists them")
    names = ", ".join(t.id for t in found[:5]) + (" ..." if len(found) > 5 else "")
    raise StorageError(f"{text!r} matches {len(found)} takes ({names}); give more of the id")


def write_flac(dest: Path, audio: np.ndarray, sample_rate: int = SAMPLE_RATE) -> None:
    """Write float32 mono audio as 16-bit FLAC at `dest`, atomically; raises StorageError."""
    import numpy as np
    import soundfile as sf  # type: ignore[import-untyped]  # libsndfile bindings ship no types

    tmp = temp_path(dest)
    try:
        sf.write(str(tmp), np.clip(audio, -1.0, 1.0), sample_rate, subtype="PCM_16", format="FLAC")
        fsync_file(tmp)
        os.replace(tmp, dest)
    except (OSError, RuntimeError) as exc:  # soundfile reports libsndfile failures as RuntimeError
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise StorageError(f"cannot write {dest}: {exc}") from exc
    fsync_dir(dest.parent)


def import_audio(audio: np.ndarray, scenario: str, *, speaker: str = "", team: str = "", title: str = "",
                 sample_rate: int = SAMPLE_RATE, root: Path | None = None, language: str = "en") -> Take:
    """A new complete take holding `audio`; raises StorageError (and leaves no half take behind)."""
    take = create_take(scenario, speaker=speaker, team=team, title=title, sample_rate=sample_rate,
                       source="imported", root=root, language=language)
    try:
        write_flac(take.path / FLAC, audio, sample_rate)
        take.audio = FLAC
        take.duration = len(audio) / sample_rate
        take.status = "complete"
        take.ended_at = now_iso()
        take.pid = take.pid_started = None
        save_take(take)
    except StorageError:
        discard_take(take)
        raise
    return take
