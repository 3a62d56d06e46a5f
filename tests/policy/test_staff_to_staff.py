"""Staff to Staff Mobile Device Communication: calls, district email and the group app between staff are allowed;
texts and instant messages between staff are under review. Staff named by their role (the custodial team, our
social workers, my AP) are staff."""
from __future__ import annotations

import pytest

from policy.understanding import normalize, recipients

# Questions and the answers they must get: (question, accepted verdicts, accepted citations). A citation is a
# section key or an item number (conftest.SECTION_KEYS); the answer must cite one of them unless it is
# not_covered, and an empty set accepts any citation. New cases go in these tables.

# Staff to Staff texts and instant messages: under review in the policy. Staff named by their role are staff.
TEXTS_BETWEEN_STAFF = [
    ("can I text my principal that I'm sick?", {"under_review"}, {"staff"}),
    ("Is WhatsApp ok for our department group chat?", {"under_review"}, {"staff"}),
    ("Can teachers text each other?", {"under_review"}, {"staff"}),
    ("is it against policy for staff to use GroupMe with each other?", {"under_review"}, {"staff"}),
    ("Can I text a colleague's personal cell about subbing for me?", {"under_review"}, {"staff"}),
    ("Our team of teachers wants a GroupMe. allowed?", {"under_review"}, {"staff"}),
    ("Can the lunchroom staff text each other?", {"under_review"}, {"staff"}),
    ("Is it cool to text my assistant principal if I'm stuck in traffic?", {"under_review"}, {"staff"}),
    ("Is texting between teachers allowed?", {"under_review"}, {"staff"}),
    ("My principal wants all teachers to join a WhatsApp group. Is that allowed?", {"under_review"}, {"staff"}),
    ("Can I text my department chair about a sub plan?", {"under_review"}, {"staff"}),
    ("Can I text our SECA about tomorrow?", {"under_review"}, set()),
    ("Can I text the security guard at the front desk?", {"under_review"}, set()),
    ("Is it ok to text my student teacher?", {"under_review"}, set()),
    ("r teachrs alowed to txt each other", {"under_review"}, set()),
    ("is staff group texting allowed or not", {"under_review"}, set()),
    ("Can I text my co-teacher a reminder about our meeting?", {"under_review"}, set()),
    ("Can teachers have a WhatsApp group chat for staff announcements?", {"under_review"}, set()),
    ("What's the guidance on staff using GroupMe?", {"under_review"}, set()),
    ("Can I text the school secretary that I'll be absent?", {"under_review"}, set()),
    ("Can I text my son's teacher?", {"under_review"}, set()),
    ("Can I text my teaching partner on the weekend about lesson plans?", {"under_review"}, set()),
    ("Are group texts with other teachers in my building allowed?", {"under_review"}, set()),
    ("Is it ok to use Signal with my coworkers?", {"under_review"}, set()),
    ("Can I text my coworkers?", {"under_review"}, set()),
    ("Is the CIO guidance on staff texting out yet?", {"under_review"}, set()),
    ("When will there be rules for teachers texting each other?", {"under_review"}, set()),
    ("My AP asked us to all join a group text. Is that ok?", {"under_review"}, set()),
    ("Can teachers use iMessage among themselves?", {"under_review"}, set()),
    ("rules for texting other staff?", {"under_review"}, set()),
    ("Our 7th grade team uses a group text to plan lessons. is that against the AUP?", {"under_review"}, set()),
    ("ok to text my dean of students about a fight in the hall?", {"under_review"}, {"staff"}),
    ("ok to text the athletic director that the field is flooded?", {"under_review"}, {"staff"}),
    ("ok so our AD wants all coaches in a WhatsApp group together. fine?", {"under_review"}, {"staff"}),
    ("can I iMessage the assistant principal to ask for a sub?", {"under_review"}, {"staff"}),
    ("can I text my principal pics of the broken sink?", {"under_review"}, {"staff"}),
    ("can i text my student teacher about tomorrow's lesson", {"under_review"}, {"staff"}),
    ("can I whatsapp my assistant principal that I'm running late", {"under_review"}, {"staff"}),
    ("ok to send my assistant principal a text saying the laminator jammed?", {"under_review"}, {"staff"}),
    ("can i imessage my dept chair about tomorrow's meeting", {"under_review"}, {"staff"}),
    ("Is it okay to text my vice principal a picture of the broken door?", {"under_review"}, {"staff"}),
    ("can I WhatsApp my department head about my sub plans", {"under_review"}, {"staff"}),
    ("Can I call in sick by texting my principal?", {"under_review"}, {"staff"}),
    ("Can the 2nd grade team text each other about the assembly?", {"under_review"}, {"staff"}),
    ("Can I text my grade level partners a gif?", {"under_review"}, {"staff"}),
    ("Can I text the JV coach about the bus?", {"under_review"}, {"staff"}),
    ("What's the rule on staff texting each other?", {"under_review"}, {"staff"}),
    ("Background: our school just got a new principal and she wants everyone to stop using GroupMe for staff stuff. We have a 40 person staff GroupMe. Is staff texting actually against the AUP?", {"under_review"}, {"staff"}),
    ("puedo mandar text a mis colegas sobre la reunión?", {"under_review"}, {"staff"}),
    ("can our department use a whatsapp group for planning?", {"under_review"}, {"staff"}),
    ("the lunchroom staff have a group chat on their own phones for who's covering which line. allowed?", {"under_review"}, {"staff"}),
    ("Our counselors DM each other on WhatsApp about scheduling. Is that permitted between staff?", {"under_review"}, {"staff"}),
    ("Our bus aides keep a group chat on their personal cells about late routes. Is that within policy?", {"under_review"}, {"staff"}),
    ("Is it ok for the ESL team and me to use Telegram to message each other about testing schedules?", {"under_review"}, {"staff"}),
    ("the custodial team uses a whatsapp group for overtime shifts. is that allowed?", {"under_review"}, {"staff"}),
    ("Our social workers text each other on personal cells to coordinate home visits (no kid names). Is texting between staff ok?", {"under_review"}, {"staff"}),
    ("Can the maintenance crew use a group text to cover each other's shift changes?", {"under_review"}, {"staff"}),
    ("Do the security officers' group texts about lunch coverage fall under any rule? We use our own phones.", {"under_review"}, {"staff"}),
    ("Can I text my principal about taking a personal day?", {"under_review"}, {"staff"}),
    # outside messaging apps among colleagues about work, a grade band naming the colleagues, "techs"
    ("the 3rd grade teachers want a telegram group to plan the spring concert, ok?", {"under_review"}, {"staff"}),
    ("can our techs use signal to coordinate repairs across the building? just techs", {"under_review"}, {"staff"}),
    ("Is Slack on our phones fine for the office staff to coordinate front desk coverage at school?", {"under_review"}, {"staff"}),
]

# Calls ("ring", "phone"), district email and the group app between staff: allowed.
CALLS_EMAIL_AND_GROUP_APP_BETWEEN_STAFF = [
    ("Can I call a coworker on my personal phone?", {"allowed"}, {"note", "staff"}),
    ("Is it ok to email colleagues from my CPS account?", {"allowed"}, {"staff"}),
    ("can our grade level team use google chat to coordinate?", {"allowed"}, {"staff"}),
    ("Is FaceTime with my coworkers ok?", {"allowed"}, {"staff"}),
    ("Can I send a Google Hangouts message to a colleague?", {"allowed"}, {"staff"}),
    ("Can I email my mentees at their school addresses?", {"allowed"}, set()),
    ("Can I Google Chat the network office?", {"allowed"}, set()),
    ("Can I email my team?", {"allowed"}, set()),
    ("Our department calls each other on our cells all the time, fine?", {"allowed"}, set()),
    ("can i email the other 2nd grade teachers from my cps email", {"allowed"}, set()),
    ("is it fine to use google chat with my grade level colleagues", {"allowed"}, set()),
    ("Can I phone a coworker about a sub plan?", {"allowed"}, set()),
    ("Can I email my colleagues about a student?", {"allowed"}, set()),
    ("Can I call other teachers from my own phone?", {"allowed"}, set()),
    ("Can I email my coworker from my CPS address to hers?", {"allowed"}, set()),
    ("Can I email my coworkers?", {"allowed"}, set()),
    ("Can I call my coworkers?", {"allowed"}, set()),
    ("Can I hangout with my coworkers on google chat?", {"allowed"}, set()),
    ("Can I call a teacher at home about a student?", {"allowed"}, set()),
    ("Is hangouts okay for my world language department to swap lesson plans?", {"allowed"}, {"staff"}),
    ("can our ELA department use google chat for planning?", {"allowed"}, {"staff"}),
    ("Is it okay for our social studies department to chat on google chat about curriculum?", {"allowed"}, {"staff"}),
    ("is google chat fine for our math department to share pacing guides?", {"allowed"}, {"staff"}),
    ("Can our English dept use Hangouts to plan the unit?", {"allowed"}, {"staff"}),
    ("Can the history department email each other on cps email about the field trip schedule?", {"allowed"}, {"staff"}),
    ("Can I FaceTime my principal about a sub plan?", {"allowed"}, {"staff"}),
    ("is hangouts ok for the special ed department to share schedules?", {"allowed"}, {"staff"}),
    ("can our PE dept use cps email to coordinate gym times", {"allowed"}, {"staff"}),
    ("can I call my principal's cell on the weekend about an emergency", {"allowed"}, {"staff"}),
    ("Can I call the principal on her cell about a lockdown drill question?", {"allowed"}, {"staff"}),
    ("Can I email my coworkers a reminder about the staff potluck?", {"allowed"}, {"staff"}),
    ("can i send a google chat to my coworkers about the fire drill", {"allowed"}, {"staff"}),
    ("Can I email the staff about the candidate we interviewed for the math position?", {"allowed"}, {"staff"}),
    ("Can our science department email each other about the lab server being down?", {"allowed"}, {"staff"}),
    ("Can I thank the custodian by email for fixing the heat?", {"allowed"}, {"staff"}),
    ("Can the 8th grade team have a google chat for planning?", {"allowed"}, {"staff"}),
    ("Can I email staff to ask who wants to carpool to the district PD day?", {"allowed"}, {"staff"}),
    ("Can I email my principal a copy of my evaluation to ask questions about it?", {"allowed"}, {"staff"}),
    ("can i tell the principal i'm running late by email", {"allowed"}, {"staff"}),
    ("can I email my coworkers to congratulate the science team on winning?", {"allowed"}, {"staff"}),
    ("Can our counselor use google chat with staff about schedule changes?", {"allowed"}, {"staff"}),
    ("can I call my coworker on her cell about tomorrow's sub coverage?", {"allowed"}, {"staff"}),
    ("Can I email our building engineer from my CPS account about the heat?", {"allowed"}, {"staff"}),
    ("is calling my co-teacher's cell about tomorrow's lesson fine?", {"allowed"}, {"note", "staff"}),
    ("can I email the assistant principal from my cps account?", {"allowed"}, {"staff"}),
    ("Can I email the 10th grade team's CPS accounts the meeting agenda?", {"allowed"}, set()),
    ("Is it ok to call a colleague over the phone to swap lunch duty?", {"allowed"}, set()),
    ("Is it fine to message a coworker in CPS Google Chat about the weekly digest we put together?", {"allowed"}, set()),
    ("Lunchroom manager: can I email the cafeteria staff their new schedule from my CPS account?", {"allowed"}, set()),
    ("Nurse here, can I call another nurse on my team to ask about vaccine clinic hours?", {"allowed"}, set()),
    ("Is it ok to call a fellow teacher about the t-shirt order for field day?", {"allowed"}, set()),
    ("Security: is it ok to call my supervisor on his cell if the radio dies?", {"allowed"}, set()),
    ("is it ok to call my colleague on her cell about the sub plans? she wasnt at the meeting", {"allowed"}, set()),
    ("Can I message my coworkers in CPS Google Chat to ask who hasnt done the compliance training?", {"allowed"}, set()),
    ("Can I ring our head of department on her mobile on Sunday to sort out the exam rota?", {"allowed"}, {"note", "staff"}),
    ("Is it alright to ring a colleague's mobile after school about cover for tomorrow?", {"allowed"}, {"note", "staff"}),
    ("Can I email HR about my FMLA paperwork?", {"allowed"}, {"staff"}),
    # a personal mail service ruled out is not the channel
    ("from my cps email to the librarian's cps email, no yahoo involved, sending her the book list - fine?", {"allowed"}, {"staff"}),
    ("I'm emailing my co-teacher the seating chart from my CPS account to hers, not gmail. That's the right way?", {"allowed"}, {"staff"}),
]

# Staff named only by a role adults hold (cafeteria aides, security guards, a mentor teacher, the IT tech, the dept),
# with students ruled out or nobody else named, and slang spellings of texting: staff-to-staff. A ticket the asker
# would skip ("rather than opening a ticket") is not a report; asking whether it is "illegal" names no crime.
STAFF_NAMED_BY_ROLE_TEXTING = [
    ("can the science department start a whatsapp chat just for teachers? no kids in it", {"under_review"}, {"staff"}),
    ("our paras use a group text to swap recess duty, is that allowed?", {"under_review"}, {"staff"}),
    ("is it cool to txt my coteacher when i'm running late", {"under_review"}, {"staff"}),
    ("my assistant principal and I message on signal about lunch coverage, ok?", {"under_review"}, {"staff"}),
    ("Can the front office ladies have a groupme to cover the phones? adults only", {"under_review"}, {"staff"}),
    ("security guards at our school text each other about which doors are propped open, problem?", {"under_review"},
     {"staff"}),
    ("Our cafeteria aides started a group text to trade shifts. Allowed?", {"under_review"}, {"staff"}),
    # (hall monitors are often students given the job: asked about, test_clarify; said to be adults, colleagues)
    ("can the hall monitors, all of them staff, use a WhatsApp chat to say which doors are open?", {"under_review"},
     {"staff"}),
    ("my mentor teacher and I message on iMessage every day, ok?", {"under_review"}, {"staff"}),
    ("The tech guy said just text him when the smartboard acts up rather than filing a help desk request. is that fine?",
     {"under_review"}, {"staff"}),
    ("Rather than opening a ticket, my tech coordinator says I can just text her when my laptop freezes. ok?",
     {"under_review"}, {"staff"}),
    ("My network tech prefers a quick text over a service desk ticket when the wifi drops, is texting him fine?",
     {"under_review"}, {"staff"}),
    ("my co-teacher and I text about lesson plans every night, is that against the law now lol", {"under_review"},
     {"staff"}),
    ("our grade team has a group chat on whatsapp, is that a crime?? 😂", {"under_review"}, {"staff"}),
    ("txtng the other 4th grade teachers after hours, ok?", {"under_review"}, {"staff"}),
    ("the 5th grade team has a group text for planning, is that ok?", {"under_review"}, {"staff"}),
    ("can the kindergarten team use WhatsApp to coordinate recess?", {"under_review"}, {"staff"}),
]

# Calls, not texts, to staff named by role: acceptable.
CALLS_TO_STAFF_NAMED_BY_ROLE = [
    ("I'm an aide, is it ok to ring my head teacher's cell to say I'm sick?", {"allowed"}, {"staff"}),
    ("can I phone my department chair on her cell about tomorrow's schedule? a call, not a text", {"allowed"},
     {"staff"}),
    ("Is it illegal for me to call my principal's cell when I'm running late?", {"allowed"}, {"staff"}),
    ("can I call the IT guy's cell instead of calling the help desk when the printer jams?", {"allowed"}, {"staff"}),
    ("can I call, not text, my coworker about subbing tomorrow?", {"allowed"}, {"staff"}),
]

# Wording that leaves the audience or the channel open.
STAFF_QUESTIONS_WITH_SEVERAL_READINGS = [
    ("Can I call central office about a payroll problem?", {"allowed", "not_covered"}, set()),
    ("Can I Venmo request my coworkers for the staff gift over work email?", {"allowed", "not_covered"}, set()),
    ("Can I email the union newsletter to staff?", {"prohibited", "clarify", "not_covered"}, set()),
    ("can I email my union rep about my evaluation?", {"allowed", "not_covered"}, set()),
    ("can I remove myself from the all-staff google chat?", {"allowed", "not_covered"}, set()),
    ("My own kid's school sends a weekly summary instead of each alert; can I ask our office to do the same for staff emails?", {"allowed", "not_covered"}, set()),
    ("Custodian: the router in the main office is blinking red. Who do I call?", {"allowed", "not_covered"}, set()),
    ("Tech coordinator: can I call a teacher on her school extension to walk her through resetting her own password?", {"allowed", "not_covered"}, set()),
    ("Can I text a coworker about covering my lunch duty?", {"under_review", "allowed"}, {"staff"}),
    ("The after-school coaches want to keep using our WhatsApp group. It's only adults, no kids. Fine?", {"conditional", "under_review", "allowed"}, {"staff"}),
]


# A colleague written to, with a student or a parent only what the message is about: the colleague is the
# audience ("I ring the nurse when a kid is hurt"). Non-teaching staff named by their job are staff.
STAFF_WRITTEN_TO_ABOUT_A_STUDENT = [
    ("I'm a crossing guard. Can I call the main office on my cell when a child is hurt at the corner?",
     {"allowed"}, {"staff"}),
    ("when one of my kids throws up I email the school nurse from my cps account so she's ready. fine?",
     {"allowed"}, {"staff"}),
    ("can I text the custodian when a student spills paint in my room?", {"under_review"}, {"staff"}),
    ("Kitchen manager here: I phone my cooks if the truck is late. OK?", {"allowed"}, {"staff"}),
    ("is it ok to ring my supervisor's cell if I'm stuck in traffic?", {"allowed"}, {"staff"}),
    ("I text the attendance clerk when a kid shows up late so she can mark it, that ok?", {"under_review"},
     {"staff"}),
    ("bus driver - I call the transportation dispatcher when a kid won't sit down. all good?", {"allowed"},
     {"staff"}),
    ("can I send the registrar an email from my cps account about a new student's enrollment?", {"allowed"},
     {"staff"}),
    ("Can I email the school psychologist from my cps account when a student says something worrying?",
     {"allowed"}, {"staff"}),
    ("Can I phone the janitor's cell when a pupil gets sick in the hallway?", {"allowed"}, {"staff"}),
]

# ... but a student or a parent written to alongside, or named right after the verb, keeps the student rules.
STUDENT_STILL_WRITTEN_TO = [
    ("can I text the custodian and my 8th graders that the gym is closed?", {"prohibited"}, {"mobile"}),
    ("I call the principal and then text my 6th graders the new pickup time, ok?", {"prohibited"}, {"mobile"}),
    pytest.param("can I start a group chat on my cell with my 10th grade AP Chem section about lab day?",
                 {"conditional", "prohibited"}, {"mobile", "exception"},
                 marks=pytest.mark.xfail(strict=True, reason="'AP' before a subject (Advanced Placement) is read as "
                                         "the assistant principal, and a class chat on a personal phone as the "
                                         "asker's own group: the audience becomes staff")),
    ("Is a Google Chat message from my employee account to a 2nd grader's CPS account fine?", {"allowed"},
     {"mobile"}),
    ("the nurse wants me to text a student's cell when his ride is here, ok?", {"prohibited"}, {"mobile"}),
]


@pytest.mark.parametrize("question, verdicts, cites", STAFF_WRITTEN_TO_ABOUT_A_STUDENT)
def test_a_colleague_written_to_about_a_student_is_staff_to_staff(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", STUDENT_STILL_WRITTEN_TO)
def test_a_student_written_to_beside_a_colleague_keeps_the_student_rules(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", TEXTS_BETWEEN_STAFF)
def test_texts_and_instant_messages_between_staff_are_under_review(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", CALLS_EMAIL_AND_GROUP_APP_BETWEEN_STAFF)
def test_calls_district_email_and_the_group_app_between_staff_are_allowed(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", STAFF_NAMED_BY_ROLE_TEXTING)
def test_texting_staff_named_by_a_role_only_adults_hold_is_under_review(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", CALLS_TO_STAFF_NAMED_BY_ROLE)
def test_calling_staff_named_by_a_role_only_adults_hold_is_allowed(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question", [
    "can I text my aides about the trip?",
    "is it ok to put my TAs in a group chat?",
    "can I start a group text for my aides?",
])
def test_a_role_students_may_hold_too_leaves_the_audience_open(ask, question):
    assert ask(question)["verdict"] == "clarify"


def test_the_asker_introducing_themself_is_not_who_they_write_to(situation):
    assert situation("I'm a para, can I call from my own phone?").audience is None
    assert situation("Counselor: can I call from my own phone?").audience is None
    assert situation("can I call the counselor from my own phone?").audience == "staff"


@pytest.mark.parametrize("question, verdicts, cites", STAFF_QUESTIONS_WITH_SEVERAL_READINGS)
def test_a_staff_to_staff_question_gets_one_of_its_accepted_verdicts(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# A grade band before a staff role names a colleague, not students: a call to their cell is staff-to-staff.
@pytest.mark.parametrize("question", [
    "Is it ok to call the 2nd grade teacher on her cell tonight about tomorrow's assembly?",
    "can I ring the 11th grade chemistry teacher's mobile about lab coverage?",
    "ok to phone our 7th grade science teacher at home about the field trip buses?",
])
def test_a_call_to_a_grade_level_colleague_is_staff_to_staff(check_answer, question):
    check_answer(question, {"allowed"}, {"staff"})


# A school's staff team named by its charge ("the discipline team", "our climate team") is the colleagues on it: the
# charge names no matter told.
@pytest.mark.parametrize("question", [
    "the discipline team wants one google chat space for us all on our cps accounts, ok?",
    "can our crisis team share a cps google chat group for scheduling?",
])
def test_a_staff_team_named_by_its_charge_is_colleagues(check_answer, situation, question):
    assert situation(question).audience == "staff"
    check_answer(question, {"allowed"}, {"staff"})


# Staff business about a student, sent to a colleague over a district channel (DESIGN.md: staff business on district
# channels is allowed). The colleague is who is written to; the student is what it is about, and a topic word (an
# IEP, grades, a behaviour plan, an allergy) does not make it a disclosure: item 17 needs a breach of law or rule.
STAFF_BUSINESS_ABOUT_A_STUDENT = [
    ("can I email the sped coordinator from my cps account about a first grader's reading accommodations?", {"allowed"}, {"staff"}),
    ("ok to ping our school psychologist on Google Chat, both work accounts, about a kid whose grades are slipping?", {"allowed"}, {"staff"}),
    ("Is it fine to call the school nurse to let her know a boy in my homeroom forgot his insulin?", {"allowed"}, {"staff"}),
    ("can I cc the vice principal on my district email to the case manager about a student's behavior contract", {"allowed"}, {"staff"}),
    ("a girl in my class wrote me an email about trouble at home - can I send it on to the social worker's district inbox?", {"allowed"}, {"staff"}),
    ("Can I email the gym teacher at his CPS address that one of my 4th graders has a note excusing her from PE?", {"allowed"}, {"staff"}),
    # verbs that take who is told after "with" (share with, go over with, discuss with), and a plural possessive
    # ("my kids' results") is whose the information is, not who receives it
    ("Can I go over my kids' spelling results with the reading specialist on district email?", {"allowed"}, {"staff"}),
    ("is it fine to share the class's attendance notes with the assistant principal through our CPS google chat?", {"allowed"}, {"staff"}),
    ("Ok to discuss a 3rd grader's speech goals with her classroom teacher over cps email?", {"allowed"}, {"staff"}),
    # the chat app named alone is the district's means, not a room many read; a colleague's job named by a subject
    # ("gym teacher") is no gym, and an email it goes through is no list of addresses
    ("can I ping the social worker on google chat about a 5th grader's behavior plan?", {"allowed"}, {"staff"}),
    ("ok to send the gym teacher a kid's 504 accommodations through email?", {"allowed"}, {"staff"}),
]

# Look-alikes: a colleague's own file is what is sent, not who it goes to; students written to beside the colleague;
# someone outside the district written to.
NOT_STAFF_BUSINESS = [
    ("can I email another teacher's observation report to my brother?", {"prohibited", "conditional", "not_covered"}),
    ("can I email the coach and the players the injury list from my cps account?", {"prohibited", "conditional", "clarify"}),
    ("can I email the booster club president a list of which athletes have IEPs?", {"prohibited", "conditional"}),
    # information no colleague's or student's role makes routine: a family's immigration status, a photo of a
    # student, a classmate's record sent to a student
    ("can I tell the AP on cps email that one of my students' parents got deported?", {"prohibited", "conditional"}),
    ("ok to send the nurse a picture of a kid's rash from my district email?", {"prohibited", "conditional"}),
    ("can I email a 10th grader's cps account her lab partner's test scores?", {"prohibited", "conditional"}),
    # item 15: a colleague is not thereby authorized for Board confidential information
    ("is it ok to email my grade partner the secure test questions from my cps account?", {"prohibited", "conditional"}),
    # shared "with" someone outside the staff, or with colleagues and students together
    ("can I share my students' grades with my neighbor on cps email?", {"prohibited", "conditional"}),
    ("ok to go over the 504 list with the coach and the players on district email?", {"prohibited", "conditional", "clarify"}),
]


@pytest.mark.parametrize("question, verdicts, cites", STAFF_BUSINESS_ABOUT_A_STUDENT)
def test_staff_business_about_a_student_to_a_colleague_on_district_channels_is_allowed(check_answer, question,
                                                                                         verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts", NOT_STAFF_BUSINESS)
def test_a_colleague_who_is_not_the_one_written_to_gives_no_staff_business_yes(ask, question, verdicts):
    assert ask(question)["verdict"] in verdicts


@pytest.mark.parametrize("question, kinds", [
    ("can I email the counselor about a kid in my class", {"staff"}),
    ("can I forward a student's note to the dean's district email", {"staff"}),
    ("can I text the coach and the players", {"staff", "others"}),
    ("can I send a student an email about the counselor", {"student"}),
    ("can I email my AP Lit students", {"student"}),
    ("can I email another teacher's lesson plans to my friend", {"outside"}),
    ("can I send the 9th grade team the schedule", set()),
    ("can I share my students' test results with the math coach", {"staff"}),
    ("can I discuss the kids' progress with their parents", {"parent"}),
    ("is it ok to go over a student's essay with my brother", {"outside"}),
    ("can I text my players with their parents on the thread", {"student"}),
])
def test_who_is_written_to_is_the_person_right_after_the_verb_of_telling(understanding, reading, question, kinds):
    text = understanding.fix_typos(normalize(question))
    assert recipients(reading(question), text, understanding.lexicon.concepts) == kinds


# A role only staff hold, after a grade or subject ("the 5th grade teacher", "the 8th grade counselor"), is the colleague
# written to; the student sent for or talked about is the topic.
@pytest.mark.parametrize("question", [
    "can I text the 5th grade teacher to send the kid with the inhaler to the office?",
    "ok to text the 8th grade counselor that a student is on his way down?",
    pytest.param("is texting the 2nd grade aide to bring a student back from recess ok?", marks=pytest.mark.xfail(
        reason="'aide' is a role students hold too (a student aide), so a band before it still leaves the reader unsure",
        strict=True)),
])
def test_a_colleague_named_by_grade_is_written_to(check_answer, question):
    check_answer(question, {"under_review"}, {"staff"})


# A colleague who calls, texts or video-calls the asker: staff to staff, whoever the talk is about (a student, a
# parent's complaint, a class to cover). Calls are acceptable, texts under review.
COLLEAGUE_CONTACTS_THE_ASKER = [
    ("the dean wants to call me tonight about a fight one of my students was in. is that allowed?", {"allowed"},
     {"staff"}),
    ("my principal keeps ringing my personal cell about a parent's complaint. ok for him to do that?", {"allowed"},
     {"staff"}),
    ("a coworker phoned me at home to ask me to cover her class tomorrow, that's fine right?", {"allowed"},
     {"staff"}),
    ("the counselor texted me about a kid's schedule change, can I text her back?", {"under_review"}, {"staff"}),
    # a message on a phone may be a text or the district's chat app: asked, or under review
    ("my co-teacher messages me on her phone about the lesson plan for our class. allowed?",
     {"under_review", "clarify"}, {"staff"}),
]


@pytest.mark.parametrize("question, verdicts, cites", COLLEAGUE_CONTACTS_THE_ASKER)
def test_a_colleague_who_calls_or_texts_the_asker_is_staff_to_staff(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# A video call between colleagues is a call.
@pytest.mark.parametrize("question", [
    "can my grade partner and I do a google meet after school to plan? both on cps accounts",
    "is it ok to zoom with the other science teachers over break to write the unit?",
    "can I video chat with my department chair about my observation?",
])
def test_a_video_call_between_colleagues_is_allowed_as_a_call(check_answer, question):
    check_answer(question, {"allowed"}, {"staff"})


# The adults on a trip (the chaperones) are the other end of the asker's text, not the students it is about.
@pytest.mark.parametrize("question", [
    "field trip tomorrow: can I text the chaperones if one of the kids wanders off?",
    "ok to start a group text with the other chaperones for the museum trip?",
    "can I make a group chat with the bus monitors for the 7th grade field day?",
    "group text with the other chaperones for the 5th grade sleepover at the museum?",
    pytest.param("can I text a chaperone to tell her which students are in her group?",
                 marks=pytest.mark.xfail(strict=True, reason="the students after 'tell her which' are read as written "
                                         "to beside the chaperone, so the audience becomes students")),
])
def test_texting_the_chaperones_is_staff_texting(check_answer, question):
    check_answer(question, {"under_review", "clarify"}, {"staff"})


# A thread of parents alone: staff-to-parent texting, which the policy does not address.
@pytest.mark.parametrize("question", [
    "the soccer moms made a group text with only the parents and me. can I stay in it?",
    "is it ok to text just the parents of my club about pickup?",
    "I want a group chat with just the families, no students. ok?",
])
def test_a_thread_of_parents_alone_is_not_covered(check_answer, question):
    check_answer(question, {"not_covered"}, set())


# A district office or desk called or written to is staffed by colleagues: the one reached is staff, whatever
# student the call is about and whichever phone it is made from (calls are acceptable; the Special Note keeps
# the records of business calls on a personal phone).
CALLS_TO_DISTRICT_DESKS = [
    ("lunch monitor here - ok to ring the main office from my own cell when a 2nd grader gets hurt at recess?",
     {"allowed"}, {"staff", "note"}),
    ("lunch monitor here - ok to ring the main office from my own cell when a 2nd grader feels sick at recess?",
     {"allowed"}, {"staff", "note"}),
    ("can I phone the attendance office from my classroom line about a kid who left early?", {"allowed"},
     {"staff"}),
    # (a district device that fails is also the desk's to hear about: the reporting procedure answers as well)
    ("is calling the service desk from my personal phone ok when my district laptop won't boot?", {"allowed"},
     {"staff", "note", "report"}),
]


@pytest.mark.parametrize("question, verdicts, cites", CALLS_TO_DISTRICT_DESKS)
def test_a_district_office_or_desk_called_is_a_colleague(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# A channel the asker calls doubtful ("texting staff is iffy", "texting is a gray area") is the contrast; the
# other channel is what is asked about.
@pytest.mark.parametrize("question", [
    "I know texting coworkers is a gray area, so can I just phone my co-teacher tonight?",
    "texting the team is iffy, can I call my department chair instead?",
    "group texts are frowned upon, so is it fine to ring the AP directly?",
])
def test_a_channel_called_doubtful_is_the_contrast_not_the_question(check_answer, question):
    check_answer(question, {"allowed"}, {"staff"})


# The staff-to-staff section's channels named in everyday words: the list asked for, a call said as a verb or a ring,
# the district's own chat space; someone not turning up is the call's reason, not an unplaced act.
STAFF_CHANNELS_IN_EVERYDAY_WORDS = [
    ("what ways of reaching colleagues does the AUP accept?", {"allowed"}, {"staff"}),
    ("as a dean, can I phone the lunchroom aides about the new duty rota?", {"allowed"}, {"staff"}),
    ("ok to drop a note to the math teachers in our school chat space about the pd?", {"allowed"}, {"staff"}),
    ("can I give the security officers a ring when a kid leaves the building?", {"allowed"}, {"staff"}),
    ("office manager: ok to call a custodian's cell if he's a no-show?", {"allowed"}, {"staff"}),
]


@pytest.mark.parametrize("question, verdicts, cites", STAFF_CHANNELS_IN_EVERYDAY_WORDS)
def test_the_staff_sections_channels_in_everyday_words_are_allowed(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# "a call between me and X": the asker is one end and X the other, whoever the call is about; a parent or a student
# named as the other end keeps their own rules
BETWEEN_ME_AND_SOMEONE = [
    ("is a quick call between me and the dean about a student's tardies fine?", {"allowed"}, {"staff"}),
    ("phone calls between me and my department chair about parent conferences, ok?", {"allowed"}, {"staff"}),
    ("Are emails between us and the school social worker from our cps accounts about a family's situation ok?",
     {"allowed"}, {"staff"}),
    ("is a text between me and a 10th grader about her missing lab ok?", {"prohibited"}, {"mobile"}),
]


@pytest.mark.parametrize("question, verdicts, cites", BETWEEN_ME_AND_SOMEONE)
def test_the_one_named_after_between_me_and_is_the_other_end(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# "each other" / "one another": the ones written to are the ones who write; staff when only staff are named
EACH_OTHER = [
    ("can the lunchroom managers google chat each other from our cps accounts when the milk delivery is late?",
     {"allowed"}, {"staff"}),
    ("the two deans and I want to email one another from cps about hallway duty swaps. fine?", {"allowed"},
     {"staff"}),
    ("Is it ok for the bus aides to call each other about which kids missed the bus?", {"allowed"}, {"staff"}),
    # the app's name as a verb, hyphenated
    ("can the two counselors google-chat each other from cps about the schedule swap?", {"allowed"}, {"staff"}),
]


@pytest.mark.parametrize("question, verdicts, cites", EACH_OTHER)
def test_staff_writing_to_each_other_is_staff_to_staff(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question", [
    "can my 7th graders and I google chat each other over the weekend about the project?",
    "is it ok if the seniors and the coach text one another about rides?",
])
def test_students_among_those_writing_to_each_other_are_not_read_as_staff_alone(situation, question):
    assert situation(question).audience != "staff"


# Staff named by the people they serve or the programme they run (a parent liaison, a family engagement coordinator,
# a community outreach worker, the student services coordinator): colleagues, whatever "parent", "family" or
# "student" their title holds. A parent rep, advocate or officer (the LSC's, the PTA's) stays a parent.
STAFF_NAMED_BY_WHOM_THEY_SERVE = [
    ("Can I phone our parent engagement specialist tonight about the literacy night setup?", {"allowed"},
     {"staff"}),
    ("the family liaison and I want to trade calls about which homes still need winter coats. ok?", {"allowed"},
     {"staff"}),
    ("is it alright to email the community outreach worker from my CPS account to my CPS account about the food "
     "pantry hours?", {"allowed"}, {"staff"}),
    ("our student support coordinator wants to hop on Google Chat with me, both on district logins, about a "
     "schedule change", {"allowed"}, {"staff"}),
]


@pytest.mark.parametrize("question, verdicts, cites", STAFF_NAMED_BY_WHOM_THEY_SERVE)
def test_staff_named_by_the_people_they_serve_are_colleagues(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question", [
    "can I call the parent liaison about Thursday's coffee hour?",
    "I need to reach our family engagement coordinator about the open house",
    "email the ELL coordinator about the testing window",
])
def test_a_title_named_by_whom_it_serves_reads_as_staff(situation, question):
    assert situation(question).audience == "staff"


def test_a_parent_in_an_office_of_parents_stays_a_parent(situation):
    assert situation("can I text the parent rep on our local school council about the budget vote?").audience \
        == "parent"


# Speaking said with the phone it is done over ("talk by phone", "speak on our cells", "catch up over the phone")
# is a phone call: between staff it is allowed, to a student it keeps the student rules.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("the lunchroom manager and I usually touch base over the phone before the breakfast rush. fine?", {"allowed"},
     {"staff"}),
    ("our counselors speak by phone on snow days to split up the check-in list. is that allowed?", {"allowed"},
     {"staff"}),
    ("is it ok for my co-teacher and me to discuss grouping on our cells on Sunday nights?", {"allowed"},
     {"staff"}),
    ("can I talk over the phone with a 6th grader about the missing science packet?", {"prohibited"}, {"mobile"}),
    # an open "chatting" said with the phone it is done over
    ("me and the librarian were chatting on the phone about the book fair schedule, no issue right?", {"allowed"},
     {"staff"}),
])
def test_speaking_over_a_phone_is_a_call(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# Colleagues named the way colleagues name each other: a related-service title cut short ("the psych", "our OT",
# "the PT"), a title abbreviated ("office mgr", "case mgr"), a work area with a word for its people ("the
# maintenance folks", "the cafeteria ladies", "the IT team"), a teacher named by whom they teach or where they are
# in training ("the newcomer teacher", "my student teacher"), a district role that visits ("the itinerant", "the
# chief of schools"). A call between staff is allowed and a text between staff is under review, whatever the role word.
STAFF_BY_SHORT_TITLE_OR_WORK_AREA = [
    ("ok if I ring the psych tonight to go over tomorrow's testing schedule?", {"allowed"}, {"staff"}),
    ("our OT and I want to talk through the sensory room calendar in a phone call on Sunday, is that fine?",
     {"allowed"}, {"staff"}),
    ("can I phone the PT about moving her Tuesday session?", {"allowed"}, {"staff"}),
    ("is a call to the case mgr on her cell about the annual review dates ok?", {"allowed"}, {"staff"}),
    ("Can I call the maintenance folks on their cells when the heat goes out in room 12?", {"allowed"}, {"staff"}),
    ("the cafeteria ladies want a group text to trade shifts, is that ok?", {"under_review"}, {"staff"}),
    ("can I text the IT team when the projector dies?", {"under_review"}, {"staff"}),
    ("Is a phone call with the newcomer teacher about seating fine?", {"allowed"}, {"staff"}),
    ("can I text my student teacher the sub plans?", {"under_review"}, {"staff"}),
    ("is it ok to call the hearing itinerant on her cell to reschedule?", {"allowed"}, {"staff"}),
    ("can I call the office mgr on her cel about the copier?", {"allowed"}, {"staff"}),
]


@pytest.mark.parametrize("question, verdicts, cites", STAFF_BY_SHORT_TITLE_OR_WORK_AREA)
def test_staff_named_by_a_short_title_or_a_work_area_are_colleagues(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# The same words beside students keep the student rules: students in a course or on a caseload named by a
# colleague's title ("my psych students", "the kids on my OT caseload"), a crew of students, students who work in
# an office. A student is never read as staff.
@pytest.mark.parametrize("question", [
    "can I text my AP psych students on their cells about the exam?",
    "can I call the kids on my OT caseload at home?",
    "can I call the student workers in the front office on their cells?",
    "can the psych text a 7th grader about her counseling time?",
])
def test_students_beside_a_staff_title_are_not_read_as_staff(situation, question):
    assert situation(question).audience != "staff"


# The asker opening with a title made of a work area and a lead word ("Cafeteria supervisor: ...", "Facilities
# coordinator. ...") introduces themself: a crew, squad or helpers they then write to may be students, so the
# audience is asked, not read as staff from the asker's own title.
@pytest.mark.parametrize("question", [
    "Cafeteria supervisor: can I text my morning crew when the milk delivery is late?",
    "Facilities coordinator. ok to call my weekend squad on their cells?",
    "Library manager, can I whatsapp my shelving helpers about Friday?",
])
def test_a_work_area_title_opening_the_question_is_the_askers_own(ask, question):
    assert ask(question)["verdict"] == "clarify"


# The adults who run an activity, a programme or its transport, named by the job and not by "teacher" or "staff" (a
# club's sponsor or adviser, a unit's instructors, the athletic trainer, a job coach, the drivers): colleagues, so
# texts among them are under review and calls are acceptable.
ADULTS_WHO_RUN_A_PROGRAM = [
    ("the chess club co-sponsor and I text about tournament dates, fine?", {"under_review"}, {"staff"}),
    ("our ROTC instructors want a Signal chat to split up uniform inspections. allowed?", {"under_review"}, {"staff"}),
    ("is a group text with the other band sponsors ok for booking buses?", {"under_review"}, {"staff"}),
    ("can I text the job coaches when a work site closes early?", {"under_review"}, {"staff"}),
    ("transportation here: can we text the drivers when a road is closed?", {"under_review"}, {"staff"}),
    ("the trainers and I keep a group text for covering home games, is that an issue?", {"under_review"},
     {"staff"}),
    ("ok to call the robotics adviser on her cell about the shipping crate?", {"allowed"}, {"staff"}),
]


@pytest.mark.parametrize("question, verdicts, cites", ADULTS_WHO_RUN_A_PROGRAM)
def test_the_adults_who_run_a_program_are_colleagues(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# A compound's last noun is who it names: "the drama sponsor", "the paper's faculty adviser" are colleagues written
# to even when the first word is one the reader knows as an outsider (a newspaper, a reporter).
@pytest.mark.parametrize("question", [
    "can I text the newspaper adviser that the proofs are late?",
    "ok to text the newspaper sponsor that the layout room is locked?",
])
def test_a_role_after_an_outsiders_word_is_the_colleague_written_to(check_answer, question):
    check_answer(question, {"under_review"}, {"staff"})


# A program word for an event or a sponsorship ("a school-sponsored trip") names no adult: the students stay open.
def test_a_sponsored_event_names_no_colleague(situation):
    assert situation("is it ok to text the kids on our school-sponsored trip?").audience != "staff"


# The asker opening with the title of one who runs a students' activity ("Drama adviser - ...", "Debate sponsor:")
# introduces themself: the cast or squad they then write to is the activity's, so who they are is asked.
@pytest.mark.parametrize("question", [
    "Drama adviser — can I start a group text with the cast members?",
    "Debate sponsor: ok to whatsapp my squad about the tournament?",
])
def test_an_activity_leaders_own_title_leaves_the_group_open(ask, question):
    assert ask(question)["verdict"] == "clarify"


# A second role the asker introduces ("I teach chemistry and I'm also the robotics adviser") is their own: the
# students they then write to are who the question is for.
def test_the_askers_second_role_is_their_own(situation):
    question = "I teach chemistry and I'm also the robotics adviser. can I text the builders about saturday's meet?"
    assert situation(question).audience != "staff"


# A pronoun right after the verb of contact ("call her", "phone him when ...") is whom it points back to: where the
# people named before it in its sentence are colleagues only (the asker's own role set aside), the colleague is the
# one called, and the student the call is about, named after it, is the topic
@pytest.mark.parametrize("question, verdicts", [
    ("Lunch aide. The dean told me to phone him whenever a fight starts in the cafeteria. Fine to do?", {"allowed"}),
    ("The speech therapist asked me to ring her if a student refuses to come to session, ok?", {"allowed"}),
    ("The assistant principal wants me to text him when a kid leaves early. Is that fine?", {"under_review"}),
])
def test_a_pronoun_called_after_a_colleague_is_named_is_the_colleague(check_answer, question, verdicts):
    check_answer(question, verdicts, {"staff"})


# ...but never where it may be a student or a parent: someone else named before it, or a pronoun that owns the
# next word ("text her 11th graders")
@pytest.mark.parametrize("question", [
    "A sophomore's mom said to call her when the bus runs late. ok?",
    "One of my freshmen asked the librarian whether I could call her after school, ok?",
    "The coach wants me to text her 11th graders about practice",
])
def test_a_pronoun_that_may_be_a_student_or_parent_is_not_read_as_a_colleague(situation, question):
    assert situation(question).audience != "staff"


# A text or a phone messaging app named beside a channel the policy lists (the group app, CPS email, a call) is a
# channel the asker may use: whichever the vocabulary reads first, the strictest answer leads, so the listed
# channel's yes never hides the text's review (a reason given, a colleague's approval or an analogy changes nothing).
@pytest.mark.parametrize("question", [
    "Gmail is down for me this week so I can't reach the office by email - can I just text the clerk instead?",
    "Hangouts keeps crashing on my phone, so can I text the clerk instead?",
    "Google Chat is approved, so iMessage with my grade partner is approved too, right?",
])
def test_a_text_named_beside_a_listed_channel_is_not_answered_by_the_listed_channel(check_answer, question):
    check_answer(question, {"under_review"}, {"staff"})


# A text named only before the listed channel is the one the asker leaves: the channel moved to is answered.
@pytest.mark.parametrize("question", [
    "our grade team dropped the group text and now uses Google Chat on our CPS accounts. that's fine, right?",
    "the AP told us to stop texting each other; is CPS email between us ok then?",
])
def test_a_text_left_behind_for_a_listed_channel_does_not_lead(check_answer, question):
    check_answer(question, {"allowed"}, {"staff"})


# The same for students: a text to them beside the group app is answered by the text's rule, not the app's.
def test_a_text_to_students_beside_the_group_app_gets_the_texts_rule(ask):
    question = "I lost my district Chromebook and can't open Google Chat, can I text my 10th graders the homework for now?"
    assert ask(question)["verdict"] == "prohibited"


# Facebook's chat app ("Facebook Messenger", "fb messenger") is both the social platform and a phone messaging app
# like WhatsApp: each rule is answered and the strictest leads, so between staff it is the staff texting the policy
# has under review (with a parent it stays personal social media, prohibited).
@pytest.mark.parametrize("question", [
    "the math dept keeps an fb messenger chat for planning, fine?",
    "is Facebook Messenger ok for me and my co-teacher to plan field day?",
])
def test_facebooks_messaging_app_between_staff_is_under_review(check_answer, question):
    check_answer(question, {"under_review"}, {"staff"})


def test_facebooks_messaging_app_with_a_parent_stays_personal_social_media(ask):
    assert ask("ok to use fb messenger from my own profile to tell a dad about his daughter's missing work?")["verdict"] \
        == "prohibited"


# A text named as what the listed channel is compared with, or set against it, is a kind asked about or ruled out,
# not one the asker will send: the listed channel is the one answered.
@pytest.mark.parametrize("question", [
    "is google chat with my co-teacher ok, or is that like texting?",
    "Does a Google Chat message to my grade-level partner count as 'texting' under the AUP?",
    "Our AP said: use Google Chat for sub requests, not personal texts. Is Google Chat ok between staff?",
])
def test_a_text_only_compared_with_or_ruled_out_beside_a_listed_channel_does_not_lead(check_answer, question):
    check_answer(question, {"allowed"}, {"staff"})
