"""`rehearse import FILE...`: phone recordings (or a whole folder of them) become takes.

Each file is decoded, saved as a normal take (FLAC, marked "imported") and
analysed, with progress on stderr. A file that cannot be decoded costs one
line and the others still import; if the model cannot load, the audio is
still imported and analysed later, when the take is opened or exported.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rehearse.errors import ModelError, RehearseError, UnsavedReport

if TYPE_CHECKING:
    from rehearse.core.report_model import Report

NAME = "import"
HELP = "import audio files or folders (e.g. phone recordings) as takes, and analyse them"

AUDIO_SUFFIXES = {".wav", ".flac", ".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".webm", ".amr", ".3gp",
                  ".mp4", ".wma", ".aif", ".aiff", ".caf"}
"""What phones and laptops record; other files found in a folder are skipped, not reported as bad."""


def add_arguments(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="audio files, or folders to search for them")
    parser.add_argument("--speaker", default="", help="who is speaking (same for every file)")
    parser.add_argument("--team", default="", help="syndicate or team name")
    parser.add_argument("--title", default=None, help="title for the takes (default: the file name)")
    parser.add_argument("--scenario", default=None, help="scenario id or .toml (default: minusma-gender)")
    parser.add_argument("--model", default=None, help="model folder or name under models/ (default: bundled)")
    parser.add_argument("--script", default=None, metavar="FILE",
                        help="the draft (.txt or .md) the speaker worked from: kept with each take as script.md, "
                             "and the report shows the take against it")


def progress_printer(label: str):
    """A `progress(done_s, total_s)` callback that rewrites one stderr line (a TTY) or stays quiet."""
    if not sys.stderr.isatty():
        return None

    def show(done: float, total: float) -> None:
        if total > 0:
            print(f"\r\033[K{label}: transcribing {100 * done / total:3.0f}%", end="", file=sys.stderr, flush=True)

    return show


def expand(paths: list[str]) -> tuple[list[Path], int]:
    """Files to import (folders searched recursively, sorted) and how many non-audio files were skipped."""
    files: list[Path] = []
    skipped = 0
    for raw in paths:
        p = Path(raw).expanduser()
        if not p.is_dir():
            files.append(p)
            continue
        for f in sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")):
            if f.suffix.lower() in AUDIO_SUFFIXES:
                files.append(f)
            else:
                skipped += 1
    return files, skipped


def _summary(report: Report) -> str:
    from rehearse.core.metrics import pace_text, take_metrics, time_text

    m = take_metrics(report)
    script = "" if m.script_coverage is None else f", script {m.script_coverage:.0f} % said"
    return f"{time_text(m)}, {pace_text(m)}, checklist {m.rubric_text}{script}"


def run(args) -> int:
    from rehearse.audio.decode import load_audio
    from rehearse.commands.script import keep_script, script_to_attach
    from rehearse.core.scenario import load_scenario
    from rehearse.session.analyse import analyse_take
    from rehearse.session.pipeline import engine_for
    from rehearse.store.library import import_audio

    scenario = load_scenario(args.scenario)
    script = script_to_attach(args.script)
    files, skipped = expand(args.files)
    if skipped:
        print(f"rehearse: skipped {skipped} non-audio file(s)", file=sys.stderr)
    engine, engine_error = None, None
    failures = 1 if args.script and not script else 0  # a bad script: the audio imports, the exit code says so
    for n, path in enumerate(files, 1):
        label = f"[{n}/{len(files)}] {path.name}"
        print(f"{label}: decoding", file=sys.stderr, flush=True)
        try:
            audio = load_audio(path)
            take = import_audio(audio, scenario.id, language=scenario.language, speaker=args.speaker, team=args.team,
                                title=args.title if args.title is not None else path.stem)
        except RehearseError as exc:
            print(f"rehearse: error: {exc}", file=sys.stderr)
            failures += 1
            continue
        print(f"{take.id}\t{take.path}", flush=True)
        if script and not keep_script(take, script):
            failures += 1
        if engine_error is None and engine is None:
            try:
                engine = engine_for(scenario, args.model)
            except ModelError as exc:
                engine_error = exc
                print(f"rehearse: error: {exc}; imported takes are analysed when opened", file=sys.stderr)
        if engine is None:
            failures += 1
            continue
        unsaved = None
        try:
            report, _ = analyse_take(take, engine, progress_printer(label), scenario=scenario, audio=audio)
        except UnsavedReport as exc:  # e.g. disk full: the verdict was made, the audio is safe
            report, unsaved = exc.report, exc
        except RehearseError as exc:
            print(f"rehearse: error: {path}: imported, but not analysed: {exc}", file=sys.stderr)
            failures += 1
            continue
        print(f"\r\033[K{label}: {_summary(report)}" if sys.stderr.isatty() else f"{label}: {_summary(report)}",
              file=sys.stderr, flush=True)
        if unsaved is not None:
            print(f"rehearse: error: {path}: imported and analysed, but the report was not saved ({unsaved}); "
                  f"it is analysed again when the take is opened", file=sys.stderr)
            failures += 1
    if not files:
        print("rehearse: error: no audio files found", file=sys.stderr)
        return 2
    return 2 if failures else 0
