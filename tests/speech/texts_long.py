"""The over-long speech: complete and well argued, but it does not fit the five minutes.

Its own module because at about 900 words it would crowd out the shorter texts.
The bench reuses it as its "five-minute speech".
"""

from __future__ import annotations

LONG = """General, thank you for seeing me before you leave for Timbuktu. I am your military gender advisor.
I have one request for you today: sign a directive that builds a gender perspective into every
operation this Force plans, and name gender as a standing item at your weekly command briefing. I will
tell you why it matters, how we do it, and what it looks like on the ground.

I arrived in the mission eight weeks ago. Since then I have visited four sector headquarters, I have
been on patrol with two battalions, and I have read every situation report we sent to New York in that
time. What I found worries me, and it should worry you too.

Let me start with why this matters. Protection of civilians is the core of our mandate, and half of the
civilians we protect are women and girls. They carry the heaviest burden of this conflict. They walk to
the wells and the markets, often alone and often at dawn. They lose their husbands and their sons to
the armed groups, and they face sexual violence when a village changes hands. If our plans do not see
them, our plans do not protect them.

Women in Mali also see threats that our patrols miss. They know when strangers arrive in a village,
which roads have been mined overnight, and which families are being pressed to send their sons to join
the fighting. Our patrols talk almost only with the village chiefs and the elders. If we never talk to
women, we lose half of our information, and we plan our operations with one eye closed.

Then there is the mandate. The Security Council put gender into our mandate through resolutions
twenty-one hundred and twenty-one sixty-four, and resolution thirteen twenty-five is the foundation
for all of it. Gender equality is meant to run through everything we do, from security sector reform
to disarmament, reconciliation and elections. This is not optional, and the final responsibility for
it lies with the mission leadership.

And we are falling short. An independent review of this mission, written by the Swedish Defence
Research Agency, found three problems. Our military staff has too few women. Our troops know too little
about resolution thirteen twenty-five and what it means here in Mali. And the protection of women and
girls is missing from the planning and conduct of our operations. The review also warned that
counterterrorism is starting to push every other task out of our mandate. When that happens, we lose
the trust of the people we are here to protect, and every patrol, every escort and every convoy becomes
harder and more dangerous.

So how do we fix this? It does not need a new unit and it does not need more money. It needs a gender
perspective in three places where the Force already works every day: in planning, in orders, and in
reporting. Every operation order gets a short gender annex that says who lives in the area, who is at
risk, and who we will talk to. Every planning cell has one officer trained to write that annex. And
every report we send tells us what happened to women as well as to men.

It also needs people. Every unit should have a trained gender focal point, and every contingent should
arrive trained on resolution thirteen twenty-five and on the situation here in Mali. We should also ask
the troop contributing countries, in every force generation conference, for more women in their
contingents, and especially in patrols, medical teams and engagement teams.

Let me give you five practical examples of what this looks like.

First, deploy mixed engagement teams, with female soldiers, on patrols in Gao and Timbuktu, to talk with
women at markets and water points. The teams already exist in two contingents. We only need to put them
on the patrol schedule.

Second, appoint a trained gender focal point in every battalion headquarters by the end of next month.
The Gender Unit will train them in Bamako in a five day course, and I will run the refresher training in
the sectors myself.

Third, add incident data broken down by sex and age to the daily situation report. Today our reports
say that three civilians were wounded. They should say that two of them were girls on their way to the
well. That one line changes how we plan the next patrol.

Fourth, hold a monthly meeting with women's associations in Kidal before we plan operations there. They
will tell us where the risks are, and they will tell their communities that we listened.

Fifth, add a gender perspective to the pre-deployment and induction training of every contingent, with
a short test at the end, so that no soldier goes on patrol without knowing what resolution thirteen
twenty-five asks of them.

None of this slows down our operations. It makes them better informed, safer for our troops, and more
credible with the population. The units that already do this in Gao get more warnings about explosive
devices than the units that do not.

General, you will be in Timbuktu this afternoon. You will see the markets and the checkpoints, and you
will meet the people we are here to protect. Half of them are women.

So I ask you for two things. Sign the directive today, before you leave. And put gender on the agenda of
your weekly command briefing, with me reporting to you on progress every month. Will you approve it?"""
"""About 900 words: complete (why with four reasons, how, five concrete examples, a clear ask
at the start and the end), but at a normal pace it takes well over five minutes. A careful
timekeeper shows the "over" card; the content is not the problem, the length is."""
