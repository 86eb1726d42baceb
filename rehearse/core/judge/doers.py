"""Who does a point, when the parser's subject misleads: the speaker alone, a third party asked for
people, a unit whose clause reads as a relative one.

Measured against the span labels (tests/corpus/spans/, bench/judge_examples.py): of the examples
the judge found with the speaker alone as doer, two in three were no example at all ("I will brief
the Chief of Staff this afternoon", "I shall now present five measures").
"""

from __future__ import annotations

from rehearse.core.judge.clauses import Context, doer_of, force_actor, is_main, names_unit, own_span
from rehearse.core.judge.plan_shapes import received
from rehearse.core.judge.view import View


def new_thing(view: View, v: int, bare: bool = True) -> bool:
    """The verb, or a verb it governs, acts on a counted or indefinite thing: "a half-day session",
    "two teams of six", "one line", "at least fifteen percent women", or a bare noun ("I train gender
    focal point …", tiny.en's hearing of "a trained gender focal point"); not "the order", "it", "my five minutes"."""
    g = view.grammar
    heads = [v] + [c for c in view.children(v) if view.tags[c].dep in ("xcomp", "ccomp")]
    things = []
    for h in heads:
        for c in view.children(h):
            if view.tags[c].dep in ("dobj", "attr", "oprd", "nsubj") and c > v:
                things.append(c)
            if view.tags[c].dep in ("prep", "dative"):
                things += [k for k in view.children(c) if view.tags[k].dep == "pobj"]
    # "I report back in thirty days": a date, no thing; "the new blokes get a forty-minute brief", "1 day on 1325": a thing
    things = [o for o in things if view.tags[o].lemma not in g.time_words or view.tags[o].dep == "dobj"]
    words = things + [k for o in things for k in view.children(o) if view.tags[k].dep == "compound"]  # "fifteen percent women"
    if bare and any(view.tags[c].dep == "dobj" and view.tags[c].pos == "NOUN" and not any(
            view.tags[k].dep in ("det", "poss") for k in view.children(c)) for c in view.children(v)):
        return True  # "I train gender focal point in every battalion": the article left out, as in non-native speech
    return any(view.tags[o].pos == "NUM" and not _the_one(view, o) or any(
        view.tags[k].dep == "nummod" or view.tags[k].text in g.indefinite for k in view.children(o)) for o in words)


def _the_one(view: View, o: int) -> bool:
    """"May I return to the first one": "one" with an article stands for a point already named, no count."""
    return view.tags[o].text in view.grammar.indefinite and any(view.tags[k].dep == "det" for k in view.children(o))


def speakers_own_step(view: View, v: int, actor: int | None) -> bool:
    """"I will brief the Chief of Staff this afternoon", "I publish it Tuesday", "I report back in thirty
    days": the speaker alone carrying the decision through is no practical example. What the speaker
    wants ("I would like female searchers …") is the proposal, and the speaker running a new thing
    ("I will run a half-day session on 1325") still counts."""
    g = view.grammar
    if actor is None or view.tags[actor].text not in g.self or view.tags[v].lemma in g.wanting:
        return False
    return not new_thing(view, v)


def asks_others_for(view: View, v: int) -> bool:
    """"We ask the TCCs for at least fifteen percent women", "the request to N'Djamena asks for one
    engagement team": asking a third party for counted people or things is a step of force generation,
    a practical example; asking the commander ("I ask you to approve …") is the ask."""
    g = view.grammar
    if view.tags[v].lemma not in g.asking_for or doer_of(view, v) is None:
        return False
    if any(view.tags[i].text in g.you | g.your for i in own_span(view, v)):
        return False
    return new_thing(view, v)


def unit_read_as_relative(view: View, v: int, ctx: Context) -> bool:
    """"… the Wednesday livestock market the CIMIC team goes with two women soldiers": without commas the
    parser hangs a unit's own clause on the noun before it, as a relative clause ("our second proposal
    the FPU shall put …": as a clause of the noun). With a unit of the force as its own subject, and no
    relative word or subordinator, it is a main clause."""
    t, g = view.tags[v], view.grammar
    if t.dep not in ("relcl", "advcl", "acl") or t.head > v:
        return False
    if any(view.tags[c].dep == "mark" for c in view.children(v)):
        return False  # "… when the FPU puts two women on the gate": a frame, not a clause of its own
    subject = next((c for c in view.children(v) if view.tags[c].dep in ("nsubj", "nsubjpass")), None)
    if subject is None or view.tags[subject].text in g.wh | g.force_pronouns | g.pronoun_doers:
        return False
    if any(view.tags[i].text in g.wh for i in range(t.head + 1, v)):
        return False
    return any(j in ctx.units or view.tags[j].lemma in g.force_roles for j in [subject, *view.children(subject)])


def tasked_unit(view: View, v: int, ctx: Context) -> int | None:
    """"It tasks the Sector North battalion to put a female engagement team on every patrol", "the FRAGO
    directs the engineer company in Gao to build …": the order is only the vehicle; the unit it tasks
    does what the "to" clause says. The unit, when `v` is that clause's verb."""
    t, g = view.tags[v], view.grammar
    if t.tag != "VB" or t.dep not in ("xcomp", "advcl", "ccomp") or t.head == v:
        return None
    if not any(view.tags[c].dep == "aux" and view.tags[c].tag == "TO" for c in view.children(v)):
        return None
    head = t.head
    if view.tags[head].lemma not in g.tasking:
        return None
    doer = doer_of(view, head)
    if doer is None and not is_main(view, head) or doer is not None and view.tags[doer].text in g.you:
        return None
    if _asks_the_commander(view, head):
        return None  # "I ask you … to approve this plan and to tell the J3 to write the FRAGO": the ask
    return next((c for c in view.children(head) if view.tags[c].dep == "dobj" and (
        names_unit(view, c, ctx) or any(names_unit(view, k, ctx) for k in view.children(c)))), None)


def _asks_the_commander(view: View, v: int) -> bool:
    """`v` or a verb it hangs from speaks to the commander ("I ask you to approve … and to tell …")."""
    seen = set()
    while v not in seen:
        seen.add(v)
        if any(view.tags[c].text in view.grammar.you and view.tags[c].dep in ("dobj", "nsubj", "dative") for c in view.children(v)):
            return True
        v = view.tags[v].head
    return False


def gets_new_thing(view: View, v: int) -> bool:
    """"The induction course in Bamako gets a two-hour module on 1325", "the daily sitrep from Gao gets a
    small box": a unit or process of the force that gets a new thing is changed, with no date said
    ("has" stays a status without a modal: "the level-two hospital has a woman doctor", while "every new rotation
    will have a two-hour module" is a plan; "gets good marks" gets nothing new)."""
    g = view.grammar
    lo, hi = view.sentence_of(v)
    if any(view.tags[i].text in g.status_words for i in range(lo, hi)):
        return False
    if view.tags[v].lemma in g.have and not any(view.tags[c].text in g.modals for c in view.children(v)):
        return False
    return new_thing(view, v, bare=False) or any(view.tags[c].dep == "npadvmod" for c in received(view, v))


def speaks_of_the_brief(view: View, v: int) -> bool:
    """"I shall now present five practical measures", "I will use my five minutes", "perhaps I could give
    one idea": the verb acts on a part of the brief itself, not on anything in the mission."""
    return any(view.tags[c].dep == "dobj" and view.tags[c].lemma in view.grammar.brief_parts for c in view.children(v))


OBJECT_REACH = 4
"""Words from the verb to the noun its object was read as the subject of ("adds a womens security line")."""
PHRASE_POS = frozenset("DET NUM ADJ NOUN PROPN".split())


def object_read_as_subject(view: View, v: int) -> list[int]:
    """"The j2 adds a womens security line to the weekly sit rep … starting the first of may": with no object of
    its own, the verb's object was read as the subject of a clause run on after it. Its noun phrase, right
    after the verb, is what the verb acts on."""
    if any(view.tags[c].dep == "dobj" for c in view.children(v)):
        return []
    for c in view.children(v):
        if c < v or view.tags[c].dep not in ("ccomp", "advcl", "conj") or view.tags[c].pos != "VERB":
            continue
        subject = next((s for s in view.children(c) if view.tags[s].dep == "nsubj" and s > v), None)
        if subject is None or view.tags[subject].pos != "NOUN":
            continue
        phrase = list(range(v + 1, subject + 1))
        if len(phrase) <= OBJECT_REACH and all(view.tags[i].pos in PHRASE_POS for i in phrase):
            return phrase
    return []


def passive_doer(view: View, v: int, actor: int | None, ctx: Context) -> int | None:
    """"Solar lamps will be installed by the engineers on the path to the latrines in Ber": in the passive
    the one after "by" does the work, not the subject; "by the elders" names no doer of the force, and
    the civilians' test then drops it. A passive with no "by" keeps its subject: a role or unit is posted
    to do the work ("a woman officer will be posted at the Gao checkpoint"), and a thing with no doer
    ("the decisions must be taken this week") proposes nothing (measured, session 27: reading the force
    as the doer of every passive of a thing or of the population gained tune judgements but cost held-out ones)."""
    if actor is None or view.tags[actor].dep != "nsubjpass" or force_actor(view, actor, ctx):
        return actor
    agent = next((c for c in view.children(v) if view.tags[c].dep == "agent"), None)
    by = None if agent is None else next((k for k in view.children(agent) if view.tags[k].dep == "pobj"), None)
    return actor if by is None else by
