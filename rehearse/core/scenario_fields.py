"""Typed access to a parsed scenario TOML, with errors that name file, line and field.

TOML's parser knows lines only for syntax errors; for a wrong type we look the
key up in the source text so the instructor is pointed at the right line.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from rehearse.errors import ScenarioError


class FieldReader:
    def __init__(self, data: dict[str, Any], text: str, path: str) -> None:
        self.data = data
        self.lines = text.splitlines()
        self.path = path

    def where(self, key: str) -> str:
        """'line N: ' for the first line that assigns `key` (last dotted part), or ''."""
        leaf = key.rsplit(".", 1)[-1].split("[", 1)[0]
        pattern = re.compile(rf'^\s*"?{re.escape(leaf)}"?\s*=|^\s*\[+\s*{re.escape(leaf)}\s*\]+')
        for n, line in enumerate(self.lines, 1):
            if pattern.search(line):
                return f"line {n}: "
        return ""

    def only(self, data: dict[str, Any], allowed: tuple[str, ...], prefix: str = "") -> None:
        """Refuse keys the format does not know: a typo ("limt_s") must not silently keep a default."""
        for key in data:
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            hint = f"; did you mean '{close[0]}'?" if close else f"; known keys: {', '.join(allowed)}"
            raise self.fail(f"{prefix}{key}", f"is not a known key{hint}")

    def fail(self, key: str, problem: str) -> ScenarioError:
        return ScenarioError(f"{self.path}: {self.where(key)}field '{key}' {problem}")

    def table(self, dotted: str) -> dict[str, Any]:
        node = self.data
        for part in dotted.split("."):
            node = node.get(part, {}) if isinstance(node, dict) else None
            if not isinstance(node, dict):
                raise self.fail(dotted, "must be a table")
        return node

    def list_of_tables(self, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(key, "must be an array of tables ([[elements]])")
        return value

    def string(self, data: dict[str, Any], key: str, default: str = "", required: bool = False) -> str:
        leaf = key.rsplit(".", 1)[-1]
        if leaf not in data:
            if required:
                raise self.fail(key, "is missing")
            return default
        value = data[leaf]
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(key, "must be a non-empty string" if required else "must be a string")
        return value

    def number(self, data: dict[str, Any], key: str, default: float, minimum: float | None = None) -> float:
        leaf = key.rsplit(".", 1)[-1]
        value = data.get(leaf, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(key, f"must be a number, not {value!r}")
        low = 0.0 if minimum is None else minimum
        if value < low or (minimum is None and value == 0):
            raise self.fail(key, f"must be {'positive' if minimum is None else f'>= {low:g}'}, not {value!r}")
        return float(value)

    def strings(self, data: dict[str, Any], name: str, leaf: str | None = None) -> tuple[str, ...]:
        """A list of strings at data[leaf]; `name` is the dotted field name used in errors."""
        value = data.get(leaf or name.rsplit(".", 1)[-1], [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(name, "must be a list of non-empty strings")
        return tuple(v.strip() for v in value)

    def string_map(self, key: str) -> dict[str, str]:
        table = self.table(key)
        for k, v in table.items():
            if not isinstance(v, str) or not v.strip():
                raise self.fail(f"{key}.{k}", "must be a non-empty string")
        return {k.strip(): v.strip() for k, v in table.items()}
