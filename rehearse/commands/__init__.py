"""Sub-commands of the `rehearse` CLI, one module each.

Each module defines `NAME`, `HELP`, `add_arguments(parser)` and `run(args) -> int`.
Keeping them apart keeps `cli.py` a thin dispatcher and lets each command import
its heavy dependencies only when it runs.
"""

COMMANDS = ["analyze", "record", "ui", "takes", "import_", "compare", "export", "summary", "script", "models", "drill"]
"""Module names under `rehearse.commands`, in help order; missing modules are skipped."""
