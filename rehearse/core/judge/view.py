"""What the judge reads: the cleaned words, tagged and parsed, cut into clauses.

tiny.en often drops full stops, so sentences are not taken from punctuation.
They come from the parser, from pauses in the voice (silences in the audio, or
word gaps the recogniser left), and from openers such as "second" or "in week
six" that start a new point. Everything is lower-case and punctuation-free, so
a transcript with or without punctuation reads the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rehearse.core import nlp
from rehearse.core.judge.boundaries import asked_again, boundary_model, predicted_starts
from rehearse.core.judge.grammar import ENGLISH, Grammar
from rehearse.core.judge.silences import time_labels
from rehearse.core.nlp import Tagged
from rehearse.core.text import Token, find_any, quote, word_index
from rehearse.core.types import Evidence, Word

PAUSE_SPLIT_S = 0.6
"""A gap between two words this long starts a new sentence. Measured on tiny.en's word times for the
six frozen test reports: gaps after a full stop have a median of 0.8 s (90 of 109 at 0.5 s or more),
after a comma a median of 0.4 s (15 of 66 at 0.5 s or more); at 0.6 s a comma pause rarely cuts a clause."""
MAX_QUOTE_WORDS = 40


@dataclass
class View:
    tokens: tuple[Token, ...]
    tags: tuple[Tagged, ...]
    words: tuple[Word, ...]
    sentences: tuple[tuple[int, int], ...]
    opened: set[int] = field(default_factory=set)
    """Sentence starts opened by an enumerator or a timeline step ("second", "in week three")."""
    vocatives: set[int] = field(default_factory=set)
    """The listener named at a sentence's start ("General", "Force Commander")."""
    grammar: Grammar = ENGLISH
    """The closed-class words of the speech's language (`rehearse.core.judge.grammar`)."""
    _spans: dict[tuple[str, ...], list[tuple[int, int, str]]] = field(default_factory=dict)
    _hits: dict[tuple[str, ...], set[int]] = field(default_factory=dict)
    _starts: dict[tuple[str, ...], set[int]] = field(default_factory=dict)
    _texts: list[str] = field(default_factory=list)
    _index: dict[str, list[int]] = field(default_factory=dict)
    _children: list[list[int]] = field(default_factory=list)

    @property
    def texts(self) -> list[str]:
        if not self._texts and self.tokens:
            self._texts = [t.text for t in self.tokens]
            self._index = word_index(self._texts)
        return self._texts

    def _cue_spans(self, cues: tuple[str, ...]) -> list[tuple[int, int, str]]:
        """Where the cues match, found once per cue list: the judges ask for the same lists many times
        (the why once per sentence), and `hits` and `starts_of` read the same spans."""
        if cues not in self._spans:
            self._spans[cues] = find_any(self.texts, cues, self._index)
        return self._spans[cues]

    def hits_spans(self, cues: tuple[str, ...]) -> list[tuple[int, int, str]]:
        """Where the cues match: (start, end, cue)."""
        return self._cue_spans(cues)

    def hits(self, cues: tuple[str, ...]) -> set[int]:
        """Indices of tokens covered by any cue (scenario cue syntax)."""
        if cues not in self._hits:
            self._hits[cues] = {i for s, e, _ in self._cue_spans(cues) for i in range(s, e)}
        return self._hits[cues]

    def starts_of(self, cues: tuple[str, ...]) -> set[int]:
        """Indices where any cue starts (asked per token by the ask judge: kept, not rebuilt)."""
        if cues not in self._starts:
            self._starts[cues] = {s for s, _, _ in self._cue_spans(cues)}
        return self._starts[cues]

    def children(self, i: int) -> list[int]:
        if not self._children:
            kids: list[list[int]] = [[] for _ in self.tags]
            for j, t in enumerate(self.tags):
                if t.head != j:
                    kids[t.head].append(j)
            self._children = kids
        return self._children[i]

    def enumerated(self, lo: int) -> bool:
        """Whether the sentence starting at `lo` is a numbered point (its opener may be a sentence of its own)."""
        return any(lo - 3 <= o <= lo + 1 for o in self.opened)

    def sentence_of(self, i: int) -> tuple[int, int]:
        return next(((lo, hi) for lo, hi in self.sentences if lo <= i < hi), (i, i + 1))

    def evidence(self, lo: int, hi: int) -> Evidence:
        hi = min(hi, lo + MAX_QUOTE_WORDS)
        return Evidence(start=round(self.tokens[lo].start, 2), text=quote(list(self.tokens), self.words, lo, hi))


def _openers(texts: list[str], g: Grammar) -> set[int]:
    opened: set[int] = set()
    markers = {s for s, _, _ in find_any(texts, g.not_enumerating)}
    for s, e, _ in find_any(texts, g.enumerators):
        if s in markers:
            continue  # "first of all, welcome to Mali", "next to the LZ": no point is opened
        if e < len(texts) and texts[e] in g.time_words:
            continue  # "in the second and third weeks", "first week": a date, not a new point
        if s == 0 or texts[s - 1] not in g.not_an_opener_after | g.continues:
            opened.add(s)  # not "by the end of next month", "on the first of June"
        elif texts[s] in g.ordinals and e < len(texts) and texts[e] in g.starts_a_subject:
            opened.add(s)  # "the second the FPU in Gao puts …": no noun phrase runs on into "the"
    counted = 0
    for i in range(len(texts) - 1):
        if i in opened and texts[i] in g.ordinals:
            counted = max(counted, g.ordinals[texts[i]])  # "first, …, two, the CIMIC team …": one list
        before = texts[i - 1] if i else ""
        if before in g.not_an_opener_after or before in g.quantity_before:
            continue
        nxt = texts[i + 1]
        if texts[i] in g.counting:
            follows_count = g.counting_order.get(texts[i], 0) == counted + 1
            quantity = nxt.endswith("s") or nxt in g.generic_nouns or nxt in g.time_words
            if before in g.timeline_units:
                continue  # "week one": the step opened at "week"
            in_order = g.counting_order.get(texts[i], 0) == 1 or 0 < counted < g.counting_order.get(texts[i], 0)
            if (nxt in g.opens_a_clause and in_order) or (follows_count and counted and not quantity):
                opened.add(i)  # "one, the company in Gao…", "two: J9 and CIMIC fund…" (not "two women", nor
                # "four soldiers, two from the Ghanaian contingent": a count out of order is a quantity)
                counted = g.counting_order.get(texts[i], 0)
        if texts[i] in g.timeline_units and nxt in g.counting and before not in g.timeline_preps:
            opened.add(i)  # "week one, the battalion…"
    return opened


def _pause_ends_sentence(tokens: list[Token], i: int, g: Grammar, silent_before: frozenset[int],
                         predicted: frozenset[int] = frozenset()) -> bool:
    """A long pause ends a sentence unless the words on either side hold one phrase together:
    "with female soldiers, [0.6 s] on patrols in Gao" goes on; "the, [pause] company" and "we
    will, [pause] deploy" too. The pause is a long gap between the words' times, or a silence the
    audio shows before a word (`silences.words_after_silences`), a dropped filler between them included.
    `predicted`: tokens the boundary model starts a sentence at (`boundaries.py`), held by the same guards."""
    if i == 0:
        return False
    heard = i in predicted or any(k in silent_before for k in range(tokens[i - 1].word + 1, tokens[i].word + 1))
    if not heard and tokens[i].start - tokens[i - 1].end < PAUSE_SPLIT_S:
        return False
    before, after = tokens[i - 1].text, tokens[i].text
    if before in g.pointers and after in g.speakers | g.i_or_you | g.pronoun_doers | g.opening_verbs | g.passing_orders:
        return True  # "I'll leave it at that. [pause] Tell the Chief of Staff …": "that" ended a sentence
    if after in g.continues and _dated_opening(tokens, i, g):
        return True  # "… the daily situation report. [pause] From Monday the Gao company sends …"
    return after not in g.continues and before not in g.not_an_opener_after | g.modals


def _dated_opening(tokens: list[Token], i: int, g: Grammar) -> bool:
    """A preposition, a date, then a new subject: "from Monday the Gao company …", "in June the
    engineers …" open a sentence; "with female soldiers, [pause] on patrols in Gao" carries on."""
    nxt = [t.text for t in tokens[i + 1:i + 4]]
    if not nxt or nxt[0] not in g.time_words:
        return False
    rest = nxt[1:] if len(nxt) < 2 or nxt[1] not in g.time_words else nxt[2:]  # "on Monday morning the …"
    return bool(rest) and rest[0] in g.starts_a_subject


def _vocatives(texts: tuple[str, ...], starts: list[bool], g: Grammar) -> set[int]:
    """The listener named at the start of a sentence ("General, sign this order today", "Force
    Commander, …"). Read lower-case and unpunctuated, "general sign" tags as a noun phrase and the
    imperative is lost, so the parser reads a comma after the address (`nlp.tag`'s breaks)."""
    out: set[int] = set()
    for lo in (i for i, s in enumerate(starts) if s or i == 0):
        i = lo
        while i < len(texts) and texts[i] in g.vocatives:
            i += 1
        if lo < i < len(texts) - 2 and texts[i - 1] in g.address_words:
            out.update(range(lo, i))
    return out


def _breaks(vocatives: set[int]) -> frozenset[int]:
    """Where the parser reads a comma: after the last word of each address."""
    return frozenset(i for i in vocatives if i + 1 not in vocatives)


def _as_vocative(t: Tagged, at: int) -> Tagged:
    """The address stands apart: no subject of the verb after it ("Force Commander, call …")."""
    return Tagged(t.text, t.lemma, "PROPN", "NNP", "vocative", at, t.sent_start)


MIN_PARSED_SENTENCE = 3
"""The small French parser, reading lower-case words, starts sentences at odd words ("je | vous demande",
"et le bataillon | de Mopti pourrait inviter …"): a start only it found is dropped when it leaves a
sentence shorter than this, or one without a verb, on either side."""


def _without_slivers(bounds: list[int], starts: list[bool], tags: tuple[Tagged, ...]) -> list[int]:
    def whole(lo: int, hi: int) -> bool:
        return hi - lo >= MIN_PARSED_SENTENCE and any(tags[i].pos in ("VERB", "AUX") for i in range(lo, hi))

    kept: list[int] = []
    for k, b in enumerate(bounds):
        nxt = bounds[k + 1] if k + 1 < len(bounds) else len(tags)
        prev = kept[-1] if kept else 0
        if starts[b] or b == 0 or (whole(prev, b) and whole(b, nxt)):
            kept.append(b)
    return kept or [0]


def _counted_alone(texts: tuple[str, ...], starts: list[bool], g: Grammar) -> set[int]:
    """"One. Kidal camp. Lights on the path to the latrines …": a count said alone, between two
    pauses, opens a point when the counts go in order ("one", then "two"); a count with its noun
    ("two women") or out of order ("four, two from Ghana") is a quantity."""
    out, last = set(), 0
    for i, word in enumerate(texts[:-1]):
        order = g.counting_order.get(word, 0)
        if order and order in (1, last + 1) and (i == 0 or starts[i]) and starts[i + 1]:
            out.add(i)
            last = order
    return out


def build_view(tokens: list[Token], words: tuple[Word, ...], grammar: Grammar = ENGLISH,
               silent_before: frozenset[int] = frozenset()) -> View:
    """`grammar`: the closed-class words of the speech's language; its parser is that language's too.
    `silent_before`: indices of the words the audio shows a sentence's silence before."""
    g = grammar
    opened = _openers([t.text for t in tokens], g) | time_labels(tokens, g, silent_before, PAUSE_SPLIT_S)
    texts = tuple(t.text for t in tokens)
    asked = asked_again(texts, g)
    starts = [i in opened or i in asked or _pause_ends_sentence(tokens, i, g, silent_before) for i in range(len(tokens))]
    opened |= _counted_alone(texts, starts, g)
    # Addresses after a pause or at the start are known before parsing; one after a sentence end
    # only the parser or the boundary model finds costs another parse.
    vocatives = _vocatives(texts, starts, g)
    tags = nlp.tag(texts, tuple(starts), _breaks(vocatives), g.language)
    if (model := boundary_model(g.language)) is not None:
        predicted = frozenset(predicted_starts(tags, model, starts))
        added = {i for i in predicted if not starts[i] and _pause_ends_sentence(tokens, i, g, silent_before, predicted)}
        if added:
            starts = [s or i in added for i, s in enumerate(starts)]
            vocatives = _vocatives(texts, starts, g)
            tags = nlp.tag(texts, tuple(starts), _breaks(vocatives), g.language)
    bounds = [i for i, t in enumerate(tags) if t.sent_start or starts[i]] or [0]
    if more := _vocatives(texts, [i in bounds for i in range(len(texts))], g) - vocatives:
        vocatives |= more
        tags = nlp.tag(texts, tuple(starts), _breaks(vocatives), g.language)
        bounds = [i for i, t in enumerate(tags) if t.sent_start or starts[i]] or [0]
    tags = tuple(_as_vocative(t, i) if i in vocatives else t for i, t in enumerate(tags))
    if g.language != "en":
        bounds = _without_slivers(bounds, starts, tags)
    if bounds[0] != 0:
        bounds.insert(0, 0)
    sentences = tuple(zip(bounds, bounds[1:] + [len(tokens)], strict=True)) if tokens else ()
    return View(tuple(tokens), tags, words, sentences, opened, vocatives, g)
