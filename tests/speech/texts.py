"""What the gender advisor says to the Force Commander, one constant per kind of speech.

Each text is written as a careful speaker would say it aloud (numbers in words,
no markdown), so the synthetic voice sounds like a rehearsal and the tests judge
the analyser on speech a human would judge the same way. The docstring under
each constant says what a careful listener should conclude; the tests assert
exactly that and nothing tailored to any detector. The exercise itself is in
../shared/scenario/minusma-exercise.txt.
"""

from __future__ import annotations

from .texts_long import LONG
from .texts_style import FILLERS, GENDERED, HEDGES

__all__ = [
    "ABSTRACT_ONLY", "COMPLETE", "FILLERS", "GENDERED", "HEDGES", "LONG", "NO_ASK", "NO_HOW",
    "NO_WHY", "SHORT", "TWO_EXAMPLES",
]

_OPEN = """General, thank you for seeing me before you leave for Timbuktu. I am your military gender
advisor, and I have one request: sign a directive today that builds a gender perspective into every
operation this Force plans. In the next two minutes I will tell you why it matters, how we do it, and
what it looks like on the ground."""

_WHY = """Why does it matter? Because protection of civilians is the core of our mandate, and half of
the civilians we protect are women and girls. Women in Mali also see threats that our patrols miss.
They know when armed groups pass through a village and which roads are mined. If we never talk to
them, we lose half of our information. And the Security Council has ordered it. Resolutions twenty-one hundred and twenty-one sixty-four put gender into our mandate,
and resolution thirteen twenty-five is the foundation. An independent review found that we are
falling short, and that counterterrorism is pushing the protection of women and girls out of our
plans. That costs us the trust of the people we protect."""

_HOW = """How do we fix this? We build a gender perspective into planning, into orders, and into
reporting, so that it is part of how the Force works, not an extra task. We give every unit a
trained focal point, and we train our troops before and during deployment."""

_FOUR_EXAMPLES = """Here is what that means in practice. First, deploy mixed engagement teams, with
female soldiers, on patrols in Gao and Timbuktu, to talk with women at markets and water points.
Second, appoint a trained gender focal point in every battalion headquarters by the end of next month.
Third, add incident data broken down by sex and age to the daily situation report. Fourth, hold a
monthly meeting with women's associations in Kidal before we plan operations there."""

_ASK = """General, I ask you to sign the directive today, and to make gender a standing item at your
weekly command briefing. Will you approve it?"""

COMPLETE = "\n\n".join([_OPEN, _WHY, _HOW, _FOUR_EXAMPLES, _ASK])
"""About 300 words, two minutes: the bottom line and the ask in the first 30 s, three reasons
(civilians, information, the mandate and the FOI review), how (planning, orders, reporting,
focal points, training), four concrete actions with who, what and where, and a closing ask.
A careful listener finds every rubric element, at least three examples, no fillers, no hedges
and no gendered terms."""

NO_WHY = "\n\n".join([
    """General, thank you for seeing me before you leave for Timbuktu. I am your military gender
advisor, and I have one request: sign a directive today that builds a gender perspective into every
operation this Force plans. I will tell you how we do it and what it looks like on the ground.""",
    """Here is how we do it. We build a gender perspective into planning, into orders, and into
reporting. Every operation order gets a gender annex, and every planning cell has an officer trained to
write it. We give every unit a trained focal point, and we train our troops before and during
deployment, with a refresher course every six months.""",
    _FOUR_EXAMPLES,
    """My team has already drafted the directive, the training plan, and the new report template. The
focal points can be trained in Bamako within two weeks, with instructors from the Gender Unit, and the
engagement teams can start with the units already in Gao.""",
    _ASK,
])
"""How, four examples and the ask, but not one reason: a careful listener would ask the
speaker "why should I care?". Why is missing; how, examples and ask are present."""

NO_HOW = "\n\n".join([
    """General, thank you for seeing me before you leave for Timbuktu. I am your military gender
advisor, and I want to tell you why gender matters to this mission.""",
    """Protection of civilians is the core of our mandate, and half of the civilians we protect are
women and girls. They carry the heaviest burden of this conflict. They walk to the wells and the
markets, they lose their husbands and sons, and they face sexual violence when armed groups take a
village.""",
    """Women in Mali also see threats that our patrols miss. They know when strangers arrive, which
roads are dangerous, and which families are being pressed to join the armed groups. If we never hear
from them, we lose half of our information, and we plan our operations with one eye closed.""",
    """The Security Council has been clear. Resolutions twenty-one hundred and twenty-one sixty-four
put gender into our mandate, and resolution thirteen twenty-five is the foundation for all of it. An
independent review of our mission found that we are falling short, and that counterterrorism is pushing
the protection of women and girls out of our plans. That costs us credibility with the people of Mali,
and it costs us the trust that every patrol depends on.""",
    """Peace agreements that include women last longer. Communities that trust us tell us more. This
is not a favour to anyone. It is part of doing our job well.""",
    """General, I ask you to give me one hour with you and your chief of staff next week, so that we
can agree on the way forward.""",
])
"""Only why-talk and a request for a meeting: the listener is convinced it matters but hears
nothing about how to do it and no practical example. How is missing; examples fewer than three."""

TWO_EXAMPLES = "\n\n".join([
    _OPEN,
    _WHY,
    """How do we fix this? We build a gender perspective into planning, into orders, and into
reporting, so that it becomes part of how the Force works, not an extra task, and we make sure our
people are trained for it.""",
    """Here are two things we can start this month. First, deploy mixed engagement teams, with female
soldiers, on patrols in Gao and Timbuktu, to talk with women at markets and water points. Second, add
incident data broken down by sex and age to the daily situation report.""",
    _ASK,
])
"""Why, how and the ask are there, but only two concrete actions (engagement teams in Gao and
Timbuktu; sex and age data in the daily report): one short of the exercise's three."""

ABSTRACT_ONLY = "\n\n".join([
    """General, thank you for seeing me. I am your military gender advisor, and I want to talk with
you about gender in this mission.""",
    """Gender is important. We should integrate gender into everything we do. We need more awareness
of gender across the whole Force, at every level. Gender is everyone's business, not only the business
of the gender advisor.""",
    """We must do better for women in Mali. We have to take resolution thirteen twenty-five seriously
and live up to its spirit. We should mainstream gender in our work and keep it in mind at all times.
We need a change of culture, and we need a stronger commitment from all of us.""",
    """Women and girls deserve our attention. We must be more sensitive to their needs and more
inclusive in our approach. Gender should be a priority, not an afterthought. It is a matter of
principle and of values, and it is what the United Nations stands for.""",
    """If we all do our part, we can make a real difference. General, I ask for your support for
gender in this mission.""",
])
"""Good intentions and slogans only: no unit, place, deadline or action anyone could carry
out tomorrow. A careful listener counts zero practical examples."""

NO_ASK = "\n\n".join([
    """General, thank you for seeing me before you leave for Timbuktu. I am your military gender
advisor, and I want to brief you on gender in this Force: why it matters, how we integrate it, and
what it looks like on the ground.""",
    _WHY,
    """The way to fix this is to build a gender perspective into planning, into orders, and into
reporting, so that it becomes part of how the Force works, not an extra task. Every unit needs a
trained focal point, and our troops need training before and during deployment.""",
    """In practice, this looks like four things. The first is mixed engagement teams, with female and
male soldiers on patrol together in Gao and Timbuktu, talking with women at markets and water points.
The second is a trained gender focal point in every battalion headquarters. The third is incident data
broken down by sex and age in the daily situation report. The fourth is a monthly meeting with women's
associations in Kidal before operations are planned there.""",
    """These are small steps, and they make the whole Force more effective. Thank you for listening,
General.""",
])
"""Why, how and four examples, described rather than requested, and it ends with thanks: the
Force Commander leaves without being asked to decide or do anything. The ask is missing."""

SHORT = """General, thank you for seeing me before you leave for Timbuktu. I am your military gender
advisor, and I have one request. Protection of civilians is the core of our mandate. In the next two
minutes I will tell you why it matters, how we do it, and what it looks like on the ground. General, I
ask you to sign the directive today. Will you approve it?"""
"""An opening and a plain ask, about 25 s: not a whole speech, a known amount of
clear speech for the file-format, bad-input and recording-path tests (same words in every
format). Nothing in it is borderline: no "how" that one misheard word could make or unmake
("make gender a standing item" once came out as "make generous standing item", and "a directive
that builds a gender perspective into every operation" counted only while "gender advisor" was
not heard as "general advisor")."""
