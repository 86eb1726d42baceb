"""The structural judge: why, how, practical examples and the ask, read from clauses.

`judge_structure` cleans the words (fillers, stutters, restarts, known
mishearings), tags and parses them, and asks each element's judge which clauses
decide it. Every judgement carries those clauses as evidence, quoted as spoken
and timed; an example also says what was found (who, does what, where or when),
and a near miss says what was missing. See README "How rehearse judges".

The scenario's language picks the grammar words and the parser (`grammar.for_language`):
English and French are judged through the same rules.
"""

from __future__ import annotations

from rehearse.core.clean import clean_tokens
from rehearse.core.judge.ask import find_asks
from rehearse.core.judge.examples import find_examples, proposal_spans
from rehearse.core.judge.grammar import for_language
from rehearse.core.judge.mechanisms import find_how
from rehearse.core.judge.proposals import Example, NearMiss
from rehearse.core.judge.reasons import find_why
from rehearse.core.judge.silences import words_after_silences
from rehearse.core.judge.view import View, build_view
from rehearse.core.scenario import Element, Scenario
from rehearse.core.text import Token
from rehearse.core.types import ElementResult, Evidence, Interval, Word

MAX_NEAR_MISSES = 3


def _passages(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences that follow one another make one passage ("I ask you to sign it today. Will you
    approve it?" is one ask): a pause the recogniser heard a little longer or shorter between them
    must not change the count, live or from the file."""
    out: list[list[int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def _spans_result(element: Element, view: View, spans: list[tuple[int, int]]) -> ElementResult:
    evidence = [view.evidence(lo, hi) for lo, hi in _passages(spans)]
    return ElementResult(element.id, element.label, len(evidence) >= element.min, len(evidence), element.min, evidence)


def _examples_result(element: Element, view: View, found: list[Example], misses: list[NearMiss]) -> ElementResult:
    evidence = []
    for ex in found:
        where = f"where/when: {', '.join(ex.where or dict.fromkeys(ex.specifics))}"
        if ex.lemma:  # an imperative's doer is the force the commander directs
            note = f"who: {ex.actor or '(you)'} · does: {ex.lemma} · {where}"
        else:
            note = f"a numbered point (its verb not heard) · {where}"
        evidence.append(Evidence(view.evidence(ex.lo, ex.hi).start, view.evidence(ex.lo, ex.hi).text, note))
    near = [Evidence(view.evidence(m.lo, m.hi).start, view.evidence(m.lo, m.hi).text, m.missing)
            for m in misses[:MAX_NEAR_MISSES]]
    return ElementResult(element.id, element.label, len(found) >= element.min, len(found), element.min, evidence, near)


def judge_structure(scenario: Scenario, tokens: list[Token], words: tuple[Word, ...],
                    speech: tuple[Interval, ...] = ()) -> dict[str, ElementResult]:
    """Results for the scenario's structural elements (kinds why, how, examples, ask), by element id.
    `speech`: the audio's voice-loud stretches, where there is audio; its silences end sentences."""
    wanted = [e for e in scenario.elements if e.kind in ("why", "how", "examples", "ask")]
    if not wanted:
        return {}
    view = build_view(clean_tokens(tokens, scenario), words, for_language(scenario.language),
                      words_after_silences(words, speech))
    found, misses = find_examples(view, scenario)
    out: dict[str, ElementResult] = {}
    for element in wanted:
        if element.kind == "examples":
            out[element.id] = _examples_result(element, view, found, misses)
        elif element.kind == "why":
            out[element.id] = _spans_result(element, view, find_why(view, scenario, proposal_spans(view, scenario)))
        elif element.kind == "how":
            out[element.id] = _spans_result(element, view, find_how(view, scenario))
        else:
            out[element.id] = _spans_result(element, view, find_asks(view, scenario))
    return out
