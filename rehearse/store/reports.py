"""A take's `report.json`: read it without ever crashing, rebuild it from the audio when needed.

The report is derived data: the audio is the truth, so a missing or damaged
report is re-analysed rather than lost. The damaged file is moved aside to
`report.damaged-<time>.json` first (never deleted: it may hold the only copy
of a judgement made with another model). Analysis is injected as a callable:
the store sits beneath the session layer, whose `rehearse.session.analyse.analyse_take`
is the one way the app and the commands judge a saved take.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from rehearse.core.report_model import Report, ReportError
from rehearse.errors import StorageError, UnsavedReport
from rehearse.store.atomic import bad_field, fsync_dir, read_json, storage_error
from rehearse.store.takes import REPORT_JSON, Take, save_report

ReportDict = dict[str, Any]
"""A report in its JSON form (`Report.to_dict()`), as saved; `rehearse.session.analyse.analyse_take` hands
it on typed."""
Analyse = Callable[[Take, "Callable[[float, float], None] | None"], ReportDict]
"""analyse(take, progress) -> report dict; progress(done_s, total_s) as in `rehearse.asr`."""
Check = Callable[[ReportDict], object]


def read_report(take: Take, check: Check | None = None) -> tuple[ReportDict | None, str]:
    """(report, problem): (dict, '') when fine, (None, '') when never analysed, (None, line) when damaged.

    Damaged means `Report.from_dict` refuses it (a field missing, of the wrong type, or
    unknown; the line names it), or `check(report)` fails when given (a reader of the
    caller's own; `bad_field` then guesses which field it choked on).
    """
    _, data, problem = read_checked(take, check)
    return data, problem


def read_checked(take: Take, check: Check | None = None) -> tuple[Report | None, ReportDict | None, str]:
    """(typed report, its dict, problem), as `read_report`: for a caller that reads both forms
    (the takes list), so the report is checked and read once."""
    path = take.path / REPORT_JSON
    try:
        data = read_json(path)
    except FileNotFoundError:
        return None, None, ""
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        return None, None, f"{path}: damaged report ({reason})"
    try:
        report = Report.from_dict(data)
    except ReportError as exc:
        return None, None, f"{path}: damaged report (field {exc.path[:60]!r}: {exc.reason})"
    if check is not None and (field := bad_field(data, check)):
        return None, None, f"{path}: damaged report (field {field[:60]!r} has the wrong type)"
    return report, data, ""


def _set_aside(path: Path) -> None:
    if not path.exists():
        return
    aside = path.with_name(f"report.damaged-{datetime.now().strftime('%Y%m%dT%H%M%S')}.json")
    try:
        os.replace(path, aside)
    except OSError as exc:
        raise storage_error(exc, f"keeping the damaged {path} aside") from exc
    fsync_dir(path.parent)


def ensure_report(take: Take, analyse: Analyse, progress: Callable[[float, float], None] | None = None,
                  check: Check | None = None) -> tuple[ReportDict, str]:
    """(report, note): the saved report, or a fresh one analysed from the audio and saved.

    `check`: as in `read_report`; a report it cannot read is damaged, so it is kept
    aside and rebuilt like any other.

    `note` is '' when the saved report was fine, else one line saying what was
    rebuilt and why. Raises AudioError/ModelError/ScenarioError/StorageError
    (one line each) when no report can be had.
    """
    report, problem = read_report(take, check)
    if report is not None:
        return report, ""
    path = take.path / REPORT_JSON
    if problem:
        _set_aside(path)
    from rehearse.store.finalize import remove_stale_temps

    remove_stale_temps(take.path)  # e.g. the temp report of a process killed while saving it
    report = analyse(take, progress)
    try:
        save_report(take, report)
    except StorageError as exc:
        raise UnsavedReport(str(exc), report) from exc
    why = f"{problem}; kept aside and re-analysed from the audio" if problem else f"{path}: analysed the take"
    return report, why
