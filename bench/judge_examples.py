"""The example finder measured example by example, against where a listener hears each example.

    .venv/bin/python bench/judge_examples.py           # tune passages with example spans
    .venv/bin/python bench/judge_examples.py --show    # also list each miss and each spurious example

The count label says how many examples a passage has; a count can be right while the judge finds
one spurious example and misses a real one, and rules tuned on counts trade such errors. The span
labels (tests/corpus/spans/) quote where each counted example is said, and every retelling of it,
for the tune passages only (the held-out third keeps only its counts); a tune passage labelled with
no example needs no quote, and whatever the judge finds in it is spurious. Each example the judge finds
is matched to the labelled example whose quotes it overlaps most:

- found and labelled overlap: right (a true positive);
- a found example overlapping no labelled one: spurious; overlapping one already matched: split
  (the same example counted twice);
- a labelled example no found one overlaps: missed; overlapped only by a found example already
  matched to another: merged (two examples counted as one).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rehearse.core.clean import clean_tokens  # noqa: E402
from rehearse.core.judge import build_view, find_examples  # noqa: E402
from rehearse.core.judge.grammar import for_language  # noqa: E402
from rehearse.core.scenario import load_scenario  # noqa: E402
from rehearse.core.text import tokenize  # noqa: E402
from tests.corpus import load_corpus, load_spans, match_examples, passage_words, span_words  # noqa: E402


def found_ranges(passage, scenario) -> list[tuple[int, int, str]]:
    """Word ranges [lo, hi) of the examples the judge finds, with their verb lemma (the judge's own path,
    `rehearse.core.judge.judge_structure`, read without audio)."""
    words = tuple(passage_words(passage))
    view = build_view(clean_tokens(tokenize(words), scenario), words, for_language(scenario.language))
    found, _ = find_examples(view, scenario)
    return [(view.tokens[ex.lo].word, view.tokens[ex.hi - 1].word + 1, ex.lemma) for ex in found]


def main(show: bool) -> None:
    scenario = load_scenario("minusma-gender")
    spans = load_spans()
    total: Counter = Counter()
    passages = [p for p in load_corpus("tune") if p.id in spans or p.examples == 0]
    for p in passages:
        found = found_ranges(p, scenario)
        labelled = [span_words(p, quotes) for quotes in spans.get(p.id, [])]
        got = match_examples([(lo, hi) for lo, hi, _ in found], labelled)
        total += got
        if show and set(got) - {"right"}:
            print(f"{p.id}: label {p.examples} found {len(found)} ·",
                  ", ".join(f"{k} {n}" for k, n in sorted(got.items()) if k != "right" and n))
    right = total["right"]
    n_found = right + total["spurious"] + total["split"]
    n_label = right + total["missed"] + total["merged"]
    print(f"\n{len(passages)} tune passages (with spans, or with no example): {n_label} labelled examples, {n_found} found")
    print(f"  precision {right / max(1, n_found):.3f}  recall {right / max(1, n_label):.3f}")
    print(f"  spurious {total['spurious']}  split {total['split']}  missed {total['missed']}  "
          f"merged {total['merged']}")


if __name__ == "__main__":
    main("--show" in sys.argv)
