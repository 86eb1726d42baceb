"""`rehearse ui` (and plain `rehearse`): the terminal app for practising aloud.

Only Textual and the app's own modules are imported before the first frame;
the speech model, numpy and PortAudio load in workers once the screen is up,
so the home screen appears within a second even on two slow cores.
"""

from __future__ import annotations

NAME = "ui"
HELP = "open the practice app: pick a scenario, speak, get the verdict (default command)"


def add_arguments(parser) -> None:
    parser.add_argument("--scenario", default=None, help="scenario id or path to a .toml (default: last used)")
    parser.add_argument("--model", default=None,
                        help="model folder, or a folder name under models/ (default: bundled tiny.en)")
    parser.add_argument("--device", default=None,
                        help="input device: index or part of its name (default: the one used last time)")


def run(args) -> int:
    from rehearse.ui.app import build_app

    app = build_app(scenario=getattr(args, "scenario", None), model=getattr(args, "model", None),
                    device=getattr(args, "device", None))
    try:
        app.run()
    finally:
        app.services.close_streams()  # also when Textual exits on an exception
    return int(app.return_code or 0)
