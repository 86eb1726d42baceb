"""The script forecast against speech: does the duration forecast from text alone land within
10 % of the measured speaking time? (issue 9, "Forecast check")

    .venv/bin/python bench/script_forecast.py        # reuses tests/.cache/speech; renders what is missing

Every speech fixture whose text we have (tests/speech/kinds.py: the piper renderings the
tests analyse, and the committed sample) is a "take" of a known text by a known voice: piper's
joe voice at one length scale and one gap between sentences. A voice's pace is measured the
way `rehearse script` measures a speaker's: from the voice's *other* takes (leave one out),
their words over their speaking time, through the same `pace_basis` the command uses. The
forecast for a fixture is then its text's word count (`parse_draft`, as the command counts)
at that pace; the error is against the fixture's own speaking time, measured on the audio
(first to last 20 ms frame above -45 dBFS, so piper's padding is not counted).
The fast and slow voices have one fixture each in the tests, so two more texts are rendered
at their settings (cached beside the others) to give them other takes to learn from.
A second column uses the documented pace of the normal voice (about 150 wpm, kinds.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rehearse.core.scenario import load_scenario  # noqa: E402
from rehearse.core.script import PaceBasis, PastPace, forecast, pace_basis, parse_draft  # noqa: E402
from rehearse.core.script.length import draft_length  # noqa: E402
from tests.speech import kinds, synth, texts  # noqa: E402

DOCUMENTED_WPM = 150.0
THRESHOLD_DBFS = -45.0
FRAME_S = 0.02
EXTRA = {"NO_WHY": texts.NO_WHY, "NO_ASK": texts.NO_ASK}
"""Texts rendered again at the fast and slow settings, as those voices' other takes."""


def speaking_s(path: Path) -> float:
    audio, rate = sf.read(path, dtype="float32")
    n = int(rate * FRAME_S)
    frames = audio[: len(audio) // n * n].reshape(-1, n)
    db = 20 * np.log10(np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1)) + 1e-12)
    loud = np.flatnonzero(db > THRESHOLD_DBFS)
    return float((loud[-1] + 1 - loud[0]) * FRAME_S) if len(loud) else 0.0


def takes() -> list[dict]:
    """Every fixture with its voice, word count and measured speaking time."""
    out = []
    fixtures = [*kinds.KINDS.values(), kinds.SAMPLE]
    for k in fixtures:
        out.append({"name": k.name, "text": k.text, "voice": (k.length_scale, k.sentence_silence),
                    "path": k.path()})
    for voice in {(k.length_scale, k.sentence_silence) for k in fixtures}:
        if sum(1 for t in out if t["voice"] == voice) < 2:
            for name, text in EXTRA.items():
                path = synth.synthesize(text, voice[0], voice[1], name=f"BENCH_{name}")
                out.append({"name": f"{name} (extra)", "text": text, "voice": voice, "path": path})
    for t in out:
        t["length"] = draft_length(parse_draft(t["text"], "fixture.txt"))
        t["words"] = t["length"].words
        t["measured_s"] = speaking_s(t["path"])
    return out


def pct(forecast_s: float, measured_s: float) -> float:
    return 100.0 * (forecast_s - measured_s) / measured_s


def main() -> int:
    scenario = load_scenario(None)
    rows = takes()
    lines = ["| fixture | voice (length scale, gap) | words | syll./word | measured | pace (other takes) "
             "| forecast | error | in range | words ÷ pace alone | at 150 wpm |", "|" + " --- |" * 11]
    worst, worst_plain = 0.0, 0.0
    for t in rows:
        others = [PastPace(o["words"] * 60 / o["measured_s"]) for o in rows
                  if o["voice"] == t["voice"] and o is not t]
        basis = pace_basis(others)
        fc = forecast(t["length"], basis, scenario)
        plain = forecast(t["words"], basis, scenario)
        m = t["measured_s"]
        err, err_plain = pct(fc.seconds, m), pct(plain.seconds, m)
        worst, worst_plain = max(worst, abs(err)), max(worst_plain, abs(err_plain))
        doc = "—"
        if t["voice"] == (1.25, 0.6):
            d = forecast(t["length"], PaceBasis(DOCUMENTED_WPM, DOCUMENTED_WPM, DOCUMENTED_WPM, "doc"), scenario)
            doc = f"{d.seconds:.1f} s ({pct(d.seconds, m):+.1f} %)"
        lines.append(
            f"| {t['name']} | {t['voice'][0]}, {t['voice'][1]} s | {t['words']} "
            f"| {t['length'].syllables_per_word:.2f} | {m:.1f} s | {basis.wpm:.1f} wpm ({basis.takes}) "
            f"| {fc.seconds:.1f} s | **{err:+.1f} %** | {'yes' if fc.low_s <= m <= fc.high_s else 'no'} "
            f"| {plain.seconds:.1f} s ({err_plain:+.1f} %) | {doc} |")
    lines += ["", f"largest error: {worst:.1f} % (words ÷ pace alone: {worst_plain:.1f} %)"]
    text = "\n".join(lines)
    print(text)
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "script_forecast.md").write_text(text + "\n")
    return 0 if worst <= 10.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
