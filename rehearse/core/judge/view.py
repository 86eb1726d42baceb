"""What the judge reads: the cleaned words, tagged and parsed, cut into clauses.

tiny.en often drops full stops, so sentences are not taken from punctuation.
They come from the parser, from pauses in the voice (word gaps the recogniser
left), and from openers such as "second" or "in week six" that start a new
point. Everything is lower-case and punctuation-free, so a transcript with or
without punctuation reads the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rehearse.core import nlp
from rehearse.core.judge.english import ADDRESSES, ENUMERATORS, GENERIC_NOUNS, TIME_WORDS
from rehearse.core.nlp import Tagged
from rehearse.core.text import Token, find_any, quote, word_index
from rehearse.core.types import Evidence, Word

PAUSE_SPLIT_S = 0.6
"""A gap between two words this long starts a new sentence. Measured on tiny.en's word times for the
six frozen test reports: gaps after a full stop have a median of 0.8 s (90 of 109 at 0.5 s or more),
after a comma a median of 0.4 s (15 of 66 at 0.5 s or more); at 0.6 s a comma pause rarely cuts a clause."""
NOT_AN_OPENER_AFTER = frozenset(
    "the a an its our their his her this that every each my your by from until within before after over in on".split()
)
""""the second company" names a unit; "second, the company..." opens a point."""
MAX_QUOTE_WORDS = 40
CONTINUES = frozenset("on in at with to of for by from into near around before after between who which that".split())
"""Words that carry a phrase on over a pause: a preposition or a relative after a breath."""
COUNTING_ORDER = {w: n for n, ws in enumerate(["", "one 1", "two 2", "three 3", "four 4", "five 5", "six 6"]) for w in ws.split()}
COUNTING = frozenset(COUNTING_ORDER)
ORDINALS = {w: n for n, ws in enumerate(["", "first firstly", "second secondly", "third thirdly", "fourth fourthly", "fifth"])
            for w in ws.split()}
QUANTITY_BEFORE = frozenset("of for with to than about only just at".split())
OPENS_A_CLAUSE = frozenset("the a an we our i in at by from every each they you sir if".split())
TIMELINE_UNITS = frozenset("week month day phase step".split())
ADDRESS_WORDS = ADDRESSES | {"général"}
VOCATIVES = ADDRESS_WORDS | frozenset("force my mon dear yes so well okay ok".split())
"""What may open a sentence before the listener's name: "Force Commander, …", "So, General, …"."""


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


def _openers(texts: list[str]) -> set[int]:
    opened: set[int] = set()
    for s, e, _ in find_any(texts, ENUMERATORS):
        if e < len(texts) and texts[e] in TIME_WORDS:
            continue  # "in the second and third weeks", "first week": a date, not a new point
        if s == 0 or texts[s - 1] not in NOT_AN_OPENER_AFTER | CONTINUES:
            opened.add(s)  # not "by the end of next month", "on the first of June"
    counted = 0
    for i in range(len(texts) - 1):
        if i in opened and texts[i] in ORDINALS:
            counted = max(counted, ORDINALS[texts[i]])  # "first, …, two, the CIMIC team …": one list
        before = texts[i - 1] if i else ""
        if before in NOT_AN_OPENER_AFTER or before in QUANTITY_BEFORE:
            continue
        nxt = texts[i + 1]
        if texts[i] in COUNTING:
            follows_count = COUNTING_ORDER.get(texts[i], 0) == counted + 1
            quantity = nxt.endswith("s") or nxt in GENERIC_NOUNS or nxt in TIME_WORDS
            if before in TIMELINE_UNITS:
                continue  # "week one": the step opened at "week"
            in_order = COUNTING_ORDER.get(texts[i], 0) == 1 or 0 < counted < COUNTING_ORDER.get(texts[i], 0)
            if (nxt in OPENS_A_CLAUSE and in_order) or (follows_count and counted and not quantity):
                opened.add(i)  # "one, the company in Gao…", "two: J9 and CIMIC fund…" (not "two women", nor
                # "four soldiers, two from the Ghanaian contingent": a count out of order is a quantity)
                counted = COUNTING_ORDER.get(texts[i], 0)
        if texts[i] in TIMELINE_UNITS and nxt in COUNTING and before not in ("in", "by", "on"):
            opened.add(i)  # "week one, the battalion…"
    return opened


def _pause_ends_sentence(tokens: list[Token], i: int) -> bool:
    """A long pause ends a sentence unless the words on either side hold one phrase together:
    "with female soldiers, [0.6 s] on patrols in Gao" goes on; "the, [pause] company" too."""
    if i == 0 or tokens[i].start - tokens[i - 1].end < PAUSE_SPLIT_S:
        return False
    return tokens[i].text not in CONTINUES and tokens[i - 1].text not in NOT_AN_OPENER_AFTER


def _vocatives(texts: tuple[str, ...], starts: list[bool]) -> set[int]:
    """The listener named at the start of a sentence ("General, sign this order today", "Force
    Commander, …"). Read lower-case and unpunctuated, "general sign" tags as a noun phrase and the
    imperative is lost, so the parser reads a comma after the address (`nlp.tag`'s breaks)."""
    out: set[int] = set()
    for lo in (i for i, s in enumerate(starts) if s or i == 0):
        i = lo
        while i < len(texts) and texts[i] in VOCATIVES:
            i += 1
        if lo < i < len(texts) - 2 and texts[i - 1] in ADDRESS_WORDS:
            out.update(range(lo, i))
    return out


def _breaks(vocatives: set[int]) -> frozenset[int]:
    """Where the parser reads a comma: after the last word of each address."""
    return frozenset(i for i in vocatives if i + 1 not in vocatives)


def _as_vocative(t: Tagged, at: int) -> Tagged:
    """The address stands apart: no subject of the verb after it ("Force Commander, call …")."""
    return Tagged(t.text, t.lemma, "PROPN", "NNP", "vocative", at, t.sent_start)


def build_view(tokens: list[Token], words: tuple[Word, ...]) -> View:
    opened = _openers([t.text for t in tokens])
    starts = [i in opened or _pause_ends_sentence(tokens, i) for i in range(len(tokens))]
    texts = tuple(t.text for t in tokens)
    # Addresses after a pause or at the start are known before parsing, so most speeches are
    # parsed once; one after a sentence end only the parser finds costs a second parse.
    vocatives = _vocatives(texts, starts)
    tags = nlp.tag(texts, tuple(starts), _breaks(vocatives))
    bounds = [i for i, t in enumerate(tags) if t.sent_start or starts[i]] or [0]
    if more := _vocatives(texts, [i in bounds for i in range(len(texts))]) - vocatives:
        vocatives |= more
        tags = nlp.tag(texts, tuple(starts), _breaks(vocatives))
        bounds = [i for i, t in enumerate(tags) if t.sent_start or starts[i]] or [0]
    tags = tuple(_as_vocative(t, i) if i in vocatives else t for i, t in enumerate(tags))
    if bounds[0] != 0:
        bounds.insert(0, 0)
    sentences = tuple(zip(bounds, bounds[1:] + [len(tokens)], strict=True)) if tokens else ()
    return View(tuple(tokens), tags, words, sentences, opened, vocatives)
