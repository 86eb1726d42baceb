"""What a take goes through, without any Textual: recording, live analysis, the saved take's report.

The app's screens, `rehearse record` and the benchmarks all drive these modules,
so a take behaves the same whichever door it came in by. Beneath it sit
`audio/`, `asr/` and `store/`; above it only `ui/` and `commands/` (an
import-linter layers contract in pyproject.toml holds the order).
"""
