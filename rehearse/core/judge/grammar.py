"""The closed-class words the judge reads, per language: one `Grammar` per language it judges.

The judge's modules read grammar words (modals, request verbs, connectives,
number and time words, enumerators, forms of address, negations) through the
`View`'s grammar, never as literals, so a French take is read with French
words through the same rules. `for_language` picks it from the scenario's
language; any language without its own grammar is read as English.
The words themselves are in `english.py` and `french.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from types import ModuleType

from rehearse.core.judge import english, french


@dataclass(frozen=True)
class Grammar:
    """One language's closed classes; the fields are `english.py`'s names in lower case."""

    language: str
    not_actions: frozenset[str]
    speech_act_verbs: frozenset[str]
    decision_verbs: frozenset[str]
    cognition_verbs: frozenset[str]
    request_verbs: frozenset[str]
    modals: frozenset[str]
    causal: tuple[str, ...]
    back_reference: tuple[str, ...]
    consequence_openers: tuple[str, ...]
    witness_verbs: frozenset[str]
    obligation_nouns: frozenset[str]
    number_words: frozenset[str]
    time_words: frozenset[str]
    enumerators: tuple[str, ...]
    not_enumerating: tuple[str, ...]
    restatement: tuple[str, ...]
    pronoun_doers: frozenset[str]
    negations: frozenset[str]
    generic_nouns: frozenset[str]
    addresses: frozenset[str]
    not_an_opener_after: frozenset[str]
    continues: frozenset[str]
    counting_order: dict[str, int]
    counting: frozenset[str]
    ordinals: dict[str, int]
    quantity_before: frozenset[str]
    opens_a_clause: frozenset[str]
    starts_a_subject: frozenset[str]
    timeline_units: frozenset[str]
    address_words: frozenset[str]
    vocatives: frozenset[str]
    proposing: frozenset[str]
    force_roles: frozenset[str]
    list_items: frozenset[str]
    list_places: frozenset[str]
    resumptive: frozenset[str]
    wh: frozenset[str]
    questioned_nouns: frozenset[str]
    engaging: frozenset[str]
    status_words: frozenset[str]
    plan_markers: frozenset[str]
    now: frozenset[str]
    subordinators: frozenset[str]
    force_pronouns: frozenset[str]
    wanting: frozenset[str]
    not_wanted: frozenset[str]
    token_amounts: frozenset[str]
    past_markers: frozenset[str]
    future_markers: frozenset[str]
    dating: frozenset[str]
    """Before a date, these put it ahead ("from Monday", "by June"), unlike "every day" or "by men"."""
    answers: frozenset[str]
    """What the commander gives back when asked for "your answer": a decision not named as one."""
    letting: frozenset[str]
    let_whom: frozenset[str]
    """"Let me start on Monday": asking leave to act (`plain_asks.let_us_start`)."""
    seeing: frozenset[str]
    """"You will see two women soldiers at the checkpoint": what the commander will see (`plan_shapes.shown`)."""
    headings: frozenset[str]
    """What a list of points is called ("two measures: putting …"): a gerund hung on one is a point."""
    gaining: frozenset[str]
    """"The induction course gets a two-hour block from April": a unit or process of the force gets or has something (`plan_shapes.gains`)."""
    serving_as: frozenset[str]
    """"I am working as military gender advisor here": the speaker saying who they are (`stories.introduces_self`)."""
    self: frozenset[str]
    """The speaker alone as doer ("I will brief the Chief of Staff"): no example unless it brings a new thing (`doers`)."""
    indefinite: frozenset[str]
    """Articles and "one" that make a thing new ("a clinic", "one line"), as against "the order" or "it" (`doers.new_thing`)."""
    brief_parts: frozenset[str]
    """The brief's own parts ("five practical measures", "my five minutes"): acting on one is speaking of the brief (`doers`)."""
    asking_for: frozenset[str]
    """"We ask the TCCs for fifteen percent women": asking a third party for people (`doers.asks_others_for`)."""
    tasking: frozenset[str]
    """"It tasks the Sector North battalion to put …": the unit tasked does it (`doers.tasked_unit`)."""
    making: frozenset[str]
    made_idioms: frozenset[str]
    """What "make" makes (or "do" does) when it is no action: "make the point", "make sure", "do the needful"."""
    women_pronouns: frozenset[str]
    """"She told me where they kept the girls": a woman telling is the information need, a staff officer telling is not."""
    ranks: frozenset[str]
    compass: frozenset[str]
    plain_adjectives: frozenset[str]
    pointers: frozenset[str]
    process_documents: frozenset[str]
    placing: frozenset[str]
    into: frozenset[str]
    first_person: frozenset[str]
    not_before_question: frozenset[str]
    not_before_imperative: frozenset[str]
    placing_verbs: frozenset[str]
    question_subjects: frozenset[str]
    informing: frozenset[str]
    coming: frozenset[str]
    """"I wanted to come talk to you": coming to tell, still telling (`ask._told_after`)."""
    heading_or_courtesy: frozenset[str]
    verb_only: frozenset[str]
    getting: frozenset[str]
    leave_to_speak: frozenset[str]
    not_asks: tuple[str, ...]
    not_directives: frozenset[str]
    finding: frozenset[str]
    opening_verbs: frozenset[str]
    then_doers: frozenset[str]
    saying: frozenset[str]
    going_to: frozenset[str]
    hoping: frozenset[str]
    apologies: frozenset[str]
    taking_in: frozenset[str]
    pointing: frozenset[str]
    yes: frozenset[str]
    deadlines: frozenset[str]
    not_before_you_deciding: frozenset[str]
    third_person_address: frozenset[str]
    yes_or_no: tuple[str, ...]
    going: frozenset[str]
    speakers: frozenset[str]
    indefinite_doers: frozenset[str]
    be: frozenset[str]
    have: frozenset[str]
    there: frozenset[str]
    you: frozenset[str]
    your: frozenset[str]
    me: frozenset[str]
    my: frozenset[str]
    and_words: frozenset[str]
    the: frozenset[str]
    not_words: frozenset[str]
    if_words: frozenset[str]
    i_or_you: frozenset[str]
    question_particles: tuple[str, ...]
    not_before_request: frozenset[str]
    telling_you: frozenset[str]
    timeline_preps: frozenset[str]
    conditions: frozenset[str]
    own_needs: frozenset[str]
    story_placing: frozenset[str]
    request_nouns: frozenset[str]
    question_openers: frozenset[str]
    ready: frozenset[str]
    time_nouns: frozenset[str]
    offices: frozenset[str]
    passing_orders: frozenset[str]
    the_force: frozenset[str]
    possessive_pronouns: frozenset[str]
    keeping: frozenset[str]
    weighing: frozenset[str]
    """"The medical unit might consider assigning one female nurse": an action put up for thought, still proposed."""
    time_labels: frozenset[str]
    """"Before, … After, …": a state before and after, each a label between pauses (`silences.time_labels`)."""
    status_labels: frozenset[str]
    """The label of the state before ("Before: the QRF goes out with whoever is on shift"): never an example."""
    travelling: frozenset[str]
    """Verbs of going somewhere: the listener's own journey ("you must leave for Timbuktu soon") is no example."""
    placing_prepositions: frozenset[str]
    """Where "we" put women of the force ("in the escort", "on the patrol"): `plan_shapes.posts_women`."""



def _grammar(language: str, words: ModuleType) -> Grammar:
    """A grammar from a module of word lists: each field is the module's name for it in upper case."""
    return Grammar(language, **{f.name: getattr(words, f.name.upper()) for f in fields(Grammar) if f.name != "language"})


ENGLISH = _grammar("en", english)
FRENCH = _grammar("fr", french)
GRAMMARS = {"en": ENGLISH, "fr": FRENCH}


def for_language(language: str) -> Grammar:
    """The grammar of a scenario's language; English for any language the judge has none for."""
    return GRAMMARS.get(language, ENGLISH)
