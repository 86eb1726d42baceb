"""Widgets used by the screens: the big clock, the quiet live panels, the report views, past takes."""
