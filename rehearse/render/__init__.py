"""Presenting a report: the coloured terminal report and shared formatting helpers."""
