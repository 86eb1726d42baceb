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
    appear remain stay lack lose miss happen exist cost welcome make continue keep help
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

RESTATEMENT = ("same", "again", "in other words", "as i said", "i repeat", "that is to say", "i mean")

PRONOUN_DOERS = frozenset("they it he she them".split())
"""A clause done by "they" right after a proposal goes on describing that proposal."""

NEGATIONS = frozenset("not no never n't nobody nothing".split())

GENERIC_NOUNS = frozenset(
    """woman women women's womens female man men people person staff personnel soldier soldiers troop troops force forces
    gender girl girls community population mission thing things way time sir commander general team teams
    officer officers member members unit units part lot kind sort issue issues problem problems idea ideas
    area areas""".split()
)
"""Nouns too general to tell two proposals apart: "female staff" and "women officers" may be one proposal."""

ADDRESSES = frozenset("sir general commander madam ma'am".split())
"""How a speaker names the listener ("sir", "General")."""
