"""A take against its script, as the report's `script` section (`ScriptResult`).

The draft is checked exactly as `rehearse script` checks it (same judge, same forecast
at the speaker's pace), so the elements the draft carried and the time planned per
section are the ones the speaker was shown before speaking; then the take's words are
aligned to the draft (`align`) and the alignment is put in the report's words: passages
quoted as text with their paragraph, times in seconds of the audio.
"""

from __future__ import annotations

from collections.abc import Sequence

from rehearse.core.report_script import ScriptAdded, ScriptMoved, ScriptResult, ScriptSection, ScriptSkip
from rehearse.core.scenario import Scenario
from rehearse.core.script.align import align
from rehearse.core.script.align_types import Alignment, SectionTime
from rehearse.core.script.check import ScriptCheck, check_script
from rehearse.core.script.draft import Draft
from rehearse.core.script.forecast import PaceBasis
from rehearse.core.types import Word


def take_against_script(draft: Draft, scenario: Scenario, basis: PaceBasis,
                        spoken: Sequence[Word]) -> ScriptResult:
    """The report section for a take whose words are `spoken` (the report's transcript words)."""
    return against_check(check_script(draft, scenario, basis), spoken)


def against_check(check: ScriptCheck, spoken: Sequence[Word]) -> ScriptResult:
    """The same, from a check made earlier: the check is most of the cost (the judge reads the
    whole draft), and a live take knows its draft from the start, so it checks it while recording."""
    result = align(check.draft.words, spoken, elements=check.element_spans, sections=check.sections)
    return script_result(result, check.forecast.basis.wpm)


def script_result(a: Alignment, plan_wpm: float) -> ScriptResult:
    """An alignment as the report keeps it (rounded as the JSON shows it).

    An element the draft makes in several places under one label ("how" in its own paragraph
    and again inside an example) is dropped only when none of them was said: a skipped
    passage names only what the take lost, "example 2", not a "how" the speaker made elsewhere."""
    said = {e.span.label for e in a.elements if e.said}

    def lost(labels: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(x for x in labels if x not in said))

    return ScriptResult(
        words=a.script_words, said_words=a.said_words, coverage=round(a.coverage, 1), plan_wpm=round(plan_wpm, 1),
        skipped=tuple(ScriptSkip(text=s.text, paragraph=s.paragraph + 1, words=s.end - s.start,
                                 whole_paragraph=s.whole_paragraph, elements=lost(s.elements)) for s in a.skipped),
        added=tuple(ScriptAdded(start=round(x.start_s, 2), end=round(x.end_s, 2), text=x.text,
                                words=x.spoken_end - x.spoken_start) for x in a.added),
        out_of_order=tuple(ScriptMoved(text=o.text, paragraph=o.paragraph + 1, start=round(o.spoken_s, 2))
                           for o in a.out_of_order),
        sections=_sections(a.sections),
        dropped=lost(tuple(e.label for e in a.dropped)),
    )


def _sections(times: Sequence[SectionTime]) -> tuple[ScriptSection, ...]:
    """Time per section; the paragraphs under one heading ("Examples") are one section."""
    groups: list[list[SectionTime]] = []
    for t in times:
        if groups and groups[-1][-1].label == t.label:
            groups[-1].append(t)
        else:
            groups.append([t])
    out = []
    for g in groups:
        words = sum(t.end - t.start for t in g)
        said = sum(t.said_words for t in g)
        out.append(ScriptSection(label=g[0].label, planned_s=round(sum(t.planned_s for t in g), 1),
                                 spoken_s=round(sum(t.spoken_s for t in g), 1),
                                 coverage=round(100.0 * said / max(words, 1), 1)))
    return tuple(out)
