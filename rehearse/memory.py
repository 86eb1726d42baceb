"""Fewer malloc arenas: the memory a take holds, not the speed it runs at.

glibc gives each thread that allocates its own malloc arena (up to 8 per core), and memory freed
in an arena is kept there for that thread. A take runs the Whisper engine in two lanes (decided
chunks and drafts), the live analyser and the judge on threads of their own, so each kept its own
high-water mark: in one process, tiny.en's resident memory grew by 40-50 MiB with every round of
a 27 s beam-5 decode beside drafts (161 -> 444 MiB over five rounds). With two arenas the same
rounds end at 350 MiB, 94 MiB lower, and the peak falls from 546 to 453 MiB (BENCHMARKS.md,
"Stop-to-report, live lag, RSS during a take"). Set once, at start-up, before the threads exist.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from functools import cache
from typing import Any

log = logging.getLogger(__name__)

M_ARENA_MAX = -8
"""glibc's mallopt parameter for the arena limit (malloc.h)."""
ARENAS = 2
"""One per core of the 2-core machines this runs on; 1 measured the same peak (442 MiB)."""


@cache
def _glibc(function: str) -> Any:
    """The C library's `function`, or None where it has none (musl, macOS): nothing to tune there.
    Looked up once: `find_library` runs `ldconfig -p` in a subprocess, and `release_free_memory`
    is called after every decided chunk of a live take."""
    try:
        return getattr(ctypes.CDLL(ctypes.util.find_library("c")), function)
    except (OSError, AttributeError, TypeError):
        return None


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas; False where the C library is not glibc."""
    mallopt = _glibc("mallopt")
    if mallopt is None:
        return False
    ok = bool(mallopt(M_ARENA_MAX, arenas))
    log.debug("malloc arenas capped at %d: %s", arenas, ok)
    return ok


def release_free_memory() -> None:
    """Give memory freed inside the arenas back to the system (glibc's malloc_trim).

    Called after each decided chunk of a live take: between decodes, freed buffers otherwise stay
    resident, and the next decode's peak rides on top of them (one process: 350 MiB held after five
    rounds of decoding without it, about 215 MiB with it). A few milliseconds; nothing where the C
    library is not glibc."""
    malloc_trim = _glibc("malloc_trim")
    if malloc_trim is not None:
        malloc_trim(0)
