"""`rehearse takes`: the takes library from the command line.

Lists every take grouped by scenario, team and speaker (date, length, card,
pace, checklist, verdict, and a mark for recovered or imported takes), with
filters and sorts; relabels a take; deletes one into the trash after asking.
The same data functions back the UI's takes browser.
"""

from __future__ import annotations

import json
import sys

NAME = "takes"
HELP = "list takes grouped by scenario, team and speaker; relabel or delete (to the trash) a take"
LISTS_TAKES = True
"""Interrupted takes are recovered before this command runs (see `rehearse.cli`)."""


def add_arguments(parser) -> None:
    parser.add_argument("--json", action="store_true", help="print the takes as a JSON list")
    parser.add_argument("--scenario", default=None, help="only takes of this scenario")
    parser.add_argument("--team", default=None, help="only takes of this team")
    parser.add_argument("--speaker", default=None, help="only takes of this speaker")
    parser.add_argument("--search", default=None, metavar="TEXT", help="only takes whose id, title or names hold TEXT")
    parser.add_argument("--sort", default="date", choices=["date", "duration", "pace", "score"],
                        help="order inside each group (date: newest first; score: best first)")
    parser.add_argument("--reverse", action="store_true", help="reverse the order")
    parser.add_argument("--relabel", metavar="TAKE", help="change a take's --set-speaker/--set-team/--set-title")
    parser.add_argument("--set-speaker", default=None)
    parser.add_argument("--set-team", default=None)
    parser.add_argument("--set-title", default=None)
    parser.add_argument("--delete", metavar="TAKE", help="move a take to the trash (recordings/.trash)")
    parser.add_argument("--yes", action="store_true", help="do not ask before deleting")


def as_json(s) -> dict:
    m = s.metrics
    return {
        "id": s.id, "path": s.path, "scenario": s.scenario, "team": s.team, "speaker": s.speaker,
        "title": s.title, "started_at": s.started_at, "date": s.date, "duration_s": round(s.duration_s, 2),
        "audio_s": round(s.audio_s, 2), "analysed": m.has_report, "card": m.card if m.has_report else None,
        "wpm": m.wpm if m.has_report else None, "fillers": m.fillers, "fillers_per_min": m.fillers_per_min,
        "rubric": m.rubric_text, "missing": m.missing, "marks": s.marks, "status": s.status, "source": s.source,
        "verdict": s.verdict, "grade": s.grade, "reviewed": s.reviewed, "problem": s.problem,
    }


def line(s) -> str:
    marks = "".join(f" [{m}]" for m in s.marks)
    verdict = " · ".join(x for x in (s.verdict, s.grade) if x)
    card = s.metrics.card if s.metrics.has_report else "—"
    return (f"{s.date:<16}  {s.id:<28}  {s.duration_text:>5}  {card:<6}  {s.pace_text:>7}  "
            f"{s.rubric_text:<16}{marks}{'  ' + verdict if verdict else ''}{'  ' + repr(s.title) if s.title else ''}")


def _relabel(args) -> int:
    from rehearse.store.library import relabel, resolve_take

    take = resolve_take(args.relabel)
    if args.set_speaker is None and args.set_team is None and args.set_title is None:
        print("rehearse: error: --relabel needs --set-speaker, --set-team or --set-title", file=sys.stderr)
        return 2
    done = relabel(take, speaker=args.set_speaker, team=args.set_team, title=args.set_title)
    print(f"{done.id}: speaker {done.speaker!r}, team {done.team!r}, title {done.title!r}")
    return 0


def _delete(args) -> int:
    from rehearse.store.library import resolve_take
    from rehearse.store.trash import trash_take

    take = resolve_take(args.delete)
    if not args.yes:
        who = " ".join(x for x in (take.speaker, take.team and f"({take.team})") if x) or "no speaker"
        print(f"Move take {take.id} ({who}, {take.duration:.0f} s) to the trash? [y/N] ", end="", file=sys.stderr,
              flush=True)
        if sys.stdin.readline().strip().lower() not in ("y", "yes"):
            print("Not deleted.", file=sys.stderr)
            return 1
    dest = trash_take(take)
    print(f"{take.id}: moved to {dest}")
    return 0


def run(args) -> int:
    if args.relabel:
        return _relabel(args)
    if args.delete:
        return _delete(args)
    from rehearse.store.library import browse, filter_entries, group_entries, sort_entries

    entries, problems = browse(args.scenario)
    for p in problems:
        print(f"rehearse: {p}", file=sys.stderr)
    entries = filter_entries(entries, team=args.team, speaker=args.speaker, text=args.search)
    entries = sort_entries(entries, args.sort, args.reverse)
    if args.json:
        print(json.dumps([as_json(e.summary) for e in entries], ensure_ascii=False, indent=1))
        return 0
    if not entries:
        print("No takes found." + (" (filters applied)" if args.team or args.speaker or args.search else ""))
        return 0
    for scenario, teams in sorted(group_entries(entries).items()):
        print(scenario)
        for team, speakers in sorted(teams.items(), key=lambda kv: kv[0].casefold()):
            print(f"  {team}")
            for speaker, items in sorted(speakers.items(), key=lambda kv: kv[0].casefold()):
                print(f"    {speaker} ({len(items)} take{'s' if len(items) != 1 else ''})")
                for e in items:
                    print(f"      {line(e.summary)}")
    return 0
