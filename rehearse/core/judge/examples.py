"""Practical examples: someone does something concrete, to something, somewhere or some time.

Each verb the parser finds is a candidate. It is an example when it is a
concrete action (not a verb of thinking, wishing or being, and not a request
to the commander), heads a main clause (an infinitive or participle that only
elaborates a proposal belongs to that proposal), is put as a proposal (a modal,
an imperative, a plan with a date, or a numbered point), has an object, and
its clause holds a specific: a place, a unit, a number or a time. A clause
whose doer is a civilian ("the women warned the traders") tells a story, one
in the past tense reports, and one set in another mission is history: none of
them proposes anything for this force. A numbered point whose verb was
misheard ("three, solar lights on the path to the latrines in Ber") still counts.

Restatements and elaborations count once (`rehearse.core.judge.proposals`): the
count is of distinct examples, whatever number the speaker announces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rehearse.core.judge.english import (
    GENERIC_NOUNS,
    MODALS,
    NEGATIONS,
    NOT_ACTIONS,
    NUMBER_WORDS,
    PRONOUN_DOERS,
    RESTATEMENT,
    SPEECH_ACT_VERBS,
    TIME_WORDS,
)
from rehearse.core.judge.proposals import NOUN_POS, Example, NearMiss, core_object, same_proposal, thing_keys
from rehearse.core.judge.view import View
from rehearse.core.nlp import Tagged
from rehearse.core.scenario import Scenario

MAIN_DEPS = frozenset("ROOT conj ccomp parataxis".split())
"""Dependencies of a verb that heads its own proposal; xcomp only under a proposing verb (below)."""
PROPOSING = frozenset("propose suggest recommend want like need plan intend ask request start begin let".split())
OWN_SPAN_STOP = frozenset("conj ccomp parataxis".split())
STAFF = re.compile(r"^([gjsu][1-9]|hq|fhq|headquarters|sectors?|contingents?|staff)$")
RESUME_WORDS = 10
"""How far back a resumptive pronoun's unit may stand ("the engineer company in Ansongo, before they
clear a road, they meet the women")."""
VERBLESS_MAX = 25
"""A numbered point without a verb is short ("three, solar lights on the path to the latrines in Ber")."""
FORCE_ROLES = frozenset(
    """team teams unit units patrol patrols officer officers soldier soldiers peacekeeper peacekeepers
    advisor adviser commander commanders staff doctor doctors interpreter interpreters searcher searchers
    escort escorts pair cell desk point points frago order section camp base""".split()
)
"""Doers that belong to the force even without a unit's name ("a pair of our women officers")."""
WANTING = frozenset("like want propose suggest recommend need".split())
NOT_WANTED = TIME_WORDS | frozenset("minute time decision word moment".split())
ADDRESSES = frozenset("sir general commander madam ma'am".split())
RESUMPTIVE = frozenset("they we it".split())
WH = frozenset("which what who whose where when that whom how".split())
STATUS_WORDS = frozenset("already currently still usually normally always presently often sometimes".split())
"""A present tense with one of these describes how things are, not what is proposed."""
PLAN_MARKERS = TIME_WORDS | frozenset("from starting by within every each".split())
"""A present-tense clause is a plan, not a description, when it carries a date or a rhythm."""


def _span(view: View, root: int) -> list[int]:
    """The verb's own words: its subtree less the subtrees of verbs that head their own clause."""
    out, todo = [], [root]
    while todo:
        i = todo.pop()
        out.append(i)
        for c in view.children(i):
            if c != root and view.tags[c].dep in OWN_SPAN_STOP and view.tags[c].pos in ("VERB", "AUX"):
                continue
            todo.append(c)
    return sorted(out)


def _is_main(view: View, i: int) -> bool:
    t = view.tags[i]
    if t.dep == "advcl" and t.tag == "VB" and not any(view.tags[c].dep in ("mark", "aux", "nsubj") for c in view.children(i)):
        return True  # run-on imperatives without full stops: "light the footpaths … send the engineers …"
    before = {view.tags[j].text for j in range(max(0, i - 3), i)}
    if t.dep == "relcl" and any(view.tags[c].text in RESUMPTIVE for c in view.children(i)) and not before & WH:
        return True  # "the CIMIC of sector East, they meet the women": a resumptive pronoun, not a relative
    return t.dep in MAIN_DEPS or (t.dep == "xcomp" and view.tags[t.head].lemma in PROPOSING)


def _proposed(view: View, v: int, own: list[int], enumerated: bool) -> bool:
    """Put as a proposal: a modal, an imperative, under a proposing verb, numbered, or with a date."""
    t = view.tags[v]
    kids = view.children(v)
    if any(view.tags[c].text in MODALS or view.tags[c].text == "going" for c in kids):
        return True
    if t.dep == "xcomp" or enumerated:
        return True
    if t.tag in ("VB", "VBP", "VBD") and _doer(view, v) is None:
        return True  # an imperative to the commander: "put a woman on every shift at the gate"
    return any(view.tags[i].text in PLAN_MARKERS or view.tags[i].lemma in PLAN_MARKERS for i in own)


def _present_plan(view: View, v: int, actor: int | None, ctx: _Context) -> bool:
    """"The engineers at Aguelhok meet the women's committee before …": a unit of the force doing
    something in the present tense, in a brief, is a plan; "our engineers already maintain that
    road" is a status, and a pronoun's present tense goes on describing."""
    if view.tags[v].tag not in ("VBZ", "VBP") or actor is None or view.tags[actor].text in FORCE_PRONOUNS | PRONOUN_DOERS:
        return False
    lo, hi = view.sentence_of(v)
    if any(view.tags[i].text in STATUS_WORDS for i in range(lo, hi)):
        return False
    return _force_actor(view, actor, ctx)


def _doer(view: View, v: int) -> int | None:
    """The verb's subject; "sir" before an imperative ("sir, deploy the team") is an address, not a doer."""
    subject = next((c for c in view.children(v) if view.tags[c].dep in ("nsubj", "nsubjpass")), None)
    return None if subject is not None and view.tags[subject].text in ADDRESSES else subject


def _main_action(view: View, i: int, ctx: _Context) -> bool:
    """A verb that would carry its own proposal. A place name mis-tagged as a verb, or a misheard word
    taken for a verb without an object ("meetings with women's associations and kiddled"), is none."""
    t = view.tags[i]
    takes_object = any(view.tags[c].dep in ("dobj", "attr", "dative") for c in view.children(i))
    return (t.pos == "VERB" and t.lemma not in NOT_ACTIONS and _is_main(view, i) and takes_object
            and i not in ctx.places and i not in ctx.units)


def _staff(word: str) -> bool:
    """Staff branches and echelons that every order reaches: "J5", "every sector", "the contingents"."""
    return bool(STAFF.match(word))


def _told(view: View, v: int) -> bool:
    """A past-tense clause: a story. "put", "set" and "cut" look past when they are not: "we put a
    mixed team at the gate" and a clause-opening "put a woman on every shift" are proposals."""
    t, doer = view.tags[v], _doer(view, v)
    clause_opening = doer is None and v <= view.sentence_of(v)[0] + 2
    ours = doer is not None and view.tags[doer].text in ("we", "i")
    return not (t.text == t.lemma and (clause_opening or ours))


def _you_as_object(view: View, i: int) -> bool:
    return view.tags[i].text == "you" and view.tags[i].dep in ("dobj", "dative", "pobj")


FORCE_PRONOUNS = frozenset("we i you they our my".split())


def _force_actor(view: View, actor: int, ctx: _Context) -> bool:
    """A doer of this force: we, a unit, a role. Its words (compounds, "in Gao") are looked at too."""
    words = [actor, *view.children(actor)]
    if any(view.tags[j].text in FORCE_PRONOUNS for j in words):
        return True
    if any(j in ctx.units for j in words):
        return True
    if view.tags[actor].text in PRONOUN_DOERS:
        return _unit_before(view, actor, ctx)  # "the medical team of the battalion, it does a clinic"
    return view.tags[actor].lemma in FORCE_ROLES


def _unit_before(view: View, i: int, ctx: _Context) -> bool:
    """A unit or force role named just before `i` in the same sentence: the pronoun stands for it."""
    lo, _ = view.sentence_of(i)
    return any(j in ctx.units or view.tags[j].lemma in FORCE_ROLES for j in range(max(lo, i - RESUME_WORDS), i))


def _specifics(view: View, span: list[int], places: set[int]) -> list[str]:
    found = []
    for i in span:
        t = view.tags[i]
        if i in places or t.text in TIME_WORDS or t.text in NUMBER_WORDS or t.text.isdigit() or t.pos == "NUM":
            found.append(t.text)
    return found


@dataclass
class _Context:
    places: set[int]
    units: set[int]
    processes: set[int]
    abstract: set[int]
    elsewhere: set[int]
    civilians: set[int]
    restated: set[int]
    opened: set[int]


def _wanted_object(view: View, v: int) -> bool:
    """"I would like female searchers at every checkpoint in Mopti": a proposal put as what the speaker wants."""
    t = view.tags[v]
    doer = _doer(view, v)
    if t.lemma not in WANTING or doer is None or view.tags[doer].text not in ("i", "we"):
        return False
    objects = [c for c in view.children(v) if view.tags[c].dep == "dobj" and view.tags[c].pos == "NOUN"]
    asks_commander = any(view.tags[i].text in ("you", "your") for i in _span(view, v))
    return bool(objects) and not asks_commander and all(view.tags[c].lemma not in NOT_WANTED for c in objects)


def _candidate(view: View, v: int, ctx: _Context) -> Example | NearMiss | None:
    t = view.tags[v]
    if _wanted_object(view, v):
        t = Tagged(t.text, t.lemma, t.pos, "VB", t.dep, t.head, t.sent_start)
    if t.pos != "VERB" or not t.tag.startswith("VB") or (t.lemma in NOT_ACTIONS and not _wanted_object(view, v)):
        return None
    if t.tag == "VBD" and _told(view, v):
        return None  # a story of what happened proposes nothing (a clause-opening "put" is an imperative)
    if t.lemma in SPEECH_ACT_VERBS:
        return None
    if t.tag in ("VBN", "VBG") and any(view.tags[c].lemma == "have" for c in view.children(v)):
        return None  # "has offered", "have been working": a report of what was done
    if not _is_main(view, v) or any(view.tags[c].text in NEGATIONS for c in view.children(v)):
        return None
    own = _span(view, v)
    s_lo, s_hi = view.sentence_of(v)
    after = [i for i in own if i > v]
    objects = {view.tags[i].lemma for i in after if view.tags[i].pos in NOUN_POS}
    things = thing_keys(view, after)
    if not objects - TIME_WORDS or any(i in ctx.abstract for i in after[:6]):
        return None
    actor = _doer(view, v)
    if actor is not None and actor in ctx.civilians:
        return None
    if any(i in ctx.elsewhere for i in range(s_lo, s_hi)):
        return None
    if not (_proposed(view, v, own, view.enumerated(s_lo)) or _present_plan(view, v, actor, ctx)):
        return None
    if any(view.tags[i].text in ("me", "your") or _you_as_object(view, i) for i in own):
        return None  # "give me one hour with you and your chief of staff": that is the ask
    if t.tag == "VBG" and not any(view.tags[c].dep == "aux" for c in view.children(v)):
        return None  # "grading the river road", "the fighters digging at night": no proposal
    if actor is not None and not _force_actor(view, actor, ctx):
        return None  # "the Council renews the mandate every June": someone else acts
    lo, hi = own[0], own[-1] + 1
    specifics = _specifics(view, own, ctx.places | ctx.units)
    if not specifics:
        return NearMiss(lo, hi, "an action without a place, unit, number or time")
    if any(i in ctx.processes for i in own) and all(_staff(s) or s in ("one", "a") for s in specifics):
        return None  # a process change with only a staff branch ("U5 adds one annex") is the how
    who = view.tags[actor].lemma if actor is not None else ""
    return Example(lo, hi, t.lemma, things, core_object(view, v), specifics, who)


def _enumerated_without_verb(view: View, lo: int, hi: int, ctx: _Context) -> Example | None:
    """A numbered point whose verb the recogniser lost: concrete nouns and a specific are enough."""
    span = [i for i in range(lo, hi) if i not in view.opened]
    if len(span) > VERBLESS_MAX or any(_main_action(view, i, ctx) for i in span):
        return None
    words = {view.tags[i].text for i in span}
    nouns = {view.tags[i].lemma for i in span if view.tags[i].pos in NOUN_POS} - GENERIC_NOUNS - TIME_WORDS
    nouns -= NUMBER_WORDS | {w for w in words if w.isdigit()}
    specifics = _specifics(view, span, ctx.places | ctx.units)
    if len(span) < 5 or len(nouns) < 2 or not specifics or any(i in ctx.abstract or i in ctx.elsewhere for i in span):
        return None
    heads = [i for i in span if view.tags[i].dep in ("attr", "dobj", "nsubj", "ROOT")]
    return Example(lo, hi, "", thing_keys(view, span), thing_keys(view, heads) or nouns, specifics, "")


def proposal_spans(view: View, scenario: Scenario) -> list[tuple[int, int]]:
    """Every clause put as something to do (a modal, an imperative, a plan, a numbered point) whose
    doer is not a civilian, concrete or not: what it names is what is proposed, which the why must
    not read as a reason ("the JOC runs an early-warning line for women")."""
    civilians = view.hits(scenario.examples.civilians)
    out = []
    for v, t in enumerate(view.tags):
        if t.pos != "VERB" or t.lemma in NOT_ACTIONS or t.lemma in SPEECH_ACT_VERBS or not _is_main(view, v):
            continue
        actor = _doer(view, v)
        own = _span(view, v)
        if (actor is None or actor not in civilians) and _proposed(view, v, own, view.enumerated(view.sentence_of(v)[0])):
            out.append((own[0], own[-1] + 1))
    return out


def find_examples(view: View, scenario: Scenario) -> tuple[list[Example], list[NearMiss]]:
    rules = scenario.examples
    ctx = _Context(
        view.hits(rules.specifics), view.hits(rules.units), view.hits(scenario.judge.processes), view.hits(rules.abstract), view.hits(rules.other_missions),
        view.hits(rules.civilians), view.starts_of(RESTATEMENT), view.opened,
    )
    found: list[Example] = []
    misses: list[NearMiss] = []
    for lo, hi in view.sentences:
        candidates = [c for v in range(lo, hi) if (c := _candidate(view, v, ctx)) is not None]
        examples = [c for c in candidates if isinstance(c, Example)]
        misses.extend(c for c in candidates if isinstance(c, NearMiss))
        if not examples and view.enumerated(lo):
            verbless = _enumerated_without_verb(view, lo, hi, ctx)
            examples = [verbless] if verbless else []
        for ex in examples:
            restates = any(ex.lo <= r < ex.hi for r in ctx.restated)
            same = next((k for k in reversed(found) if same_proposal(k, ex, restates)), None)
            resumed = ex.actor in PRONOUN_DOERS and _unit_before(view, ex.lo, ctx)
            if same is None and ex.actor in PRONOUN_DOERS and not resumed and not view.enumerated(lo):
                if not found:
                    continue  # "they will walk to the wells": people spoken of before, not a proposal
                same = found[-1]  # "… they also talk with the women": the same proposal, elaborated
            if same:
                same.lo, same.hi = min(same.lo, ex.lo), max(same.hi, ex.hi)
            else:
                found.append(ex)
    return found, misses
