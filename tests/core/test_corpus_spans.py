"""The span labels (tests/corpus/spans/) stay true to the corpus they point into.

bench/judge_examples.py matches the judge's examples to these quotes; a quote that no longer
matches its passage, or a passage whose count label changed, would quietly skew that measure.
"""

from __future__ import annotations

from tests.corpus import load_corpus, load_spans, span_words


def test_every_span_quotes_a_tune_passage_once_per_counted_example():
    passages = {p.id: p for p in load_corpus()}
    spans = load_spans()
    assert len(spans) >= 400
    for pid, examples in spans.items():
        p = passages[pid]
        assert not p.held_out, f"{pid}: the held-out third gets no spans (it is never looked at)"
        assert len(examples) == p.examples, f"{pid}: {len(examples)} quoted examples for a label of {p.examples}"
        for quotes in examples:
            found = span_words(p, quotes)
            assert len(found) == len(quotes), f"{pid}: a quote of {quotes} is not in the passage"


def test_span_words_finds_a_quote_by_its_words_not_its_punctuation():
    p = next(p for p in load_corpus("tune") if p.id == "jr-13")
    (lo, hi), = span_words(p, ["They could SIT down with the women's association there"])
    assert p.text.split()[lo:hi][0] == "they" and p.text.split()[hi - 1] == "there."
    assert span_words(p, ["words that are not in it"]) == []
