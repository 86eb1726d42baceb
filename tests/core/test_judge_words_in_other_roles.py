"""Words that play another part than the judge's cue (met on blind batch P, session 11, and later): each case is a
pair, the shape that counts and its near twin that does not, so a rule that stops working fails here."""

from __future__ import annotations

from tests.core.wordlist import rubric_of


def rubric(text: str, scenario) -> dict:
    return rubric_of(text, scenario)


def test_a_gender_office_named_beside_a_because_is_no_reason(scenario):
    office = ("I need your signature on the Gender Unit's paper today, because the next flight to Gao is not till "
              "Thursday, otherwise we miss the sector conference.")
    assert not rubric(office, scenario)["why"]["found"]
    reason = ("Gender matters to this force, because without the women of Gao we miss half of what moves on the "
              "roads.")
    assert rubric(reason, scenario)["why"]["found"]


def test_a_request_noun_before_a_pronoun_that_asks_nothing(scenario):
    heading = "Force generation: female personnel tracked in every request to the TCCs. That's the how."
    assert not rubric(heading, scenario)["ask"]["found"]
    request = "My request is that you sign the order for the Gao patrols before you leave."
    assert rubric(request, scenario)["ask"]["found"]


def test_a_long_imperative_and_what_the_speaker_does_after_the_yes(scenario):
    long = "So, sir, just say yes to the Abaradjou market patrol today and I'll sort the rest with the sector."
    assert rubric(long, scenario)["ask"]["found"]
    closing = "So, sir, thank you for listening to me about the Abaradjou market today and I wish you a good trip."
    assert not rubric(closing, scenario)["ask"]["found"]


def test_at_the_same_time_says_when_not_again(scenario):
    two = ("From next month the Senegalese company in Mopti will include two women in each market-day patrol to "
           "Sevare, and at the same time the planning cell will add an annex on the water points near Sevare to the "
           "Douentza operation order.")
    assert rubric(two, scenario)["examples"]["count"] == 2
    again = ("From next month the Senegalese company in Mopti will include two women in each market-day patrol to "
             "Sevare. In other words, the same patrol to Sevare will include two women from next month.")
    assert rubric(again, scenario)["examples"]["count"] == 1


def test_a_process_in_another_missions_story_is_not_this_forces_how(scenario):
    liberia = "And in Liberia, the all-female FPU is widely credited with increasing women's reporting of violence."
    assert not rubric(liberia, scenario)["how"]["found"]
    ours = "Here we put the women's reports into the daily sitrep and the patrol orders of every sector."
    assert rubric(ours, scenario)["how"]["found"]


def test_a_procedure_written_into_is_a_document_of_the_force(scenario):
    written = ("From next month two women gendarmes are in every search team of the Timbuktu company, and this we "
               "write in the standard procedure of the company.")
    assert rubric(written, scenario)["how"]["found"]
    followed = "From next month two women gendarmes follow the standard procedure of the company in every search."
    assert not rubric(followed, scenario)["how"]["found"]


def test_an_examples_evidence_names_its_specifics_as_said(scenario):
    """The instructor reads "where/when: engagement teams, gao markets, water points", not the words one by
    one, and not the "first" that numbered the point."""
    text = ("First, deploy mixed engagement teams with female soldiers to the Gao markets and water points every "
            "week.")
    notes = [e["note"] for e in rubric(text, scenario)["examples"]["evidence"]]
    assert notes == ["who: (you) · does: deploy · where/when: engagement teams, gao markets, water points, week"]


def test_first_of_all_opens_no_point(scenario):
    welcome = ("Sir, I am the second-in-command of the Nepalese battalion. First of all, sir, on behalf of the whole "
               "battalion, welcome to Mali.")
    assert rubric(welcome, scenario)["examples"]["count"] == 0
    point = "First, the Nepalese battalion in Kidal sends two women soldiers on the Wednesday patrol."
    assert rubric(point, scenario)["examples"]["count"] == 1


def test_a_hope_about_the_women_is_no_reason(scenario):
    hope = "I just hope that one day this force really listens to the women of Kidal and hears what they know."
    assert not rubric(hope, scenario)["why"]["found"]
    reason = "This force must listen to the women of Kidal, because without them our patrols are blind at night."
    assert rubric(reason, scenario)["why"]["found"]


def test_going_to_meet_is_one_action(scenario):
    """Met in a tmux walk: tiny.en heard "the engineers at Ansongo meet" as "at Ensign go meet", and the
    misheard "go" and its "meet" were counted as two examples."""
    one = "The engineers at Ensign go meet the women of the three villages before they clear the road in March."
    assert rubric(one, scenario)["examples"]["count"] == 1
    two = ("The engineers at Ansongo go to the wells in March. The medics meet the women of the three villages "
           "every Friday.")
    assert rubric(two, scenario)["examples"]["count"] == 2


def test_gender_put_into_the_forces_processes_is_the_how_not_an_example(scenario):
    """Heard in session 14's tmux walk: the how said with a date was counted as a practical example."""
    how = "We build gender into our planning, our orders and our reporting from next month."
    result = rubric(how, scenario)
    assert result["how"]["found"] and result["examples"]["count"] == 0
    line = "From next month J2 adds a line on what women report to the daily sitrep."
    assert rubric(line, scenario)["examples"]["count"] == 1


def test_a_past_looking_verb_with_a_date_ahead_is_a_misheard_plan(scenario):
    """A fresh-clone run of the tmux test heard "Second, a trained gender focal point …" as "I trained gender focal
    point …"; a date ahead on the verb says no story is being told. The story's own "next day" stays a story."""
    heard = ("First, mixed engagement teams with female soldiers on patrols in Gao, talking with women at markets. "
             "I trained gender focal point in every battalion headquarters by next month. "
             "Third, incident data broken down by sex and age in the daily situation report.")
    assert rubric(heard, scenario)["examples"]["count"] == 3
    story = "The women saw fresh digging near the bridge. The next day our FAMa column passed that bridge."
    assert rubric(story, scenario)["examples"]["count"] == 0


def test_mine_said_as_a_pronoun_is_no_landmine(scenario):
    """"Not in speeches like mine" (blind CV, session 25): the speaker's own, with no article; "a mine on the
    road" the women warn of is still the reason."""
    pronoun = ("I think the place for gender is in the machine, you know, in the orders we write for the patrols, in the "
               "planning of every operation, and in the training when the contingents arrive, not in speeches like mine.")
    assert not rubric(pronoun, scenario)["why"]["found"]
    landmine = "The women of Tassiga told us about a mine on the road, and the convoy went round it."
    assert rubric(landmine, scenario)["why"]["found"]


def test_reports_that_came_in_are_a_figure_not_the_how(scenario):
    """Session 27 (blind CY): reports described by what came in last quarter are data for the why."""
    figure = "I think of the 140 intelligence reports we got from Sector East last quarter four had a woman as the source."
    assert not rubric(figure, scenario)["how"]["found"]
    put_in = "From next month the intelligence reports from Sector East carry a line on what women told our patrols."
    assert rubric(put_in, scenario)["how"]["found"]
