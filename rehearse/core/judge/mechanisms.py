"""How: a mechanism named, the force's own process that carries gender.

A sentence counts when it names one of the force's own processes (planning,
orders, reporting, training, staffing, deployment) as the place gender goes:
with a verb that puts it there, or with gender in the same sentence. A wish
("we should all be more aware") names no process, and neither does a process
word in a story or in another mission's.
"""

from __future__ import annotations

from rehearse.core.judge.grammar import Grammar
from rehearse.core.judge.view import View
from rehearse.core.scenario import Scenario


def negation(g: Grammar, word: str) -> bool:
    return word in g.negations or word.endswith("n't")


def _governor(view: View, i: int) -> int | None:
    """The verb a word hangs from (itself when it is one), up the parse."""
    seen = set()
    while i not in seen:
        seen.add(i)
        if view.tags[i].pos in ("VERB", "AUX"):
            return i
        i = view.tags[i].head
    return None


def _told_or_done(view: View, i: int) -> bool:
    """A process word in a story ("the reports went up past twenty") or used as a verb of the
    moment ("the division is reporting fifty cases"): it names no mechanism of the force."""
    t = view.tags[i]
    if t.tag == "VBG" and any(view.tags[c].dep == "aux" for c in view.children(i)):
        return True
    if any(view.tags[c].dep == "relcl" and view.tags[c].tag == "VBD" for c in view.children(i)):
        return True  # "of the 140 reports we got from Sector East last quarter": those that came in, a figure
    verb = _governor(view, i)
    if verb is None or view.tags[verb].tag != "VBD" or view.tags[verb].lemma in view.grammar.story_placing:
        return False
    return not any(view.tags[c].text in view.grammar.conditions for c in view.children(verb))  # "if the orders said …"


def _lacked(view: View, i: int) -> bool:
    """"Not one of the twelve companies has a trained female searcher": a process word that only describes
    someone the force lacks is a figure for the why; "appoint a trained focal point" still staffs."""
    return view.tags[i].dep == "amod" and any(negation(view.grammar, view.tags[j].text) for j in range(view.sentence_of(i)[0], i))


ELSEWHERE_REACH = 25
"""A process word this soon after another mission is named is that mission's story ("in Liberia the
all-female FPU increased women's reporting"), not this force's mechanism."""
DOCUMENT_REACH = 6
"""How far after "in" the document's name may end ("in the weekly medical support plan")."""


def _placed_in_a_document(view: View, lo: int, hi: int) -> bool:
    """"We put both in the engineering works order for July", "we write it in the orders of the
    sector", "both are inside our weekly deployment plan": the proposals put into one of the
    force's documents, whatever the document is called. The document is named ("the", "our", "the
    works …") within a few words of "in", not "in order to"; read by position, as the parser often
    hangs such a document on the verb instead."""
    for j in range(lo, hi):
        into = view.tags[j]
        if into.text not in view.grammar.into or view.tags[into.head].lemma not in view.grammar.placing:
            continue
        if negation(view.grammar, view.tags[max(lo, into.head - 1)].text):
            continue
        noun = False
        for k in range(j + 2, min(hi, j + DOCUMENT_REACH)):
            t = view.tags[k]
            if t.pos == "NOUN" and t.lemma in view.grammar.process_documents:
                return True
            if t.pos in ("ADP", "AUX", "PRON") or t.pos == "VERB" and t.dep != "compound" or t.pos == "DET" and noun:
                break  # "into every operation | this force plans": a clause about it, no document named
            noun = noun or t.pos in ("NOUN", "PROPN")
    return False


def find_how(view: View, scenario: Scenario) -> list[tuple[int, int]]:
    terms = scenario.judge
    processes = {i for i in view.hits(terms.processes) if not _told_or_done(view, i) and not _lacked(view, i)}
    elsewhere = view.hits(scenario.examples.other_missions)
    out = []
    for lo, hi in view.sentences:
        in_sentence = [i for i in processes if lo <= i < hi and not any(max(lo, i - ELSEWHERE_REACH) <= j < i for j in elsewhere)]
        if _placed_in_a_document(view, lo, hi):
            out.append((lo, hi))
            continue
        if not in_sentence:
            continue
        rng = set(range(lo, hi))
        negated = {j for i in in_sentence for j in range(max(lo, i - 4), i) if negation(view.grammar, view.tags[j].text)}
        if negated and len(in_sentence) < 2:
            continue  # "the logistics plan doesn't need any change" names a process but puts nothing in it
        gendered = rng & view.hits(terms.gender)
        integrating = rng & (view.hits(terms.integration) - processes)
        named = {view.tags[i].lemma for i in in_sentence}
        if (gendered or integrating) or len(named) >= 2:
            out.append((lo, hi))
    return out
