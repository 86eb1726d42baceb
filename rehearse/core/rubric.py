"""The rubric: did the speech say why, how, give practical examples, and ask?

Each element is judged on the words alone, never on punctuation (tiny.en often
drops it), within sliding windows of a few dozen words that stand in for
clauses. Cues come from the scenario file, so the same code judges any
exercise. Every finding carries evidence: the time and the quoted words.

The exercise's four elements (why, how, examples, ask) are judged on the
structure of clauses by `rehearse.core.judge`; this module dispatches to it and
keeps the cue-window judge for elements of kind "cues" that an instructor adds.
"""

from __future__ import annotations

from rehearse.core.judge import judge_structure
from rehearse.core.scenario import Element, Scenario
from rehearse.core.text import Token, find_any, quote
from rehearse.core.types import ElementResult, Evidence, Interval, Word

CONTEXT_WORDS = 4
"""Words of context quoted either side of the cues that matched."""
MAX_QUOTE_WORDS = 30


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


def judge_rubric(scenario: Scenario, tokens: list[Token], words: tuple[Word, ...],
                 speech: tuple[Interval, ...] = ()) -> list[ElementResult]:
    """Every element in the scenario's order: structural kinds from the judge, "cues" from cue windows.
    `speech`: the audio's voice-loud stretches (`VoiceFeatures.speech`), none for a bare transcript."""
    structural = judge_structure(scenario, tokens, words, speech)
    return [structural.get(e.id) or _judge_cues(e, tokens, words) for e in scenario.elements]


def purpose_stated(scenario: Scenario, tokens: list[Token], before: float) -> Evidence | None:
    """The first purpose cue said before `before` seconds, if any (bottom line up front)."""
    early = [t for t in tokens if t.start <= before]
    hits = find_any([t.text for t in early], scenario.purpose_cues)
    if not hits:
        return None
    s, e, _ = hits[0]
    return Evidence(round(early[s].start, 2), " ".join(t.text for t in early[s:e]))
