"""Long briefs end to end: does ending sentences at the audio's silences help the judge?

    .venv/bin/python bench/judge_silences.py [--seed 1] [--n 10] [--voice piper|en-us|...] [--save F]
    .venv/bin/python bench/judge_silences.py --load F [--thresholds 0.25,0.3,0.35,0.4]

Whisper stretches the last word of a sentence over the silence after it, so a long brief
spoken with full stops can reach the parser as one run (`rehearse.core.judge.silences`).
This speaks `--n` long passages or speeches of the corpus's tune split (punctuated, at least
two examples; drawn with `--seed`) with piper at its natural pace or an espeak-ng voice,
transcribes them with the bundled tiny.en as `rehearse analyze` does, and judges each take
three ways: the passage's text (the text judge), the transcript alone (word gaps only), and
the transcript with the audio's speech stretches at each silence threshold. It prints the
judgements right against the labels and how many example counts are off by more than one
(aggregates only: the passages are tune ones, but nothing is printed per passage). Takes are cached with `--save`, so
thresholds can be compared with `--load` without transcribing again.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import rehearse.core.judge.silences as silences  # noqa: E402
from rehearse.core.report import analyze  # noqa: E402
from rehearse.core.scenario import load_scenario  # noqa: E402
from rehearse.core.types import Interval, Transcript, VoiceFeatures, Word  # noqa: E402
from tests.corpus import load_corpus, passage_words  # noqa: E402

SCENARIO = load_scenario("minusma-gender")


def arg(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def record(n: int, seed: int, voice: str) -> list[dict]:
    """Speak and transcribe `n` drawn passages: words and speech stretches, per passage id."""
    from rehearse.asr import speaking
    from rehearse.asr.chunking import ChunkedTranscriber
    from rehearse.audio.decode import load_audio
    from rehearse.audio.features import measure_voice
    from rehearse.session.pipeline import get_engine
    from tests.speech.synth import synthesize

    sys.path.insert(0, str(ROOT / "bench"))
    from judge_e2e import espeak

    pool = [p for p in load_corpus("tune") if p.kind != "short" and p.examples >= 2 and "." in p.text]
    takes = []
    for p in random.Random(seed).sample(pool, n):
        audio = load_audio(synthesize(p.text)) if voice == "piper" else espeak(p.text, voice)
        chunker = ChunkedTranscriber(speaking(get_engine(), "en"))
        chunker.feed(audio)
        words = chunker.finish(None).words
        heard = measure_voice(audio, pitch=False)
        takes.append({"id": p.id, "audio_s": heard.audio_s, "words": [w.to_dict() for w in words],
                      "speech": [[i.start, i.end] for i in heard.speech]})
    return takes


def right(p, rubric) -> tuple[int, bool]:
    """Judgements right of the four, and whether the example count is off by more than one."""
    ok = sum(rubric[k].found == getattr(p, k) for k in ("why", "how", "ask"))
    ok += (rubric["examples"].count >= 3) == (p.examples >= 3)
    return ok, abs(rubric["examples"].count - p.examples) > 1


def score(takes: list[dict], thresholds: list[float]) -> None:
    passages = {p.id: p for p in load_corpus("tune")}
    tally: dict[str, list[int]] = {}
    for take in takes:
        p = passages[take["id"]]
        words = tuple(Word.from_dict(w) for w in take["words"])
        voice = VoiceFeatures(take["audio_s"], tuple(Interval(a, b) for a, b in take["speech"]))
        runs = {"text judge": analyze(Transcript(tuple(passage_words(p))), None, SCENARIO),
                "word gaps only": analyze(Transcript(words), None, SCENARIO)}
        for th in thresholds:
            silences.words_after_silences.__defaults__ = (th,)
            runs[f"silences >= {th} s"] = analyze(Transcript(words), voice, SCENARIO)
        silences.words_after_silences.__defaults__ = (silences.SILENCE_SPLIT_S,)
        for name, report in runs.items():
            ok, off = right(p, report.rubric)
            t = tally.setdefault(name, [0, 0, 0])
            t[0], t[1], t[2] = t[0] + ok, t[1] + 4, t[2] + off
    print(f"{len(takes)} takes")
    for name, (ok, n, off) in tally.items():
        print(f"{name:<20} {100 * ok / n:5.1f} % right ({ok}/{n}), count off by >1 on {off}")


def main() -> None:
    thresholds = [float(x) for x in arg("--thresholds", "0.25,0.3,0.35,0.4").split(",")]
    if "--load" in sys.argv:
        takes = json.loads(Path(arg("--load", "")).read_text())
    else:
        takes = record(int(arg("--n", "10")), int(arg("--seed", "1")), arg("--voice", "piper"))
        if "--save" in sys.argv:
            Path(arg("--save", "")).write_text(json.dumps(takes))
    score(takes, thresholds)


if __name__ == "__main__":
    main()
