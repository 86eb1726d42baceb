"""The drill as a whole: how the answers went, and the three things to fix first.

A trainee facing several questions needs the pattern, not a list of every miss: the
fix that would have helped the most answers comes first.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from rehearse.core.drill.verdict import VERDICTS, AnswerVerdict

MAX_FIXES = 3


def drill_fixes(answers: tuple[AnswerVerdict, ...] | list[AnswerVerdict]) -> tuple[str, ...]:
    """The fixes most answers share, most common first (ties: the earlier answer's order)."""
    counted: Counter[str] = Counter()
    for answer in answers:
        counted.update(list(dict.fromkeys(answer.fixes)))
    out = []
    for fix, n in counted.most_common(MAX_FIXES):
        out.append(fix if n == 1 else f"{fix} ({n} answers)")
    return tuple(out)


def verdict_counts(answers: tuple[AnswerVerdict, ...] | list[AnswerVerdict]) -> dict[str, int]:
    """How many answers got each verdict, best first, those with none left out."""
    counted = Counter(a.verdict for a in answers)
    return {v: counted[v] for v in VERDICTS if counted[v]}


def drill_dict(answers: tuple[AnswerVerdict, ...] | list[AnswerVerdict]) -> dict[str, Any]:
    """The drill's judgement as one JSON object: the answers, the verdict counts and the fixes."""
    return {"answers": [a.to_dict() for a in answers], "verdicts": verdict_counts(answers),
            "fixes": list(drill_fixes(answers))}
