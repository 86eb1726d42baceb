"""Building HTML (and inline SVG) from escaped parts only.

Transcripts and comments are user text, and a take's words can be anything
("<script>" said aloud and recognised, or typed into a comment). So no export
ever formats user text into an HTML string: every element is made by `el()`,
which escapes every text child and every attribute value, and only `Markup`
(the output of `el()` or a constant in this package) passes through unescaped.
Forgetting to escape therefore shows `&lt;b&gt;` on the page instead of
running code: the failure is visible and harmless.

`CSS` is the one stylesheet of every HTML export, inline (no external assets:
a report must open from a USB stick with no network). Highlights carry an
underline style as well as a colour, so a black-and-white printout still tells
a filler from a hedge; print rules keep tables, charts and comments whole.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

VOID = frozenset({"meta", "br", "hr", "img", "col", "link"})
"""Elements without a closing tag."""


class Markup(str):
    """A string that is already safe HTML (built by `el`, or a constant written in this package)."""

    __slots__ = ()


def esc(value: object) -> Markup:
    """`value` as HTML: Markup passes through, anything else is escaped (quotes too)."""
    if isinstance(value, Markup):
        return value
    return Markup(html.escape("" if value is None else str(value), quote=True))


def _flatten(children: Iterable) -> Iterable:
    for child in children:
        if child is None or child is False:
            continue
        if isinstance(child, (list, tuple)) or (hasattr(child, "__iter__") and not isinstance(child, str)):
            yield from _flatten(child)
        else:
            yield child


def join(children: Iterable) -> Markup:
    """Concatenate children (escaping the plain ones)."""
    return Markup("".join(esc(c) for c in _flatten(children)))


def el(tag: str, *children, **attrs) -> Markup:
    """`<tag attrs>children</tag>`; `class_=` for class, `data_t=` for data-t; None/False attrs dropped.

    `tag` and attribute names must be constants in our code: only values and
    children may come from users.
    """
    parts = [tag]
    for name, value in attrs.items():
        if value is None or value is False:
            continue
        key = name.rstrip("_").replace("_", "-")
        parts.append(key if value is True else f'{key}="{esc(value)}"')
    open_tag = "<" + " ".join(parts) + ">"
    if tag in VOID:
        return Markup(open_tag)
    return Markup(open_tag + join(children) + f"</{tag}>")


def document(title: str, *body, lang: str = "en", style: str | None = None) -> Markup:
    """A whole self-contained page: no scripts, no external assets, and a CSP that forbids both.

    The policy is defence in depth: the escaping above is what keeps user text inert.
    """
    head = el("head",
              el("meta", charset="utf-8"),
              el("meta", http_equiv="Content-Security-Policy",
                 content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"),
              el("meta", name="viewport", content="width=device-width, initial-scale=1"),
              el("meta", name="generator", content="rehearse (offline)"),
              el("title", title),
              el("style", Markup(style if style is not None else CSS)))
    return Markup("<!DOCTYPE html>\n" + el("html", head, el("body", *body), lang=lang) + "\n")


CSS = Markup("""
:root { --ink:#1d2430; --mute:#5b6575; --line:#d5dae1; --ok:#1f7a3f; --warn:#a15c00; --bad:#b3261e;
  --filler:#ffe08a; --hedge:#ffd0a8; --gendered:#f7b6c2; --evidence:#c8ecd0; --comment:#dbe7ff; }
* { box-sizing: border-box; }
body { font: 15px/1.5 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 0 auto;
  max-width: 980px; padding: 24px; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px;
  border-bottom: 2px solid var(--line); padding-bottom: 4px; }
.sub { color: var(--mute); margin: 0 0 12px; }
.tag { display: inline-block; font-size: 12px; padding: 0 8px; border-radius: 9px; border: 1px solid var(--line);
  margin-right: 4px; }
.tag.mark { background: #fff4d6; border-color: #e0b100; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
.card b { display: block; font-size: 20px; } .card span { color: var(--mute); font-size: 13px; }
.ok { color: var(--ok); } .warn { color: var(--warn); } .bad { color: var(--bad); }
.verdict { border-left: 5px solid var(--mute); padding: 6px 12px; background: #f5f6f8; margin: 12px 0; }
.verdict.ok { border-color: var(--ok); background: #f3f8f4; } .verdict.warn { border-color: var(--warn); }
.verdict.bad { border-color: var(--bad); background: #fbf3f2; } .verdict small { display: block; color: var(--mute); }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
th { background: #f4f6f8; }
td.num { text-align: right; white-space: nowrap; }
table.wide { font-size: 12px; } .wide td, .wide th { padding: 3px 5px; }
svg { width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; background: #fcfcfd; }
svg text { font: 11px "DejaVu Sans", Arial, sans-serif; fill: var(--mute); }
.transcript { line-height: 2; }
.transcript .w { padding: 1px 1px; border-radius: 3px; }
.filler { background: var(--filler); text-decoration: underline wavy #9a7400; }
.hedge { background: var(--hedge); text-decoration: underline dotted #8a4a00; }
.gendered { background: var(--gendered); text-decoration: underline double #8c1c2c; }
.evidence { border-bottom: 2px solid var(--ok); }
.legend .evidence { background: var(--evidence); }
.t { color: var(--mute); font-size: 11px; margin: 0 4px; }
.pause { color: var(--bad); font-size: 12px; margin: 0 3px; white-space: nowrap; }
.comment { display: block; background: var(--comment); border-left: 4px solid #3a64c8; margin: 6px 0;
  padding: 2px 10px; line-height: 1.5; font-size: 14px; }
.legend span { margin-right: 12px; font-size: 13px; }
.override { color: #3a64c8; font-weight: bold; }
footer { color: var(--mute); font-size: 12px; margin-top: 32px; border-top: 1px solid var(--line); }
@page { margin: 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; } table, tr, svg, .card, .comment, .verdict { break-inside: avoid; }
  .transcript { line-height: 1.8; }
}
""")
