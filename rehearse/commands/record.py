"""`rehearse record`: record a take from the microphone, save it, then judge it.

The take is saved exactly as the app saves it (`TakeRecording` + the store), so
a take recorded here shows up in the app and vice versa. Ctrl-C and SIGTERM
both end the take cleanly: the signal only sets a flag, and the main loop then
stops the stream and finishes the files, so `kill` from a script or a closed
terminal never leaves a half-written take (SIGKILL is covered by recovery).
"""

from __future__ import annotations

import contextlib
import json
import signal
import sys
import threading

NAME = "record"
HELP = "record a take from the microphone, save it under recordings/, then analyse it"


def add_arguments(parser) -> None:
    parser.add_argument("--scenario", default=None, help="scenario id or path to a .toml (default: minusma-gender)")
    parser.add_argument("--seconds", type=float, default=None, help="stop after this many seconds (default: Ctrl-C)")
    parser.add_argument("--device", default=None, help="input device index or part of its name (default: system default)")
    parser.add_argument("--speaker", default="", help="who is speaking (names the take)")
    parser.add_argument("--team", default="", help="team or class the speaker belongs to")
    parser.add_argument("--title", default="", help="a title for this take")
    parser.add_argument("--model", default=None, help="model folder, or a folder name under models/ (default: bundled tiny.en)")
    parser.add_argument("--no-analyze", action="store_true", help="only record and save the take")
    parser.add_argument("--list-devices", action="store_true", help="list input and output devices, then exit")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON line, with the take folder")


@contextlib.contextmanager
def _stop_on_signals(stop: threading.Event):
    """SIGINT/SIGTERM set `stop` instead of unwinding the stack mid-write; restored afterwards."""
    old = {s: signal.signal(s, lambda *_: stop.set()) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)


def _list_devices() -> int:
    from rehearse.audio import devices

    for title, found in (("input devices (* = default)", devices.input_devices()),
                         ("output devices", devices.output_devices())):
        print(f"{title}:")
        for d in found:
            print("  " + d.label())
        if not found:
            print("  (none found)")
    return 0


def _meter(elapsed: float, level: float) -> str:
    bars = min(20, int(level * 60))
    return f"\r\u25cf REC {int(elapsed) // 60:02d}:{int(elapsed) % 60:02d}  [{'#' * bars:<20}] "


def record_take(args, scenario_id: str):
    """Record until --seconds, a signal, or an error; returns the saved Take (errors raise after saving)."""
    from rehearse.session.recording import TakeRecording

    stop = threading.Event()
    show_meter = not args.json and sys.stderr.isatty()
    rec = TakeRecording(scenario_id, speaker=args.speaker, team=args.team, title=args.title, device=args.device)
    with _stop_on_signals(stop):
        take = rec.start()
        try:
            print(f"rehearse: recording {take.path} from {rec.device.name!r} "
                  f"({'Ctrl-C to stop' if not args.seconds else f'{args.seconds:g} s'})",
                  file=sys.stderr, flush=True)
            while not stop.wait(0.1):
                if show_meter:
                    print(_meter(rec.elapsed, rec.level), end="", file=sys.stderr, flush=True)
                if (args.seconds and rec.elapsed >= args.seconds) or not rec.running:
                    break
        finally:
            if show_meter:
                print("\r\033[K", end="", file=sys.stderr, flush=True)
            take = rec.stop()
    return take


def run(args) -> int:
    from rehearse import store
    from rehearse.core.scenario import load_scenario
    from rehearse.errors import AudioError, RehearseError

    if args.list_devices:
        return _list_devices()
    if args.seconds is not None and args.seconds <= 0:
        raise RehearseError(f"--seconds must be positive, not {args.seconds:g}")
    for line in store.recover_interrupted():
        print(f"rehearse: {line}", file=sys.stderr)
    scenario = load_scenario(args.scenario)  # before recording: a typo must not cost a take
    take = record_take(args, scenario.id)
    print(f"rehearse: saved {take.duration:.1f} s in {take.path}", file=sys.stderr, flush=True)
    if args.no_analyze:
        if args.json:
            print(json.dumps({"take": str(take.path), "duration": round(take.duration, 3)}), flush=True)
        return 0
    if take.audio_path is None:
        raise AudioError(f"no audio was recorded; the empty take is in {take.path}")
    from rehearse.session.pipeline import analyze_file

    try:
        report = analyze_file(take.audio_path, scenario, model=args.model)
    except RehearseError as exc:
        raise type(exc)(f"{exc} (the take itself is saved in {take.path})") from exc
    data = report.to_dict()
    unsaved = None
    try:  # a full disk here must not cost the speaker the verdict they waited for, nor worry them
        store.save_report(take, data)
        take.model = str(data.get("transcript", {}).get("model", "") or args.model or "")
        store.save_take(take)
    except RehearseError as exc:
        unsaved = type(exc)(f"{exc}; the take itself is saved in {take.path} and is analysed again "
                            "when it is opened")
    if args.json:
        print(json.dumps({**data, "take": str(take.path)}, ensure_ascii=False), flush=True)
    else:
        from rehearse.render.terminal import print_report

        print_report(report)
    if unsaved is not None:
        raise unsaved
    return 0
