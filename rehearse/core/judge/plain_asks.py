"""Asks in plain words: no request verb and no "approve" (`rehearse.core.judge.ask` reads those).

The terse speaker names the decision and what follows it ("your signature, and we are moving on
Monday"), tells the commander his part ("you give the order today and we start Friday"), or puts it
in three words ("yes or no, sir"). An imperative's subject, as the parser of unpunctuated speech
finds it, is read here too: an address or a lost frame before the verb is no subject.
"""

from __future__ import annotations

from rehearse.core.judge.view import PAUSE_SPLIT_S, View


def address_between(view: View, subject: int, verb: int) -> bool:
    """"… women searchers on the gate every shift, so that is it, sir, just say yes": unpunctuated, the
    parser makes the words before the address the subject of the imperative after it."""
    return any(view.tags[j].text in view.grammar.addresses for j in range(subject + 1, verb))


def frame_noun(view: View, subject: int, verb: int) -> bool:
    """"Before your helicopter lifts, give the order today": read without the comma, the frame's verb
    is tagged a noun and made the subject of the imperative after it. A noun subject after "before",
    "when" … hung on the same verb, with no verb of its own between, is that lost frame."""
    if view.tags[subject].pos != "NOUN":
        return False
    marks = [c for c in view.children(verb) if c < subject and view.tags[c].dep == "mark" and view.tags[c].text in view.grammar.subordinators]
    return bool(marks) and not any(view.tags[j].pos in ("VERB", "AUX") for j in range(marks[0] + 1, verb))


def has_subject(view: View, verb: int) -> bool:
    return any(view.tags[c].dep in ("nsubj", "nsubjpass") and not address_between(view, c, verb) and not frame_noun(view, c, verb)
               for c in view.children(verb))


THEN_REACH = 12
"""How far after the imperative the "and we start …" may come."""


def imperative_then_we(view: View, i: int) -> bool:
    """"Say the word today and we start Monday", "sign it and I brief the sectors tomorrow": a
    clause-opening imperative whose "and we/I <act>" says what follows the commander's yes; the
    plain-spoken ask of a speaker who never says "approve"."""
    t = view.tags[i]
    lo, _ = view.sentence_of(i)
    opening = i == lo or view.tags[i - 1].text in view.grammar.heading_or_courtesy or i - 1 in view.vocatives or (
        t.dep == "ROOT" and view.tags[i - 1].text not in view.grammar.not_before_imperative)  # a sentence end the pauses missed
    imperative = t.pos == "VERB" and t.tag in ("VB", "VBP") or t.text in view.grammar.opening_verbs
    if not opening or not imperative or t.lemma in view.grammar.not_directives | view.grammar.cognition_verbs:
        return False
    if has_subject(view, i):
        return False  # (a subjectless VBP at a sentence's start is an imperative the tagger read as present)
    for j in range(i + 2, min(i + THEN_REACH, len(view.tags) - 2)):
        if view.tags[j].text not in view.grammar.and_words or view.tags[j + 1].text not in view.grammar.then_doers:
            continue
        verb = j + 2 + (view.tags[j + 2].text in view.grammar.modals)
        return (verb < len(view.tags) and view.tags[verb].pos == "VERB"
                and view.tags[verb].lemma not in view.grammar.finding | view.grammar.cognition_verbs)
    return False


def says_yes(view: View, i: int) -> bool:
    """"say yes", "give me a yes": the decision in the plain words of a speaker who never says "approve"."""
    return view.tags[i].lemma in view.grammar.saying and any(
        view.tags[j].text in view.grammar.yes for j in range(i + 1, min(i + 4, len(view.tags))))


def you_then_we(view: View, i: int, decisions: set[int]) -> bool:
    """"You decide now, and I'll tell the QRF commander", "you give the order today and we start Friday":
    the commander's part told in the present, then what follows his yes (or when it is wanted). Not after
    "if" or "when" ("if you sign it, …" sets a condition)."""
    g = view.grammar
    if view.tags[i].text not in g.you or i + 1 >= len(view.tags) or (i > 0 and view.tags[i - 1].text in g.not_before_you_deciding):
        return False
    v = i + 1
    t = view.tags[v]
    named = any(j in decisions for j in range(v + 1, min(v + 5, len(view.tags))))
    if t.tag not in ("VB", "VBP") or not (t.lemma in g.speech_act_verbs or t.lemma in g.decision_verbs and named or says_yes(view, v)):
        return False
    ahead = range(v + 1, min(v + THEN_REACH, len(view.tags) - 1))
    return any(view.tags[j].text in g.and_words and view.tags[j + 1].text in g.then_doers for j in ahead) or any(
        view.tags[j].text in g.deadlines for j in range(v + 1, min(v + THEN_REACH, len(view.tags))))


def named_decision(view: View, i: int, decisions: set[int]) -> bool:
    """"Your signature, and we are moving on Monday", "your say-so on that before you fly": the decision
    named with no verb, then what follows the yes or when it is wanted; the terse speaker's ask. Not
    "your approval last year made the difference": a verb after it makes the decision a subject."""
    g = view.grammar
    if view.tags[i].text not in g.your or i + 1 not in decisions or view.tags[i + 1].pos == "VERB":
        return False
    lo, hi = view.sentence_of(i)
    if i - lo > 3 or any(view.tags[j].pos in ("VERB", "AUX") for j in range(lo, i)):
        return False
    ahead = range(i + 2, min(hi + 2, i + THEN_REACH, len(view.tags) - 1))
    for j in ahead:
        if view.tags[j].pos in ("VERB", "AUX") and not (j > 0 and view.tags[j - 1].text in g.you | g.then_doers):
            return False  # "your approval of the plan made the difference"
        if view.tags[j].text in g.and_words and view.tags[j + 1].text in g.then_doers or view.tags[j].text in g.deadlines:
            return True
        if view.tags[j].text in g.subordinators and view.tags[j + 1].text in g.you:
            return True  # "… before you fly"
    return False


def yes_or_no(view: View, i: int) -> bool:
    """"So: yes or no, sir, before you get on that plane": the decision asked for in three words, at
    the start of a sentence or put to the listener by name."""
    if i not in view.starts_of(view.grammar.yes_or_no):
        return False
    lo, _ = view.sentence_of(i)
    after = view.tags[i + 3].text if i + 3 < len(view.tags) else ""
    then = view.tags[i + 4].text if i + 4 < len(view.tags) else ""
    listed = i > 0 and view.tags[i - 1].pos in ("NOUN", "PROPN", "VERB") and view.tags[i - 1].text not in view.grammar.addresses and (
        view.tokens[i].start - view.tokens[i - 1].end < PAUSE_SPLIT_S)  # no full stop between: one phrase
    if listed and after in view.grammar.and_words and then in view.grammar.wh:
        return False  # "contacts with women, yes or no, and what was said": a field of a report
    return i - lo <= 2 or after in view.grammar.addresses


def let_us_start(view: View, i: int) -> bool:
    """"Let me start on Monday, sir", "let us deploy the team next week": leave asked to act, with a
    date. "Let me explain", "let us hope" and "let me start with a story" act on nothing, or on no day."""
    g = view.grammar
    if view.tags[i].lemma not in g.letting or i + 2 >= len(view.tags) or view.tags[i + 1].text not in g.let_whom:
        return False
    act = view.tags[i + 2]
    _, hi = view.sentence_of(i)
    return (act.pos == "VERB" and act.lemma not in g.not_actions
            and any(view.tags[j].text in g.time_words for j in range(i + 3, min(hi, i + 10))))


def decision_requested(view: View, i: int, decisions: set[int]) -> bool:
    """"Your approval of this approach is requested, Sir", "your approval … and your signature on the FRAGO
    are requested today": the staff writer's passive request; "approval was requested by the J3 last month"
    names no decision of the listener's."""
    t = view.tags[i]
    if t.lemma not in view.grammar.asking_for or t.tag != "VBN":
        return False
    subjects = [c for c in view.children(i) if view.tags[c].dep == "nsubjpass"]
    named = [j for c in subjects for j in (c, *view.children(c)) if j in decisions]
    return any(view.tags[k].text in view.grammar.your for j in named for k in view.children(j))
