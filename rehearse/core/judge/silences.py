"""Where the voice went silent between two words, from the audio rather than Whisper's word times.

A sentence the speaker ends with a full stop should end in the judge too, or
the parser reads two proposals as one run and an example is lost. Whisper's
word timestamps blur pauses: on piper's voice, whose full stops carry 0.35 s
of silence, only 96 of 288 full stops left a word gap of 0.6 s (the judge's
`PAUSE_SPLIT_S`), while the audio showed a silence of 0.4 s or more at 279 of
them and at 9 of 304 commas. espeak-ng's full stops are quieter still (a
median silence of 0.34 s, its commas at most 0.26 s). So each silence the
audio shows (`VoiceFeatures.speech`, the gaps between voice-loud stretches) is
placed at the word boundary whose time lies nearest to it, and a silence of
`SILENCE_SPLIT_S` or more starts a sentence there when Whisper left any gap
between the two words (`WORD_GAP_S`), as a long word gap does, with the same guards ("with female soldiers, [pause] on patrols in Gao" goes
on). Measurements: BENCHMARKS.md, "The judge", session 13.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from rehearse.core.types import Interval, Word

if TYPE_CHECKING:
    from rehearse.core.judge.grammar import Grammar
    from rehearse.core.text import Token

SILENCE_SPLIT_S = 0.35
"""An audible silence this long between two words ends a sentence (see the module docstring)."""
WORD_GAP_S = 0.05
"""Whisper leaves at least this gap between two words where a sentence ends, and runs the words of a
phrase together over a silence inside it: of the silences of 0.35 s or more at boundaries with no
punctuation in the text (a breath, a stop consonant, "slightly [0.47 s] lower" in real speech), 4 of
78 had a word gap this long, against 857 of 906 at full stops (piper and three espeak-ng voices)."""
NEAREST_S = 1.0
"""A silence whose nearest word boundary is further away than this belongs to none (Whisper lost the words)."""


def words_after_silences(words: tuple[Word, ...], speech: tuple[Interval, ...],
                         min_s: float = SILENCE_SPLIT_S) -> frozenset[int]:
    """Indices of the words the audio shows a silence of at least `min_s` before."""
    if len(words) < 2 or len(speech) < 2:
        return frozenset()
    bounds = [(words[k - 1].end + words[k].start) / 2 for k in range(1, len(words))]
    out: set[int] = set()
    for before, after in zip(speech, speech[1:], strict=False):
        if after.start - before.end < min_s:
            continue
        middle = (before.end + after.start) / 2
        at = bisect_left(bounds, middle)
        near = [j for j in (at - 1, at) if 0 <= j < len(bounds)]
        best = min(near, key=lambda j: abs(bounds[j] - middle))
        if abs(bounds[best] - middle) <= NEAREST_S and words[best + 1].start - words[best].end >= WORD_GAP_S:
            out.add(best + 1)
    return frozenset(out)


LABEL_PAUSE_S = 0.2
"""A pause after "before" or "after" that makes it a label ("After, [pause] our officers visit …")."""


def time_labels(tokens: list[Token], g: Grammar, silent_before: frozenset[int], sentence_pause_s: float) -> set[int]:
    """"Before, nobody visited the association. After, our officers visit it every Monday": a before and
    after told as two labelled states. The label stands between two pauses, so it opens a sentence and
    is no subordinator ("after the patrol returns" runs on). `silent_before`: as in `view.build_view`."""
    def paused(k: int, at_least: float) -> bool:
        heard = any(w in silent_before for w in range(tokens[k - 1].word + 1, tokens[k].word + 1))
        return heard or tokens[k].start - tokens[k - 1].end >= at_least

    return {i for i in range(len(tokens) - 1) if tokens[i].text in g.time_labels
            and (i == 0 or paused(i, sentence_pause_s)) and paused(i + 1, LABEL_PAUSE_S)}
