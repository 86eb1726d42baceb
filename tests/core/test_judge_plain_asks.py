"""Asks put in plain words (met on blind batches T and U, session 12): each case is a pair, the ask and
its near twin that asks nothing, so a rule that stops working, or starts reading too much, fails here."""

from __future__ import annotations

from tests.core.wordlist import rubric_of


def asks(text: str, scenario) -> bool:
    return rubric_of(text, scenario)["ask"]["found"]


def test_the_commanders_part_told_in_the_present_then_ours(scenario):
    assert asks("You decide now, and I'll tell the QRF commander in Gao before lunch.", scenario)
    assert asks("you give the order today and we start the Friday patrols in Menaka", scenario)
    assert not asks("If you decide to visit Gao, I'll tell the QRF commander before lunch.", scenario)
    assert not asks("Once you give the order, the Friday patrols in Menaka start with two women.", scenario)


def test_a_question_that_asks_for_a_yes(scenario):
    assert asks("can you say yes to these two today", scenario)
    assert not asks("can you say hello to the women of the market when you visit Gao", scenario)


def test_an_imperative_after_the_address_has_no_subject_before_it(scenario):
    ask = ("women searchers on the gate every shift so that is it sir just say yes to the two of them and i will "
           "write the frago tonight")
    assert asks(ask, scenario)
    story = "in gao the women searchers on the gate just say yes to the two of them and we write the names down"
    assert not asks(story, scenario)


def test_a_sentence_opening_sign_before_it_is_a_verb(scenario):
    assert asks("The women of Gao know the roads. Sign it before you get on the helicopter.", scenario)
    assert not asks("The women of Gao know the roads, and they sign it with their own marks.", scenario)


def test_a_polite_conditional_whatever_the_tagger_makes_of_the_verb(scenario):
    assert asks("General, I would be grateful if you would authorise the first of these today.", scenario)
    assert not asks("General, I would be grateful if you would visit the women of Gao one day.", scenario)


def test_a_question_asking_leave_to_tell_the_team_when_they_start(scenario):
    assert asks("So can I have your okay to start it on the first Monday of next month?", scenario)
    assert asks("Can I tell my team they begin on Monday, sir?", scenario)
    assert not asks("Can I tell you what the women of Gao told my team?", scenario)


def test_yes_in_plain_words(scenario):
    assert asks("No money, no new posts. Tell J3 yes this afternoon and both are in the order by Friday.", scenario)
    assert not asks("No money, no new posts. Tell the women of Gao what we do this afternoon.", scenario)
    assert asks("That is it. I need your thumbs up on both before you leave.", scenario)
    assert not asks("That is it. I need your team on both patrols before the rains.", scenario)


def test_when_the_commanders_part_is_wanted_makes_it_a_directive(scenario):
    assert asks("So you sign the order for Tessalit and Aguelhok this week, and you send the letter.", scenario)
    assert not asks("So once you sign the order for Tessalit and Aguelhok this week, the letter goes too.", scenario)


def test_what_the_speaker_wants_heard_asks_for_nothing(scenario):
    assert not asks("That's what I wanted you to have in your head on the flight up to Timbuktu.", scenario)
    assert not asks("I just wanted you to hear about that woman by the wall in Gao.", scenario)
    assert not asks("And I ask your pardon for taking your time before the flight.", scenario)
    assert not asks("General, I would like to recall one matter before you depart: resolution 2100.", scenario)
    assert asks("What I need from you before you depart is your signature on the Gao order.", scenario)
    assert asks("I want you to sign the Gao order before you depart.", scenario)


def test_a_question_on_being_willing(scenario):
    assert asks("Would you be willing to instruct the chief J5 today to add the Gao line?", scenario)
    assert not asks("Would you be surprised to learn that the women of Gao know the roads?", scenario)


def test_an_order_passed_on_through_someone_is_an_ask(scenario):
    """After "I'll leave it at that." the pause ends the sentence: "that" was a pronoun, not "that chief"."""
    passed_on = "So I'll leave it at that. Tell the Chief of Staff to issue the week-one FRAGO by Friday."
    assert asks(passed_on, scenario)
    the_speakers_plan = "So I'll leave it at that. I will tell the Chief of Staff to issue the FRAGO by Friday."
    assert not asks(the_speakers_plan, scenario)
    briefing = "Tell me about the women of Gao, the patrols never talk to them."
    assert not asks(briefing, scenario)


def test_leave_to_tell_a_memory_is_a_courtesy_and_leave_to_act_an_ask(scenario):
    memory = ("Commander, allow me one memory. In Darfur, in 2009, my battalion had policewomen walk beside the "
              "women who went out for firewood.")
    assert not asks(memory, scenario)
    act = "Commander, allow me to put two women officers on the Gao patrol from Monday."
    assert asks(act, scenario)


def test_a_question_the_team_asks_is_no_request(scenario):
    process = ("We have the orders and the training, so in the plan we ask where are the women in the order, "
               "and we say who goes to talk with them.")
    assert not asks(process, scenario)
    request = "So, sir, we ask that you approve the order for the Gao patrols before you leave."
    assert asks(request, scenario)


def test_leave_to_speak_to_the_commander_is_no_ask(scenario):
    """"Allow me one number", "allow me first to welcome you to Mali": the speaker asks leave to say
    something (session 24, tune). Leave to do something for the force is still asked of him."""
    number = "General, allow me one figure. In Kidal there were two hundred reports last year."
    assert not rubric_of(number, scenario)["ask"]["found"]
    welcome = "Allow me first to welcome you to Mali on behalf of the officers of this headquarters."
    assert not rubric_of(welcome, scenario)["ask"]["found"]
    deploy = "Allow me to deploy the engagement team to Gao."
    assert rubric_of(deploy, scenario)["ask"]["found"]


def test_yes_or_no_as_a_field_of_a_report_is_no_ask(scenario):
    """"Contacts with women, yes or no, and what was said": what a report's new line records (session 24,
    tune). After a full stop, "yes or no, and when do I start?" still asks."""
    field = ("The daily report of Sector West gets one new line: contacts with women, yes or no, and what was said. "
             "From the first of the month.")
    assert not rubric_of(field, scenario)["ask"]["found"]
    asked = "That is the plan. Yes or no, and when do I start?"
    assert rubric_of(asked, scenario)["ask"]["found"]


def test_the_commanders_approval_requested_in_the_passive_is_an_ask(scenario):
    """The staff writer's "your approval of this approach is requested, Sir" (session 24, tune); an approval
    the J3 requested last month is no decision asked of the listener."""
    passive = "Your approval of these three measures is requested, Sir, so that the staff may start on Monday."
    assert rubric_of(passive, scenario)["ask"]["found"]
    reported = "The approval of the plan was requested by the J3 last month, and it came back in a week."
    assert not rubric_of(reported, scenario)["ask"]["found"]


def test_an_order_passed_on_after_a_frame_or_with_what_to_say(scenario):
    """"Before you get on the helicopter, call the Chief of Staff and tell him these four measures go into the
    next FRAGO", "Tell the sector commander in Kidal it's on" (blind CU, session 25). A unit that asks the
    women what they fear passes no order."""
    framed = ("So, General: before you get on the helicopter to Timbuktu, call the Chief of Staff and tell him "
              "these four measures go into the next FRAGO.")
    assert rubric_of(framed, scenario)["ask"]["found"]
    said = "Tell the sector commander in Kidal it's on. Today, General."
    assert rubric_of(said, scenario)["ask"]["found"]
    question = ("The Chadian company at Kidal hosts a meeting with the women of the Aliou quarter, and simply asks the "
                "women what they're afraid of on the roads.")
    assert not rubric_of(question, scenario)["ask"]["found"]


def test_do_you_agree_to_sign_asks_for_the_signature(scenario):
    """"Do you agree to sign the order for these three measures today?" (blind CU, session 25); "do you agree
    that women matter?" asks for an opinion, no decision."""
    sign = "So my question, General: do you agree to sign the order for these three measures today, before you leave?"
    assert rubric_of(sign, scenario)["ask"]["found"]
    opinion = "Do you agree that women matter to this mission?"
    assert not rubric_of(opinion, scenario)["ask"]["found"]
