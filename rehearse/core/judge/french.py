"""French grammar words for the structural judge: the closed classes `english.py` holds for English.

Same roles, same design: verbs of thinking, wishing or being are no concrete
action; a modal (pouvoir, devoir, falloir, aller + infinitif) or a futur or
conditionnel puts a clause as a proposal; a request verb or a directive to the
commander makes the ask; a causal connective turns a statement into a reason.
Words are as the cleaning leaves them: lower case, no punctuation, elisions
written out ("j'envoie" -> "je envoie", `rehearse.core.clean`), so "je", not "j'".
Lemmas are spaCy fr_core_news_sm's (infinitives, masculine singular nouns).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


NOT_ACTIONS = _words(
    """être avoir penser croire espérer souhaiter vouloir sentir savoir connaître comprendre
    sensibiliser conscientiser considérer rappeler imaginer voir entendre dire parler expliquer
    demander solliciter attendre remercier aimer adorer sembler paraître devenir rester
    falloir devoir pouvoir aller venir regarder écouter réfléchir noter souligner insister répéter
    montrer présenter proposer suggérer recommander exister manquer perdre arriver coûter
    continuer aider améliorer changer appeler représenter dépendre apprécier accueillir reconnaître
    craindre supposer tenir essayer"""
)
"""As in English: thinking, wishing, being, saying."""

SPEECH_ACT_VERBS = _words("signer approuver autoriser valider ordonner décider entériner accorder permettre trancher")
DECISION_VERBS = SPEECH_ACT_VERBS | _words("soutenir appuyer engager confirmer donner charger mandater")
COGNITION_VERBS = _words("penser croire imaginer voir comprendre sentir savoir rappeler considérer espérer souhaiter")
REQUEST_VERBS = _words("demander solliciter vouloir souhaiter attendre recommander exhorter prier falloir")
"""With a first person before them ("je vous demande", "ce que j'attends de vous") and a decision after."""

MODALS = _words(
    """peux peut pouvons pouvez peuvent pourrai pourras pourra pourrons pourrez pourront pourrais pourrait
    pourrions pourriez pourraient puisse puissent puissions dois doit devons devez doivent devrai devra
    devrons devrez devront devrais devrait devrions devriez devraient faut faudra faudrait vais vas va
    allons allez vont"""
)
"""Forms of pouvoir, devoir, falloir and aller (+ infinitif): the normalised parse hangs them on the
infinitive as auxiliaries, as English hangs "could" on "send" (`rehearse.core.nlp_fr`)."""

CAUSAL = (
    "parce que", "car", "puisque", "sinon", "si nous", "si on", "si notre", "si nos", "si les", "si personne",
    "sans", "ce est pourquoi", "donc", "afin que", "pour que", "à cause", "grâce à",
    "ce qui veut dire", "cela veut dire", "ça veut dire", "ce qui signifie", "la raison", "par conséquent",
    "tant que", "à moins que", "chaque fois", "quand nous", "quand on", "sans quoi", "autrement",
)
BACK_REFERENCE = ("ce est pourquoi", "ce est la raison", "voilà pourquoi", "ce est ce que", "ce est pour cela")
CONSEQUENCE_OPENERS = ("donc", "alors", "par conséquent", "ce qui veut dire", "cela veut dire", "ça veut dire",
                       "ce qui signifie", "sinon", "autrement", "et donc", "et ainsi", "ainsi")
WITNESS_VERBS = _words("savoir voir entendre remarquer repérer observer surprendre connaître")
OBLIGATION_NOUNS = _words("devoir obligation responsabilité engagement redevabilité exigence")

NUMBER_WORDS = _words(
    """deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize
    vingt trente quarante cinquante soixante cent cents mille douzaine moitié demi pourcent"""
) | {"pour cent"}
""""un"/"une" are left out: mostly articles; the parser tags a numeral "une" NUM, which counts."""
TIME_WORDS = _words(
    """aujourd'hui demain ce soir semaine semaines mois an ans année années jour jours matin soir nuit
    hebdomadaire mensuel mensuelle quotidien quotidienne lundi mardi mercredi jeudi vendredi samedi
    dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    trimestre heure heures prochain prochaine"""
)
ENUMERATORS = (
    "premièrement", "deuxièmement", "troisièmement", "quatrièmement", "cinquièmement", "de abord", "ensuite", "enfin", "puis", "par exemple", "un autre", "une autre", "autre exemple",
    "premier exemple", "deuxième exemple", "troisième exemple", "quatrième exemple", "numéro un",
    "numéro deux", "numéro trois", "en premier", "en second", "en deuxième", "en troisième", "en dernier",
    "dernier point", "premier point", "deuxième point", "troisième point", "la semaine", "le mois",
    "le premier", "le deuxième", "le troisième", "la première", "la deuxième", "la troisième",
)
RESTATEMENT = ("même", "encore", "autrement dit", "comme je disais", "je répète", "ce est à dire", "je veux dire")
PRONOUN_DOERS = _words("ils elles il elle on")
NEGATIONS = _words("ne pas jamais rien aucun aucune non")
""""plus", "personne" and "sans" are left out: "plus de patrouilles", "la personne", "sans elles" deny nothing."""
GENERIC_NOUNS = _words(
    """femme femmes homme hommes gens personne personnes personnel soldat soldats troupe troupes force forces
    genre fille filles communauté population mission chose choses façon manière temps monsieur commandant
    général équipe équipes officier officiers membre membres unité unités partie part beaucoup sorte question
    questions problème problèmes idée idées zone zones militaire militaires"""
)
ADDRESSES = _words("général commandant monsieur madame colonel")

# The words the judge's modules read inline in English, in French.
PROPOSING = _words("proposer suggérer recommander vouloir souhaiter aimer avoir prévoir compter demander commencer "
                   "aller pouvoir devoir falloir")
FORCE_ROLES = _words(
    """équipe unité patrouille officier soldat casque advisor conseiller conseillère commandant personnel
    médecin interprète fouilleur fouilleuse escorte binôme cellule bureau point ordre section camp base
    compagnie bataillon peloton secteur contingent policier policière gendarme infirmier infirmière
    observateur pilote clinique hôpital radio convoi vol équipage détachement"""
)
LIST_ITEMS: frozenset[str] = frozenset()
"""English reads "point" alone as a point of the brief; the French focal point ("point focal") takes no compound."""
LIST_PLACES: frozenset[str] = frozenset()
RESUMPTIVE = _words("ils nous il on elles")
WH = _words("qui que quoi dont où quand comment lequel laquelle lesquels")
QUESTIONED_NOUNS: frozenset[str] = frozenset()
"""French puts the subject after the verb in a question ("peut-on …"); no modal opens one before a noun."""
ENGAGING = _words("appeler parler rencontrer visiter écouter consulter réunir")
STATUS_WORDS = _words("déjà actuellement encore habituellement normalement toujours souvent parfois")
PLAN_WORDS = _words("dès à partir chaque tous toutes ici avant")
NOW = _words("aujourd'hui maintenant")
SUBORDINATORS = _words("quand lorsque si avant après jusque dès pendant comme puisque parce")
FORCE_PRONOUNS = _words("nous je vous on notre nos mon mes")

# Sentences and points (view.py)
NOT_ENUMERATING: tuple[str, ...] = ()
"""Idioms that begin with an opener and open no point: none met in the French corpus yet."""
NOT_AN_OPENER_AFTER = _words(
    "le la les un une des du au aux son sa ses notre nos votre vos leur leurs ce cet cette ces chaque mon ma mes "
    "par de jusque avant après dans en sur pour "
    "je me te se ne il ils on y vous"
)
"""A determiner or preposition, or a clitic pronoun, cannot end a sentence: "je vous, euh, [pause]
demande" goes on (with no punctuation read, a pause is all the judge has)."""
CONTINUES = _words("sur dans à au aux avec pour de du des par vers près autour avant après entre qui que dont où en chez")
COUNTING_ORDER = {w: n for n, ws in enumerate(["", "un une 1", "deux 2", "trois 3", "quatre 4", "cinq 5", "six 6"])
                  for w in ws.split()}
COUNTING = frozenset(COUNTING_ORDER)
ORDINALS = {w: n for n, ws in enumerate(["", "premièrement premier première", "deuxièmement deuxième second seconde",
                                          "troisièmement troisième", "quatrièmement quatrième", "cinquièmement cinquième"])
            for w in ws.split()}
QUANTITY_BEFORE = _words("de pour avec à que environ seulement juste sur des")
OPENS_A_CLAUSE = _words("le la les un une nous notre nos je à au dans en par chaque ils elles vous mon si on")
STARTS_A_SUBJECT = _words("le la les un une nous notre nos je ils elles chaque")
TIMELINE_UNITS = _words("semaine mois jour phase étape")
ADDRESS_WORDS = ADDRESSES
VOCATIVES = ADDRESS_WORDS | _words("mon oui alors bon donc cher")

# What a clause does (clauses.py): PROPOSING … FORCE_PRONOUNS above
PLAN_MARKERS = TIME_WORDS | PLAN_WORDS

# Practical examples (examples.py)
WANTING = _words("vouloir souhaiter proposer suggérer recommander aimer")
NOT_WANTED = TIME_WORDS | _words("minute temps décision mot moment")
TOKEN_AMOUNTS = _words("un une heure")
PAST_MARKERS = _words("dernier dernière passé passée précédent précédente auparavant il")
FUTURE_MARKERS = _words("prochain prochaine prochains prochaines demain")
DATING = _words("dès partir ici")
ANSWERS = _words("réponse")
LETTING = _words("laisser")
LET_WHOM = _words("moi nous")
SEEING = _words("voir")
GAINING = _words("recevoir avoir")
SERVING_AS = _words("comme")
SELF: frozenset[str] = frozenset()
"""Off in French: "je" as a doer needing a new thing cost the French corpus a judgement (session 20), which has no span labels to tell why."""
INDEFINITE = _words("un une")
ASKING_FOR = _words("demander solliciter")
TASKING = _words("charger ordonner enjoindre demander")
BRIEF_PARTS = _words("mesure proposition idée exemple étape minute exposé")
HEADINGS = _words("mesure proposition chose étape action idée changement point pilier initiative priorité")
MAKING: frozenset[str] = frozenset()
"""No French idioms of "faire" are set apart yet ("faire attention"): none was met in the French corpus."""
MADE_IDIOMS: frozenset[str] = frozenset()
WOMEN_PRONOUNS = _words("elle elles")
RANKS = ADDRESSES | _words("major capitaine colonel lieutenant sergent commandant brigadier caporal adjudant")
COMPASS = _words("nord sud ouest septentrional méridional oriental occidentale orientale")
""""est" is left out: it is also "is"."""

# Telling proposals apart (proposals.py)
PLAIN_ADJECTIVES = _words(
    """gratuit nouveau nouvelle petit petite grand grande bon bonne local locale féminin féminine masculin
    mixte formé formée plus autre supplémentaire premier première deuxième troisième mensuel mensuelle
    hebdomadaire quotidien quotidienne régulier régulière simple vrai spécial même tout chaque"""
)
POINTERS = _words("ce cet cette ces cela ça celui celle ceux celles")
"""Demonstratives: "ces villages", "cela" point back at what was said ("le", "la" are articles too)."""

# Why and how (reasons.py, mechanisms.py)
PROCESS_DOCUMENTS = _words("ordre plan tableau rapport estimation annexe calendrier directive procédure liste")
PLACING = _words("mettre écrire inclure ajouter entrer insérer intégrer placer être figurer inscrire")
INTO = _words("dans en")

# The ask (ask.py)
FIRST_PERSON = _words("je nous mon ma mes notre me moi")
"""Before a request verb: "je vous demande", "ce qu'il me faut", "ce que j'attends de vous"."""
NOT_BEFORE_QUESTION = _words("que qui pourquoi comment où quand lequel si ce comme parce")
NOT_BEFORE_IMPERATIVE = MODALS | _words("de à pour je nous vous ils elles il elle on qui que")
PLACING_VERBS = _words("mettre inclure ajouter inscrire")
QUESTION_SUBJECTS = _words("vous je nous")
INFORMING = _words(
    "partager dire présenter expliquer montrer informer parler discuter souligner mentionner évoquer "
    "aborder raconter exposer")
COMING = _words("venir aller")
HEADING_OR_COURTESY = _words("svp décision demande recommandation simplement juste veuillez bien général")
VERB_ONLY = _words("approuver autoriser valider entériner décider trancher signez approuvez validez autorisez")
GETTING = _words("avoir obtenir")
LEAVE_TO_SPEAK = INFORMING | _words("histoire mot minute moment remarque souvenir anecdote")
APOLOGIES = _words("pardon indulgence patience excuses")
TAKING_IN = _words("écouter entendre")
NOT_ASKS = ("merci", "je vous remercie", "nous vous remercions", "sans doute", "je suis sûr que vous",
            "espérons", "je suis certain que vous")
NOT_DIRECTIVES = _words("laisser imaginer regarder écouter rappeler penser considérer aller venir")
FINDING = _words("voir trouver entendre savoir apprendre remarquer comprendre obtenir")
OPENING_VERBS = VERB_ONLY | _words("dites signez paraphez")
THEN_DOERS = _words("nous je il ils elle elles on")
SAYING = _words("dire donner dites donnez")
GOING_TO = _words("aller venir")
HOPING = _words("espérer souhaiter sentir rêver prier")
POINTING = _words("ça ceci")
YES = _words("oui feu")
DEADLINES = _words("maintenant aujourd'hui soir semaine")
NOT_BEFORE_YOU_DECIDING = _words("si quand lorsque que ce parce puisque avant après dès")
THIRD_PERSON_ADDRESS = _words("commandant général")
YES_OR_NO = ("oui ou non",)

# Single words the modules read inline
GOING: frozenset[str] = frozenset()
"""English "going to"; French "aller" + infinitif is one of the MODALS."""
SPEAKERS = _words("nous je on")
INDEFINITE_DOERS = _words("nos notre un une")
BE = _words("être")
HAVE = _words("avoir")
THERE = _words("là y")
YOU = _words("vous")
YOUR = _words("votre vos")
ME = _words("me moi")
MY = _words("mon ma mes")
AND_WORDS = _words("et")
THE = _words("le la les")
NOT_WORDS = _words("pas ne")
IF_WORDS = _words("si")
I_OR_YOU = _words("je vous")
QUESTION_PARTICLES = ("est ce que",)
NOT_BEFORE_REQUEST = _words("si")
TELLING_YOU = INFORMING
TIMELINE_PREPS = _words("en dans à")
CONDITIONS = _words("si")
OWN_NEEDS = _words("besoin vouloir priorité")
STORY_PLACING: frozenset[str] = frozenset()
REQUEST_NOUNS = _words("demande requête besoin")
""""j'ai besoin de votre autorisation": "avoir besoin" asks as "need" does."""
QUESTION_OPENERS = MODALS | _words("voulez voudriez acceptez accepteriez")
READY = _words("prêt prête disposé disposée laisser permettre autoriser")

TIME_NOUNS = frozenset({"temps"})
"""After "same", the word that makes "at the same time": when, not a proposal said again ("the same hours" is)."""
OFFICES = frozenset("unité conseiller conseillère bureau section cellule".split())
"""After a gender word, an office: "the Gender Unit's paper" names who, not why gender matters."""
PASSING_ORDERS = _words("dire demander ordonner")
""""Dites au chef d'état-major de publier l'ordre vendredi": l'ordre du commandant, transmis."""
THE_FORCE = _words("force mission minusma")
"""La force nommée en entier : « la Force ne sait pas ce qui se passe dans leurs villages »."""
POSSESSIVE_PRONOUNS: frozenset[str] = frozenset()
"""Aucun pronom ne s'écrit comme un terme du scénario (« la mienne » n'est pas « la mine »)."""
KEEPING: frozenset[str] = frozenset()
"""« Garder » n'est pas parmi les verbes sans action : « garder deux lits » compte déjà."""
WEIGHING = _words("envisager proposer suggérer recommander")
TIME_LABELS = _words("avant après")
STATUS_LABELS = _words("avant")
PLACING_PREPOSITIONS = frozenset({"dans", "sur", "à", "en"})
TRAVELLING = frozenset({"aller", "partir", "voler", "voyager", "rejoindre"})
