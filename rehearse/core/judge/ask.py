"""The ask: a request addressed to the commander for a decision.

Three shapes, wherever they stand in the speech (bottom line up front counts):
- a first-person request for the commander's decision or action: "I need your
  signature", "what I need from you today is a go-ahead", "I'd like you to direct
  the J3";
- an imperative of a decision verb: "sign this before you fly", "kindly approve";
- a yes/no question that asks for a decision: "will you sign it?", "do I have
  your authority to start on Monday?".
Assumed agreement ("no doubt you agree"), a closing ("thank you for your time"),
a hope ("let's hope") and a question built on a verb of thinking ("can you
imagine") ask for nothing.
"""

from __future__ import annotations

from rehearse.core.judge.plain_asks import (
    decision_requested,
    frame_noun,
    has_subject,
    imperative_then_we,
    let_us_start,
    named_decision,
    says_yes,
    yes_or_no,
    you_then_we,
)
from rehearse.core.judge.view import View
from rehearse.core.scenario import Scenario

REACH = 13
"""How far after the request verb the decision or "you" may come."""
SPILL = 6
"""How far past a sentence end a request may find its object: a speaker who pauses on "what I need from
you today, sir, … is your signature" splits it at the pause."""


def _request(view: View, i: int, decisions: set[int]) -> bool:
    """'I ask you to…', 'what I need from you is your approval', 'my request is…'."""
    t = view.tags[i]
    if t.lemma not in view.grammar.request_verbs and t.text not in view.grammar.request_nouns:
        return False
    lo, hi = view.sentence_of(i)
    before = {view.tags[j].text for j in range(max(lo, i - 4), i)}
    if t.pos == "NOUN" or t.text in view.grammar.request_nouns and before & view.grammar.my:
        return any(j in decisions or view.tags[j].text in view.grammar.you | view.grammar.your
                   or view.tags[j].text == "that" and view.tags[j].dep == "mark" for j in range(i + 1, min(hi, i + REACH)))
    if not before & view.grammar.first_person and t.pos == "VERB" and _yours_needed(view, i, hi, decisions):
        return True  # "the FRAGO is on your desk and it needs your signature", "all it needs is your initials"
    if not before & view.grammar.first_person or before & view.grammar.not_before_request:
        return False
    if t.dep == "ccomp" and view.tags[t.head].lemma in view.grammar.informing and any(
            view.tags[c].dep == "nsubj" and view.tags[c].text not in view.grammar.first_person for c in view.children(t.head)):
        return False  # "everybody say we need more woman": what others say, not a request to the commander
    said = f" {' '.join(view.texts[max(lo, i - 5):i])} "
    if t.tag == "VBD" and any(f" {b} " in said for b in view.grammar.back_reference):
        return False  # "that's what I wanted you to have in your head": what was said, looked back on
    if any(view.tags[j].text in view.grammar.your and j + 1 < len(view.tags) and view.tags[j + 1].text in view.grammar.apologies
           for j in range(i + 1, min(i + 3, len(view.tags)))):
        return False  # "I ask your pardon for taking your time"
    if i + 2 < len(view.tags) and view.tags[i + 1].text == "to" and any(
            view.tags[j].lemma in view.grammar.informing for j in _told_after(view, i + 2)):
        return False  # "what I wanted to share with you", "I wanted to come talk to you": the speaker informs
    if i + 1 < len(view.tags) and view.tags[i + 1].text in view.grammar.wh - {"that"}:
        return False  # "in the plan we ask where are the women": a question the speaker's team asks
    window = range(i + 1, min(hi + SPILL, i + REACH, len(view.tags)))
    if any(j in decisions for j in window):
        return True
    if any(view.tags[c].dep == "dobj" and view.tags[c].lemma in view.grammar.answers and any(
            view.tags[k].text in view.grammar.your and view.tags[k].dep == "poss" for k in view.children(c)) for c in view.children(i)):
        return True  # "I would like your answer before you leave" ("I need your team on both patrols" asks for no decision)
    you = next((j for j in window if view.tags[j].text in view.grammar.you | view.grammar.your), None)
    if you is None:
        return False
    verb = next((j for j in range(you + 1, min(you + 4, len(view.tags))) if view.tags[j].pos == "VERB"), None)
    if verb is None or view.tags[verb].lemma in view.grammar.cognition_verbs | view.grammar.taking_in:
        return False
    if verb == you + 1 and view.tags[verb].lemma in view.grammar.telling_you:
        return False  # "ce que je voulais vous dire": the speaker tells the listener
    if view.tags[verb].lemma in ("tell", "say", "explain"):  # "I need you to tell the sectors …" passes an order
        after = view.tags[verb + 1].text if verb + 1 < len(view.tags) else ""
        return after not in ("me", "us", "what", "how", "why", "whether", "if")  # not "… tell me what you think"
    return True


def _told_after(view: View, j: int) -> range:
    """The verb after "to", or the one after a coming to it ("to come talk", "to come and tell")."""
    if view.tags[j].lemma in view.grammar.coming:
        return range(j, min(j + 3, len(view.tags)))
    return range(j, j + 1)


def _yours_needed(view: View, i: int, hi: int, decisions: set[int]) -> bool:
    """A document or a plan needs the commander's own decision: "your" and a decision just after the verb."""
    g = view.grammar
    subject = next((c for c in view.children(i) if view.tags[c].dep in ("nsubj", "csubj")), None)
    if subject is not None and view.tags[subject].text in g.you | g.first_person:
        return False  # "you need your rest", "we need your support" is read by the first-person rule
    return any(view.tags[j].text in g.your and j + 1 in decisions for j in range(i + 1, min(hi, i + 4)))


def _imperative(view: View, i: int, decisions: set[int]) -> bool:
    t = view.tags[i]
    placing = t.lemma in view.grammar.placing_verbs and any(
        view.tags[j].text in view.grammar.your for j in range(i + 1, min(i + 6, len(view.tags))))
    opening = i == view.sentence_of(i)[0] or view.tags[i - 1].text in view.grammar.heading_or_courtesy or i - 1 in view.vocatives or (
        t.dep == "conj" and _opens_imperative(view, t.head))  # "take out your pen and put your name on page two"
    if t.text in view.grammar.verb_only and opening:
        return True  # "approve actions one to four": a clause-opening "approve" is an imperative, however tagged
    if t.text in view.grammar.opening_verbs and opening and i + 1 < len(view.tags) and view.tags[i + 1].text in view.grammar.pointing:
        return True  # "sign it before you get on the helicopter": tagged a noun, but no noun runs on into "it"
    if opening and let_us_start(view, i):
        return True  # "let me start on Monday, sir"
    if opening and t.pos == "VERB" and says_yes(view, i) and not has_subject(view, i):
        return True  # "tell J3 yes this afternoon", "give us the nod"
    if (opening or _bare_imperative(view, i)) and t.lemma in view.grammar.passing_orders and not has_subject(view, i) and _someone_to_act(view, i):
        return True  # "tell the Chief of Staff to issue the FRAGO by Friday": the order, passed on
    if (t.lemma not in view.grammar.decision_verbs and not placing) or t.tag not in ("VB", "VBP") and not (
            t.tag == "VBD" and t.text == t.lemma and opening):  # "Put your signature on it this morning": "put" read as past
        return False
    if i > 0 and view.tags[i - 1].text in view.grammar.not_before_imperative:
        return False
    if i > 1 and view.tags[i - 1].pos == "ADV" and view.tags[i - 2].text in view.grammar.not_before_imperative:
        return False  # "the patrol order will then task the Swedish team"
    if any(view.tags[c].dep in ("nsubj", "nsubjpass") and not (c == i - 1 and c in decisions) and not frame_noun(view, c, i)
           for c in view.children(i)):
        return False  # a heading read aloud ("Decision: approve items one to four") is no subject
    if t.dep == "conj" and any(view.tags[c].dep == "nsubj" and view.tags[c].text not in view.grammar.you for c in view.children(t.head)):
        return False  # "we should all open our ears … and give them the respect": the subject of the first verb
    if t.lemma in ("allow", "permit", "let") and any(
            view.tags[j].lemma in view.grammar.leave_to_speak for j in range(i + 1, min(i + 7, len(view.tags)))):
        return False  # "allow an old chaplain a little story", "permit me a word": leave to speak, no decision
    if t.lemma in ("allow", "permit", "let") and i + 1 < len(view.tags) and view.tags[i + 1].text in view.grammar.let_whom and not any(
            view.tags[j].pos == "VERB" and view.tags[j].lemma not in view.grammar.not_actions and not any(
                view.tags[k].text in view.grammar.you for k in view.children(j))
            for c in view.children(i) for j in (c, *view.children(c)) if j > i + 1):
        return False  # "allow me one number", "allow me first to welcome you to Mali": leave to speak to the commander
    if t.lemma == "give":
        nxt = {view.tags[j].text for j in range(i + 1, min(i + 3, len(view.tags)))}
        if not nxt & {"me", "us", "your", "the"}:
            return False
    return True


def _opens_imperative(view: View, h: int) -> bool:
    """The verb opens its sentence as an imperative does: first, in the base form, with no subject."""
    return h == view.sentence_of(h)[0] and view.tags[h].tag in ("VB", "VBP") and not has_subject(view, h)


def _someone_to_act(view: View, i: int) -> bool:
    """The verb has someone (an object) and what they are to do (a clause of action): "… J3 to add women",
    or what is decided ("tell the Provost Marshal this morning that the roster changes")."""
    kids = view.children(i)
    acts = [c for c in kids if view.tags[c].dep == "xcomp" and view.tags[c].pos == "VERB"
            and view.tags[c].lemma not in view.grammar.not_actions]
    told = [c for c in kids if view.tags[c].dep in ("dobj", "dative", "iobj") and view.tags[c].text not in view.grammar.me]
    decided = any(view.tags[j].text in view.grammar.wh and view.tags[j].dep == "mark" for j in range(i + 1, min(i + 8, len(view.tags))))
    said = view.tags[i].tag in ("VB", "VBP") and any(
        view.tags[c].dep == "ccomp" and any(view.tags[k].dep in ("nsubj", "nsubjpass") for k in view.children(c))
        and not any(view.tags[j].tag in ("WP", "WRB", "WDT") or view.tags[j].text in view.grammar.if_words for j in range(i + 1, c))
        for c in kids)  # not "… asks the women what they are afraid of": a question, no order
    return bool(told) and (bool(acts) or decided or said)  # "tell the sector commander in Kidal it's on"


def _bare_imperative(view: View, i: int) -> bool:
    """A clause with no subject after a frame ("before you get on the helicopter, call the Chief of Staff and
    tell him …"), or joined to one: an imperative, though the frame keeps it from opening its sentence."""
    t = view.tags[i]
    h = t.head if t.dep == "conj" else i
    framed = any(c < h and view.tags[c].dep == "advcl" for c in view.children(h))
    return t.tag == "VB" and view.tags[h].dep == "ROOT" and view.tags[h].tag == "VB" and framed and not has_subject(view, h)


def _conditional_request(view: View, i: int, decisions: set[int]) -> bool:
    """"I would be grateful if you could approve both", "whether you would be willing to approve it",
    and in the third person of a formal speaker, "if the Commander could give me his decision": the
    commander, a modal, then a decision verb (the polite speaker's ask, with no question mark)."""
    addressed = view.tags[i].text in view.grammar.you or (
        view.tags[i].text in view.grammar.third_person_address and i > 0 and view.tags[i - 1].text in view.grammar.the)
    if not addressed or i + 2 >= len(view.tags) or view.tags[i + 1].text not in view.grammar.modals:
        return False
    rest = range(i + 2, min(i + 7, len(view.tags)))
    if any(view.tags[j].text in view.grammar.not_words for j in rest):
        return False
    if any(view.tags[j].lemma in view.grammar.speech_act_verbs and view.tags[j].pos == "VERB" or view.tags[j].text in view.grammar.verb_only
           for j in rest):
        return True  # ("if you would authorise the first": "authorise" read as an adverb is still the verb)
    third_person = view.tags[i].text not in view.grammar.you  # "could give me his decision": the decision named, not a verb of it
    return third_person and any(view.tags[j].lemma in view.grammar.decision_verbs for j in rest) and any(
        j in decisions for j in range(i + 2, min(i + 10, len(view.tags))))




def _question(view: View, i: int, decisions: set[int]) -> bool:
    """'will you sign', 'do I have your approval', 'can we start on Monday'."""
    t = view.tags[i]
    if t.text not in view.grammar.question_openers or i + 2 >= len(view.tags):
        return False
    subject = view.tags[i + 1].text
    lo, hi = view.sentence_of(i)
    if i + 1 >= hi and lo < i:
        return False  # "… here we are. I want to start with …": two sentences, no question (a lone "can" is the parser's slip)
    if subject not in view.grammar.question_subjects or {view.tags[j].text for j in range(max(0, i - 2), i)} & view.grammar.not_before_question:
        return False
    rest = range(i + 2, min(i + 5, len(view.tags)))
    verb = next((j for j in rest if view.tags[j].pos in ("VERB", "AUX", "ADJ")), None)
    if verb is None:
        return False
    decided = any(view.tags[c].dep == "xcomp" and view.tags[c].lemma in view.grammar.decision_verbs for c in view.children(verb))
    if view.tags[verb].lemma in view.grammar.cognition_verbs and not (decided and subject in view.grammar.you):
        return False  # "can you imagine" ("do you agree to sign the order today?" asks for the signature)
    if view.tags[verb].lemma == "be" and verb + 1 < len(view.tags) and view.tags[verb + 1].text in view.grammar.ready:
        verb += 1  # "would you be willing to instruct the J5 today?"
    lemma = view.tags[verb].lemma
    if lemma in view.grammar.modals:
        return False  # "do we must to talk more": no question a commander can answer with a decision
    if lemma in ("tell", "say") and subject not in view.grammar.you:
        ahead = [view.tags[j].text for j in range(verb + 1, min(verb + 8, len(view.tags)))]
        dated = any(w in view.grammar.time_words for w in ahead)  # "can I tell my team they begin on Monday?"
        return "you" not in ahead[:2] and ("to" in ahead or dated)  # "can I tell the Menaka company to start on Monday?"
    if (lemma in view.grammar.getting or t.text == "do") and subject not in view.grammar.you:
        return any(lo <= j < max(hi, i + SPILL) for j in decisions)  # "do I have your … yes": a sentence the parser ended early
    if subject in view.grammar.you:
        return lemma in view.grammar.decision_verbs or lemma in view.grammar.ready or says_yes(view, verb) or decided
    return lemma not in ("be", "afford", "ignore", "forget", "really", "continue", "do")


def _particle_question(view: View, i: int, decisions: set[int]) -> bool:
    """"Est-ce que vous signez cette directive aujourd'hui ?": a particle, the listener, then a decision
    verb (none in English, where the question inverts and `_question` reads it)."""
    if i not in view.starts_of(view.grammar.question_particles):
        return False
    j = i + len(next(p for p in view.grammar.question_particles if view.texts[i:i + len(p.split())] == p.split()).split())
    if j >= len(view.tags) or view.tags[j].text not in view.grammar.you:
        return False
    return any(view.tags[k].lemma in view.grammar.decision_verbs | view.grammar.ready or k in decisions
               for k in range(j + 1, min(j + 4, len(view.tags))))


def find_asks(view: View, scenario: Scenario) -> list[tuple[int, int]]:
    decisions = view.hits(scenario.judge.decisions)
    blocked = view.hits(view.grammar.not_asks)
    out: list[tuple[int, int]] = []
    for i in range(len(view.tags)):
        if any(j in blocked for j in range(max(0, i - 3), i + 1)):
            continue
        if (_request(view, i, decisions) or _imperative(view, i, decisions) or _conditional_request(view, i, decisions)
                or _question(view, i, decisions) or imperative_then_we(view, i) or yes_or_no(view, i)
                or _particle_question(view, i, decisions) or you_then_we(view, i, decisions) or named_decision(view, i, decisions)
                or decision_requested(view, i, decisions)):
            lo, hi = view.sentence_of(i)
            if (lo, hi) not in out:
                out.append((lo, hi))
    return out
