"""`rehearse export TAKE --format html|md|json|srt|vtt [-o PATH]`: hand a take back.

TAKE is a take id, a unique prefix of one, or the take's folder. A take whose
report is missing or damaged is re-analysed from its audio first (with
progress on stderr) and the damaged file kept aside. The output is written
atomically: a reader never finds half an HTML file.
"""

from __future__ import annotations

import sys
from pathlib import Path

NAME = "export"
HELP = "export a take as HTML, Markdown, JSON, SRT or WebVTT subtitles (with the instructor's review)"
LISTS_TAKES = True
"""Interrupted takes are recovered before this command runs (see `rehearse.cli`)."""


def add_arguments(parser) -> None:
    parser.add_argument("take", metavar="TAKE", help="take id, unique id prefix, or take folder")
    parser.add_argument("--format", required=True, choices=["html", "md", "json", "srt", "vtt"])
    parser.add_argument("-o", "--output", default=None, metavar="PATH",
                        help="file or folder to write (default: ./<take-id>.<format>; '-' for stdout)")


def load_take_export(take, fmt: str | None = None, check=None):
    """The take's `TakeExport`, its report rebuilt from the audio if needed (notes on stderr).

    With `fmt`, a report that format's renderer cannot read (a hand-edited field of the
    wrong type) counts as damaged too: kept aside and rebuilt, not a traceback. `check(report)`
    adds a reader of the caller's own (compare reads the transcript words).
    """
    from rehearse.commands.import_ import progress_printer
    from rehearse.export import TakeExport, render
    from rehearse.session.analyse import analyse_take
    from rehearse.store.review import load_review

    review = load_review(take)
    def readable(report: dict) -> None:
        if check is not None:
            check(report)
        if fmt is not None:
            render(TakeExport(take.to_dict(), report, review), fmt)

    report, note = analyse_take(take, progress=progress_printer(take.id), check=readable)
    if note:
        if sys.stderr.isatty():
            print("\r\033[K", end="", file=sys.stderr)
        print(f"rehearse: {note}", file=sys.stderr)
    if review.note:
        print(f"rehearse: {review.note}", file=sys.stderr)
    from rehearse.store.drills import drills_after

    return TakeExport(take.to_dict(), report.to_dict(), review, drills_after(take.id))


def write_output(text: str, output: str | None, default_name: str) -> Path | None:
    """Write `text` to `output` (a file, a folder, '-' for stdout, None for ./default_name) atomically."""
    from rehearse.store.atomic import atomic_write_bytes

    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return None
    target = Path(output).expanduser() if output else Path(default_name)
    if target.is_dir():
        target = target / default_name
    atomic_write_bytes(target, text.encode("utf-8"))
    return target


def run(args) -> int:
    from rehearse.export import default_name, render
    from rehearse.store.library import resolve_take

    take = resolve_take(args.take)
    doc = load_take_export(take, args.format)
    target = write_output(render(doc, args.format), args.output, default_name(doc, args.format))
    if target is not None:
        print(target)
    return 0
