"""A take against its script: what was said, skipped, added and moved, and time per section.

`align(script_words, spoken_words)` lines up the take's time-stamped words with the
script's words. Speech departs from a script in known ways and each is handled where
it arises:
- fillers ("um", "uh") are left out before matching and counted;
- misheard words match by spelling (ratio >= 0.75) or by their place between two
  matches (`align_match`);
- restarts and repeats ("we build, we build gender into...") are spoken words that
  repeat script words said just around them: counted, never called ad-libs;
- skipped passages are script words with no spoken match, reported per paragraph
  with the rubric elements they carried, given by the caller as `ElementSpan`s;
- added passages (ad-libs) are runs of at least four spoken words with no match;
- reordered parts: the in-order pass leaves a moved passage as a skip plus an
  insertion; a second pass matches leftover spoken runs against leftover script runs,
  and the longest in-order chain of all matches decides what counts as out of order.
The function is pure: plain data in, frozen dataclasses out (`align_types`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from rehearse.core.script.align_match import CHAIN_STEP, Pair, match_in_order
from rehearse.core.script.align_parts import added_passages, section_times, skipped_passages
from rehearse.core.script.align_types import (
    Alignment,
    ElementSpan,
    ElementStatus,
    Match,
    OutOfOrder,
    SectionPlan,
)
from rehearse.core.script.draft import DraftWord
from rehearse.core.text import normalise
from rehearse.core.types import Word

DEFAULT_FILLERS = frozenset("um umm uh uhh er erm ah hmm mm mhm eh euh".split())
PLAN_WPM = 140.0
"""Planned pace for sections when the caller gives no plan (the forecast's default)."""
REORDER_MIN = 4
"""Spoken tokens a leftover run needs before it is looked for elsewhere in the script."""
MOVED_MIN = 3
"""Script words an out-of-order stretch needs to be reported (fewer is alignment noise)."""


def align(script_words: Sequence[DraftWord | str], spoken_words: Sequence[Word], *,
          elements: Iterable[ElementSpan] = (), sections: Sequence[SectionPlan] | None = None,
          fillers: Iterable[str] = DEFAULT_FILLERS) -> Alignment:
    """Align `spoken_words` (a take's words, in time order) to `script_words` (a `Draft`'s words,
    or plain strings: then the script is one paragraph). `elements`: which script spans carried
    which rubric element; `sections`: the planned time per section (default: one per paragraph
    at 140 wpm)."""
    script = [w if isinstance(w, DraftWord) else DraftWord(str(w), 0, 0) for w in script_words]
    filler_set = frozenset(fillers)
    S, s_owner = _tokens(w.text for w in script)
    P, p_owner, filler_words = _spoken_tokens(spoken_words, filler_set)
    pairs = match_in_order(S, P, list(range(len(S))), list(range(len(P))))
    pairs += _reordered(S, P, pairs)
    in_order = _in_order(pairs)
    word_pairs: dict[tuple[int, int], Match] = {}
    for (i, j, kind), ok in zip(pairs, in_order, strict=True):
        key = (s_owner[i], p_owner[j])
        if key not in word_pairs or (word_pairs[key].kind != "exact" and kind == "exact"):
            word_pairs[key] = Match(key[0], key[1], kind, ok)
    matches = tuple(sorted(word_pairs.values(), key=lambda m: (m.spoken, m.script)))
    said = [False] * len(script)
    for m in matches:
        said[m.script] = True
    spans = tuple(elements)
    statuses = tuple(ElementStatus(e, sum(said[max(e.start, 0):e.end])) for e in spans)
    plans = tuple(sections) if sections is not None else default_sections(script)
    added, restarts = added_passages(script, spoken_words, matches, filler_words)
    return Alignment(
        script_words=len(script), said_words=sum(said), matches=matches,
        skipped=skipped_passages(script, said, statuses),
        added=added, out_of_order=_moved(script, spoken_words, matches),
        sections=section_times(plans, spoken_words, matches, filler_words, said),
        elements=statuses, fillers=len(filler_words), restarts=restarts,
        misheard=tuple((script[m.script].text, spoken_words[m.spoken].word) for m in matches
                       if m.kind != "exact"),
    )


def default_sections(script: Sequence[DraftWord], wpm: float = PLAN_WPM) -> tuple[SectionPlan, ...]:
    """One section per paragraph, planned at `wpm`."""
    out: list[SectionPlan] = []
    start = 0
    for i in range(1, len(script) + 1):
        if i == len(script) or script[i].paragraph != script[start].paragraph:
            out.append(SectionPlan(f"paragraph {script[start].paragraph + 1}", start, i, (i - start) * 60.0 / wpm))
            start = i
    return tuple(out)


def _tokens(texts: Iterable[str]) -> tuple[list[str], list[int]]:
    toks, owner = [], []
    for k, text in enumerate(texts):
        for t in normalise(text):
            toks.append(t)
            owner.append(k)
    return toks, owner


def _spoken_tokens(words: Sequence[Word], fillers: frozenset[str]) -> tuple[list[str], list[int], set[int]]:
    """Spoken tokens without fillers, their word indices, and the words that were only fillers."""
    toks, owner, filler_words = [], [], set()
    for k, w in enumerate(words):
        parts = normalise(w.word)
        kept = [t for t in parts if t not in fillers]
        if parts and not kept:
            filler_words.add(k)
        for t in kept:
            toks.append(t)
            owner.append(k)
    return toks, owner, filler_words


def runs(indices: Iterable[int], min_len: int) -> list[list[int]]:
    """Maximal runs of consecutive integers, at least `min_len` long."""
    out: list[list[int]] = []
    for i in indices:
        if out and out[-1][-1] == i - 1:
            out[-1].append(i)
        else:
            out.append([i])
    return [r for r in out if len(r) >= min_len]


def _reordered(S: list[str], P: list[str], pairs: list[Pair], rounds: int = 20) -> list[Pair]:
    """Matches between leftover spoken runs and leftover script runs: parts said elsewhere."""
    extra: list[Pair] = []
    for _ in range(rounds):
        s_used = {p[0] for p in pairs} | {p[0] for p in extra}
        p_used = {p[1] for p in pairs} | {p[1] for p in extra}
        s_runs = runs((i for i in range(len(S)) if i not in s_used), 3)
        p_runs = runs((j for j in range(len(P)) if j not in p_used), REORDER_MIN)
        best: tuple[int, list[Pair]] | None = None
        s_grams = [_trigrams(S, sr) for sr in s_runs]
        for pr in p_runs:
            p_grams = _trigrams(P, pr)
            for sr, grams in zip(s_runs, s_grams, strict=True):
                if not grams & p_grams:
                    continue  # not one three-word phrase in common: this is not the moved part
                found = match_in_order(S, P, sr, pr)
                score = sum(1 for p in found if p[2] != "misheard")
                if score >= max(3, 0.4 * min(len(sr), len(pr))) and (best is None or score > best[0]):
                    best = (score, found)
        if best is None:
            break
        extra += best[1]
    return extra


def _trigrams(tokens: list[str], run: list[int]) -> set[tuple[str, str, str]]:
    return {(tokens[a], tokens[b], tokens[c]) for a, b, c in zip(run, run[1:], run[2:], strict=False)}


def _in_order(pairs: list[Pair]) -> list[bool]:
    """For each pair: does it belong to the longest chain that follows the script's order?"""
    order = sorted(range(len(pairs)), key=lambda k: (pairs[k][1], pairs[k][0]))
    tails: list[int] = []
    tail_at: list[int] = []
    back = [-1] * len(pairs)
    for k in order:
        s = pairs[k][0]
        pos = bisect_right(tails, s)
        back[k] = tail_at[pos - 1] if pos else -1
        if pos == len(tails):
            tails.append(s)
            tail_at.append(k)
        else:
            tails[pos], tail_at[pos] = s, k
    keep = [False] * len(pairs)
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        keep[k] = True
        k = back[k]
    return keep


def _moved(script: Sequence[DraftWord], spoken: Sequence[Word], matches: tuple[Match, ...]) -> tuple[OutOfOrder, ...]:
    """Stretches of out-of-order matches (consecutive in the take) of at least MOVED_MIN words."""
    groups: list[list[Match]] = []
    reached: list[int | None] = []
    last_in_order: int | None = None
    for m in matches:
        if m.in_order:
            last_in_order = m.script
            continue
        g = groups[-1] if groups else None
        if g and 0 <= m.spoken - g[-1].spoken <= CHAIN_STEP and 0 <= m.script - g[-1].script <= CHAIN_STEP:
            g.append(m)
        else:
            groups.append([m])
            reached.append(last_in_order)
    out = []
    for g, at in zip(groups, reached, strict=True):
        start, end = min(m.script for m in g), max(m.script for m in g) + 1
        if len({m.script for m in g}) >= MOVED_MIN:
            text = " ".join(w.text for w in script[start:end])
            out.append(OutOfOrder(start, end, text, script[start].paragraph, spoken[g[0].spoken].start, at))
    return tuple(out)
