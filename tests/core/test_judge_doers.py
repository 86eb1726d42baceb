"""Who does a point when the parser's subject misleads (session 20, chosen on the span labels of
tests/corpus/spans/). Each case is a pair, the shape that counts and its near twin that does not."""

from __future__ import annotations

from tests.core.wordlist import example_evidence as _examples


def test_the_speaker_carrying_the_decision_through_is_no_example(scenario):
    follow_up = "i will brief the chief of staff this afternoon so the directive goes out before you return from timbuktu"
    assert _examples(follow_up, scenario) == []
    publish = "if you sign before you go i publish it on tuesday with the normal order"
    assert _examples(publish, scenario) == []
    runs = "i will run a half day session on 1325 for the new company in gao next month"
    assert len(_examples(runs, scenario)) == 1


def test_asking_a_troop_contributor_for_women_is_force_generation(scenario):
    asked = "we ask the troop contributing countries for at least fifteen percent women in the engagement platoons of the july rotation"
    assert len(_examples(asked, scenario)) == 1
    none = "but none of these four measures asks the troop contributing countries for one soldier more"
    assert _examples(none, scenario) == []


def test_a_units_own_clause_read_as_a_relative_clause_is_the_point(scenario):
    run_on = "two gao the airport the chinese engineers build a screened search booth at the main gate before the end of march"
    assert len(_examples(run_on, scenario)) == 1
    relative = "the women that the engineer company at tessalit meets by the well every week live far from the camp"
    assert _examples(relative, scenario) == []
    after_a_heading = "our second proposal the fpu in ansongo shall put two female officers on the checkpoint from monday"
    assert len(_examples(after_a_heading, scenario)) == 1  # parsed as a clause of "proposal" (acl)
    framed = "the checkpoint where the fpu in ansongo puts two female officers from monday"
    assert _examples(framed, scenario) == []


def test_a_course_or_report_that_gets_a_new_thing_is_changed_without_a_date(scenario):
    course = "and the induction course in bamako gets a two hour module on 1325 and on the reporting of sexual violence"
    assert len(_examples(course, scenario)) == 1
    sitrep = "also the daily sitrep from gao gets a small box for what the women reported"
    assert len(_examples(sitrep, scenario)) == 1
    status = "and the induction course in bamako has a two hour module on 1325 and on the reporting of sexual violence"
    assert _examples(status, scenario) == []


def test_what_a_unit_already_does_every_week_is_a_status(scenario):
    status = "the clinic in sevare already receives the women of the town every wednesday"
    assert _examples(status, scenario) == []
    patrols = "our patrols of sector centre already go out every day from mopti to the villages"
    assert _examples(patrols, scenario) == []
    plan = "from next month the clinic in sevare also receives the women of the town every wednesday"
    assert len(_examples(plan, scenario)) == 1


def test_acting_on_a_part_of_the_brief_is_no_example(scenario):
    announced = "sir with your permission i would like to share three practical examples for sector centre"
    assert _examples(announced, scenario) == []
    minutes = "so i will use my five minutes on the plan for gao and timbuktu"
    assert _examples(minutes, scenario) == []
    searchers = "i would like to share two female searchers with the checkpoint at sevare"
    assert len(_examples(searchers, scenario)) == 1


def test_a_date_is_no_new_thing_for_the_speaker(scenario):
    back = "and i report back in thirty days with the numbers from gao"
    assert _examples(back, scenario) == []
    session = "and i run a one hour session in gao for the thirty new medics"
    assert len(_examples(session, scenario)) == 1


def test_putting_gender_itself_into_the_processes_is_the_how(scenario):
    how = "we take the gender into the operations planning and into the orders and into the weekly reports of every sector"
    assert _examples(how, scenario) == []
    pointer = "we must put it in the orders and in the planning of the j3 and of the sectors and in the reports which come back every day"
    assert _examples(pointer, scenario) == []
    searchers = "we put two women searchers into the patrol order for the gao checkpoint from monday"
    assert len(_examples(searchers, scenario)) == 1


def test_a_role_that_gets_a_time_block_is_changed(scenario):
    block = "every new peacekeeper arriving in kidal gets ninety minutes on 1325 in the first week"
    assert len(_examples(block, scenario)) == 1
    marks = "every new peacekeeper arriving in kidal gets good marks from the chief of staff"
    assert _examples(marks, scenario) == []


def test_a_unit_that_will_have_a_new_thing_is_a_plan(scenario):
    plan = "each incoming contingent will have a half day module on 1325"
    assert len(_examples(plan, scenario)) == 1
    status = "each incoming contingent has a half day module on 1325"
    assert _examples(status, scenario) == []


def test_the_unit_an_order_tasks_does_the_point(scenario):
    fragment = "the fragment order directs the engineer company in gao to build a screened latrine block at the camp by june"
    assert len(_examples(fragment, scenario)) == 1
    it_tasks = "it tasks the sector north battalion to put a four person female engagement team on every market patrol"
    assert len(_examples(it_tasks, scenario)) == 1
    the_ask = "i ask you today to approve this plan and to tell the j3 to write the frago this week"
    assert _examples(the_ask, scenario) == []
    civilians = "the fragment order tells the traders of gao to open the market at the bus station every thursday"
    assert _examples(civilians, scenario) == []


def test_a_counted_time_block_read_as_an_adverb_is_still_what_a_unit_gets(scenario):
    block = "the next contingent in november get 1 day on 1325 and on the reporting of violence"
    assert len(_examples(block, scenario)) == 1  # "1 day" hangs on "get" as npadvmod
    half_day = "from the september intake the gao induction course gets a half day on 1325 in the malian context"
    assert len(_examples(half_day, scenario)) == 1
    uncounted = "the next contingent in november gets some days on the road to gao"
    assert _examples(uncounted, scenario) == []


def test_a_pronoun_right_before_the_verb_is_its_doer_when_the_parser_finds_two(scenario):
    """Unpunctuated, "first one in our engineer task order …" reads as a second subject of "add"; the "we"
    right before the verb does it (session 23, from the span labels). One subject stays the doer."""
    two = ("first one in our engineer task order for gow and men aka we add one line the women of the village must "
           "be consulted before the work start")
    assert [e.split(" · ")[0] for e in _examples(two, scenario, "note")] == ["who: we"]
    one = "from monday the engineer company in gao adds one line on the women of the village to every task order"
    assert [e.split(" · ")[0] for e in _examples(one, scenario, "note")] == ["who: company"]


def test_an_object_read_as_the_subject_of_the_clause_after_it_is_still_the_object(scenario):
    """Unpunctuated, "adds a womens security line … starting the first of may" reads the line as the subject of
    "starting": the verb is left with no object, though the line is what it adds (session 23, span labels)."""
    run_on = ("the second one is the j2 adds a womens security line to the weekly sit rep from all 4 sector hqs "
              "starting the first of may so what women are telling the patrols")
    assert len(_examples(run_on, scenario)) == 1


def test_doing_two_things_announces_them(scenario):
    things = "if you agree we can do two things from next month in gao"
    assert _examples(things, scenario) == []
    patrols = "if you agree we can do two patrols from next month in gao"
    assert len(_examples(patrols, scenario)) == 1


def test_a_clause_joined_with_its_own_doer_after_a_when_clause_is_its_own(scenario):
    """Unpunctuated, "before my engineers clear the track …, the company commander and one woman medic meet the
    women" hangs the meeting on "clear" as a second "before" clause; with a doer of its own it is the proposal
    (session 24, span labels). Going on with the same doer, it stays the frame."""
    own = ("here is the plan before my engineers clear the track to tessalit in june the company commander and one "
           "woman medic meet the women of the villages along it")
    assert len(_examples(own, scenario)) == 1
    same = "here is the plan before my engineers clear the track to tessalit in june and they meet the women of the villages along it"
    assert _examples(same, scenario) == []


def test_the_speaker_going_back_to_the_first_one_is_no_example(scenario):
    """"May I return to the first one for a moment" (blind CV, session 25): "the first one" stands for a point
    already made, no counted thing the speaker makes new. "One session" the speaker runs is still one."""
    back = "I am sorry, may I return to the first one for a moment, because it is the one I care about most."
    assert _examples(back, scenario) == []
    new = "I will run one session on 1325 for the Gao company in May."
    assert len(_examples(new, scenario)) == 1


def test_the_one_after_by_does_a_passive(scenario):
    """Session 27: a passive's subject is acted on; "by the engineers" names who does it."""
    by_the_force = "solar lamps will be installed by the engineers on the path to the latrines in ber next month"
    assert len(_examples(by_the_force, scenario)) == 1
    by_the_elders = "the well at ansongo will be guarded by the elders of the village from next month"
    assert _examples(by_the_elders, scenario) == []


def test_the_idea_is_to_do_something_puts_it_forward(scenario):
    """Session 27: "the idea is to post …" says what is proposed; "our job is to protect civilians" says what is."""
    idea = "the idea is to post a woman officer at every checkpoint in gao from monday"
    assert len(_examples(idea, scenario)) == 1
    job = "our job is to protect civilians in gao and mopti every day"
    assert _examples(job, scenario) == []


def test_an_ordinal_read_as_the_doer_leaves_the_branch_named_after_it(scenario):
    """Blind DB (session 28): the pause after "Sector West" is lost, so the parser makes "third" the doer
    and "J7" part of the place; the branch named right before the verb does it."""
    third = ("General, three proposals, three sectors, three weeks. Second: in Sector East, the Ménaka company takes a "
             "female officer on its market-day patrol every Monday. Third: in Sector West, J7 trains the platoon "
             "commanders of the incoming Mopti battalion for one day on the protection of women and girls.")
    assert len(_examples(third, scenario)) == 2
    report = "the report in sector west j7 trains the platoon commanders of the incoming mopti battalion for one day"
    assert _examples(report, scenario) == []


def test_it_opening_a_sentence_stands_for_the_unit_named_after_the_last_verb_before(scenario):
    """Blind DA (session 28): with no punctuation the parser ends a sentence after "next month", and "it"
    opens the next; it stands for the battalion named after the last verb, not for the mayor."""
    battalion = ("but concretely what i ask the force is this the battalion in a guel hoc from next month it sends the "
                 "woman doctor with the interpreter to the women of the town every friday after the prayer")
    assert len(_examples(battalion, scenario)) == 1
    mayor = battalion.replace("the battalion in", "the mayor of")
    assert _examples(mayor, scenario) == []
