"""Stripping the sign-off Whisper invents where a chunk of audio ends in silence.

tiny.en was trained on subtitled videos, so silence after the last word reads to it
as the end of a video: it appends "Thank you.", "Thanks for watching!" or "We'll
see you next time." Live chunks avoid most of it with a lookahead, but the end of a
take has nothing after it, and the speaker often waits a few seconds before stop.
Left in, such a phrase adds words and pace, and a "thank you" can pass for an ask.

Measured on the final chunks of synthetic speeches followed by 3 s of room noise
(bench notes in BENCHMARKS.md), every invented phrase had one of two marks:
- it opens on a word Whisper itself gives a near-zero probability ("Thanks" 0.009,
  "Thank" 0.012-0.033, "roll." 0.014), while the rest of the phrase, following from
  that word, looks confident;
- or its words are crushed into no time at all ("you next time." 0.0 s each),
  sometimes after one or two doubtful words ("We'll" 0.24, "see" 0.22).
A real last word has neither: it is confident and lasts a tenth of a second or more.
"""

from __future__ import annotations

from rehearse.audio.voicing import VOICELESS_TAIL_S
from rehearse.core.types import Word

INVENTED_PROB = 0.05
"""A word this improbable opens an invented phrase (real words near the end score far higher)."""
CRUSHED_S = 0.1
"""Shorter than a word said at the end of a sentence."""
ZERO_S = 0.02
"""So short that no sound can have been heard."""
MAX_PHRASE_WORDS = 4
"""Invented sign-offs are short; a low-probability word earlier than this is a real misheard word."""
DOUBT_PROB = 0.5
MAX_DOUBT_WORDS = 2
"""Doubtful words just before an invented phrase belong to it ("We'll see" + "you next time")."""
REACH_S = 0.3
"""The words left may end this much before the audible speech (Whisper ends words early)."""
AFTER_VOICE_S = 0.1
"""A doubtful word starting this long after the voice stopped is invented: Whisper's word starts are
this far off (measured: a real, doubtful "here." 0.06 s after; invented ones 0.19 s after)."""
HESITATIONS = frozenset({"um", "uh", "er", "erm", "ah", "hmm", "mm"})
"""Whisper doubts prompted fillers too; a filler is a real sound, never the start of a sign-off."""


def _plain(word: Word) -> str:
    return word.word.strip(" ,.?!;:\"'").lower()


def _phrase_start(words: list[Word]) -> int | None:
    """Index where an invented phrase at the end of `words` starts, or None."""
    n = run = len(words)
    while run and words[run - 1].end - words[run - 1].start < CRUSHED_S:
        run -= 1
    crushed = run < n and any(w.end - w.start < ZERO_S for w in words[run:])
    # The improbable opening word may come before the crushed words ("All right, thank you very much").
    before = run if crushed else n
    for i in range(max(0, before - MAX_PHRASE_WORDS), n):
        if words[i].probability < INVENTED_PROB and _plain(words[i]) not in HESITATIONS:
            return i
    return run if crushed else None


MAX_PASSES = 3
"""A long invention comes in pieces ("Thank you very much for watching" + "and I'll see you in the next
one."): each piece has its own improbable or crushed opening, so the tail is checked again after a drop."""


def drop_invented_tail(words: list[Word], speech_end: float | None = None, voiced: bool = False) -> list[Word]:
    """`words` without the sign-off Whisper may have invented at their end (see `_drop_once`).

    `voiced`: `speech_end` is where the voice stopped plus `VOICELESS_TAIL_S` (the chunker's, from
    `rehearse.audio.voicing`), not merely where the sound did, which a knock can prolong; doubtful
    words after the voice are dropped first (`_drop_after_voice`)."""
    words = list(words)
    if voiced and speech_end is not None:
        words = _drop_after_voice(words, speech_end - VOICELESS_TAIL_S + AFTER_VOICE_S)
        # The words left must reach where the voice stopped, not its voiceless tail: Whisper ends a word
        # early, and a sign-off opened just before that ("general." ends 0.09 s before the voice did,
        # then "Thank" 0.008: piper's NO_ASK and a knock).
        speech_end -= VOICELESS_TAIL_S
    for _ in range(MAX_PASSES):
        kept = _drop_once(words, speech_end)
        if len(kept) == len(words):
            break
        words = kept
    return words


def _drop_once(words: list[Word], speech_end: float | None) -> list[Word]:
    """`words` without one sign-off phrase Whisper may have invented at their end.

    `speech_end` (seconds, from the audio's energy): the words left must still reach
    the end of the audible speech. A misheard last word ("Timbuktu" heard as
    "temperature.", probability 0.03) covers sound and is kept; a sign-off does not.
    """
    start = _phrase_start(words)
    if start is None:
        return words
    # Crushed into no time from its first word on ("Thank" 0.004, then five more words at one instant):
    # it covers no sound, whatever the audio's energy says about the tail of the last real word.
    silent = all(w.end - w.start < ZERO_S for w in words[start:])
    # What is left must end where the speech ended, even if a word there was misheard.
    doubtful = 0
    while start and doubtful < MAX_DOUBT_WORDS and words[start - 1].probability < DOUBT_PROB:
        start, doubtful = start - 1, doubtful + 1
    if not silent and speech_end is not None and (not start or words[start - 1].end < speech_end - REACH_S):
        return words
    return words[:start]


def _drop_after_voice(words: list[Word], voice_end: float) -> list[Word]:
    """`words` without a trailing run that starts after the voice stopped and opens on a doubtful word.

    Measured on a real take ending "Alright, thanks." and a knock (BENCHMARKS.md): Whisper times its
    sign-off right after the last real word, over the knock ("We'll" 0.11 at 22.62 s, the voice
    stopped at 22.43 s), with no word improbable enough to open an invented phrase. A real word
    has a voiced sound (a vowel) and starts before the voice stops; a confident one is kept anyway.
    Every word in the run is doubtful or crushed into no time ("you" 0.98, 0.0 s)."""
    start = len(words)
    while start and words[start - 1].start >= voice_end and (
        words[start - 1].probability < DOUBT_PROB or words[start - 1].end - words[start - 1].start < CRUSHED_S
    ):
        start -= 1
    while start < len(words) and words[start].probability >= DOUBT_PROB:
        start += 1
    return words[:start]
