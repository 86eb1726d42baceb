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

from rehearse.core.judge.asides import (
    before_address,
    heading_word,
    listed_doer,
    negated,
    shares_doer,
    signpost,
)
from rehearse.core.judge.clauses import (
    Context,
    described,
    doer_of,
    force_actor,
    is_main,
    own_span,
    present_plan,
    proposed,
    resumes_object,
    resumes_unit,
    starts_ahead,
    subordinate,
    unit_before,
    unit_engages,
)
from rehearse.core.judge.doers import (
    asks_others_for,
    gets_new_thing,
    object_read_as_subject,
    passive_doer,
    speakers_own_step,
    speaks_of_the_brief,
    tasked_unit,
    unit_read_as_relative,
)
from rehearse.core.judge.fragments import NOUN_LIKE_VERBS, addressed, point_without_verb, wants_what_follows
from rehearse.core.judge.plan_shapes import (
    carries_only_gender,
    gains,
    kept_counted,
    listed_gerund,
    shown,
    staffed,
)
from rehearse.core.judge.proposals import (
    NOUN_POS,
    Example,
    NearMiss,
    core_object,
    points_back,
    said_before,
    same_proposal,
    tells_heading,
    thing_keys,
)
from rehearse.core.judge.specifics import as_said, named_sector, specifics_in, staff
from rehearse.core.judge.stories import dated_past, introduces_self, joined_to_past, told
from rehearse.core.judge.view import View
from rehearse.core.nlp import Tagged
from rehearse.core.scenario import Scenario


def _you_as_object(view: View, i: int) -> bool:
    return view.tags[i].text in view.grammar.you and view.tags[i].dep in ("dobj", "dative", "pobj")


def _wanted_object(view: View, v: int) -> bool:
    """"I would like female searchers at every checkpoint in Mopti": a proposal put as what the speaker wants."""
    t = view.tags[v]
    doer = doer_of(view, v)
    if t.lemma not in view.grammar.wanting or doer is None or view.tags[doer].text not in view.grammar.speakers:
        return False
    objects = [c for c in view.children(v) if view.tags[c].dep == "dobj" and view.tags[c].pos == "NOUN"]
    asks_commander = any(view.tags[i].text in view.grammar.you | view.grammar.your for i in own_span(view, v))
    return bool(objects) and not asks_commander and all(view.tags[c].lemma not in view.grammar.not_wanted for c in objects)


def _planned_there(view: View, v: int) -> bool:
    """"There will be a women's clinic at the Tessalit gate every Thursday": what will be there is the
    proposal, with no doer named ("there is a clinic" says how things are)."""
    g, kids = view.grammar, view.children(v)
    return (view.tags[v].lemma in g.be and any(view.tags[c].dep == "expl" and view.tags[c].text in g.there for c in kids)
            and any(view.tags[c].text in g.modals | g.going for c in kids))


def _candidate(view: View, v: int, ctx: Context) -> Example | NearMiss | None:
    t = view.tags[v]
    seen = shown(view, v, ctx.gendered, ctx.units)
    listed = listed_gerund(view, v, ctx.processes)
    gained = gains(view, v, ctx.processes, ctx.units) and (starts_ahead(view, own_span(view, v)) or gets_new_thing(view, v))
    asked = asks_others_for(view, v)
    tasked = tasked_unit(view, v, ctx)
    if _wanted_object(view, v):
        t = Tagged(t.text, t.lemma, t.pos, "VB", t.dep, t.head, t.sent_start)
    if _planned_there(view, v):
        t = Tagged(t.text, t.lemma, "VERB", t.tag, t.dep, t.head, t.sent_start)
    elif t.pos != "VERB" or not t.tag.startswith("VB") or t.text in view.grammar.ranks or (
            t.lemma in view.grammar.not_actions and not _wanted_object(view, v) and not unit_engages(view, v, ctx)
            and not staffed(view, v, ctx.gendered, ctx.processes) and not (gained or asked or kept_counted(view, v)) and seen is None):
        return None
    if heading_word(view, v):
        return None
    if t.tag == "VBD" and told(view, v, ctx):
        return None  # a story of what happened proposes nothing (a clause-opening "put" is an imperative)
    if t.lemma in view.grammar.speech_act_verbs:
        return None
    if t.tag in ("VBN", "VBG") and any(view.tags[c].lemma in view.grammar.have for c in view.children(v)):
        return None  # "has offered", "have been working": a report of what was done
    if not (is_main(view, v) or seen is not None or listed or tasked is not None or unit_read_as_relative(view, v, ctx)) or negated(view, v):
        return None
    if subordinate(view, v):
        return None  # "when J5 plans an operation, …", "before you leave": the frame of a clause, not a proposal
    own = own_span(view, v)
    if dated_past(view, v) or joined_to_past(view, v) or introduces_self(view, v):
        return None
    s_lo, s_hi = view.sentence_of(v)
    after = [i for i in own if i > v] + object_read_as_subject(view, v)
    objects = {view.tags[i].lemma for i in after if view.tags[i].pos in NOUN_POS and view.tags[i].pos != "NUM"
               and not view.tags[i].text.isdigit() and view.tags[i].text not in view.grammar.number_words}
    things = thing_keys(view, after)
    if not (objects - view.grammar.time_words or gained) or any(i in ctx.abstract for i in after[:6]):
        return None
    if t.lemma in view.grammar.making and any(view.tags[i].text in view.grammar.made_idioms for i in after[:3]):
        return None  # "make the point", "make sure": no thing is made
    if speaks_of_the_brief(view, v) and not gained:  # ("the new platoon gets ninety minutes on 1325" is a block)
        return None
    actor = seen if seen is not None else tasked if tasked is not None else listed_doer(view, v, passive_doer(view, v, doer_of(view, v), ctx), ctx)
    if actor is not None and actor in ctx.civilians and not resumes_unit(view, actor, ctx):
        return None
    if actor is not None and view.tags[actor].text in view.grammar.you and any(i in ctx.decisions for i in [v, *after[:4]]):
        return None  # "can you give the approval today", "you will support the Gender Unit": the ask, not an example
    if actor is not None and view.tags[actor].text in view.grammar.you and t.lemma in view.grammar.travelling and not any(
            view.tags[c].dep == "dobj" for c in view.children(v)):
        return None  # "you must leave for Timbuktu soon": where the listener goes, not what the force does
    if actor is None and not listed and signpost(view, v, after, ctx):
        return None
    if any(i in ctx.elsewhere for i in range(s_lo, s_hi)):
        return None
    if not (proposed(view, v, own, view.enumerated(s_lo)) or present_plan(view, v, actor, ctx) or listed or asked or gained):
        return None
    if described(view, v, actor):
        return None
    if any(view.tags[i].text in view.grammar.me or _you_as_object(view, i) or view.tags[i].text in view.grammar.your and i > v
           for i in before_address(view, v, own)):
        return None  # "give me one hour with you and your chief of staff": that is the ask ("your team at Ansongo sits in" is not)
    weighed = t.dep == "xcomp" and view.tags[t.head].lemma in view.grammar.weighing and view.tags[t.head].tag in ("VB", "VBP", "VBZ")
    if t.tag == "VBG" and not listed and not weighed and not any(view.tags[c].dep == "aux" for c in view.children(v)):
        return None  # "grading the river road", "the fighters digging at night": no proposal ("might consider assigning one nurse" is)
    if speakers_own_step(view, v, actor):
        return None
    if actor is not None and seen is None and not (gained or asked) and not force_actor(view, actor, ctx):
        return None  # "the Council renews the mandate every June": someone else acts
    lo, hi = own[0], own[-1] + 1
    positions = specifics_in(view, own, ctx.places | ctx.units, v, ctx.documents)
    specifics = [view.tags[i].text for i in positions]
    if not specifics:
        return NearMiss(lo, hi, "an action without a place, unit, number or time")
    if any(i in ctx.processes for i in own) and not any(named_sector(view, i) for i in positions) and all(
            staff(s) or s in view.grammar.token_amounts or s in view.grammar.compass for s in specifics):
        return None  # a process change with only a staff branch ("U5 adds one annex") is the how
    if any(i in ctx.processes for i in after) and carries_only_gender(view, v, ctx.gendered):
        return None
    if any(i in ctx.processes for i in after) and any(i in ctx.gendered for i in after[:3]) and not _concrete_objects(view, after, ctx):
        return None  # "we build gender into our planning, our orders and our reporting from next month": the how
        # ("J3 sends the FRAGO on Monday" acts on a process with no gender term: an example)
    who = view.tags[actor].lemma if actor is not None else ""
    at = actor if actor is not None else lo
    return Example(lo, hi, t.lemma, things, core_object(view, v), specifics, who, where=as_said(view, positions), at=at,
                   points_back=points_back(view, v, own), shares_doer=shares_doer(view, v) and not listed)


def _concrete_objects(view: View, after: list[int], ctx: Context) -> list[int]:
    """Nouns after the verb that name a thing, a unit or people, not a process, a gender term or a time."""
    return [i for i in after if view.tags[i].pos in NOUN_POS and i not in ctx.processes and i not in ctx.gendered
            and view.tags[i].lemma not in view.grammar.time_words and view.tags[i].pos != "NUM"
            and not view.tags[i].text.isdigit() and view.tags[i].text not in view.grammar.number_words]


def proposal_spans(view: View, scenario: Scenario) -> list[tuple[int, int]]:
    """Every clause put as something to do (a modal, an imperative, a plan, a numbered point) whose
    doer is not a civilian, concrete or not: what it names is what is proposed, which the why must
    not read as a reason ("the JOC runs an early-warning line for women"). A resolution is no
    proposer: "resolution 2164 makes gender cross-cutting in our mandate" is the why."""
    civilians = view.hits(scenario.examples.civilians) | view.hits(scenario.judge.mandate)
    out = []
    for v, t in enumerate(view.tags):
        if t.pos != "VERB" or t.lemma in view.grammar.not_actions or t.lemma in view.grammar.speech_act_verbs or not is_main(view, v):
            continue
        actor = doer_of(view, v)
        own = own_span(view, v)
        if (actor is None or actor not in civilians) and proposed(view, v, own, view.enumerated(view.sentence_of(v)[0])):
            out.append((own[0], own[-1] + 1))
    return out


def _restatements(view: View) -> set[int]:
    """Where the speaker says a proposal again ("the same checkpoint", "in other words"); "at the same
    time" says when, not again ("… at the same time the planning cell will add an annex …")."""
    texts = view.texts
    return {i for i in view.starts_of(view.grammar.restatement)
            if not (i + 1 < len(texts) and texts[i + 1] in view.grammar.time_nouns)}


def find_examples(view: View, scenario: Scenario) -> tuple[list[Example], list[NearMiss]]:
    rules = scenario.examples
    ctx = Context(
        view.hits(rules.specifics), view.hits(rules.units), view.hits(scenario.judge.processes), view.hits(rules.abstract), view.hits(rules.other_missions),
        view.hits(rules.civilians), _restatements(view), view.opened, view.hits(scenario.judge.harms),
        view.hits(scenario.judge.mandate), view.hits(scenario.judge.gender), view.hits(scenario.judge.decisions),
    )
    found: list[Example] = []
    misses: list[NearMiss] = []
    listing = False  # after "what I want is this": the phrases with no verb that follow are its points
    for lo, hi in view.sentences:
        if lo in view.opened and view.texts[lo] in view.grammar.status_labels:
            continue  # "Before: the Gao QRF goes out with whoever's on shift": the state the proposal changes
        candidates = [c for v in range(lo, hi) if (c := _candidate(view, v, ctx)) is not None]
        examples = [c for c in candidates if isinstance(c, Example)]
        misses.extend(c for c in candidates if isinstance(c, NearMiss))
        verbs = [i for i in range(lo, hi) if view.tags[i].pos in ("VERB", "AUX") and view.tags[i].dep not in NOUN_LIKE_VERBS]
        if not examples and (view.enumerated(lo) or listing and not verbs and not addressed(view, lo, hi)):
            verbless = point_without_verb(view, lo, hi, ctx)
            examples = [verbless] if verbless else []
            if verbless and not view.enumerated(lo) and found and set(verbless.where) & set(found[-1].where):
                found[-1].hi = max(found[-1].hi, hi)  # "… in the market every Thursday. Women police with the soldiers, in the market, the Thursday."
                examples = []
        if verbs:
            listing = wants_what_follows(view, lo, hi)
        for ex in examples:
            restates = any(lo <= r < ex.hi for r in ctx.restated)  # "In other words, once a month, …"
            same = next((k for k in reversed(found) if same_proposal(k, ex, restates, view.grammar)), None)
            if same is None and restates:
                same = said_before(view, found, [r for r in ctx.restated if lo <= r < ex.hi], lo)
            resumed = ex.actor in view.grammar.pronoun_doers and unit_before(view, ex.at, ctx)
            if same is None and found and found[-1].lemma in view.grammar.going_to and ex.lo < found[-1].hi and not ex.actor:
                same = found[-1]  # "the engineers go meet the women …", "go and talk to …": the going is for the meeting
            if same is None and found and tells_heading(view, found[-1], ex, lo):
                same = found[-1]  # "Three, the quick reaction force of Gao. It takes one woman medic on every night call": one point
            if same is None and ex.points_back and found and not view.enumerated(lo):
                same = found[-1]
            if same is None and ex.shares_doer and found and found[-1].hi >= ex.lo - 1 and (not view.enumerated(lo) or found[-1].lo >= lo):
                same = found[-1]  # "would take a woman officer on the river patrol … and stop at the landing places"
            if same is None and resumed and found and not view.enumerated(lo) and resumes_object(view, found[-1], ex.at, ctx):
                same = found[-1]  # "each long-range patrol takes one woman officer, and she sits with the women"
            if same is None and ex.actor in view.grammar.pronoun_doers and not resumed and not view.enumerated(lo):
                if not found:
                    continue  # "they will walk to the wells": people spoken of before, not a proposal
                same = found[-1]  # "… they also talk with the women": the same proposal, elaborated
            if same:
                same.lo, same.hi = min(same.lo, ex.lo), max(same.hi, ex.hi)
            else:
                found.append(ex)
    return found, misses
