"""What a clause does: who does it, and whether it proposes, plans, tells a story or describes.

The example judge asks these questions of every verb the parser finds, and the
why judge asks them too (a proposal's purpose is no reason). They read the
parse, not the wording: a modal, an imperative, a date, a numbered point or a
unit of the force acting in the present tense make a proposal; a past tense, a
passive with no modal, or "it"/"they" narrating in the present describe.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rehearse.core.judge.plan_shapes import has_modal, modal_progressive, posts_women, supposed, under_heading
from rehearse.core.judge.view import View

if TYPE_CHECKING:
    from rehearse.core.judge.proposals import Example

MAIN_DEPS = frozenset("ROOT conj ccomp parataxis".split())
"""Dependencies of a verb that heads its own proposal; xcomp only under a proposing verb (below)."""
OWN_SPAN_STOP = frozenset("conj ccomp parataxis".split())
OBJECT_DEPS = frozenset("dobj dative".split())
RESUME_WORDS = 10
"""How far back a resumptive pronoun's unit may stand ("the engineer company in Ansongo, before they
clear a road, they meet the women")."""


def own_span(view: View, root: int) -> list[int]:
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


def is_main(view: View, i: int) -> bool:
    t = view.tags[i]
    if t.dep == "advcl" and t.tag == "VB" and not any(view.tags[c].dep in ("mark", "aux", "nsubj") for c in view.children(i)):
        return True  # run-on imperatives without full stops: "light the footpaths … send the engineers …"
    kids = {view.tags[c].text for c in view.children(i)}
    if t.dep == "advcl" and kids & view.grammar.if_words and kids & view.grammar.modals and (t.tag == "VB" or modal_progressive(view, i)):
        return True  # "if the Kidal company could send two women soldiers to the well …": a proposal put as a condition
    if t.dep == "advcl" and supposed(view, i):
        return True  # "if the Gao QRF took a female medic …": the same, supposed
    if t.dep == "advcl" and t.tag == "VB" and kids & view.grammar.modals and not any(view.tags[c].dep == "mark" for c in view.children(i)):
        return True  # "… with a female doctor and the Kidal company could add two soldiers …": no subordinator, a clause of its own
    before = {view.tags[j].text for j in range(max(0, i - 3), i)}
    if t.dep == "relcl" and any(view.tags[c].text in view.grammar.resumptive for c in view.children(i)) and not before & view.grammar.wh:
        return True  # "the CIMIC of sector East, they meet the women": a resumptive pronoun, not a relative
    if under_heading(view, i):
        return True  # "the first pillar the FPU shall open a reception point at the Gao gate": the point itself
    if t.dep == "conj" and view.tags[t.head].pos == "VERB" and t.head != i:
        if any(view.tags[c].dep == "nsubj" and view.tags[c].pos in ("NOUN", "PROPN", "PRON") for c in view.children(i)) and not any(
                view.tags[c].dep == "mark" for c in view.children(i)):
            return True  # "before we clear the road … and one woman interpreter goes to the villages": a clause of its own
        return is_main(view, t.head)  # "… task the team to visit those villages and to return its findings": one step
    if t.dep == "xcomp" and view.tags[t.head].lemma in view.grammar.be and any(
            view.tags[c].dep == "nsubj" and view.tags[c].lemma in view.grammar.headings for c in view.children(t.head)):
        return True  # "the idea is to post a woman officer at every checkpoint in Gao": the proposal itself
    return t.dep in MAIN_DEPS or (t.dep == "xcomp" and view.tags[t.head].lemma in view.grammar.proposing)


def proposed(view: View, v: int, own: list[int], enumerated: bool) -> bool:
    """Put as a proposal: a modal, an imperative, under a proposing verb, numbered, or with a date or a
    rhythm ("every Tuesday"); a rhythm with "already" or "usually" on the verb and no date ahead is how
    things are (measured on the span labels, session 20: ten spurious examples fewer, none missed)."""
    t = view.tags[v]
    if has_modal(view, v):
        return True
    if t.dep == "xcomp" or enumerated:
        return True
    if t.tag in ("VB", "VBP", "VBD") and doer_of(view, v) is None:
        return True  # an imperative to the commander: "put a woman on every shift at the gate"
    if any(view.tags[c].text in view.grammar.status_words for c in view.children(v)) and not starts_ahead(view, own):
        return False  # "the clinic in Sévaré already receives civilians on Wednesdays": how things are
    markers = {view.tags[i].text for i in own if view.tags[i].text in view.grammar.plan_markers or view.tags[i].lemma in view.grammar.plan_markers}
    return bool(markers - view.grammar.now) or bool(markers) and t.tag not in ("VBZ", "VBP")


def subordinate(view: View, v: int) -> bool:
    """A clause opened by "when", "if", "before" … with no modal frames another clause: "when J5 plans
    an operation, somebody asks …" says when, and "before you leave" says until when; neither proposes.
    The parser of unpunctuated speech often makes such a clause the root, so its opener decides."""
    kids = view.children(v)
    opens = any(c < v and view.tags[c].text in view.grammar.subordinators and view.tags[c].dep in ("mark", "advmod")
                and c not in view.opened for c in kids)  # not a label ("After, our officers visit …")
    return opens and not (has_modal(view, v) or supposed(view, v))


def present_plan(view: View, v: int, actor: int | None, ctx: Context) -> bool:
    """"The engineers at Aguelhok meet the women's committee before …": a unit of the force doing
    something in the present tense, in a brief, is a plan; "our engineers already maintain that
    road" is a status, and a pronoun's present tense goes on describing. "The engineers of the Timbuktu
    camp put solar lights on that path" is present too, though the parser reads "put" as past."""
    t = view.tags[v]
    placing = t.tag == "VBD" and t.text == t.lemma and t.lemma in view.grammar.story_placing
    we = view.grammar.force_pronouns - view.grammar.pronoun_doers - view.grammar.i_or_you
    if actor is not None and view.tags[actor].text in we and (t.tag == "VBP" or placing):
        return posts_women(view, v, ctx)
    if (t.tag not in ("VBZ", "VBP", "VB") and not placing) or actor is None or view.tags[actor].text in view.grammar.force_pronouns | view.grammar.pronoun_doers:
        return False
    lo, hi = view.sentence_of(v)
    if any(view.tags[i].text in view.grammar.status_words for i in range(lo, hi)):
        return False
    if any(view.tags[c].text in view.grammar.indefinite_doers for c in view.children(actor)):
        return False  # "our patrols talk only with the chiefs": how our force works today; "a force that …": any force
    return force_actor(view, actor, ctx)


def doer_of(view: View, v: int) -> int | None:
    """The verb's subject; "sir" before an imperative ("sir, deploy the team") is an address, not a doer.
    A verb joined to another by "and" shares its subject ("we send the medics and train …"). When the parser
    gives a verb two subjects, "we" or "I" right before it is the doer ("first one in our task order for Gao we
    add one line": the heading read as a subject); "the company in Tessalit, it sends" keeps the company."""
    subjects = [c for c in view.children(v) if view.tags[c].dep in ("nsubj", "nsubjpass")]
    subject = next(iter(subjects), None)
    if len(subjects) > 1 and v - 2 <= subjects[-1] < v and view.tags[subjects[-1]].text in view.grammar.force_pronouns - view.grammar.pronoun_doers:
        subject = subjects[-1]
    t = view.tags[v]
    if subject is None and t.dep == "conj" and t.head != v and view.tags[t.head].pos in ("VERB", "AUX") and t.head < v:
        subject = next((c for c in view.children(t.head) if view.tags[c].dep in ("nsubj", "nsubjpass")), None)
    return None if subject is not None and view.tags[subject].text in view.grammar.addresses else subject


def described(view: View, v: int, actor: int | None) -> bool:
    """How things are or went, not what to do: a passive with no modal ("the J2 picture is built from
    men", "our convoy is getting hit"), or "it"/"they" in the present with no modal and no date (the
    patrol that "arrives in a village", told as a story)."""
    kids = view.children(v)
    if has_modal(view, v):
        return False
    if any(view.tags[c].dep in ("nsubjpass", "auxpass") for c in kids):
        return not starts_ahead(view, own_span(view, v))  # "a woman interpreter is assigned to the checkpoint from Monday": a plan
    lo, hi = view.sentence_of(v)
    dated = view.enumerated(lo) or any(view.tags[i].text in view.grammar.plan_markers - view.grammar.now for i in range(lo, hi))
    if view.tags[v].tag == "VBG" and any(view.tags[c].lemma in view.grammar.be for c in kids) and not dated:
        return True  # "the engineers at Gao, they are doing the road to Bourem", "today I am sitting in": under way
    if actor is None or view.tags[actor].text not in view.grammar.pronoun_doers or view.tags[v].tag not in ("VBZ", "VBP"):
        return False
    return not dated


def starts_ahead(view: View, span: list[int]) -> bool:
    """A date ahead in `span`: "from Monday", "by the first of June", "next month" (not "every day",
    nor the story's own "the next day")."""
    g = view.grammar
    for i in span:
        if view.tags[i].text in g.future_markers and not (i > 0 and view.tags[i - 1].text in g.the):
            return True
        if view.tags[i].text not in g.time_words:
            continue
        j = i - 1
        while j >= max(0, i - 4) and view.tags[j].text not in g.dating and (
                view.tags[j].pos in ("DET", "NUM", "ADP") or view.tags[j].text in g.number_words | g.list_places):
            j -= 1
        if j >= 0 and view.tags[j].text in g.dating:
            return True
    return False


def unit_engages(view: View, v: int, ctx: Context) -> bool:
    """"The Sector East JOC calls the women's association every Friday": talking is a concrete action
    when a named unit or role of the force does it (not "we should talk to the women more")."""
    actor = doer_of(view, v)
    if view.tags[v].lemma not in view.grammar.engaging or actor is None:
        return False
    if view.tags[actor].text in view.grammar.pronoun_doers:
        return resumes_unit(view, actor, ctx)  # "the engineers in Tessalit, before they dig, they ask the women"
    return view.tags[actor].text not in view.grammar.force_pronouns and force_actor(view, actor, ctx)


def force_actor(view: View, actor: int, ctx: Context) -> bool:
    """A doer of this force: we, a unit, a role. Its words (compounds, "in Gao") are looked at too."""
    words = [actor, *view.children(actor)]
    if any(view.tags[j].text in view.grammar.force_pronouns for j in words):
        return True
    if any(j in ctx.units for j in words):
        return True
    if view.tags[actor].text in view.grammar.pronoun_doers:
        return unit_before(view, actor, ctx)  # "the medical team of the battalion, it does a clinic"
    if view.tags[actor].lemma in view.grammar.list_items and not any(
            view.tags[c].dep in ("compound", "amod") and view.tags[c].text not in view.grammar.list_places for c in view.children(actor)):
        return False  # "the third point concerns the convoys": a point of the brief (a focal point acts)
    return view.tags[actor].lemma in view.grammar.force_roles


def resumes_unit(view: View, actor: int, ctx: Context) -> bool:
    """"The company commander in Gao, he can put …", "the medic of the company, she is going …": a
    pronoun right after a unit or role of the force stands for it, though "he" and "she" are
    otherwise civilians ("a woman, she stopped our vehicle")."""
    return view.tags[actor].text in view.grammar.pronoun_doers and unit_before(view, actor, ctx)


def resumes_object(view: View, earlier: Example, pronoun: int, ctx: Context) -> bool:
    """"Each long-range patrol takes one woman officer, and she sits with the women": the pronoun stands for
    what the earlier example acts on (not its doer), so what it does tells that example."""
    units = _units_before(view, pronoun, ctx)
    if not units or any(view.tags[j].dep in ("nsubj", "nsubjpass") or not earlier.lo <= j < earlier.hi for j in units):
        return False  # a unit that does something, or one named after the earlier example: a new doer
    return any(view.tags[j].dep in OBJECT_DEPS or view.tags[j].dep == "conj" and view.tags[view.tags[j].head].dep in OBJECT_DEPS
               for j in units)  # "takes one woman officer or a woman interpreter, and she …"


def names_unit(view: View, j: int, ctx: Context) -> bool:
    """Word `j` names a unit of the scenario or a role of the force ("the engineers", "the medic")."""
    return j in ctx.units or view.tags[j].lemma in view.grammar.force_roles


def _units_before(view: View, i: int, ctx: Context) -> list[int]:
    """Units or force roles named within RESUME_WORDS before `i`, in its sentence: what a pronoun there may stand for."""
    lo, _ = view.sentence_of(i)
    return [j for j in range(max(lo, i - RESUME_WORDS), i) if names_unit(view, j, ctx)]


def unit_before(view: View, i: int, ctx: Context) -> bool:
    """A unit or force role named just before `i` in the same sentence: the pronoun stands for it. A
    pronoun opening its sentence stands for a unit named in a sentence before it with no verb at all
    (a heading: "then in Timbuktu, the Burkina battalion, its CIMIC team. They hold one meeting …"), or
    named after the last verb of the sentence before ("what I ask is this, the battalion in Aguelhok from
    next month. It sends …")."""
    lo, _ = view.sentence_of(i)
    if _units_before(view, i, ctx):
        return True
    if i - lo > 1 or lo == 0:
        return False
    before = range(view.sentence_of(lo - 1)[0], lo)
    last_verb = max((j for j in before if view.tags[j].pos in ("VERB", "AUX")), default=before.start - 1)
    return any(names_unit(view, j, ctx) for j in range(last_verb + 1, lo))


@dataclass
class Context:
    places: set[int]
    units: set[int]
    processes: set[int]
    abstract: set[int]
    elsewhere: set[int]
    civilians: set[int]
    restated: set[int]
    opened: set[int]
    harms: set[int]
    documents: set[int] = field(default_factory=set)
    """Mandate terms ("resolution 1325", "2100"): a number there names a document, not a time or amount."""
    gendered: set[int] = field(default_factory=set)
    """The scenario's gender terms ("gender", "women", "1325")."""
    decisions: set[int] = field(default_factory=set)
    """What an ask requests ("approval", "support", "sign"): the listener giving one is the ask itself."""
