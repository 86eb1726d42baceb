"""Where a sentence ends when nothing in the audio or the text shows it.

tiny.en often drops full stops, and a speaker who runs sentences together
leaves no pause for `silences.py` to find. The parser then reads a whole
passage as one run: "we send the engineers to gao next week the medics open a
clinic in kidal" is one clause to it, and one of the two examples is lost.
spaCy's own sentence starts barely help on lower-case words without
punctuation (on the corpus's held-out passages read without their full stops,
they find 5 % of the sentence ends, and 41 % of what they find is one).

So a small logistic model reads each word boundary of the first parse: the
part of speech, tag and dependency of the words on either side, the words
themselves where they are closed-class ("we", "the", "then", "so"), whether a
finite verb stands before and after, whether a subject opens here and whether
a parse arc crosses the boundary. It is trained by `bench/train_boundaries.py`
on the tune passages that are written with full stops, read without them; its
weights are `boundaries_en.json`; French is trained the same way on the
French corpus (`boundaries_fr.json`, read from the French parser's normalised
tags). Measurements: BENCHMARKS.md, "The judge", session 14. A language
without trained weights gets no such starts.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rehearse.core.judge.grammar import Grammar
from rehearse.core.nlp import Tagged
from rehearse.errors import ModelError

WORD_POS = frozenset("DET PRON ADP CCONJ SCONJ AUX PART INTJ ADV".split())
"""Parts of speech whose words are features themselves: closed classes and adverbs ("then", "so",
"also"), which say how clauses join in any speech. Other words stand as their tag, so a speech on
another topic reads the same (no noun of the training passages is a feature)."""
FINITE = frozenset("VBD VBZ VBP MD".split())
VERB_BEFORE, VERB_AFTER = 6, 4
"""How many words before and after a boundary are looked at for a finite verb."""
ARC_REACH = 12
"""How far either side a dependency arc that crosses the boundary is looked for."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
SUBJECT_OPENERS = frozenset("DET ADJ NUM PROPN NOUN".split())


@dataclass(frozen=True)
class BoundaryModel:
    """A logistic model over `features`: a start where the probability exceeds `threshold`."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, tags: Sequence[Tagged], i: int) -> float:
        score = self.bias + sum(self.weights.get(f, 0.0) for f in features(tags, i))
        return 1.0 / (1.0 + math.exp(-score))


def features(tags: Sequence[Tagged], i: int) -> list[str]:
    """What the model reads at the boundary before word `i` (shared by the trainer and the judge)."""
    n = len(tags)

    def pos(j: int) -> str:
        return tags[j].pos if 0 <= j < n else "EDGE"

    def tag(j: int) -> str:
        return tags[j].tag if 0 <= j < n else "EDGE"

    def word(j: int) -> str:
        return tags[j].text if 0 <= j < n and tags[j].pos in WORD_POS else f"<{tag(j)}>"

    t = tags[i]
    head_before = t.head < i
    crossing = any(j < i <= tags[j].head or tags[j].head < i <= j
                   for j in range(max(0, i - ARC_REACH), min(n, i + ARC_REACH)))
    verb_before = any(tags[j].tag in FINITE for j in range(max(0, i - VERB_BEFORE), i))
    verb_after = any(tags[j].tag in FINITE for j in range(i, min(n, i + VERB_AFTER)))
    subject = t.dep in SUBJECT_DEPS or (i + 1 < n and tags[i + 1].dep in SUBJECT_DEPS and t.pos in SUBJECT_OPENERS)
    return [
        f"w-2={word(i - 2)}", f"w-1={word(i - 1)}", f"w0={word(i)}", f"w1={word(i + 1)}",
        f"p-1={pos(i - 1)}", f"p0={pos(i)}", f"p1={pos(i + 1)}", f"t-1={tag(i - 1)}", f"t0={tag(i)}",
        f"p-1p0={pos(i - 1)}_{pos(i)}", f"p0p1={pos(i)}_{pos(i + 1)}",
        f"w-1w0={word(i - 1)}_{word(i)}", f"w0w1={word(i)}_{word(i + 1)}", f"t-1w0={tag(i - 1)}_{word(i)}",
        f"ss={t.sent_start}", f"dep0={t.dep}", f"hb={head_before}", f"dep0hb={t.dep}_{head_before}",
        f"cross={crossing}", f"dep-1={tags[i - 1].dep}_{tags[i - 1].head < i - 1}", f"t1t2={tag(i + 1)}_{tag(i + 2)}",
        f"dep-1dep0={tags[i - 1].dep}_{t.dep}", f"vb={verb_before}", f"va={verb_after}", f"subj={subject}",
        f"vb_va_subj={verb_before}_{verb_after}_{subject}", f"vb_subj_p-1={verb_before}_{subject}_{pos(i - 1)}",
    ]


MODEL_FILES = {"en": "boundaries_en.json", "fr": "boundaries_fr.json"}
"""The trained weights shipped beside this module, per language (`bench/train_boundaries.py` writes them)."""


@cache
def boundary_model(language: str) -> BoundaryModel | None:
    """The trained weights for `language`, or None where none were trained."""
    name = MODEL_FILES.get(language)
    return None if name is None else read_model(Path(__file__).with_name(name))


def read_model(path: Path) -> BoundaryModel:
    """The weights in `path`; a missing or broken file is one clear line, not a traceback."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return BoundaryModel({str(k): float(v) for k, v in data["weights"].items()},
                             float(data["bias"]), float(data["threshold"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"the judge's sentence-boundary weights ({path.name}) are missing or broken ({exc}); "
                         "reinstall rehearse with 'make run'") from None


LONG_RUN = 30
"""The model reads only runs of at least this many words between the sentence starts that pauses,
silences and openers gave. Where those already cut a speech into sentences it would only add cuts
at commas: in the tune passages 90 % of sentences are under 28 words (the median is 10). On the
tune split, 20, 30 and 40 scored alike (93.3 to 93.4 % with pauses, 92.4 to 92.6 % without)."""


def predicted_starts(tags: Sequence[Tagged], model: BoundaryModel, starts: Sequence[bool] = ()) -> set[int]:
    """Words the model starts a sentence at, inside runs of `LONG_RUN` words or more between `starts`."""
    marks = [i for i, s in enumerate(starts) if s and i > 0] + [len(tags)]
    out: set[int] = set()
    lo = 0
    for hi in marks:
        if hi - lo >= LONG_RUN:
            out.update(i for i in range(lo + 1, hi) if model.probability(tags, i) > model.threshold)
        lo = hi
    return out


def asked_again(texts: Sequence[str], g: Grammar) -> set[int]:
    """Questions run together: "can the Gao QRF carry a female medic on every call-out can the Ansongo
    engineers brief the village women …". A modal before "the" or "our" only opens a question (a
    statement puts the verb after its modal), so it starts a sentence unless a "where" or a "what"
    opens the question before it ("where can the women go")."""
    return {i for i in range(1, len(texts) - 1)
            if texts[i] in g.modals and texts[i + 1] in g.questioned_nouns and texts[i - 1] not in g.wh}
