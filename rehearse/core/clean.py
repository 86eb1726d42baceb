"""The cleaned view of a transcript: what the judge reads.

A listener hears through "um", "you know", "we, we send, uh, we send" and a
misheard place name; the judge must too. Cleaning drops fillers and discourse
markers (the same spans the filler count reports), collapses stutters and
repeated words, drops a restart abandoned at a filler, and maps the scenario's
known mishearings to the word meant ("tim buck two" -> "timbuktu").

Every kept token still points at the word as spoken (`Token.word`), so evidence
quotes the speaker, with times. The live checklist and the report both clean
through `clean_tokens`, so they agree.

The words this needs (markers, contractions, restart subjects) are per language:
`ENGLISH` here and `rehearse.core.clean_fr.FRENCH`, picked by the scenario's
language. French elisions are written out ("j'envoie" -> "je envoie", "qu'il" ->
"que il"), so the parser and the judge's word lists see the word that was elided.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from rehearse.core.fillers import filler_spans
from rehearse.core.scenario import Scenario
from rehearse.core.text import Token, find_any

DISCOURSE_MARKERS = frozenset("okay ok alright actually basically literally".split())
"""Words that carry no content in a spoken brief; left out of what the judge reads only."""
DETERMINERS = frozenset("your my our the an his her their".split())
"""After one of these, "ok" is a noun (a go-ahead), not a discourse marker."""
KIND_OF_KEEPERS = frozenset("what which this that the a any every some".split())
""""what kind of support" is content; "kind of" after anything else is a hedge-filler."""
MAX_REPEAT = 4
"""Longest word sequence collapsed when said twice in a row ("we send the, we send the medics")."""
CONTRACTIONS = {
    "we'll": "we will", "i'll": "i will", "they'll": "they will", "you'll": "you will", "it'll": "it will",
    "we'd": "we would", "i'd": "i would", "they'd": "they would", "you'd": "you would",
    "can't": "can not", "won't": "will not", "don't": "do not", "doesn't": "does not", "didn't": "did not",
    "isn't": "is not", "aren't": "are not", "wasn't": "was not", "weren't": "were not", "haven't": "have not",
    "we're": "we are", "i'm": "i am", "im": "i am", "it's": "it is", "that's": "that is", "let's": "let us",
    "you're": "you are", "they're": "they are", "we've": "we have", "i've": "i have", "there's": "there is",
    "what's": "what is", "who's": "who is", "couldn't": "could not", "wouldn't": "would not",
    "shouldn't": "should not", "ill": "i will", "youve": "you have", "thats": "that is", "dont": "do not",
}
"""Contractions written out, so the parser sees the modal and the negation as words of their own."""
RESTART_BACK = 2
"""A restart: this many words abandoned at a filler, then begun again with the same first word."""
RESTART_SUBJECTS = frozenset("we i they you he she".split())
"""A restart begins again with its subject ("we deploy, uh, we send"); "the women, um, the children" is a list."""


@dataclass(frozen=True)
class Cleaning:
    """One language's words for the cleaning (the English ones above, the French in `clean_fr`)."""

    discourse_markers: frozenset[str]
    determiners: frozenset[str]
    hedge_nouns: frozenset[str]
    """"kind" and "sort": with "of" after them a hedge-filler unless a `kind_of_keepers` word is before."""
    kind_of_keepers: frozenset[str]
    contractions: dict[str, str]
    restart_subjects: frozenset[str]
    elisions: dict[str, str]
    """An elided word before its apostrophe, written out ("qu" -> "que"); none in English."""
    letter_words: frozenset[str]
    """Single letters that are words: a run of spelled letters stops at them (French "il y a")."""
    branch_letters: dict[str, str] = field(default_factory=dict)
    """A staff branch's letter as the recogniser may spell it ("jay" -> "j"); `_branch_codes` joins it to its digit."""
    digit_words: dict[str, str] = field(default_factory=dict)
    """The branch digits as words ("three" -> "3")."""


BRANCH_LETTERS = {"j": "j", "jay": "j", "g": "g", "gee": "g", "u": "u", "s": "s"}
"""Letters of staff branches (J3, G2, U5, S3) as tiny.en writes them when it spells the code out."""
DIGIT_WORDS = {w: str(n) for n, w in enumerate("one two three four five six seven eight nine".split(), 1)}
ENGLISH = Cleaning(DISCOURSE_MARKERS, DETERMINERS, frozenset(("kind", "sort")), KIND_OF_KEEPERS, CONTRACTIONS,
                   RESTART_SUBJECTS, {}, frozenset(), BRANCH_LETTERS, DIGIT_WORDS)


def cleaning_for(language: str) -> Cleaning:
    """The cleaning words of a scenario's language; English for any other."""
    from rehearse.core.clean_fr import FRENCH

    return FRENCH if language == "fr" else ENGLISH


def _mishearings(tokens: list[Token], scenario: Scenario) -> list[Token]:
    if not scenario.judge.heard_as:
        return tokens
    texts = [t.text for t in tokens]
    out: list[Token] = []
    pos = 0
    for s, e, cue in find_any(texts, tuple(scenario.judge.heard_as)):
        out.extend(tokens[pos:s])
        first, last = tokens[s], tokens[e - 1]
        out.extend(Token(part, first.word, first.start, last.end) for part in scenario.judge.heard_as[cue].split())
        pos = e
    out.extend(tokens[pos:])
    return out


def _is_filler_like(i: int, texts: list[str], c: Cleaning) -> bool:
    if texts[i] in c.discourse_markers:
        return i == 0 or texts[i - 1] not in c.determiners  # "I need your ok today" is the ask
    if texts[i] in c.hedge_nouns and i + 1 < len(texts) and texts[i + 1] == "of":
        return i == 0 or texts[i - 1] not in c.kind_of_keepers
    if c.elisions:
        from rehearse.core.clean_fr import filler_genre

        return filler_genre(texts, i)
    return False


def clean_tokens(tokens: list[Token], scenario: Scenario) -> list[Token]:
    """The tokens a careful listener would judge, in order, each still tied to its spoken word."""
    c = cleaning_for(scenario.language)
    if c.elisions:
        tokens = _elisions(tokens, c)
    texts = [t.text for t in tokens]
    drop: set[int] = set()
    cut_at: set[int] = set()  # first kept index after a filler: a restart may begin there
    for s, e, _ in filler_spans(tokens, scenario):
        drop.update(range(s, e))
        cut_at.add(e)
    for i in range(len(texts)):
        if _is_filler_like(i, texts, c):
            drop.update((i, i + 1) if texts[i] in c.hedge_nouns else (i,))  # "kind of" goes whole
    out: list[Token] = []
    restart_points: set[int] = set()
    for i, tok in enumerate(tokens):
        if i in cut_at:
            restart_points.add(len(out))
        if i in drop:
            continue
        out.append(tok)
    out = _drop_restarts(out, restart_points, c)
    return _collapse_repeats(_expand(_mishearings(_spelled_acronyms(_branch_codes(_collapse_repeats(out, c.restart_subjects), c), c), scenario), c), c.restart_subjects)


def _branch_codes(tokens: list[Token], c: Cleaning = ENGLISH) -> list[Token]:
    """"Jay three writes one paragraph", "J-3 puts one line", "G two and J nine": a staff branch
    the recogniser spelled out (piper's voice gave "Jay three", "G two", "J nine" for J3, G2, J9 at
    two speeds; BENCHMARKS session 22) is read as its code, so the scenario's units find it."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        letter = c.branch_letters.get(tokens[i].text, "")
        digit = c.digit_words.get(tokens[i + 1].text, tokens[i + 1].text) if letter and i + 1 < len(tokens) else ""
        if len(digit) == 1 and digit in "123456789":
            out.append(Token(letter + digit, tokens[i].word, tokens[i].start, tokens[i + 1].end))
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return out


def _spelled_acronyms(tokens: list[Token], c: Cleaning = ENGLISH) -> list[Token]:
    """"the f p u in Gao", "the i d p site": an acronym the recogniser wrote letter by letter is read as
    one word ("fpu"), so the scenario's units and places find it. Two letters or more; "i" and "a"
    alone stay words."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        j = i
        while (j < len(tokens) and len(tokens[j].text) == 1 and tokens[j].text.isalpha()
               and tokens[j].text not in c.letter_words):
            j += 1
        if j - i >= 2 and not all(t.text in ("a", "i") for t in tokens[i:j]):
            out.append(Token("".join(t.text for t in tokens[i:j]), tokens[i].word, tokens[i].start, tokens[j - 1].end))
            i = j
        else:
            out.append(tokens[i])
            i += 1
    return out


def _expand(tokens: list[Token], c: Cleaning = ENGLISH) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        full = c.contractions.get(t.text, t.text)
        out.extend(Token(part, t.word, t.start, t.end) for part in full.split())
    return out


def _drop_restarts(tokens: list[Token], points: set[int], c: Cleaning = ENGLISH) -> list[Token]:
    """"we deploy, uh, we send": the words before the filler that the speaker began again are dropped."""
    keep = [True] * len(tokens)
    for p in points:
        j = p - RESTART_BACK
        if j >= 0 and p < len(tokens) and tokens[p].text in c.restart_subjects and tokens[j].text == tokens[p].text:
            keep[j:p] = [False] * RESTART_BACK
    return [t for t, k in zip(tokens, keep, strict=True) if k]


def _collapse_repeats(tokens: list[Token], subjects: frozenset[str] = RESTART_SUBJECTS) -> list[Token]:
    """A word or phrase said twice in a row is said once; the later copy (the corrected one) is kept,
    from the time the first copy began: "does a, [pause] a joint assessment" is one phrase, and the
    hesitation inside it is no pause between sentences. A word between two subjects is said twice on
    purpose: "if I may, may I have your permission" ends one clause and asks in the next."""
    out: list[Token] = []
    for i, tok in enumerate(tokens):
        if len(out) >= 2 and out[-1].text == tok.text and out[-2].text in subjects and i + 1 < len(tokens) and tokens[i + 1].text in subjects:
            out.append(tok)
            continue
        for n in range(MAX_REPEAT, 0, -1):
            if len(out) >= n and i + n <= len(tokens) and [t.text for t in out[-n:]] == [
                t.text for t in tokens[i : i + n]
            ]:
                tok = replace(tok, start=out[-n].start)
                del out[-n:]
                break
        out.append(tok)
    return out


def _elisions(tokens: list[Token], c: Cleaning) -> list[Token]:
    """"j'envoie" -> "je" "envoie", "qu'il" -> "que" "il", "s'il" -> "si" "il": each part keeps its spoken word."""
    out: list[Token] = []
    for t in tokens:
        rest = t.text
        while "'" in rest:
            head, _, tail = rest.partition("'")
            if head not in c.elisions or not tail:
                break
            word = "si" if head == "s" and tail in ("il", "ils") else c.elisions[head]
            out.append(Token(word, t.word, t.start, t.end))
            rest = tail
        out.append(Token(rest, t.word, t.start, t.end) if rest != t.text else t)
    return out
