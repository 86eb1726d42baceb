"""Frozen dataclasses to JSON objects and back, driven by their type hints (see `rehearse.core.shapes`).

`read` turns a JSON dict into a model instance, naming the first bad field by
its path ("rubric.ask.found: expected a boolean, got 3"); `write` gives back
exactly the dict that was read. Numbers keep the type they were read with (an
int stays an int), so the JSON written is the JSON read, byte for byte.

Reading has two modes. Strict, for stored reports: every field must be there
with its type, and an unknown key is an error, so a typo is never silent.
Partial, for a dict a renderer is handed by the UI or a test: a missing field
takes its default, but a field that is there must still have its type. In
either mode a wrong value is named before a missing one: it says more.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from rehearse.core.shapes import Field, ReportError, fields_of, shape, show

T = TypeVar("T")
FLOAT_MAX = sys.float_info.max
Reader = Callable[[Any, "_Reading"], Any]
Writer = Callable[[Any], Any]


class _Reading:
    """One read's mode. A missing field is noted, not raised, so that a wrong value anywhere is named
    first (it says more than "missing"); the strict read then runs again to name the missing one."""

    __slots__ = ("strict", "missing", "raise_missing")

    def __init__(self, strict: bool, raise_missing: bool = False) -> None:
        self.strict, self.missing, self.raise_missing = strict, False, raise_missing


def read(cls: type[T], data: object, *, strict: bool) -> T:
    """`data` (a JSON object) as an instance of the model class `cls`; ReportError naming the bad field."""
    reading = _Reading(strict)
    out = read_object(cls, data, reading)
    if reading.missing:
        read_object(cls, data, _Reading(strict, raise_missing=True))  # raises at the first missing field
    return out


def write(obj: object) -> dict[str, Any]:
    """The JSON object of a model instance: keys in field order, optional ones only when they say something."""
    out: dict[str, Any] = {}
    for f, write_value in _plan(type(obj)):
        value = getattr(obj, f.name)
        if (f.when and not getattr(obj, f.when)) or (f.optional and value == f.default):
            continue
        out[f.name] = write_value(value)
    return out


def read_object(cls: type[T], data: object, reading: _Reading) -> T:
    """`data` as an instance of `cls` (the reader of one JSON object; see `read`)."""
    out: T = _object_reader(cls)(data, reading)
    return out


_OBJECT_READERS: dict[type, Reader] = {}
_PLANS: dict[type, tuple[tuple[Field, Writer], ...]] = {}


def _object_reader(cls: type) -> Reader:
    """A reader for one model class, its fields' readers looked up once: a report has ~1,000 objects."""
    reader = _OBJECT_READERS.get(cls)
    if reader is None:
        reader = _OBJECT_READERS[cls] = _compile_object(cls)
    return reader


def _compile_object(cls: type) -> Reader:
    fields = fields_of(cls)
    steps = tuple((f.name, _reader(f.hint), f.when, not f.optional, f.default, f.hint) for f in fields)
    known = frozenset(f.name for f in fields)
    # The usual case, every key there and none conditional, takes a short loop (a report reads in ~2 ms).
    pairs = () if any(f.when for f in fields) else tuple((name, read_value) for name, read_value, *_ in steps)
    plain = "__post_init__" not in dir(cls) and "__slots__" not in vars(cls)

    def every_field(data: dict[str, Any], reading: _Reading) -> dict[str, Any]:
        values: dict[str, Any] = {}
        name = ""
        try:
            for name, read_value in pairs:
                values[name] = read_value(data[name], reading)
        except ReportError as exc:
            raise exc.inside(name) from None
        return values

    def field_by_field(data: dict[str, Any], reading: _Reading) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, read_value, flag, required, default, hint in steps:
            if flag and not values[flag]:
                if reading.strict and name in data:
                    raise ReportError(f"is false, yet {name} is given", (flag,))
                values[name] = default
            elif name in data:
                try:
                    values[name] = read_value(data[name], reading)
                except ReportError as exc:
                    raise exc.inside(name) from None
            else:
                if reading.strict and required:
                    if reading.raise_missing:
                        raise ReportError("missing", (name,))
                    reading.missing = True
                values[name] = zero(hint) if default is dataclasses.MISSING else default
        return values

    def read_one(data: Any, reading: _Reading) -> Any:
        if not isinstance(data, dict):
            raise ReportError(f"expected an object, got {show(data)}")
        if reading.strict and not data.keys() <= known:
            key = next(k for k in data if k not in known)
            raise ReportError("not a field of this part of the report (a typo?)", (str(key),))
        values = every_field(data, reading) if pairs and data.keys() == known else field_by_field(data, reading)
        if not plain:
            return cls(**values)
        made: Any = object.__new__(cls)  # every field is set, as __init__ would, minus its per-field frozen setattr
        made.__dict__.update(values)
        return made

    return read_one


def zero(hint: Any) -> Any:
    """The empty value of a type, for a field a partial dict leaves out."""
    s = shape(hint)
    empty = {"bool": False, "int": 0, "number": 0.0, "str": "", "nullable": None, "list": (), "map": {}}
    if s.kind in empty:
        return empty[s.kind]
    if s.kind == "enum":
        return s.args[0]
    if s.kind == "pair":
        return tuple(zero(a) for a in s.args)
    return read_object(s.args[0], {}, _Reading(strict=False))


def _read_bool(value: Any, reading: _Reading) -> bool:
    if value is True or value is False:
        return value
    raise ReportError(f"expected a boolean, got {show(value)}")


def _read_int(value: Any, reading: _Reading) -> int:
    if type(value) is int or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise ReportError(f"expected an integer, got {show(value)}")


def _read_number(value: Any, reading: _Reading) -> float:
    if type(value) is not float and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise ReportError(f"expected a number, got {show(value)}")
    if value - value == 0 and -FLOAT_MAX <= value <= FLOAT_MAX:  # NaN and infinity minus themselves are NaN
        return value  # (an int is kept as it is, so writing gives back the same JSON)
    raise ReportError(f"expected a finite number, got {show(value)}")


def _read_str(value: Any, reading: _Reading) -> str:
    if isinstance(value, str):
        return value
    raise ReportError(f"expected a string, got {show(value)}")


@cache
def _reader(hint: Any) -> Reader:
    s = shape(hint)
    scalar = {"bool": _read_bool, "int": _read_int, "number": _read_number, "str": _read_str}
    if s.kind in scalar:
        return scalar[s.kind]
    if s.kind == "enum":
        return _enum_reader(s.args)
    if s.kind == "object":
        return _object_reader(s.args[0])
    inner = [_reader(a) for a in s.args]
    if s.kind == "nullable":
        return lambda v, r: None if v is None else inner[0](v, r)
    if s.kind == "map":
        return lambda v, r: _read_map(v, r, inner[0])
    if s.kind == "pair":
        return lambda v, r: _read_items(v, r, inner, fixed=True)
    return lambda v, r: _read_items(v, r, inner)


def _enum_reader(values: tuple[Any, ...]) -> Reader:
    def read_enum(value: Any, reading: _Reading) -> Any:
        if isinstance(value, str) and value in values:
            return value
        raise ReportError(f"expected one of {', '.join(json.dumps(v) for v in values)}, got {show(value)}")

    return read_enum


def _read_items(value: Any, reading: _Reading, readers: list[Reader], fixed: bool = False) -> tuple[Any, ...]:
    """A JSON list as a tuple: every item with `readers[0]`, or item i with `readers[i]` when `fixed`."""
    if not isinstance(value, list | tuple):
        raise ReportError(f"expected a list, got {show(value)}")
    if fixed and len(value) != len(readers):
        raise ReportError(f"expected a list of {len(readers)} items, got {len(value)}")
    out = []
    for i, item in enumerate(value):
        try:
            out.append(readers[i if fixed else 0](item, reading))
        except ReportError as exc:
            raise exc.inside(i) from None
    return tuple(out)


def _read_map(value: Any, reading: _Reading, read_item: Reader) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ReportError(f"expected an object, got {show(value)}")
    out = {}
    for key, item in value.items():
        try:
            out[str(key)] = read_item(item, reading)
        except ReportError as exc:
            raise exc.inside(str(key)) from None
    return out


def _same(value: Any) -> Any:
    return value


@cache
def _writer(hint: Any) -> Writer:
    s = shape(hint)
    if s.kind in ("bool", "int", "number", "str", "enum"):
        return _same
    if s.kind == "object":
        return write
    inner = _writer(s.args[0]) if s.kind != "pair" else _same
    if s.kind == "nullable":
        return lambda v: None if v is None else inner(v)
    if s.kind == "map":
        return lambda v: {k: inner(x) for k, x in v.items()}
    return list if inner is _same else lambda v: [inner(x) for x in v]


def _plan(cls: type) -> tuple[tuple[Field, Writer], ...]:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = tuple((f, _writer(f.hint)) for f in fields_of(cls))
    return plan
