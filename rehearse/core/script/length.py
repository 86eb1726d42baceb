"""How much speaking a draft holds: words, syllables and the pauses its punctuation asks for.

A pace in words per minute is measured on ordinary prose (a speaker's past takes, or a
default). A draft is not always ordinary: "resolution 2100" is three words on paper and
five syllables aloud, and a draft of short questions ("Why? How?") stops more often
than one of long sentences. So the forecast takes the words' sounding time at the pace,
scales it by the draft's syllables per word against ordinary prose, and adds the
draft's own pauses (the same stops the timeline lays out) in place of ordinary ones.
An ordinary draft gets exactly words / pace; measured on piper renderings this halves
the forecast's worst error (BENCHMARKS.md, "Script forecast").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rehearse.core.script.draft import Draft
from rehearse.core.script.timeline import pauses_total
from rehearse.core.text import normalise

SYLLABLES_PER_WORD = 1.47
"""Ordinary briefing prose: the judging corpus's punctuated passages (tests/corpus, 181 passages)
average 1.47 syllables per word by `syllables()`; tests/core/test_script_length.py rechecks it."""
PAUSE_S_PER_WORD = 0.075
"""Ordinary punctuation: the same passages ask for 0.075 s of stops per word (`timeline.pause_after`)."""
MIN_SOUNDING = 0.5
"""Even at an absurd pace, at least half of the time is words."""
_VOWELS = re.compile(r"[aeiouy]+")


def syllables(token: str) -> int:
    """Syllables of one normalised token, by vowel groups (a silent final e dropped); a number
    written in digits counts as said ("2100": twenty-one hundred)."""
    if token.isdigit():
        return max(1, round(len(token) * 1.25))
    n = len(_VOWELS.findall(token))
    if n > 1 and token.endswith("e") and not token.endswith(("le", "ee", "ye")):
        n -= 1
    return max(1, n)


@dataclass(frozen=True)
class DraftLength:
    words: int
    syllables: float
    pauses_s: float

    @classmethod
    def ordinary(cls, words: int) -> DraftLength:
        """A draft of `words` ordinary words: forecast exactly words / pace."""
        return cls(words, words * SYLLABLES_PER_WORD, words * PAUSE_S_PER_WORD)

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0

    def seconds_at(self, wpm: float) -> float:
        """Spoken seconds at `wpm`, a pace measured on ordinary prose."""
        if wpm <= 0 or not self.words:
            return 0.0
        ordinary = self.words * 60.0 / wpm
        sounding = max(ordinary - self.words * PAUSE_S_PER_WORD, ordinary * MIN_SOUNDING)
        return sounding * self.syllables / (self.words * SYLLABLES_PER_WORD) + self.pauses_s

    def to_dict(self) -> dict[str, Any]:
        return {"words": self.words, "syllables_per_word": round(self.syllables_per_word, 3),
                "pauses_s": round(self.pauses_s, 1), "ordinary_syllables_per_word": SYLLABLES_PER_WORD,
                "ordinary_pause_s_per_word": PAUSE_S_PER_WORD}


def draft_length(draft: Draft) -> DraftLength:
    sylls = sum(syllables(t) for w in draft.words for t in normalise(w.text))
    return DraftLength(len(draft.words), float(sylls), pauses_total(draft))
