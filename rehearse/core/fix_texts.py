"""The fixes' wording, in the scenario's spoken language.

A French take is judged against a French checklist, so its fixes are in French
too: a trainee reads the advice in the language they rehearse in (issue 11,
"report texts that quote the rubric or fixes follow the scenario's language").
The app's own interface stays in English. A language with no table here falls
back to English.
"""

from __future__ import annotations

ENGLISH = {
    "ask": "End with a clear ask: tell {audience} exactly what decision you need, e.g. 'I ask you to sign the directive today.'",
    "examples": "Give at least {min} practical examples (you gave {count}): say who does what, where and by when.",
    "why": "Say why it matters to the mission: the operational benefit for {audience}, not only the principle.",
    "how": "Say how to do it: name the mechanisms (planning, orders, reporting, focal points, training).",
    "cover": "Cover '{label}': it was not found in the speech.",
    "no_speech": "No speech was heard: check the microphone and its level, then record again.",
    "cut": "Cut about {over} s: you spoke {spoke} against a hard {limit}.",
    "bluf": "Bottom line up front: state your {missing} in the first {window} seconds.",
    "opening_check": "Purpose and ask in the first {window} s",
    "yes": "yes",
    "no": "no",
    "opening_purpose": "purpose",
    "opening_ask": "ask",
    "and": " and ",
    "fast": "Slow down: {wpm} words a minute is above {top}; pause after each point.",
    "slow": "Pick up the pace: {wpm} words a minute is below {bottom}.",
    "pauses": "Cut the long silences ({n} of 2 s or more, at {times}): know your next point.",
    "fillers": "Replace fillers with a silent pause: at least {count} heard ({percent}% of words).",
    "gendered": "Use gender-neutral terms: {pairs}.",
    "hedges": "Drop the hedges ({n}, e.g. '{term}'): state recommendations firmly.",
    "quiet": "Speak up or move closer to the microphone: the take is very quiet.",
    "monotone": "Vary your voice: stress the key words and the ask; the pitch stays flat.",
    "trails_off": "Keep your volume to the end: the last third is much quieter than the start.",
    "repetition": "Vary your wording: '{phrase}' comes {count} times.",
    "audience": "the audience",
}

FRENCH = {
    "ask": "Terminez par une demande claire : {audience} doit savoir exactement quelle décision il vous faut, "
           "par exemple « Je vous demande de signer la directive aujourd'hui. »",
    "examples": "Donnez au moins {min} exemples concrets (vous en avez donné {count}) : qui fait quoi, où et quand.",
    "why": "Dites pourquoi cela compte pour la mission : le bénéfice opérationnel pour {audience}, pas seulement le principe.",
    "how": "Dites comment faire : nommez les mécanismes (planification, ordres, comptes rendus, points focaux, formation).",
    "cover": "Traitez « {label} » : ce point n'a pas été entendu.",
    "no_speech": "Aucune parole n'a été entendue : vérifiez le micro et son niveau, puis recommencez.",
    "cut": "Coupez environ {over} s : vous avez parlé {spoke} pour une limite stricte de {limit}.",
    "bluf": "L'essentiel d'abord : annoncez votre {missing} dans les {window} premières secondes.",
    "opening_check": "But et demande dans les {window} premières secondes",
    "yes": "oui",
    "no": "non",
    "opening_purpose": "objectif",
    "opening_ask": "demande",
    "and": " et votre ",
    "fast": "Ralentissez : {wpm} mots par minute, c'est au-dessus de {top} ; marquez une pause après chaque point.",
    "slow": "Accélérez : {wpm} mots par minute, c'est en dessous de {bottom}.",
    "pauses": "Réduisez les longs silences ({n} de 2 s ou plus, à {times}) : sachez quel est votre point suivant.",
    "fillers": "Remplacez les mots de remplissage par une pause silencieuse : au moins {count} entendus ({percent} % des mots).",
    "gendered": "Employez des termes neutres : {pairs}.",
    "hedges": "Évitez les précautions oratoires ({n}, par exemple « {term} ») : recommandez avec fermeté.",
    "quiet": "Parlez plus fort ou rapprochez-vous du micro : la prise est très faible.",
    "monotone": "Variez votre voix : appuyez sur les mots clés et sur la demande ; le ton reste plat.",
    "trails_off": "Gardez votre volume jusqu'au bout : le dernier tiers est bien plus faible que le début.",
    "repetition": "Variez vos formulations : « {phrase} » revient {count} fois.",
    "audience": "votre auditoire",
}

TEXTS = {"en": ENGLISH, "fr": FRENCH}


def fix_text(language: str, key: str, **values: object) -> str:
    """The fix `key` in `language` (English when the language has no table), filled in."""
    return TEXTS.get(language, ENGLISH)[key].format(**values)
