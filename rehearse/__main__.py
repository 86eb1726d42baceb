"""`python -m rehearse` runs the same entry point as the `rehearse` script."""

from rehearse.cli import main

raise SystemExit(main())
