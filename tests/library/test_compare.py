"""Compare, progress, transcript diff and jump targets on real report dicts."""

from __future__ import annotations

import copy

from rehearse.core.compare import Compared, best_take, compare_takes
from rehearse.core.metrics import take_metrics
from rehearse.core.moments import jump_targets, next_target, word_index_at, word_starts
from rehearse.core.progress import progress
from rehearse.core.review import Review
from rehearse.core.textdiff import diff_text, diff_transcripts, similarity, transcript_words


def item(label: str, report: dict, review: Review | None = None) -> Compared:
    return Compared(label, take_metrics(report, review), transcript_words(report))


def with_examples(report: dict, count: int) -> dict:
    """The same real report with the examples element judged `count` (what a take with fewer examples gives)."""
    r = copy.deepcopy(report)
    ex = r["rubric"]["examples"]
    ex["count"], ex["found"] = count, count >= ex["min"]
    ex["evidence"] = ex["evidence"][:count]
    return r


def test_losing_the_ask_and_gaining_a_third_example_reads_in_plain_words(reports):
    take2 = with_examples(reports("complete"), 2)
    take3 = with_examples(reports("no_ask"), 3)
    cmp = compare_takes([item("take 1", reports("short")), item("take 2", take2), item("take 3", take3)])
    assert cmp.changes[1].startswith("take 3 lost the ask; gained a third example"), cmp.changes[1]
    assert "lost the bottom line up front" not in cmp.changes[0]
    # SHORT is an opening and an ask: it gives no reason and no mechanism, so take 2 gains both.
    assert cmp.changes[0].startswith("take 2 gained the why and the how; gained 2 examples (now 2)"), cmp.changes[0]


def test_deltas_are_against_the_previous_take_and_say_which_way_is_better(reports):
    a, b = reports("complete"), reports("fillers")
    cmp = compare_takes([item("take 1", a), item("take 2", b)])
    rows = {r.name: r for r in cmp.rows}
    fillers = rows["Fillers"]
    assert fillers.values == ["0", str(b["fillers"]["count"])]
    assert fillers.deltas == ["", f"+{b['fillers']['count']}"] and fillers.better == [None, False]
    duration = rows["Duration"]
    assert duration.deltas[1] == f"{b['duration_s'] - a['duration_s']:+.0f} s"
    assert rows["Rubric"].values == ["4/4", "4/4"] and rows["Rubric"].deltas[1] == "="
    assert "more fillers (0 → 15)" in cmp.changes[0]


def test_best_take_puts_rubric_coverage_before_delivery(reports):
    fluent_no_ask = item("take 1", reports("no_ask"))      # 3/4, clean delivery
    complete_with_fillers = item("take 2", reports("fillers"))  # 4/4, 15 fillers
    complete = item("take 3", reports("complete"))         # 4/4, no fillers
    best, why = best_take([fluent_no_ask, complete_with_fillers, complete])
    assert best == 2
    assert why.startswith("take 3 is the best take: it covers 4/4 checklist points, is within time")
    assert why.endswith("it beats take 2 on fillers per minute")
    best, why = best_take([fluent_no_ask, complete_with_fillers])
    assert best == 1 and "beats take 1 on rubric coverage" in why


def test_an_instructor_override_changes_coverage_and_the_best_take(reports):
    no_ask, complete = reports("no_ask"), reports("complete")
    review = Review()
    review.override("ask", True, "He asked with his eyes: 'so, General?' counts here")
    m = take_metrics(no_ask, review)
    assert m.rubric["ask"].found and not m.rubric["ask"].auto_found and m.rubric["ask"].overridden
    assert m.rubric_text == "4/4"
    cmp = compare_takes([item("take 1", complete), Compared("take 2", m)])
    assert "lost the ask" not in cmp.changes[0]
    ask_row = next(r for r in cmp.rows if "ask" in r.name.lower())
    assert ask_row.values[1] == "yes (instructor)"


def test_progress_over_a_speakers_takes(reports):
    items = [item(f"take {i}", reports(n)) for i, n in enumerate(["short", "fillers", "complete"], 1)]
    prog = progress(items)
    assert [p.covered for p in prog.points] == [1, 4, 4]  # SHORT: an opening and an ask only
    assert prog.lines[0].startswith("Rubric coverage: 1/4 → 4/4 over 3 takes")
    assert "within the 5:00 limit in 3 of 3" in prog.lines[1]
    assert prog.lines[3] == "Fillers per minute stayed at 0.0 over 3 takes."
    worse = progress([items[2], items[1]])  # complete, then the take full of fillers
    assert worse.lines[3].startswith("Fillers per minute rose (worse) from 0.0 to 7.2")
    assert progress([Compared("x", take_metrics(None))]).lines == []


def test_transcript_diff_aligns_words_and_marks_differences(reports):
    a, b = transcript_words(reports("complete")), transcript_words(reports("no_ask"))
    parts = diff_transcripts(a, b)
    assert tuple(w for p in parts for w in p.old) == a
    assert tuple(w for p in parts for w in p.new) == b
    assert 0.3 < similarity(parts) < 0.95
    text = diff_text(parts)
    assert "[-" in text and "{+" in text
    same = diff_transcripts(["General,", "1,325", "Sign"], ["general", "1325.", "sign"])
    assert [p.op for p in same] == ["same"]


def test_jump_targets_cover_every_flagged_kind_in_time_order(reports):
    report = reports("fillers")
    report["pauses"]["long"] = [{"start": 20.0, "duration": 2.5, "mid_clause": True}]
    report["language"]["hedges"] = [{"term": "i think", "start": 30.1, "text": "I think"}]
    report["language"]["gendered"] = [{"term": "chairman", "suggestion": "chair", "start": 40.0, "text": "chairman"}]
    review = Review()
    review.add_comment(12.0, "Slow down here")
    targets = jump_targets(report, review)
    kinds = {t.kind for t in targets}
    assert kinds == {"pause", "filler", "hedge", "gendered", "evidence", "comment"}
    assert [t.time for t in targets] == sorted(t.time for t in targets)
    assert next(t for t in targets if t.kind == "pause") == (20.0, "pause", "2.5 s pause, mid-sentence")
    time, kind, text = next(t for t in targets if t.kind == "comment")
    assert (time, text) == (12.0, "Slow down here")
    assert [t.kind for t in jump_targets(report, review, kinds=["filler"])] == ["filler"] * report["fillers"]["count"]
    assert next_target(targets, 12.0).time > 12.0
    assert next_target(targets, 12.0, backwards=True).time < 12.0


def test_word_index_at_follows_playback(reports):
    report = reports("sample")
    starts = word_starts(report)
    words = report["transcript"]["words"]
    assert word_index_at(starts, 0.0) == -1
    assert word_index_at(starts, starts[0]) == 0
    assert words[word_index_at(starts, 39.85)]["word"] == "Um,"
    gap_at = next(i for i in range(1, len(words)) if words[i]["start"] - words[i - 1]["end"] > 0.3)
    assert word_index_at(starts, words[gap_at - 1]["end"] + 0.1) == gap_at - 1
    assert word_index_at(starts, 10_000) == len(words) - 1
