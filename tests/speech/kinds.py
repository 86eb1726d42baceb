"""Every test speech by name: which text, at what pace, with what pauses.

Pace and pauses are part of the kind because "too fast" and "too slow" are the
same words said differently. Piper's joe voice at its natural length scale
(1.0) speaks at about 177 words per minute, faster than a calm briefing, so the
normal kinds use 1.25 with 0.6 s between sentences, which measures about 150 wpm
over the speaking span (inside the 110-170 band, with room either side).
Measured numbers are in the helper's report and rechecked by the tests.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import synth, texts


@dataclass(frozen=True)
class Kind:
    name: str
    text: str
    length_scale: float = 1.25
    sentence_silence: float = 0.6

    def path(self, cache_dir: Path = synth.CACHE_DIR) -> Path:
        """The cached FLAC for this kind (synthesised on first use)."""
        return synth.synthesize(self.text, self.length_scale, self.sentence_silence, cache_dir, self.name)


KINDS: dict[str, Kind] = {
    k.name: k
    for k in [
        Kind("COMPLETE", texts.COMPLETE),
        Kind("NO_WHY", texts.NO_WHY),
        Kind("NO_HOW", texts.NO_HOW),
        Kind("TWO_EXAMPLES", texts.TWO_EXAMPLES),
        Kind("ABSTRACT_ONLY", texts.ABSTRACT_ONLY),
        Kind("NO_ASK", texts.NO_ASK),
        Kind("FILLERS", texts.FILLERS),
        Kind("GENDERED", texts.GENDERED),
        Kind("HEDGES", texts.HEDGES),
        Kind("LONG", texts.LONG),
        # A nervous speaker racing through the opening: 30 % shorter sounds, piper's default
        # 0.2 s between sentences. The short text is enough to measure a pace, and costs the
        # suite a seventh of the whole brief's transcription.
        Kind("TOO_FAST", texts.SHORT, length_scale=0.7, sentence_silence=0.2),
        # A speaker reading slowly and losing the thread after every sentence: 2.5 s gaps,
        # so the report must list long pauses (2 s or more) as well as a slow pace.
        Kind("TOO_SLOW", texts.SHORT, length_scale=1.7, sentence_silence=2.5),
        # About 30 s (the opening and the ask): cheap enough to convert to every format.
        Kind("SHORT", texts.SHORT),
    ]
}

SAMPLE = Kind(
    "SAMPLE",
    """General, thank you for your time before Timbuktu. I am your military gender advisor, and I
    have one request: sign a directive today that puts a gender perspective into every operation we
    plan. Why? Protection of civilians is our core task, and half of the civilians are women and girls.
    Women see threats our patrols miss, so if we never talk to them we lose half of our information.
    And resolution thirteen twenty-five, with our own mandate, requires it. How? We build gender into
    planning, orders and reporting. Um, in practice: first, mixed engagement teams with female soldiers
    on patrols in Gao, talking with women at markets. Second, a trained gender focal point in every
    battalion headquarters by next month. Third, I think, incident data broken down by sex and age in
    the daily situation report. General, will you sign the directive today?""",
)
"""The committed sample (samples/minusma-sample.flac): about 65 s, complete, with one "um" and
one "I think" so a new user sees a report that praises and corrects."""


def _render_one(name: str, cache_dir: str) -> str:
    return str(KINDS[name].path(Path(cache_dir)))


def synthesize_all(names: list[str] | None = None, cache_dir: Path = synth.CACHE_DIR,
                   workers: int = 2) -> dict[str, Path]:
    """Make sure every named kind is cached; render missing ones in `workers` processes.

    A cold cache costs about a minute and a half on two cores; a warm one costs nothing
    because each path is only hashed.
    """
    names = list(names or KINDS)
    todo = [n for n in names if not _cached(KINDS[n], cache_dir)]
    if len(todo) > 1 and workers > 1:
        # Longest first, so the two workers finish together.
        todo.sort(key=lambda n: -len(KINDS[n].text) * KINDS[n].length_scale)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_render_one, todo, [str(cache_dir)] * len(todo)))
    return {n: KINDS[n].path(cache_dir) for n in names}


def _cached(kind: Kind, cache_dir: Path) -> bool:
    """Cached, or baked into the repository (decoded in a moment, no process pool needed)."""
    key = synth.cache_key(kind.text, kind.length_scale, kind.sentence_silence)
    cached = Path(cache_dir) / f"{kind.name}-{key}.flac"
    return cached.exists() or synth.baked_path(cached).exists()
