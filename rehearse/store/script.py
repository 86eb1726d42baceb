"""A take's script: the draft its speaker practised from, kept as `script.md` beside the audio.

One reader for a draft file chosen by the user (`rehearse script`, `import --script`,
`record --script` and the practice setup all call `read_script_file`), so a missing,
empty, binary, non-UTF-8 or oversized file is refused with the same one line
everywhere. The text is checked (it must parse to words) before anything is written,
and written atomically like every file of a take, so a take folder never holds half a
script. The copy is the draft as it was when the take was made: editing the draft
afterwards does not change what an old take is judged against.
"""

from __future__ import annotations

from pathlib import Path

from rehearse.core.script.draft import MAX_BYTES, Draft, ScriptError, decode_draft, parse_draft
from rehearse.store.atomic import atomic_write_bytes
from rehearse.store.takes import Take

SCRIPT_MD = "script.md"


def read_script_file(path: str | Path) -> str:
    """The text of the draft at `path`, or a ScriptError in one line (missing, a folder,
    unreadable, too big, binary, not UTF-8, empty)."""
    p = Path(path)
    try:
        if p.is_dir():
            raise ScriptError(f"{path}: is a folder; give the draft file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ScriptError(f"{path}: {size / 1e6:.1f} MB is too big for a spoken draft "
                              f"(limit {MAX_BYTES // 1_000_000} MB); is it the right file?")
        with p.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ScriptError(f"{path}: no such file") from None
    except OSError as exc:
        raise ScriptError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode_draft(data, str(path))


def read_draft_file(path: str | Path) -> Draft:
    """The parsed draft at `path` (Markdown when its name ends in .md); ScriptError as above, or
    when it holds no words to say."""
    return parse_draft(read_script_file(path), name=str(path))


def checked_script_text(path: str | Path) -> str:
    """The text of the draft at `path`, once it is known to parse to words: what a take keeps.
    ScriptError as `read_draft_file`."""
    text = read_script_file(path)
    parse_draft(text, name=str(path))
    return text


def save_script_text(take: Take, text: str) -> None:
    """Write `text` (already checked) as the take's script; StorageError on a disk problem."""
    atomic_write_bytes(take.path / SCRIPT_MD, text.encode("utf-8"))


def load_script(take: Take) -> Draft | None:
    """The take's script, None when it has none; ScriptError when `script.md` is damaged."""
    path = take.path / SCRIPT_MD
    if not path.exists():
        return None
    return parse_draft(read_script_file(path), name=str(path))
