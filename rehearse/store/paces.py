"""A speaker's pace from their saved takes: what `rehearse script` forecasts with.

Reads only saved reports (`report.json`), never audio, so it is instant; a take without
a report, with no speech, or too short to give a pace is left out rather than guessed.
"""

from __future__ import annotations

from pathlib import Path

from rehearse.core.report_model import Report
from rehearse.core.script.forecast import PastPace
from rehearse.store.listing import scan_takes
from rehearse.store.reports import read_checked

MIN_WORDS = 50
"""Below this a take's pace is mostly its first and last breath."""


def speaker_paces(scenario: str, speaker: str | None, root: Path | None = None) -> tuple[list[PastPace], str]:
    """Paces of `speaker`'s takes in `scenario` (oldest first), and why none were used if
    that was a choice rather than a lack of takes ("" otherwise).

    Without a speaker name, the takes are used only when they all come from one speaker
    (or none is named): mixing a class's paces would forecast nobody's speech.
    """
    takes, _problems = scan_takes(scenario, root)
    if speaker is not None:
        wanted = speaker.strip().casefold()
        takes = [t for t in takes if t.speaker.strip().casefold() == wanted]
    else:
        names = {t.speaker.strip().casefold() for t in takes}
        if len(names) > 1:
            return [], f"takes from {len(names)} speakers in this scenario; name yours with --speaker"
    paces = []
    for take in takes:
        report, _data, _problem = read_checked(take)  # a damaged report gives no pace (it is rebuilt when opened)
        pace = _pace(report) if report is not None else None
        if pace is not None:
            paces.append(pace)
    return paces, ""


def _pace(report: Report) -> PastPace | None:
    wpm, articulation = report.pace.wpm, report.pace.articulation_wpm
    if report.no_speech or not (0 < wpm < 400) or report.words < MIN_WORDS:
        return None
    return PastPace(wpm, articulation if 0 < articulation < 600 else 0.0, report.words, report.duration_s)
