"""Whisper gives the same words for the same audio, every run (see BENCHMARKS.md, "Whisper decodes
the same way every run").

faster-whisper's default fallback samples at random when a window loops: on chunk 10 of the LONG
speech (257.6-283.5 s, where tiny.en loops with the filler prompt) it gave 7, 56, 78 or 86 words
from run to run. Decoding at temperature 0, with a prompt-free retry of a window that loops or
passes over speech, gives one answer, and a whole one.
"""

from __future__ import annotations

import pytest

from rehearse.asr.chunking import LOOKAHEAD_S, ChunkedTranscriber, find_cut
from rehearse.audio import SAMPLE_RATE
from rehearse.audio.decode import load_audio
from rehearse.session.pipeline import get_engine


@pytest.mark.audio("LONG")
def test_a_chunk_where_whisper_loops_gives_the_same_whole_words_every_run(speech):
    audio = load_audio(speech("LONG"))
    starts, pos = [], 0
    while pos < len(audio) and len(starts) < 12:
        starts.append(pos)
        pos += find_cut(audio[pos:], True)
    window = audio[starts[10] : starts[11] + int(LOOKAHEAD_S * SAMPLE_RATE) + SAMPLE_RATE // 10]
    runs = []
    for _ in range(2):
        chunker = ChunkedTranscriber(get_engine())
        chunker.feed(window)
        runs.append([w.word for w in chunker.step(final=False)])
    assert runs[0] == runs[1]
    said = " ".join(runs[0]).lower()
    assert len(runs[0]) >= 50, said  # the whole chunk, not the few words a sampled retry kept
    assert "battalion headquarters" in said and "refresher training" in said, said
