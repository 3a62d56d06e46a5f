"""When who a message is for, or which account it goes from, changes the verdict and the question does not say, the
bot asks ("Can I text my team?"); when the question says it, the bot does not ask."""
from __future__ import annotations

import pytest

# Questions and the answers they must get: (question, accepted verdicts, accepted citations). A citation is a
# section key or an item number (conftest.SECTION_KEYS); the answer must cite one of them unless it is
# not_covered, and an empty set accepts any citation. New cases go in these tables.

# Who the message is for, or which account, changes the verdict and the question does not say: the bot asks.
OPEN_AUDIENCE_OR_ACCOUNT = [
    ("Can I text students?", {"clarify"}, {"exception", "mobile"}),
    ("Can I text my group?", {"clarify"}, {"exception", "mobile", "staff"}),
    ("can I make a whatsapp group for my crew?", {"clarify"}, {"exception", "mobile", "staff"}),
    ("Is it ok to start a GroupMe for my team?", {"clarify"}, {"exception", "mobile", "staff"}),
    ("Can I text my aides?", {"clarify"}, {"exception", "mobile", "staff"}),
    ("can i message my students", {"clarify"}, {"exception", "mobile"}),
    ("can i text my club members", {"clarify"}, {"exception", "mobile", "staff"}),
    ("Can I add my team on Instagram?", {"clarify"}, {"social"}),
    ("Can I call my team tonight?", {"clarify"}, {"mobile", "staff"}),
    ("Is it ok to WhatsApp my group about tomorrow?", {"clarify"}, {"exception", "mobile", "staff"}),
    ("My team wants to do a group text, ok?", {"clarify"}, {"exception", "mobile", "staff"}),
    ("Can I text my advisees?", {"clarify"}, set()),
    ("is texting students allowed in cps", {"clarify"}, set()),
    ("Can I text my squad?", {"clarify"}, set()),
    ("Can I FaceTime my group?", {"clarify"}, set()),
    ("Can I message my students?", {"clarify"}, set()),
    ("Can I use WhatsApp with my team?", {"clarify"}, set()),
    ("Is texting my crew ok?", {"clarify"}, set()),
    ("Can I add my aides to a group text?", {"clarify"}, set()),
    ("What does the policy say about texting students?", {"clarify"}, set()),
    ("Is it true that we can't text our students at all?", {"clarify"}, set()),
    ("Can I text my homeroom?", {"clarify"}, set()),
    ("Can I call my crew?", {"clarify"}, set()),
    ("Can I text my team about practice?", {"clarify"}, set()),
    ("can i group text my crew about the pickup time", {"clarify"}, set()),
    ("can I follow my team on instagram?", {"clarify"}, {"social"}),
    ("can I add my mentees on linkedin?", {"clarify"}, {"social"}),
    ("can I friend my crew on facebook?", {"clarify"}, {"social"}),
    ("can I add my volunteers on instagram?", {"clarify"}, {"social"}),
    ("can I text my group about tomorrow?", {"clarify"}, {"exception", "mobile", "staff"}),
    ("can I WhatsApp my crew?", {"clarify"}, {"exception", "mobile", "staff"}),
    # a video call said to go over the phone's own app is a call to that phone, not a video meeting
    ("ok to video chat my squad on facetime tonight?", {"clarify"}, {"exception", "mobile", "staff"}),
    # the school band's kids (not the asker's own band), texted so nobody gets lost: a safety purpose
    ("can I group text my band kids at the competition so nobody gets lost? parents will be on it", {"clarify"},
     {"exception", "mobile"}),
]

# The bot may ask, or answer with the reading the words allow.
OPEN_QUESTIONS_ANSWERED_OR_ASKED = [
    ("can I text my freshmen?", {"conditional", "clarify"}, {"exception"}),
    ("can i text the kids on the trip", {"conditional", "clarify"}, {"exception", "mobile"}),
    ("Can I post class pictures on Facebook?", {"conditional", "clarify"}, {16, "social"}),
    ("cn i txt my studnets abt the feild trip", {"conditional", "clarify"}, {"exception", "mobile"}),
    ("Can I start a group text for the kids going on the trip?", {"conditional", "clarify"}, {"exception", "mobile"}),
    ("Can my student council have a Twitter account?", {"conditional", "clarify"}, {"social"}),
    ("Can I contact students over the summer?", {"conditional", "clarify"}, set()),
    ("Can I text my volleyball team?", {"prohibited", "conditional", "clarify"}, set()),
    ("Can I FaceTime my reading group?", {"prohibited", "clarify"}, set()),
    ("Is it ok to make a group chat with my students?", {"conditional", "clarify"}, set()),
    ("Can I text my littles?", {"prohibited", "clarify"}, set()),
    ("Can I text the school nurse about a student?", {"under_review", "clarify"}, set()),
    ("Can my para text students?", {"prohibited", "clarify"}, set()),
    ("hey so my principle said we can make a grup chat w the 8th grade volleyball girls for the tournament is that ok", {"prohibited", "clarify"}, set()),
    ("can i txt my sophmores abt there essays", {"prohibited", "conditional", "clarify"}, set()),
    ("yo can i make a tiktok w my 11th graders for a class project", {"prohibited", "conditional", "clarify"}, set()),
    ("wats the rule for texting kids on field trips", {"conditional", "clarify"}, set()),
    ("Can I use an AI chatbot to draft IEP goals with the student's name in it?", {"prohibited", "conditional", "clarify", "not_covered"}, set()),
    ("Can I text my aide?", {"under_review", "clarify"}, set()),
    ("Can I Snapchat my group?", {"prohibited", "clarify"}, set()),
    ("Can I call the kids on the trip?", {"prohibited", "clarify"}, set()),
    ("Can I post in my team's group chat?", {"conditional", "under_review", "allowed", "clarify"}, set()),
    ("My team texts each other about lesson plans, and our principal is in the thread. Allowed?", {"under_review", "clarify"}, set()),
    ("Can I text students from a Google Voice number?", {"prohibited", "conditional", "clarify"}, set()),
    ("can i kik my seniors", {"prohibited", "conditional", "clarify"}, set()),
    ("Is Telegram ok for messaging my 9th grade team?", {"prohibited", "conditional", "under_review", "clarify"}, set()),
    ("Can I send my class a voice memo on WhatsApp?", {"prohibited", "clarify"}, set()),
    ("Can I tag my students in Instagram posts?", {"prohibited", "clarify"}, set()),
    ("can i add my aides on facebook", {"prohibited", "clarify"}, set()),
    ("Can I Snapchat my crew?", {"prohibited", "clarify"}, set()),
    ("Can I email my crew from my gmail?", {"prohibited", "clarify", "not_covered"}, set()),
    ("is it ok to dm my team on insta", {"prohibited", "clarify"}, set()),
    ("can I start a groupme with the kids in my club", {"conditional", "clarify"}, set()),
    ("Can I post pictures from the dance on Facebook?", {"conditional", "clarify"}, set()),
    ("Can I text the kids from the trip to check they got home?", {"conditional", "clarify"}, set()),
    ("Can I share a student's 504 accommodations with the sub covering my class?", {"conditional", "clarify"}, set()),
    ("Can I send pics from the trip to my group chat?", {"conditional", "clarify"}, set()),
    ("My 12th graders want a group chat with me but without their parents. Is that ok?", {"prohibited", "clarify"}, set()),
    ("Can I talk about CPS budget cuts on my personal Twitter?", {"prohibited", "clarify", "not_covered"}, set()),
    ("what's the rule on social media with students", {"prohibited", "conditional", "clarify"}, set()),
    ("Two questions: can I email my 5th graders, and can I text them?", {"prohibited"}, set()),
    ("Can we use Gemini with student data?", {"prohibited", "conditional", "clarify", "not_covered"}, set()),
    ("Can I make a GroupMe for my 9th grade advisory?", {"prohibited", "conditional", "clarify"}, set()),
    ("Can I DM my club?", {"prohibited", "clarify"}, set()),
    ("Can I post photos from field day on Instagram?", {"conditional", "clarify"}, set()),
    ("Can I share pics of my students on social media?", {"prohibited", "conditional", "clarify"}, set()),
    ("Can I put videos of my class on TikTok?", {"prohibited", "conditional", "clarify"}, set()),
    ("Can I message the kids on the trip?", {"prohibited", "clarify"}, set()),
    ("Is texting my own kid (who's a student at my school) ok?", {"prohibited", "clarify", "not_covered"}, set()),
    ("Can my aides text me?", {"under_review", "clarify"}, set()),
    ("Our team group text with the parents and signed CPS forms is for safety on the trip to state. Good?", {"conditional", "allowed", "clarify"}, set()),
    ("Can I use a video of a student reading aloud in class?", {"prohibited", "conditional", "clarify"}, set()),
]


@pytest.mark.parametrize("question, verdicts, cites", OPEN_AUDIENCE_OR_ACCOUNT)
def test_an_open_audience_or_account_is_asked_about(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", OPEN_QUESTIONS_ANSWERED_OR_ASKED)
def test_an_open_question_is_asked_about_or_answered_with_its_strictest_reading(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# A channel the asker rules out gives way to the one they name: the bot answers the one asked about, and does not
# ask about (or prohibit) the one they said they would not use.
@pytest.mark.parametrize("question, channel", [
    ("I won't text them. can I email my 11th graders at their cps accounts about the field trip forms?",
     "district_email"),
    ("no texting, promise: is it fine to message my seniors on google chat from my cps account?", "group_app"),
    ("I'd rather not call, could I email my 9th graders' school addresses about the makeup test?",
     "district_email"),
])
def test_a_channel_the_asker_rules_out_gives_way_to_the_one_they_name(ask, situation, question, channel):
    assert situation(question).channel == channel
    assert ask(question)["verdict"] == "allowed"


def test_a_channel_ruled_out_in_another_clause_still_counts(situation):
    # "never" belongs to "check email", not to the text asked about after the comma
    question = "can I email my juniors, and for the ones who never check it, text them from my cell?"
    assert situation(question).channel in ("district_email", "text")


# An account on a social app set up for a class, team, club or student group is a class or team account: the bot
# gives that section's conditions instead of asking whose account it is.
@pytest.mark.parametrize("question", [
    "our debate club wants an Instagram for tournament photos, can I set one up?",
    "the freshman class wants a TikTok for homecoming week. can I create it for them?",
    "can I start a Facebook for the robotics team's season highlights?",
])
def test_a_social_account_for_a_school_group_is_a_class_account_not_asked_about(check_answer, situation, question):
    assert situation(question).channel == "class_social"
    check_answer(question, {"conditional"}, {"social"})


# A missing fact that changes the verdict is asked about, not guessed, even beside a colleague word or a student
# named as the topic: a mixed-grade campus, an account not named, a group that may be students or staff.
@pytest.mark.parametrize("question, verdicts", [
    ("our campus runs K through 12. can I group text the choir kids and their parents for safety on the tour? parents and principal signed the CPS form", {"clarify", "conditional"}),
    ("can I email my class the study guide?", {"clarify", "allowed"}),
    ("ok to text my squad about saturday's setup?", {"clarify"}),
    ("can I whatsapp my helpers about the book fair shifts?", {"clarify", "under_review"}),
])
def test_a_missing_fact_that_changes_the_verdict_is_asked_not_guessed(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# A job students and adults both hold ("helpers", "tutors", "volunteers", "ushers": the vocabulary's `shared_role`)
# names a group whose members may be either: the bot asks, even when the asker's own role opens the question.
@pytest.mark.parametrize("question", [
    "can I send a group text to my office helpers about Friday?",
    "is it ok to friend my tutors on facebook?",
    "Cafeteria lead: ok to text my volunteers when the line gets long?",
    "can I snapchat the ushers before graduation?",
    # a student publication's members are its "staff"
    "ok to set up a whatsapp for the school newspaper staff?",
    "can I start a group text with our lit mag staff?",
])
def test_a_group_named_by_a_job_students_hold_too_is_asked_about(ask, question):
    assert ask(question)["verdict"] == "clarify"


# Befriending a person the question names only as a person ("the people in my program", "someone from the open
# house"): who that person is decides everything, so the bot asks; someone it does identify (a public figure, a
# business) is no student, parent or colleague.
@pytest.mark.parametrize("question, verdict", [
    ("can I accept follow requests from the people in my after-school program on instagram?", "clarify"),
    ("can I friend someone I met at the open house on facebook?", "clarify"),
    ("is it ok to add the new people from the summer institute on facebook?", "clarify"),
    ("can I follow my favorite author on instagram?", "not_covered"),
    # named only by a pronoun, or by a job students and adults both hold; a request accepted from them
    ("can I add them on snapchat?", "clarify"),
    ("ok to accept their follow requests on insta?", "clarify"),
    ("can I friend my assistants on facebook?", "clarify"),
])
def test_befriending_someone_nobody_identified_asks_who_they_are(ask, question, verdict):
    assert ask(question)["verdict"] == verdict


# A fact the question states is not asked about again: the grade band said as the asker's role or building, the
# coach's level for the team, a span of grades, a channel beside the form the Exception names.
@pytest.mark.parametrize("question, verdicts", [
    ("I'm a 7th grade math teacher, can I text my team about the field trip?", {"prohibited"}),
    ("Middle school coaches: can we text the team about the bus?", {"prohibited"}),
    ("we're a kindergarten to 5th school; can I text the kids on the trip so nobody gets lost?", {"prohibited"}),
    ("as a high school band director, can I text the band during the parade for safety? parents and the principal "
     "signed the CPS form and the parents are on the group", {"conditional", "allowed"}),
    ("can I email my juniors at their cps addresses without the texting permission form?", {"allowed"}),
    ("do I need the text form to email my players' cps accounts about the bus times?", {"allowed"}),
    # the young children a staff member teaches, said as the grade band's own nickname ("my littles")
    ("ok to group text my littles a reminder for pajama day?", {"prohibited"}),
    ("can I call the little kids in my reading group on their smart watches?", {"prohibited"}),
])
def test_a_fact_the_question_states_is_not_asked_about(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# A grade band said as an age with nothing after it ("my debaters are 15 and 16."), and an event, system or post a
# school names for parents ("parent night", "the parent liaison") that puts no parent on the other end.
@pytest.mark.parametrize("question, verdicts", [
    ("my debaters are 15 and 16. can I text them during the tournament for safety? the principal and the parents "
     "signed the CPS form and the parents are on the thread", {"conditional", "allowed"}),
    ("the kids in my chess club are 9 and 10, can I text them about the match?", {"prohibited"}),
    ("the cast are 16-18. ok to text the cast group at the festival to keep them safe? forms signed by parents and "
     "the principal, parents on the group", {"conditional", "allowed"}),
    ("my crew for parent-teacher conferences wants a group text, ok?", {"clarify"}),
    ("the volunteers for parent night want a whatsapp chat with me. can I start it?", {"clarify"}),
    ("our parent liaison and I want to text each other about the coffee morning, ok?", {"under_review"}),
])
def test_an_age_or_a_parents_event_is_read_for_what_it_says(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# The CPS app to students is acceptable only from the employee CPS account to the students' CPS accounts: an account
# nobody named is asked about (DESIGN.md "which account"), with a choice for each; an account named, what it takes,
# an unacceptable use placed beside it, or colleagues on the other end (acceptable from either) are answered.
@pytest.mark.parametrize("question, verdicts", [
    ("is google chat an ok way to reach my 4th graders?", {"clarify"}),
    ("may I ping my seniors in hangouts when a deadline moves?", {"clarify"}),
    ("can I hangouts my 8th graders from my personal google account?", {"prohibited"}),
    ("google chat from my cps.edu login to my 5th graders' school accounts, fine?", {"allowed"}),
    ("what do I need before I use google chat with my class?", {"conditional", "allowed"}),
    ("can the science department keep a google chat space for lab planning?", {"allowed"}),
    ("ok to send my 6th graders a note through schoology about the quiz?", {"conditional", "allowed"}),
    ("can I reach my juniors over google chat on my school gmail?", {"conditional", "allowed"}),
])
def test_an_unnamed_account_for_the_cps_app_to_students_is_asked_about(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# An address a student or a parent gave, or a form holds, names no kind of account: the student's CPS account is
# acceptable, a personal address prohibited, so the bot asks which it is (and the answer reader keeps the choice).
# An address named as the CPS one, or as a personal one, is answered.
@pytest.mark.parametrize("question, verdicts", [
    ("a sophomore jotted down his email for me after class, ok to send him the study guide?", {"clarify"}),
    ("is it alright to email my student at the address her mom gave the office?", {"clarify"}),
    ("ok to email my 8th grader the study guide at her cps address?", {"allowed"}),
    ("a junior gave me her gmail, can I send the rubric there?", {"prohibited"}),
])
def test_an_address_someone_gave_is_asked_which_kind_it_is(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# Each choice of an account or an address asked about leads to its own verdict, and picking it gives that verdict.
@pytest.mark.parametrize("question, choices", [
    ("is google chat an ok way to reach my 4th graders?",
     {"account=district": "allowed", "account=personal": "prohibited"}),
    ("can I email my student at the address her dad put on the sign-up sheet?",
     {"channel=district_email": "allowed", "channel=personal_email": "prohibited"}),
])
def test_each_account_or_address_choice_leads_to_its_own_verdict(ask, question, choices):
    assert {o["choice_id"]: o["verdict"] for o in ask(question)["options"]} == choices
    for choice_id, verdict in choices.items():
        assert ask(question, choice_id=choice_id)["verdict"] == verdict


# The event a message is sent during says when, not what it is for: "during the jog-a-thon", "during the midterm" name
# no purpose that fails the Exception, and no fundraiser the message promotes, so the grade band is still what
# decides. A message whose content is the fundraiser or the test is still read for it.
@pytest.mark.parametrize("question, verdicts", [
    ("can I group text my runners during the jog-a-thon?", {"clarify"}),
    ("can I text my students to come down to the gym during the midterm?", {"clarify"}),
    ("is it ok to message the kids in my club during our school's bake sale so nobody gets lost?", {"clarify"}),
    ("can I text my 10th graders a reminder about the fundraiser?", {"prohibited"}),
    ("we're texting parents during the raffle to sell more tickets, ok?", {"prohibited"}),
])
def test_the_event_a_message_is_sent_during_is_not_its_purpose(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# The school's own fundraising event named as what a message arranges ("the route for the fun run", "to plan the
# spring car wash") is the occasion, as the event a message is sent during is: whether it is authorized is no fact the
# question gives, so no unauthorized fundraiser (item 21) is assumed, and who is written to decides. Someone's own
# fundraiser ("for my church"), a raffle, or a fundraiser posted to the staff is still read for item 21.
@pytest.mark.parametrize("question, verdicts, item_21", [
    ("is a group text with my helpers ok to plan the spring car wash?", {"clarify"}, False),
    ("ok to text the PTO treasurer about tonight's bake sale?", {"not_covered"}, False),
    ("can I text my 4th graders the route for the fun run?", {"prohibited"}, False),
    ("can I text the teachers about the walkathon for my church?", {"prohibited"}, True),
    ("can I put the raffle for our jog-a-thon in the staff email?", {"prohibited"}, True),
    ("can I email the staff list about the car wash for my son's hockey team?", {"prohibited"}, True),
])
def test_the_schools_own_fundraising_event_arranged_is_no_fundraiser_promoted(ask, question, verdicts, item_21):
    reply = ask(question)
    assert reply["verdict"] in verdicts
    assert (21 in {c.get("item") for c in reply["citations"]}) == item_21, reply["citations"]


# "shoot someone a text" sends a message: the idiom is no threat of violence (item 5), so the channel and the audience
# decide. "Shoot" with no note after it is still read as a threat, even when a question about texting follows.
@pytest.mark.parametrize("question, verdicts", [
    ("can I shoot the 11th graders a quick email at their CPS addresses?", {"allowed"}),
    ("ok to shoot the kids in my group a message?", {"clarify"}),
    ("I'll shoot that kid. can I text that to my friend?", {"prohibited"}),
])
def test_shooting_someone_a_message_sends_it(ask, question, verdicts):
    reply = ask(question)
    assert reply["verdict"] in verdicts
    items = {c.get("item") for c in reply["citations"]}
    assert (5 in items) == ("prohibited" in verdicts), reply["citations"]


# The Exception's purpose said of a message to students (their safety during an activity) names the case the
# Exception governs, a text: the band decides, and the app is not asked about. With no purpose said, a bare
# "message" still asks which app.
@pytest.mark.parametrize("question, verdicts", [
    ("can I keep a group chat going with my 11th graders at the science fair so everyone stays safe?", {"conditional"}),
    ("want a group message with the seniors on the canoe trip so I can do headcounts, what's the rule?",
     {"conditional"}),
    ("is a group chat with my 4th graders on the zoo trip ok, just for their safety?", {"prohibited"}),
])
def test_a_safety_purpose_names_the_exceptions_texts(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# A connection request from people the question names only as people ("the folks in my workshop", "my mentee"),
# whichever of the person, the request and the platform comes first: who they are decides, so the bot asks.
@pytest.mark.parametrize("question, verdict", [
    ("can I accept facebook requests from the folks in my evening workshop?", "clarify"),
    ("can I accept instagram requests from the folks in my saturday program?", "clarify"),
    ("my mentee sent me a follow request on instagram, should I accept?", "clarify"),
    ("can I follow my favorite author on instagram?", "not_covered"),
    # a professional network is where such a connection is made too, and the people may be named by what they
    # take part in
    ("should I connect on linkedin with a guy from my night course?", "clarify"),
    ("the attendees of my weekend clinic keep adding me on facebook. accept?", "clarify"),
    # someone named only as being from the school, and a request with no site named
    ("Dominic from our school just sent me a follow request, accept it?", "clarify"),
    ("a coworker from school sent me a follow request on insta", "not_covered"),
    # someone named by a name alone: a student, a parent or a colleague
    ("is it ok to accept a facebook friend request from Devontae?", "clarify"),
    ("should I add Priya on snap? she keeps asking", "clarify"),
    # or only by the pronoun inside the connecting phrase
    ("she keeps asking me to add her on instagram, is that ok?", "clarify"),
    ("can I add him on facebook, he's my cousin", "not_covered"),
])
def test_a_request_from_people_named_only_as_people_asks_who_they_are(ask, question, verdict):
    assert ask(question)["verdict"] == verdict


# Talking "by phone" or "over the phone" is a call: to a group that may be students or colleagues, who they are
# decides, so the bot asks; to a colleague it is a call between staff.
@pytest.mark.parametrize("question, verdict", [
    ("during summer I reach my crew by phone now and then, is that a problem?", "clarify"),
    ("over break I check on my advisees by phone, fine?", "prohibited"),
    ("can I go over the schedule with the custodian over the phone?", "allowed"),
])
def test_a_talk_by_phone_is_a_call(ask, question, verdict):
    assert ask(question)["verdict"] == verdict


# Which app a message goes by is no fact the bot asks for (DESIGN.md: clarify is for an unknown audience): a message
# on no named app is answered by its strictest reading, a text, and the audience is still asked where it decides.
@pytest.mark.parametrize("question, verdicts", [
    ("can I message my department head about the budget meeting?", {"under_review"}),
    ("ok to message my seniors a reminder about the essay?", {"prohibited"}),
    ("can I message the kids in my club about tomorrow?", {"clarify"}),
])
def test_an_unnamed_app_is_answered_by_its_strictest_reading(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# A school's tech or safety group ("the tech team", "our safety crew", "the safety patrol") and monitors in the halls
# or the lunchroom are often students given the job: who they are decides, so the bot asks. The IT or tech staff, a
# bus monitor and a group said to be adults stay colleagues.
@pytest.mark.parametrize("question, verdicts", [
    ("ok to set up a group text with the tech team before the talent show?", {"clarify"}),
    ("can I whatsapp our safety crew during the carnival?", {"clarify"}),
    ("may I text the safety patrol about the new drop-off spot?", {"clarify"}),
    ("can I start a groupme with my lunch monitors?", {"clarify"}),
    ("can the tech staff and I text each other about the wifi outage?", {"under_review"}),
    ("can I text the bus monitors that route 12 is late?", {"under_review"}),
    ("my hall monitors are all adults, just staff. group text ok?", {"under_review"}),
])
def test_a_schools_tech_or_safety_group_and_its_monitors_may_be_students(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# An activity alone ("practice is cancelled", "away meets") does not say a team is the players: a coach's team may be
# the assistant coaches, and a call or one's own cell is allowed among staff, not to students. Students named as
# whose the group is ("the kids' accounts") do say it.
@pytest.mark.parametrize("question, verdicts", [
    ("can I ring my team on their cells if the game gets rained out?", {"clarify"}),
    ("ok to hand my squad my cell number for the weekend tournament?", {"clarify"}),
    ("can I phone my crew when rehearsal is cancelled?", {"clarify"}),
])
def test_an_activity_alone_does_not_make_a_team_students(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# Spanish and Polish questions name a group, a colleague or a call in their own words ("mi equipo", "la otra
# conserje", "moja ekipa", "kolega z pracy"): the audience they name decides as it does in English.
@pytest.mark.parametrize("question, verdicts", [
    ("¿Puedo textear a mi equipo que el partido se canceló?", {"clarify"}),
    ("Czy mogę napisać SMS-a do mojej ekipy, że zmiana jest przesunięta?", {"clarify"}),
    ("¿Puedo mandarle un mensaje de texto a la otra conserje sobre las llaves?", {"under_review"}),
    ("Czy mogę wysłać SMS do koleżanki z pracy, że się spóźnię?", {"under_review"}),
])
def test_spanish_and_polish_words_name_the_audience(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# A question asked in Spanish or Polish that the vocabulary reads gets the answer its English wording gets, choices
# and all, not the reply for a language the bot does not read.
@pytest.mark.parametrize("question, english", [
    ("¿Puedo mandarles mensajes de texto a mis estudiantes?", "can I text my students?"),
    ("Czy mogę zadzwonić do moich uczniów?", "can I call my students?"),
])
def test_a_question_the_vocabulary_reads_in_spanish_or_polish_is_answered_as_in_english(ask, question, english):
    reply, expected = ask(question), ask(english)
    assert (reply["verdict"], reply.get("options")) == (expected["verdict"], expected.get("options"))


# "My tutors" are a group that may be students (peer tutors) or adults: a text to them is asked about, never read as
# the asker's tutoring business.
@pytest.mark.parametrize("question, verdicts", [
    ("can I start a group text with my tutors for the reading program?", {"clarify"}),
])
def test_ones_tutors_are_a_group_that_is_asked_about(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# The asker's own role named with its field or building and opening the question ("Orchestra director.", "Dance
# coach:", "Robotics lead -") is who asks, not a colleague written to: the group named after it is still asked
# about. A role after a determiner or an owner ("My AP, ...") is someone else's.
@pytest.mark.parametrize("question, verdicts", [
    ("Orchestra director. Can I start a group text with my section leaders for the spring tour?", {"clarify"}),
    ("Dance coach: ok to text my crew the call time for the showcase?", {"clarify"}),
    ("My AP, can I text him the coverage list?", {"under_review"}),
])
def test_the_askers_own_role_opening_the_question_is_not_the_audience(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# A colleague named as the one who would write ("could my co-teacher text ...", "is it ok for the night custodian to
# call ...") is the sender, not who is written to: the people after the verb decide, and when they may be students
# or adults the bot asks. A colleague who writes to the asker, or colleagues who write to each other or among
# themselves (nobody named after the verb), stay staff.
@pytest.mark.parametrize("question, verdicts", [
    ("could my co-teacher text the squad when the van is running late?", {"clarify"}),
    ("is it ok for the night custodian to call the crew if the gym floods?", {"clarify"}),
    ("should our grounds supervisor text the summer hires about the mowing schedule?", {"clarify"}),
    ("can my co-teacher text me when she's running late?", {"under_review"}),
    ("can the librarians text each other about the book fair?", {"under_review"}),
    ("could my co-teacher text the principal about the fire drill?", {"under_review"}),
    ("can our welding instructors group chat about the tool order?", {"under_review"}),
])
def test_a_colleague_who_would_write_is_the_sender_not_the_audience(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# A role students and adults share, named as the rest of the asker's own ("the other aides", "my fellow ushers", "the
# other officers"): the asker holds it and the asker is staff, so they are colleagues and nothing is asked. The same
# role named first as someone else's ("two of my helpers ... the other helpers") is still a group to ask about.
@pytest.mark.parametrize("question, verdicts", [
    ("my cell died, can I text the other classroom aides from my husband's phone?", {"under_review"}),
    ("ok to phone my fellow tutors to swap Thursday's session?", {"allowed"}),
    ("is a signal thread with the other night guards fine for handing off keys?", {"under_review"}),
    ("two of my helpers went home sick, can I text the other helpers to cover?", {"clarify"}),
    ("can I text the officers about the bake sale table?", {"clarify", "prohibited"}),
])
def test_the_rest_of_the_askers_own_role_are_colleagues(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# The everyday bus route is no activity the Exception is for, but a text said to be for the riders' safety (a flooded
# road, an emergency on the bus) names the purpose it weighs: the riders' grade band decides, and a question that does
# not give it is asked. With no safety purpose told, the route still fails the Exception in every band.
@pytest.mark.parametrize("question, verdicts", [
    ("can I text the kids who ride my bus if the road floods, so they stay safe?", {"clarify"}),
    ("bus monitor: ok to text the riders on my route in an emergency?", {"clarify"}),
    ("driver here: can I text the 11th graders on my route if there's an emergency on the bus? parents on the thread, "
     "forms signed by parents and the principal", {"conditional"}),
    ("can I text the 3rd graders on my route about a safety issue?", {"prohibited"}),
    ("can I text the kids on my route that their stop moved?", {"prohibited"}),
])
def test_a_safety_purpose_on_the_bus_route_leaves_the_grade_band_to_decide(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# "My kids", "my girls" with nothing of school beside them may be the asker's own children as well as students: the
# channel rules address students only, so where the two readings part the bot asks, with "your own children" among
# the choices. A student word, a school role, a class, a team, an activity or a grade beside them says they are
# students, and "one of my kids" or "my kids' phones" is no group of the asker's own.
@pytest.mark.parametrize("question", [
    "is it ok to snap my girls on the weekend?",
    "can I ring my boys on their cells tonight?",
    "my kiddos want to follow my tiktok, fine?",
    # the district's device or network is where the act happens, not who the kids are
    "on my lunch break can I ring my boys from my school cell?",
    "ok to whatsapp my girls over the cps wifi while I'm on break?",
])
def test_my_kids_with_nothing_of_school_beside_them_asks_if_they_are_the_askers_own(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "clarify"
    assert "audience=own_child" in {o["choice_id"] for o in reply["options"]}
    assert ask(question, choice_id="audience=own_child")["verdict"] == "not_covered"


@pytest.mark.parametrize("question, verdicts", [
    ("2nd grade teacher: can I follow my kids on tiktok?", {"prohibited"}),
    ("can I snap my girls about volleyball practice?", {"prohibited"}),
    ("one of my kids wants to dm me on instagram, ok?", {"prohibited"}),
    ("can I ring my kids' cells when they skip tutoring?", {"prohibited"}),
    ("my own kids want to follow me on tiktok, problem?", {"not_covered"}),
])
def test_my_kids_said_with_school_beside_them_are_students_and_not_asked_about(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# A group word that does not settle whether the people are students or staff asks, on a channel whose verdict
# differs for students: techs named by a student activity (a show's, a drumline's, a robotics pit's), and a "build
# team" or "build crew" (a robot's, a set's, a float's). The district's own techs, named by their area, and a
# colleague named by role stay colleagues.
@pytest.mark.parametrize("question, verdicts", [
    ("can I ring my robotics techs on their cells tonight?", {"clarify"}),
    ("the theater techs didn't show for strike, ok to call their cells?", {"clarify"}),
    ("Need to phone the build team about the float tomorrow, ok to use their cells?", {"clarify"}),
    ("can I call the IT techs about the projector?", {"allowed"}),
    ("can I call my co-teacher tonight?", {"allowed"}),
    ("can our network technicians use signal to coordinate repairs?", {"under_review"}),
])
def test_a_group_word_that_does_not_settle_who_asks(check_answer, question, verdicts):
    check_answer(question, verdicts, set())


# A colleague said to want, plan or ask to write ("the debate coach wants to text the squad", "our art teacher asked
# if she can snap her group") is who would write, as in "can my para text the group": the people after the verb
# decide, and a group that may be students is asked about. The colleague who wants to write to the asker, to a
# colleague, or to the parents keeps those as the other end.
@pytest.mark.parametrize("question, verdicts", [
    ("the debate coach wants to text the squad about the bus to regionals, ok?", {"clarify"}),
    ("our garden club advisor would like to call the volunteers on their cells about Saturday's planting", {"clarify"}),
    ("my co-sponsor is planning to message the crew about strike night. fine?", {"clarify"}),
    ("the assistant principal wants to text me about the schedule change", {"under_review"}),
    ("our dean would like to call the counselors about the assembly", {"allowed"}),
    ("the band director wants to text the principal about the bus", {"under_review"}),
])
def test_a_colleague_who_wants_to_write_is_the_sender_not_the_audience(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# Parents on the thread and their written permission are the Exception's conditions, which exist only for a students'
# thread: a staff role named beside them (who sets it up, who signed) is not who is written to, so the students'
# grade band decides and is asked when unsaid. A colleague written to, or a band named, is not asked about.
@pytest.mark.parametrize("question, verdicts", [
    ("The librarian wants a group text for the book fair trip. Moms and dads on it, forms returned.", {"clarify"}),
    ("As the sponsor I'd set up a group chat for the regatta, the parents included and the permission slips signed by "
     "parents and the AP. Ok?", {"clarify"}),
    ("As the sponsor I'd set up a group chat for the regatta with my 11th graders, the parents included and the "
     "permission slips signed by parents and the AP, for safety. Ok?", {"conditional"}),
    ("can I text my co-teacher about the trip? parents are on the class thread and the forms are signed",
     {"under_review"}),
])
def test_the_exceptions_parent_conditions_name_a_students_thread(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# Parents who join besides the people written to ("the parents want in too", "families can be added as well") are on
# the thread, not its only party: a group beside them at an activity is the students, whose band decides. Parents
# alone are a parents' thread.
@pytest.mark.parametrize("question, verdicts", [
    ("can I set up a group chat with my robotics squad for the qualifier? the parents want in too", {"clarify"}),
    ("ok to make a WhatsApp for my chess team for the tournament, families can be added as well?", {"clarify"}),
    ("can I start a group text with the parents of my class?", {"not_covered"}),
])
def test_parents_joining_too_are_on_the_thread_beside_the_group(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# The asker's own phone carries no answer about who is written to when the people are a school activity's ("text the
# orchestra members from my own phone on the tour"): they may be its students, so who they are is asked. The same
# phone with nobody of a school activity named, or the asker's own family, is the asker's own affair.
@pytest.mark.parametrize("question, verdicts", [
    ("the orchestra is touring next week. can I text the orchestra members from my own cell while we travel?",
     {"clarify"}),
    ("can I make a group chat on my personal phone with everybody going to the mock trial competition?", {"clarify"}),
    ("can I use my personal phone to check the weather during recess?", {"not_covered"}),
    ("can I text my husband from my own phone during the tournament?", {"not_covered"}),
])
def test_a_school_activitys_people_texted_from_a_personal_phone_are_asked_about(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# Parents on the thread beside people the question names only as them ("the participants", "the members", "them and
# their parents"), for the safety the Exception weighs, are a students' thread's parents: the band decides. Parents
# written to for safety are parents, and a group named beside them is asked about as a group.
@pytest.mark.parametrize("question, verdicts", [
    ("ok to text the participants during the canoe outing so nobody gets lost? their parents would be copied",
     {"clarify"}),
    ("my caseload goes bowling friday, can I group text them with their moms and dads in case of an emergency?",
     {"clarify"}),
    ("can I text the parents about a safety issue at pickup?", {"not_covered"}),
    ("can I group text my helpers and their parents so I know everyone gets home safe?", {"clarify"}),
])
def test_parents_copied_for_safety_beside_unnamed_people_make_a_students_thread(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# A colleague the question is put for ("my AP told me to ask", "asking for a colleague", "question on behalf of our
# librarian") wants the answer and is not written to: the people after the verb of writing decide, and a group that
# may be students is asked about. A colleague who is written to ("... if I can text her the list"), or the only
# people named, are still colleagues.
@pytest.mark.parametrize("question, verdicts", [
    ("my department chair told me to ask: is it ok to text the members about the museum visit?", {"clarify"}),
    ("asking on behalf of our librarian - can she WhatsApp her volunteers about the book swap?", {"clarify"}),
    ("the dean asked me to check whether I can group text my squad before the meet", {"clarify"}),
    ("my AP told me to ask: can I text the school nurse about the drill schedule?", {"under_review"}),
    ("asking for a coworker: can she text the other paras about lunch coverage?", {"under_review"}),
    ("my grade partner was wondering if I could text her the field trip list", {"under_review"}),
    ("the dean wants to know if I can call him after the game", {"allowed"}),
])
def test_a_colleague_the_question_is_put_for_is_not_who_is_written_to(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# A colleague's own group ("her team", "his crew", "their club") is as open as the asker's: it may be the students she
# coaches or the staff she leads, and the verdict differs, so the bot asks. Her own children or a colleague named stay
# definite.
@pytest.mark.parametrize("question, verdicts", [
    ("can she add her squad on instagram once the season wraps up?", {"clarify"}),
    ("is it alright if he follows his crew on tiktok after the season?", {"clarify"}),
    ("can she text her co-teacher about the rubric?", {"under_review"}),
])
def test_a_colleagues_own_group_is_asked_about_like_the_askers(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# A role word used as a verb ("the kids I coach", "he tutors too", "I'm chaperoning the trip", "my mentoring circle")
# names what someone does, not a colleague: the people written to decide, and whether they are students is asked. A
# coach named as a colleague ("the swim coach", "our assistant coach") is still one.
@pytest.mark.parametrize("question, verdicts", [
    ("is texting the runners I coach ok before the relay?", {"clarify"}),
    ("can I text the girls we coach in volleyball about the bus?", {"clarify"}),
    ("I'm chaperoning the science fair trip. can my group text me when they finish judging?", {"clarify"}),
    ("our new hire wants a signal chat with 'the squad' for saturday, he coaches too so who knows which", {"clarify"}),
    ("can I text the assistant coach about the bus?", {"under_review"}),
])
def test_a_role_word_after_a_pronoun_is_what_the_asker_does(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# An injury a message is for ("in case anyone gets hurt", "if a kid is injured") is the safety the Exception weighs,
# not someone hurting a person (item 5): with the Exception's conditions told, the grade band decides and is asked.
# Hurting someone is still item 5.
@pytest.mark.parametrize("question, verdicts", [
    ("group text with the debate squad at nationals in case somebody gets injured? forms signed, parents on it",
     {"clarify"}),
    ("I want to text my volunteers in case one is hurt on the hike. parents are on the chat and signed the forms",
     {"clarify"}),
    ("can I text my coworker that I'll hurt him if he parks there again?", {"prohibited"}),
])
def test_an_injury_feared_is_the_messages_safety_purpose_not_harm(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# Whoever is let or allowed to write, or puts people on a thread, is the sender ("my last district let coaches text the
# squad", "can my sub add the club to a chat"), as after "can my para ...": the people written to decide. The asker's
# role said "as the ..." or "I'm their ..." is who asks, not who is written to.
@pytest.mark.parametrize("question, verdicts", [
    ("my last district let coaches text the squad directly. same here?", {"clarify"}),
    ("can my sub add the robotics club to a signal chat for the expo?", {"clarify"}),
    ("our aides would like to invite the squad to a WhatsApp for game day", {"clarify"}),
    ("can my co-teacher add me to the grade team's signal chat?", {"under_review"}),
    ("as the yearbook adviser, is a group chat with my crew ok for deadline week?", {"clarify"}),
    ("can the volunteers from the reading program call me? I'm their coordinator", {"clarify"}),
    ("my last district let teachers text the principal directly. same here?", {"under_review"}),
    ("as the head custodian, can I text the other custodians about the boiler?", {"under_review"}),
])
def test_who_is_let_to_write_or_holds_a_role_for_them_is_not_written_to(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


# An audience nobody named whose every case gets the same verdict is not asked about; the answer rests on each
# case's rule, so it cites them all and says its one-word answer once
@pytest.mark.parametrize("question", [
    "can I email my debate club from my cps account?",
    "ok to email my team the practice times from my cps account?",
])
def test_an_open_audience_with_one_verdict_cites_each_cases_rule(ask, sections_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "allowed"
    assert {"Staff to Staff Mobile Device Communication",
            "Staff to Student Mobile Device Communications"} <= sections_cited(reply)
    assert reply["answer"].count("Yes.") == 1
