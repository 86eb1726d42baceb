"""`check_script`: a written draft judged before it is spoken, in one typed result.

The judge of spoken takes runs on the draft laid out as timed words on its forecast
clock (`timeline`), so the rubric, the wording flags and the cut points all speak of
the same words at the same times. `ScriptCheck.to_dict()` is what `rehearse script
--json` prints (keys documented in docs/script.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from rehearse.core.report import analyze
from rehearse.core.scenario import Scenario
from rehearse.core.script.align_types import ElementSpan, SectionPlan
from rehearse.core.script.content import ContentCheck, element_spans, read_content
from rehearse.core.script.cuts import CutPlan, cut_plan
from rehearse.core.script.draft import Draft
from rehearse.core.script.forecast import Forecast, PaceBasis, forecast
from rehearse.core.script.length import draft_length
from rehearse.core.script.timeline import timed_words
from rehearse.core.script.wording import WordingCheck, read_wording
from rehearse.core.timing import clock
from rehearse.core.types import Transcript, Word

SCHEMA = 1


@dataclass(frozen=True)
class ScriptCheck:
    draft: Draft
    scenario: str
    forecast: Forecast
    cuts: CutPlan
    content: ContentCheck
    wording: WordingCheck
    timeline: tuple[Word, ...]
    """The draft's words on the forecast clock (what the judge read)."""

    @property
    def problems(self) -> list[str]:
        """The verdict in short lines, most important first; empty when the draft is ready."""
        out = []
        fc = self.forecast
        if fc.over_limit:
            over = math.ceil(fc.seconds - fc.limit_s)
            out.append(f"too long: about {clock(fc.seconds)} at {fc.basis.wpm:.0f} wpm, {over} s over the "
                       f"{clock(fc.limit_s)} limit; cut about {self.cuts.words_to_cut} words")
        for e in self.content.elements:
            if not e.found:
                have = f" ({e.count} of {e.min})" if e.min > 1 else ""
                out.append(f"missing: {e.label}{have}")
        if self.content.element("ask") and self.content.ask_word is not None and not self.content.ask_up_front:
            out.append("the ask comes late: put it in the first 20 % of the draft (bottom line up front)")
        if fc.high_s > fc.limit_s >= fc.seconds:
            out.append(f"close to the limit: a slow day ({clock(fc.high_s)}) runs over")
        return out

    @property
    def sections(self) -> tuple[SectionPlan, ...]:
        """One planned section per paragraph, on the forecast clock: for `align(..., sections=...)`."""
        out = []
        for p in self.draft.paragraphs:
            start = self.timeline[p.start].start
            end = self.timeline[p.end].start if p.end < len(self.timeline) else self.timeline[-1].end
            out.append(SectionPlan(p.heading or f"paragraph {p.index + 1}", p.start, p.end, end - start))
        return tuple(out)

    @property
    def element_spans(self) -> tuple[ElementSpan, ...]:
        """Which draft spans carried which element: for `align(..., elements=...)`."""
        return element_spans(self.content)

    def to_dict(self) -> dict[str, Any]:
        d = self.draft
        return {
            "schema": SCHEMA, "file": d.name, "scenario": self.scenario, "ok": not self.problems,
            "problems": self.problems, "words": len(d.words), "sentences": len(d.sentences),
            "paragraphs": [{"index": p.index + 1, "heading": p.heading, "words": p.size,
                            "start_s": round(self.timeline[p.start].start, 1),
                            "planned_s": round(s.planned_s, 1)}
                           for p, s in zip(d.paragraphs, self.sections, strict=True)],
            "forecast": self.forecast.to_dict(), "cuts": self.cuts.to_dict(), **self.content.to_dict(),
            "language": self.wording.to_dict(),
        }


def check_script(draft: Draft, scenario: Scenario, basis: PaceBasis) -> ScriptCheck:
    """Forecast, cut points, rubric and wording of `draft` for `scenario` at `basis` pace."""
    fc = forecast(draft_length(draft), basis, scenario)
    timeline = timed_words(draft, total_s=fc.seconds)
    report = analyze(Transcript(timeline, model="script"), None, scenario)
    return ScriptCheck(
        draft=draft, scenario=scenario.id, forecast=fc, cuts=cut_plan(draft, timeline, fc, scenario),
        content=read_content(report.rubric, draft, timeline),
        wording=read_wording(report, draft, timeline), timeline=timeline,
    )
