"""The rubric: did the speech say why, how, give practical examples, and ask?

Each element is judged on the words alone, never on punctuation (tiny.en often
drops it), within sliding windows of a few dozen words that stand in for
clauses. Cues come from the scenario file, so the same code judges any
exercise. Every finding carries evidence: the time and the quoted words.

A practical example is a concrete action: an action verb, near a concrete
object from the scenario's practical vocabulary, near a specific detail (a
place, a unit, a time, a number). "We should integrate gender" or "we need
more awareness" has none of these and never counts. Distinct examples are
distinct vocabulary groups, so naming patrols twice is one example.
"""

from __future__ import annotations

from rehearse.core.scenario import Element, Scenario
from rehearse.core.text import Token, find_any, quote
from rehearse.core.types import ElementResult, Evidence, Word

CONTEXT_WORDS = 4
"""Words of context quoted either side of the cues that matched."""
MAX_QUOTE_WORDS = 30
PAUSE_BOUNDARY_S = 0.45
"""A silence this long between words usually ends a sentence (Whisper's gaps are shrunk, so we err short)."""
MERGE_TOKENS = 6
"""Concrete details this close inside one clause belong to one example."""
LINKING_WORDS = frozenset("to and with in at so which who that where for by or but then".split())


def _evidence(tokens: list[Token], words: tuple[Word, ...], lo: int, hi: int) -> Evidence:
    lo = max(0, lo - CONTEXT_WORDS)
    hi = min(len(tokens), hi + CONTEXT_WORDS, lo + MAX_QUOTE_WORDS)
    return Evidence(start=round(tokens[lo].start, 2), text=quote(tokens, words, lo, hi))


def _judge_cues(element: Element, tokens: list[Token], words: tuple[Word, ...]) -> ElementResult:
    texts = [t.text for t in tokens]
    hits = [find_any(texts, group) for group in element.groups]
    spans: list[tuple[int, int]] = []
    if hits and all(hits):
        for s0, e0, _ in hits[0]:
            lo, hi = s0, e0
            ok = True
            used = [(s0, e0)]
            for group_hits in hits[1:]:
                # Each group needs its own words: "directive" must not be both the verb and the object.
                near = [
                    (s, e) for s, e, _ in group_hits
                    if abs(s - s0) <= element.window and all(e <= us or s >= ue for us, ue in used)
                ]
                if not near:
                    ok = False
                    break
                s, e = min(near, key=lambda h: abs(h[0] - s0))
                used.append((s, e))
                lo, hi = min(lo, s), max(hi, e)
            if ok:
                spans.append((lo, hi))
    merged = _merge(spans, gap=element.window // 2)
    evidence = [_evidence(tokens, words, lo, hi) for lo, hi in merged]
    return ElementResult(
        element.id, element.label, len(evidence) >= element.min, len(evidence), element.min, evidence
    )


def _merge(spans: list[tuple[int, int]], gap: int) -> list[tuple[int, int]]:
    """Join spans that overlap or nearly touch: one passage is one piece of evidence."""
    out: list[list[int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1] + gap:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def _specific_positions(texts: list[str], scenario: Scenario) -> set[int]:
    pos = {s for s, _, _ in find_any(texts, scenario.examples.specifics)}
    pos |= {i for i, t in enumerate(texts) if t.isascii() and t.isdigit() and int(t) < 1000}
    return pos


def clause_starts(tokens: list[Token], scenario: Scenario) -> list[int]:
    """Token indices where a new clause (a new point) begins, judged without punctuation.

    Boundaries: enumerators ("second", "for example"), a speaker turning to a new
    proposal ("we will", "I propose"), and a pause of PAUSE_BOUNDARY_S between
    words. A clause that opens with a linking word ("to", "and", "with"...) continues
    the one before: "deploy teams ... [pause] to talk with women at markets" is one example.
    """
    texts = [t.text for t in tokens]
    starts = {0}
    starts |= {s for s, _, _ in find_any(texts, scenario.examples.boundaries)}
    for i in range(1, len(tokens)):
        if tokens[i].start - tokens[i - 1].end >= PAUSE_BOUNDARY_S:
            starts.add(i)
    return sorted(i for i in starts if i == 0 or texts[i] not in LINKING_WORDS)


def _segments(tokens: list[Token], scenario: Scenario) -> list[tuple[int, int]]:
    if not tokens:
        return []
    starts = clause_starts(tokens, scenario)
    return list(zip(starts, starts[1:] + [len(tokens)], strict=True))


def _judge_examples(element: Element, scenario: Scenario, tokens: list[Token], words: tuple[Word, ...]) -> ElementResult:
    """Concrete actions, one per clause region, repeated examples counted once."""
    rules = scenario.examples
    texts = [t.text for t in tokens]
    actions = find_any(texts, rules.actions)
    abstract = [s for s, _, _ in find_any(texts, rules.abstract)]
    specifics = _specific_positions(texts, scenario)
    vocab = [(s, e, group) for group, cues in rules.vocabulary.items() for s, e, _ in find_any(texts, cues)]
    regions: list[tuple[int, int, set[str]]] = []
    for seg_lo, seg_hi in _segments(tokens, scenario):
        found: list[tuple[int, int, str]] = []
        for vs, ve, group in vocab:
            if not (seg_lo <= vs < seg_hi):
                continue
            acts = [(s, e) for s, e, _ in actions if seg_lo <= s < seg_hi and (e <= vs or s >= ve)
                    and vs - element.window <= s <= ve + element.window // 2]
            if not acts:
                continue
            a_s, a_e = min(acts, key=lambda a: abs(a[0] - vs))
            lo, hi = min(a_s, vs), max(a_e, ve)
            if any(lo - 3 <= p <= hi + 3 for p in abstract):
                continue
            if not any(seg_lo <= p < seg_hi for p in specifics):
                continue
            found.append((lo, hi, group))
        for lo, hi, group in sorted(found):
            if regions and regions[-1][0] >= seg_lo and lo <= regions[-1][1] + MERGE_TOKENS:
                last = regions[-1]
                regions[-1] = (min(last[0], lo), max(last[1], hi), last[2] | {group})
            else:
                regions.append((lo, hi, {group}))
    seen: set[str] = set()
    evidence = []
    for lo, hi, groups in regions:
        if groups <= seen:
            continue  # the same example again, perhaps in another place
        seen |= groups
        evidence.append(_evidence(tokens, words, lo, hi))
    return ElementResult(element.id, element.label, len(evidence) >= element.min, len(evidence), element.min, evidence)


def judge_rubric(scenario: Scenario, tokens: list[Token], words: tuple[Word, ...]) -> list[ElementResult]:
    results = []
    for element in scenario.elements:
        if element.kind == "examples":
            results.append(_judge_examples(element, scenario, tokens, words))
        else:
            results.append(_judge_cues(element, tokens, words))
    return results


def purpose_stated(scenario: Scenario, tokens: list[Token], before: float) -> Evidence | None:
    """The first purpose cue said before `before` seconds, if any (bottom line up front)."""
    early = [t for t in tokens if t.start <= before]
    hits = find_any([t.text for t in early], scenario.purpose_cues)
    if not hits:
        return None
    s, e, _ = hits[0]
    return Evidence(round(early[s].start, 2), " ".join(t.text for t in early[s:e]))
