"""What a script attached to a take costs: the report's section at stop, and prompt mode per update.

    .venv/bin/python bench/script_take.py

The take is the committed sample speech's transcript (tests/ui/data/sample_report.json,
142 words, 1:04) against its draft (tests.speech.kinds.SAMPLE) with one paragraph added,
and a five-minute take made of that speech said five times against a draft of the text
five times over (about 700 words each side). Timed in one process, warm (the judge's
spaCy model is loaded first, as the app and `rehearse record` do while the take records):
- `check_script`: the draft checked by the judge at the speaker's pace. An import
  (`analyse_take`) pays it after transcription; a live take pays it while recording;
- `against_check`: the alignment, all that the live take's stop adds to the verdict;
- `prompt_position`: what the practice screen runs on every live update (about once a second).
Median of 5 runs each; say the load (`cat /proc/loadavg`) with the figures.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rehearse.core.nlp import warm_up  # noqa: E402
from rehearse.core.scenario import load_scenario  # noqa: E402
from rehearse.core.script import check_script, pace_basis, parse_draft  # noqa: E402
from rehearse.core.script.prompt import prompt_position  # noqa: E402
from rehearse.core.script.versus import against_check  # noqa: E402
from rehearse.core.types import Word  # noqa: E402
from tests.speech.kinds import SAMPLE  # noqa: E402
from tests.ui.fakes import sample_report  # noqa: E402

EXTRA = "Fourth, hold a monthly meeting with the women's associations in Kidal before we plan operations there."


def median_ms(job, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        job()
        times.append(1000 * (time.perf_counter() - t0))
    return statistics.median(times)


def main() -> None:
    warm_up()
    scenario, basis = load_scenario(None), pace_basis([])
    words = [Word.from_dict(w) for w in sample_report()["transcript"]["words"]]
    span = words[-1].end + 2.0
    long_words = [Word(w.word, w.start + k * span, w.end + k * span, w.probability) for k in range(5) for w in words]
    text = SAMPLE.text.replace("General, will you sign", f"\n\n{EXTRA}\n\nGeneral, will you sign")
    cases = [("1:04 take, 159-word draft", parse_draft(text, "d.md"), words),
             ("5:30 take, 795-word draft", parse_draft("\n\n".join([text] * 5), "d.md"), long_words)]
    print("| take | draft check (ms) | alignment at stop (ms) | prompt update (ms) |")
    print("|---|---|---|---|")
    for name, draft, spoken in cases:
        check = check_script(draft, scenario, basis)
        checking = median_ms(lambda d=draft: check_script(d, scenario, basis))
        stop = median_ms(lambda c=check, s=spoken: against_check(c, s))
        prompt = median_ms(lambda d=draft, s=spoken: prompt_position(d, s))
        print(f"| {name} | {checking:.0f} | {stop:.0f} | {prompt:.0f} |")
    print(f"load: {Path('/proc/loadavg').read_text().split()[:3]}")


if __name__ == "__main__":
    main()
