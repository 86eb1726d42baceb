"""The cleaning's words in French (`rehearse.core.clean`): markers, elisions, restart subjects.

The scenario's filler list (euh, heu, ben, bah, hein, voilà, quoi, du coup, en
fait, tu vois, vous voyez) is dropped as in English; these are the discourse
markers the judge alone leaves out ("bon", "genre" used as "like"), with the
same guard: after a determiner "bon" is an adjective ("un bon accès").
"""

from __future__ import annotations

from rehearse.core.clean import Cleaning

GENRE_KEEPERS = frozenset(
    """de du des le la les en au aux et conseiller conseillère conseillers point points focal focaux perspective
    dimension question questions unité cellule égalité approche analyse composante formation officier officiers
    spécialiste sur""".split()
)
"""Before these, "genre" is the topic ("perspective de genre", "conseiller genre"), not a filler."""
GENRE_FILLER_BEFORE = frozenset("un une des le la les deux trois quatre cinq dix cent ce ça on nous je il elle ils".split())
"""A filler "genre" comes before what it hedges: "on a, genre, trois patrouilles"."""

FRENCH = Cleaning(
    discourse_markers=frozenset("bon bah ben hein voilà euh heu".split()),
    determiners=frozenset("un une le la les des du au aux mon ma mes notre nos votre vos son sa ses très plus si".split()),
    hedge_nouns=frozenset(),
    kind_of_keepers=frozenset(),
    contractions={},
    restart_subjects=frozenset("nous je ils elles on vous il elle".split()),
    elisions={"j": "je", "l": "le", "d": "de", "n": "ne", "qu": "que", "c": "ce", "s": "se", "m": "me", "t": "te",
              "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque", "quoiqu": "quoique"},
    letter_words=frozenset("a y à ô".split()),
)


def filler_genre(texts: list[str], i: int) -> bool:
    """"genre" as a hedge ("on envoie, genre, deux équipes"), not the subject of the brief."""
    if texts[i] != "genre" or i + 1 >= len(texts):
        return False
    return texts[i + 1] in GENRE_FILLER_BEFORE and (i == 0 or texts[i - 1] not in GENRE_KEEPERS)
