"""The `rehearse` command line: a thin dispatcher over `rehearse.commands.*`.

With no sub-command it opens the terminal UI. Every `RehearseError` becomes one
line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from rehearse import __version__
from rehearse.commands import COMMANDS
from rehearse.errors import RehearseError
from rehearse.memory import limit_malloc_arenas


def _load_commands() -> dict:
    mods = {}
    for name in COMMANDS:
        try:
            mod = importlib.import_module(f"rehearse.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"rehearse.commands.{name}":
                continue
            raise
        mods[mod.NAME] = mod
    return mods


def build_parser(mods: dict) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rehearse",
        description="Offline voice rehearsal for short spoken briefings. No sub-command opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"rehearse {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, mod in mods.items():
        p = sub.add_parser(name, help=mod.HELP, description=mod.HELP)
        mod.add_arguments(p)
    return parser


def _recover_first() -> None:
    """A take killed mid-recording is finished before any command lists takes, so the last take of a
    crashed session is never missing from `takes`, `compare`, `export` or `summary` (the app asks first,
    on its home screen; `record` recovers before it starts)."""
    from rehearse.store import recover_interrupted

    for line in recover_interrupted():
        print(f"rehearse: {line}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    limit_malloc_arenas()  # before any thread allocates: see rehearse/memory.py
    mods = _load_commands()
    parser = build_parser(mods)
    args = parser.parse_args(argv)
    command = args.command or "ui"
    if command not in mods:
        parser.error(f"unknown command {command!r}")
    try:
        if getattr(mods[command], "LISTS_TAKES", False):
            _recover_first()
        return int(mods[command].run(args) or 0)
    except RehearseError as exc:
        print(f"rehearse: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("rehearse: interrupted", file=sys.stderr)
        return 130
