"""The human form of `rehearse script`: the verdict first, then the forecast, where to cut,
the rubric with the clauses that decided it, and the wording to fix.

Plain text (no colour codes), so it reads the same in a terminal, a pipe or an e-mail
to the instructor. Paragraphs are numbered from 1 (¶3) and quotes carry their time
on the forecast clock, the same clock the cut points use.
"""

from __future__ import annotations

from rehearse.core.script.check import ScriptCheck
from rehearse.core.script.content import Clause
from rehearse.core.timing import clock

QUOTE_CHARS = 110


def _q(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return f"\u201c{text if len(text) <= limit else text[: limit - 1].rstrip() + '…'}\u201d"


def _clause(c: Clause) -> str:
    return f"¶{c.paragraph + 1} {clock(c.at_s)} {_q(c.text)}"


def _card(card: str) -> str:
    return "none yet" if card == "none" else card.upper()


def render_script_check(check: ScriptCheck, title: str = "") -> str:
    d, fc, cuts, content, wording = check.draft, check.forecast, check.cuts, check.content, check.wording
    out = [f"Script check: {d.name}" + (f"  ({title})" if title else ""),
           f"{len(d.words)} words, {len(d.sentences)} sentences, {len(d.paragraphs)} paragraphs", ""]
    problems = check.problems
    out.append("Verdict: ready to rehearse" if not problems else "Verdict: not ready")
    out += [f"  ✗ {p}" for p in problems]
    out += ["", f"Forecast  {clock(fc.seconds)} of {clock(fc.limit_s)}   range {clock(fc.low_s)}-{clock(fc.high_s)}"
            f"   card {_card(fc.card)}"
            + (f" (range {_card(fc.card_low)} to {_card(fc.card_high)})" if fc.card_low != fc.card_high else ""),
            f"  pace: {fc.basis.note}"]
    out += ["", "Where to cut"]
    for c in cuts.crossings:
        where = f"¶{c.paragraph + 1}" + (f" ({c.heading})" if c.heading else "")
        out.append(f"  {clock(c.mark_s)} is passed in {where}, which runs {clock(c.paragraph_start_s)}-"
                   f"{clock(c.paragraph_end_s)}: {_q(c.sentence, 80)}")
    if not cuts.crossings:
        out.append(f"  the draft ends before {clock(cuts.marks[0])}: nothing to cut")
    if cuts.words_to_cut:
        out.append(f"  to land at {clock(cuts.target_s)}: cut about {cuts.words_to_cut} words "
                   f"(of {fc.words}) at {fc.basis.wpm:.0f} wpm")
    elif cuts.crossings:
        out.append(f"  it lands before {clock(cuts.target_s)}: no words need to go")
    out += ["", "Content (the judge of spoken takes, run on the draft)"]
    for e in content.elements:
        count = f"{e.count} of {e.min}" if e.min > 1 else ("found" if e.found else "not found")
        out.append(f"  {'✓' if e.found else '✗'} {e.label}: {count}")
        out += [f"      {_clause(c)}" + (f"  [{c.note}]" if c.note and e.id == "examples" else "") for c in e.evidence]
        out += [f"      near miss {_clause(c)}  [{c.note}]" for c in e.near_misses[:3]]
    if content.ask_word is None or content.ask_share is None:  # both None together: no ask
        out.append("  ✗ bottom line up front: no ask to put up front")
    else:
        ok = "✓" if content.ask_up_front else "✗"
        out.append(f"  {ok} bottom line up front: the ask starts at word {content.ask_word + 1} of {len(d.words)} "
                   f"({100 * content.ask_share:.0f} %; up front means the first 20 %)")
    out += ["", "Language"]
    for name, flags in (("hedges", wording.hedges), ("gendered terms", wording.gendered),
                        ("fillers written in", wording.fillers)):
        if not flags:
            out.append(f"  ✓ no {name}")
            continue
        out.append(f"  ✗ {name} ({len(flags)}):")
        out += [f"      ¶{f.paragraph + 1} {_q(f.text, 60)}" + (f" → {f.suggestion}" if f.suggestion else "")
                for f in flags]
    if wording.long_sentences:
        out.append(f"  ✗ sentences too long to say in one breath (over {wording.breath_words} words):")
        out += [f"      ¶{s.paragraph + 1} {s.words} words: {_q(s.text, 90)}" for s in wording.long_sentences]
    else:
        out.append(f"  ✓ no sentence over {wording.breath_words} words")
    return "\n".join(out)
