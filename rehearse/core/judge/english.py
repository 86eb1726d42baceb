"""English grammar words the structural judge needs, whatever the exercise.

These are closed classes of the language (modal verbs, verbs of thinking and
wishing, question openers), not the exercise's vocabulary: what counts as a
gendered term, a force process or a place lives in the scenario file.
"""

from __future__ import annotations

NOT_ACTIONS = frozenset(
    """be have think hope believe feel want wish know care understand agree consider remember imagine see
    hear say tell mean need like love seem become matter thank ask request try appreciate realise realize
    recognize recognise worry fear guess suppose expect let get come look sound talk speak discuss
    learn note notice read stress emphasise emphasize repeat show explain propose suggest recommend
    appear remain stay lack lose miss happen exist cost welcome continue keep help
    improve change call picture listen account rest constitute represent amount belong depend
    praise blame congratulate admire respect honour honor""".split()
)
"""Verbs that are no concrete action by themselves: thinking, wishing, being, saying.
"talk", "show", "make" and "help" count only through the action they carry in the same clause."""

SPEECH_ACT_VERBS = frozenset("sign approve authorize authorise endorse decide direct order issue grant allow".split())
"""What a speaker asks the commander to do. Said to him, these make an ask, not a practical example."""

DECISION_VERBS = SPEECH_ACT_VERBS | frozenset("back support commit mandate task release confirm give".split())

COGNITION_VERBS = frozenset(
    "think believe imagine agree see understand care feel know remember consider hope wish wonder".split()
)
"""Questions built on these ("can you imagine", "couldn't we all care more") request no decision."""

REQUEST_VERBS = frozenset("ask request need want like urge recommend seek require".split())

MODALS = frozenset("can could will would should may might must shall".split())

CAUSAL = (
    "because", "since", "so that", "so we", "so our", "otherwise", "if we", "if our", "if the", "if nobody",
    "if no", "when we", "without", "that is why", "which means", "this means", "it means", "means that",
    "the reason", "as a result", "therefore", "unless", "as long as", "until", "or we", "every time",
)
"""Connectives that turn a statement into a reason or a consequence."""

BACK_REFERENCE = (
    "that is why", "this is why", "which is why", "that is the reason", "this is the reason", "that is what",
    "this is what",
)
"""Connectives that make what was just said the reason for what follows."""

CONSEQUENCE_OPENERS = ("so the", "so we", "so our", "so half", "therefore", "as a result", "which means", "that means",
                       "this means", "so that is", "and so", "otherwise", "and that is how", "that is how")
"""Sentence openers that make the sentence a consequence of the one before."""

WITNESS_VERBS = frozenset("know see hear notice spot watch overhear witness".split())
"""Verbs of knowing and noticing: with women as their subject, they tell what the force is missing."""

OBLIGATION_NOUNS = frozenset("duty obligation responsibility commitment accountability requirement".split())
"""Nouns that name a duty; other obligation words bind only as verbs, modals or predicates."""

NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen
    half percent""".split()
)

TIME_WORDS = frozenset(
    """today tomorrow tonight week weeks month months year weekly monthly daily day days morning evening
    night monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december quarter hours hour next""".split()
)

ENUMERATORS = (
    "first", "firstly", "second", "secondly", "third", "thirdly", "fourth", "fourthly", "fifth", "finally",
    "lastly", "next", "another", "for example", "for instance", "number one", "number two", "number three",
    "number four", "one more", "in week", "by week", "in month", "by month", "on day", "by day",
    "from week", "within week", "the first is", "the second is", "the third is", "the fourth is",
    "the fifth is", "the last is", "the next is", "the first one", "the second one", "the third one",
)
"""Openers that start a new point: a clause boundary even where the recogniser left no full stop."""
NOT_ENUMERATING = ("first of all", "second in command", "second-in-command", "next to", "next door", "another one of")
"""Phrases that begin with an enumerator and open no point."""

RESTATEMENT = ("same", "again", "in other words", "as i said", "i repeat", "that is to say", "i mean")

PRONOUN_DOERS = frozenset("they it he she them".split())
"""A clause done by "they" right after a proposal goes on describing that proposal."""

NEGATIONS = frozenset("not no never n't nobody nothing none".split())

GENERIC_NOUNS = frozenset(
    """woman women women's womens female man men people person staff personnel soldier soldiers troop troops force forces
    gender girl girls community population mission thing things way time sir commander general team teams
    officer officers member members unit units part lot kind sort issue issues problem problems idea ideas
    area areas""".split()
)
"""Nouns too general to tell two proposals apart: "female staff" and "women officers" may be one proposal."""

ADDRESSES = frozenset("sir general commander madam ma'am".split())
"""How a speaker names the listener ("sir", "General")."""

# Sentences and points (view.py)
NOT_AN_OPENER_AFTER = frozenset(
    "the a an its our their his her this that every each my your by from until within before after over in on".split()
)
""""the second company" names a unit; "second, the company..." opens a point."""
CONTINUES = frozenset("on in at with to of for by from into near around before after between who which that".split())
"""Words that carry a phrase on over a pause: a preposition or a relative after a breath."""
COUNTING_ORDER = {w: n for n, ws in enumerate(["", "one 1", "two 2", "three 3", "four 4", "five 5", "six 6"]) for w in ws.split()}
COUNTING = frozenset(COUNTING_ORDER)
ORDINALS = {w: n for n, ws in enumerate(["", "first firstly", "second secondly", "third thirdly", "fourth fourthly", "fifth"])
            for w in ws.split()}
QUANTITY_BEFORE = frozenset("of for with to than about only just at".split())
OPENS_A_CLAUSE = frozenset("the a an we our i in at by from every each they you sir if".split())
STARTS_A_SUBJECT = frozenset("the a an we our i they every each".split())
""""the second the FPU …": an ordinal after "the" that runs into a new subject opens a point."""
TIMELINE_UNITS = frozenset("week month day phase step".split())
ADDRESS_WORDS = ADDRESSES | {"général"}
VOCATIVES = ADDRESS_WORDS | frozenset("force my mon dear yes so well okay ok".split())
"""What may open a sentence before the listener's name: "Force Commander, …", "So, General, …"."""

# What a clause does (clauses.py)
PROPOSING = frozenset("propose suggest recommend want like need plan intend ask request start begin let consider".split())
FORCE_ROLES = frozenset(
    """team teams unit units patrol patrols officer officers soldier soldiers peacekeeper peacekeepers
    advisor adviser commander commanders staff doctor doctors interpreter interpreters searcher searchers
    escort escorts troop pair cell desk point points frago order section camp base
    nurse nurses midwife midwives dentist dentists pilot pilots gendarme gendarmes clinic clinics
    hospital hospitals radio convoy convoys flight flights tanker tankers crew crews aircrew fob detachment detachments""".split()
)
"""Doers that belong to the force even without a unit's name ("a pair of our women officers")."""
LIST_ITEMS = frozenset("point points".split())
"""Force roles only with a word of their own ("the focal point"): alone, or with its place in a list
("the third point concerns …", `LIST_PLACES`), a point of the brief."""
LIST_PLACES = frozenset("first second third fourth fifth sixth next last final other".split())
RESUMPTIVE = frozenset("they we it he she".split())
WH = frozenset("which what who whose where when that whom how".split())
QUESTIONED_NOUNS = frozenset("the our".split())
"""After a modal, these open the subject of a question ("can the engineers …"), never a statement's verb."""
ENGAGING = frozenset("call talk speak listen meet visit ask".split())
STATUS_WORDS = frozenset("already currently still usually normally always presently often sometimes".split())
"""A present tense with one of these describes how things are, not what is proposed."""
PLAN_MARKERS = TIME_WORDS | frozenset("from starting by within every each".split())
"""A present-tense clause is a plan, not a description, when it carries a date or a rhythm."""
NOW = frozenset("today now".split())
"""In the present tense, "today" describes how things are ("our patrols today watch only the men")."""
SUBORDINATORS = frozenset("when whenever if before after until once unless while as since because".split())
FORCE_PRONOUNS = frozenset("we i you they our my".split())

# Practical examples (examples.py)
WANTING = frozenset("like want propose suggest recommend need".split())
NOT_WANTED = TIME_WORDS | frozenset("minute minutes time decision word moment thing things".split())
TOKEN_AMOUNTS = frozenset("one a an hour".split())
"""Amounts that make no process change concrete: "one annex", "an hour on 1325 in the induction"."""
PAST_MARKERS = frozenset("last ago previous previously".split())
FUTURE_MARKERS = frozenset("next tomorrow coming upcoming".split())
"""With a time word on a past-looking verb ("I trained … by next month"), the tense was misheard: a plan."""
DATING = frozenset("from starting by within".split())
"""Before a date, these put it ahead ("from Monday", "by June"): a passive with one is a plan."""
ANSWERS = frozenset("answer reply response verdict".split())
LETTING = frozenset({"let"})
LET_WHOM = frozenset("me us".split())
SEEING = frozenset({"see"})
HEADINGS = frozenset("measure proposal thing step action idea change item point pillar initiative priority".split())
MAKING = frozenset({"make", "do"})
GAINING = frozenset("get have".split())
SERVING_AS = frozenset({"as"})
""""I am working as military gender advisor in this headquarters": the speaker says who they are."""
SELF = frozenset({"i"})
INDEFINITE = frozenset("a an one".split())
ASKING_FOR = frozenset("ask request".split())
TASKING = frozenset("task order direct instruct require tell get".split())
""""The FRAGO tasks the Sector North battalion to put a team on every patrol": who is tasked does it."""
BRIEF_PARTS = frozenset("measure proposal idea example step minute lecture".split())
MADE_IDIOMS = frozenset(("point points difference sure case decision decisions effort efforts progress sense mistake use"
                         " needful well better more thing things").split())
""""Do the needful", "do well to", "do more", "do two things": nothing is done, as nothing is made in "make the point"."""
WOMEN_PRONOUNS = frozenset("she they her them".split())

# Asides (asides.py)
RANKS = ADDRESSES | frozenset("major captain colonel lieutenant sergeant commandant brigadier corporal".split())
"""Ranks and forms of address, which the parser of unpunctuated speech sometimes takes for verbs
("if I may, Commander Tanvir Hossain …")."""
COMPASS = frozenset("north south east west northern southern eastern western".split())

# Telling proposals apart (proposals.py)
PLAIN_ADJECTIVES = frozenset(
    """free new small big good local female male mixed trained more other extra first second third
    monthly weekly daily regular simple real special same whole every each""".split()
)
"""Adjectives that do not change what a thing is ("a free hotline" is the hotline)."""
POINTERS = frozenset("it them this that these those".split())

# Why and how (reasons.py, mechanisms.py)
PROCESS_DOCUMENTS = frozenset("order plan roster report estimate annex schedule directive sop checklist procedure".split())
"""The force's own documents that carry a process: planning, orders, reporting, staffing."""
PLACING = frozenset("put write include add enter insert build place fold go be sit".split())
INTO = frozenset("in into inside onto".split())

# The ask (ask.py)
FIRST_PERSON = frozenset("i we id my".split())
"""Contractions ("I'd") are already written out by the cleaning; "id" is how tiny.en spells "I'd" without its apostrophe."""
NOT_BEFORE_QUESTION = frozenset("what who why how where when which if that whether as because".split())
NOT_BEFORE_IMPERATIVE = frozenset("to can could will would should must may might shall i we you they he she it who that which".split())
PLACING_VERBS = frozenset("put make include add".split())
"""Imperatives that ask only when they name the commander's own instrument: "put that in your directive"."""
QUESTION_SUBJECTS = frozenset("you i we".split())
INFORMING = frozenset(
    "share tell say brief present explain show update inform talk speak discuss highlight mention raise add cover recall "
    "remind give".split())
"""Verbs of telling: "I want to share with you" informs; it requests nothing."""
COMING = frozenset("come go".split())
HEADING_OR_COURTESY = frozenset("please sir kindly decision request recommendation just simply".split())
"""What may stand before a clause-opening imperative: "Decision: approve …", "sir, approve …"."""
VERB_ONLY = frozenset("approve authorize authorise endorse decide sanction".split())
"""Decision words that are never nouns, whatever a tagger fooled by a verbless slide says."""
GETTING = frozenset("have get".split())
""""Could I have …" asks for a decision only when a decision is named: "a copy of your itinerary" is a favour."""
LEAVE_TO_SPEAK = INFORMING | frozenset("story word minute moment remark memory anecdote conclude summarise summarize introduce".split())
"""Leave to speak: "allow me a little story", "allow me to conclude, General" (not "let us start the patrols")."""
APOLOGIES = frozenset("pardon forgiveness indulgence patience".split())
""""I ask your pardon for taking your time": a courtesy, no decision."""
TAKING_IN = frozenset("listen hear".split())
""""I wanted you to hear about that woman": the speaker wants to be heard, not a decision."""
NOT_ASKS = ("thank you", "thanks", "no doubt", "i am sure you", "let us hope")
NOT_DIRECTIVES = frozenset("let imagine look listen remember picture think consider go come".split())
"""Imperatives that set up a thought, not a decision: "imagine a village …", "go to any market and …"."""
FINDING = frozenset("see find hear know learn notice understand realise realize get".split())
"""What "… and we see the women there" reports: a finding, not what the force would start doing."""
OPENING_VERBS = VERB_ONLY | frozenset("say sign initial".split())
"""Words that open a sentence as a verb whatever the tagger says: unpunctuated, "say yes and she goes"
and "initial this line and it flies" tag as a noun and an adjective."""
THEN_DOERS = frozenset("we i it they she he".split())
"""Who acts once the commander says yes: "sign it and we start Monday", "say yes, and she goes this
Friday", "initial this line and it flies" (not "you": "go to any market and you see …" is a finding)."""
SAYING = frozenset("say give tell".split())
GOING_TO = frozenset("go come".split())
""""go meet the women", "come and see": a motion whose purpose is the next verb, one action."""
HOPING = frozenset("hope wish feel dream pray".split())
""""I hope one day this force listens to the women": what the speaker wishes gives no reason."""
POINTING = frozenset("it this these".split())
""""sign it", "initial this": an object no noun runs on into, so the word before it is a verb."""
YES = frozenset("yes nod okay".split())
""""say yes", "tell J3 yes", "give us the nod": a decision in plain words."""
DEADLINES = frozenset("now today tonight week".split())
""""You sign the order this week": when the commander's part is wanted makes it a directive."""
NOT_BEFORE_YOU_DECIDING = frozenset("if unless when once whenever that what because since before after until as whether".split())
""""if you sign it …", "once you approve …", "what you decide …": a condition or a report, not a directive."""
THIRD_PERSON_ADDRESS = frozenset("commander general".split())
"""How a formal speaker names the listener: "if the Commander could give me his decision"."""
YES_OR_NO = ("yes or no", "a yes or a no")

# Single words the modules read inline, named so that another language can give its own.
GOING = frozenset({"going"})
""""going to": a proposal the way a modal makes one (French has no such word: its "aller" is a modal)."""
SPEAKERS = frozenset("we i".split())
INDEFINITE_DOERS = frozenset("our a an".split())
"""Before a doer, these make a present tense a description ("our patrols talk …", "a force that …")."""
BE = frozenset({"be"})
HAVE = frozenset({"have"})
THERE = frozenset({"there"})
YOU = frozenset({"you"})
YOUR = frozenset({"your"})
ME = frozenset({"me"})
MY = frozenset({"my"})
AND_WORDS = frozenset({"and"})
THE = frozenset({"the"})
NOT_WORDS = frozenset({"not"})
IF_WORDS = frozenset({"if"})
I_OR_YOU = frozenset("i you".split())
QUESTION_PARTICLES: tuple[str, ...] = ()
NOT_BEFORE_REQUEST: frozenset[str] = frozenset()
"""Words that make a first-person "want" a condition, not a request (French "si nous voulons"); none in English."""
"""Words that make what follows a yes/no question in statement order (French "est-ce que"); none in English."""
TELLING_YOU: frozenset[str] = frozenset()
"""Verbs of telling that, right after "you", tell the listener (French "je voulais vous dire"); none in English,
where "you" comes before its own verb ("I need you to tell the sectors")."""
TIMELINE_PREPS = frozenset("in by on last".split())
""""in week one", "by week two", "last month one of them": a date, not a new point."""
CONDITIONS = frozenset("if unless".split())
OWN_NEEDS = frozenset("need want priority".split())
STORY_PLACING = frozenset("put set".split())
"""Placing verbs whose past tense looks like their present ("we put both in the order")."""
REQUEST_NOUNS = frozenset("request ask".split())
QUESTION_OPENERS = MODALS | frozenset("do may are".split())
READY = frozenset("willing ready prepared let allow make put".split())
"""What "will you …" asks besides a decision verb: "are you willing", "will you let"."""

TIME_NOUNS = frozenset({"time"})
"""After "same", the word that makes "at the same time": when, not a proposal said again ("the same hours" is)."""
OFFICES = frozenset("unit advisor adviser office section cell desk".split())
"""After a gender word, an office: "the Gender Unit's paper" names who, not why gender matters."""
PASSING_ORDERS = frozenset("tell ask instruct get".split())
""""Tell the Chief of Staff to issue the FRAGO by Friday": the commander's order, passed on through someone."""
THE_FORCE = frozenset("force mission minusma".split())
"""The force named as a whole: "the Force does not know what happens in their villages"."""
POSSESSIVE_PRONOUNS = frozenset("mine yours ours theirs".split())
"""Spelled like a scenario term ("mine") but said as a pronoun: "not in speeches like mine" names no landmine."""
KEEPING = frozenset({"keep"})
"""Not an action ("keep it in mind", "keep the women safe"), unless a counted thing is kept: "we keep 2 seats"."""
WEIGHING = frozenset("consider propose suggest recommend".split())
TIME_LABELS = frozenset("before after".split())
STATUS_LABELS = frozenset({"before"})
PLACING_PREPOSITIONS = frozenset({"in", "on", "into", "to"})
TRAVELLING = frozenset({"go", "leave", "fly", "travel", "depart", "head"})
