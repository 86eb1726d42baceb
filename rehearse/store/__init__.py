"""Takes on disk, crash-safe: `recordings/<scenario>/<take-id>/`.

The public API lives here so callers (CLI, UI, recorder) never reach into the
modules: create a take, append audio through a `PcmWriter`, `finish_take`,
list and read takes back, recover the ones a crash left behind.
"""

from rehearse.store.finalize import (
    find_interrupted,
    finish_take,
    needs_recovery,
    recover,
    recover_interrupted,
    writer_alive,
)
from rehearse.store.listing import audio_duration, has_audio, list_takes, load_take, scan_takes
from rehearse.store.names import new_take_id, safe_name
from rehearse.store.pcm import PcmWriter, pcm_to_flac
from rehearse.store.takes import (
    FLAC,
    PART,
    REPORT_JSON,
    STATUSES,
    TAKE_JSON,
    Take,
    create_take,
    discard_take,
    load_report,
    save_report,
    save_take,
)

__all__ = [
    "FLAC", "PART", "REPORT_JSON", "STATUSES", "TAKE_JSON", "PcmWriter", "Take", "audio_duration", "create_take",
    "discard_take", "find_interrupted", "finish_take", "has_audio", "list_takes", "load_report",
    "load_take", "needs_recovery", "new_take_id", "pcm_to_flac", "recover", "recover_interrupted",
    "safe_name", "save_report", "save_take", "scan_takes", "writer_alive",
]
