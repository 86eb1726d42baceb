"""Practical examples: concrete actions, told apart without punctuation.

A practical example is who does what, where: an action verb near a concrete
object from the scenario's practical vocabulary, in a sentence that also names a
specific detail (a place, a unit, a time, a number). "We should integrate
gender" or "we need more awareness" has none of these and never counts.

tiny.en drops full stops, so sentences are found from words: enumerators
("second", "for example") and a speaker turning to a new proposal ("we will",
"I propose") open a new sentence. Inside a sentence, a new main verb opens a new
example ("deploy teams in Gao, appoint focal points, and add data"), while a
verb that only elaborates ("to talk with women", "talking at markets") extends
the example before it. The same example said twice counts once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rehearse.core.scenario import Element, Scenario
from rehearse.core.text import Token, find_any

SPECIFIC_BEFORE, SPECIFIC_AFTER = 8, 14
"""The concrete detail (place, unit, time, number) must sit this close to the action and its object."""
ACTION_BEFORE, ACTION_AFTER = 8, 4
"""How far the verb may stand from its object: "hold a monthly meeting with women's associations"
is five words; an object may come first only closely ("focal points trained in every battalion")."""
ELABORATION_BEFORE = frozenset("to who which that they them help helps let so".split())
MODALS = frozenset("can could will would should may might must shall".split())
PRONOUNS = frozenset("they it he she who which that them".split())
"""A verb right after one of these extends the example before it rather than opening a new one."""


@dataclass
class Example:
    lo: int
    hi: int
    action: int | None
    cues: set[str] = field(default_factory=set)


def _strong_segments(texts: list[str], scenario: Scenario) -> list[tuple[int, int]]:
    starts = sorted({0} | {s for s, _, _ in find_any(texts, scenario.examples.boundaries)})
    return list(zip(starts, starts[1:] + [len(texts)], strict=True))


def _is_new_clause(i: int, texts: list[str]) -> bool:
    """A verb opens a new example unless it only elaborates the last one.

    Elaborations: participles ("talking with women"), purpose and relative
    clauses ("to talk", "who meet", "so that they can meet"). Anything else is a
    new main verb, usually an imperative in a list: "put a team on every patrol,
    give each battalion a focal point, add the count to the report".
    """
    if texts[i].endswith(("ing", "ed")):
        return False  # "talking with women", "teams stationed in Gao": participles elaborate
    prev = texts[i - 1] if i > 0 else ""
    if prev in MODALS:  # "commanders should meet" is new; "so that they can meet" elaborates
        return i < 2 or texts[i - 2] not in PRONOUNS
    return prev not in ELABORATION_BEFORE


def _specifics(texts: list[str], scenario: Scenario) -> set[int]:
    pos = {s for s, _, _ in find_any(texts, scenario.examples.specifics)}
    return pos | {i for i, t in enumerate(texts) if t.isascii() and t.isdigit() and int(t) < 1000}


def _same_example(a: set[str], b: set[str]) -> bool:
    """Two examples naming mostly the same concrete things are one example said twice."""
    return bool(a and b) and len(a & b) / len(a | b) >= 0.5


def find_examples(element: Element, scenario: Scenario, tokens: list[Token]) -> list[tuple[int, int]]:
    """Token spans (lo, hi) of distinct practical examples, in order."""
    rules = scenario.examples
    texts = [t.text for t in tokens]
    actions = find_any(texts, rules.actions)
    abstract = [s for s, _, _ in find_any(texts, rules.abstract)]
    specifics = _specifics(texts, scenario)
    markers = {s for s, _, _ in find_any(texts, rules.markers)}
    vocab = sorted(h for cues in rules.vocabulary.values() for h in find_any(texts, cues))
    found: list[Example] = []
    for seg_lo, seg_hi in _strong_segments(texts, scenario):
        in_seg: list[Example] = []
        for vs, ve, cue in vocab:
            if not seg_lo <= vs < seg_hi:
                continue
            acts = [(s, e) for s, e, _ in actions if seg_lo <= s < seg_hi and (e <= vs or s >= ve)
                    and vs - ACTION_BEFORE <= s <= ve + ACTION_AFTER]
            if not acts and seg_lo not in markers:
                continue  # an enumerated concrete clause counts even if its verb was misheard
            a_s, a_e = min(acts, key=lambda a: abs(a[0] - vs)) if acts else (vs, ve)
            lo, hi = min(a_s, vs), max(a_e, ve)
            if any(lo - 3 <= p <= hi + 3 for p in abstract):
                continue
            if not any(max(seg_lo, lo - SPECIFIC_BEFORE) <= p < min(seg_hi, hi + SPECIFIC_AFTER) for p in specifics):
                continue
            action = a_s if acts else None
            same = next((x for x in in_seg if action is not None and x.action == action), None)
            if same is None and in_seg and (action is None or not _is_new_clause(action, texts)):
                same = in_seg[-1]
            if same:
                same.lo, same.hi = min(same.lo, lo), max(same.hi, hi)
                same.cues.add(cue)
            else:
                in_seg.append(Example(lo, hi, action, {cue}))
        found.extend(in_seg)
    kept: list[Example] = []
    for ex in found:
        if not any(_same_example(ex.cues, k.cues) for k in kept):
            kept.append(ex)
    return [(ex.lo, ex.hi) for ex in kept]
