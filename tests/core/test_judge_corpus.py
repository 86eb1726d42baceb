"""The judge against the labelled corpus (tests/corpus), and delivery that must not change a verdict.

Floors, not targets: the measured precision and recall are in BENCHMARKS.md
(bench/judge_corpus.py). These tests fail when a change makes the judge worse
than it was measured, on the tuned passages and on the held-out third alike.
"""

from __future__ import annotations

from collections import Counter

import pytest

from rehearse.core.report import analyze
from rehearse.core.types import Transcript, Word
from tests.corpus import (
    evidence_ranges,
    load_corpus,
    load_spans,
    match_examples,
    passage_words,
    span_words,
    tally,
)

SHARDS = {"tune": 3, "held_out": 2}
"""Each split is judged in shards (every n-th passage), so the suite's two workers share it: the tune
split alone took 98 s of one worker (session 16), the longest test in the suite."""
FLOORS = {("tune", 0): 0.944, ("tune", 1): 0.936, ("tune", 2): 0.935,
          ("held_out", 0): 0.925, ("held_out", 1): 0.921}
"""Share of right judgements (why, how, ask, examples >= 3) measured on each shard, less about half a point.
Session 29, 1311 passages with blind DE and DF joined, judge of fabc280: 95.0, 94.2 and 94.1 % on the tune
shards, 93.0 and 92.6 % on the held-out ones. Adding passages moves every shard (a shard is every n-th
passage); earlier sessions' figures are in BENCHMARKS.md."""
MAX_COUNT_OFF = {("tune", 0): 32, ("tune", 1): 19, ("tune", 2): 27, ("held_out", 0): 20, ("held_out", 1): 19}
"""Passages whose example count misses the label by more than the ±1 the evaluation allows, measured on each
shard plus one (session 29, DE and DF joined, judge of fabc280: 31, 18, 26 and 19, 18; earlier sessions in
BENCHMARKS.md)."""


EXAMPLE_FLOORS = {0: (0.697, 0.768), 1: (0.683, 0.752), 2: (0.675, 0.751)}
"""Precision and recall of the examples found, example by example, on each tune shard, against where
the span labels (tests/corpus/spans/) say each example is said: a judge that gets a count right by
finding one spurious example and missing a real one fails here. Measured less about two points (session 29,
DE and DF joined, judge of fabc280: precision 0.717, 0.703, 0.695 and recall 0.788, 0.772, 0.771). Read from the report's
evidence, which quotes at most 40 words of an example, so these run a little below bench/judge_examples.py's."""


def _rubric(words: list[Word], scenario) -> dict:
    return analyze(Transcript(tuple(words)), None, scenario).to_dict()["rubric"]


def _verdicts(r: dict) -> dict:
    return {"why": r["why"]["found"], "how": r["how"]["found"], "ask": r["ask"]["found"],
            "examples": r["examples"]["count"]}


def verdicts(words: list[Word], scenario) -> dict:
    return _verdicts(_rubric(words, scenario))


def test_corpus_is_big_enough_and_labelled():
    passages = load_corpus()
    assert len(passages) >= 60
    assert len({p.id for p in passages}) == len(passages)
    held = [p for p in passages if p.held_out]
    assert 0.25 <= len(held) / len(passages) <= 0.42
    assert {p.voice.split()[0] for p in passages} and len({p.id.split("-")[0] for p in passages}) >= 4


@pytest.mark.parametrize("shard", list(FLOORS), ids=lambda s: f"{s[0]}-{s[1]}")
def test_judge_holds_its_measured_accuracy(shard, scenario):
    split, k = shard
    passages = load_corpus(split)[k::SHARDS[split]]
    rubrics = {p.id: _rubric(passage_words(p), scenario) for p in passages}
    right, total, off = tally(passages, lambda p: _verdicts(rubrics[p.id]))
    assert right / total >= FLOORS[shard], f"{split} shard {k}: {right}/{total} right"
    assert off <= MAX_COUNT_OFF[shard], f"{split} shard {k}: {off} counts off by more than one"
    if split == "tune":
        spans, got = load_spans(), Counter()
        for p in passages:
            if p.id in spans or p.examples == 0:
                found = evidence_ranges(p, rubrics[p.id]["examples"]["evidence"])
                got += match_examples(found, [span_words(p, quotes) for quotes in spans.get(p.id, [])])
        precision = got["right"] / (got["right"] + got["spurious"] + got["split"])
        recall = got["right"] / (got["right"] + got["missed"] + got["merged"])
        assert precision >= EXAMPLE_FLOORS[k][0] and recall >= EXAMPLE_FLOORS[k][1], \
            f"tune shard {k}: examples found with precision {precision:.3f}, recall {recall:.3f} ({dict(got)})"


def _disfluent(words: list[Word]) -> list[Word]:
    """The same speech said nervously: "um" every seventh word, a stutter, a restart at a filler."""
    out: list[Word] = []
    for i, w in enumerate(words):
        if i % 7 == 3:
            out.append(Word("um,", w.start - 0.01, w.start - 0.005))
        if i % 11 == 5 and w.word.isalpha():
            out.append(Word(w.word + ",", w.start - 0.004, w.start - 0.002))  # "we, we send"
        out.append(w)
    return out


@pytest.mark.parametrize("passage", [p for p in load_corpus("tune") if "fillers" not in p.delivery][:20],
                         ids=lambda p: p.id)
def test_fillers_and_stutters_never_change_the_verdict(passage, scenario):
    words = passage_words(passage)
    assert verdicts(_disfluent(words), scenario) == verdicts(words, scenario)


def _hesitant(words: list[Word]) -> list[Word]:
    """The same speech with hesitations that take time, as they do in the voice: every ninth word is
    said twice ("does a, [0.5 s] a joint assessment"), and everything after it comes later."""
    out: list[Word] = []
    shift = 0.0
    for i, w in enumerate(words):
        if i % 9 == 4 and w.word.isalpha():
            out.append(Word(w.word + ",", w.start + shift, w.start + shift + 0.3))
            shift += 0.8  # the repeated word, then a 0.5 s pause before it is said again
        out.append(Word(w.word, w.start + shift, w.end + shift, w.probability))
    return out


@pytest.mark.parametrize("passage", [p for p in load_corpus("tune") if "fillers" not in p.delivery][20:32],
                         ids=lambda p: p.id)
def test_a_hesitation_is_no_sentence_end(passage, scenario):
    words = passage_words(passage)
    assert verdicts(_hesitant(words), scenario) == verdicts(words, scenario)
