"""`rehearse drill`: the Force Commander's questions after the brief, spoken, answered and judged.

Each question is heard in the commander's offline voice (and printed), then the answer
is recorded through the app's take path until the answer time runs out, Enter or
Ctrl-C is pressed, or 4 s of silence follow speech. Every answer is judged at once
(answered first? what the question expects, with evidence; time, pace, fillers,
hedges) and the drill ends with a table and three fixes. Enter moves on to the next
question; Ctrl-C or SIGTERM ends the answer being given and then the drill, keeping
everything answered so far in `drills/<scenario>/<drill>/`.
"""

from __future__ import annotations

import json
import sys
import threading

from rehearse.commands.record import stop_on_signals

NAME = "drill"
HELP = "face the audience's questions: each is spoken, the answer recorded and judged"


def add_arguments(parser) -> None:
    parser.add_argument("--questions", type=int, default=None, metavar="N", help="ask N questions (default: all)")
    parser.add_argument("--ordered", action="store_true", help="ask in the scenario's order (default: random)")
    parser.add_argument("--scenario", default=None, help="scenario id or path to a .toml (default: minusma-gender)")
    parser.add_argument("--speaker", default="", help="who answers (names the drill)")
    parser.add_argument("--team", default="", help="team or class the speaker belongs to")
    parser.add_argument("--after", default=None, metavar="TAKE", help="the take (id or folder) this drill follows")
    parser.add_argument("--device", default=None, help="input device index or part of its name")
    parser.add_argument("--model", default=None, help="model folder, or a folder name under models/")
    parser.add_argument("--no-voice", action="store_true", help="show the questions as text only")
    parser.add_argument("--json", action="store_true", help="print the drill as one JSON object")


def _after_take(spec: str | None) -> dict[str, str]:
    from pathlib import Path

    from rehearse import store
    from rehearse.errors import RehearseError

    if not spec:
        return {}
    found = store.load_take(Path(spec)) if Path(spec).is_dir() else next(
        (t for t in store.list_takes() if t.id == spec), None)
    if found is None:
        raise RehearseError(f"--after: no take {spec!r} (see `rehearse takes`)")
    return {"after": found.id, "after_path": str(found.path)}


def _keys(next_answer: threading.Event) -> None:
    """Enter ends the answer being given. Reads stdin until it closes (a pipe or /dev/null: at once)."""
    def read() -> None:
        for _ in sys.stdin:
            next_answer.set()

    if sys.stdin is not None and sys.stdin.isatty():
        threading.Thread(target=read, name="rehearse-drill-keys", daemon=True).start()


def _table(answers) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Drill", show_lines=True)
    for col in ("#", "question", "verdict", "answer first", "expected", "time"):
        table.add_column(col)
    for a in answers:
        v = a.verdict
        if v is None:
            table.add_row(str(a.question.number), a.question.text, "no answer", a.error or "", "", "")
            continue
        expected = "\n".join(f"{'✓' if c.passed else '✗'} {c.name}: {c.detail}" for c in v.expected) or "-"
        first = f"{'✓' if v.answer_first.passed else '✗'} {v.answer_first.detail}"
        d = v.delivery
        when = f"{d.duration_s:.0f}/{d.limit_s:g} s{' (cut off)' if d.cut_off else ''}\n{d.wpm:.0f} wpm"
        asked = a.question.text
        if v.verdict in ("evasive", "partial") and a.question.follow_up:
            asked += f"\n→ next they ask: {a.question.follow_up}"
        table.add_row(str(a.question.number), asked, v.verdict, first, expected, when)
    Console().print(table)


def run(args) -> int:
    from rehearse.audio.devices import resolve_input
    from rehearse.core.drill import drill_dict
    from rehearse.core.questions import pick_questions
    from rehearse.core.scenario import load_scenario
    from rehearse.errors import RehearseError, ScenarioError
    from rehearse.session.drill import no_output_device, open_drill
    from rehearse.session.services import real_services
    from rehearse.store.drills import recover_drills

    if args.questions is not None and args.questions < 1:
        raise RehearseError(f"--questions must be at least 1, not {args.questions}")
    for line in recover_drills():
        print(f"rehearse: {line}", file=sys.stderr)
    scenario = load_scenario(args.scenario)
    if not scenario.questions:
        raise ScenarioError(f"{scenario.path}: this scenario has no [[questions]] to drill (see docs/scenario.md)")
    questions = pick_questions(scenario.questions, args.questions, args.ordered)
    header = {"speaker": args.speaker, "team": args.team, **_after_take(args.after)}
    resolve_input(args.device)  # no microphone: one line now, not an empty drill folder
    services = real_services()
    quiet = "questions are shown as text only (--no-voice)" if args.no_voice else no_output_device(services)
    if quiet:
        print(f"rehearse: {quiet}", file=sys.stderr)
    def say(line: str) -> None:
        print(f"rehearse: {line}" if args.json else line, file=sys.stderr if args.json else sys.stdout, flush=True)

    model = args.model or scenario.model or None  # the scenario's model, as `record` does
    drill = open_drill(services, scenario, questions, header, model=model, device=args.device, speak=not quiet,
                       say=say)
    folder = drill.folder
    next_answer, stop_all = threading.Event(), threading.Event()
    _keys(next_answer)
    try:
        with stop_on_signals(stop_all):
            answers = drill.run(next_answer, stop_all)
    finally:
        drill.close()  # questions not reached are not synthesised before the process may exit
    verdicts = [a.verdict for a in answers if a.verdict is not None]
    if args.json:
        body = drill_dict(verdicts)
        print(json.dumps({"drill": str(folder.path), "scenario": scenario.id, **header,
                          "answers": [a.to_dict() for a in answers], "verdicts": body["verdicts"],
                          "fixes": body["fixes"]}, ensure_ascii=False), flush=True)
        return 0
    _table(answers)
    for n, fix in enumerate(drill_dict(verdicts)["fixes"], 1):
        print(f"{n}. {fix}")
    print(f"saved in {folder.path}")
    return 0
