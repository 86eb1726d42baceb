"""The parts of an alignment a speaker reads: skipped passages, ad-libs, time per section.

Kept apart from the matching (`align_match`) and its driver (`align`) because these are
the judgements a report shows, each with its own thresholds: a single unsaid "the" is
recognition noise, not a skipped passage; a repeated phrase is a restart, not an ad-lib.
"""

from __future__ import annotations

from collections.abc import Sequence

from rehearse.core.script.align_types import Added, ElementStatus, Match, SectionPlan, SectionTime, Skipped
from rehearse.core.script.draft import DraftWord
from rehearse.core.text import normalise
from rehearse.core.types import Word

MIN_SKIP = 3
"""Unsaid script words a passage needs to be reported (unless it is a whole sentence)."""
MIN_ADDED = 4
"""Unmatched spoken words an ad-lib needs; shorter ones are noise or a word heard twice."""
REPEAT_SHARE = 0.6
"""An unmatched stretch whose words mostly repeat the script around it is a restart."""


def skipped_passages(script: Sequence[DraftWord], said: list[bool],
                     elements: Sequence[ElementStatus]) -> tuple[Skipped, ...]:
    """Runs of unsaid script words, split at paragraph boundaries."""
    sentence_size: dict[int, int] = {}
    para_size: dict[int, int] = {}
    for w in script:
        sentence_size[w.sentence] = sentence_size.get(w.sentence, 0) + 1
        para_size[w.paragraph] = para_size.get(w.paragraph, 0) + 1
    out: list[Skipped] = []
    i = 0
    while i < len(script):
        if said[i]:
            i += 1
            continue
        j = i
        while j < len(script) and not said[j] and script[j].paragraph == script[i].paragraph:
            j += 1
        counts: dict[int, int] = {}
        for w in script[i:j]:
            counts[w.sentence] = counts.get(w.sentence, 0) + 1
        whole = sum(1 for s, n in counts.items() if n == sentence_size[s])
        if j - i >= MIN_SKIP or whole:
            carried = tuple(e.span.label for e in elements if not e.said
                            and 2 * (min(e.span.end, j) - max(e.span.start, i)) >= e.span.end - e.span.start)
            out.append(Skipped(i, j, " ".join(w.text for w in script[i:j]), script[i].paragraph, whole,
                               j - i == para_size[script[i].paragraph], carried))
        i = j
    return tuple(out)


def added_passages(script: Sequence[DraftWord], spoken: Sequence[Word], matches: Sequence[Match],
                   filler_words: set[int]) -> tuple[tuple[Added, ...], int]:
    """Ad-libs, and how many unmatched stretches were restarts or repeats."""
    script_of: dict[int, int] = {}
    for m in matches:
        script_of.setdefault(m.spoken, m.script)
    stretches: list[list[int]] = []
    open_run = False
    for k in range(len(spoken)):
        if k in filler_words:
            continue
        if k in script_of:
            open_run = False
        elif open_run:
            stretches[-1].append(k)
        else:
            stretches.append([k])
            open_run = True
    added: list[Added] = []
    restarts = 0
    for run in stretches:
        before = next((script_of[k] for k in range(run[0] - 1, -1, -1) if k in script_of), None)
        after = next((script_of[k] for k in range(run[-1] + 1, len(spoken)) if k in script_of), None)
        tokens = [t for k in run for t in normalise(spoken[k].word)]
        if _repeats(tokens, script, before, after, len(run)):
            restarts += 1
        elif len(run) >= MIN_ADDED:
            text = " ".join(spoken[k].word.strip() for k in run)
            added.append(Added(run[0], run[-1] + 1, spoken[run[0]].start, spoken[run[-1]].end, text, before))
    return tuple(added), restarts


def _repeats(tokens: list[str], script: Sequence[DraftWord], before: int | None, after: int | None,
             size: int) -> bool:
    anchors = [a for a in (before, after) if a is not None]
    if not tokens or not anchors:
        return False
    lo, hi = max(0, min(anchors) - size - 3), min(len(script), max(anchors) + size + 4)
    near = {t for w in script[lo:hi] for t in normalise(w.text)}
    return sum(1 for t in tokens if t in near) >= REPEAT_SHARE * len(tokens)


def section_times(plans: Sequence[SectionPlan], spoken: Sequence[Word], matches: Sequence[Match],
                  filler_words: set[int], said: list[bool]) -> tuple[SectionTime, ...]:
    """Seconds spent on each section: each stretch of the take that speaks a section's words
    (with the pause after it), summed; words between two of the same section's count for it."""
    section_of_script: dict[int, int] = {}
    for n, p in enumerate(plans):
        for i in range(p.start, p.end):
            section_of_script.setdefault(i, n)
    owner: list[int | None] = [None] * len(spoken)
    for m in matches:
        if owner[m.spoken] is None:
            owner[m.spoken] = section_of_script.get(m.script)
    known = [k for k, s in enumerate(owner) if s is not None]
    for a, b in zip(known, known[1:], strict=False):
        if owner[a] == owner[b]:
            for k in range(a + 1, b):
                owner[k] = owner[a]
    spent = [0.0] * len(plans)
    k = 0
    while k < len(spoken):
        sec = owner[k]
        j = k
        while j + 1 < len(spoken) and owner[j + 1] == sec:
            j += 1
        if sec is not None:
            end = spoken[j + 1].start if j + 1 < len(spoken) else spoken[j].end
            spent[sec] += max(0.0, end - spoken[k].start)
        k = j + 1
    return tuple(SectionTime(p.label, p.start, p.end, p.planned_s, spent[n], sum(said[p.start:p.end]))
                 for n, p in enumerate(plans))
