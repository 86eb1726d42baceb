"""Telling proposals apart: the things an example acts on, and when two examples are one.

Two candidates are one example when one restates or elaborates the other: the
same core object ("the hotline" set up, then staffed), a doer that is the
earlier proposal itself ("the escort would also carry a radio"), or an explicit
"same". Objects are compared as things with their compounds and telling
adjectives ("water point" is not "focal point"), generic nouns left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from rehearse.core.judge.grammar import Grammar
from rehearse.core.judge.view import View

NOUN_POS = frozenset("NOUN PROPN NUM".split())
HEADING_GAP = 1
"""Sentences a numbered point said without a verb may stand before the one that tells it ("Second: the
checkpoints on the road Gao to Bourem. The women there avoid a man's search. We put female searchers …")."""


@dataclass
class Example:
    """One practical example: where it was said, what it does (verb lemma) to which things, where or when."""

    lo: int
    hi: int
    lemma: str
    objects: set[str]
    core: set[str]
    specifics: list[str]
    actor: str
    where: tuple[str, ...] = ()
    """The specifics as said, for the evidence: phrases, without the point's enumerator."""
    at: int = -1
    """Where the doer stands (a resumptive "they" looks for its unit just before it)."""
    points_back: bool = False
    """Its object points back at something already said ("those villages", "feed it back"): an elaboration."""
    shares_doer: bool = False
    """A second verb of the same doer ("… take a woman officer on the patrol and stop at the landing places")."""


@dataclass
class NearMiss:
    lo: int
    hi: int
    missing: str


def noun_key(view: View, i: int) -> str:
    """A noun as a thing: its compounds and telling adjectives with it ("water point", "focal point",
    "engagement team"), so a water point and a focal point are not one object."""
    mods = [c for c in view.children(i) if c < i and (view.tags[c].dep == "compound"
            or view.tags[c].dep == "amod" and view.tags[c].lemma not in view.grammar.plain_adjectives)]
    return " ".join([*(view.tags[c].lemma for c in mods), view.tags[i].lemma])


def thing_keys(view: View, span: list[int] | range) -> set[str]:
    keys = {noun_key(view, i) for i in span if view.tags[i].pos in NOUN_POS and view.tags[i].dep != "compound"}
    return keys - view.grammar.generic_nouns


def core_object(view: View, v: int) -> set[str]:
    """The direct object, as a thing ("engagement team"); generic nouns ("women", "staff") left out."""
    heads = [c for c in view.children(v) if view.tags[c].dep in ("dobj", "nsubjpass", "attr")]
    return thing_keys(view, heads)




def points_back(view: View, v: int, own: list[int]) -> bool:
    """"The patrol order will then task the team to visit those villages", "feed it back to the
    sector": the verb's object is a pronoun or a thing named with a demonstrative, so the clause
    goes on about a proposal already made. A date ("this quarter") points nowhere, and neither does a
    pronoun whose thing the same sentence named ("the company that runs the escort moves it")."""
    named_before = [j for j in own if j < v and view.tags[j].pos in NOUN_POS and view.tags[j].dep not in ("nsubj", "compound")]
    for i in (j for j in own if j > v):
        t = view.tags[i]
        if t.dep not in ("dobj", "pobj") or t.lemma in view.grammar.time_words:
            continue
        if t.text in view.grammar.pointers and t.pos == "PRON" and not named_before:
            return True  # "feed it back to the sector", "two vehicles for that"
        if t.dep == "dobj" and t.pos in NOUN_POS and any(view.tags[c].text in view.grammar.pointers - {"it", "them"} and view.tags[c].dep == "det"
                                     for c in view.children(i)):
            return True
    return False


def _content(ex: Example, g: Grammar) -> set[str]:
    return (ex.objects - g.generic_nouns) | {
        s for s in ex.specifics if s not in g.number_words and s not in g.time_words and not s.isdigit()
    }


def same_proposal(a: Example, b: Example, restates: bool, g: Grammar) -> bool:
    """One proposal said twice, or elaborated: see the module docstring."""
    if restates and _content(a, g) & _content(b, g):
        return True
    if b.actor and b.actor in (a.objects | {a.lemma}) - g.generic_nouns:
        return True
    shared = (a.core & b.objects | b.core & a.objects) - g.time_words - g.number_words
    return bool(shared)  # "one hour", "twice a week" in both is no shared thing


def said_before(view: View, found: list[Example], markers: list[int], lo: int) -> Example | None:
    """"… we will deploy them on that same Ménaka checkpoint": the thing called the same was named in the
    sentence of an earlier example, which this one restates ("the same thing in Kidal" names no thing)."""
    things = {view.tags[view.tags[r].head].lemma for r in markers
              if view.tags[view.tags[r].head].pos == "NOUN" and view.tags[r].head != r} - view.grammar.generic_nouns
    for k in reversed(found):
        start = view.sentence_of(k.lo)[0]
        if any(view.tags[j].lemma in things for j in range(start, min(k.hi, lo))):
            return k
    return None


def tells_heading(view: View, heading: Example, ex: Example, lo: int) -> bool:
    """A numbered point said without a verb, then a sentence with a verb: the sentence tells the point. When
    the speaker is its doer, a number was lost ("First, mixed teams in Gao. I trained gender focal point in
    every battalion …", where "second" was misheard), or the speaker steps in ("I will teach it myself")."""
    if heading.lemma or not ex.lemma or view.enumerated(lo) or view.sentence_of(heading.lo)[1] != heading.hi:
        return False  # the heading has told its point already ("Two things. The J5 puts … And the J7 gets …")
    between = [s for s, _ in view.sentences if heading.hi <= s < lo]
    if len(between) > HEADING_GAP or any(view.enumerated(s) for s in between):
        return False
    return ex.actor not in view.grammar.i_or_you
