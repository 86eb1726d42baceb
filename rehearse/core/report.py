"""One take's judgement, assembled from the pure analysis modules.

`analyze()` takes plain data (a `Transcript`, optional `VoiceFeatures`, a
`Scenario`) and returns a typed `Report` (`rehearse.core.report_model`). Its
JSON form, `Report.to_dict()`, is what `rehearse analyze --json` prints and the
store saves; the analysis modules still speak that JSON, so `analyze` gathers
their dicts and reads them through `Report.from_dict`, the same strict gate a
stored report passes: a module that wrote a field of the wrong type fails here,
in the test that made it, not in a reader weeks later.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from rehearse.core.fillers import FillerResult, find_fillers, is_pure_filler
from rehearse.core.fixes import top_fixes
from rehearse.core.language import find_gendered, find_hedges, find_repetition
from rehearse.core.pace import measure_pace
from rehearse.core.pauses import measure_pauses
from rehearse.core.report_model import SCHEMA_VERSION, Report
from rehearse.core.rubric import judge_rubric, purpose_stated
from rehearse.core.scenario import Scenario
from rehearse.core.text import normalise, tokenize
from rehearse.core.timing import measure_timing
from rehearse.core.types import Transcript, VoiceFeatures, Word
from rehearse.core.voice import summarise_voice

DIGIT_GROUP = re.compile(r"^[,.]\d{3}\b")

__all__ = ["SCHEMA_VERSION", "Report", "analyze", "clean_words"]


def clean_words(words: tuple[Word, ...] | list[Word], audio_s: float | None) -> tuple[Word, ...]:
    """Words in time order with sane times: fuzzed or engine-glitched input never breaks analysis."""
    out = []
    for w in words:
        start, end = max(0.0, float(w.start)), max(0.0, float(w.end))
        if end < start:
            start, end = end, start
        if audio_s is not None:
            start, end = min(start, audio_s), min(end, audio_s)
        if normalise(w.word):  # a bare "." or "-" from the engine is no spoken word
            out.append(Word(w.word.strip(), start, end, w.probability))
    out.sort(key=lambda w: (w.start, w.end))
    return tuple(_join_digit_groups(out))


def _join_digit_groups(words: list[Word]) -> list[Word]:
    """Whisper's word timestamps split "1,325" into "1" and ",325": one number again, spanning both
    parts' time, so every view shows "resolution 1,325" and the judge reads 1325."""
    out: list[Word] = []
    for w in words:
        if out and DIGIT_GROUP.match(w.word) and out[-1].word[-1:].isdigit():
            prev = out.pop()
            w = Word(prev.word + w.word, prev.start, max(prev.end, w.end), min(prev.probability, w.probability))
        out.append(w)
    return out


def analyze(transcript: Transcript, voice: VoiceFeatures | None, scenario: Scenario) -> Report:
    audio_s = voice.audio_s if voice else None
    words = clean_words(transcript.words, audio_s)
    tokens = tokenize(words)
    timing = measure_timing(words, scenario)
    span = (timing.start, timing.end)
    spoken = [w for w in words if not all(is_pure_filler(t, scenario) for t in normalise(w.word))]
    pauses = measure_pauses(list(words), voice, span, scenario)
    pace = measure_pace(spoken, span, pauses.total_s, scenario)
    fillers = FillerResult(find_fillers(tokens, scenario), len(spoken), timing.duration / 60.0)
    rubric = judge_rubric(scenario, tokens, words, voice.speech if voice else ())
    no_speech = not words
    ask = next((r for r in rubric if r.id == "ask"), None)
    opening_end = timing.start + scenario.opening_window_s
    purpose = purpose_stated(scenario, tokens, opening_end) if words else None
    ask_early = bool(ask and any(e.start <= opening_end for e in ask.evidence))
    data: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "scenario": scenario.id,
        "title": scenario.title,
        "audience": scenario.audience,
        "duration_s": round(timing.duration, 2),
        "audio_s": round(audio_s if audio_s is not None else timing.end, 2),
        "speech_start_s": round(timing.start, 2),
        "speech_end_s": round(timing.end, 2),
        "limit_s": scenario.limit_s,
        "over_limit": timing.over_limit,
        "over_by_s": round(timing.over_by, 2),
        "card": timing.card,
        "cards": {"green": scenario.green_s, "yellow": scenario.yellow_s, "red": scenario.red_s},
        "no_speech": no_speech,
        "words": len(spoken),
        "pace": pace.to_dict(),
        "pauses": pauses.to_dict(),
        "fillers": fillers.to_dict(),
        "language": {
            "gendered": find_gendered(tokens, words, scenario),
            "hedges": find_hedges(tokens, words, scenario),
            "repetition": find_repetition(tokens),
        },
        "rubric": {r.id: r.to_dict() for r in rubric},
        "opening": {
            "window_s": scenario.opening_window_s,
            "purpose": purpose is not None,
            "purpose_evidence": purpose.to_dict() if purpose else None,
            "ask": ask_early,
            "ok": purpose is not None and ask_early,
        },
        "voice": summarise_voice(voice),
        "transcript": {**Transcript(words, transcript.model, transcript.language).to_dict(), "no_speech": no_speech},
        "fixes": [],
    }
    report = Report.from_dict(data)
    return replace(report, fixes=tuple(top_fixes(report, scenario.audience)))
