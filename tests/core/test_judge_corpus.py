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
FLOORS = {("tune", 0): 0.932, ("tune", 1): 0.931, ("tune", 2): 0.945,
          ("held_out", 0): 0.915, ("held_out", 1): 0.936}
"""Share of right judgements (why, how, ask, examples >= 3) measured on each shard, less about half a point
(session 26, 1119 passages with blind CW and CX joined, judge of db0fc05: 93.7, 93.6 and 95.0 % on the tune shards,
91.9 and 94.1 % on the held-out ones; session 25, 1071 passages with blind CU and CV joined, session 24's final judge: 94.5, 93.5 and 93.9 % on the tune
shards, 93.7 and 92.7 % on the held-out ones: the shards hold other passages than before; session 20's final judge: 93.3, 94.2 and 94.2 % on the tune shards, 91.8 and 93.9 % on the held-out ones; session 19's final judge, 1023 passages with blind CG, CH and CJ joined: 93.0, 94.0 and 94.2 % on the tune
shards, 91.6 and 93.9 % on the held-out ones; with session 18's judge 92.9, 93.9, 94.1, 91.5 and 93.9 %). Session 18, 951 passages with blind CF, CI and CK: 92.8, 94.9 and 93.5 % on the tune shards, 93.3 and 92.0 % on
the held-out ones; the splits as a whole: tune 93.7 %, held out 92.6 %). Session 17, 879 passages with blind CE:
tune 94.1 %, held out 92.9 %; with session 16's judge 93.7 % and 92.5 %. Session 16, 855 passages: tune 93.6 %,
held out 92.7 %. Earlier sessions, on the splits as a whole: 759 passages, session 12: tune 93.0 %, held out
91.9 %; 807 with blind Q and V, session 13: 92.9 % and 92.0 %; session 14, with the boundary model: 93.4 % and
91.9 %; 855 with blind CA and CB, session 15: 93.2 % and 92.1 % on joining, 93.6 % and 92.6 % at its end."""
MAX_COUNT_OFF = {("tune", 0): 25, ("tune", 1): 20, ("tune", 2): 24, ("held_out", 0): 14, ("held_out", 1): 22}
"""Passages whose example count misses the label by more than the ±1 the evaluation allows, measured on each
shard plus one (session 26, CW and CX joined, judge of db0fc05: 24, 19, 23 and 13, 21; session 25, CU and CV joined, session 24's judge: 28, 16, 20 and 17, 14, tune 64 and held out 31
in all; session 23's judge: 21, 20, 15 and 12, 17, tune 56 and held out 29 in all; session 22's judge:
21, 20, 18 and 12, 19, tune 59 and held out 31 in all, where session 20's
gave 60 and 32; session 20's final judge: 19, 21, 20 and 13, 20; with the first rules on doers chosen on the
span labels: 20, 20, 24 and 11, 18; with the force's
hospital, radio, convoys and flights as doers alone: 20, 22, 26 and 12, 18; session 19's final judge, CG, CH and CJ joined: 22, 21, 24 and 15, 19; with session 18's judge
21, 23, 26 and 15, 20; session 18: 19, 20, 28 and 19, 13; tune 67 and held out 32 in all, with CF, CI and CK joined).
On the splits as a whole: session 14, tune 53, held out 28, with the boundary model, which brought the passages
read without pauses from 67 to 54; session 15, with blind CA and CB joined: tune 60, held out 29; at its end 62
and 29; session 16, 62 and 29; session 17, 61 and 29."""


EXAMPLE_FLOORS = {0: (0.739, 0.74), 1: (0.686, 0.752), 2: (0.681, 0.723)}
"""Precision and recall of the examples found, example by example, on each tune shard, against where
the span labels (tests/corpus/spans/) say each example is said: a judge that gets a count right by
finding one spurious example and missing a real one fails here. Measured less about two points (session 26, CW and CX joined: precision 0.759, 0.706, 0.701 and
recall 0.760, 0.772, 0.743; session 25, CU and
CV joined: precision 0.729, 0.732, 0.707 and recall 0.744, 0.754, 0.770; session 23:
precision 0.738, 0.712, 0.740 and recall 0.778, 0.733, 0.766; session 22:
precision 0.735, 0.704, 0.730 and recall 0.767, 0.728, 0.763; session 20:
precision 0.731, 0.702, 0.724 and recall 0.753, 0.714, 0.745; read from the report's evidence, which quotes at
most 40 words of an example, so these run a little below bench/judge_examples.py's)."""


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
