"""Who says, who is told, who acts (met on blind batches CA and CB, session 15): the speaker being told
something by the staff is no reason, and the listener's own deed is the ask, not a practical example.
Each case is a pair, the shape that counts and its near twin that does not."""

from __future__ import annotations

from tests.core.wordlist import rubric_of


def test_what_the_staff_told_the_speaker_is_no_reason(scenario):
    passive = ("I will keep it short, because your helicopter to Gao leaves at noon and, I am told, a sandstorm is "
               "coming. The subject of women in the force is close to my heart.")
    assert not rubric_of(passive, scenario)["why"]["found"]
    staff = "The chief of staff told me you have ten minutes before your flight. Gender is a topic I care about a great deal."
    assert not rubric_of(staff, scenario)["why"]["found"]
    witness = ("A girl came to our gate in Ber one night. She told me where the armed men kept the women they had "
               "taken from her village.")
    assert rubric_of(witness, scenario)["why"]["found"]


def test_the_listeners_own_deed_is_the_ask_not_an_example(scenario):
    approval = "so sir can you give the approval today for these three ideas"
    result = rubric_of(approval, scenario)
    assert result["ask"]["found"] and result["examples"]["count"] == 0
    support = "I hope that you will support the Gender Unit in this work, my General."
    assert rubric_of(support, scenario)["examples"]["count"] == 0
    both = ("so can you give the approval today for the ideas and then the company in gao sends two women with the "
            "friday patrol")
    result = rubric_of(both, scenario)
    assert result["ask"]["found"] and result["examples"]["count"] == 1


def test_new_york_named_as_a_destination_binds_nothing(scenario):
    """The guide's legal reason stands alone; a deadline that only names New York is no reason."""
    deadline = ("Sir, the letter must reach New York by the end of April. I have the draft here, one page, with the "
                "figures for each company.")
    assert not rubric_of(deadline, scenario)["why"]["found"]
    bound = "Resolution 2480 binds this force to it, and New York will ask what we did."
    assert rubric_of(bound, scenario)["why"]["found"]
    with_gender = ("Sir, the letter must reach New York by the end of April, because resolution 2242 binds this force "
                   "to report the women it deploys.")
    assert rubric_of(with_gender, scenario)["why"]["found"]


def test_an_imperative_after_a_frame_the_parser_read_as_its_subject(scenario):
    """Read without the comma, "before your helicopter lifts" became the subject of "give": the ask was lost."""
    framed = "Before your helicopter lifts, give the order to the sector commanders today."
    assert rubric_of(framed, scenario)["ask"]["found"]
    told = "When we give the order to the sector commanders, the women are never mentioned."
    assert not rubric_of(told, scenario)["ask"]["found"]


def test_a_decision_named_with_no_verb_is_the_terse_ask(scenario):
    signature = "The draft FRAGO is here, two pages. Your signature, and we are moving on Monday."
    assert rubric_of(signature, scenario)["ask"]["found"]
    say_so = "Female searchers at the Sevare checkpoint, two per shift. Your say-so on that before you fly, sir."
    assert rubric_of(say_so, scenario)["ask"]["found"]
    history = "Your approval last year made the difference in Gao."
    assert not rubric_of(history, scenario)["ask"]["found"]


def test_a_rhetorical_who_would_not_want_gives_no_reason(scenario):
    rhetorical = ("General, one question, and then I will let you go. Who among us would not want a force the women "
                  "of Gao trust?")
    assert not rubric_of(rhetorical, scenario)["why"]["found"]
    reason = ("The women of Gao do not trust a force that never speaks to them, and without their trust we hear "
              "nothing about the roads.")
    assert rubric_of(reason, scenario)["why"]["found"]


def test_a_so_that_ends_a_run_of_short_sentences_reads_with_all_of_them(scenario):
    """Unpunctuated, "the mothers … know where the gunmen hide | and we never ask them | so we keep running into
    the same ambushes": the consequence reads back past the short middle sentence to who knows."""
    knowing = ("general straight to it the mothers in ber and go under know where the gunmen hide and we never ask them "
               "so we keep running into the same ambushes on the tim buck two road that is my point")
    assert rubric_of(knowing, scenario)["why"]["found"]
    traders = knowing.replace("the mothers", "the traders")
    assert not rubric_of(traders, scenario)["why"]["found"]


def test_women_who_know_said_with_a_resumed_subject(scenario):
    """A non-native speaker's "the women they know …": the pronoun resumes the women, who hold what the force lacks."""
    women = "My general, I am a little nervous. Here in Mali, the women they know where the bandits hide at night."
    assert rubric_of(women, scenario)["why"]["found"]
    drivers = women.replace("the women", "the drivers")
    assert not rubric_of(drivers, scenario)["why"]["found"]


def test_women_who_know_said_with_a_relative_or_a_pronoun_further_on(scenario):
    """"The women are the ones who walk …; they see fresh tracks": the pronoun stands for the subject before it,
    and "the women who see" for its antecedent (session 24). The same said of the drivers is no reason."""
    later = ("Our pilots choose landing zones from imagery. The women are the ones who walk those wadis at dawn for "
             "firewood; they see fresh tracks and new digging long before any pilot does.")
    assert rubric_of(later, scenario)["why"]["found"]
    assert not rubric_of(later.replace("The women", "The drivers"), scenario)["why"]["found"]
    relative = "In Gao it is the women who notice the strangers and the motorbikes on the river road."
    assert rubric_of(relative, scenario)["why"]["found"]
    assert not rubric_of(relative.replace("the women", "the traders"), scenario)["why"]["found"]


def test_a_trained_searcher_names_no_process(scenario):
    """"Trained" that describes someone is a figure for the why, not training that carries gender."""
    status = "Third: not one of the twelve companies in Mopti has a trained female searcher."
    assert not rubric_of(status, scenario)["how"]["found"]
    course = "Third: every one of the twelve companies in Mopti gets female searchers trained in the induction course."
    assert rubric_of(course, scenario)["how"]["found"]


def test_a_word_said_twice_between_two_subjects_is_no_stutter(scenario):
    """"If I may: may I have …" ends one clause and asks in the next; the cleaner had made it "if I may I have …"."""
    may_i = "So, sir, if I may: may I have your permission to start the twelve-week plan on Monday? Thank you, sir."
    assert rubric_of(may_i, scenario)["ask"]["found"]
    restart = "We, we send, uh, we send the medics to the Gao market every Friday from next week."
    result = rubric_of(restart, scenario)
    assert result["examples"]["count"] == 1 and result["examples"]["evidence"][0]["text"].startswith("we send the medics")


def test_a_second_imperative_joined_to_the_first_and_a_verb_that_shares_its_subject(scenario):
    """"Take out your pen and put your name on the second page" asks (blind CX, session 26), though "put" is
    the second verb; "we should open our ears … and give them the respect" has "we" for both verbs."""
    pen = ("It matters to me, and I believe it in my bones. Take out your pen and put your name on the second page "
           "before the helicopter lifts you to Timbuktu.")
    assert rubric_of(pen, scenario)["ask"]["found"]
    shared = ("I think we should all open our ears more to the mothers of Mali, and give them the respect they "
              "deserve.")
    assert not rubric_of(shared, scenario)["ask"]["found"]


def test_coming_to_talk_to_the_commander_asks_nothing(scenario):
    """"I wanted to come talk to you because I did the course" (blind CX, session 26) tells why the speaker is
    here; "I wanted you to sign it today" asks."""
    came = ("okay so um hi sir so yeah im the gender guy well staff officer gender in j5 and uh i wanted to come talk "
            "to you because i did the gender advisor course in kingston last spring")
    assert not rubric_of(came, scenario)["ask"]["found"]
    sign = "okay so um hi sir so yeah im the gender guy in j5 and uh i wanted you to sign the gender annex today"
    assert rubric_of(sign, scenario)["ask"]["found"]


def test_the_listeners_journey_is_no_example(scenario):
    """Tune cu-03, cv-03, cy-11, bj-02, bp-15 (session 29): a speaker who notes that the commander must leave
    for Timbuktu soon proposes nothing; a unit of the force going there with women officers does."""
    journey = "General, I know that you must leave for Timbuktu within the hour, with the chief of staff."
    assert rubric_of(journey, scenario)["examples"]["count"] == 0
    team = "General, I know that the CIMIC team must leave for Timbuktu within the hour, with two women officers."
    assert rubric_of(team, scenario)["examples"]["count"] == 1
