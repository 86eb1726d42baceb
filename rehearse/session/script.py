"""The take-against-script section of a take's report, for takes that carry a script.

Both ways a report is made end here: `analyse_take` (import, export, compare, the
takes list, a re-analysis) and the live take's finish (practice and `rehearse record`),
so a take is judged against its script the same way whichever made its report. The
section is planned at the speaker's own pace from their saved takes, as `rehearse
script --speaker` forecasts it, so the "planned" column is what the speaker was shown.

Checking the draft (the judge reads all of it) is most of the cost: 2.4 s for a
five-minute draft on a busy machine against 30 ms for the alignment (BENCHMARKS.md,
"A script attached to a take"). A live take knows its script from the start, so it
checks it while recording (`check_take_script`) and only aligns at stop.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from rehearse.errors import RehearseError

if TYPE_CHECKING:
    from pathlib import Path

    from rehearse.core.report_model import Report
    from rehearse.core.scenario import Scenario
    from rehearse.core.script import Draft, ScriptCheck
    from rehearse.store import Take

log = logging.getLogger("rehearse.session")


def check_take_script(take: Take, scenario: Scenario) -> ScriptCheck | None:
    """The take's script checked at its speaker's pace; None when it has none.

    A `script.md` damaged since it was attached (it was checked then) gives None and logs
    one line: the report goes without the section, the judgement of the speech stands.
    """
    from rehearse.store.script import load_script

    try:
        draft = load_script(take)
    except RehearseError as exc:
        log.warning("%s: script not used: %s", take.id, exc)
        return None
    if draft is None:
        return None
    return check_draft(draft, scenario, take.speaker, take.path.parent.parent)


def check_draft(draft: Draft, scenario: Scenario, speaker: str | None, root: Path | None = None) -> ScriptCheck:
    """`draft` checked at `speaker`'s pace from their saved takes under `root` (default: the data root),
    else 140 wpm: the one way a draft is checked (`rehearse script`, the app's draft check, a take's script)."""
    from rehearse.core.script import check_script, pace_basis
    from rehearse.store.paces import speaker_paces

    paces, why_not = speaker_paces(scenario.id, speaker, root)
    return check_script(draft, scenario, pace_basis(paces, why_default=why_not))


def with_script(report: Report, take: Take, scenario: Scenario, check: ScriptCheck | None = None) -> Report:
    """`report` with its `script` section when `take` has a script (else unchanged). `check`: the
    script already checked (`check_take_script`), so only the alignment is left."""
    from rehearse.core.script.versus import against_check

    check = check or check_take_script(take, scenario)
    if check is None:
        return report
    return replace(report, script=against_check(check, report.transcript.words))
