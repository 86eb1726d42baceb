"""A written draft before it is spoken, and a take against its draft after (issue 9).

Pure: text and word lists in, frozen dataclasses out. Reading files and the store
belongs to `rehearse.commands.script` and `rehearse.store.paces`.

- `parse_draft`, `decode_draft`: the draft's paragraphs, sentences and words.
- `check_script`: forecast, cut points, rubric and wording of a draft (`ScriptCheck`).
- `align`: a take's words against the draft's words (`Alignment`).
- `versus.take_against_script`: that alignment as the report's `script` section (`ScriptResult`),
  worded once for the app and the exports by `notes`.
- `prompt.prompt_position`: where a speaker is in the draft, from the live transcript (prompt mode).
"""

from rehearse.core.script.align import align, default_sections
from rehearse.core.script.align_types import (
    Added,
    Alignment,
    ElementSpan,
    ElementStatus,
    Match,
    OutOfOrder,
    SectionPlan,
    SectionTime,
    Skipped,
)
from rehearse.core.script.check import ScriptCheck, check_script
from rehearse.core.script.draft import (
    MAX_BYTES,
    Draft,
    DraftWord,
    Paragraph,
    ScriptError,
    decode_draft,
    parse_draft,
)
from rehearse.core.script.forecast import DEFAULT_WPM, Forecast, PaceBasis, PastPace, forecast, pace_basis
from rehearse.core.script.timeline import timed_words

__all__ = [
    "DEFAULT_WPM", "MAX_BYTES", "Added", "Alignment", "Draft", "DraftWord", "ElementSpan", "ElementStatus",
    "Forecast", "Match", "OutOfOrder", "PaceBasis", "Paragraph", "PastPace", "ScriptCheck", "ScriptError",
    "SectionPlan", "SectionTime", "Skipped", "align", "check_script", "decode_draft", "default_sections",
    "forecast", "pace_basis", "parse_draft", "timed_words",
]
