"""The malloc arena cap that `rehearse` sets at start-up (rehearse/memory.py) takes effect here.

What it saves is measured in bench/latency.py (RSS during a take), not asserted: memory figures
move with the machine. This checks the call itself: on glibc (Debian, CI) mallopt accepts it, and
the CLI's entry point makes it before any command runs.
"""

from __future__ import annotations

import platform

import pytest

from rehearse import cli
from rehearse.memory import limit_malloc_arenas


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="the cap is glibc's")
def test_glibc_accepts_the_arena_cap():
    assert limit_malloc_arenas() is True


def test_the_cli_caps_arenas_before_running_a_command(monkeypatch, capsys):
    calls = []
    monkeypatch.setattr(cli, "limit_malloc_arenas", lambda: calls.append("capped"))
    assert cli.main(["models"]) == 0
    assert calls == ["capped"]
