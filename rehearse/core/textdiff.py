"""Word-level transcript diff between two takes.

Speakers rehearse the same speech, so the interesting differences are the
sentences added, dropped or reworded. Words are aligned with difflib on their
normalised form (case, punctuation and "1,325" vs "1325" ignored: Whisper's
punctuation varies between takes of the same words), and shown in their
original spelling. The marks are wdiff's ([-removed-] {+added+}) so the text
reads in a terminal, a Markdown file or a plain e-mail alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from rehearse.core.report_model import ReportLike, as_report
from rehearse.core.text import normalise

OPS = ("same", "removed", "added", "changed")


@dataclass(frozen=True)
class DiffPart:
    op: str
    """'same', 'removed' (only in the first take), 'added' (only in the second) or 'changed' (both)."""
    old: tuple[str, ...] = ()
    new: tuple[str, ...] = ()


def _key(word: str) -> str:
    return " ".join(normalise(word)) or word.strip()


def transcript_words(report: ReportLike) -> tuple[str, ...]:
    """The words of a report's transcript, in order."""
    return tuple(w.word.strip() for w in as_report(report).transcript.words if w.word.strip())


def diff_transcripts(old: Sequence[str], new: Sequence[str]) -> list[DiffPart]:
    """Aligned parts; concatenating `old` of every part gives `old`, likewise for `new`."""
    old, new = tuple(old), tuple(new)
    matcher = SequenceMatcher(None, [_key(w) for w in old], [_key(w) for w in new], autojunk=False)
    parts = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        op = {"equal": "same", "delete": "removed", "insert": "added", "replace": "changed"}[tag]
        parts.append(DiffPart(op, old[i1:i2], new[j1:j2]))
    return parts


def diff_stats(parts: list[DiffPart]) -> dict[str, int]:
    """Words kept, removed and added (a change counts on both sides)."""
    stats = {"same": 0, "removed": 0, "added": 0}
    for p in parts:
        if p.op == "same":
            stats["same"] += len(p.new)
        else:
            stats["removed"] += len(p.old)
            stats["added"] += len(p.new)
    return stats


def similarity(parts: list[DiffPart]) -> float:
    """Share of words kept (0..1): 'take 3 is 80 % the same speech as take 2'."""
    s = diff_stats(parts)
    total = s["same"] * 2 + s["removed"] + s["added"]
    return (2 * s["same"] / total) if total else 1.0


def diff_text(parts: list[DiffPart], context: int | None = 8) -> str:
    """The new take's text with [-removed-] and {+added+} marks; long unchanged runs are elided to
    `context` words either side (None keeps everything)."""
    out: list[str] = []
    for i, p in enumerate(parts):
        if p.op == "same":
            words = list(p.new)
            if context is not None and len(words) > 2 * context + 3:
                head = words[:context] if i else []
                tail = words[-context:] if i < len(parts) - 1 else []
                words = [*head, f"[… {len(p.new) - len(head) - len(tail)} words …]", *tail]
            out.extend(words)
            continue
        if p.old:
            out.append("[-" + " ".join(p.old) + "-]")
        if p.new:
            out.append("{+" + " ".join(p.new) + "+}")
    return " ".join(out)
