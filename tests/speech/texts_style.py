"""Complete speeches with a delivery or language flaw: fillers, gendered terms, hedges.

Each has the same content as `texts.COMPLETE` (why, how, four examples, an ask)
so the tests can check that the flaw is reported without the rubric changing.
The flaws are counted here so tests and the filler bench compare against what
was really spoken, not against what the recogniser happened to hear.
"""

from __future__ import annotations

import re

FILLERS = """General, um, thank you for seeing me before you leave for Timbuktu. I am your, uh, military
gender advisor, and I have one request: sign a directive today that builds a gender perspective into
every operation this Force plans.

Why does it matter? Um, because protection of civilians is basically the core of our mandate, and half
of the civilians we protect are women and girls. Women in Mali, you know, see threats that our patrols
miss. They know when armed groups pass through a village, uh, which roads are mined, and which families
are being pressed to join. If we never talk to them, we lose, like, half of our information. And the
Security Council has, um, ordered it. Resolutions twenty-one hundred and twenty-one sixty-four put
gender into our mandate, and resolution thirteen twenty-five is the foundation. An independent review
found that we are, uh, falling short.

How do we fix this? Um, we build a gender perspective into planning, orders and reporting, you know, so
it is part of how the Force works. We give every unit a trained focal point, and we, uh, train our
troops before and during deployment.

In practice, first, um, deploy mixed engagement teams with female soldiers on patrols in Gao and
Timbuktu, to talk with women at markets and water points. Second, appoint a trained gender focal point
in every battalion headquarters by, like, the end of next month. Third, uh, add incident data broken
down by sex and age to the daily situation report. Fourth, um, hold a monthly meeting with women's
associations in Kidal before we plan operations there. It is basically, you know, not expensive.

General, um, I ask you to sign the directive today. Will you approve it?"""
"""A complete speech with twelve um/uh (7 um, 5 uh), three "you know", two filler "like" and two
"basically": about 5 % of words, the "needs work" band. Whisper drops um/uh unless prompted, so
a careful analyser reports what it hears as a lower bound; a listener hears all of them."""

GENDERED = """General, thank you for seeing me before you leave for Timbuktu. I am your military gender
advisor, and I have one request: sign a directive today that builds a gender perspective into every
operation this Force plans.

Why does it matter? Because protection of civilians is the core of our mandate, and half of the
civilians we protect are women and girls. Women in Mali see threats that our servicemen miss. They know
when armed groups pass through a village and which roads are mined. If we never talk to them, we lose
half of our information. The Security Council has ordered it: resolutions twenty-one hundred and
twenty-one sixty-four put gender into our mandate, and resolution thirteen twenty-five is the
foundation. Last week the chairman of the women's association in Gao told me that nobody from the Force
has visited them in a year. Protecting civilians is the oldest duty of mankind, and right now we are
falling short.

How do we fix this? We build a gender perspective into planning, orders and reporting. We give every
unit a trained focal point, and we train our troops before and during deployment. This needs very
little extra manpower.

Here is what that means in practice. First, deploy mixed engagement teams with female soldiers on
patrols in Gao and Timbuktu, to talk with women at markets and water points. Second, put female
soldiers alongside the Malian policemen who man the checkpoints around Timbuktu, so that women can be
searched and questioned with respect. Third, appoint a trained gender focal point in every battalion
headquarters by the end of next month. Fourth, have the Force spokesman report on this work every
month, with incident data broken down by sex and age.

General, I ask you to sign the directive today. Will you approve it?"""
"""A complete speech that undercuts itself with generic masculine terms: servicemen, chairman,
mankind, manpower, policemen, "man the checkpoints", spokesman. A gender advisor's listener
notices each one; neutral forms are service members, chair, humanity, personnel, police
officers, staff the checkpoints, spokesperson."""

GENDERED_TERMS = ("servicemen", "chairman", "mankind", "manpower", "policemen", "man", "spokesman")
"""The gendered terms spoken in `GENDERED`, in order ("man" is the verb in "man the checkpoints")."""

HEDGES = """General, thank you for seeing me. I am your military gender advisor, and I think I have one
request, maybe: that you sign a directive that sort of builds a gender perspective into the operations
this Force plans.

Why does it matter? I think protection of civilians is the core of our mandate, and half of the
civilians we protect are women and girls. Women in Mali maybe see threats that our patrols miss. They
sort of know when armed groups pass through a village and which roads are mined. If we never talk to
them, I think we lose a lot of our information. Resolutions twenty-one hundred and twenty-one sixty-four
put gender into our mandate, and resolution thirteen twenty-five is, I believe, the foundation. An
independent review found that we are perhaps falling short.

How do we fix this? I hope we can build a gender perspective into planning, orders and reporting, maybe
as part of how the Force works. We could sort of give every unit a trained focal point, and I guess
train our troops before and during deployment.

In practice, I think that means four things. First, maybe deploy mixed engagement teams with female
soldiers on patrols in Gao and Timbuktu, to talk with women at markets and water points. Second,
perhaps appoint a trained gender focal point in every battalion headquarters by the end of next month.
Third, I hope we can add incident data broken down by sex and age to the daily situation report.
Fourth, maybe hold a monthly meeting with women's associations in Kidal before we plan operations
there.

So, General, I hope you might maybe sign the directive today. I think it would sort of help. Would
that be possible?"""
"""The complete content, said without conviction: "I think", "maybe", "sort of", "I hope",
"perhaps", "I guess", "I believe". A careful listener hears an advisor who does not believe the
case, and the ask becomes a wish."""

HEDGE_PHRASES = ("i think", "maybe", "sort of", "i hope", "perhaps", "i guess", "i believe")


def spoken_fillers(text: str = FILLERS) -> dict[str, int]:
    """How many times each hesitation word is really spoken in `text` (um, uh)."""
    words = re.findall(r"[a-z']+", text.lower())
    return {w: words.count(w) for w in ("um", "uh")}
