"""The Textual terminal UI: screens, widgets and one stylesheet. Thin: it wires services together."""
