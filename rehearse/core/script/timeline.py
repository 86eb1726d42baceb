"""A draft as timed words: how it will sound, so the judge of spoken takes can read it.

The judge reads clauses from pauses in the voice (it splits at gaps of 0.6 s or more)
as well as from grammar, because Whisper often drops full stops. A draft read aloud
pauses where it is punctuated, so its words are laid out the way the judging corpus
lays out its passages (`tests/corpus.passage_words`): one step per word, a pause
after a full stop, a shorter one after a comma, and a longer breath between
paragraphs. The steps are then scaled so the whole draft lasts exactly the forecast
duration: every time the judge quotes is a time on the forecast clock, and the
paragraph that crosses 4:30 is found on the same clock as the forecast itself.
"""

from __future__ import annotations

from rehearse.core.script.draft import Draft, DraftWord
from rehearse.core.types import Word

SENTENCE_PAUSE_S = 0.6
"""A speaker's stop at a full stop: the same gap the corpus uses, and the judge's clause break."""
CLAUSE_PAUSE_S = 0.25
"""A breath at a comma, semicolon, colon or dash: below the clause break."""
PARAGRAPH_PAUSE_S = 1.0
"""Between paragraphs: a new point."""
WORD_SHARE = 0.8
"""Share of a word's step spent sounding it; the rest is the small gap between words."""
MIN_STEP_S = 0.12
"""500 words a minute: no one speaks faster, so a forecast too short for its pauses keeps this."""
_CLOSERS = "\"')]\u201d\u2019»"


def pause_after(word: DraftWord, next_word: DraftWord | None) -> float:
    """Seconds of silence after `word`, from punctuation and the draft's structure."""
    if next_word is None:
        return 0.0
    if next_word.paragraph != word.paragraph:
        return PARAGRAPH_PAUSE_S
    if word.sentence_end:
        return SENTENCE_PAUSE_S
    return CLAUSE_PAUSE_S if word.text.rstrip(_CLOSERS)[-1:] in ",;:\u2014\u2013" else 0.0


def pauses_total(draft: Draft) -> float:
    words = draft.words
    return sum(pause_after(w, words[i + 1] if i + 1 < len(words) else None) for i, w in enumerate(words))


def timed_words(draft: Draft, total_s: float | None = None, wpm: float = 150.0) -> tuple[Word, ...]:
    """The draft's words with start and end times. With `total_s`, the word step is chosen so the
    last word ends at `total_s` (pauses kept as they are); otherwise each word takes 60/`wpm` s."""
    words = draft.words
    n = len(words)
    if not n:
        return ()
    step = 60.0 / wpm
    if total_s is not None:
        step = max(MIN_STEP_S, (total_s - pauses_total(draft)) / max(n - 1 + WORD_SHARE, 1.0))
    out, t = [], 0.0
    for i, w in enumerate(words):
        out.append(Word(w.text, round(t, 3), round(t + step * WORD_SHARE, 3), 0.9))
        t += step + pause_after(w, words[i + 1] if i + 1 < n else None)
    return tuple(out)


def word_at(timeline: tuple[Word, ...] | list[Word], seconds: float) -> int:
    """Index of the word being said at `seconds` (the first word that ends after it);
    len(timeline) when the draft is over by then."""
    for i, w in enumerate(timeline):
        if w.end > seconds:
            return i
    return len(timeline)


def word_starting_at(timeline: tuple[Word, ...] | list[Word], seconds: float) -> int:
    """Index of the word whose start is nearest `seconds` (a judge quote's time, rounded to 0.01 s)."""
    if not timeline:
        return 0
    lo, hi = 0, len(timeline) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if timeline[mid].start < seconds:
            lo = mid + 1
        else:
            hi = mid
    if lo > 0 and abs(timeline[lo - 1].start - seconds) <= abs(timeline[lo].start - seconds):
        return lo - 1
    return lo
