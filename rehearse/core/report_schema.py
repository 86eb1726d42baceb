"""The JSON Schema of a report, generated from the report model: docs/report.schema.json.

Tools outside rehearse (a course platform importing exports, a script that
charts a class's takes) read report.json; the schema tells them its contract
without reading our code. It is generated, never edited: the model's
dataclasses (`rehearse.core.report_parts`, `rehearse.core.report_model`) are
the one declaration, and tests/core/test_report_model.py fails when the file
and the model drift apart. Regenerate with

    python -m rehearse.core.report_schema > docs/report.schema.json
"""

from __future__ import annotations

import json
import sys
from typing import Any

from rehearse.core.report_model import SCHEMA_VERSION, Report
from rehearse.core.shapes import fields_of, shape


def report_schema() -> dict[str, Any]:
    """The schema (draft 2020-12) of `Report.to_dict()`, as a strict read accepts it."""
    defs: dict[str, Any] = {}
    root = _object(Report, defs)
    root["properties"]["schema"]["const"] = SCHEMA_VERSION
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "rehearse report",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def schema_text() -> str:
    """The schema as docs/report.schema.json holds it."""
    return json.dumps(report_schema(), indent=2, ensure_ascii=False) + "\n"


def _describe(cls: type) -> str:
    """The class docstring's first paragraph (dataclass writes a signature when there is none)."""
    text = (cls.__doc__ or "").strip()
    if text.startswith(f"{cls.__name__}("):
        return ""
    return " ".join(text.split("\n\n")[0].split())


def _object(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    fields = fields_of(cls)
    properties: dict[str, Any] = {}
    for f in fields:
        schema = _type(f.hint, defs)
        properties[f.name] = {"description": f.doc, **schema} if f.doc else schema
    out: dict[str, Any] = {"type": "object"}
    if description := _describe(cls):
        out["description"] = description
    out["properties"] = properties
    out["required"] = [f.name for f in fields if not f.optional and not f.when]
    out["additionalProperties"] = False
    flags = list(dict.fromkeys(f.when for f in fields if f.when))
    if flags:  # fields that exist exactly when a flag is true (the voice figures, when measured)
        out["allOf"] = [_when(flag, [f.name for f in fields if f.when == flag]) for flag in flags]
    return out


def _when(flag: str, names: list[str]) -> dict[str, Any]:
    return {
        "if": {"properties": {flag: {"const": True}}},
        "then": {"required": names},
        "else": {"not": {"anyOf": [{"required": [name]} for name in names]}},
    }


def _type(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    s = shape(hint)
    simple = {"bool": "boolean", "int": "integer", "number": "number", "str": "string"}
    if s.kind in simple:
        return {"type": simple[s.kind]}
    if s.kind == "enum":
        return {"enum": list(s.args)}
    if s.kind == "nullable":
        return {"anyOf": [_type(s.args[0], defs), {"type": "null"}]}
    if s.kind == "list":
        return {"type": "array", "items": _type(s.args[0], defs)}
    if s.kind == "pair":
        items = [_type(a, defs) for a in s.args]
        return {"type": "array", "prefixItems": items, "items": False, "minItems": len(items)}
    if s.kind == "map":
        return {"type": "object", "additionalProperties": _type(s.args[0], defs)}
    cls = s.args[0]
    if cls.__name__ not in defs:
        defs[cls.__name__] = {}  # claimed first: a part used twice is defined once
        defs[cls.__name__] = _object(cls, defs)
    return {"$ref": f"#/$defs/{cls.__name__}"}


if __name__ == "__main__":
    sys.stdout.write(schema_text())
