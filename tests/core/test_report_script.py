"""The report's take-against-script section (issue 9, part 4) without audio: made from a
hand-made take of the alignment tests' script, kept in the typed report (strict read,
schema), said in words for the app and exports, and a row in `compare`."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from rehearse.core.compare import Compared, compare_takes
from rehearse.core.metrics import TakeMetrics, take_metrics
from rehearse.core.report_model import Report
from rehearse.core.report_schema import schema_text
from rehearse.core.scenario import load_scenario
from rehearse.core.script import pace_basis
from rehearse.core.script.notes import headline, script_notes, section_row
from rehearse.core.script.versus import take_against_script
from tests.core.schema_check import schema_errors
from tests.core.test_script_align import DRAFT, EX2, SCRIPT, said
from tests.ui.fakes import sample_report

AD_LIB = "Last week I visited the camp and listened to the women of the town for an hour."


@pytest.fixture(scope="module")
def section():
    """The script said with example 2 left out and one sentence added after the examples."""
    spoken = said(SCRIPT.replace(EX2 + " ", "").replace("General, will", f"{AD_LIB} General, will"))
    return take_against_script(DRAFT, load_scenario(None), pace_basis([]), spoken)


def test_the_section_names_the_skipped_example_and_the_added_sentence(section):
    assert [k.text for k in section.skipped] == [EX2]
    assert section.skipped[0].elements == ("example 2",) and section.dropped == ("example 2",)
    assert [a.text for a in section.added] == [AD_LIB]
    assert section.coverage == round(100 * (len(DRAFT.words) - len(EX2.split())) / len(DRAFT.words), 1)
    assert section.plan_wpm == 140.0 and not section.out_of_order
    assert [c.label for c in section.sections] == [f"paragraph {n}" for n in range(1, 5)]


def test_a_report_with_the_section_reads_strictly_writes_back_and_fits_the_schema(section):
    old = sample_report()
    assert "script" not in old and Report.from_dict(old).script is None  # reports before issue 9 still read
    assert "script" not in Report.from_dict(old).to_dict()
    data = replace(Report.from_dict(old), script=section).to_dict()
    back = Report.from_dict(json.loads(json.dumps(data)))
    assert back.script == section and back.to_dict() == data
    assert schema_errors(json.loads(schema_text()), data) == []
    data["script"]["skipped"][0]["words"] = "eleven"
    with pytest.raises(ValueError, match=r"^script\.skipped\[0\]\.words: expected an integer"):
        Report.from_dict(data)


def test_the_words_the_app_and_the_exports_say(section):
    assert headline(section).startswith("Script: 85 % of its words said (64 of 75); 1 passage skipped, "
                                        "1 passage added, no parts out of order")
    notes = script_notes(section)
    assert [n.kind for n in notes] == ["skipped", "added"]
    assert notes[0].text.startswith("example 2 was in the script and was not said (paragraph 3): “Second, appoint")
    assert notes[1].text.startswith("added, not in the script: “Last week") and notes[1].time
    label, planned, spoken, share = section_row(section.sections[2])
    assert label == "paragraph 3" and share == "67 %" and "s)" in spoken


def test_compare_gains_a_script_coverage_row_only_when_a_take_has_a_script(section):
    base = take_metrics(sample_report())
    takes = [Compared("take 1", replace(base, script_coverage=60.0)),
             Compared("take 2", replace(base, script_coverage=86.4)), Compared("take 3", base)]
    row = next(r for r in compare_takes(takes).rows if r.name == "Script coverage")
    assert row.values == ["60 %", "86 %", "—"] and row.deltas == ["", "+26 %", ""]
    assert row.better == [None, True, None]
    assert not any(r.name == "Script coverage" for r in compare_takes([Compared("a", base)] * 2).rows)
    with_script = replace(Report.from_dict(sample_report()), script=section)
    assert take_metrics(with_script).script_coverage == section.coverage
    assert TakeMetrics().script_coverage is None
