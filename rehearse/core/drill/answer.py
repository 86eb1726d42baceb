"""Judging one answer to one of the commander's questions.

An answer is a short take, so it is analysed by the same `analyze` as a brief,
against the scenario cut to the answer: the limit and cards scaled to `answer_s`,
and a checklist made of what the question expects (an example, a reason, a process,
a decision: the rubric's own structural judges). That report gives time, pace,
fillers, hedges and the expected content with quoted, timed evidence. On top, the
drill reads the answer's first sentence: does it take up the question, and, for a
yes/no question, does it say yes or no?
"""

from __future__ import annotations

from dataclasses import replace

from rehearse.core.clean import clean_tokens
from rehearse.core.drill import content
from rehearse.core.drill.verdict import AnswerVerdict, Check, Delivery, Verdict
from rehearse.core.judge.grammar import for_language
from rehearse.core.judge.view import View, build_view
from rehearse.core.questions import Question
from rehearse.core.report_model import Report
from rehearse.core.scenario import Element, Scenario
from rehearse.core.text import tokenize
from rehearse.core.types import Word

RUBRIC_KINDS = {"example": "examples", "reason": "why", "process": "how", "decision": "ask"}
"""Expectations judged by the rubric's structural judges, and the element kind that judges each."""
CUT_OFF_MARGIN_S = 1.0
"""Still speaking this close to the limit: the answer was cut off by the clock, not finished."""
MIN_WORDS = 3
"""Fewer words than this is no answer ("um, sir")."""


def answer_scenario(scenario: Scenario, question: Question) -> Scenario:
    """The scenario as one answer is judged: the limit is the question's, the cards scaled to it,
    and the checklist is what the question expects, each judged by the rubric's own judge."""
    scale = question.answer_s / scenario.limit_s
    elements = tuple(Element(id=name, label=name, kind=RUBRIC_KINDS[name], min=1)
                     for name in question.expects if name in RUBRIC_KINDS)
    return replace(scenario, limit_s=question.answer_s, green_s=scenario.green_s * scale,
                   yellow_s=scenario.yellow_s * scale, red_s=question.answer_s, grace_s=0.0,
                   opening_window_s=question.answer_s, elements=elements, questions=())


def _answer_first(question: Question, view: View, found: dict[str, Check]) -> Check:
    span = content.opening(view)
    lo, hi = span
    if hi <= lo:
        return Check("answer_first", False, "nothing was said")
    said = view.evidence(lo, hi)
    if question.yes_no:
        at = content.yes_or_no(view, span)
        if at is None:
            return Check("answer_first", False, "a yes/no question, and the first sentence says neither", (said,))
        return Check("answer_first", True, f"'{view.tokens[at].text}' in the first sentence", (said,))
    early = [c.name for c in found.values() if c.passed and any(e.start <= view.tokens[hi - 1].end for e in c.evidence)]
    shared = content.takes_up(view, span, content.question_terms(question.text))
    if shared:
        words = ", ".join(dict.fromkeys(view.tokens[i].text for i in shared))
        return Check("answer_first", True, f"the first sentence takes up the question ({words})", (said,))
    if early:
        return Check("answer_first", True, f"the first sentence gives the {early[0]} asked for", (said,))
    return Check("answer_first", False, "the first sentence does not take up the question", (said,))


def _expected(question: Question, report: Report, view: View) -> dict[str, Check]:
    out: dict[str, Check] = {}
    for name in question.expects:
        if name in RUBRIC_KINDS:
            element = report.rubric.get(name)
            evidence = element.evidence if element else ()
            detail = f"found: '{evidence[0].text}'" if evidence else "none heard"
            out[name] = Check(name, bool(evidence), detail, tuple(evidence[:2]))
        elif name in ("number", "cost"):
            hits = content.numbers(view) if name == "number" else content.costs(view)
            found = content.evidence_at(view, hits)
            detail = f"found: '{found[0].text}'" if found else ("no number heard" if name == "number"
                                                                else "no amount of troops, time or money heard")
            out[name] = Check(name, bool(found), detail, found)
    return out


def _delivery(question: Question, report: Report) -> Delivery:
    minutes = report.duration_s / 60.0
    cut_off = report.speech_end_s > question.answer_s - CUT_OFF_MARGIN_S and not report.no_speech
    return Delivery(report.duration_s, question.answer_s, cut_off, report.pace.wpm,
                    report.pace.verdict if report.words else "unknown", report.fillers.per_minute,
                    len(report.language.hedges) / minutes if minutes > 0 else 0.0, report.words)


def _verdict(first: Check, expected: tuple[Check, ...], delivery: Delivery) -> Verdict:
    if delivery.words < MIN_WORDS:
        return "no answer"
    if delivery.cut_off:
        return "too long"
    if not first.passed and not any(c.passed for c in expected):
        return "evasive"
    return "good" if first.passed and all(c.passed for c in expected) else "partial"


def _fixes(question: Question, first: Check, expected: tuple[Check, ...], delivery: Delivery) -> tuple[str, ...]:
    if delivery.words < MIN_WORDS:
        return ("Say something: a short answer and a promise to come back beats silence.",)
    out = []
    if delivery.cut_off:
        out.append(f"Finish inside {question.answer_s:g} s: lead with the answer, then one reason, then stop.")
    if not first.passed:
        out.append("Say yes or no first, then why." if question.yes_no
                   else "Answer in your first sentence; the background can follow.")
    out += [f"Give {c.label}." for c in expected if not c.passed]
    if delivery.hedges_per_min >= 4:
        out.append("Drop the hedges ('I think', 'maybe'): say it as a recommendation.")
    return tuple(out[:3])


def judge_answer(question: Question, report: Report, scenario: Scenario) -> AnswerVerdict:
    """The verdict on one answer, from its report (made with `answer_scenario`) and its words."""
    words: tuple[Word, ...] = report.transcript.words
    view = build_view(clean_tokens(tokenize(words), scenario), words, for_language(scenario.language))
    expected = _expected(question, report, view)
    first = _answer_first(question, view, expected)
    checks = tuple(expected[name] for name in question.expects if name in expected)
    delivery = _delivery(question, report)
    return AnswerVerdict(question, _verdict(first, checks, delivery), first, checks, delivery,
                         report.transcript.text, _fixes(question, first, checks, delivery))
