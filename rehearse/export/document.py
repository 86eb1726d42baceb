"""What an export shows about one take: its own module, so the package that picks a renderer
(`rehearse.export`) and the renderers it picks (html, markdown) do not import each other."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rehearse.core.drill.saved import SavedDrill
from rehearse.core.report_model import Report, as_report
from rehearse.core.review import Review


@dataclass
class TakeExport:
    """Everything an export shows about one take."""

    meta: dict[str, Any]
    """`Take.to_dict()`: id, scenario, speaker, team, title, started_at, source, status..."""
    report: dict[str, Any]
    """The report's JSON form, exported as it is; the renderers read it through `typed`."""
    review: Review = field(default_factory=Review)
    drills: tuple[SavedDrill, ...] = ()
    """The commander's questions faced after this take ("Face questions", `drill --after`), oldest first."""

    @property
    def typed(self) -> Report | None:
        """The report as the typed model (read partially: a hand-made dict may leave fields out);
        None for an empty dict, which stands for a take without a report. Read afresh each call,
        so a renderer reads it once and passes it on."""
        return as_report(self.report) if self.report else None

    @property
    def take_id(self) -> str:
        return str(self.meta.get("id") or "take")

    @property
    def heading(self) -> str:
        """'Ann (Blue): dress rehearsal' -- who, and the take's own title if it has one."""
        who = self.meta.get("speaker") or "Unnamed speaker"
        team = self.meta.get("team")
        what = self.meta.get("title") or ""
        return f"{who}{f' ({team})' if team else ''}" + (f": {what}" if what else "")
