"""The take-against-script section in words: one wording for the app, HTML and Markdown.

The app report, the HTML export and the Markdown export each lay the section out in
their own way (rich text, a table, a list), but say the same sentences, made here, so
"example 2 was in the script and was not said" reads the same wherever a speaker or an
instructor meets it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rehearse.core.report_script import ScriptResult, ScriptSection, ScriptSkip
from rehearse.core.timing import clock

QUOTE_WORDS = 18
"""Quotes longer than this are cut with an ellipsis: the reader needs to know which passage, not all of it."""


@dataclass(frozen=True)
class ScriptNote:
    """One thing the take did with the script: a skipped, added or moved passage."""

    kind: str
    """"skipped", "added" or "out of order"."""
    text: str
    time: float | None = None
    """When it was said (added, out of order); None for a skipped passage."""


def quote(text: str, words: int = QUOTE_WORDS) -> str:
    parts = text.split()
    return "“" + " ".join(parts[:words]) + (" …" if len(parts) > words else "") + "”"


def headline(s: ScriptResult) -> str:
    """'Script: 82 % of its words said (61 of 75); 1 passage skipped, 1 added, none out of order'."""
    def count(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}" if n else f"no {many}"

    return (f"Script: {s.coverage:.0f} % of its words said ({s.said_words} of {s.words}); "
            f"{count(len(s.skipped), 'passage skipped', 'passages skipped')}, "
            f"{count(len(s.added), 'passage added', 'passages added')}, "
            f"{count(len(s.out_of_order), 'part out of order', 'parts out of order')}")


def skipped_text(k: ScriptSkip) -> str:
    where = f"paragraph {k.paragraph}" + (", all of it" if k.whole_paragraph else "")
    if k.elements:
        which = " and ".join(k.elements)
        verb = "was" if len(k.elements) == 1 else "were"
        return f"{which} {verb} in the script and {verb} not said ({where}): {quote(k.text)}"
    return f"not said ({where}): {quote(k.text)}"


def script_notes(s: ScriptResult) -> list[ScriptNote]:
    """Skipped passages in script order, then what was added or moved, in the order it was said."""
    out = [ScriptNote("skipped", skipped_text(k)) for k in s.skipped]
    said = [ScriptNote("added", f"added, not in the script: {quote(a.text)}", a.start) for a in s.added]
    said += [ScriptNote("out of order", f"said out of order (paragraph {o.paragraph} of the script): {quote(o.text)}",
                        o.start) for o in s.out_of_order]
    return out + sorted(said, key=lambda n: n.time or 0.0)


def section_row(c: ScriptSection) -> tuple[str, str, str, str]:
    """(section, planned, spoken, said): '0:21', '0:35 (+14 s)', '67 %'."""
    delta = round(c.spoken_s - c.planned_s)
    sign = f" ({delta:+d} s)" if delta else ""
    return c.label, clock(c.planned_s), f"{clock(c.spoken_s)}{sign}", f"{c.coverage:.0f} %"


def dropped_text(s: ScriptResult) -> str:
    """'Dropped from the script: example 2, ask' or ''."""
    return f"Dropped from the script: {', '.join(s.dropped)}" if s.dropped else ""
