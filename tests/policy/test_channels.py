"""Staff to Student Mobile Device Communications: district email and the group app on district accounts are the
acceptable channels to students; personal email, calls and messages to a student's phone are prohibited. A channel
the asker rules out is not the channel of the question: "I don't text them, I email their CPS accounts" is about
email."""
from __future__ import annotations

import pytest

# Questions and the answers they must get: (question, accepted verdicts, accepted citations). A citation is a
# section key or an item number (conftest.SECTION_KEYS); the answer must cite one of them unless it is
# not_covered, and an empty set accepts any citation. New cases go in these tables.

# District email and the group app on district accounts: the policy's acceptable channels to students.
DISTRICT_CHANNELS_TO_STUDENTS = [
    ("Is it ok to email a 7th grader at her cps.edu address about missing work?", {"allowed"}, {"mobile"}),
    ("can i send an email to my students' school accounts with the study guide", {"allowed"}, {"mobile"}),
    ("can i emial my 3rd graders on there cps acount", {"allowed"}, {"mobile"}),
    ("Can I use Google Chat with my 8th graders from my CPS account?", {"allowed"}, {"mobile"}),
    ("can i reach my 11th graders on google hangouts with my work account", {"allowed"}, {"mobile"}),
    ("Is it okay to send an email to a 1st grader's school email account?", {"allowed"}, {"mobile"}),
    ("can i emial my 5th grade class thru there cps acounts", {"allowed"}, set()),
    ("Is it ok to email a student at their @cps.edu address over the weekend?", {"allowed"}, set()),
    ("Can I send homework to my 3rd graders' CPS emails?", {"allowed"}, set()),
    ("Can I use Google Chat from my CPS login to answer my 10th graders' questions?", {"allowed"}, set()),
    ("Can I message my students on Hangouts if we're both on CPS accounts?", {"allowed"}, set()),
    ("is it ok to email my little ones at their cps emails", {"allowed"}, set()),
    ("Can I chat with my 4th graders on Google Chat from my cps account?", {"allowed"}, set()),
    ("Can I reach out to a student over email?", {"allowed"}, set()),
    ("Email to students' CPS accounts: fine?", {"allowed"}, set()),
    ("can I email my 12th graders' cps emails about senior dues?", {"allowed"}, {"mobile"}),
    ("As a para, am I allowed to email kids at their school gmail addresses?", {"allowed"}, {"mobile"}),
    ("can I email my 9th graders' cps accounts to remind them about the test?", {"allowed"}, {"mobile"}),
    ("can i google chat my 2nd graders from my cps account about reading logs", {"allowed"}, {"mobile"}),
    ("Could I message my 4th graders on Google Chat from my cps account?", {"allowed"}, {"mobile"}),
    ("Dear AUP bot, I have been teaching 20 years and I would like to know whether I am permitted to send an email to my 6th grade students' CPS accounts with a reading list. Thank you.", {"allowed"}, {"mobile"}),
    ("Librarian here: can I email overdue notices to students' CPS accounts?", {"allowed"}, {"mobile"}),
    ("can i message my ninth grade advisory on google chat from my cps account", {"allowed"}, {"mobile"}),
    ("ok 2 email my kids at there cps emails?? 5th grade", {"allowed"}, {"mobile"}),
    ("Is there any rule against emailing my students at their school address on the weekend?", {"allowed"}, {"mobile"}),
    ("Can I mandar un email a mis estudiantes de 8th grade a su cuenta de CPS?", {"allowed"}, {"mobile"}),
    ("puedo mandar un email a mis estudiantes de 9no grado a su cps email?", {"allowed"}, {"mobile"}),
    ("puedo mandar email a mis estudiantes a su cps email?", {"allowed"}, {"mobile"}),
    ("can I send my 4th graders a reminder through their cps email accounts?", {"allowed"}, {"mobile"}),
    ("Most of the field trip forms are in; can I email my 8th graders' CPS accounts a reminder to bring theirs?", {"allowed"}, set()),
    ("Can I email a 9th grader at his CPS account to let him know his lost calculator is in the main office?", {"allowed"}, {"mobile"}),
    ("Can I email my students at their CPS addresses about the book fair sale?", {"allowed"}, set()),
    ("Band director: can I email my students at their CPS accounts about the concert call time?", {"allowed"}, set()),
    ("Can I email my homeroom's CPS accounts a reminder to bring snacks for the party?", {"allowed"}, set()),
    ("Counselor: can I email a student at her CPS account to ask if she wants to join the college visit trip?", {"allowed"}, set()),
    ("can i email my 10th graders at their cps accounts to remind them to bring their permission forms back?", {"allowed"}, set()),
    ("Can I email my 8th graders at their cps.edu address about the field trip?", {"allowed"}, {"mobile"}),
    # a channel said to be barred is the contrast: the one asked about is the district's
    ("I'm not allowed to text my 6th graders, so can I email their CPS accounts about the field trip instead?", {"allowed"}, {"mobile"}),
    ("we can't text the kids - is Google Chat from my cps account to theirs fine for rehearsal times?", {"allowed"}, {"mobile"}),
    ("since texting students is a no-go, would an email to their student accounts from my work email be ok?", {"allowed"}, {"mobile"}),
    # "the district accounts" named as the means is no claim to act for the district
    ("can I chat with my 6th graders through the district accounts on google chat?", {"allowed"}, {"mobile"}),
    # English-learner programs name their new arrivals "newcomers": students
    ("I email my newcomers reading practice at their CPS inboxes, ok?", {"allowed"}, {"mobile"}),
]

# Personal email, calls and messages to a student's phone: prohibited.
OTHER_CHANNELS_TO_STUDENTS = [
    ("One of my sophomores asked me to email him at his yahoo account instead, can I?", {"prohibited"}, {"mobile"}),
    # a student's personal mailbox is prohibited whatever the band and whatever broke on the district side
    ("a kid's school login is locked out, can I send him the worksheet at his hotmail till it's reset?", {"prohibited"}, {"mobile"}),
    ("my student can't get into her cps inbox so she gave me her icloud email, can I just use that?", {"prohibited"}, {"mobile"}),
    ("the student portal is down, ok to email the homework to a student's personal gmail today?", {"prohibited"}, {"mobile"}),
    ("is emailing a kid at their personal email ok if the parent asked?", {"prohibited"}, {"mobile"}),
    ("can I message students on google hangouts using my personal gmail?", {"prohibited"}, {"mobile"}),
    ("Can I call a student on her cell phone to check why she missed class?", {"prohibited"}, {"mobile"}),
    ("is it ok to facetime a student who is home sick?", {"prohibited"}, {"mobile"}),
    ("Can I call my kindergarteners' cell phones?", {"prohibited"}, set()),
    ("Can I email a junior at her hotmail address?", {"prohibited"}, set()),
    ("Can I use Microsoft Teams chat with my students from my personal Microsoft account?", {"prohibited"}, set()),
    ("Can I use Hangouts from my personal google account to chat with students?", {"prohibited"}, set()),
    ("Can I email my students' personal emails if the school email is down?", {"prohibited"}, set()),
    ("Can I call students from my personal cell?", {"prohibited"}, set()),
    # no app named: what the asker sends the students from their own phone or computer travels as a text
    ("ok to get the lab reminders out to my students on my personal phone", {"prohibited"}, {"mobile"}),
    ("ok to push the quiz reminders to my juniors on my personal cell", {"prohibited"}, {"mobile"}),
    ("is it alright to send the field trip schedule to my 7th graders from my personal laptop?", {"prohibited"},
     {"mobile"}),
    ("Can I call my 2nd grader's cell phone?", {"prohibited"}, set()),
    ("Can I call my students?", {"prohibited"}, set()),
    ("Can I email a student's personal Gmail account?", {"prohibited"}, set()),
    ("can I facetime one of my seniors who's home sick to catch her up?", {"prohibited"}, set()),
    ("Can I give a student my personal email so she can send me her essay?", {"prohibited"}, set()),
    ("a parent asked me to send her son's grades to his personal gmail (he's a senior). allowed?", {"prohibited"}, {"mobile"}),
    ("Is it okay to message a 4th grader on Google Chat using my personal Google account?", {"prohibited"}, {"mobile"}),
    ("Can I leave a voicemail on a 7th grader's cell about her missing homework?", {"prohibited"}, {"mobile"}),
    ("a mom asked me to email her daughter's personal yahoo with the homework. her daughter is a junior. can I?", {"prohibited"}, {"mobile"}),
    ("A grandparent wants me to send assignments to the kid's hotmail instead of the school account. ok?", {"prohibited"}, {"mobile"}),
    ("A mom wants me to send her son's report to his personal icloud email. He's in 9th. Can I?", {"prohibited"}, {"mobile"}),
    ("can i ring a 12th grader's cell to check why she missed the SAT?", {"prohibited"}, {"mobile"}),
    ("am I allowed to use my personal gmail to email my 11th graders' cps accounts?", {"prohibited"}, {"mobile"}),
    ("Can I FaceTime a sophomore who's home sick to go over the lab?", {"prohibited"}, {"mobile"}),
    ("can a coach call a player's cell phone the night before a game?", {"prohibited"}, {"mobile"}),
    ("can i message my ninth grade advisory on google chat from my personal gmail", {"prohibited"}, {"mobile"}),
    ("my AP asked me to stop emailing students from my gmail. is she right?", {"prohibited"}, {"mobile"}),
    ("puedo llamar al celular de un estudiante de 8vo grado?", {"prohibited"}, {"mobile"}),
    ("is it ok to ring a 7th grader's cell to check why she was absent?", {"prohibited"}, {"mobile"}),
    ("can I email a sophomore from my yahoo account?", {"prohibited"}, {"mobile"}),
]

# Questions whose wording admits more than one verdict (for example an acceptable channel with conditions).
STUDENT_CHANNELS_WITH_SEVERAL_READINGS = [
    ("Is Hangouts ok for talking to my students?", {"clarify", "conditional", "allowed"}, {"mobile"}),
    ("Is Remind ok for sending my 2nd graders' families homework reminders?", {"conditional", "not_covered"}, {"mobile"}),
    ("Can I use my cps gmail to message my students in Google Chat?", {"conditional", "allowed"}, {"mobile"}),
    ("Can I use Hangouts with students from home?", {"clarify", "conditional", "allowed"}, set()),
    ("Can I email my students?", {"conditional", "allowed"}, set()),
    ("Can I message my class on Google Classroom?", {"conditional", "allowed"}, set()),
    ("Can I message students in Canvas?", {"conditional", "allowed"}, set()),
    ("Is it ok to message my 7th graders through Schoology?", {"conditional", "allowed"}, set()),
    ("Can I comment on my students' work in Google Classroom?", {"conditional", "allowed"}, set()),
    ("Can I use Google Classroom to post assignments?", {"conditional", "allowed"}, set()),
    ("Is calling a high school student on her cell ok if it's an emergency on a field trip?", {"prohibited", "conditional"}, set()),
    ("is email to students okay?", {"conditional", "allowed"}, set()),
    ("Can I use Google Hangouts to talk to my students?", {"clarify", "conditional", "allowed"}, set()),
    ("Can I call students' home landlines to check on attendance?", {"prohibited", "not_covered"}, set()),
    ("Can I email my students' CPS accounts a link to the district-approved quiz site?", {"conditional", "allowed"}, {"mobile"}),
]


@pytest.mark.parametrize("question, verdicts, cites", DISTRICT_CHANNELS_TO_STUDENTS)
def test_district_email_and_the_group_app_to_students_are_allowed(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", OTHER_CHANNELS_TO_STUDENTS)
def test_a_student_reached_on_a_personal_channel_or_phone_is_prohibited(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", STUDENT_CHANNELS_WITH_SEVERAL_READINGS)
def test_a_student_channel_question_gets_one_of_its_accepted_verdicts(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question", [
    "i don't text my 10th graders, I only email their cps accounts. that's fine right?",
    "we don't dm students, we use cps email to their student accounts for reminders, ok?",
])
def test_a_channel_the_asker_says_they_do_not_use_is_not_read(ask, question):
    assert ask(question)["verdict"] == "allowed"


def test_ones_own_short_named_social_account_given_to_a_student_is_personal_social_media(ask):
    reply = ask("a junior asked for my insta so she can dm me about the play, can I give it to her?")
    assert reply["verdict"] == "prohibited"
    assert "Staff to Student Social Media Communications" in {c["section"] for c in reply["citations"]}


def test_a_class_account_whose_approval_was_never_renewed_is_prohibited(ask, situation):
    question = "our class facebook page got approved two years ago and never renewed, still fine to use?"
    assert "lapsed" in situation(question).facts
    assert ask(question)["verdict"] == "prohibited"


# The CPS account read in the Gmail app on one's own phone is district email: the account decides, not the phone
# (the Special Note on business records is about texts and calls). A personal mailbox named stays personal email.
DISTRICT_ACCOUNT_ON_A_PERSONAL_PHONE = [
    ("I read my CPS email on my own phone. Can I answer a student's email from there?", {"allowed"}, {"mobile"}),
    ("ok to answer a coworker's email using the gmail app on my personal phone, logged into my cps account?",
     {"allowed"}, {"staff"}),
    ("my cps account is on my cell in the gmail app - can I write back to my 9th grader who asked about the "
     "quiz?", {"allowed"}, {"mobile"}),
    # the other end named as someone's district mailbox is no personal mailbox
    ("from my cps login in the gmail app on my own phone I message my grade-level partners at their cps addresses. "
     "fine?", {"allowed"}, {"staff"}),
    ("signed into my cps account in the Gmail app on my cell, can I answer the ESL teachers at their CPS emails?",
     {"allowed"}, {"staff"}),
    ("the gmail app on my iphone has my cps account. ok to send my co-teacher's cps email the seating chart?",
     {"allowed"}, {"staff"}),
    # the asker's own login named as the means is no session left open, and "signed in" no signature
    ("messaging my 8th graders in google chat from my cell, still signed in with my cps account - allowed?",
     {"allowed"}, {"mobile"}),
]
A_PERSONAL_MAILBOX_NAMED_STAYS_PERSONAL = [
    ("can I tell my students to email me at my gmail when the cps email is down?", {"prohibited"}, {"mobile"}),
    ("a sophomore's school email keeps bouncing so she gave me her yahoo, can I send the study guide there?",
     {"prohibited"}, {"mobile"}),
    ("my junior can't get into her cps email so she sent me her gmail from it. on the gmail app with my cps account, "
     "can I mail her the rubric at her gmail?", {"prohibited"}, {"mobile"}),
    # the receiving end a student's CPS account, the sending end the asker's personal one: still personal email
    ("can I email my students at their cps accounts from my personal account", {"prohibited"}, {"mobile"}),
    ("ok to send the 7th graders' school emails the study guide from my personal account tonight?", {"prohibited"},
     {"mobile"}),
    ("from my personal account can I reply to a junior who emailed me from her student account", {"prohibited"},
     {"mobile"}),
]


@pytest.mark.parametrize("question, verdicts, cites", DISTRICT_ACCOUNT_ON_A_PERSONAL_PHONE)
def test_the_district_account_in_an_app_on_ones_own_phone_is_district_email(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", A_PERSONAL_MAILBOX_NAMED_STAYS_PERSONAL)
def test_a_personal_mailbox_named_beside_the_district_one_stays_personal_email(check_answer, question, verdicts,
                                                                               cites):
    check_answer(question, verdicts, cites)


# The channel's two ends (DESIGN.md): a message whose receiving end is named as the one written to's district
# account or mailbox ("their school accounts", "a kid's cps email", "students' district logins") travels by CPS
# email or the CPS group app, whatever app word the question used; the chat of a district meeting tool on a district
# account is the group app.
DISTRICT_ENDS = [
    ("I drop reading reminders to my 5th graders on their school google accounts from my work account. ok?",
     {"allowed"}, {"mobile"}),
    pytest.param("answering a sophomore's question sent to me, from my cps login to her cps.edu inbox - fine?",
                 {"allowed"}, {"mobile"}, marks=pytest.mark.xfail(
                     strict=True, reason="'login' named as the sender's account reads as a credential (item 25)")),
    ("during Meet office hours on my district account I use the chat to answer my juniors. ok?", {"allowed"},
     {"mobile"}),
    ("sending the permission slip link to each 2nd grader's school email", {"allowed"}, {"mobile"}),
]


@pytest.mark.parametrize("question, verdicts, cites", DISTRICT_ENDS)
def test_a_message_to_a_district_account_travels_on_a_district_channel(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# Whose district login is used: the pronoun agrees with the verb's subject. Someone on their own login is no other
# user's account (item 9 dropped); the asker in someone else's keeps item 9.
OWN_LOGINS = [
    pytest.param("can my para use her cps account to google chat my 9th graders' cps accounts the link?",
                 {"allowed"}, {"mobile"}, marks=pytest.mark.xfail(
                     strict=True, reason="the sender named by role wins the audience table: read as staff to staff")),
    ("my 11th graders are signed into their school accounts and I message them in google chat from mine. ok?",
     {"allowed"}, {"mobile"}),
    ("is it ok if a student teacher uses his district account to email my seniors' cps emails?", {"allowed"},
     {"mobile"}),
]
OTHERS_LOGINS = [
    ("can I use her cps account to email the parents since mine is locked?", {"prohibited"}, {9}),
    ("can I sign into their school accounts to turn in the missing work for them?", {"prohibited"}, {9}),
    ("I log into his district account to post his grades when he's out. fine?", {"prohibited"}, {9}),
    # a colleague named by a role of several words, or by the office or cubicle shared, owns what is written after
    # the 's ("my office-mate's login", "the grade level chair's account")
    ("my badge reader is broken, ok to borrow my office-mate's login for the purchasing portal this week?",
     {"prohibited"}, {9}),
    ("can I use the grade level chair's account to post the team's lesson plans while she's at a workshop?",
     {"prohibited"}, {9}),
]


@pytest.mark.parametrize("question, verdicts, cites", OWN_LOGINS)
def test_each_on_their_own_district_login_is_no_other_users_account(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", OTHERS_LOGINS)
def test_the_asker_in_someone_elses_district_login_is_item_9(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# The question's kind: asked for the list of acceptable ways to reach students (not permission for one act), the
# answer is the section's Acceptable lines; asked how to text students, the bulk notification system's conditions. A
# channel the asker says is barred is not the one asked about. One-to-one texts and an item named beside stay theirs.
ASKS_FOR_THE_LIST_OF_STUDENT_CHANNELS = [
    ("Which methods of contacting pupils are okay under the AUP?", {"allowed"}, {"mobile"}),
    ("what options does a teacher have for communicating with 3rd graders?", {"allowed"}, {"mobile"}),
    ("how are we supposed to reach our students outside of school hours?", {"allowed"}, {"mobile"}),
    ("is there an approved way at all to talk to my juniors after class?", {"allowed"}, {"mobile"}),
    ("since I can't call my seniors, what other ways can I reach them?", {"allowed"}, {"mobile"}),
    ("what's the approved method for sending text alerts to our students' cells?", {"conditional"}, {"mobile"}),
    ("what's the best way to text my 8th grader one on one?", {"prohibited"}, {"mobile"}),
    ("which channels can I use to send my students my campaign flyer for alderman?", {"prohibited"}, {22}),
]


@pytest.mark.parametrize("question, verdicts, cites", ASKS_FOR_THE_LIST_OF_STUDENT_CHANNELS)
def test_a_question_asking_for_the_acceptable_ways_gets_the_sections_list(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# Whose information reaches whom: the teacher's class material (work set, reminders, schedules, media showing no
# student or only the teacher) sent to the students' own district accounts reaches nobody who should not have it;
# other students' records or pictures of the class stay a disclosure.
CLASS_MATERIAL_TO_STUDENTS_OWN_ACCOUNTS = [
    ("can I email my 6th graders a recording of me explaining fractions at their cps accounts?", {"allowed"},
     {"mobile"}),
    ("I google chat my 10th graders from my cps account to remind them of the essay deadline. fine?", {"allowed"},
     {"mobile"}),
    ("art teacher: ok to send a photo of the classroom mural (no students in it) to my 4th graders' school emails?",
     {"allowed"}, {"mobile"}),
    ("can I email each of my players' district accounts the practice plan for Saturday?", {"allowed"}, {"mobile"}),
    # the channel named first, the students' own district accounts after it
    ("each monday I send an email to my 3rd graders' school accounts with the spelling list. ok?", {"allowed"},
     {"mobile"}),
    # a list named by what it lists (books, supplies) sent to one student lists no other students, and reading it
    # is no looking through anyone's mail
    ("is it fine to send the supply list to a student's school email over the break?", {"allowed"}, {"mobile"}),
    # how often they write ("all the time") is no one's information sent
    ("my 9th graders email my cps address all the time, fine to write back from it?", {"allowed"}, {"mobile"}),
    ("ok to email the summer reading list to a kid's district email?", {"allowed"}, {"mobile"}),
]
OTHERS_INFORMATION_TO_STUDENTS = [
    ("can I email my 7th graders' cps accounts a spreadsheet with everyone's test scores?", {"prohibited"}, {16, 17}),
    ("can I send a student's IEP to his classmates through google chat?", {"prohibited"}, {16, 17}),
    ("can I email my students' cps accounts the class photo from the field trip?", {"conditional", "prohibited"},
     {16}),
    # a list of which students are what, sent to one student: other students' information
    ("ok to email a 10th grader a list of which kids failed the midterm?", {"prohibited"}, {16}),
    ("can I send one of my juniors the roster of who got into AP bio, on google chat from my cps account?",
     {"prohibited"}, {16}),
]


# The ends of a send (issue 10): the student's own district account written to, and the asker's own district login
# written from, are where a message goes, not what it carries: "a student's school login" is not a login handed
# over (item 9), "their student email accounts" is not student data (item 16). What is sent keeps its items.
ENDS_ARE_NOT_CONTENT = [
    ("health teacher: can I send the nutrition unit slides from my cps login to my 8th graders' school logins?",
     {"allowed"}, {"mobile"}),
    ("can I message a 5th grader's district google account from mine to remind her the library books are due?",
     {"allowed"}, {"mobile"}),
    ("I want to mail the robotics parts list via each team member's student email account from my work login. ok?",
     {"allowed"}, {"mobile"}),
    ("ok to send the band's concert recording to their student email accounts?", {"allowed"}, {"mobile"}),
]
WHAT_IS_SENT_KEEPS_ITS_ITEMS = [
    pytest.param("can I send a list of which kids have IEPs to the 7th graders' cps accounts?", {"prohibited"},
                 {16, 17}, marks=pytest.mark.xfail(strict=True, reason=(
                     "items 15-17 and 36 are read, but other students' information going to students is not read "
                     "as failing their authorization (others_info beside student_recipient): conditional"))),
    ("can I email my cps login and password to a student so he can enter grades for me?", {"prohibited"}, {9, 25}),
    ("ok to forward the class grade report from my cps account to my gmail?", {"prohibited"}, {16, 26}),
    ("can I google chat a 10th grader from my cps account that she looks really pretty today?", {"prohibited"},
     {29}),
]


# What the verb of writing takes as its object is what is sent when a recipient follows it ("text a kid's cps login
# to his mom"); an end after "from" that is someone else's account, the asker sending, is another user's account.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("ok to email a sophomore's school login to her dad so he can check her grades?", {"prohibited"}, {9, 25}),
    pytest.param("can I message the 3rd grader's cps password to his grandma?", {"prohibited"}, {9, 25},
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'message ... password to' a relative is read as writing to a parent: no item 25 frame reads "
                     "a password sent on with 'message' as its verb"))),
    ("my email is locked, can I write to my 6th graders from the co-teacher's cps account?", {"prohibited"}, {9}),
    ("can I chat my advisory from the counselor's district account while she's out?", {"prohibited"}, {9}),
])
def test_a_login_sent_on_or_anothers_account_sent_from_keeps_its_items(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", ENDS_ARE_NOT_CONTENT)
def test_the_district_accounts_a_message_goes_between_are_not_what_it_carries(check_answer, question, verdicts,
                                                                               cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", WHAT_IS_SENT_KEEPS_ITS_ITEMS)
def test_what_is_sent_between_district_accounts_keeps_its_items(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, end", [
    ("can I email the agenda to their school email accounts?", "their school email accounts"),
    ("I chat my advisees from my cps login every friday", "my cps login"),
    ("can I email a student's school account the link?", "a student's school account"),
    ("can I send the notes to my gmail?", None),                     # a personal mailbox is no end
    ("can I log into her school account to send the essay?", None),  # an account entered, not written to
    ("can I send my login to a student?", None),                     # what is sent
])
def test_the_ends_of_a_send_are_read_as_spans(reading, question, end):
    r = reading(question)
    spans = [question.lower()[r.tokens[a].start:r.tokens[b - 1].end] for a, b in r.send_ends]
    assert spans == ([end] if end else []), spans


# The ends name the channel and the account where no app word does: a student's district address is CPS email (or
# the group app), the asker's own district address is the district account.
@pytest.mark.parametrize("question, channel, account", [
    ("ok if I send my tutoring group their practice sets at their @cps student address each week?", "district_email",
     None),
    ("messages from my @cps.edu to a 6th grader's school account about the makeup quiz, fine?", "group_app",
     "district"),
    ("I pass the lab rubric along to each of my chem kids at their cps.edu inboxes - that's ok right", "district_email",
     None),
])
def test_the_ends_of_a_send_name_its_channel_and_account(situation, question, channel, account):
    s = situation(question)
    assert (s.channel, s.account) == (channel, account)


# A verb whose object goes to a student's district address is a verb of sending, whatever else its word may mean;
# a mail app named on the asker's own district account is the district's mail; a student's own books of work are
# the student's own work.
@pytest.mark.parametrize("question", [
    "can I shoot the vocab quiz answers key... no wait, just the blank quiz, to each kid's school email from mine?",
    "ok to toss the field day schedule over to my 2nd graders' cps emails?",
    pytest.param("I use Outlook on my cps account to send every advisee their own planner check. fine?",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'every advisee' names no audience the patterns read, and only the sender's own district account "
                     "is named: the other end is not assumed to be the student's district account"))),
    "can I email a 6th grader's school account a photo of her lab notebook page so she can finish at home?",
])
def test_a_send_to_a_students_own_district_address_in_everyday_words_is_allowed(check_answer, question):
    check_answer(question, {"allowed"}, {"mobile"})


# A "home address" is where someone lives, information sent, not a mailbox: the send keeps the channel it names.
# "Home" names a personal mailbox only beside "email".
@pytest.mark.parametrize("question, channel", [
    ("can I email the bus coordinator the home addresses of my field trip kids from my cps account?", "district_email"),
    ("ok to send my team the new student's home address through the district email?", "district_email"),
    ("can I send the permission form to a parent's home email address?", "personal_email"),
])
def test_a_home_address_sent_is_information_not_a_mailbox(situation, question, channel):
    assert situation(question).channel == channel


# A student's work sent back to that student ("a 9th grader's essay ... to his school email"): the possessive
# names the recipient's own work, not another's information; the same work sent to someone else's address stays
# another's.
@pytest.mark.parametrize("question", [
    "can I return a 9th grader's essay with comments to his school email?",
    "can I send an 8th grader's essay with my notes back to her school email?",
])
def test_a_students_own_work_sent_back_to_that_student_is_allowed(check_answer, question):
    check_answer(question, {"allowed"}, {"mobile"})


def test_a_students_work_sent_to_a_classmates_address_is_still_anothers_information(situation):
    assert "someone_elses" in situation(
        "can I email a junior's lab report to his lab partner's school account?").facts


@pytest.mark.parametrize("question", [
    "is it against policy to write back to a student who emailed me from her yahoo? I'd answer from my cps account",
    "I message my 10th graders at their gmail since they never check school mail, from my work login. ok?",
])
def test_a_students_personal_mailbox_stays_personal_whatever_account_sends(check_answer, question):
    check_answer(question, {"prohibited"}, {"mobile"})


# A mailbox named by its kind or its mail client and said to be the person's own is a personal email account: the
# district's mail runs in Outlook too, so "personal", "private" or "own" makes it personal, the client alone does not.
@pytest.mark.parametrize("question", [
    "the 6th graders keep losing their school logins, can I forward the reading packet to their private mail instead?",
    "ok to drop the science fair rubric into my junior's own outlook since he never opens the district one?",
    "a 2nd grader of mine only reads her personal inbox at home, can I mail her the spelling words there?",
])
def test_a_students_mailbox_said_to_be_personal_in_other_words_is_personal_email(check_answer, question):
    check_answer(question, {"prohibited"}, {"mobile"})


@pytest.mark.parametrize("question, channel", [
    ("can I check my 4th graders' reading logs in outlook from home?", None),
    ("is it ok to email my 8th graders from my outlook at work about the field trip?", "district_email"),
])
def test_the_mail_client_alone_is_not_a_personal_mailbox(situation, question, channel):
    assert situation(question).channel == channel


# A DM is one-to-one whatever page or server the club has: personal social media communication with a student.
@pytest.mark.parametrize("question", [
    "our high school robotics club has a discord server. is it ok for me to DM a couple of the members there?",
    "the cheer team has its own instagram; can I private message the captains from it about tryouts? (hs)",
    "is it ok to send a snap to one of the kids on my jv volleyball team to say congrats on the win?",
    pytest.param("we run a minecraft club server for 10th graders, can I direct message one of them on it about his "
                 "behavior?", marks=pytest.mark.xfail(strict=True, reason=(
                     "a game's server is not read as a social platform: the channel stays an open 'message' and "
                     "item 20 (games) is cited instead"))),
])
def test_a_direct_message_to_students_on_a_clubs_social_space_is_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {"social", "mobile"})


@pytest.mark.parametrize("question, verdicts, cites", CLASS_MATERIAL_TO_STUDENTS_OWN_ACCOUNTS)
def test_class_material_sent_to_students_own_district_accounts_is_allowed(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", OTHERS_INFORMATION_TO_STUDENTS)
def test_other_students_information_sent_to_students_stays_a_disclosure(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# The CPS group app to the students' own CPS accounts is reached from an employee's CPS account, as email to a
# student's CPS account is: the asker need not say whose account sends it. A personal account said keeps its rule;
# whose accounts they are ("everyone's CPS student accounts") is who the message goes to, not what it carries.
GROUP_APP_TO_STUDENTS_CPS_ACCOUNTS = [
    ("debate coach: could I start a google chat space with my debaters' cps student accounts for tournament "
     "logistics?", {"allowed"}, {"mobile"}),
    ("can the 5th grade team run a Google Chat room with all the kids' CPS student accounts for homework help?",
     {"allowed"}, {"mobile"}),
    ("thinking of a google chat group for my yearbook staff using everybody's cps student accounts. ok?",
     {"allowed"}, {"mobile"}),
    ("can I google chat my 10th graders' cps student accounts from my personal gmail?", {"prohibited"}, {"mobile"}),
]


@pytest.mark.parametrize("question, verdicts, cites", GROUP_APP_TO_STUDENTS_CPS_ACCOUNTS)
def test_the_group_app_to_students_cps_accounts_is_allowed_unless_a_personal_account_sends(check_answer, question,
                                                                                             verdicts, cites):
    check_answer(question, verdicts, cites)


# The CPS group app is acceptable from the employee's CPS account: the asker's own consumer mailbox named as the
# account it runs on ("my gmail", "my Yahoo-linked chat") is a personal account, whatever the app. The student's
# own gmail ("her gmail") is the address written to, not the asker's account.
@pytest.mark.parametrize("question, verdicts", [
    ("my cps login is broken so I've been using Google Chat from my gmail to answer my 10th graders. that's ok?",
     {"prohibited"}),
    ("Could I run our 11th grade study chat in Hangouts under my personal gmail for now?", {"prohibited"}),
    ("my district account expired over the summer. can I message the seniors in Google Chat through my own gmail "
     "until IT fixes it?", {"prohibited"}),
    ("should I write to my 9th grader at her cps address rather than her gmail?", {"allowed", "conditional"}),
])
def test_the_askers_own_consumer_mailbox_is_a_personal_account_for_the_group_app(check_answer, question, verdicts):
    check_answer(question, verdicts, {"mobile"})


# The district's account said some other way than "my CPS account": the app named as the district's ("the district
# hangouts", "our school's google chat": students reach it only from their district accounts), or both ends said to
# be the district's ("district-to-district", "both of us on school logins", "the accounts are all CPS ones"). A
# personal account said beside it keeps its own rule.
@pytest.mark.parametrize("question, verdicts", [
    ("is the district hangouts ok for reminding my 5th graders about the field trip?", {"allowed"}),
    ("can I ping my 10th grade lab group on our school's google chat about goggles?", {"allowed"}),
    ("google chat with a 7th grader, district-to-district, about her missing quiz. fine?", {"allowed"}),
    ("I'd message my juniors on hangouts, all of us on our cps logins. good?", {"allowed"}),
    ("messaging my 4th graders on google chat is ok right? the two accounts are both CPS", {"allowed"}),
    ("can I message my 9th graders on google chat from my personal gmail? they're all on school accounts",
     {"prohibited"}),
])
def test_the_district_account_said_of_the_app_or_of_both_ends_makes_the_group_app_allowed(check_answer, question,
                                                                                           verdicts):
    check_answer(question, verdicts, {"mobile"})


# The policy's own name for the group app ("the CPS group messaging app", "the group messaging app") is the group
# app, not a bulk text notification system, whatever "messaging app" means elsewhere
@pytest.mark.parametrize("question, channel", [
    ("can I send my 6th graders reminders in the group messaging app?", "group_app"),
    ("does the cps messaging app work for chatting with my seniors?", "group_app"),
    ("our school bought a messaging app that texts every family about closures. ok?", "bulk"),
])
def test_the_policys_group_messaging_app_is_not_a_bulk_system(situation, question, channel):
    assert situation(question).channel == channel


# "I never text students, only other teachers": the negation rules out whom the text reaches, and the contrast names
# who it does reach, so the text stays the channel; with a channel in the contrast ("only email them") the text is
# what is ruled out.
@pytest.mark.parametrize("question, channel, audience", [
    ("we never text kids, just the other bus aides. fine?", "text", "staff"),
    ("I'm not calling students, only the attendance clerk. ok?", "phone_call", "staff"),
    ("i never text my 8th graders, I only email their school accounts, ok?", "district_email", "student_k8"),
])
def test_a_contrast_naming_other_people_keeps_the_channel(situation, question, channel, audience):
    read = situation(question)
    assert (read.channel, read.audience) == (channel, audience)


# A student's own phone named as where something goes is "a student's mobile device", whatever carries it: a file
# beamed to it, a video call to it, a call placed with a verb the channel words do not spell ("telephone").
@pytest.mark.parametrize("question", [
    "could I bluetooth the lab handout onto my sophomores' phones during class",
    "is it alright to Zoom a 6th grader from my cell to his iPhone about the science fair",
    "may I telephone a fourth grader about her overdue library book",
    "ok to send an audio note to a sophomores phone about the quiz retake?",
    "can I do a video chat with a 2nd grader who is out with a broken leg, from my personal cell?",
])
def test_a_students_own_phone_reached_by_a_means_the_policy_does_not_list_is_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {"mobile"})


# The asker's own number handed to students opens texts and calls between their phones and the asker's.
@pytest.mark.parametrize("question", [
    "can I hand out my personal cell number to my third graders in case they get lost at the museum",
    "the eighth graders on my bus route want my phone number so they can tell me when they're late, ok to share it?",
    "coach told me to just give the runners my cell in case someone gets hurt at the meet (they're juniors). ok?",
])
def test_the_askers_own_number_given_to_students_is_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {"mobile"})


# Phones talked about or held for the period, a number given to adults, a handset lent for a call home or a video
# meeting from a district laptop: no student's mobile device is reached from the asker's phone.
@pytest.mark.parametrize("question", [
    "can I talk to my students about phone safety and cyberbullying",
    "can I give my cell number to the parents of my kindergarteners",
    "can I share my number with my neighbor's kids for babysitting",
    "can I hand my cell phone to a 3rd grader so he can call his mom",
    "can I Zoom with my 7th graders from my district laptop",
    "is it alright to hold on to the kids' phones until the end of the period",
])
def test_phones_talked_about_or_a_number_given_to_adults_is_not_a_students_device_reached(ask, question):
    assert ask(question)["verdict"] != "prohibited"


# The student's own district address named as where the mail goes ("emailing a first grader's CPS student email
# address") is the recipient, not contact data the message carries: the channel's yes stands. The same address
# sent on to others is what travels, and keeps its items.
@pytest.mark.parametrize("question", [
    "is writing to a second grader's cps student email address ok for a reading log reminder?",
    "ok to email my 12th grader's school email account with his makeup test time?",
])
def test_the_students_own_district_address_as_the_destination_keeps_the_yes(ask, question):
    assert ask(question)["verdict"] == "allowed"


def test_a_students_district_address_sent_on_to_others_is_not_a_yes(ask):
    assert ask("can I forward a 9th grader's cps email address to a parent who asked for it?")["verdict"] != "allowed"


# A channel its readers miss or leave unread ("they never check their email") is why the asker looks elsewhere, not
# the channel asked about: the one asked about answers.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("half my club ignores the emails, can we do a group chat on our phones instead?", {"clarify"}, set()),
    ("the 11th graders ignore the cps emails, so can I text each one on their cell?", {"prohibited"}, {"mobile"}),
])
def test_a_channel_left_unread_is_not_the_one_asked_about(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


def test_a_channel_asked_about_stays_beside_a_missed_call(check_answer):
    check_answer("I missed a call from my AP, can I call her back from my cell?", {"allowed"}, {"staff"})
