"""`rehearse compare TAKE TAKE...`: takes side by side, what changed, the best one, progress.

Takes are put in recording order (oldest first) so "take 3 lost the ask" means
the third attempt. `--speaker`/`--team` compare every take of one speaker or
team instead of naming them. Missing or damaged reports are rebuilt from the
audio first, with progress on stderr.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

NAME = "compare"
HELP = "compare takes: metrics with deltas, what was gained and lost, the best take, progress"
LISTS_TAKES = True
"""Interrupted takes are recovered before this command runs (see `rehearse.cli`)."""


def add_arguments(parser) -> None:
    parser.add_argument("takes", nargs="*", metavar="TAKE", help="take ids, unique id prefixes or folders")
    parser.add_argument("--speaker", default=None, help="compare every take of this speaker")
    parser.add_argument("--team", default=None, help="compare every take of this team")
    parser.add_argument("--scenario", default=None, help="with --speaker/--team: only this scenario")
    parser.add_argument("--diff", action="store_true", help="show the transcript differences")
    parser.add_argument("--json", action="store_true", help="print the comparison as JSON")


def _select(args) -> list:
    from rehearse.store.library import browse, filter_entries, resolve_take

    takes = [resolve_take(spec) for spec in args.takes]
    if args.speaker or args.team:
        entries = filter_entries(browse(args.scenario)[0], speaker=args.speaker, team=args.team)
        takes += [e.take for e in entries]
    unique = {str(t.path): t for t in takes}
    return sorted(unique.values(), key=lambda t: (t.started_at or t.id, t.id))


def _table(cmp) -> list[str]:
    width = 2 + max(14, *(len(v) + len(d) + 3 for row in cmp.rows for v, d in zip(row.values, row.deltas, strict=True)))
    name_w = max(len(r.name) for r in cmp.rows) + 2
    out = [" " * name_w + "".join(f"{label:<{width}}" for label in cmp.labels)]
    for row in cmp.rows:
        cells = [f"{v} ({d})" if d and d != "=" else v for v, d in zip(row.values, row.deltas, strict=True)]
        out.append(f"{row.name:<{name_w}}" + "".join(f"{c:<{width}}" for c in cells))
    return out


def run(args) -> int:
    from rehearse.commands.export import load_take_export
    from rehearse.core.compare import Compared, compare_takes
    from rehearse.core.metrics import take_metrics
    from rehearse.core.progress import progress
    from rehearse.core.textdiff import diff_text, similarity, transcript_words

    takes = _select(args)
    if len(takes) < 2:
        print(f"rehearse: error: compare needs at least two takes (found {len(takes)})", file=sys.stderr)
        return 2
    items, ids = [], []
    for n, take in enumerate(takes, 1):
        doc = load_take_export(take, check=transcript_words)  # unreadable words: rebuilt, not a traceback
        items.append(Compared(f"take {n}", take_metrics(doc.report, doc.review), transcript_words(doc.report),
                              take.started_at, doc.drills[-1] if doc.drills else None))
        who = " ".join(x for x in (take.speaker, take.team and f"({take.team})") if x)
        ids.append(f"take {n}: {take.id}  {who}  {take.started_at[:16].replace('T', ' ')}  [{take.language}]")
    cmp = compare_takes(items)
    prog = progress(items)
    if args.json:
        data = {"takes": [{"label": i.label, "id": t.id, "path": str(t.path), "language": t.language}
                          for i, t in zip(items, takes, strict=True)],
                "rows": [asdict(r) for r in cmp.rows], "changes": cmp.changes,
                "best": {"label": cmp.labels[cmp.best], "id": takes[cmp.best].id, "why": cmp.best_reason},
                "progress": prog.lines,
                "similarity": [round(similarity(d), 3) if d else None for d in cmp.diffs]}
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    print("\n".join(ids), end="\n\n")
    print("\n".join(_table(cmp)), end="\n\n")
    print("What changed:")
    for sentence in cmp.changes:
        print(f"  {sentence}.")
    print(f"\nBest: {cmp.best_reason}.")
    if prog.lines:
        print("\nProgress:")
        for sentence in prog.lines:
            print(f"  {sentence}")
    if args.diff:
        for i, parts in enumerate(cmp.diffs, 1):
            if parts:
                print(f"\nTranscript, {cmp.labels[i - 1]} → {cmp.labels[i]} ({similarity(parts):.0%} the same):")
                print("  " + diff_text(parts))
    return 0
