"""Fixtures the core tests share."""

from __future__ import annotations

import pytest

from rehearse.core.scenario import load_scenario


@pytest.fixture(scope="session")
def scenario():
    """The English exercise, as shipped; the French tests ask for `minusma-genre-fr` themselves."""
    return load_scenario("minusma-gender")
