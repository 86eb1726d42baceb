"""Why: a reason tied to the mission.

A sentence counts when it ties women, gender or the population to what the
force needs (information, protection, trust, its mandate...), or when it gives
a legal or mandate ground with an obligation ("resolution 1325 binds this
force"). "Important" or "a priority" alone is no reason, and a "because" about
a flight or the weather names nothing the force needs from gender. The how is
`rehearse.core.judge.mechanisms`.
"""

from __future__ import annotations

from collections.abc import Sequence

from rehearse.core.judge.mechanisms import find_how, negation
from rehearse.core.judge.needs_said import in_the_dark, not_needs
from rehearse.core.judge.view import View
from rehearse.core.scenario import Scenario

NEAR_WORDS = 30
"""A reason may run over two short sentences ("Women see what we miss. We lose half our information.")."""
TERSE_WORDS = 35
"""Terse speakers spread one reason over several short sentences ("Who walks to the water points?
Women. They see the fresh dirt. We never ask them."): read on while they stay this short together."""


def _reading_span(view: View, k: int) -> tuple[int, int]:
    """Sentence k and what reads with it: the next one when it is short, or more while all stay terse."""
    sentences = view.sentences
    lo, hi = sentences[k]
    if hi - lo >= NEAR_WORDS:
        return lo, hi
    end = hi
    for a, b in sentences[k + 1:]:
        if b - lo > (NEAR_WORDS * 2 if a == hi else TERSE_WORDS):
            break
        end = b
    return lo, end


def _consequence_of_previous(view: View, k: int) -> tuple[int, int] | None:
    """"… they hear everything. And so the force is missing half of it": a sentence that opens on a
    consequence reads with the one before it, however long that one ran."""
    lo, hi = view.sentences[k]
    if k == 0 or not any(lo <= i <= lo + 1 for i in view.starts_of(view.grammar.consequence_openers)):
        return None
    start = k - 1
    while start > 0 and lo - view.sentences[start][0] < NEAR_WORDS and hi - view.sentences[start - 1][0] <= NEAR_WORDS * 2:
        start -= 1  # "the women … know where the fighters sleep | and we never ask them | so we keep driving into ambushes"
    return view.sentences[start][0], hi


def _sentences_with(view: View, need_all: list[set[int]]) -> list[tuple[int, int]]:
    out = []
    for k in range(len(view.sentences)):
        for span in (_reading_span(view, k), _consequence_of_previous(view, k)):
            if span and all(any(span[0] <= i < span[1] for i in hits) for hits in need_all):
                out.append(span)  # the evidence quotes what was read together ("Why? Because…")
                break
    return out


def _looking_back(view: View, gender: set[int], grounds: set[int]) -> list[tuple[int, int]]:
    """"That is why this gender business matters": the connective points at what was just said, so
    the sentence reads with the ones before it (a story of a need or a harm, up to NEAR_WORDS * 2)."""
    out = []
    for at in view.starts_of(view.grammar.back_reference):
        k = next((n for n, (lo, hi) in enumerate(view.sentences) if lo <= at < hi), None)
        if k is None:
            continue
        lo, hi = view.sentences[k]
        if not any(lo <= i < hi for i in gender):
            continue
        start = lo
        while k > 0 and hi - view.sentences[k - 1][0] <= NEAR_WORDS * 2:
            k -= 1
            start = view.sentences[k][0]
        if any(start <= i < lo for i in grounds):
            out.append((start, hi))
    return out


CAUSE_REACH = 16
"""How far before a need a connective must stand to make a proposal's purpose a reason ("…, because
without them we are blind")."""


def _purposes(view: View, needs: set[int], spans: list[tuple[int, int]]) -> set[int]:
    """Needs that only say what a proposal or a process is for ("a women's line for early warning",
    "the U2 splits the intelligence summary by sex"): what is done, not why gender matters; kept when
    a connective nearby makes them a reason."""
    causal = view.hits(view.grammar.causal)
    inside = {i for lo, hi in spans for i in range(lo, hi)}
    return {i for i in needs & inside if not any(i - CAUSE_REACH <= c < i for c in causal)}


def _names(view: View, hits: set[int], reasons: set[int]) -> set[int]:
    """Need words that only name a thing ("the intelligence company", "the early-warning line"); not
    when the thing is itself a reason word (an unpunctuated "… the mandate protection of women …")."""
    return {i for i in hits if view.tags[i].dep == "compound" and view.tags[i].head not in hits | reasons}


def _witnesses(view: View, gender: set[int], proposals: Sequence[tuple[int, int]]) -> list[int]:
    """Verbs that make women the ones who know: "the women at the well see it first", "they hear
    about the movements before our J2 does". Who holds the information the force lacks is a reason
    (the information need) whatever words carry it; inside a proposal it is only its purpose."""
    inside = {i for lo, hi in proposals for i in range(lo, hi)}
    out = []
    for v, t in enumerate(view.tags):
        if t.lemma not in view.grammar.witness_verbs or t.pos != "VERB" or v in inside:
            continue
        subject = next((c for c in view.children(v) if view.tags[c].dep == "nsubj"), None)
        lo, hi = view.sentence_of(v)
        own_needs = any(view.tags[j].lemma in view.grammar.own_needs for j in range(v, hi))
        resumed = subject is not None and view.tags[subject].text in view.grammar.resumptive and subject - 1 in gender  # "the women they know"
        if subject is not None and (subject in gender or resumed or _stands_for_women(view, subject, gender)) and not own_needs and not negation(view.grammar, view.tags[max(0, v - 1)].text):
            out.append(v)  # not "women know best what they need": that is their need, not the force's
    return out


PRONOUN_REACH = 20
"""How far back the subject a pronoun stands for may be ("the women are the ones who walk those wadis
at dawn for firewood; they see fresh tracks")."""


def _stands_for_women(view: View, subject: int, gender: set[int]) -> bool:
    """A relative or a pronoun whose subject before it is women: "it is the women who see the strangers
    first", "the women walk those wadis at dawn; they see fresh tracks"."""
    t = view.tags[subject]
    if t.tag in ("WP", "WDT"):
        return view.tags[t.head].dep == "relcl" and view.tags[t.head].head in gender
    if t.text not in view.grammar.women_pronouns:
        return False
    before = [j for j in range(max(0, subject - PRONOUN_REACH), subject) if view.tags[j].dep in ("nsubj", "nsubjpass")
              and view.tags[j].pos in ("NOUN", "PROPN")]
    return bool(before) and before[-1] in gender


def _negated(view: View, hits: set[int], cues: tuple[str, ...] = ()) -> set[int]:
    """"Not our job", "no threat to us": a need denied is no reason. A need that is itself said with a
    negation ("on ne sait rien", a cue of `cues` holding one) is not denied by it."""
    said_so = {i for s, e, _ in view.hits_spans(cues) if any(negation(view.grammar, view.tags[j].text) for j in range(s, e))
               for i in range(s, e)}
    return {i for i in hits - said_so if any(negation(view.grammar, view.tags[j].text) for j in range(max(0, i - 3), i))}


def _obligations(view: View, scenario: Scenario) -> set[int]:
    """What binds: a verb, a modal or a predicate ("binds", "must", "is bound", "accountable"), or a
    duty named as one. "An operation order" is a document, the how, not an obligation."""
    hits = view.hits(scenario.judge.obligations) - view.hits(scenario.judge.processes)
    return {i for i in hits if view.tags[i].pos in ("VERB", "AUX", "ADJ") or view.tags[i].lemma in view.grammar.obligation_nouns
            or i - 1 in hits}


def _told_the_speaker(view: View, needs: set[int], gender: set[int]) -> set[int]:
    """"The chief of staff told me you have five minutes", "I am told the wind is rising": what the
    speaker was told by the staff is news to them, not what the women tell the force ("the women told
    our patrol", "then she told me where the armed group kept the women")."""
    g = view.grammar

    def by_staff(i: int) -> bool:
        kids = view.children(i)
        if any(view.tags[c].text in g.i_or_you and view.tags[c].dep == "nsubjpass" for c in kids):
            return True
        teller = next((c for c in kids if view.tags[c].dep == "nsubj"), None)
        return (any(view.tags[c].text in g.me and view.tags[c].dep in ("dobj", "dative") for c in kids)
                and teller is not None and teller not in gender and view.tags[teller].text not in g.women_pronouns)

    return {i for i in needs if view.tags[i].pos == "VERB" and by_staff(i)}


def _binding(view: View, mandate: set[int]) -> set[int]:
    """Mandate terms that do the binding ("Resolution 2480 binds this force to it", "New York will ask what
    we did"): alone they are a reason. One the speaker only names ("the letter must reach New York by
    April", "the rotation plan goes to New York on Friday") needs a gender term beside it."""
    subjects = ("nsubj", "nsubjpass")
    return {i for i in mandate if view.tags[i].dep in subjects
            or view.tags[i].head in mandate and view.tags[view.tags[i].head].dep in subjects}


def _offices(view: View, gender: set[int]) -> set[int]:
    """"The Gender Unit's paper", "the gender adviser's office": a gender word that names an office
    names no topic, so a "because" in its sentence is about something else."""
    def office(j: int) -> bool:
        return j < len(view.tags) and view.tags[j].lemma.split("'")[0] in view.grammar.offices

    return {i for i in gender if view.tags[i].dep == "compound" and (office(view.tags[i].head) or office(i + 1))}


def _wished(view: View) -> set[int]:
    """Words under the speaker's hope, wish or feeling ("I just hope that one day this force really
    listens to the women of Kidal", "I feel we should be more sensitive"), or under a rhetorical "who
    would not want …": a wish gives no reason."""
    g = view.grammar

    def rhetorical(v: int) -> bool:  # "who among us would not want a force the women of Gao trust?"
        kids = view.children(v)
        return view.tags[v].lemma in g.wanting and any(view.tags[j].text in g.wh and view.tags[j].tag.startswith("W") for j in range(max(0, v - 5), v)) and any(
            negation(g, view.tags[c].text) for c in kids)  # (the "who" read by position: a pause the view kept whole hangs it elsewhere)

    todo = [v for v, t in enumerate(view.tags) if t.pos == "VERB" and (t.lemma in g.hoping and any(
        view.tags[c].dep == "nsubj" and view.tags[c].text in g.speakers for c in view.children(v)) or rhetorical(v))]
    out: set[int] = set()
    while todo:  # each hope with all the words under it
        i = todo.pop()
        if i not in out:
            out.add(i)
            todo.extend(view.children(i))
    return out


def find_why(view: View, scenario: Scenario, proposals: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """`proposals`: the clauses put as something to do (`examples.proposal_spans`)."""
    terms = scenario.judge
    gender, needs = view.hits(terms.gender), view.hits(terms.needs)
    wished = _wished(view)
    gender -= _offices(view, gender) | wished
    needs = needs - gender - wished  # "1325" is a gender term; it does not also supply the reason
    needs -= not_needs(view, needs)
    needs -= _purposes(view, needs, [*proposals, *find_how(view, scenario)])
    needs -= _names(view, needs, gender | view.hits(terms.harms)) | _negated(view, needs, terms.needs) | _told_the_speaker(view, needs, gender)
    needs |= in_the_dark(view, view.hits(scenario.examples.units)) - wished  # denied, as a need it must be
    harms = view.hits(terms.harms) - gender - needs
    linked = _sentences_with(view, [gender, needs])
    linked += _sentences_with(view, [gender, harms, view.hits(view.grammar.causal)])
    linked += _looking_back(view, gender, needs | harms)
    linked += [view.sentence_of(v) for v in _witnesses(view, gender, proposals)]
    mandate, obligations = view.hits(terms.mandate), _obligations(view, scenario)
    legal = _sentences_with(view, [mandate, obligations, gender]) + _sentences_with(view, [_binding(view, mandate), obligations])
    return sorted(set(linked) | set(legal))
