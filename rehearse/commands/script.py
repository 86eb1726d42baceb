"""`rehearse script FILE`: check a written draft before speaking it (issue 9, part 1).

Thin on purpose: read the file, find the speaker's pace in the store, print. The
judgement itself is pure (`rehearse.core.script.check_script`).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

NAME = "script"
HELP = "check a written draft (.txt or .md): forecast time, where to cut, rubric and wording"


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE", help="the draft, a UTF-8 .txt or .md file")
    parser.add_argument("--scenario", default=None, help="scenario id or path to a .toml (default: minusma-gender)")
    parser.add_argument("--speaker", default=None,
                        help="forecast at this speaker's pace, from their saved takes (default: the takes "
                             "on this machine if they are all one speaker's)")
    parser.add_argument("--json", action="store_true", help="print the check as one JSON object")


def read_draft_file(path: str):
    """The parsed draft at `path`, or a ScriptError in one line (missing, a folder, unreadable,
    too big, binary, not UTF-8, empty)."""
    from rehearse.core.script.draft import MAX_BYTES, ScriptError, decode_draft, parse_draft

    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise ScriptError(f"{path}: is a folder; give the draft file")
        if size > MAX_BYTES:
            raise ScriptError(f"{path}: {size / 1e6:.1f} MB is too big for a spoken draft "
                              f"(limit {MAX_BYTES // 1_000_000} MB); is it the right file?")
        with p.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ScriptError(f"{path}: no such file") from None
    except OSError as exc:
        raise ScriptError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_draft(decode_draft(data, path), name=path)


def run(args) -> int:
    from rehearse.core.scenario import load_scenario
    from rehearse.core.script import check_script, pace_basis
    from rehearse.render.script import render_script_check
    from rehearse.store.paces import speaker_paces

    draft = read_draft_file(args.file)
    scenario = load_scenario(args.scenario)
    paces, why_not = speaker_paces(scenario.id, args.speaker)
    check = check_script(draft, scenario, pace_basis(paces, why_default=why_not))
    text = json.dumps(check.to_dict(), ensure_ascii=False) if args.json else render_script_check(check, scenario.title)
    return write_stdout(text)


def write_stdout(text: str) -> int:
    """Print `text`; a reader that stops early (`| head`) ends the output quietly, not in a traceback."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the exit flush must not fail again
    return 0
