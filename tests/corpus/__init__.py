"""The judging corpus: passages in many voices, labelled by ../shared/design/judging-guide.md.

Each `*.toml` file holds passages written in one set of voices (a nervous junior
officer, a fluent senior officer, non-native speakers, an instructor's traps),
each with the labels a careful listener gives: why, how, ask (true/false) and
the number of distinct practical examples. One passage in three, chosen by a
hash of its id, is held out: it is never used to tune the judge, only to
report its scores (bench/judge_corpus.py, BENCHMARKS.md).
"""

from __future__ import annotations

import hashlib
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rehearse.core.types import Word

HERE = Path(__file__).parent
ELEMENTS = ("why", "how", "examples", "ask")


@dataclass(frozen=True)
class Passage:
    id: str
    voice: str
    kind: str
    delivery: tuple[str, ...]
    text: str
    why: bool
    how: bool
    examples: int
    ask: bool
    note: str = ""

    @property
    def held_out(self) -> bool:
        """One in three, fixed by the id, so the split never moves as passages are added."""
        return int(hashlib.sha1(self.id.encode()).hexdigest(), 16) % 3 == 0

    def label(self, element: str) -> bool | int:
        return getattr(self, element)


SENTENCE_PAUSE_S, CLAUSE_PAUSE_S = 0.6, 0.25
"""Pauses a speaker makes at a full stop and at a comma, as gaps between the passage's words.
Passages written as Whisper output (no punctuation) get none: the judge must cope with both."""


def passage_words(passage: Passage, wpm: float = 150.0) -> list[Word]:
    """The passage as timed words, with the pauses a speaker makes (the words keep their punctuation,
    as Whisper's do; the judge reads neither punctuation nor case)."""
    step = 60.0 / wpm
    out, t = [], 0.0
    for w in passage.text.split():
        out.append(Word(w, round(t, 3), round(t + step * 0.8, 3), 0.9))
        t += step + (SENTENCE_PAUSE_S if w[-1] in ".?!" else CLAUSE_PAUSE_S if w[-1] in ",;:" else 0.0)
    return out


def text_words(text: str) -> list[Word]:
    """A bare text paced as the corpus's passages are (a pause at each full stop and comma)."""
    return passage_words(Passage("text", "", "", (), text, False, False, 0, False))


def load_corpus(split: str = "all", folder: Path = HERE) -> list[Passage]:
    """Passages of `split`: "all", "tune" (used while building the judge) or "held_out".
    `folder`: another set of `*.toml` files in the same format (a new batch measured blind)."""
    out = []
    for path in sorted(Path(folder).glob("*.toml")):
        for raw in tomllib.loads(path.read_text(encoding="utf-8"))["passage"]:
            p = Passage(
                id=raw["id"], voice=raw["voice"], kind=raw["kind"], delivery=tuple(raw.get("delivery", ())),
                text=raw["text"].strip(), why=raw["why"], how=raw["how"], examples=int(raw["examples"]),
                ask=raw["ask"], note=raw.get("note", ""),
            )
            if split == "all" or (split == "held_out") == p.held_out:
                out.append(p)
    return out


SPANS = HERE / "spans"
"""Where each counted example is said, for the tune passages (bench/judge_examples.py): per passage,
one list of verbatim quotes per example, the first where its action is said, then each retelling."""


def load_spans(folder: Path = SPANS) -> dict[str, list[list[str]]]:
    """The example quotes of every passage that has them, by passage id."""
    out: dict[str, list[list[str]]] = {}
    for path in sorted(folder.glob("*.toml")):
        for raw in tomllib.loads(path.read_text(encoding="utf-8"))["passage"]:
            out[raw["id"]] = [list(quotes) for quotes in raw["examples"]]
    return out


def _bare(word: str) -> str:
    return word.lower().strip(".,;:!?\"'()[]…—-")


def span_words(passage: Passage, quotes: list[str]) -> list[tuple[int, int]]:
    """Word ranges [lo, hi) of `passage_words(passage)` that the quotes cover (a quote not found: none)."""
    words = [_bare(w) for w in passage.text.split()]
    out = []
    for q in quotes:
        want = [_bare(w) for w in q.split()]
        for i in range(len(words) - len(want) + 1):
            if words[i:i + len(want)] == want:
                out.append((i, i + len(want)))
                break
    return out


def tally(passages: list[Passage], verdicts) -> tuple[int, int, int]:
    """(right, judged, count off by more than 1) of `verdicts(passage) -> {why, how, ask, examples}`
    against the labels: why, how and ask each right or wrong, and examples right when both sides
    agree on "at least 3"."""
    right = total = off = 0
    for p in passages:
        got = verdicts(p)
        right += sum(got[key] == p.label(key) for key in ("why", "how", "ask"))
        right += (got["examples"] >= 3) == (p.examples >= 3)
        total += 4
        off += abs(got["examples"] - p.examples) > 1
    return right, total, off


def match_examples(found: list[tuple[int, int]], labelled: list[list[tuple[int, int]]]) -> Counter:
    """Right, spurious, split, missed and merged for one passage: each found example (a word range) is
    matched to the labelled example whose quotes it overlaps most (bench/judge_examples.py says how)."""
    def overlap(f: tuple[int, int], spans: list[tuple[int, int]]) -> int:
        return sum(max(0, min(f[1], hi) - max(f[0], lo)) for lo, hi in spans)

    pairs = sorted(((overlap(f, spans), i, j) for i, f in enumerate(found) for j, spans in enumerate(labelled)),
                   reverse=True)
    used_f: set[int] = set()
    used_l: set[int] = set()
    for o, i, j in pairs:
        if o and i not in used_f and j not in used_l:
            used_f.add(i)
            used_l.add(j)
    out: Counter = Counter(right=len(used_f))
    for i, f in enumerate(found):
        if i not in used_f:
            out["split" if any(overlap(f, labelled[j]) for j in used_l) else "spurious"] += 1
    for j, spans in enumerate(labelled):
        if j not in used_l:
            out["merged" if any(overlap(found[i], spans) for i in used_f) else "missed"] += 1
    return out


def evidence_ranges(passage: Passage, evidence: list[dict]) -> list[tuple[int, int]]:
    """Word ranges of `passage_words(passage)` that a report's example evidence quotes (its start time
    and its words as spoken), for `match_examples`."""
    words = passage_words(passage)
    out = []
    for e in evidence:
        lo = min(range(len(words)), key=lambda i: abs(words[i].start - e["start"]))
        out.append((lo, lo + len(e["text"].split())))
    return out
