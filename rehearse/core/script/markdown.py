"""A Markdown draft as the words a speaker reads aloud, in paragraphs.

Speakers draft in Markdown for themselves: headings organise the page, bullets list the
examples, `**bold**` marks what to stress. None of that is said, so it must not count
towards the spoken length or reach the judge. What matters for speaking is kept:
paragraph boundaries (a breath and a new point), and the end of each list item (a
stop even when the item has no full stop). Headings are not read aloud; they name the
paragraphs under them, which the report and the take-against-script alignment use
as section labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_=])(\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<(https?://[^>]+)>")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_EMPHASIS = re.compile(r"(\*\*|__|~~|\*|`)")
_UNDERSCORE = re.compile(r"(?<!\w)_+|_+(?!\w)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")


@dataclass(frozen=True)
class Block:
    """One paragraph as read aloud: its lines (each list item on a line of its own) and
    the heading it sits under, if any."""

    lines: tuple[str, ...]
    heading: str = ""


def inline(text: str) -> str:
    """Emphasis markers, links, images and tags removed; the words kept."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    text = text.replace("\\*", "\x00").replace("\\_", "\x01")
    text = _EMPHASIS.sub("", text)
    text = _UNDERSCORE.sub("", text)
    text = text.replace("|", " ")
    return text.replace("\x00", "*").replace("\x01", "_")


def markdown_blocks(text: str) -> list[Block]:
    """The paragraphs of a Markdown draft, markers stripped. List items become lines of their
    own so the caller can end a sentence at each; a heading starts a new paragraph."""
    text = _COMMENT.sub("", text)
    blocks: list[Block] = []
    lines: list[str] = []
    heading = ""
    in_fence = False

    def close() -> None:
        if lines:
            blocks.append(Block(tuple(lines), heading))
            lines.clear()

    for raw in text.splitlines():
        if _FENCE.match(raw):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if not raw.strip():
            close()
            continue
        m = _HEADING.match(raw)
        if m:
            close()
            heading = inline(m.group(1)).strip()
            continue
        if _RULE.match(raw) or _TABLE_RULE.match(raw):
            if raw.strip()[0] in "=-" and len(lines) == 1:
                heading = inline(lines.pop()).strip()  # a setext heading: the line above is its text
            close()
            continue
        line = _QUOTE.sub("", raw)
        if _BULLET.match(line):
            lines.append(inline(_BULLET.sub("", line, count=1)).strip())
        elif lines:
            lines[-1] = f"{lines[-1]} {inline(line).strip()}"
        else:
            lines.append(inline(line).strip())
    close()
    return [b for b in blocks if any(x.strip() for x in b.lines)]


def text_blocks(text: str) -> list[Block]:
    """The paragraphs of a plain-text draft: blank lines separate them, line breaks inside
    one are only wrapping."""
    blocks, lines = [], []
    for raw in text.splitlines() + [""]:
        if raw.strip():
            lines.append(raw.strip())
        elif lines:
            blocks.append(Block((" ".join(lines),)))
            lines = []
    return blocks
