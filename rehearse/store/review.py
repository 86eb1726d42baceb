"""An instructor's review of a take, saved beside it as `review.json`.

The data model is `rehearse.core.review.Review` (pure, shared with compare and
the exports); this module only reads and writes it. Writes are atomic, like
every sidecar. A damaged `review.json` cannot be rebuilt (the notes exist
nowhere else), so loading it never raises: the review comes back empty with a
one-line `note`, and the next save first moves the damaged file aside to
`review.damaged-<time>.json`, so an instructor's words are never overwritten.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from rehearse.core.review import REVIEW_SCHEMA, Review, now_iso
from rehearse.errors import StorageError
from rehearse.store.atomic import atomic_write_json, bad_field, fsync_dir, read_json, storage_error
from rehearse.store.takes import Take

REVIEW_JSON = "review.json"


def review_path(take: Take) -> Path:
    return take.path / REVIEW_JSON


def _newer(data: dict[str, Any]) -> bool:
    """True if the file was written by a newer rehearse (a schema we do not know)."""
    schema = data.get("schema", REVIEW_SCHEMA)
    return not isinstance(schema, int) or schema > REVIEW_SCHEMA


def load_review(take: Take) -> Review:
    """The take's review; empty if there is none; empty with `note` set if the file is damaged."""
    path = review_path(take)
    try:
        data = read_json(path)
    except FileNotFoundError:
        return Review()
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        return Review(note=f"{path}: damaged review ({reason}); it is kept aside when the review is next saved")
    if _newer(data):
        schema = str(data.get("schema"))[:20]
        return Review(note=f"{path}: written by a newer rehearse (schema {schema!r}); "
                           "showing no review rather than losing data")
    if field := bad_field(data, Review.from_dict):
        return Review(note=f"{path}: damaged review (field {field[:60]!r} has the wrong type); "
                           "it is kept aside when the review is next saved")
    return Review.from_dict(data)


def _set_aside(path: Path) -> Path | None:
    """Move an unreadable review out of the way (never delete it); None if there was none."""
    if not path.exists():
        return None
    try:
        if not bad_field(read_json(path), Review.from_dict):
            return None
    except (OSError, ValueError, UnicodeDecodeError):
        pass
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"review.damaged-{stamp}.json")
    try:
        os.replace(path, aside)
    except OSError as exc:
        raise storage_error(exc, f"keeping the damaged {path} aside") from exc
    fsync_dir(path.parent)
    return aside


def save_review(take: Take, review: Review) -> Path:
    """Write `review.json` atomically (stamping `updated`); raises StorageError."""
    path = review_path(take)
    if not take.path.is_dir():
        raise StorageError(f"{take.path}: the take folder is gone; the review was not saved")
    _set_aside(path)
    review.updated = now_iso()
    review.note = ""
    atomic_write_json(path, review.to_dict())
    return path


def update_review(take: Take, change: Callable[[Review], object]) -> Review:
    """Load, apply `change(review)`, save, return: one call for 'add a comment at 1:42'.

    Refuses (StorageError) when the file on disk was written by a newer rehearse,
    because saving would drop whatever that version added.
    """
    path = review_path(take)
    with contextlib.suppress(OSError, ValueError, UnicodeDecodeError):
        if _newer(read_json(path)):
            raise StorageError(f"{path}: written by a newer rehearse; not changed")
    review = load_review(take)
    change(review)
    save_review(take, review)
    return review
