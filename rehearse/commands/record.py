"""`rehearse record`: record a take from the microphone, save it, and judge it as it is spoken.

A take goes down the app's own path, `rehearse.session.take.LiveTake`: it is saved
exactly as the app saves it, the same live analyser transcribes it chunk by chunk
while the speaker talks, and the same `stop_and_report` finishes it, so `record`
prints the report the app would show, seconds after stop rather than after the
whole take is transcribed (20 s for five minutes on two cores). The model loads in
a background thread once the microphone is open, so recording starts at once; what
is recorded before the model arrives is held by LiveTake and handed over.

Ctrl-C and SIGTERM both end the take cleanly: the signal only sets a flag, and
the main loop then stops the stream and finishes the files, so `kill` from a
script or a closed terminal never leaves a half-written take (SIGKILL is covered
by recovery). Once the audio is on disk, another signal stops the wait for the
verdict; the take is analysed when it is next opened.
"""

from __future__ import annotations

import contextlib
import json
import logging
import signal
import sys
import threading

NAME = "record"
HELP = "record a take from the microphone, save it under recordings/, then analyse it"
log = logging.getLogger("rehearse.record")


def add_arguments(parser) -> None:
    parser.add_argument("--scenario", default=None, help="scenario id or path to a .toml (default: minusma-gender)")
    parser.add_argument("--seconds", type=float, default=None, help="stop after this many seconds (default: Ctrl-C)")
    parser.add_argument("--device", default=None, help="input device index or part of its name (default: system default)")
    parser.add_argument("--speaker", default="", help="who is speaking (names the take)")
    parser.add_argument("--team", default="", help="team or class the speaker belongs to")
    parser.add_argument("--title", default="", help="a title for this take")
    parser.add_argument("--model", default=None, help="model folder, or a folder name under models/ (default: bundled tiny.en)")
    parser.add_argument("--no-analyze", action="store_true", help="only record and save the take")
    parser.add_argument("--script", default=None, metavar="FILE",
                        help="the draft (.txt or .md) being rehearsed: kept with the take as script.md, and the "
                             "report shows the take against it")
    parser.add_argument("--list-devices", action="store_true", help="list input and output devices, then exit")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON line, with the take folder")


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event, saved: threading.Event | None = None):
    """SIGINT/SIGTERM set `stop` instead of unwinding the stack mid-write; restored afterwards.

    Once `saved` is set (the audio is safe), a signal raises KeyboardInterrupt instead:
    the speaker has chosen not to wait for the verdict.
    """
    def handler(*_) -> None:
        if saved is not None and saved.is_set():
            raise KeyboardInterrupt
        stop.set()

    old = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, previous in old.items():
            signal.signal(sig, previous)


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


def _until_stopped(args, rec, take, stop: threading.Event) -> None:
    """Announce the take, then wait for --seconds, a signal, or the recorder ending on its own.

    Near the end of --seconds the wait shortens: the model loading beside the take holds
    the GIL for up to ~0.15 s at a time, and a take should not run over by that plus a poll.
    """
    show_meter = not args.json and sys.stderr.isatty()
    print(f"rehearse: recording {take.path} from {rec.device.name!r} "
          f"({'Ctrl-C to stop' if not args.seconds else f'{args.seconds:g} s'})", file=sys.stderr, flush=True)
    try:
        while not stop.wait(min(0.1, max(0.01, args.seconds - rec.elapsed)) if args.seconds else 0.1):
            if show_meter:
                print(_meter(rec.elapsed, rec.level), end="", file=sys.stderr, flush=True)
            if (args.seconds and rec.elapsed >= args.seconds) or not rec.running:
                break
    finally:
        if show_meter:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


def _said_saved(take) -> None:
    print(f"rehearse: saved {take.duration:.1f} s in {take.path}", file=sys.stderr, flush=True)


def record_take(args, scenario_id: str):
    """--no-analyze: record and save, nothing else (errors raise after saving)."""
    from rehearse.session.recording import TakeRecording

    stop = threading.Event()
    rec = TakeRecording(scenario_id, speaker=args.speaker, team=args.team, title=args.title, device=args.device)
    with stop_on_signals(stop):
        take = rec.start()
        try:
            _until_stopped(args, rec, take, stop)
        finally:
            take = rec.stop()
    _said_saved(take)
    if getattr(args, "script_text", ""):
        from rehearse.commands.script import keep_script

        keep_script(take, args.script_text)
    return take


class _Model:
    """The speech model, loading in a background thread while the take records.

    Then the voice code and the judge's language model are warmed up, so their first-call
    cost (3 s and 2 s) is paid during the take rather than in the seconds after stop. The thread
    then stays alive: once the thread that created a CTranslate2 model has exited,
    its OpenMP threads spin, and on a busy two-core machine a chunk took 4-6 times
    the CPU and up to ten times as long (measured: 2.5 s CPU per 26 s chunk vs 12 s).
    """

    def __init__(self, services, spec: str | None, language: str = "en") -> None:
        self.engine = None
        self._language = language
        self.error: str | None = None
        self._settled = threading.Event()
        self._services, self._spec = services, spec
        threading.Thread(target=self._load, name="rehearse-model", daemon=True).start()

    def _load(self) -> None:
        try:
            self.engine = self._services.load_engine(self._spec)
        except Exception as exc:  # one line at stop, never a traceback over the take
            self.error = str(exc) or type(exc).__name__
            return
        finally:
            self._settled.set()
        try:
            self._services.warm_up(self._language)  # spaCy, 2 s, paid during the take, not after stop
        except Exception as exc:  # only costs speed at stop; the report is the same
            log.warning("warming up the analysis failed: %s", exc)
        threading.Event().wait()  # keep the model's creator alive (see above); a daemon, so never joined

    def wait(self, timeout: float):
        self._settled.wait(timeout)
        return self.engine


def record_live(args, scenario):
    """Record with the live transcriber running, then finish the report: (result, model, outcome).

    `outcome["error"]` is the recording's own error (device lost, disk full), which
    says where the audio was saved; `outcome["heard_s"]` is how much of the take
    had been transcribed when it stopped.
    """
    from rehearse.errors import RehearseError
    from rehearse.session.services import real_services
    from rehearse.session.take import LiveTake

    services = real_services()
    stop, saved, outcome = threading.Event(), threading.Event(), {}
    live = LiveTake(services, scenario, speaker=args.speaker, team=args.team, title=args.title, device=args.device,
                    script=getattr(args, "script_text", ""))

    def on_saved(take, error: str | None) -> None:
        outcome["error"] = error
        if error is None and take is not None:
            _said_saved(take)
        saved.set()

    with stop_on_signals(stop, saved):
        folder = live.start()
        if live.script_note:
            print(f"rehearse: error: {live.script_note}", file=sys.stderr, flush=True)
        model = _Model(services, args.model or scenario.model or None, scenario.language)  # after the microphone is open: recording starts at once
        threading.Thread(target=live.run_live, args=(None,), kwargs={"engine": lambda: model.engine},
                         name="rehearse-transcribe", daemon=True).start()
        try:
            _until_stopped(args, live.recording, folder, stop)
        except BaseException:
            live.abandon()
            raise
        outcome["heard_s"] = live.live.chunker.done_s if live.live is not None else 0.0
        try:
            result = live.stop_and_report(model.wait, on_saved=on_saved)
        except RehearseError as exc:
            raise type(exc)(f"{exc} (the take itself is saved in {folder.path})") from exc
    return result, model, outcome


def _no_report(result, model, outcome) -> Exception:
    """The one-line error for a take that has no report."""
    from rehearse.errors import AudioError, ModelError, RehearseError
    from rehearse.session.take import ENGINE_WAIT_S

    take = result.take
    if outcome.get("error"):
        return RehearseError(outcome["error"])
    if take.audio_path is None or not take.audio_path.exists():
        return AudioError(f"no audio was recorded; the empty take is in {take.path}")
    if model.engine is None:
        why = model.error or f"the speech model did not load within {ENGINE_WAIT_S:g} s"
        return ModelError(f"{why}; the take itself is saved in {take.path} and is analysed when it is opened")
    return RehearseError(f"{result.error}; the take itself is saved in {take.path}")


def run(args) -> int:
    from rehearse import store
    from rehearse.core.scenario import load_scenario
    from rehearse.errors import RehearseError

    if args.list_devices:
        return _list_devices()
    if args.seconds is not None and args.seconds <= 0:
        raise RehearseError(f"--seconds must be positive, not {args.seconds:g}")
    for line in store.recover_interrupted():
        print(f"rehearse: {line}", file=sys.stderr)
    scenario = load_scenario(args.scenario)  # before recording: a typo must not cost a take
    from rehearse.commands.script import script_to_attach

    args.script_text = script_to_attach(getattr(args, "script", None))  # a bad draft: one line, the take goes on
    if args.no_analyze:
        take = record_take(args, scenario.id)
        if args.json:
            print(json.dumps({"take": str(take.path), "duration": round(take.duration, 3)}), flush=True)
        return 0
    from rehearse.session.pipeline import check_model_for

    check_model_for(scenario, args.model)  # tiny.en and a French scenario: one line, before recording
    result, model, outcome = record_live(args, scenario)
    log.info("stop-to-verdict timings: %s", result.timings)  # bench/record_latency.py shows them
    take, data = result.take, result.report
    if data is None:
        raise _no_report(result, model, outcome)
    unsaved = result.unsaved
    if unsaved is None:
        try:  # a full disk here must not cost the speaker the verdict they waited for, nor worry them
            take.model = data.transcript.model or args.model or ""
            store.save_take(take)
        except RehearseError as exc:
            unsaved = exc
    print(f"rehearse: verdict {result.timings.get('total', 0.0):.1f} s after stop; {outcome['heard_s']:.0f} s "
          f"of the {take.duration:.0f} s take were transcribed while recording", file=sys.stderr, flush=True)
    if args.json:
        print(json.dumps({**data.to_dict(), "take": str(take.path)}, ensure_ascii=False), flush=True)
    else:
        from rehearse.render.terminal import print_report

        print_report(data)
    if outcome.get("error"):
        raise RehearseError(outcome["error"])
    if unsaved is not None:
        raise type(unsaved)(f"{unsaved}; the take itself is saved in {take.path} and is analysed again "
                            "when it is opened")
    return 0
