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

from rehearse.core.judge.english import (
    ADDRESSES,
    COGNITION_VERBS,
    DECISION_VERBS,
    MODALS,
    REQUEST_VERBS,
    SPEECH_ACT_VERBS,
)
from rehearse.core.judge.view import View
from rehearse.core.scenario import Scenario

REACH = 13
"""How far after the request verb the decision or "you" may come."""
SPILL = 6
"""How far past a sentence end a request may find its object: a speaker who pauses on "what I need from
you today, sir, … is your signature" splits it at the pause."""
FIRST_PERSON = frozenset("i we id my".split())
"""Contractions ("I'd") are already written out by the cleaning; "id" is how tiny.en spells "I'd" without its apostrophe."""
NOT_BEFORE_QUESTION = frozenset("what who why how where when which if that whether as because".split())
NOT_BEFORE_IMPERATIVE = frozenset("to can could will would should must may might shall i we you they he she it who that which".split())
PLACING_VERBS = frozenset("put make include add".split())
"""Imperatives that ask only when they name the commander's own instrument: "put that in your directive"."""
QUESTION_SUBJECTS = frozenset("you i we".split())
INFORMING = frozenset(
    "share tell say brief present explain show update inform talk speak discuss highlight mention raise add cover".split())
"""Verbs of telling: "I want to share with you" informs; it requests nothing."""
HEADING_OR_COURTESY = frozenset("please sir kindly decision request recommendation just simply".split())
"""What may stand before a clause-opening imperative: "Decision: approve …", "sir, approve …"."""
VERB_ONLY = frozenset("approve authorize authorise endorse decide sanction".split())
"""Decision words that are never nouns, whatever a tagger fooled by a verbless slide says."""
GETTING = frozenset("have get".split())
""""Could I have …" asks for a decision only when a decision is named: "a copy of your itinerary" is a favour."""
LEAVE_TO_SPEAK = INFORMING | frozenset("story word minute moment remark".split())
NOT_ASKS = ("thank you", "thanks", "no doubt", "i am sure you", "let us hope")


def _request(view: View, i: int, decisions: set[int]) -> bool:
    """'I ask you to…', 'what I need from you is your approval', 'my request is…'."""
    t = view.tags[i]
    if t.lemma not in REQUEST_VERBS and t.text not in ("request", "ask"):
        return False
    lo, hi = view.sentence_of(i)
    before = {view.tags[j].text for j in range(max(lo, i - 4), i)}
    if t.pos == "NOUN" or t.text in ("request", "ask") and "my" in before:
        return any(j in decisions or view.tags[j].text in ("you", "your", "that") for j in range(i + 1, min(hi, i + REACH)))
    if not before & FIRST_PERSON:
        return False
    if i + 2 < len(view.tags) and view.tags[i + 1].text == "to" and view.tags[i + 2].lemma in INFORMING:
        return False  # "what I wanted to share with you": the speaker informs, asks nothing
    window = range(i + 1, min(hi + SPILL, i + REACH, len(view.tags)))
    if any(j in decisions for j in window):
        return True
    you = next((j for j in window if view.tags[j].text in ("you", "your")), None)
    if you is None:
        return False
    verb = next((j for j in range(you + 1, min(you + 4, len(view.tags))) if view.tags[j].pos == "VERB"), None)
    if verb is None or view.tags[verb].lemma in COGNITION_VERBS | {"listen"}:
        return False
    if view.tags[verb].lemma in ("tell", "say", "explain"):  # "I need you to tell the sectors …" passes an order
        after = view.tags[verb + 1].text if verb + 1 < len(view.tags) else ""
        return after not in ("me", "us", "what", "how", "why", "whether", "if")  # not "… tell me what you think"
    return True


def _imperative(view: View, i: int, decisions: set[int]) -> bool:
    t = view.tags[i]
    placing = t.lemma in PLACING_VERBS and any(
        view.tags[j].text == "your" for j in range(i + 1, min(i + 6, len(view.tags))))
    opening = i == view.sentence_of(i)[0] or view.tags[i - 1].text in HEADING_OR_COURTESY or i - 1 in view.vocatives
    if t.text in VERB_ONLY and opening:
        return True  # "approve actions one to four": a clause-opening "approve" is an imperative, however tagged
    if (t.lemma not in DECISION_VERBS and not placing) or t.tag not in ("VB", "VBP"):
        return False
    if i > 0 and view.tags[i - 1].text in NOT_BEFORE_IMPERATIVE:
        return False
    if i > 1 and view.tags[i - 1].pos == "ADV" and view.tags[i - 2].text in NOT_BEFORE_IMPERATIVE:
        return False  # "the patrol order will then task the Swedish team"
    if any(view.tags[c].dep in ("nsubj", "nsubjpass") and not (c == i - 1 and c in decisions) for c in view.children(i)):
        return False  # a heading read aloud ("Decision: approve items one to four") is no subject
    if t.lemma in ("allow", "permit", "let") and any(
            view.tags[j].lemma in LEAVE_TO_SPEAK for j in range(i + 1, min(i + 7, len(view.tags)))):
        return False  # "allow an old chaplain a little story", "permit me a word": leave to speak, no decision
    if t.lemma == "give":
        nxt = {view.tags[j].text for j in range(i + 1, min(i + 3, len(view.tags)))}
        if not nxt & {"me", "us", "your", "the"}:
            return False
    return True


NOT_DIRECTIVES = frozenset("let imagine look listen remember picture think consider go come".split())
"""Imperatives that set up a thought, not a decision: "imagine a village …", "go to any market and …"."""
FINDING = frozenset("see find hear know learn notice understand realise realize get".split())
"""What "… and we see the women there" reports: a finding, not what the force would start doing."""
OPENING_VERBS = VERB_ONLY | frozenset("say sign initial".split())
"""Words that open a sentence as a verb whatever the tagger says: unpunctuated, "say yes and she goes"
and "initial this line and it flies" tag as a noun and an adjective."""
THEN_DOERS = frozenset("we i it they she he".split())
"""Who acts once the commander says yes: "sign it and we start Monday", "say yes, and she goes this
Friday", "initial this line and it flies" (not "you": "go to any market and you see …" is a finding)."""
THEN_REACH = 8
"""How far after the imperative the "and we start …" may come."""


def _imperative_then_we(view: View, i: int) -> bool:
    """"Say the word today and we start Monday", "sign it and I brief the sectors tomorrow": a
    clause-opening imperative whose "and we/I <act>" says what follows the commander's yes; the
    plain-spoken ask of a speaker who never says "approve"."""
    t = view.tags[i]
    lo, _ = view.sentence_of(i)
    opening = i == lo or view.tags[i - 1].text in HEADING_OR_COURTESY or i - 1 in view.vocatives or (
        t.dep == "ROOT" and view.tags[i - 1].text not in NOT_BEFORE_IMPERATIVE)  # a sentence end the pauses missed
    imperative = t.pos == "VERB" and t.tag in ("VB", "VBP") or t.text in OPENING_VERBS
    if not opening or not imperative or t.lemma in NOT_DIRECTIVES | COGNITION_VERBS:
        return False
    if any(view.tags[c].dep in ("nsubj", "nsubjpass") for c in view.children(i)):
        return False  # (a subjectless VBP at a sentence's start is an imperative the tagger read as present)
    for j in range(i + 2, min(i + THEN_REACH, len(view.tags) - 2)):
        if view.tags[j].text != "and" or view.tags[j + 1].text not in THEN_DOERS:
            continue
        verb = j + 2 + (view.tags[j + 2].text in MODALS)
        return (verb < len(view.tags) and view.tags[verb].pos == "VERB"
                and view.tags[verb].lemma not in FINDING | COGNITION_VERBS)
    return False


def _conditional_request(view: View, i: int, decisions: set[int]) -> bool:
    """"I would be grateful if you could approve both", "whether you would be willing to approve it",
    and in the third person of a formal speaker, "if the Commander could give me his decision": the
    commander, a modal, then a decision verb (the polite speaker's ask, with no question mark)."""
    addressed = view.tags[i].text == "you" or view.tags[i].text in THIRD_PERSON_ADDRESS and i > 0 and view.tags[i - 1].text == "the"
    if not addressed or i + 2 >= len(view.tags) or view.tags[i + 1].text not in MODALS:
        return False
    rest = range(i + 2, min(i + 7, len(view.tags)))
    if any(view.tags[j].text == "not" for j in rest):
        return False
    if any(view.tags[j].lemma in SPEECH_ACT_VERBS and view.tags[j].pos == "VERB" for j in rest):
        return True
    third_person = view.tags[i].text != "you"  # "could give me his decision": the decision named, not a verb of it
    return third_person and any(view.tags[j].lemma in DECISION_VERBS for j in rest) and any(
        j in decisions for j in range(i + 2, min(i + 10, len(view.tags))))


THIRD_PERSON_ADDRESS = frozenset("commander general".split())
"""How a formal speaker names the listener: "if the Commander could give me his decision"."""
YES_OR_NO = ("yes or no",)


def _yes_or_no(view: View, i: int) -> bool:
    """"So: yes or no, sir, before you get on that plane": the decision asked for in three words, at
    the start of a sentence or put to the listener by name."""
    if i not in view.starts_of(YES_OR_NO):
        return False
    lo, _ = view.sentence_of(i)
    after = view.tags[i + 3].text if i + 3 < len(view.tags) else ""
    return i - lo <= 2 or after in ADDRESSES


def _question(view: View, i: int, decisions: set[int]) -> bool:
    """'will you sign', 'do I have your approval', 'can we start on Monday'."""
    t = view.tags[i]
    if t.text not in MODALS | {"do", "may", "are"} or i + 2 >= len(view.tags):
        return False
    subject = view.tags[i + 1].text
    if i + 1 >= view.sentence_of(i)[1]:
        return False  # "… here we are. I want to start with …": two sentences, no question
    if subject not in QUESTION_SUBJECTS or {view.tags[j].text for j in range(max(0, i - 2), i)} & NOT_BEFORE_QUESTION:
        return False
    rest = range(i + 2, min(i + 5, len(view.tags)))
    verb = next((j for j in rest if view.tags[j].pos in ("VERB", "AUX", "ADJ")), None)
    if verb is None or view.tags[verb].lemma in COGNITION_VERBS:
        return False
    lemma = view.tags[verb].lemma
    if lemma in MODALS:
        return False  # "do we must to talk more": no question a commander can answer with a decision
    if lemma in ("tell", "say") and subject != "you":
        ahead = [view.tags[j].text for j in range(verb + 1, min(verb + 8, len(view.tags)))]
        return "you" not in ahead[:2] and "to" in ahead  # "can I tell the Menaka company to start on Monday?"
    if (lemma in GETTING or t.text == "do") and subject != "you":
        lo, hi = view.sentence_of(i)
        return any(lo <= j < hi for j in decisions)
    if subject == "you":
        return lemma in DECISION_VERBS or lemma in ("willing", "ready", "prepared", "let", "allow", "make", "put")
    return lemma not in ("be", "afford", "ignore", "forget", "really", "continue", "do")


def find_asks(view: View, scenario: Scenario) -> list[tuple[int, int]]:
    decisions = view.hits(scenario.judge.decisions)
    blocked = view.hits(NOT_ASKS)
    out: list[tuple[int, int]] = []
    for i in range(len(view.tags)):
        if any(j in blocked for j in range(max(0, i - 3), i + 1)):
            continue
        if (_request(view, i, decisions) or _imperative(view, i, decisions) or _conditional_request(view, i, decisions)
                or _question(view, i, decisions) or _imperative_then_we(view, i) or _yes_or_no(view, i)):
            lo, hi = view.sentence_of(i)
            if (lo, hi) not in out:
                out.append((lo, hi))
    return out
