"""Proposals in shapes the parser reads as something else.

A speaker who is unsure of the commander often proposes by supposing: the
past tense after "if" is no story ("if the Gao QRF took a female medic on
every call-out …" frames what would happen), and the clause is the proposal
though the parser makes it a subordinate one. Non-native grammar says "can
be sending" for "can send", and a unit that "will have a woman doctor in
the clinic every Tuesday" staffs it, though "have" is otherwise no action.
What the commander "will see" at a place ("at the Wabaria checkpoint you will
see two women soldiers of the Bangladeshi company doing the searches") is a
plan too, and so are gerunds hung on an order or a heading ("sign the order
with its two measures: putting a woman interpreter with every night patrol …"),
and "we" in the present sending women of the force somewhere ("we put two women
soldiers on that patrol").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rehearse.core.judge.view import View

if TYPE_CHECKING:
    from rehearse.core.judge.clauses import Context


def has_modal(view: View, v: int) -> bool:
    """A modal or "going to" on the verb ("will send", "could take", "are going to put"): put ahead."""
    g = view.grammar
    return view.tags[v].modal or any(view.tags[c].text in g.modals | g.going for c in view.children(v))


def supposed(view: View, v: int) -> bool:
    """A past-tense verb opened by "if": "if the CIMIC cell ran the next QIP with the women's
    cooperative". "If we had listened" is left to the have-perfect (a report of what was not done)."""
    t = view.tags[v]
    if t.tag != "VBD" or t.lemma in view.grammar.not_actions:
        return False
    return any(c < v and view.tags[c].text in view.grammar.if_words and view.tags[c].dep == "mark" for c in view.children(v))


def modal_progressive(view: View, v: int) -> bool:
    """"If the company of Sévaré can be sending one woman soldier with each night patrol": a modal
    with "be" and a gerund says what "can send" says, in a non-native speaker's grammar."""
    kids = [view.tags[c] for c in view.children(v) if view.tags[c].dep == "aux"]
    return view.tags[v].tag == "VBG" and any(k.lemma == "be" for k in kids) and any(k.text in view.grammar.modals for k in kids)


def staffed(view: View, v: int, people: set[int], processes: set[int]) -> bool:
    """"The medical team in Timbuktu will have one woman doctor in the clinic every Tuesday": "have"
    with a modal and a person of the force (a role, or women) as its object puts that person there.
    `people` are the scenario's gender terms ("women"); the roles are the grammar's, less the
    process words among them ("I will have the FRAGO out by tonight" staffs nothing)."""
    g, kids = view.grammar, view.children(v)
    if view.tags[v].lemma not in g.have or not any(view.tags[c].text in g.modals | g.going for c in kids):
        return False
    return any(view.tags[c].dep == "dobj" and c not in processes and (view.tags[c].lemma in g.force_roles or c in people) for c in kids)


def kept_counted(view: View, v: int) -> bool:
    """"We keep 2 seats for the female engagement team", "the hospital could keep two beds separate for women
    patients": keeping a counted thing sets it aside, an action. "Keep it in mind", "keep the women safe" and
    "keep two things in mind" keep nothing counted."""
    g = view.grammar
    if view.tags[v].lemma not in g.keeping:
        return False
    return any(view.tags[c].dep == "dobj" and view.tags[c].lemma not in g.generic_nouns
               and any(view.tags[k].dep == "nummod" for k in view.children(c)) for c in view.children(v))


def shown(view: View, v: int, people: set[int], units: set[int]) -> int | None:
    """"Next month you will see two women from the Chinese medical unit at the main gate": the people
    of the force the commander will see are the doers of a plan. Returns where they stand; "you will
    see it the same way I do" shows no one."""
    g, kids = view.grammar, view.children(v)
    if view.tags[v].lemma not in g.seeing or not any(view.tags[c].text in g.modals | g.going for c in kids):
        return None
    if not any(view.tags[c].dep == "nsubj" and view.tags[c].text in g.you for c in kids):
        return None
    words, todo = [], [v]
    while todo:
        words.append(todo.pop())
        todo.extend(view.children(words[-1]))
    for c in sorted(j for j in words if j > v):  # the parser hangs "two women" on "at the main gate"
        kin = [c, *view.children(c), *(k for j in view.children(c) for k in view.children(j))]
        if view.tags[c].pos == "NOUN" and (view.tags[c].lemma in g.force_roles or c in people and any(j in units for j in kin)):
            return c
    return None


def listed_gerund(view: View, v: int, processes: set[int]) -> bool:
    """"The fragmentary order with its two measures, putting a woman interpreter with every night
    patrol in Douentza and giving the Gao hospital a female doctor": a gerund hung on an order or on
    a heading ("measures", "proposals") is one of its points ("the fighters digging at night" is not)."""
    t = view.tags[v]
    if t.tag != "VBG" or t.lemma in view.grammar.proposing:
        return False  # "beginning with the May patrols", "starting with the order for Timbuktu": when, not what
    if _hung(view, v, processes):
        return True
    if t.dep != "conj":
        return False  # "… building the shower block near the level 2 hospital, finished by April, and sending …":
    lo, _ = view.sentence_of(v)  # the parser hangs the second gerund on whatever came last; the first decides
    return any(view.tags[j].tag == "VBG" and _hung(view, j, processes) for j in range(lo, v))


def _hung(view: View, v: int, processes: set[int]) -> bool:
    t = view.tags[v]
    while t.dep == "conj" and view.tags[t.head].tag == "VBG" and t.head != v:
        v = t.head
        t = view.tags[v]
    return t.dep == "acl" and (t.head in processes or view.tags[t.head].lemma in view.grammar.headings)


def under_heading(view: View, v: int) -> bool:
    """"The first pillar, the FPU shall open a women's reception point at the Gao gate": with its colon
    lost, the clause after a numbered heading reads as a relative clause on the heading's noun. It is
    the point itself when it has its own subject and modal, and no relative word opens it. "The first
    thing we would do is …" and "one thing I would do" are relative clauses with the relative word left out."""
    t, g = view.tags[v], view.grammar
    if t.dep != "relcl" or view.tags[t.head].lemma not in g.headings:
        return False
    numbered = any(view.tags[c].text in g.ordinals for c in view.children(t.head))
    subject = any(view.tags[c].dep in ("nsubj", "nsubjpass") and view.tags[c].text not in g.wh | g.force_pronouns
                  for c in view.children(v))
    relative = any(view.tags[i].text in g.wh for i in range(t.head + 1, v))
    return numbered and subject and has_modal(view, v) and not relative


def received(view: View, v: int) -> list[int]:
    """What the verb gets: its object, or a counted time block the parser read as an adverb ("the next
    contingent in November get 1 day on 1325", "the course gets a half day on 1325": the parser hangs
    the block on the verb as npadvmod)."""
    g = view.grammar
    return [c for c in view.children(v) if view.tags[c].dep == "dobj" or view.tags[c].dep == "npadvmod" and view.tags[c].lemma in g.time_words
            and any(view.tags[k].dep == "nummod" or view.tags[k].text in g.indefinite for k in view.children(c))]


def gains(view: View, v: int, processes: set[int], units: set[int]) -> bool:
    """"The induction course in Bamako gets a two-hour block from April", "from next month the QRF in Gao
    has two female medics on its roster", "every new soldier on the induction course gets one hour": a unit, a
    role or a process of the force that gets something is changed by the proposal, when a date ahead or a new
    counted thing says so (the caller asks that: "the course gets good marks" is none).
    What it gets is no process: "the J3 cell will have the FRAGO out by Tuesday" is paperwork."""
    g, kids = view.grammar, view.children(v)
    if view.tags[v].lemma not in g.gaining or not any(c not in processes for c in received(view, v)):
        return False
    doer = next((c for c in kids if view.tags[c].dep == "nsubj"), None)
    return doer is not None and (bool({doer, *view.children(doer)} & (processes | units))
                                 or view.tags[doer].lemma in g.force_roles)


def carries_only_gender(view: View, v: int, gendered: set[int]) -> bool:
    """"We put the gender inside the operation orders, the patrol reports …", "we must put it in the orders":
    what goes into the force's processes is gender itself, or a pointer back at it: the how, no example.
    Women put in as a new thing ("J2 adds women as a source category in the collection plan") are that thing."""
    things = [c for c in view.children(v) if view.tags[c].dep == "dobj"]
    as_what = [p for c in view.children(v) if view.tags[c].dep == "prep" and view.tags[c].text in view.grammar.serving_as
               for p in view.children(c) if view.tags[p].dep == "pobj" and p not in gendered]
    return bool(things) and not as_what and all(c in gendered or view.tags[c].text in view.grammar.pointers for c in things)


def posts_women(view: View, v: int, ctx: Context) -> bool:
    """"We put two women soldiers on that patrol", "we send our two female officers", "we put women in the
    escort": "we" in the present sending women of the force somewhere is the change the brief proposes.
    How the force works today puts no women there, or says so ("already", "today"); "we search women at
    the checkpoint" acts on women, not with them."""
    g = view.grammar
    lo, hi = view.sentence_of(v)
    if any(view.tags[i].text in g.status_words | g.now for i in range(lo, hi)):
        return False
    for o in (c for c in view.children(v) if view.tags[c].dep in ("dobj", "dative")):
        words = [o, *view.children(o)]
        if view.tags[o].lemma in g.force_roles and any(i in ctx.gendered for i in words):
            return True  # "two women soldiers", "our two female officers"
        if o in ctx.gendered and any(view.tags[c].dep == "prep" and view.tags[c].text in g.placing_prepositions
                                     and any(view.tags[k].lemma in g.force_roles and k not in ctx.processes for k in view.children(c))
                                     for c in view.children(v)):
            return True  # "women in the escort" ("women with our male soldiers" are searched; "gender into our orders" is the how)
    return False
