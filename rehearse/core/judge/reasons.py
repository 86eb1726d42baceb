"""Why and how: a reason tied to the mission, and a mechanism named.

Why. A sentence counts when it ties women, gender or the population to what
the force needs (information, protection, trust, its mandate...), or when it
gives a legal or mandate ground with an obligation ("resolution 1325 binds this
force"). "Important" or "a priority" alone is no reason, and a "because" about
a flight or the weather names nothing the force needs from gender.

How. A sentence counts when it names one of the force's own processes
(planning, orders, reporting, training, staffing, deployment) as the place
gender goes: with a verb that puts it there, or with gender in the same
sentence. A wish ("we should all be more aware") names no process.
"""

from __future__ import annotations

from rehearse.core.judge.english import CAUSAL, NEGATIONS
from rehearse.core.judge.view import View
from rehearse.core.scenario import Scenario

NEAR_WORDS = 30
"""A reason may run over two short sentences ("Women see what we miss. We lose half our information.")."""


def _sentences_with(view: View, need_all: list[set[int]]) -> list[tuple[int, int]]:
    out = []
    for lo, hi in view.sentences:
        if hi - lo < NEAR_WORDS:  # a short sentence reads together with the next one
            nxt = next(((a, b) for a, b in view.sentences if a == hi), None)
            span = (lo, nxt[1]) if nxt and nxt[1] - lo <= NEAR_WORDS * 2 else (lo, hi)
        else:
            span = (lo, hi)
        if all(any(span[0] <= i < span[1] for i in hits) for hits in need_all):
            out.append(span)  # the evidence quotes what was read together ("Why? Because…")
    return out


def _negation(word: str) -> bool:
    return word in NEGATIONS or word.endswith("n't")


def find_why(view: View, scenario: Scenario) -> list[tuple[int, int]]:
    terms = scenario.judge
    gender, needs = view.hits(terms.gender), view.hits(terms.needs)
    needs = needs - gender  # "1325" is a gender term; it does not also supply the reason
    harms = view.hits(terms.harms) - gender - needs
    linked = _sentences_with(view, [gender, needs])
    linked += _sentences_with(view, [gender, harms, view.hits(CAUSAL)])
    legal = _sentences_with(view, [view.hits(terms.mandate), view.hits(terms.obligations)])
    return sorted(set(linked) | set(legal))


def find_how(view: View, scenario: Scenario) -> list[tuple[int, int]]:
    terms = scenario.judge
    processes = view.hits(terms.processes)
    out = []
    for lo, hi in view.sentences:
        in_sentence = [i for i in processes if lo <= i < hi]
        if not in_sentence:
            continue
        rng = set(range(lo, hi))
        negated = {j for i in in_sentence for j in range(max(lo, i - 4), i) if _negation(view.tags[j].text)}
        if negated and len(in_sentence) < 2:
            continue  # "the logistics plan doesn't need any change" names a process but puts nothing in it
        gendered = rng & view.hits(terms.gender)
        integrating = rng & (view.hits(terms.integration) - processes)
        named = {view.tags[i].lemma for i in in_sentence}
        if (gendered or integrating) or len(named) >= 2:
            out.append((lo, hi))
    return out
