"""A written draft as paragraphs, sentences and words: what the speaker will say, in order.

The draft arrives as bytes from a file the user chose, so everything the user can get
wrong (an empty file, a Word document, Latin-1 text, a 40 MB log) is a one-line
`ScriptError` here, never a traceback. Reading the file is the command's job; this
module only judges the bytes, so it stays pure and testable.

Words are whitespace-separated pieces with at least one letter or digit: a lone dash
or bullet is not a word anyone says. Sentences end at `.`, `?`, `!` (not after a
known abbreviation), at the end of a list item and at the end of a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from rehearse.core.script.markdown import Block, markdown_blocks, text_blocks
from rehearse.errors import RehearseError

MAX_BYTES = 1_000_000
"""A five-minute brief is about 5 KB; a megabyte is a wrong file, not a long draft."""
MARKDOWN_SUFFIXES = (".md", ".markdown")
ABBREVIATIONS = frozenset(
    "e.g. i.e. etc. vs. mr. mrs. ms. dr. gen. lt. col. maj. capt. sgt. cpl. brig. cdr. no. st. approx. cf.".split()
)
_WORDLIKE = re.compile(r"\w")
_CLOSERS = "\"')]\u201d\u2019»"


class ScriptError(RehearseError):
    """A draft cannot be read as text: missing, empty, binary, not UTF-8 or too big."""


@dataclass(frozen=True)
class DraftWord:
    """One written word, as written (punctuation kept), with where it sits."""

    text: str
    paragraph: int
    sentence: int
    sentence_end: bool = False
    """The last word of its sentence (a speaker pauses after it)."""


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    """Index of its first word in `Draft.words`."""
    end: int
    heading: str = ""

    @property
    def size(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Draft:
    name: str
    words: tuple[DraftWord, ...]
    paragraphs: tuple[Paragraph, ...]

    @cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """(start, end) word spans of every sentence, in order."""
        spans: list[tuple[int, int]] = []
        start = 0
        for i, w in enumerate(self.words):
            if w.sentence_end:
                spans.append((start, i + 1))
                start = i + 1
        return tuple(spans)

    def text(self, start: int, end: int) -> str:
        return " ".join(w.text for w in self.words[start:end])

    def paragraph_of(self, word: int) -> int:
        return self.words[min(max(word, 0), len(self.words) - 1)].paragraph if self.words else 0


def decode_draft(data: bytes, name: str) -> str:
    """The text of a draft file's bytes, or a ScriptError saying in one line what is wrong."""
    if len(data) > MAX_BYTES:
        raise ScriptError(f"{name}: {len(data) / 1e6:.1f} MB is too big for a spoken draft "
                          f"(limit {MAX_BYTES // 1_000_000} MB); is it the right file?")
    if b"\x00" in data[:8192]:
        raise ScriptError(f"{name}: this is a binary file, not text; save the draft as .txt or .md")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScriptError(f"{name}: not UTF-8 text (byte {exc.start}); save the draft as UTF-8 .txt or .md") from None
    if not text.strip():
        raise ScriptError(f"{name}: the draft is empty")
    return text


def parse_draft(text: str, name: str = "draft", markdown: bool | None = None) -> Draft:
    """Paragraphs, sentences and words of a draft. `markdown` None: decided by the name's suffix."""
    if markdown is None:
        markdown = name.lower().endswith(MARKDOWN_SUFFIXES)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = markdown_blocks(text) if markdown else text_blocks(text)
    words: list[DraftWord] = []
    paragraphs: list[Paragraph] = []
    sentence = 0
    for block in blocks:
        first = len(words)
        sentence = _add_block(block, len(paragraphs), sentence, words)
        if len(words) > first:
            paragraphs.append(Paragraph(len(paragraphs), first, len(words), block.heading))
    if not words:
        raise ScriptError(f"{name}: the draft has no words to say")
    return Draft(name, tuple(words), tuple(paragraphs))


def _add_block(block: Block, paragraph: int, sentence: int, out: list[DraftWord]) -> int:
    """Append the block's words; return the next sentence number."""
    for line in block.lines:
        pieces = [p for p in line.split() if _WORDLIKE.search(p)]
        for k, piece in enumerate(pieces):
            end = k == len(pieces) - 1 or ends_sentence(piece)
            out.append(DraftWord(piece, paragraph, sentence, end))
            if end:
                sentence += 1
    return sentence


def ends_sentence(word: str) -> bool:
    """A full stop, question or exclamation mark ends a sentence, unless it ends an abbreviation
    ("e.g.", "Gen.") or initials ("U.N.")."""
    bare = word.rstrip(_CLOSERS)
    if not bare or bare[-1] not in ".?!":
        return False
    abbreviation = bare.lower() in ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.){2,}", bare)
    return not (bare[-1] == "." and abbreviation)
