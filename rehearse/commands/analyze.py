"""`rehearse analyze AUDIO...`: judge recorded speeches offline against a scenario."""

from __future__ import annotations

import json
import sys

from rehearse.errors import RehearseError

NAME = "analyze"
HELP = "judge recorded speech files against a scenario (offline)"


def add_arguments(parser) -> None:
    parser.add_argument("audio", nargs="+", metavar="AUDIO", help="audio files (wav, flac, mp3, m4a, ogg, opus, webm)")
    parser.add_argument("--scenario", default=None, help="scenario id or path to a .toml (default: minusma-gender)")
    parser.add_argument("--model", default=None, help="model folder, or a name under models/ such as base (default: the scenario's model, else bundled tiny.en)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per file, one per line")


def _progress(name: str):
    def report(done: float, total: float) -> None:
        if total > 0:
            print(f"\r{name}: transcribing {100 * done / total:3.0f}%", end="", file=sys.stderr, flush=True)

    return report


def run(args) -> int:
    from rehearse.core.scenario import load_scenario
    from rehearse.session.pipeline import analyze_file, engine_for

    scenario = load_scenario(args.scenario)
    engine = None
    failures = 0
    for path in args.audio:
        try:
            if engine is None:
                engine = engine_for(scenario, args.model)
            show = None if args.json or not sys.stderr.isatty() else _progress(path)
            report = analyze_file(path, scenario, engine=engine, progress=show)
            if show:
                print("\r\033[K", end="", file=sys.stderr, flush=True)
        except RehearseError as exc:
            if engine is None:
                raise
            print(f"rehearse: error: {exc}", file=sys.stderr)
            failures += 1
            continue
        if args.json:
            print(json.dumps(report.to_dict(), ensure_ascii=False), flush=True)
        else:
            from rehearse.render.terminal import print_report

            print_report(report)
    return 2 if failures else 0
