"""The specifics that make an action a practical example: a place, a unit, a number or a time.

The judging guide asks that an example carry at least one. They are found by
position in the clause (so the report can quote them as said), with two
exceptions read from the parse: a number that names a document ("resolution
1325") makes nothing concrete, and "there" counts only as the place of the
verb itself, after a place was named. Staff branches ("J5", "every sector")
are where every order goes, so a process change that names only them is the how.
"""

from __future__ import annotations

import re

from rehearse.core.judge.view import View

STAFF = re.compile(r"^([gjsu][1-9]|hq|fhq|joc|headquarters|sectors?|contingents?|staff|qg|secteurs|compagnies|bataillons)$")
"""Staff branches and echelons in English and French."""
SECTOR = frozenset({"sector"})
THERE_REACH = 40
""""there" stands for a place named this many words before it, a sentence or two back."""


def staff(word: str) -> bool:
    """Staff branches and echelons that every order reaches: "J5", "every sector", "the contingents"."""
    return bool(STAFF.match(word))


def named_sector(view: View, i: int) -> bool:
    """"Sector East", "sector north": one sector, a place the point is set in, where "every sector" and
    "the sectors" are the echelon every order reaches."""
    t = view.tags
    sector = t[i].text in SECTOR and i + 1 < len(t) and t[i + 1].text in view.grammar.compass
    return sector or t[i].text in view.grammar.compass and i > 0 and t[i - 1].text in SECTOR


def _where_the_verb_acts(view: View, i: int, verb: int) -> bool:
    """"there" as the place of the verb itself ("put a module in there"), not of a clause inside it
    ("… before operations are planned there") and not "there is"."""
    head = view.tags[i].head
    if view.tags[head].pos == "ADP":
        head = view.tags[head].head
    return view.tags[i].dep != "expl" and head == verb


def _made_here(view: View, i: int) -> bool:
    """A place noun with an indefinite article ("a clinic", "a checkpoint") is the thing proposed, not the
    place it goes: "the clinic at Ber" and "one clinic" (a count) are specifics."""
    g = view.grammar
    return view.tags[i].pos == "NOUN" and any(
        view.tags[c].dep == "det" and view.tags[c].text in g.indefinite - g.number_words for c in view.children(i))


def specifics_in(view: View, span: list[int], places: set[int], verb: int = -1,
               documents: frozenset[int] | set[int] = frozenset()) -> list[int]:
    """Where the places, units, numbers and times in `span` are. A number in `documents` ("integrate
    resolution 1325 into our operations") names a text, so it makes no example concrete."""
    found = []
    for i in span:
        t = view.tags[i]
        if i in documents and i not in places:
            continue
        if i in places and _made_here(view, i):
            continue  # "there should be a clinic for women": the thing made, not where
        if i in places or t.text in view.grammar.time_words or t.text in view.grammar.number_words or t.text.isdigit() or t.pos == "NUM":
            found.append(i)
        elif t.text in view.grammar.there and _where_the_verb_acts(view, i, verb) and places & set(range(max(0, i - THERE_REACH), i)):
            found.append(i)  # "the induction course in Bamako. … I would put a gender module in there."
    return found


def as_said(view: View, positions: list[int]) -> tuple[str, ...]:
    """The specifics as an instructor reads them: neighbouring words as one phrase ("water points",
    "next month"), without the enumerator that opened the point ("first")."""
    phrases: list[list[int]] = []
    for i in positions:
        if i in view.opened:
            continue
        if phrases and phrases[-1][-1] == i - 1:
            phrases[-1].append(i)
        else:
            phrases.append([i])
    return tuple(dict.fromkeys(" ".join(view.tags[i].text for i in p) for p in phrases))
