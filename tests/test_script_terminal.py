"""The terminal report (`rehearse analyze`, `rehearse record`) of a take with a script shows the take
against it, as the app and the exports do (issue 9, part 4): coverage, the skipped passage with
the checklist element it carried, time per section; and a take without a script shows none.

Cheap on purpose: the committed sample speech's real report (tiny.en, tests/ui/data) against its
own text as a draft, with an example paragraph the speaker never said added. The check and the
alignment are the real ones (`check_draft`, `against_check`); no speech is transcribed.
"""

from __future__ import annotations

import io
from dataclasses import replace

from rich.console import Console

from rehearse.core.report_model import Report
from rehearse.core.scenario import load_scenario
from rehearse.core.script import parse_draft
from rehearse.core.script.versus import against_check
from rehearse.render.terminal import print_report
from rehearse.session.script import check_draft
from tests.speech.kinds import SAMPLE
from tests.ui.fakes import sample_report

EXTRA = "Fourth, hold a monthly meeting with the women's associations in Kidal before we plan operations there."
DRAFT = SAMPLE.text.replace("General, will you sign", f"\n\n{EXTRA}\n\nGeneral, will you sign")


def printed(report) -> str:
    out = io.StringIO()
    print_report(report, Console(file=out, width=120, color_system=None))
    return out.getvalue()


def test_the_terminal_report_of_a_take_with_a_script_shows_the_take_against_it(tmp_path):
    report = Report.from_dict(sample_report())
    check = check_draft(parse_draft(DRAFT, name="brief.md"), load_scenario(None), "Amina", tmp_path)
    with_script = replace(report, script=against_check(check, report.transcript.words))
    for shown in (printed(with_script), printed(with_script.to_dict())):  # `record` prints either form
        assert "Against the script" in shown
        assert "% of its words said" in shown and "1 passage skipped" in shown
        assert ("was in the script and was not said (paragraph 2, all of it): “Fourth, hold a monthly meeting"
                in " ".join(shown.split()))  # the rubric element it carried, then the passage
        rows = [line.split() for line in shown.splitlines()]
        assert ["Section", "Planned", "Spoken", "Said"] in rows
        assert ["paragraph", "2", "0:08", "0:00", "(-8", "s)", "0", "%"] in rows  # the paragraph left out
        assert "Planned at 140 words a minute." in shown
    assert "Against the script" not in printed(report)
