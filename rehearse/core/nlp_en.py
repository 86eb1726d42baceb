"""English parses, repaired where the small model reads a present-tense verb as a noun.

Reading lower-case words with no punctuation, `en_core_web_sm` often tags the
verb after a unit and its place as a plural noun and hangs it in the
prepositional phrase: "the engineer platoon at bourem installs 24 solar lamps"
comes back as "at (bourem installs)", with no verb in the sentence, so the
judge hears no example. The same word in the past tense ("installed") is read
as the verb it is. (A verb that does not agree with its subject, as in "the
quick reaction force at sévaré carry at least one woman", is misread the same
way and left as it is: agreement is what tells such a verb from a noun.)

So a sentence with such a word is parsed again with that one word in the past
tense (from the subject's phrase on, when words before it take the subject as
their object). The new parse is kept only when the word then heads the
sentence with a subject before it and an object after it, and the old parse
had it where such a misreading puts it (`_misread_verb`); the word keeps its
text and its present-tense tag. Only nouns the lemmatiser's own verb index
knows as verbs are tried.
"""

from __future__ import annotations

from collections.abc import Callable

from rehearse.core.nlp_fr import Parsed

OBJECT_STARTS = frozenset("DET NUM ADJ NOUN PROPN PRON ADP ADV".split())
"""What may follow the verb: an object ("24 solar lamps", "a third"), or a word the tagger misreads ("aside", "at least")."""


def _bases(text: str, tag: str, verbs: frozenset[str]) -> list[str]:
    """The verb a noun-tagged word may be: "installs" -> "install", "carries" -> "carry", "carry" -> itself."""
    if tag == "NNS" and text.endswith("s"):
        forms = [text[:-1], text[:-2]] + ([text[:-3] + "y"] if text.endswith("ies") else [])
    elif tag == "NN":
        forms = [text]
    else:
        forms = []
    return [f for f in forms if len(f) > 2 and f in verbs]


def _past(base: str) -> str:
    return base + ("d" if base.endswith("e") else "ed")


def _heads_sentence(new: list[Parsed], old: list[Parsed], at: int) -> bool:
    """The re-read word is the sentence's verb, with a subject and an object, and the old parse
    had it where a verb misread would be (`_misread_verb`)."""
    v = new[at]
    if v.pos != "VERB" or v.dep != "ROOT":
        return False
    subjects = [i for i, w in enumerate(new) if w.head == at and w.dep == "nsubj" and i < at]
    objects = [i for i, w in enumerate(new) if w.head == at and w.dep == "dobj" and i > at]
    return bool(subjects and objects) and _misread_verb(old, subjects[0], at)


def _misread_verb(old: list[Parsed], subject: int, at: int) -> bool:
    """In the old parse, the subject headed its own phrase ("the engineer platooned" makes a word of a
    compound the subject), agrees with the verb ("the company … reserves", "the engineers … install":
    "the unit level" and "the patrols reports" are no verb), and the verb was either the root with that
    subject already, or the noun of a place phrase hung on it ("the platoon at bourem installs")."""
    s, v = old[subject], old[at]
    if s.dep in ("compound", "amod", "det", "nummod", "poss") or s.pos not in ("NOUN", "PROPN", "ADJ"):
        return False
    plural = s.tag in ("NNS", "NNPS") or any(w.head == subject and w.dep == "conj" for w in old)
    if plural != (v.tag == "NN"):
        return False
    if v.dep == "ROOT":
        return any(w.head == at and w.dep == "nsubj" for w in old[:at])
    between = old[subject + 1:at]
    return (v.dep == "pobj" and len(between) <= 4 and old[v.head].head == subject
            and not any(w.pos == "DET" for w in between))


def _clause_start(old: list[Parsed], at: int) -> int | None:
    """Where the subject's phrase begins, when the old parse hung the word on a place phrase of a noun
    ("on conduct the mp company in gow investigates": "the"); None in any other shape."""
    v = old[at]
    if v.dep != "pobj" or not (old[v.head].head < v.head < at):
        return None
    start = subject = old[v.head].head
    if not _misread_verb(old, subject, at):
        return None  # checked before any parse: a word that cannot be this subject's verb costs none
    while start > 0 and old[start - 1].dep in ("det", "compound", "amod", "nummod", "poss") and start - 1 < old[start - 1].head <= subject:
        start -= 1
    if start and old[start - 1].tag in ("IN", "WRB", "WDT", "WP"):
        return None  # "when the sector headquarters at timbuktu drafts …": a clause within another, read with it
    return start


def _from(old: list[Parsed], start: int) -> list[Parsed]:
    """The words of `old` from `start` on, as their own sentence (a head before `start` becomes the word itself)."""
    return [Parsed(p.text, p.lemma, p.pos, p.tag, p.dep, p.head - start if p.head >= start else k, p.sent_start)
            for k, p in enumerate(old[start:])]


def _reread(words: list[str], old: list[Parsed], at: int, starts: list[int],
            parse_sentence: Callable[[list[str]], list[Parsed]]) -> tuple[int, list[Parsed]] | None:
    """The first reading of `words` from one of `starts` on in which the word at `at` heads its clause."""
    for start in starts:
        new = parse_sentence(words[start:])
        if _heads_sentence(new, _from(old, start), at - start):
            return start, new
    return None


def repair_verbs(parsed: list[Parsed], verbs: frozenset[str], parse_sentence: Callable[[list[str]], list[Parsed]]) -> list[Parsed]:
    """`parsed`: a whole English doc. Every sentence with a present-tense verb read as a noun
    (module docstring) comes back parsed as the verb it is; other sentences are as given.
    `parse_sentence`: the same pipeline on a list of words read as one sentence.

    When words before the subject keep it from heading the sentence (in a long unpunctuated
    sentence, "… on conduct the mp company in gow investigates every complaint": "company" is
    read as the object of "conduct"), the sentence is read again from the subject's phrase on,
    and that part of it is replaced."""
    out = list(parsed)
    starts = [i for i, w in enumerate(parsed) if w.sent_start or i == 0] + [len(parsed)]
    for lo, hi in zip(starts, starts[1:], strict=False):
        old = [Parsed(p.text, p.lemma, p.pos, p.tag, p.dep, p.head - lo, p.sent_start) for p in parsed[lo:hi]]
        first_verb = lo + next((k for k, p in enumerate(old) if p.pos in ("VERB", "AUX")), hi - lo)
        for at in range(lo + 2, hi - 1):
            w = parsed[at]
            bases = _bases(w.text, w.tag, verbs) if parsed[at + 1].pos in OBJECT_STARTS else []
            if not bases or parsed[at - 1].pos not in ("NOUN", "PROPN", "ADJ"):
                continue
            clause = _clause_start(old, at - lo)  # (a whole sentence with a verb before is not read again: half the judge's time)
            words = [p.text for p in old]
            words[at - lo] = _past(bases[0])
            found = _reread(words, old, at - lo, ([0] if at < first_verb else []) + ([clause] if clause else []), parse_sentence)
            if found is None:
                continue
            start, new = found
            tag = "VBZ" if w.tag == "NNS" else "VBP"
            for k, p in enumerate(new):
                i = lo + start + k
                text, lemma = parsed[i].text, bases[0] if i == at else p.lemma
                out[i] = Parsed(text, lemma, p.pos, tag if i == at else p.tag, p.dep, p.head + lo + start, parsed[i].sent_start)
            break
    return out
