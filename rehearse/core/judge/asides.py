"""Clauses that look like proposals and are not, or that only go on with one.

The example judge asks these of a candidate verb: a signpost across the map
("start in Gao"), a negated wish, a civilian's purpose inside a numbered point,
a second verb of the same doer, where the ask to the commander begins, a
noun the parser read as a verb ("step two", "the vehicle holdings"), and the
unit that acts when the parser took a heading for the doer ("boats on the
Niger: the riverine unit in Mopti carries …").
"""

from __future__ import annotations

from rehearse.core.judge.clauses import Context, doer_of, force_actor, names_unit
from rehearse.core.judge.proposals import NOUN_POS
from rehearse.core.judge.view import View


def civilian_doer(view: View, v: int, ctx: Context) -> bool:
    """"… so local women can come and report something": what civilians then do is the point's purpose."""
    actor = doer_of(view, v)  # a verb joined by "and" has its head's subject ("can come and report")
    return actor is not None and actor in ctx.civilians


def before_address(view: View, v: int, own: list[int]) -> list[int]:
    """The verb's words up to a "sir" after it: "… lights at the IDP site, because that is where the
    attacks happen, so sir, can we have your approval": the address starts the ask, a clause of its own."""
    cut = next((i for i in own if i > v and view.tags[i].text in view.grammar.addresses), None)
    return [i for i in own if cut is None or i < cut]


def shares_doer(view: View, v: int) -> bool:
    """A verb joined by "and" to the one before, with no subject of its own: the same doer goes on."""
    t = view.tags[v]
    return t.dep == "conj" and t.head < v and not any(
        view.tags[c].dep in ("nsubj", "nsubjpass", "aux") for c in view.children(v))  # "… and the QRF could add …": its own


def negated(view: View, v: int) -> bool:
    """"we will not send …", and "I do not want to praise myself": a negation on the verb, or on the
    wanting verb it completes."""
    heads = [v] + ([view.tags[v].head] if view.tags[v].dep == "xcomp" else [])
    return any(view.tags[c].text in view.grammar.negations for h in heads for c in view.children(h))


def signpost(view: View, v: int, after: list[int], ctx: Context) -> bool:
    """"Start in Gao.", "Now come south to Mopti": an imperative that only moves the listener across
    the map, with no thing acted on but the place itself."""
    if any(view.tags[c].dep == "dobj" for c in view.children(v)):
        return False
    things = [i for i in after if view.tags[i].pos in NOUN_POS and view.tags[i].lemma not in view.grammar.time_words]
    return all(i in ctx.places or set(view.tags[i].text.split("-")) <= view.grammar.compass for i in things)


def heading_word(view: View, v: int) -> bool:
    """A noun the parser read as a verb: a step of a list ("step two, for the Gao road …"), a heading said
    again as a noun ("pump: one solar pump of 2 cubic metres"), or a plural in a list of things after
    "I have reviewed …" ("the vehicle holdings, the fuel consumption"), whose doer "I" a verb in -s cannot have."""
    t, texts, doer = view.tags[v], view.texts, doer_of(view, v)
    if texts[v] in view.grammar.timeline_units and v + 1 < len(texts) and texts[v + 1] in view.grammar.counting:
        return True
    if doer is None and v <= view.sentence_of(v)[0] + 1 and any(
            view.tags[k].lemma == t.lemma and view.tags[k].pos in NOUN_POS for k in range(v + 1, min(v + 5, len(texts)))):
        return True
    inherited = not any(view.tags[c].dep in ("nsubj", "nsubjpass") for c in view.children(v))
    return inherited and t.tag == "VBZ" and doer is not None and view.tags[doer].text in view.grammar.i_or_you | view.grammar.speakers


def listed_doer(view: View, v: int, actor: int | None, ctx: Context) -> int | None:
    """"Second proposal, in the Gao camp the engineer unit builds …", "boats on the Niger: the riverine
    unit in Mopti carries …", "third in Sector West J7 trains …": the parser took the list's heading for
    the doer. Where the doer is no unit of the force and the noun just before the verb is one ("the
    engineer unit", "the riverine unit in Mopti"), or after an ordinal the name of one ("J7"), that unit
    does it."""
    if actor is None or force_actor(view, actor, ctx):
        return actor
    i = v - 1
    while i > actor and (view.tags[i].tag in ("MD", "RB") or view.tags[i].dep in ("aux", "neg")):
        i -= 1  # "… the same company could also take"
    if i - 2 > actor and i in ctx.places and view.tags[i - 1].pos == "ADP":
        i -= 2  # "the riverine unit in Mopti"
    heading = view.tags[actor].text in view.grammar.ordinals  # "third in Sector West J7 trains"
    if i > actor and (view.tags[i].pos == "NOUN" or heading and view.tags[i].pos == "PROPN") and names_unit(view, i, ctx):
        return i
    return actor
