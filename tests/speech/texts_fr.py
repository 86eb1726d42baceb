"""French test speeches for the French MINUSMA scenario (issue 11), spoken by tests/speech/kokoro_fr.py.

Written as a gender advisor would brief a Force Commander in French, each for one judgement:
- COMPLETE_FR gives the why, the how, four practical examples (who does what, where, when) and a
  clear ask: a careful listener ticks all four. Four examples, not three, because this voice speaks
  French with an accent and base mishears about one word in six (BENCHMARKS.md), as it would a
  non-native speaker: a brief that gives one example more than asked still passes when one is misheard.
- NO_EXAMPLES_FR gives the why, the how and the ask, but only intentions ("sensibiliser", "être plus
  attentifs"): no unit, place or date does anything, so no example.
- FILLERS_FR is a complete brief (four examples again) said with hesitations: FILLERS_FR_COUNT fillers of the scenario's
  list ("euh", "du coup", "en fait", "voilà"). The report's count must not exceed it (Whisper drops
  hesitations, so the count is a lower bound) and the judgements must hold through them.
Place names are ones base hears from this voice (Gao, Mopti, Ménaka): "Tombouctou" comes back as
"tomber tout", which would test the voice, not the judge.
"""

from __future__ import annotations

COMPLETE_FR = """
Mon général, merci de me recevoir. Je suis ici pour vous demander d'intégrer la résolution 1325 dans
nos opérations. Pourquoi ? Parce que les femmes sont la moitié de la population que nous protégeons.
Si nos patrouilles ne leur parlent pas, nous perdons la moitié de nos renseignements, et nos soldats
sont moins en sécurité. Comment ? En plaçant un conseiller genre dans chaque cellule de planification,
et en ajoutant des données ventilées par sexe dans nos comptes rendus. Quatre exemples concrets.
Premièrement, à Gao, la semaine prochaine, le bataillon sénégalais enverra une patrouille mixte avec
quatre femmes soldats vers les puits du marché. Deuxièmement, à Mopti, l'équipe médicale ouvrira une
consultation pour les femmes chaque mardi. Troisièmement, nos ingénieurs installeront des lampes
solaires autour du camp de déplacés de Ménaka avant la fin du mois. Quatrièmement, chaque samedi, la
compagnie du génie réparera la pompe à eau du village de Ber. Mon général, je vous demande de
signer cette directive aujourd'hui.
"""

NO_EXAMPLES_FR = """
Mon général, je voudrais vous parler de la résolution 1325. Le genre compte pour la mission, parce que
les femmes voient des menaces que nos patrouilles ne voient pas, et sans elles notre protection des
civils reste aveugle. Pour intégrer le genre, il faut l'inscrire dans la planification, dans les ordres
et dans les comptes rendus. Nous devons être plus attentifs, sensibiliser nos troupes et changer les
mentalités. Je pense que c'est important pour l'image de la mission. Je vous demande donc de signer la
directive sur le genre avant la fin de la semaine.
"""

FILLERS_FR = """
Mon général, euh, merci de me recevoir. Je suis ici pour, euh, vous parler de la résolution 1325.
Pourquoi ? Parce que, en fait, les femmes sont la moitié de la population, et si nos patrouilles ne
leur parlent pas, euh, nous perdons la moitié de nos renseignements. Du coup, nos soldats sont moins en
sécurité. Comment ? Euh, en plaçant un conseiller genre dans chaque cellule de planification. Voilà.
Quatre exemples. Premièrement, euh, à Gao, le bataillon sénégalais enverra une patrouille mixte vers les
puits du marché la semaine prochaine. Deuxièmement, à Mopti, euh, l'équipe médicale ouvrira une
consultation pour les femmes chaque mardi. Troisièmement, nos ingénieurs installeront des lampes
solaires autour du camp de Ménaka avant la fin du mois. Quatrièmement, chaque samedi, la compagnie du
génie réparera la pompe à eau du village de Ber. Euh, mon général, je vous demande de signer
cette directive aujourd'hui.
"""
FILLERS_FR_COUNT = 10
"""Seven "euh", one "en fait", one "du coup", one "voilà"."""

FRENCH_SPEECHES = {"COMPLETE_FR": COMPLETE_FR, "NO_EXAMPLES_FR": NO_EXAMPLES_FR, "FILLERS_FR": FILLERS_FR}
"""By name: the name prefixes the cached and baked file (python -m tests.speech.bake)."""
