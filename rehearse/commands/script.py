"""`rehearse script FILE`: check a written draft before speaking it (issue 9, part 1).

Thin on purpose: read the file, find the speaker's pace in the store, print. The
judgement itself is pure (`rehearse.core.script.check_script`).
"""

from __future__ import annotations

import json
import os
import sys

NAME = "script"
HELP = "check a written draft (.txt or .md): forecast time, where to cut, rubric and wording"


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE", help="the draft, a UTF-8 .txt or .md file")
    parser.add_argument("--scenario", default=None, help="scenario id or path to a .toml (default: minusma-gender)")
    parser.add_argument("--speaker", default=None,
                        help="forecast at this speaker's pace, from their saved takes (default: the takes "
                             "on this machine if they are all one speaker's)")
    parser.add_argument("--json", action="store_true", help="print the check as one JSON object")


def run(args) -> int:
    from rehearse.core.scenario import load_scenario
    from rehearse.render.script import render_script_check
    from rehearse.session.script import check_draft
    from rehearse.store.script import read_draft_file

    draft = read_draft_file(args.file)
    scenario = load_scenario(args.scenario)
    check = check_draft(draft, scenario, args.speaker)
    text = json.dumps(check.to_dict(), ensure_ascii=False) if args.json else render_script_check(check, scenario.title)
    return write_stdout(text)


def script_to_attach(path: str | None) -> str:
    """The checked text of `--script` (import, record), or '' (none given, or a bad file: one line
    says so, and the take is recorded or imported all the same)."""
    if not path:
        return ""
    from rehearse.core.script import ScriptError
    from rehearse.store.script import checked_script_text

    try:
        text = checked_script_text(path)
    except ScriptError as exc:
        print(f"rehearse: error: script not attached: {exc}", file=sys.stderr, flush=True)
        return ""
    return text


def keep_script(take, text: str) -> bool:
    """Save the checked script with `take`; False (and one line) when the disk refused it."""
    from rehearse.errors import RehearseError
    from rehearse.store.script import save_script_text

    try:
        save_script_text(take, text)
    except RehearseError as exc:
        print(f"rehearse: error: {take.id}: script not kept ({exc}); the take itself is saved", file=sys.stderr)
        return False
    return True


def write_stdout(text: str) -> int:
    """Print `text`; a reader that stops early (`| head`) ends the output quietly, not in a traceback."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the exit flush must not fail again
    return 0
