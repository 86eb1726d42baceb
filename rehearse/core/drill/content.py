"""Reading an answer's words: its first sentence, a plain yes or no, numbers and what they count.

The commander judges an answer by its opening. The recogniser often drops full
stops, so "the first sentence" is the judge's first clause (`rehearse.core.judge.view`:
pauses in the voice, the parser, openers), never punctuation. A courtesy alone
("Sir.") is no sentence: the next one is read with it.
"""

from __future__ import annotations

from rehearse.core import nlp
from rehearse.core.judge.english import GENERIC_NOUNS, NOT_ACTIONS, NUMBER_WORDS, TIME_WORDS
from rehearse.core.judge.view import View
from rehearse.core.text import normalise
from rehearse.core.types import Evidence

SHORT_OPENING = 3
"""Words a first sentence needs before it can answer anything: "Sir." or "General, yes" reads on."""
YES_NO = frozenset("yes no yeah yep nope absolutely certainly correct".split())
"""A plain answer to a yes/no question. "Not today" counts through "not" only as the first word."""
ZERO = frozenset("no zero none nothing not".split())
"""Quantities that are a cost too: "it costs you no extra troops" answers "how many?"."""
CONTENT_POS = frozenset("NOUN PROPN VERB ADJ NUM".split())
QUESTION_FILLER = frozenset("do be have get make give thing sir general".split())
"""Words of the question too light to show that an answer takes it up."""
COUNTED_WITHIN = 3
"""A cost is a quantity with the thing it counts close after it: "two officers", "no extra troops"."""
OWN_WORDS = frozenset("request point thing question word idea suggestion proposal ask remark message".split())
"""What a speaker counts in their own speech ("I have one request", "two points"): no quantity of
anything the commander spends (a drill report showed "one request" passing "how many troops")."""


def opening(view: View) -> tuple[int, int]:
    """Token span of the answer's first sentence (read on past a courtesy of fewer than SHORT_OPENING words)."""
    if not view.sentences:
        return 0, 0
    lo, hi = view.sentences[0]
    for a, b in view.sentences[1:]:
        if hi - lo >= SHORT_OPENING or a != hi:
            break
        hi = b
    return lo, hi


def question_terms(question: str) -> frozenset[str]:
    """Content lemmas of the question: an opening that takes one up is talking about it."""
    texts = tuple(normalise(question))
    tags = nlp.tag(texts)
    out = {t.lemma for t in tags if t.pos in CONTENT_POS and t.lemma not in QUESTION_FILLER}
    return frozenset(out | {t.text for t in tags if t.pos == "NUM" or t.text.isdigit()})


def takes_up(view: View, span: tuple[int, int], terms: frozenset[str]) -> list[int]:
    """Indices in `span` whose lemma (or word) is one of the question's terms."""
    lo, hi = span
    return [i for i in range(lo, hi) if view.tags[i].lemma in terms or view.tokens[i].text in terms]


def yes_or_no(view: View, span: tuple[int, int]) -> int | None:
    """Index of a plain yes or no in the span, None if there is none."""
    lo, hi = span
    for i in range(lo, hi):
        word = view.tokens[i].text
        if word in YES_NO or (word == "not" and i == lo):
            return i
    return None


def _is_number(word: str) -> bool:
    return word.isdigit() or word.rstrip("s").isdigit() or word in NUMBER_WORDS


def _counted(view: View, i: int) -> int | None:
    """Index of the noun a quantity at `i` counts (within COUNTED_WITHIN words), None if none."""
    after = range(i + 1, min(i + 1 + COUNTED_WITHIN, len(view.tokens)))
    return next((j for j in after if view.tags[j].pos == "NOUN"), None)


def _counts_own_words(view: View, i: int) -> bool:
    counted = _counted(view, i)
    return counted is not None and view.tags[counted].lemma in OWN_WORDS


def numbers(view: View) -> list[int]:
    """Indices of numbers said ("two", "40", "half", "percent"); "one" as a pronoun ("this one") is none,
    nor is a count of the speaker's own words ("one request")."""
    out = []
    for i, tok in enumerate(view.tokens):
        pronoun = tok.text == "one" and view.tags[i].pos == "NOUN"
        if _is_number(tok.text) and not pronoun and not _counts_own_words(view, i):
            out.append(i)
    return out


def costs(view: View) -> list[int]:
    """Indices of quantities tied to what they count ("two officers", "no extra vehicles", "three days")."""
    out = []
    for i, tok in enumerate(view.tokens):
        if not (_is_number(tok.text) or tok.text in ZERO):
            continue
        counted = _counted(view, i)
        if counted is None or view.tags[counted].lemma in OWN_WORDS:
            continue
        word = view.tokens[counted].text
        if tok.text in ZERO and (word in TIME_WORDS or view.tags[counted].lemma in NOT_ACTIONS):
            continue  # "no time to lose", "not a cost": a zero with no count
        if word in GENERIC_NOUNS or word in TIME_WORDS or word.endswith("s") or _is_number(tok.text):
            out.append(i)
    return out


def evidence_at(view: View, indices: list[int]) -> tuple[Evidence, ...]:
    """The sentences holding these words, quoted as spoken and timed (first two)."""
    spans = list(dict.fromkeys(view.sentence_of(i) for i in indices))[:2]
    return tuple(view.evidence(lo, hi) for lo, hi in spans)
