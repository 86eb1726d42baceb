"""`rehearse summary [--scenario ID] --format csv|html [-o PATH]`: the class list of results.

One row per take (team, speaker, time, card, pace, fillers, checklist,
verdict). It reads saved reports only, so it is instant for a whole course;
takes never analysed are listed as such (open or export them to analyse).
"""

from __future__ import annotations

import sys

NAME = "summary"
HELP = "class summary of all takes of a scenario, as CSV or HTML"
LISTS_TAKES = True
"""Interrupted takes are recovered before this command runs (see `rehearse.cli`)."""


def add_arguments(parser) -> None:
    parser.add_argument("--scenario", default=None, help="scenario id (default: every scenario with takes)")
    parser.add_argument("--team", default=None, help="only this team")
    parser.add_argument("--format", required=True, choices=["csv", "html"])
    parser.add_argument("-o", "--output", default=None, metavar="PATH",
                        help="file or folder to write (default: ./summary-<scenario>.<format>; '-' for stdout)")


def run(args) -> int:
    from rehearse.commands.export import write_output
    from rehearse.export.summary import render_csv, render_summary_html
    from rehearse.store.library import browse, filter_entries
    from rehearse.store.names import safe_name

    entries, problems = browse(args.scenario)
    for p in problems:
        print(f"rehearse: {p}", file=sys.stderr)
    entries = filter_entries(entries, team=args.team)
    summaries = [e.summary for e in entries]
    scenarios = sorted({s.scenario for s in summaries})
    if len(scenarios) > 1:
        print(f"rehearse: the summary mixes {len(scenarios)} scenarios ({', '.join(scenarios)}); "
              "use --scenario for one class list", file=sys.stderr)
    titles = {e.summary.scenario: e.typed.title if e.typed else "" for e in entries}
    title = (titles.get(scenarios[0], "") or scenarios[0]) if len(scenarios) == 1 else "all scenarios"
    unanalysed = sum(1 for s in summaries if not s.metrics.has_report)
    if unanalysed:
        print(f"rehearse: {unanalysed} take(s) not analysed yet; `rehearse export TAKE` analyses one",
              file=sys.stderr)
    text = render_csv(summaries) if args.format == "csv" else render_summary_html(summaries, title)
    name = f"summary-{safe_name(args.scenario or (scenarios[0] if len(scenarios) == 1 else 'all'))}.{args.format}"
    target = write_output(text, args.output, name)
    if target is not None:
        print(target)
    return 0
