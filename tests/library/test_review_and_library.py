"""Instructor reviews on disk, the takes browser's data, relabel, trash, damaged sidecars."""

from __future__ import annotations

import json

import pytest

from rehearse.core.review import Review, effective_rubric
from rehearse.errors import StorageError
from rehearse.store.library import browse, filter_entries, group_entries, relabel, resolve_take, sort_entries
from rehearse.store.reports import ensure_report, read_report
from rehearse.store.review import load_review, save_review, update_review
from rehearse.store.trash import list_trash, restore_take, trash_take


def test_review_round_trip_keeps_comments_overrides_and_verdict(make_take, reports):
    take = make_take("no_ask")
    review = Review(reviewer="Maj. Okafor")
    review.add_comment(75.5, "Here: ask for the directive, don't thank him.")
    review.add_comment(3.0, "Strong opening — «Timbuktu» named ✔")
    review.override("ask", True, "Implicit ask is acceptable for this syndicate")
    review.grade, review.verdict, review.summary = "B", "nearly ready", "Content there; land the ask."
    save_review(take, review)
    back = load_review(take)
    assert back.to_dict() == review.to_dict()
    assert [c.time for c in back.comments] == [3.0, 75.5]
    judged = effective_rubric(reports("no_ask"), back)["ask"]
    assert (judged.auto_found, judged.found, judged.overridden) == (False, True, True)
    assert json.loads((take.path / "review.json").read_text())["overrides"]["ask"]["note"].startswith("Implicit")
    update_review(take, lambda r: r.clear_override("ask"))
    assert not load_review(take).overrides and load_review(take).grade == "B"


def test_a_damaged_review_is_reported_and_kept_aside_on_the_next_save(make_take):
    take = make_take("complete")
    (take.path / "review.json").write_text('{"comments": [{"time": 1, "te')
    review = load_review(take)
    assert review.empty and "damaged review" in review.note
    review.add_comment(1.0, "new note")
    save_review(take, review)
    aside = list(take.path.glob("review.damaged-*.json"))
    assert len(aside) == 1 and aside[0].read_text().startswith('{"comments"')
    assert load_review(take).comments[0].text == "new note"


def test_browse_groups_filters_sorts_and_marks(make_take, home):
    make_take("short", speaker="Ann", team="Blue", day=1)
    make_take("complete", speaker="Ann", team="Blue", day=2)
    make_take("fillers", speaker="Bob", team="Red", day=3)
    never = make_take(None, speaker="Cy", team="Red", day=4)
    entries, problems = browse()
    assert problems == [] and len(entries) == 4
    groups = group_entries(entries)
    assert set(groups["minusma-gender"]) == {"Blue", "Red"}
    assert [len(v) for v in groups["minusma-gender"]["Red"].values()] == [1, 1]
    ann = filter_entries(entries, speaker="ann")
    assert [e.summary.rubric_text for e in sort_entries(ann, "date")] == ["4/4", "1/4 (no why, how, examples)"]
    assert [e.summary.speaker for e in sort_entries(entries, "score")] == ["Ann", "Bob", "Ann", "Cy"]
    assert [e.summary.speaker for e in sort_entries(entries, "pace")][-1] == "Cy"
    cy = next(e.summary for e in entries if e.take.id == never.id)
    assert cy.marks == ["imported"] and cy.rubric_text == "not analysed" and cy.duration_text == "0:01"
    assert cy.date == "2025-03-04 10:00"


def test_relabel_and_resolve_by_id_prefix_or_folder(make_take, home):
    take = make_take("complete", speaker="Ann")
    other = make_take("short", speaker="Bob")
    done = relabel(take, speaker="Ann  Diallo", team="Green/../../etc", title="<b>dress</b> rehearsal")
    assert (done.speaker, done.team, done.title) == ("Ann Diallo", "Green/../../etc", "<b>dress</b> rehearsal")
    assert done.path == take.path  # the folder never moves: exports and reviews point at it
    assert resolve_take(take.id).speaker == "Ann Diallo"
    assert resolve_take(str(other.path)).id == other.id
    with pytest.raises(StorageError, match="matches 2 takes"):
        resolve_take(take.id[:8])
    with pytest.raises(StorageError, match="no take matches"):
        resolve_take("nope")


def test_delete_moves_to_the_trash_and_restore_brings_it_back(make_take, home):
    take = make_take("complete")
    keep = make_take("short")
    dest = trash_take(take)
    assert not take.path.exists() and (dest / "report.json").exists() and (dest / "audio.flac").exists()
    assert [e.take.id for e in browse()[0]] == [keep.id]
    (trashed,) = list_trash(home / "recordings")
    back = restore_take(trashed, home / "recordings")
    assert back.path == take.path and (back.path / "report.json").exists()
    assert not (back.path / "trashed.json").exists()
    assert len(browse()[0]) == 2


def test_a_report_with_one_wrong_field_is_damaged_and_the_line_names_that_field(make_take, reports):
    """The store reads through `Report.from_dict`, which names the field by its path: no guessing."""
    take = make_take("complete")
    data = reports("complete")
    data["rubric"]["ask"]["found"] = 3
    (take.path / "report.json").write_text(json.dumps(data))
    report, problem = read_report(take)
    assert report is None and problem.endswith("damaged report (field 'rubric.ask.found': expected a boolean, got 3)")
    data["rubric"]["ask"]["found"] = True
    (take.path / "report.json").write_text(json.dumps(data))
    assert read_report(take) == (data, "")


def test_a_damaged_report_is_kept_aside_and_rebuilt_from_the_audio(make_take, reports):
    take = make_take("complete")
    (take.path / "report.json").write_text("{ not json")
    report, problem = read_report(take)
    assert report is None and "damaged report" in problem
    entries, problems = browse()
    assert any("damaged report" in p for p in problems)  # listing reports it, never crashes
    calls = []

    def analyse(t, progress):
        calls.append(t.id)
        return reports("complete")

    report, note = ensure_report(take, analyse)
    assert calls == [take.id] and report["rubric"]["ask"]["found"]
    assert "kept aside and re-analysed" in note
    assert len(list(take.path.glob("report.damaged-*.json"))) == 1
    assert ensure_report(take, analyse) == (report, "") and calls == [take.id]
