"""Points in shapes the parser reads as something else (session 19, from blind batches CG, CH and CJ).
Each case is a pair, the shape that counts and its near twin that does not."""

from __future__ import annotations

from tests.core.wordlist import example_evidence as _examples


def test_a_clause_after_a_numbered_heading_is_the_point(scenario):
    pillar = ("the first pillar the fpu shall open at the gate of the gao camp a women's reception point "
              "where two women officers wait day and night")
    assert len(_examples(pillar, scenario)) == 1
    relative = "the first pillar the fpu shall remember at the gate of the gao camp is the trust of the women"
    assert _examples(relative, scenario) == []
