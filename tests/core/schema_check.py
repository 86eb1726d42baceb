"""A small JSON Schema checker: just the keywords docs/report.schema.json uses.

The test of the generated schema checks real reports against it. A full
validator (the `jsonschema` package) would be one more dependency for the
sake of a dozen keywords, so this covers exactly those, and fails loudly on
any other keyword: a schema the generator starts writing differently cannot
pass unchecked.
"""

from __future__ import annotations

from typing import Any

KNOWN = {"$schema", "$defs", "$ref", "title", "description", "type", "enum", "const", "properties", "required",
         "additionalProperties", "items", "prefixItems", "minItems", "anyOf", "allOf", "not", "if", "then", "else"}
TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def _is(kind: str, value: Any) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, TYPES[kind])


def schema_errors(root: dict, value: Any, schema: Any = None, path: str = "") -> list[str]:
    """Where `value` breaks `schema` (default: `root`), as 'path: keyword' lines; [] when it fits."""
    schema = root if schema is None else schema
    if schema is True or schema is False:
        return [] if schema else [f"{path}: false"]
    unknown = set(schema) - KNOWN
    assert not unknown, f"schema_check does not know {unknown}"
    if "$ref" in schema:
        return schema_errors(root, value, root["$defs"][schema["$ref"].rsplit("/", 1)[1]], path)
    out = []
    if "type" in schema and not _is(schema["type"], value):
        return [f"{path}: type {schema['type']}"]
    if "enum" in schema and value not in schema["enum"]:
        out.append(f"{path}: enum")
    if "const" in schema and value != schema["const"]:
        out.append(f"{path}: const")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        out += [f"{path}.{k}: required" for k in schema.get("required", []) if k not in value]
        for key, item in value.items():
            sub = props.get(key, schema.get("additionalProperties", True))
            out += schema_errors(root, item, sub, f"{path}.{key}")
    if isinstance(value, list):
        prefix = schema.get("prefixItems", [])
        if len(value) < schema.get("minItems", 0):
            out.append(f"{path}: minItems")
        for i, item in enumerate(value):
            sub = prefix[i] if i < len(prefix) else schema.get("items", True)
            out += schema_errors(root, item, sub, f"{path}[{i}]")
    if "anyOf" in schema and all(schema_errors(root, value, s, path) for s in schema["anyOf"]):
        out.append(f"{path}: anyOf")
    for sub in schema.get("allOf", []):
        out += schema_errors(root, value, sub, path)
    if "not" in schema and not schema_errors(root, value, schema["not"], path):
        out.append(f"{path}: not")
    if "if" in schema:
        branch = "then" if not schema_errors(root, value, schema["if"], path) else "else"
        out += schema_errors(root, value, schema.get(branch, True), path)
    return out
