"""Needs said without a need word, and need words said as something else.

The why judge looks for what the force needs next to women or gender. Two shapes escape a word list: the
force's own want of information told as a denied verb of knowing ("the Force does not know what happens in
their villages", "and then we know nothing"), and a term of the scenario spelled like a pronoun ("not in
speeches like mine"), which names no landmine.
"""

from __future__ import annotations

from rehearse.core.judge.view import View


def not_needs(view: View, hits: set[int]) -> set[int]:
    """"Not in speeches like mine": a bare "mine", with no article or modifier, is the speaker's, not a landmine
    (the tagger calls it a noun either way; "the mine", "a mine on the road", "mine clearance" keep theirs)."""
    modified = ("det", "amod", "compound", "nummod", "poss")
    return {i for i in hits if view.tags[i].text in view.grammar.possessive_pronouns and view.tags[i].dep != "compound"
            and not any(view.tags[c].dep in modified for c in view.children(i))}


def in_the_dark(view: View, units: set[int]) -> set[int]:
    """"The Force does not know what happens in their villages", "we never hear it": the force's
    own want of information said as a denied verb of knowing, the information need in plain words."""
    g = view.grammar

    def force(j: int) -> bool:
        return j in units or view.tags[j].lemma in g.force_roles | g.the_force

    out = set()
    for v, t in enumerate(view.tags):
        if t.pos != "VERB" or t.lemma not in g.finding:
            continue
        kids = view.children(v)
        doer = next((c for c in kids if view.tags[c].dep == "nsubj"), None)
        blank = not any(view.tags[c].dep == "prep" for c in kids) and any(  # "and then we know nothing", not "… nothing about it"
            view.tags[c].dep == "dobj" and view.tags[c].text in g.negations and not view.children(c) for c in kids)
        if doer is None or not (blank or any(view.tags[c].dep == "neg" for c in kids)):
            continue
        ours = force(doer) or view.tags[doer].text in g.speakers - g.i_or_you or (  # "we", not "I don't know"
            view.tags[doer].text in g.resumptive and any(force(j) for j in range(max(0, doer - 3), doer)))  # "the force it"
        what = any(view.tags[c].dep in ("ccomp", "xcomp") or view.tags[c].dep == "dobj" and view.tags[c].text in g.pointers
                   for c in kids)  # "what happens", "it": not "nothing about this resolution" (training)
        if ours and (what or blank):
            out.add(v)
    return out
