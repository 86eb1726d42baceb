"""Precision and recall of the judge on the labelled corpus (tests/corpus), per split and element.

    .venv/bin/python bench/judge_corpus.py            # tune and held-out, text judge
    .venv/bin/python bench/judge_corpus.py --show     # also list the tune passages it gets wrong
    .venv/bin/python bench/judge_corpus.py --tune-only  # the tune split alone (while tuning)
    .venv/bin/python bench/judge_corpus.py --dir D    # a new batch of passages, all of it, blind
    .venv/bin/python bench/judge_corpus.py --folder tests/corpus/fr --scenario minusma-genre-fr
                                                      # another corpus (French), tune and held-out

The held-out third is never used to tune the judge: report its numbers, do not
read its passages to fix a miss. "examples>=3" is the exercise's verdict (at
least three practical examples); "count off by >1" counts passages whose
example count misses the label by more than the ±1 the evaluation accepts.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rehearse.core.report import analyze  # noqa: E402
from rehearse.core.scenario import load_scenario  # noqa: E402
from rehearse.core.types import Transcript  # noqa: E402
from tests.corpus import load_corpus, passage_words  # noqa: E402

VERDICTS = ("why", "how", "examples>=3", "ask")


def judge(passage, scenario) -> dict:
    rubric = analyze(Transcript(tuple(passage_words(passage))), None, scenario).to_dict()["rubric"]
    got = {k: rubric[k]["found"] for k in ("why", "how", "ask")}
    got["examples>=3"] = rubric["examples"]["count"] >= 3
    got["count"] = rubric["examples"]["count"]
    return got


def score(split: str, show: bool, folder: Path | None = None, scenario_id: str = "minusma-gender") -> None:
    scenario = load_scenario(scenario_id)
    passages = load_corpus(split, folder) if folder else load_corpus(split)
    cells = {v: {"tp": 0, "fp": 0, "fn": 0, "tn": 0} for v in VERDICTS}
    off, judgements, right = 0, 0, 0
    t0 = time.perf_counter()
    for p in passages:
        got = judge(p, scenario)
        want = {"why": p.why, "how": p.how, "ask": p.ask, "examples>=3": p.examples >= 3}
        for v in VERDICTS:
            key = ("t" if got[v] == want[v] else "f") + ("p" if got[v] else "n")
            cells[v][key] += 1
            judgements += 1
            right += got[v] == want[v]
        off += abs(got["count"] - p.examples) > 1
        wrong = [v for v in VERDICTS if got[v] != want[v]]
        if show and split == "tune" and (wrong or abs(got["count"] - p.examples) > 1):
            print(f"  {p.id}: {', '.join(wrong)} count {got['count']} (label {p.examples})")
    secs = time.perf_counter() - t0
    print(f"\n{split}: {len(passages)} passages, {judgements} judgements, {right / judgements:.1%} right "
          f"({secs:.1f} s); example count off by more than 1 on {off}")
    print(f"{'element':<12} {'precision':>9} {'recall':>7} {'accuracy':>9}   tp fp fn tn")
    for v, c in cells.items():
        prec = c["tp"] / max(1, c["tp"] + c["fp"])
        rec = c["tp"] / max(1, c["tp"] + c["fn"])
        acc = (c["tp"] + c["tn"]) / len(passages)
        print(f"{v:<12} {prec:>9.2f} {rec:>7.2f} {acc:>9.2f}   {c['tp']:>2} {c['fp']:>2} {c['fn']:>2} {c['tn']:>2}")


def _option(name: str) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else None


if __name__ == "__main__":
    scenario_id = _option("--scenario") or "minusma-gender"
    if "--dir" in sys.argv:
        score("all", False, Path(sys.argv[sys.argv.index("--dir") + 1]), scenario_id)
    else:
        folder = Path(f) if (f := _option("--folder")) else None
        splits = ("tune",) if "--tune-only" in sys.argv else ("tune", "held_out")
        for split in splits:
            score(split, "--show" in sys.argv, folder, scenario_id)
