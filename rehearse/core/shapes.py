"""What the report model's type hints mean in JSON, and the error that names a bad field.

The report model (`rehearse.core.report_model`) declares each part of a report
once, as a frozen dataclass; `rehearse.core.codec` reads and writes JSON from
those declarations and `rehearse.core.report_schema` turns them into a JSON
Schema. Both ask this module what a hint means (`shape`) and which fields a
class has (`fields_of`), so the reader, the writer and the schema cannot
disagree about the contract.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from functools import cache
from types import UnionType
from typing import Any, Literal, NamedTuple, Union, get_args, get_origin, get_type_hints

OPTIONAL = "rehearse.optional"
"""Field metadata: the key may be absent, and is written only when the value is not the default."""
WHEN = "rehearse.when"
"""Field metadata: the key is present exactly when the named boolean field (declared before it) is true."""
DOC = "rehearse.doc"
"""Field metadata: what the field means, for the JSON Schema's description."""


def doc(text: str, default: Any = dataclasses.MISSING) -> Any:
    """A field with a description in the schema (what a reader of the JSON needs to know about it)."""
    return dataclasses.field(default=default, metadata={DOC: text})


def optional(default: Any, text: str = "") -> Any:
    """A field whose key older reports lack, or that is written only when it says something: it is
    left out when its value is the default (so a key present with the default is not written back)."""
    return dataclasses.field(default=default, metadata={OPTIONAL: True, DOC: text})


def when(flag: str, default: Any, text: str = "") -> Any:
    """A field that exists only when `flag` is true (e.g. the voice figures, only when measured)."""
    return dataclasses.field(default=default, metadata={WHEN: flag, DOC: text})


class ReportError(ValueError):
    """A report dict that does not fit the model: `path` names the field, `reason` says what is wrong."""

    def __init__(self, reason: str, parts: tuple[str | int, ...] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.parts = list(parts)

    def inside(self, part: str | int) -> ReportError:
        """The same error, one level further out (raised again by the reader of the enclosing part)."""
        self.parts.insert(0, part)
        return self

    @property
    def path(self) -> str:
        out = ""
        for part in self.parts:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
        return out

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.parts else self.reason


def show(value: object) -> str:
    """A value as an error message quotes it: short, one line, in JSON's words."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):
        text = type(value).__name__
    return text if len(text) <= 40 else text[:39] + "…"


class Shape(NamedTuple):
    """What a type hint means in JSON: kind is bool, int, number, str, enum, nullable, list, pair, map or object."""

    kind: str
    args: tuple[Any, ...] = ()


@cache
def shape(hint: Any) -> Shape:
    """The JSON shape of a type hint; TypeError for a hint the model must not use."""
    if hint is bool or hint is int or hint is str:
        return Shape(hint.__name__)
    if hint is float:
        return Shape("number")
    origin, args = get_origin(hint), get_args(hint)
    if origin is Literal:
        return Shape("enum", args)
    if origin is Union or origin is UnionType:
        rest = tuple(a for a in args if a is not type(None))
        if len(rest) == 1 and len(args) == 2:
            return Shape("nullable", rest)
    if origin is tuple:
        return Shape("list", args[:1]) if len(args) == 2 and args[1] is Ellipsis else Shape("pair", args)
    if origin is Mapping and args[0] is str:
        return Shape("map", args[1:])
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return Shape("object", (hint,))
    raise TypeError(f"the report model cannot hold {hint!r}")


class Field(NamedTuple):
    """One field of a model class, as the reader, the writer and the schema see it."""

    name: str
    hint: Any
    optional: bool
    when: str
    default: Any
    """`dataclasses.MISSING` when the field has no default (partial reading then uses the type's zero)."""
    doc: str = ""


@cache
def fields_of(cls: type) -> tuple[Field, ...]:
    hints = get_type_hints(cls)
    return tuple(
        Field(f.name, hints[f.name], bool(f.metadata.get(OPTIONAL)), str(f.metadata.get(WHEN, "")), f.default,
              str(f.metadata.get(DOC, "")))
        for f in dataclasses.fields(cls)
    )
