"""Points said without a verb: a numbered point whose verb the recogniser lost ("Three. Kidal camp.
Lights on the path to the latrines, forty of them, by June."), and the phrases that follow "what I want
is simple" ("Two women searchers at the Gao gate, every shift. A women's hour at the hospital …").
"""

from __future__ import annotations

from rehearse.core.judge.asides import civilian_doer
from rehearse.core.judge.clauses import Context, doer_of, is_main
from rehearse.core.judge.proposals import NOUN_POS, Example, thing_keys
from rehearse.core.judge.specifics import as_said, specifics_in
from rehearse.core.judge.view import View

VERBLESS_MAX = 45
"""A numbered point without a verb is short ("three, solar lights on the path to the latrines in Ber")."""


def _main_action(view: View, i: int, ctx: Context) -> bool:
    """A verb that would carry its own proposal. A place name mis-tagged as a verb, or a misheard word
    taken for a verb without an object ("meetings with women's associations and kiddled"), is none."""
    t = view.tags[i]
    takes_object = any(view.tags[c].dep in ("dobj", "attr", "dative") for c in view.children(i))
    return (t.pos == "VERB" and t.lemma not in view.grammar.not_actions and is_main(view, i) and takes_object
            and i not in ctx.places and i not in ctx.units)


NOUN_LIKE_VERBS = frozenset("pcomp amod acl".split())
"""Verbs inside a phrase with no verb of its own: "one line on what women told our patrols", "a trained officer"."""


def addressed(view: View, lo: int, hi: int) -> bool:
    """"Your signature on the change to the operations order": what the commander gives is the ask."""
    return any(view.tags[i].text in view.grammar.your | view.grammar.you for i in range(lo, hi))


def wants_what_follows(view: View, lo: int, hi: int) -> bool:
    """"So what I want is simple.", "Here is what I propose:": a wanting verb with no thing wanted
    announces the phrases that follow ("Two women searchers at the Gao gate, every shift. …")."""
    g = view.grammar
    for v in range(lo, hi):
        if view.tags[v].lemma not in g.wanting or view.tags[v].pos != "VERB":
            continue
        doer = doer_of(view, v)
        if doer is not None and view.tags[doer].text in g.speakers:
            wanted = [c for c in view.children(v) if view.tags[c].dep in ("dobj", "xcomp", "ccomp") and view.tags[c].text not in g.wh]
            if not wanted:
                return True
    return False


def point_without_verb(view: View, lo: int, hi: int, ctx: Context) -> Example | None:
    """A numbered point whose verb the recogniser lost: concrete nouns and a specific are enough."""
    span = [i for i in range(lo, hi) if i not in view.opened]
    if len(span) > VERBLESS_MAX or any(_main_action(view, i, ctx) and not civilian_doer(view, i, ctx) for i in span):
        return None
    if any(view.tags[i].dep == "nsubj" and view.tags[i].text in view.grammar.i_or_you for i in span):
        return None  # "Engineer officer, I understand the constraints": the speaker talking, not a lost verb
    words = {view.tags[i].text for i in span}
    nouns = {view.tags[i].lemma for i in span if view.tags[i].pos in NOUN_POS} - view.grammar.generic_nouns - view.grammar.time_words
    nouns -= view.grammar.number_words | {w for w in words if w.isdigit()}
    positions = specifics_in(view, span, ctx.places | ctx.units, documents=ctx.documents)
    specifics = [view.tags[i].text for i in positions]
    if len(span) < 5 or len(nouns) < 2 or not specifics or any(i in ctx.abstract or i in ctx.elsewhere for i in span):
        return None
    if any(view.tags[i].text in view.grammar.past_markers or i in ctx.harms for i in span):
        return None  # "Mopti region, last year: four hundred cases": a figure for the why, not a point to act on
    heads = [i for i in span if view.tags[i].dep in ("attr", "dobj", "nsubj", "ROOT")]
    return Example(lo, hi, "", thing_keys(view, span), thing_keys(view, heads) or nouns, specifics, "",
                   where=as_said(view, positions))
