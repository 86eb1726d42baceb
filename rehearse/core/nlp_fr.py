"""French parses, read as the judge reads English ones: one mapping, in one place.

spaCy's fr_core_news_sm gives Universal Dependencies and morphology, not Penn
tags; the judge (`rehearse.core.judge`) reads Penn-style tags and the
dependency names of the English model. This module turns the one into the other:

Tags (verbs and auxiliaries; other words keep their part of speech as tag):
- infinitive, imperative (Mood=Imp, or a subjectless "-ez"/"-ons" form the small
  model reads as a participle: "signez l'ordre") -> VB
- futur and conditionnel -> VB, with `modal` set: "la compagnie enverra deux
  médecins" proposes as "the company will send" does. Read from the form as well
  as the morphology (the small model often calls a futur a past): the lemma's
  futur stem ("envoyer" -> "enverr") and a futur or conditionnel ending.
- present indicative -> VBZ (third person singular) or VBP; subjunctive -> VBP
- passé composé (a past participle with its aux:tense "avoir"/"être"), imparfait,
  passé simple -> VBD: a told story, as the English past tense
- other past participles -> VBN; present participles -> VBG

Dependencies: nsubj:pass -> nsubjpass, aux:pass -> auxpass, aux:tense -> aux,
obj -> dobj, iobj -> dative, acl:relcl -> relcl, expl:* -> expl, obl:* and nmod
-> pobj (the noun of a prepositional phrase), flat:name -> flat.

Modals: English hangs "could" on "send"; French makes "pouvoir" the head and the
infinitive its xcomp ("nous pourrions installer"). A modal (pouvoir, devoir,
falloir, aller) with an infinitive under it becomes that infinitive's
auxiliary (tag MD, dependency aux), and the infinitive takes the modal's place
and its subject, negation and other words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MODAL_LEMMAS = frozenset("pouvoir devoir falloir aller".split())
FUTURE_ENDINGS = frozenset("a ai as ons ez ont ais ait ions iez aient".split())
FUTURE_STEMS = {
    "envoyer": "enverr", "faire": "fer", "être": "ser", "avoir": "aur", "voir": "verr", "venir": "viendr",
    "tenir": "tiendr", "aller": "ir", "pouvoir": "pourr", "devoir": "devr", "savoir": "saur",
    "vouloir": "voudr", "falloir": "faudr", "recevoir": "recevr", "courir": "courr", "mourir": "mourr",
    "obtenir": "obtiendr", "maintenir": "maintiendr", "devenir": "deviendr", "revenir": "reviendr",
    "appeler": "appeller", "acheter": "achèter", "employer": "emploier", "nettoyer": "nettoier",
    "prévenir": "préviendr", "soutenir": "soutiendr", "détenir": "détiendr",
}
"""Futur stems that are not the infinitive (less its final "e" for "-re" verbs)."""
DEPS = {
    "nsubj:pass": "nsubjpass", "aux:pass": "auxpass", "aux:tense": "aux", "aux:caus": "aux", "obj": "dobj",
    "iobj": "dative", "acl:relcl": "relcl", "expl:subj": "expl", "expl:comp": "expl", "expl:pv": "expl",
    "expl:pass": "expl", "obl": "pobj", "obl:arg": "pobj", "obl:mod": "pobj", "obl:agent": "pobj",
    "nmod": "pobj", "flat:name": "flat",
}
SUBJECTS = frozenset("nsubj nsubj:pass expl:subj".split())
IMPERATIVE_ENDINGS = ("ez", "ons")
NOT_BEFORE_IMPERATIVE = frozenset("vous nous je il elle on ils elles qui que".split())


@dataclass
class Parsed:
    """One word of a French parse, normalised: the fields of `rehearse.core.nlp.Tagged`."""

    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    sent_start: bool
    modal: bool = False


def future_or_conditional(text: str, lemma: str) -> bool:
    """"enverra", "installerions", "prendrait": the lemma's futur stem, then a futur or conditionnel ending."""
    stem = FUTURE_STEMS.get(lemma) or (lemma[:-1] if lemma.endswith("re") else lemma)
    return len(stem) > 2 and text.startswith(stem) and text[len(stem):] in FUTURE_ENDINGS


def verb_tag(token: Any, before: str) -> tuple[str, bool]:
    """The Penn-style tag of a French verb or auxiliary, and whether it proposes as a modal does."""
    morph = token.morph
    form, mood, tense = morph.get("VerbForm"), morph.get("Mood"), morph.get("Tense")
    deps = {c.dep_ for c in token.children}
    text, lemma = token.text.lower(), token.lemma_.lower()
    if "Inf" in form:
        return "VB", False
    if lemma not in MODAL_LEMMAS and ("Fut" in tense or "Cnd" in mood or future_or_conditional(text, lemma)):
        return "VB", True
    if "Imp" in mood or (text.endswith(IMPERATIVE_ENDINGS) and not deps & SUBJECTS and "aux:tense" not in deps
                         and before not in NOT_BEFORE_IMPERATIVE):
        return "VB", False
    if "Part" in form:
        if "Pres" in tense:
            return "VBG", False
        if deps & SUBJECTS and not deps & {"aux:tense", "aux:pass", "cop"}:
            return ("VBP" if "Plur" in morph.get("Number") else "VBZ"), False  # "notre hôpital fait …": no auxiliary
        return ("VBD" if "aux:tense" in deps else "VBN"), False
    if ("Imp" in tense or "Past" in tense) and not _present_form(text):
        return "VBD", False
    if "Sub" in mood:
        return "VBP", False
    third_singular = "3" in morph.get("Person") and "Sing" in morph.get("Number")
    return ("VBZ" if third_singular else "VBP"), False


RESUMING = frozenset("il elle ils elles".split())
"""After a comma, these resume the noun before it ("la compagnie de Bourem, elle fait …"): no new sentence."""
PRESENT_ENDINGS = ("e", "es", "ent", "ons", "ez")
PAST_ENDINGS = ("aient", "ions", "iez", "èrent", "irent", "urent", "ait", "ais")


def _present_form(text: str) -> bool:
    """"déploient", "organise": a present-tense ending the small model sometimes calls past (its
    imparfait and passé simple end otherwise: "installait", "déployèrent")."""
    return text.endswith(PRESENT_ENDINGS) and not text.endswith(PAST_ENDINGS)


def normalise_doc(doc: Any, verbs: frozenset[str] = frozenset()) -> list[Parsed]:
    """Every token of a French spaCy doc as the judge reads English ones (see the module docstring)."""
    out = []
    for t in doc:
        before = doc[t.i - 1].text.lower() if t.i else ""
        if t.pos_ in ("VERB", "AUX"):
            tag, modal = verb_tag(t, before)
        else:
            tag, modal = t.pos_, False
        dislocated = t.i > 1 and doc[t.i - 1].text == "," and t.text.lower() in RESUMING
        out.append(Parsed(t.text, _lemma(t, verbs), t.pos_, tag, DEPS.get(t.dep_, t.dep_), t.head.i,
                          bool(t.is_sent_start) and not dislocated, modal))
    _modals_as_auxiliaries(out)
    _verbs_read_as_modifiers(out)
    return out


_verbs: dict[int, frozenset[str]] = {}


def known_verbs(nlp: Any) -> frozenset[str]:
    """The verb lemmas the pipeline's own lemmatiser knows (its "lemma_index" table), read once."""
    if id(nlp) not in _verbs:
        try:
            table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
            _verbs[id(nlp)] = frozenset(table["verb"])
        except (KeyError, ValueError):
            _verbs[id(nlp)] = frozenset()
    return _verbs[id(nlp)]


def _lemma(token: Any, verbs: frozenset[str]) -> str:
    """The small model's lemma; a verb it lemmatised as a noun ("demande", "signe") gets its
    infinitive back ("demander", "signer") when the lemmatiser knows that verb; a pronoun is itself."""
    lemma = str(token.lemma_).lower()
    if token.pos_ == "PRON":
        return str(token.text).lower()  # "elle", not "lui": a doer is quoted as said
    if token.pos_ == "VERB" and lemma.endswith("e") and lemma + "r" in verbs:
        return lemma + "r"
    return lemma


RELATIVES = frozenset("qui que dont où lequel laquelle".split())
FINITE = frozenset("VBZ VBP VBD".split())


def _verbs_read_as_modifiers(words: list[Parsed]) -> None:
    """"le génie éclaire la route …": reading lower-case words, the small model often makes the noun
    the root and the verb after it an adjective of it. A finite verb hung as amod or acl on a root
    noun before it, with no relative pronoun and no verb between them and no subject of its own,
    heads the clause again, with the noun its subject. (Measured on the French tune passages: doing
    this for nouns that are not the root loses more examples than it finds.)"""
    for v, w in enumerate(words):
        if w.pos != "VERB" or w.dep not in ("amod", "acl") or not (w.tag in FINITE or w.modal):
            continue
        n = w.head
        if n >= v or words[n].pos not in ("NOUN", "PROPN") or not (
                words[n].dep == "ROOT" or words[n].dep == "appos" and words[words[n].head].dep == "ROOT"):
            continue  # "à Mopti, le CIMIC invite …": the unit in apposition to the place
        if any(c.head == v and c.dep == "nsubj" for c in words):
            continue
        if any(words[k].text.lower() in RELATIVES or words[k].pos in ("VERB", "AUX") for k in range(n + 1, v)):
            continue
        for c in words[v + 1:]:
            if c.head == n:
                c.head = v  # what follows the verb is the verb's
        w.dep, w.head = "ROOT", v
        words[n].dep, words[n].head = "nsubj", v


def _modals_as_auxiliaries(words: list[Parsed]) -> None:
    """"nous pourrions installer des lampes": "installer" heads the clause, "pourrions" hangs on it."""
    for m, w in enumerate(words):
        if w.lemma not in MODAL_LEMMAS or w.pos not in ("VERB", "AUX"):
            continue
        inf = next((i for i, c in enumerate(words) if c.head == m and i != m and c.dep == "xcomp" and c.tag == "VB"
                    and c.pos == "VERB"), None)
        if inf is None:
            continue
        for c in words:
            if c.head == m and c is not w:
                c.head = inf
        words[inf].dep, words[inf].head = w.dep, (inf if w.head == m else w.head)
        w.dep, w.head, w.pos, w.tag = "aux", inf, "AUX", "MD"
