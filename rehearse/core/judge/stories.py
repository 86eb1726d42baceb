"""Whether a clause tells what happened: a story proposes nothing for this force.

A past tense tells a story, but "put", "set" and "cut" look past when they are
not, a past tense after "if" supposes a plan, and a future date on the verb
says the tense was misheard. A date in the past on the verb itself makes a
story whatever tense the speaker's grammar gives it, and a verb joined to such
a clause by "and" goes on telling it. The speaker saying who they are ("I am
working as military gender advisor since eight weeks") tells nothing to do either.
"""

from __future__ import annotations

from rehearse.core.judge.clauses import Context, doer_of, own_span, starts_ahead, unit_before
from rehearse.core.judge.plan_shapes import has_modal, supposed
from rehearse.core.judge.view import View


def told(view: View, v: int, ctx: Context) -> bool:
    """A past-tense clause: a story. "put", "set" and "cut" look past when they are not: "we put a
    mixed team at the gate" and a clause-opening "put a woman on every shift" are proposals."""
    t, doer = view.tags[v], doer_of(view, v)
    if supposed(view, v):
        return False  # "if the QRF took a female medic on every call-out": supposed, not told
    if dated_ahead(view, v):
        return False  # "I trained gender focal point in every battalion headquarters by next month": "a trained", misheard
    clause_opening = doer is None and v <= view.sentence_of(v)[0] + 2
    ours = doer is not None and (view.tags[doer].text in view.grammar.speakers or doer in ctx.units
                                 or view.tags[doer].lemma in view.grammar.force_roles
                                 or view.tags[doer].text in view.grammar.resumptive and unit_before(view, doer, ctx))
    return not (t.text == t.lemma and (clause_opening or ours))


def dated_ahead(view: View, v: int) -> bool:
    """A future date on the verb itself ("by next month", "tomorrow"): no story is told in the future
    ("the next day our column passed that bridge" is the story's own next day)."""
    g = view.grammar
    for c in view.children(v):
        dated = [c, *view.children(c), *(k for j in view.children(c) for k in view.children(j))]
        ahead = [i for i in dated if view.tags[i].text in g.future_markers and not (i > 0 and view.tags[i - 1].text in g.the)]
        if ahead and any(view.tags[i].text in g.time_words for i in dated):  # "tomorrow" is a time word itself
            return True
    return False


def dated_past(view: View, v: int) -> bool:
    """"Last month we treat two hundred patients", "two weeks ago the team goes …": a date in the past
    on the verb itself makes the clause a story, whatever tense the speaker's grammar gives it (a
    "because … last week" inside the clause dates something else)."""
    g = view.grammar
    for c in view.children(v):
        dated = [c, *view.children(c)]
        if any(view.tags[i].text in g.past_markers for i in dated) and any(view.tags[i].text in g.time_words for i in dated):
            return True
    return False


def joined_to_past(view: View, v: int) -> bool:
    """"Last year the UN recorded two hundred cases and in our hospital we treat only six": a verb joined
    by "and" to one dated in the past goes on with the story, unless it has a modal or a date of its own."""
    t = view.tags[v]
    if t.dep != "conj" or t.head == v or view.tags[t.head].pos != "VERB" or not dated_past(view, t.head):
        return False
    return not (has_modal(view, v) or starts_ahead(view, own_span(view, v)))


def introduces_self(view: View, v: int) -> bool:
    """"I am working as military gender advisor in this headquarters since eight weeks", "I serve as the
    adviser in Gao": the speaker saying who they are, in a role of the force, proposes nothing."""
    g, doer = view.grammar, doer_of(view, v)
    if doer is None or view.tags[doer].text not in g.i_or_you:
        return False
    for c in view.children(v):
        if view.tags[c].text in g.serving_as and any(view.tags[k].lemma in g.force_roles for k in view.children(c)):
            return True
    return False

