"""Reporting is its own kind of answer (DESIGN.md): a question about how, where or whom to tell gets the
procedure and an offer to file a report, shown as "Report it"; its batch verdict stays `allowed`. A permission
question that merely mentions something missing, lost or stolen is still a permission question."""
from __future__ import annotations

import pytest


def assert_report(reply: dict) -> None:
    """The reply is the reporting procedure ("Report it"), whose batch verdict stays `allowed` (DESIGN.md)."""
    assert reply["kind"] == "report" and reply["verdict"] == "allowed", reply["answer"]


# Questions and the answers they must get: (question, accepted verdicts, accepted citations). A citation is a
# section key or an item number (conftest.SECTION_KEYS); the answer must cite one of them unless it is
# not_covered, and an empty set accepts any citation. New cases go in these tables.

# Lost, stolen, hacked, phished, a password left out, what someone else did: the reporting procedure.
REPORTS_IN_EVERYDAY_WORDS = [
    ("I lost my district chromebook, who do I call?", {"allowed"}, {"report"}),
    ("I think my account was hacked, what should I do?", {"allowed"}, {"report"}),
    ("Where do I report a coworker who is sharing student data?", {"allowed"}, {"report"}),
    ("How do I report a phishing email?", {"allowed"}, {"report"}),
    ("someone stole my work laptop out of my classroom", {"allowed"}, {"report"}),
    ("what's the phone number for the ITS service desk?", {"allowed"}, {"report"}),
    ("I got a suspicious email asking for my password, who do I tell?", {"allowed"}, {"report"}),
    ("I accidentally emailed a student's IEP to the wrong parent. Who do I tell?", {"allowed"}, {"report"}),
    ("My coworker is using a VPN to watch Netflix at school, should I report it?", {"allowed"}, {"report"}),
    ("Is there a number I can call to report a stolen iPad?", {"allowed"}, {"report"}),
    ("What number do I call if I see someone misusing CPS computers?", {"allowed"}, {"report"}),
    ("What do I do if I see a student's SSN in a shared Google Doc?", {"allowed"}, {"report"}),
    ("some1 stole my chromebook who do i call", {"allowed"}, set()),
    ("Who do I talk to if my work email was hacked?", {"allowed"}, set()),
    ("I think a student got into my gradebook account. Who do I contact?", {"allowed"}, set()),
    ("What is the ITS help desk phone number for reporting misuse?", {"allowed"}, set()),
    ("I need to report that my classroom iPads were stolen over the weekend.", {"allowed"}, set()),
    ("How do I let IT know about a suspicious login on my account?", {"allowed"}, set()),
    ("I think someone got into my Google account and sent emails as me. Who should I call?", {"allowed"}, set()),
    ("I found a list of student SSNs on a shared drive anyone can open. What should I do?", {"allowed"}, set()),
    ("How do I report a coworker who is gambling on a work computer?", {"allowed"}, set()),
    ("A teacher is sending inappropriate messages to a student. Where do I report it?", {"allowed"}, set()),
    ("my laptop was stolen from the teachers lounge", {"allowed"}, set()),
    ("Who do I notify about a data breach?", {"allowed"}, set()),
    ("I lost a flash drive with student info on it, what now?", {"allowed"}, set()),
    ("Where do I report a teacher who's misusing student data?", {"allowed"}, set()),
    ("I'm not sure whether to report a coworker who shared his password with me. Who handles that?", {"allowed"}, set()),
    ("Someone sent me a phishing text pretending to be the principal. What should I do?", {"allowed"}, set()),
    ("Who do I call if my CPS laptop gets stolen?", {"allowed"}, set()),
    ("A teacher at my school keeps posting student photos on her personal Instagram. Who do I tell?", {"allowed"}, set()),
    ("Who do I report a lost badge to?", {"allowed"}, set()),
    ("hacked - someone got into my cps account. who should I call?", {"allowed"}, {"report"}),
    ("I think my CPS email got phished - whats the number for the help desk?", {"allowed"}, {"report"}),
    ("I accidentally sent a student's 504 to the whole grade level. what do I do now?", {"allowed"}, {"report"}),
    ("I think my laptop got a virus from an email, who do I call?", {"allowed"}, {"report"}),
    ("who do i talk to about someone using my gradebook login without permission?", {"allowed"}, {"report"}),
    ("who do I reach if someone stole my school badge?", {"allowed"}, {"report"}),
    ("my colleague posted a student's mugshot on her facebook. where do i report this?", {"allowed"}, {"report"}),
    ("who handles reports of someone using a coworker's login?", {"allowed"}, {"report"}),
    ("who do I call? I think someone hacked my cps email", {"allowed"}, {"report"}),
    ("what's the help desk number, my gmail linked to work got hacked", {"allowed"}, {"report"}),
    ("I think my laptop has a virus, who do I report it to?", {"allowed"}, {"report"}),
    ("my school account was hacked last night - where do I report it?", {"allowed"}, {"report"}),
    ("someone is sending phishing emails from my account. what number do I call?", {"allowed"}, {"report"}),
    ("Help - I think my Google account was compromised. who do I contact?", {"allowed"}, {"report"}),
    ("what is the service desk phone number? my email got hacked this morning", {"allowed"}, {"report"}),
    ("my coworker says her cps login was hacked, where should she report it?", {"allowed"}, {"report"}),
    ("Someone hacked into my school email and sent spam. What do I do?", {"allowed"}, {"report"}),
    ("how do I report a coworker who is selling stuff on the staff email?", {"allowed"}, {"report"}),
    ("I clicked a weird link in an email and now my computer is acting strange. what should I do?", {"allowed"}, {"report"}),
    ("where do I report that a student shared another student's nudes?", {"allowed"}, {"report"}),
    ("hey quick one - the sub left a note saying a kid called her a name and she screenshotted it. who do I send it to?", {"allowed"}, {"report"}),
    ("Where do I report a lost district hotspot?", {"allowed"}, {"report"}),
    ("My classroom laptop was stolen from my car over the weekend, what's the process?", {"allowed"}, {"report"}),
    ("Long story short, a kid in my 7th period left his chromebook on the bus and now it's gone. who do I notify?", {"allowed"}, {"report"}),
    ("i just got a text claiming to be from our principal asking me to buy Apple gift cards. who do I tell?", {"allowed"}, {"report"}),
    ("there's a password written on a post-it stuck to the library computer. who should I notify?", {"allowed"}, {"report"}),
    ("what's the procedure for reporting a stolen chromebook?", {"allowed"}, {"report"}),
    ("my cps account got compromised and is sending weird emails rn", {"allowed"}, {"report"}),
    ("I think a student got into my email somehow. what should I do?", {"allowed"}, {"report"}),
    ("where do I report that a colleague is misusing the district network?", {"allowed"}, {"report"}),
    ("heads up, my district laptop was hacked this morning", {"allowed"}, {"report"}),
    ("how do I report a phishing email?", {"allowed"}, {"report"}),
    ("who do i call if a parent's data may have been leaked?", {"allowed"}, {"report"}),
    ("a sub left his login info taped to the desk. who do I tell?", {"allowed"}, {"report"}),
    ("someone texted me pretending to be the superintendent and wants iTunes cards. who do I send this to?", {"allowed"}, {"report"}),
    ("what's the process to report a lost district phone?", {"allowed"}, {"report"}),
    ("my gmail linked to school got hacked and is emailing everybody", {"allowed"}, {"report"}),
    ("found the wifi admin password written on the whiteboard in the tech closet. who do i tell?", {"allowed"}, {"report"}),
    ("a quien llamo para reportar un laptop robado?", {"allowed"}, {"report"}),
    ("a weird email says it's from HR and asks for my login. who do I forward this to?", {"allowed"}, {"report"}),
    ("someone is logging into my cps account from another state. what do I do?", {"allowed"}, {"report"}),
    ("the office printer has the admin password taped to it. who should I tell?", {"allowed"}, {"report"}),
    ("what's the procedure if my school laptop gets stolen from my car?", {"allowed"}, {"report"}),
    ("got a suspicious text saying my paycheck is on hold unless I click a link. where do I report it?", {"allowed"}, {"report"}),
    ("I think someone used my login to change grades. what's the process?", {"allowed"}, {"report"}),
    ("I clicked a link in a fake password reset email. who do I contact?", {"allowed"}, {"report"}),
    ("our shared drive just got encrypted by ransomware, what now?", {"allowed"}, {"report"}),
    ("whats the it help desk number to report a lost badge?", {"allowed"}, {"report"}),
    ("Who do I call to report that my school laptop was stolen from my car?", {"allowed"}, set()),
    ("An email said my mailbox was full and I entered my password on the page it linked to. who do I tell?", {"allowed"}, {"report"}),
    ("There's a device I don't recognize plugged into the server closet switch. Who do I notify?", {"allowed"}, {"report"}),
    ("I gave my login to a site that looked like Google after a weird email. Who should be notified?", {"allowed"}, {"report"}),
    ("A laptop I don't recognize keeps connecting to our classroom wifi. who do i tell?", {"allowed"}, {"report"}),
    ("I think someone is doing port scans against our school network from a strange laptop. Who should be notified?", {"allowed"}, {"report"}),
    ("I clicked on a link in a fake invoice email this morning. what now?", {"allowed"}, {"report"}),
    ("Who else gets notified when an unrecognized device shows up on the network? I already told my AP.", {"allowed"}, {"report"}),
    ("I opened an attachment from a weird sender and clicked it before thinking. Who should be notified?", {"allowed"}, {"report"}),
    ("A colleague keeps emailing students' IEP summaries to an outside tutor from her yahoo account. Where does that get reported?", {"allowed"}, {"report"}),
    ("Someone sent the whole staff a 'reset your password here' email and it looks fake. Who do I forward it to?", {"allowed"}, {"report"}),
    ("I'm pretty sure one of the subs is using the library computer for things he's not supposed to. Who should I tell?", {"allowed"}, {"report"}),
    ("who do i ring when a school laptop gets pinched out of my car?", {"allowed"}, {"report"}),
    ("My classroom chromebook cart was nicked over the weekend. Who do I ring?", {"allowed"}, {"report"}),
    ("Where is misuse of the network reported to?", {"allowed"}, {"report"}),
    # a district device damaged, something nobody recognises on the network, what someone else keeps doing, the
    # desk's number or a report's route asked for: whom to tell is the question
    ("the smartboard remote they issued me got stepped on and cracked - who should I notify?", {"allowed"}, {"report"}),
    ("My work laptop stopped working after coffee spilled on it. Who do I contact?", {"allowed"}, {"report"}),
    ("the district hotspot I was given fell in a puddle and won't turn on, do I tell someone?", {"allowed"}, {"report"}),
    ("a strange little device is plugged into the ethernet port in the copy room and no one recognizes it. who should know?", {"allowed"}, {"report"}),
    ("a colleague keeps installing games on the lab computers, who do I tell?", {"allowed"}, {"report"}),
    ("what's the reporting procedure when a district tablet gets damaged?", {"allowed"}, {"report"}),
    ("is there a number to call about ransomware on the front office PC?", {"allowed"}, {"report"}),
]

# A report that also describes the act may get the procedure or the act's verdict.
REPORTS_ALONGSIDE_AN_ACT = [
    ("a colleague keeps sending me sexual messages on google chat, is that allowed", {"prohibited"}, {34, "report"}),
    ("My coworker is posting racist stuff on Facebook. Is that allowed?", {"prohibited", "not_covered"}, {2, "report"}),
    ("Can I report a broken window to the engineer by email?", {"allowed", "not_covered"}, set()),
    ("A parent emailed me a zip file that my antivirus flagged. can I forward it to the tech coordinator?", {"prohibited"}, {6, "report"}),
]


@pytest.mark.parametrize("question, verdicts, cites", REPORTS_IN_EVERYDAY_WORDS)
def test_a_report_in_everyday_words_gets_the_procedure(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", REPORTS_ALONGSIDE_AN_ACT)
def test_a_report_naming_an_act_gets_the_procedure_or_the_items_verdict(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


REPORTS = [
    "my laptop was stolen",
    "who do I tell about a keylogger",
    "service desk #?",
    "someone walked off with the projector from room 204, how do I report that",
    "our cart is short three chromebooks after the sub, who do I notify",
    "I think my work email got hacked, it's sending stuff I didn't write",
    "who should I tell if a coworker is betting on games over staff email",
    "somebody snatched my work laptop off the bus, what should I do",
    "is there a number to call, I think someone else is using my account",
    "I saw my coworker's password on a sticky on her monitor, can I tell IT?",
    "someone keeps logging into my cps account from another state, who handles that",
    "somebody shared a kid's iep in the grade level chat, what should I do?",
    # whether to tell the desk or an administrator, asked yes-or-no beside an incident
    "the cart of ipads from room 12 is gone since friday. should I tell my AP or the help desk?",
    "the staff wifi password got written on the whiteboard in a classroom and students copied it. do I need to tell IT?",
    "does the help desk need to hear about it if my work chromebook got swiped from my car?",
    # what to do, asked without the question's inverted order
    "somebody borrowed my district ipad and now there are apps on it i never installed, what i do?",
    "my cps login stopped working and somebody changed my recovery email, what i should do",
]


@pytest.mark.parametrize("question", REPORTS)
def test_a_how_where_or_who_to_tell_question_is_a_report(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "allowed"
    assert reply["kind"] == "report"
    assert reply["verdict_label"] == "Report it"
    assert any(c["section"] == "Report Improper Conduct" for c in reply["citations"])


def test_letting_an_administrator_know_about_a_lost_device_is_a_report(ask):
    assert_report(ask("my district hotspot vanished on the field trip. do i need to let the principal know or just IT?"))


# A question made of the procedure's name alone, after what happened to the district's things, asks the procedure;
# the same word after an act asked about asks nothing of the kind.
@pytest.mark.parametrize("question", [
    "Four district laptops disappeared from the media center cart overnight. Steps?",
    "the band room got broken into and our school-issued ipads are gone. steps?",
])
def test_the_procedures_name_asked_alone_after_a_loss_is_a_report(ask, question):
    assert_report(ask(question))


def test_the_procedures_name_after_an_act_asked_about_is_no_report(ask):
    assert ask("Can I text a 10th grader from my own phone? Steps?")["kind"] == "answer"



def test_what_an_act_needs_asked_alone_is_not_the_procedures_name(understanding):
    from policy.understanding import _asks_the_route_noun_alone, normalize

    def alone(question: str) -> bool:
        return _asks_the_route_noun_alone(understanding.reading(question),
                                          understanding.fix_typos(normalize(question)))

    assert alone("our cart of district chromebooks went missing. Steps?")
    assert not alone("the office wants automated absence texts to kids' phones. Any conditions?")
    assert not alone("the office wants automated absence texts to kids' phones. Approvals?")


PERMISSION_QUESTIONS = [
    "can I call a student on my personal phone about missing assignments? he's in 10th",
    "can I DM a student on instagram about her lost phone",
    "can I text a student about his missing chromebook? he's a junior",
    "can I snapchat one of my 8th graders about her stolen bike",
    "ok to facetime a 7th grader who lost his retainer on the field trip",
    "could I whatsapp a kid in my advisory about the missing permission slip",
]


@pytest.mark.parametrize("question", PERMISSION_QUESTIONS)
def test_contacting_a_student_about_something_lost_is_a_permission_question(ask, question):
    reply = ask(question)
    assert reply["kind"] == "answer"
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert not any(c["section"] == "Report Improper Conduct" for c in reply["citations"])


def test_the_permission_reading_is_what_keeps_it_from_being_a_report(reading):
    assert "permission_to_contact" in reading("can I DM a student on instagram about her lost phone").frames
    assert "permission_to_contact" not in reading("who do I tell that a student lost her phone").frames


@pytest.mark.parametrize("question", [
    "who do I tell that I'll be out friday",
    "who should I contact about ordering new markers",
    "what do I do if the copier jams again",
    "can I use the dean's copy code? he told it to me himself",
    # whether to tell someone, beside a building matter rather than the district's devices, accounts or data
    "the staff fridge broke again, should I tell the office?",
    "the boiler in the annex quit overnight, do we need to let the engineer or the principal know?",
])
def test_whom_to_tell_without_a_loss_breach_or_misuse_is_not_a_report(ask, question):
    assert ask(question)["kind"] == "answer"


# The asker's own contact, asked about with an approval tag ("that's fine right?"), stays a permission question
# whatever loss led to it; asking HOW or WHOM to report stays a report even beside "is it against the policy".
@pytest.mark.parametrize("question", [
    "my district phone went missing so I've been texting my 7th graders from my own cell, that's ok right?",
    "I've been dm'ing my 6th grade players from my personal insta since my school ipad was stolen, am I ok?",
    # told at more length, the verdict word in a last short sentence; a relative's phone is not a relative written to
    "my phone got stolen so I'm using my brother's old phone to text my 7th graders. ok until I get a new one?",
    "my school ipad was stolen and I've been using my sister's cell to text my 3rd graders, is that fine for now?",
    "since my cps cell went missing I have been using my partner's phone to call my 5th graders' homes. ok for a week?",
    # the contact a few words after the asker's own doing, with its verdict asked at the end
    "laptop got swiped from my car so I'm borrowing my roommate's phone to text my 8th graders, ok for a few days?",
    "my chromebook went missing, so I'm just using my husband's gmail to message the juniors, that ok for now?",
])
def test_ones_own_contact_after_a_loss_asked_about_is_a_permission_question(ask, question):
    reply = ask(question)
    assert reply["kind"] == "answer" and reply["verdict"] == "prohibited", reply["answer"]


# A loss told as already reported ("it's been reported", "ticket is in") is the story: the "can I" that follows asks
# leave for what comes next, and the channel's rule answers it; asking whom else to tell keeps it a report.
@pytest.mark.parametrize("question, verdict, cites", [
    ("somebody walked off with my school ipad at the game, it's been reported. can I phone the band director from my"
     " own cell until I get a new one?", "allowed", {"staff"}),
    ("chromebook cart is missing two units, ticket is in. could I email the other 4th grade teachers from my cps"
     " account to ask if they borrowed them?", "allowed", {"staff"}),
])
def test_a_loss_already_reported_leaves_the_next_question_a_permission_question(ask, check_answer, question, verdict,
                                                                               cites):
    assert ask(question)["kind"] == "answer"
    check_answer(question, {verdict}, cites)


def test_whom_else_to_tell_after_a_report_already_made_stays_a_report(ask):
    reply = ask("I already filed a ticket about my stolen laptop, who else do I need to tell?")
    assert reply["kind"] == "report", reply["answer"]


# "who" right after the person it describes opens a relative clause ("a student who's home sick"), not a question of
# whom to tell: asked in general ("can teachers ...") with a call verb nearby, it stays a question about the call;
# "who do I tell" beside a colleague who did something stays a report
@pytest.mark.parametrize("question, verdict", [
    ("can coaches ring a player who missed practice on their own phones?", "prohibited"),
    ("can teachers call a kid who's failing on their personal phone to check in?", "prohibited"),
    ("are teachers allowed to call a student who was absent from their own cell?", "prohibited"),
    ("who do I call about a coworker who shares her password?", "allowed"),
    ("a teacher who keeps posting kids' grades on facebook, who do I tell?", "allowed"),
])
def test_who_after_the_person_it_describes_asks_no_one_to_tell(ask, question, verdict):
    reply = ask(question)
    assert reply["verdict"] == verdict, reply["answer"]
    assert (reply["kind"] == "report") == (verdict == "allowed"), reply["kind"]


@pytest.mark.parametrize("question", [
    "a sub keeps posting slurs in our staff chat, how do I report it?",
    "my school laptop got taken out of my car, is that something I report and to who?",
])
def test_asking_how_or_whom_to_report_stays_a_report(ask, question):
    assert_report(ask(question))


def test_a_plan_that_lists_who_runs_an_account_is_no_report(ask):
    reply = ask("we want a club youtube channel - approvals, who manages it, what do we tell families? what's needed?")
    assert reply["kind"] == "answer"


def test_a_report_answer_offers_to_file_one(ask):
    assert "report command" in ask("where do I report a phishing email")["answer"]


@pytest.mark.parametrize("question", [
    "the gym teacher keeps adding 7th graders on his personal snap... who am I supposed to tell?",
    "our clerk leaves the gradebook open on the front desk computer all day, should I flag it and to whom",
])
def test_whom_to_tell_about_what_a_colleague_does_is_a_report(ask, question):
    assert_report(ask(question))


# a colleague's contact with a student told second-hand (by the student, a parent, a screenshot), and whom to tell
# or what to do asked: the procedure covers "any other violation of this policy", whatever channel the colleague used
@pytest.mark.parametrize("question", [
    "one of my 7th graders says the new para keeps texting her at night. who should I let know?",
    "a mom forwarded me screenshots: the drama teacher has been messaging her daughter on tiktok. where do I take this?",
    "two of my seniors mentioned the assistant principal follows them on his private insta. what do I do?",
    "the librarian emails students at their cps accounts. who do I tell?",
])
def test_whom_to_tell_about_a_colleagues_contact_with_a_student_is_a_report(ask, question):
    assert_report(ask(question))


@pytest.mark.parametrize("question", [
    "my co-teacher texts the kids about homework. can I text my 7th graders too?",
    "a student told me the band teacher follows her on instagram, is that against the policy?",
])
def test_a_colleagues_contact_with_a_student_asked_as_leave_or_a_verdict_is_no_report(ask, question):
    reply = ask(question)
    assert reply["kind"] == "answer" and reply["verdict"] == "prohibited"


# "gone" is lost in everyday words: a district device that "is gone" told with nothing asked is a loss to report; a
# person who "is gone" for the day, or a question that asks leave to act, is not
@pytest.mark.parametrize("question, kind", [
    ("came in this morning and two of the district chromebooks from the library cart are gone", "report"),
    ("the school ipad I use for attendance was gone from my desk after lunch", "report"),
    ("my principal is gone for the day, can I text the AP about coverage?", "answer"),
])
def test_a_district_device_that_is_gone_is_a_loss_to_report(ask, question, kind):
    assert ask(question)["kind"] == kind


def test_whom_to_tell_beside_ones_own_permission_question_is_not_a_report(ask):
    assert ask("can my AP and I text? who do I tell if I'm running late")["kind"] == "answer"


def test_a_gift_the_asker_received_is_not_a_report(ask):
    reply = ask("a family gave me a $25 starbucks gift card for teacher appreciation, do I need to report it?")
    assert reply["kind"] == "answer" and reply["verdict"] != "allowed"


def test_gift_cards_taken_or_asked_for_in_a_scam_are_a_report(ask):
    assert ask("someone took the gift cards from the PTO closet, how do I report it?")["kind"] == "report"
    assert ask("an email 'from my principal' wants me to buy gift cards asap, who do I forward it to?")["kind"] == "report"


@pytest.mark.parametrize("question", [
    "someone emailed claiming to be from ITS asking for my password, what should I do?",
    "weird text from a number saying it's payroll and wants my cps login... is this legit? what do I do",
])
def test_a_message_that_may_be_a_scam_gets_the_reporting_procedure(ask, question):
    assert ask(question)["kind"] == "report"


def test_asking_whether_a_permission_is_legit_is_not_a_scam_report(ask):
    assert ask("can I text my 10th graders about the game, is that legit?")["kind"] == "answer"


# "now what else do we need": the requirements still to meet are asked, not what to do after a loss
@pytest.mark.parametrize("question", [
    "the principal signed the class account approval. now what else would we need before posting?",
    "CIO cleared our alert vendor last week, now what else is required before we text the families and kids?",
])
def test_now_what_else_is_needed_asks_the_requirements_not_the_report(ask, question):
    assert ask(question)["kind"] == "answer"


def test_a_lost_device_followed_by_now_what_is_a_report(ask):
    assert ask("my district laptop got left at the gym and I can't find it... now what")["kind"] == "report"


# Asking to do something right after "can I" / "ok to" is a permission question, whatever loss the story around it
# mentions: the act is answered by its own rule, never with the reporting procedure or a green "Allowed".
@pytest.mark.parametrize("question", [
    "someone swiped my cell at the meet, can I borrow my wife's phone to text my 11th grade runners about the bus?",
    "lost my phone yesterday. is it ok to use my son's phone to text my seniors the practice time?",
    "my work laptop was stolen over the weekend; could I borrow a parent volunteer's laptop to text the 12th "
    "grade team the schedule?",
])
def test_a_permission_question_after_a_loss_is_answered_as_a_permission(ask, question):
    reply = ask(question)
    assert reply["kind"] == "answer" and reply["verdict"] != "allowed", reply["answer"]
    assert not any(c["section"] == "Report Improper Conduct" for c in reply["citations"])


# ... and using another user's account while one's own device is gone is obtaining access to it (item 9).
@pytest.mark.parametrize("question", [
    "my chromebook was stolen from the classroom. can I sign in with my co-teacher's account on her computer to "
    "post grades till I get a new one?",
    "laptop got taken from my car, ok to log in with the librarian's password to do attendance for now?",
    "since my district laptop went missing, can I use my department chair's login on his desktop this week?",
])
def test_another_users_login_used_after_a_loss_is_item_9(check_answer, question):
    check_answer(question, {"prohibited"}, {9, 13})


# A district device left somewhere, and whom to tell, is a report, even typed in a hurry ("tel", "contct",
# "laptp" are the key words with a letter left out).
@pytest.mark.parametrize("question", [
    "forgot my work laptop on the bus this morning, who do i notify??",
    "i think i left my cps ipad at the coffee shop, who shud i tell",
    "dropped my school chromebook somewhere on the field trip... who do i contct",
    "left my cps laptp at the airport, whom do i tel",
])
def test_a_district_device_left_somewhere_and_whom_to_tell_is_a_report(ask, question):
    assert_report(ask(question))


@pytest.mark.parametrize("word, read_as", [("tel", "tell"), ("contct", "contact"), ("laptp", "laptop"),
                                           ("let", "let"), ("hep", "help"), ("form", "form")])
def test_a_short_key_word_with_a_letter_left_out_is_read_as_the_word(understanding, word, read_as):
    assert understanding.fix_typos(word) == read_as


@pytest.mark.parametrize("question", [
    "can I leave my district laptop in my classroom over break? who do I tell?",
    "I forgot my lunch at home, who do I tell so I can step out at noon?",
    "left the workroom a mess yesterday, who do i tell to get it cleaned?",
])
def test_leaving_something_that_is_no_district_device_is_not_a_report(ask, question):
    assert ask(question)["kind"] == "answer"


# The verb right after "can I" is what a permission question asks to do, whatever it is: a loss in the story does
# not make it a report ...
@pytest.mark.parametrize("question", [
    "a kid in my homeroom lost her bus pass and the office is closed. can I just print her a new one from the "
    "district system with my login?",
    "my cat is missing 😿 ok to blast a flyer with her photo to the whole district directory from my cps email?",
    "our classroom ipad got stolen over break. could I quietly swap the asset tags so the inventory matches?",
])
def test_the_verb_after_can_i_makes_it_a_permission_question_whatever_was_lost(ask, question):
    reply = ask(question)
    assert reply["kind"] == "answer" and reply["verdict"] != "allowed", reply["answer"]


# ... while asking for help, the number or whom to call stays a report.
@pytest.mark.parametrize("question", [
    "my laptop was stolen from my car, can I get the service desk number?",
    "can I report a stolen district phone by email or do I have to call?",
    "could I ask who handles a lost cps badge? mine's gone",
])
def test_asking_for_help_or_whom_to_call_after_a_loss_stays_a_report(ask, question):
    assert ask(question)["kind"] == "report"


@pytest.mark.parametrize("question, verb", [
    ("can I just go into the gradebook", "go"),
    ("is it ok to blast an email", "blast"),
    ("could I please swap the tags", "swap"),
])
def test_the_asked_act_is_the_first_word_after_can_i_past_the_filler(reading, question, verb):
    r = reading(question)
    assert [r.tokens[h.start].text for h in r.hits if h.concept == "asked_act"] == [verb]


# A breach is different from a loss: the thing asked about is itself the incident, so the procedure is the answer.
@pytest.mark.parametrize("question", [
    "can I keep using my cps email if I think it got hacked?",
    "my gradebook account looks compromised, is it ok to just change the password and keep going?",
    "could I keep working on my district laptop after I clicked the link in that phishing email?",
])
def test_asking_to_keep_using_a_breached_account_or_device_gets_the_procedure(ask, question):
    reply = ask(question)
    assert reply["kind"] == "report" or reply["verdict"] != "allowed", reply["answer"]


# Something happened (a theft, a lockout, a password changed by someone else, data wiped on purpose, a message sent
# to the wrong person) and the question asks whom to tell, how to flag it or what the process is: a report, in any
# wording of "who / how / where" and a verb of telling or handling.
INCIDENT_THEN_WHOM_TO_TELL = [
    "the sub's login stopped working and it looks like somebody changed the password. who takes care of that?",
    "I mistakenly sent the reading scores spreadsheet to a parent instead of the principal - who should be told?",
    "our grade's shared folder was wiped over the weekend, we think on purpose. how should I flag it?",
    "someone broke into the computer lab cabinet and two ipads are missing, who am I supposed to alert",
    "I replied to the whole parent list by accident with a kid's attendance notes attached. what's the process now?",
]


@pytest.mark.parametrize("question", INCIDENT_THEN_WHOM_TO_TELL)
def test_an_incident_and_whom_or_how_to_tell_is_a_report(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "allowed", reply["answer"]
    assert reply["kind"] == "report"


@pytest.mark.parametrize("question", [
    "how do I tell the parents that the field trip bus is broken down?",
    "who do I ask about a mistake in the bell schedule?",
    "the copier is jammed again, who handles that?",
])
def test_whom_to_tell_about_an_everyday_problem_is_not_a_report(ask, question):
    assert ask(question)["kind"] != "report"


# Whom or where to take a matter, asked in words no list holds: the places of "who"/"where" and a verb of taking it
# somewhere ("where does that go?", "who am I meant to report it to?"), a machine under attack described by what
# the screen shows, and the desk's number asked for.
ROUTE_AND_ATTACK_REPORTS = [
    ("I watched a sub scrolling a casino site on the smartboard during class. where would that go?", {"allowed"},
     {"report"}),
    ("who exactly am I supposed to report AUP violations to?", {"allowed"}, {"report"}),
    ("a colleague keeps streaming adult videos in the workroom. who do I bring this to?", {"allowed"}, {"report"}),
    ("a popup says my files are encrypted and I need to pay, who do I call?", {"allowed"}, {"report"}),
    ("the mouse on my classroom PC is moving by itself and opening files. what do I do?", {"allowed"}, {"report"}),
    ("my work laptop got swiped from my car, what's the helpdesk number?", {"allowed"}, {"report"}),
    ("tech support line #? my district ipad vanished from the gym", {"allowed"}, {"report"}),
    # theft said in slang, on a phone
    ("my cps chromebook got jacked on the bus, who do i tell", {"allowed"}, {"report"}),
    ("the cart laptop walked off during lunch, who do i call", {"allowed"}, {"report"}),
    ("my school ipad was snatched at the game who do i notify", {"allowed"}, {"report"}),
]

# The asker's own personal account, home or life, with nothing of the district's in it: the reporting procedure
# is for CPS technology and conduct, so the policy does not address it.
PERSONAL_MATTERS_TOLD_TO_SCHOOL = [
    ("my personal instagram got hacked, do I tell the CPS service desk?", {"not_covered"}, set()),
    ("I got a summons for jury duty, who at school needs to know?", {"not_covered"}, set()),
    ("I was in a fender bender on the way in this morning, who do I notify at school?", {"not_covered"}, set()),
    ("someone stole my wallet at the gas station, do I report that to the help desk?", {"not_covered"}, set()),
]

# ... but a district device, account, student or colleague in the story keeps it a report.
DISTRICT_THINGS_KEEP_THE_REPORT = [
    ("my personal gmail got hacked and it emailed my students a weird link, who do I tell?", {"allowed"},
     {"report"}),
    ("my work laptop was stolen out of my car last night, who do I notify?", {"allowed"}, {"report"}),
    ("someone broke into my apartment and took my CPS chromebook, who do I call?", {"allowed"}, {"report"}),
]


@pytest.mark.parametrize("question, verdicts, cites", ROUTE_AND_ATTACK_REPORTS)
def test_whom_or_where_to_take_a_matter_or_an_attack_on_a_machine_is_a_report(check_answer, question, verdicts,
                                                                              cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", PERSONAL_MATTERS_TOLD_TO_SCHOOL)
def test_the_askers_own_personal_matter_is_not_covered(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", DISTRICT_THINGS_KEEP_THE_REPORT)
def test_a_district_thing_in_the_story_keeps_the_report(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question", [
    "the teacher who told me about it left early, can I call the parent tonight?",
    "where can I take my 10th graders for the field trip?",
])
def test_a_who_or_where_that_is_no_question_of_whom_to_tell_is_no_report(ask, question):
    assert ask(question)["kind"] == "answer"


# "so they know where to go": what someone else is told, in a purpose clause, asks nobody whom to tell; the
# asker's own not knowing ("I don't know who to call") still asks the route
@pytest.mark.parametrize("question, kind", [
    ("at the regional meet can I text every 10th grader one by one so they know where the vans park?", "answer"),
    ("ok to DM the juniors on the college tour so the kids know where to find me?", "answer"),
    ("can I text my seniors at the fair so everyone knows who to go to if they get lost?", "answer"),
    ("my district chromebook was swiped from my classroom and I don't know who to tell", "report"),
    ("someone logged into my cps email from overseas, not sure where to report it", "report"),
])
def test_where_or_who_someone_else_knows_is_no_route_asked(ask, question, kind):
    reply = ask(question)
    assert reply["kind"] == kind, reply["answer"]
    if kind == "answer":
        assert reply["verdict"] != "allowed", reply["answer"]


# A phrase is read within one clause: a document called "the report" followed by ", it ..." is no "report it", so
# a permission question that mentions a report stays a permission question and keeps its items.
@pytest.mark.parametrize("question", [
    "she sent me her password so I can finish the report, it's due friday. can I log in as her?",
    "my dept head gave me his login for the budget report; it's urgent. ok to sign in with it?",
    "he texted his username and password so I could fix the attendance report. it's fine if I use them?",
])
def test_a_report_named_as_a_document_leaves_the_permission_question(ask, question):
    reply = ask(question)
    assert reply["kind"] == "answer" and reply["verdict"] == "prohibited", reply["answer"]


# A colleague's act already done, its verdict asked ("... is that allowed?") with no way to report asked for, is
# judged: the item's verdict, not the reporting procedure shown as a green answer.
@pytest.mark.parametrize("question", [
    "the sub had one of my 2nd graders carry her groceries out to her car after dismissal, is that ok?",
    "our gym teacher hired a 7th grader to mow his lawn and texted him about it, is that allowed?",
    "a lunch aide asked a 4th grader through the class app to help wash her car on the weekend. allowed?",
])
def test_a_colleagues_done_act_judged_is_answered_on_the_act(ask, items_cited, question):
    reply = ask(question)
    assert reply["kind"] == "answer"
    assert reply["verdict"] in ("prohibited", "conditional"), reply["answer"]
    assert 29 in items_cited(reply)


# Report Improper Conduct covers loss, unauthorized access and misuse alike: asked whom should hear of it, whether
# anyone is to be called, where it goes or what the procedure is, a story of one is a report, even when it names
# the misuse it would report.
WHOM_TO_TELL_IN_OTHER_WORDS = [
    "our copier's admin page still has a login for a contractor who left in June. who needs to hear about that?",
    "two ipads disappeared from the library cart after the book fair, is there anyone I'm supposed to notify?",
    "what's the procedure when you catch a colleague misusing the district network?",
    "a retired teacher's account still works on the gradebook, who should hear about that?",
    "a binder with my caseload's IEP summaries fell out of my tote on the train. who should I contact?",
    "I got sent a screenshot of a sub's post with a student's grades on it. where should this go?",
    # the incident (something of the district's lost, taken or gone; the asker's login breached) and the route
    # asked (whom to tell, whether a handler must be told, the steps) are read apart: neither needs the other's words
    "the district hotspot I signed out for the trip is gone from my bag. what are the steps from here?",
    "typed my cps password into a page that looked like the login screen, then it went blank. who should I notify?",
    "our office account started sending invoices nobody here wrote. who do I contact?",
    "do I have to notify my supervisor as well as IT when I lose my work phone?",
    "two chromebooks vanished from my cart during 4th period - what steps do i take?",
]


@pytest.mark.parametrize("question", WHOM_TO_TELL_IN_OTHER_WORDS)
def test_whom_to_tell_about_a_loss_leftover_access_or_misuse_is_a_report(ask, question):
    assert_report(ask(question))


@pytest.mark.parametrize("question", [
    "a sub showed the 4th graders a gory horror movie on the smartboard. what do i do, is that against policy?",
    "what's the procedure for getting approval to text my juniors on the trip?",
    "who else should be on the group chat for the soccer trip besides the parents?",
])
def test_a_judgement_or_a_permission_beside_whom_or_procedure_words_is_no_report(ask, question):
    assert ask(question)["kind"] == "answer"


# Nothing asked at all: a district device lost or taken, or the asker's own login breached, told to the conduct
# bot is told to be reported.
LOSS_OR_BREACH_TOLD = [
    "left my district chromebook in a taxi on the way home",
    "misplaced my cps laptop somewhere at the conference yesterday",
    "I think I left my school ipad on the train this morning",
    "left my school laptop on the train this morning",
    "pretty sure i just clicked a phishing email on my work account",
    "my classroom ipad got stolen from the library during the book fair",
]


@pytest.mark.parametrize("question", LOSS_OR_BREACH_TOLD)
def test_a_loss_or_breach_told_with_nothing_asked_is_a_report(ask, question):
    assert_report(ask(question))


# ... but what someone DID, told without a question, asks the verdict on the act; and a plan is no incident.
@pytest.mark.parametrize("question", [
    "our tech aide went into the payroll system to see what the principal makes",
    "I want to send my staff a fake phishing email to see who falls for it",
    "a teacher keeps taking the chromebook cart home for her own kids",
])
def test_an_act_told_without_a_question_is_no_report(ask, question):
    assert ask(question)["kind"] != "report"


# A later part asking whom ELSE to tell about the incident just reported is part of that report, not a question
# of its own the policy "does not address".
@pytest.mark.parametrize("question", [
    "someone walked off with my district laptop. who do I call? do I also have to tell the principal?",
    "I think my cps email got phished, who do I contact and should I let my AP know too?",
    "a para is logging into kids' accounts to do their homework. where do I report it? do I also tell my dean?",
])
def test_whom_else_to_tell_after_a_report_stays_the_report(ask, question):
    assert_report(ask(question))


# Telling someone something ("should I tell him it's not allowed?") names no handler: no report.
def test_telling_the_colleague_himself_is_not_asking_whom_to_report_to(ask):
    reply = ask("my coworker keeps posting memes about students in our work google chat. should I tell him it's not ok?")
    assert reply["kind"] != "report"


# The district named as whom it would be told to ("should I tell CPS?") is where a report goes, not what happened.
@pytest.mark.parametrize("question", [
    "my own yahoo mail got hacked, nothing for work in it. do I need to tell CPS?",
    "someone hacked my personal netflix account. should I notify the district?",
    "my home router got hacked. do I have to inform the district?",
    pytest.param("someone stole my bike from my apartment building. should I report it to CPS?",
                 marks=pytest.mark.xfail(strict=True, reason="a bike is no personal thing the reader knows "
                                                              "(own_property lists home, car, yard)")),
    "my personal icloud was breached, do I need to report that to the district?",
])
def test_the_district_as_whom_to_tell_keeps_a_personal_matter_personal(check_answer, question):
    check_answer(question, {"not_covered"}, set())


# An item's act told as done by someone else, or as something that happened, with the ROUTE asked (whom, how or
# where, who handles it, a contact, a step): the reporting procedure, whichever item the act names (Report Improper
# Conduct: "misuse or abuse of CPS technology, unacceptable use of the CPS Network ..., or any other violation").
ANOTHERS_ITEM_ACT_AND_THE_ROUTE = [
    "the front office clerk has been selling concert tickets through her school email all month, who handles that kind of thing?",
    "a couple of 10th graders are running a betting pool on the chromebooks during lunch. what's the right way to report it?",
    "one of the coaches keeps forwarding campaign flyers for a city council candidate to the whole staff list. who's the right person to tell?",
    "kids are passing the sub's login around in a group chat, is there a hotline for that?",
]


@pytest.mark.parametrize("question", ANOTHERS_ITEM_ACT_AND_THE_ROUTE)
def test_an_item_act_someone_else_did_with_the_route_asked_is_a_report(ask, question):
    assert_report(ask(question))


# Someone else's act on the district's technology that no item names, with the route asked: a report too.
@pytest.mark.parametrize("question", [
    "my roommate borrowed my work chromebook over the weekend and put a bunch of stuff on it. who should I let know?",
    "a parent volunteer sat at my desk and opened the attendance program while I was out. where do I take this?",
    "our student teacher got onto the office PC with the principal's credentials. is there somewhere I should flag it?",
])
def test_someone_elses_act_on_district_technology_with_the_route_asked_is_a_report(ask, question):
    assert_report(ask(question))


# The kinds of route a report asks for, read in words no phrase list was written from.
@pytest.mark.parametrize("question", [
    "is there somewhere I can flag this",
    "what's the best way to escalate it",
    "who is responsible for that",
    "do I need to tell anybody",
    "is there a tip line",
    "what's the first step",
    "who's the right person to contact",
    "should we call the help desk",
    "report where?",
    "who am I meant to loop in on this?",
])
def test_the_kinds_of_route_a_report_asks_for_are_read(reading, question):
    assert "tell_whom" in reading(question).concepts


# "Can I ..." whose act is itself an unacceptable use stays a permission question, whatever loss led to it; a plan in
# the asker's own words stays a question about the plan, whomever it asks to tell.
@pytest.mark.parametrize("question, item", [
    ("can I borrow the librarian's login for the catalog since my laptop went missing?", 9),
    ("am I allowed to sign in as my co-teacher to post grades now that her chromebook got stolen?", 9),
])
def test_asking_to_do_an_item_after_a_loss_is_a_permission_question(ask, items_cited, question, item):
    reply = ask(question)
    assert reply["kind"] == "answer" and reply["verdict"] == "prohibited" and item in items_cited(reply), reply["answer"]


@pytest.mark.parametrize("question", [
    "I want to run a fantasy football league over the staff email, who do I need to tell?",
    "we're thinking of selling raffle tickets for the band trip through district email, who should we contact?",
    "I'm going to send the union election results to the all-staff list, who should I notify first?",
])
def test_the_askers_own_plan_with_whom_to_tell_is_not_a_report(ask, question):
    assert ask(question)["kind"] != "report"


# A bare "what now?" after the asker's own act asks about that act; after what someone else did to the district's
# technology it asks for the procedure.
def test_what_now_after_the_askers_own_act_is_not_a_report(ask):
    assert ask("a student emailed me a flirty selfie on her school account and I sent back a wink emoji. what now?")[
        "kind"] != "report"


@pytest.mark.parametrize("question", [
    "one of my 7th graders stuck a flash drive from home into the smartboard computer and now it won't stop beeping. what now?",
    "somebody in the lab installed a mining program on the district desktops overnight, what do I do",
])
def test_what_now_after_someone_elses_act_on_district_technology_is_a_report(ask, question):
    assert_report(ask(question))


# A verb of taking with a particle is an act done to the thing ("take it down"), not a matter taken to someone.
@pytest.mark.parametrize("question", [
    "who gets to take it off the page?",
    "who will send it out tonight?",
])
def test_a_verb_with_a_particle_is_no_route_asked(reading, question):
    assert "tell_whom" not in reading(question).concepts


# A matter reported that names the district's data (a student's information) is not the asker's personal matter.
def test_student_information_sent_out_by_an_outsider_is_the_districts_matter(ask):
    assert_report(ask("the tutoring company has been copying kids' info into their own gmail, who do i report this to"))


# A story that names whom it concerns ("a parent called", "the driver asked me") and closes on "ok?" after an act
# an item places asks leave to do the act: the item's verdict, never the reporting procedure's green answer
@pytest.mark.parametrize("question, item", [
    ("Attendance desk. We got a call from a grandma who says her grandson was never marked absent. The teacher "
     "asked me to change his absences to present. fine?", 27),
    ("Front office. A dad called to report that his daughter's grade looks wrong. Her coach asked me to bump it up "
     "in the gradebook so she can play. ok?", 27),
    ("Payroll. A custodian called to report a short paycheck. His supervisor wants me to add hours he didn't work "
     "so it isn't short. alright?", 27),
])
def test_an_act_asked_of_the_asker_after_a_story_is_a_permission_question(ask, items_cited, question, item):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert item in items_cited(reply)


# "what should I do?" after something that happened to the district's technology, with nobody's act told (a device
# nobody can account for, plugged in or found): a suspected security violation, whose answer is the procedure
@pytest.mark.parametrize("question", [
    "a stray flash drive is sitting in one of the library chromebooks. what should I do?",
    "there's an unidentified usb device hanging off the back of the attendance office pc, what do i do",
    "someone's random thumb drive is stuck in the lab computer and nobody knows whose it is. what now?",
])
def test_what_to_do_about_a_device_nobody_can_account_for_is_a_report(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "allowed"
    assert reply["kind"] == "report"


@pytest.mark.parametrize("question", [
    "can I plug a random usb stick I found into my classroom computer to see whose it is?",
    "is it ok to use an unlabeled flash drive from the lost and found for my slides?",
])
def test_using_a_device_nobody_can_account_for_stays_a_permission_question(ask, question):
    assert ask(question)["kind"] != "report"


# Report Improper Conduct names "theft or loss of computer resources". A theft or a loss of the district's
# computers told with nothing asked is told to be reported, whoever took them (a thief's act is the theft the
# procedure is for, not an act the items judge), and in the words of a break-in, a robbery or a thing that never
# came back as much as "stolen".
@pytest.mark.parametrize("question", [
    "somebody walked off with two of the library computers during the book fair",
    "our classroom was burglarized over spring break and the chromebook cart went with it",
    "the cart of ipads we share on the 3rd floor never came back after the field day",
    "my school-issued laptop was taken from the gym locker room this afternoon",
])
def test_a_theft_or_loss_of_district_computers_told_alone_is_a_report(ask, question):
    assert_report(ask(question))


@pytest.mark.parametrize("question", [
    "a student walked off with my own headphones during class",
    "someone keeps taking the staff lounge coffee creamer",
])
def test_a_theft_of_nothing_the_district_issued_is_not_a_report(ask, question):
    assert ask(question)["kind"] != "report"


# A story that tells a loss and an act the items place, closing on "is that ok ...?" with a reason or a time after
# it: leave asked for the act told, never the green reporting answer
@pytest.mark.parametrize("question", [
    "I misplaced my ID badge yesterday so I can't get into the gradebook. My teammate Dana said I could sign in "
    "with her password for now. Is that ok until IT resets mine?",
    "The copier room laptop got stolen and the sub needs to take attendance. I gave him my login and password "
    "on a sticky note. is that alright for one week?",
])
def test_a_story_closing_on_is_that_ok_asks_leave_for_the_act_it_told(ask, question):
    reply = ask(question)
    assert reply["kind"] != "report" and reply["verdict"] == "prohibited", reply["answer"]


# "so he doesn't have to call anyone", "I won't email anybody": nobody is to be reached, so no route is asked; the
# act the "can I" asks for decides
@pytest.mark.parametrize("question, item", [
    ("The sub can't get into the gradebook today. Can I give him my password so he won't need to call anybody?", 25),
    ("can I sign into my teammate's email with her password and clear out her inbox so she doesn't have to call "
     "anyone about it?", 9),
    # a phone keyboard's negation without its apostrophe
    ("can i log in as my co-teacher and change her quiz grades so she doesnt have to call anyone?", 9),
    ("my aide cant log in today. can I give her my gradebook password so she didnt need to email anybody?", 25),
])
def test_a_call_to_nobody_asks_no_route(ask, items_cited, question, item):
    reply = ask(question)
    assert reply["kind"] != "report" and reply["verdict"] == "prohibited", reply["answer"]
    assert item in items_cited(reply)


# A loss told in Spanish or Polish, with whom to tell asked, is a report as it is in English (the vocabulary reads
# the words for lost, work, phone, who, tell and report in both languages).
@pytest.mark.parametrize("question", [
    "Perdí el teléfono del trabajo en el autobús. ¿A quién tengo que avisar?",
    "Zgubiłem służbowy laptop w autobusie. Komu mam to zgłosić?",
])
def test_a_loss_told_in_spanish_or_polish_is_a_report(ask, question):
    assert_report(ask(question))


# "Missing" before school work or school time is what a student misses, not a device gone: a call or a message to a
# student's phone "about missing homework" or "when they're missing class" asks about the message, and the
# device named near it (the student's phone) is no loss to report. A device said to be missing stays a loss.
@pytest.mark.parametrize("question", [
    "voice message from my cell to a 5th graders phone about missing homework, does that count as texting",
    "texting my 7th graders' phones when they're missing class. beats them falling behind, no?",
    "a video call to an 8th grader's phone about her missing assignments, is a call different from a text?",
])
def test_a_student_missing_work_or_class_is_no_loss_to_report(ask, question):
    reply = ask(question)
    assert reply["kind"] != "report" and reply["verdict"] == "prohibited", reply["answer"]


@pytest.mark.parametrize("question", [
    "the laptop cart in room 12 is missing three laptops since friday, who do i tell?",
    "my district phone went missing at the game last night. what do I do",
])
def test_a_device_said_to_be_missing_is_still_a_report(ask, question):
    assert_report(ask(question))


# What the question ASKS decides, not the story before it (DESIGN.md; policy/asked_clause.py): a loss, a theft, a
# lockout or a report already made, then leave asked for an act, the verdict on what the story told, or what an act
# needs, gets the asked act's verdict (the reply still says how to report what happened) ...
PERMISSION_AFTER_AN_INCIDENT = [
    ("Somebody walked off with my classroom chromebook yesterday and I filed a ticket this morning. Can I email the "
     "seating chart with the kids' home phone numbers to my yahoo so I can work from home?", {"prohibited"}, set()),
    ("My tablet was stolen at the game and I reported it. Could I text my 7th graders from my husband's phone about "
     "the bus?", {"prohibited"}, {"mobile"}),
    ("Got locked out of the attendance system after too many tries. The para next door says I can just use her "
     "login for the afternoon. That's fine, right?", {"prohibited"}, {9}),
    ("Our last messaging vendor had a data breach, so we're moving to a new mass-text service. What has to happen "
     "before the new service can text our high schoolers?", {"conditional"}, {"mobile", "exception"}),
    ("My work laptop was stolen and I reported it. Can I call my co-teacher from my own cell meanwhile?",
     {"allowed"}, {"staff"}),
]


@pytest.mark.parametrize("question, verdicts, cites", PERMISSION_AFTER_AN_INCIDENT)
def test_leave_asked_after_an_incident_gets_the_asked_acts_verdict(ask, check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)
    reply = ask(question)
    assert reply["kind"] == "answer", reply["answer"]


def test_the_reply_to_leave_asked_after_an_incident_still_says_how_to_report_it(ask):
    reply = ask("My work laptop was stolen and I reported it. Can I call my co-teacher from my own cell meanwhile?")
    assert "report" in reply["answer"].lower()


# ... while a question whose asking sentence names reporting, whom to tell or the route stays a report, and so does
# a verdict asked on reporting itself.
@pytest.mark.parametrize("question", [
    "My district phone went missing at the game. Is it ok if I just tell my principal, or does it need a ticket?",
    "The AP told me not to bother reporting the lost projector. Is that right?",
    "is 555-0199 the right extension for reporting a stolen tablet?",
])
def test_an_asking_sentence_that_names_the_report_stays_a_report(ask, question):
    assert_report(ask(question))


# A breach of the asker's own account is the thing asked about, whatever is asked next: the procedure answers.
@pytest.mark.parametrize("question", [
    "My gradebook login was compromised. Can I just make a new password myself?",
    "somebody hacked my school email over the weekend. ok to simply set up a fresh password and carry on?",
])
def test_an_act_asked_after_ones_own_account_was_breached_stays_a_report(ask, question):
    assert_report(ask(question))


@pytest.mark.parametrize("question, verb", [
    ("lost my badge. can I call my co-teacher tonight?", "call"),
])
def test_a_call_to_a_colleague_after_can_i_is_an_act_asked(reading, question, verb):
    from policy import asked_clause

    assert asked_clause.asks_leave_not_route(reading(question), question)


@pytest.mark.parametrize("question", [
    "lost my badge. can I call the help desk?",
    "my laptop got stolen, can I call my principal about it?",
])
def test_a_call_to_whoever_handles_a_report_asks_no_leave(reading, question):
    from policy import asked_clause

    assert not asked_clause.asks_leave_not_route(reading(question), question)


# The same in Polish: "mogę" is "can I", so the act asked after a loss is read, and a colleague's password used is
# item 9, not the report.
def test_a_polish_permission_question_after_a_loss_gets_the_asked_acts_verdict(check_answer):
    check_answer("Zgubiłam laptop w autobusie. Koleżanka dała mi swoje hasło do poczty, mogę go używać do piątku?",
                 {"prohibited"}, {9})


# A route asked for something the asker means to get or set up is a request through the right office, not a report
# of what happened (issue 10 item 3: the report route answers a bare yes); with a loss told beside it, it stays one.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("who should I speak with about getting editor rights on our school's Instagram page?", {"conditional"},
     {"social"}),
    ("who do I talk to about setting up a class account on Facebook for my 10th graders?", {"conditional"},
     {"social"}),
])
def test_a_route_asked_for_the_askers_own_request_is_no_report(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question", [
    "my district laptop got stolen from my car, who do I talk to about getting a replacement?",
    "who do I talk to about a stolen chromebook?",
])
def test_a_route_asked_beside_a_loss_stays_a_report(ask, question):
    assert_report(ask(question))


# A device word near "missing" or "lost" is a loss only when the device is what is gone: people said to be missing
# ("when they're missing at dismissal") and something else the asker lost named after the verb ("lost all my work
# voicemails") are not, so the question's own act or records question is answered.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("can the recess aides call the students' cell phones when they're missing at dismissal?",
     {"prohibited", "clarify"}, {"mobile"}),
    ("my cell got water damage and I lost all my work voicemails from families. what do I need to save going forward?",
     {"conditional"}, {"note"}),
])
def test_people_missing_or_something_else_lost_is_no_device_lost(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question", [
    "my school laptop went missing from the cart, who do I tell?",
    "the kids' tablets are missing from the cart this morning, who do I call?",
    "I lost my district phone on the bus, who do I call?",
])
def test_a_device_said_to_be_missing_or_lost_stays_a_report(ask, question):
    assert_report(ask(question))


# "so families are able to see", "asking to see": a sight wished for is no incident witnessed, so "what's the
# process?" after a plan asks the plan's requirements; a sight told ("I saw a password taped up") is one.
def test_a_sight_wished_for_is_no_incident_seen(check_answer):
    check_answer("I'd like to start a class blog so families are able to see the projects. what's the process for "
                 "approval?", {"conditional"}, {"social"})


def test_a_sight_told_stays_an_incident_to_report(ask):
    assert_report(ask("I saw a coworker's password taped to her monitor, what's the process?"))


# "so everyone could see who was reported" names the ones reported; "who does this get reported to?" asks the route.
def test_the_ones_reported_named_ask_no_route(check_answer):
    check_answer("the dean posted the discipline log in the staff lounge so everyone could see who was reported for "
                 "vaping.", {"prohibited"}, {16, 17, 36})


@pytest.mark.parametrize("question", [
    "a colleague shares student grades on instagram, who is that reported to?",
    "who does this get reported to? a sub left his login on the board",
])
def test_whom_something_is_reported_to_stays_a_report(ask, question):
    assert_report(ask(question))


# The district's machine named first (by a post, or by the district's mark) and its loss or theft told after it,
# with nothing asked of it, is a loss told: the procedure answers it. So is a district thing lost with the way to deal with it asked, the way's
# owner between ("is there a procedure?", "what's the district protocol?").
@pytest.mark.parametrize("question", [
    "the checkout ipad at the library desk has been missing since thursday's book fair",
    "my cps laptop was stolen out of the staff lounge during the assembly",
    "my school chromebook cart came back from the field day short two devices. is there a procedure?",
    "somebody broke into the portable over break and the smartboard laptop is gone, what's the district protocol?",
])
def test_a_district_machine_lost_or_breached_told_is_a_report(ask, question):
    assert_report(ask(question))


# Must stay: a loss told beside a permission asked, a protocol asked for an ordinary plan, a review "left" from a
# district computer, and a plan to run malware on one are no report.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("from my school desktop I left a fake five-star review for my cousin's bakery, is that a problem?",
     {"prohibited", "not_covered"}, set()),
    ("for cyber club I want to run a real virus on the lab computers so the kids can watch it spread",
     {"prohibited"}, {6}),
    ("the classroom laptop went missing, can I use my own laptop for attendance until it turns up?",
     {"not_covered", "allowed"}, set()),
    ("is there a protocol for texting my 10th grade runners about meet times?", {"conditional", "prohibited", "clarify"},
     set()),
])
def test_a_loss_beside_a_permission_or_a_protocol_for_a_plan_is_no_report(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# Whether to tell the two parties the procedure names, the desk and the school's management, is the route of a
# report asked; a telling that is part of a plan ("tell my principal before I text ...") is not.
@pytest.mark.parametrize("question", [
    "should I tell my assistant principal as well, or is the service desk enough?",
    "do we have to notify the dean or only the tech support line?",
])
def test_whether_to_tell_the_desk_or_management_is_a_report(ask, question):
    assert_report(ask(question))


def test_a_principal_told_before_a_plan_is_no_report(ask):
    reply = ask("do I have to tell my principal before I email my 11th graders the reading list?")
    assert reply["verdict"] != "allowed" or reply.get("kind") != "report"


# The verdict on an act asked beside how or whom to report it is two questions: an item placed answers the first
# (never the route's bare yes), and the reply gives the route too; with nothing placed the route answers.
@pytest.mark.parametrize("question, items", [
    ("My co-teacher forwarded a nude meme to the whole grade team on district email. Was that a violation? Who do "
     "I tell?", {4, 34}),
    ("a para stuck a flash drive he picked up in the bus lane into the office PC and now files are locked. was that "
     "against the rules, and who do I call?", {6, 11, 35}),
    ("Our attendance clerk let her nephew use her login on the office computer. Is that allowed? Where do I report "
     "it?", {9, 14}),
    # (before issue 10 item 3 this got the route's bare yes: the verdict asked was dropped)
    ("is it against the AUP that a coworker sends me threats on google chat? who do I tell?", {1}),
])
def test_a_verdict_asked_beside_the_route_gets_the_items_verdict_and_the_route(ask, items_cited, question, items):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and items_cited(reply) & items, reply["answer"]
    assert "773-553-3925" in reply["answer"], reply["answer"]     # the route, beside the verdict


@pytest.mark.parametrize("question", [
    "Something weird popped up on the library computer. Is that a problem? Who should I call?",
    "someone in the front office opened a strange attachment. is this ok? who do i contact?",
    "A coworker keeps leaving her laptop unlocked in the lounge. Who do I tell?",
])
def test_a_verdict_asked_beside_the_route_with_no_item_placed_stays_a_report(ask, question):
    assert_report(ask(question))


# A report named as the purpose of another act ("so I can report it") leaves that act the question.
@pytest.mark.parametrize("question", [
    "A student told me the trick to unlock admin mode on the chromebooks. Can I test it myself so I can report it "
    "to IT?",
    "my neighbor showed me how to get past the content filter. could I try it on my school laptop so I can flag it "
    "for the tech team?",
])
def test_an_act_asked_so_as_to_report_it_gets_the_acts_verdict(ask, question):
    reply = ask(question)
    assert reply["kind"] == "answer" and reply["verdict"] == "prohibited", reply["answer"]


# A ticket offered as the other way of reaching a colleague reports nothing: the channel's own rule answers.
@pytest.mark.parametrize("question, verdict", [
    ("Is texting the tech coordinator fine, or do I need to file a ticket?", "under_review"),
    ("Is calling the building engineer ok, or should I put in a ticket?", "allowed"),
])
def test_a_ticket_as_the_other_way_to_reach_a_colleague_is_no_report(ask, question, verdict):
    reply = ask(question)
    assert reply["kind"] == "answer" and reply["verdict"] == verdict, reply["answer"]


def test_a_ticket_beside_a_loss_stays_a_report(ask):
    assert_report(ask("my laptop was stolen, is calling the help desk ok or do I file a ticket?"))


# "How" asks the way of a report only before reporting's own words ("how would I even flag this?"); "how do I tell
# my class ..." asks nothing of a report.
@pytest.mark.parametrize("question", [
    "the band director keeps DMing his 7th graders on snapchat. pretty sure that breaks the rules. how would I even "
    "report it quietly?",
    "our night custodian keeps letting his kids use the staff computers for games. how should I flag this?",
])
def test_how_before_reporting_words_asks_the_route(ask, question):
    assert_report(ask(question))


@pytest.mark.parametrize("question, verdict", [
    ("how do I tell my class about the schedule change by email?", "allowed"),
])
def test_how_before_a_verb_of_telling_asks_no_route(ask, question, verdict):
    reply = ask(question)
    assert reply["kind"] == "answer" and reply["verdict"] == verdict, reply["answer"]


# The verb of reporting, a joiner, then the wh-word closing the clause asks the route ("reported and where?").
@pytest.mark.parametrize("question", [
    "our sub left his badge and keys in the copy room overnight. does that get reported, and to who?",
    "my teammate lets her student helper log in as her to upload grades. should that be flagged and where?",
])
def test_reporting_then_and_where_asks_the_route(ask, question):
    assert_report(ask(question))


# The asker naming themselves as the one who handles something ("I'm the one who resets the projectors") says who
# they are: the relative "who" asks nobody's route, so the act asked beside it is answered. Whom to tell, asked in
# the same words of handling, stays a report.
@pytest.mark.parametrize("question, verdict", [
    ("what if I yank the ethernet out of the staff laminator so nobody burns through the film? I'm the one who "
     "orders it", "prohibited"),
    ("we're the ones who handle the chromebook carts. can we put a password on them so the other grades can't "
     "borrow any?", "prohibited"),
])
def test_the_asker_named_as_the_one_who_handles_it_asks_no_route(ask, question, verdict):
    reply = ask(question)
    assert reply["kind"] == "answer" and reply["verdict"] == verdict, reply["answer"]


@pytest.mark.parametrize("question", [
    "who handles a district tablet that got stolen from the bus?",
    "I'm the person who signs out the ipad cart and two are gone this morning. who do I tell?",
])
def test_who_handles_a_loss_stays_a_report(ask, question):
    assert_report(ask(question))


# Something left in a state ("left her inbox open", "left the cart unlocked") is still where it was: no loss is
# told, so what the asker did next is what is judged. A district machine left somewhere stays a loss to report.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("the counselor left her inbox open on the library pc and I scrolled through a few of her messages. nobody "
     "got hurt", {"prohibited"}, {9}),
    ("my co-teacher left the gradebook logged in on the classroom computer so I fixed a couple of her grades for "
     "her", {"prohibited"}, set()),
])
def test_something_left_open_is_no_loss_told(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question", [
    "I left my district laptop on the train this morning",
    "left my school ipad in a rideshare last night, who do I call?",
])
def test_a_district_machine_left_somewhere_stays_a_report(ask, question):
    assert_report(ask(question))


# "Missing" before what people miss (an email, the texts, the meeting) is someone's missing, not a device gone.
@pytest.mark.parametrize("question, verdicts, cites", [
    ("the parents in my class keep missing the newsletter emails, can I start a group text with them?",
     {"not_covered"}, set()),
    ("my 10th grade advisory kept missing the announcements, so can I text each of them on their cells?",
     {"prohibited"}, {"mobile"}),
])
def test_missing_what_is_sent_is_no_device_lost(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question", [
    "my district phone is missing since the assembly",
    "two of the library laptops are missing, who do I tell?",
])
def test_a_device_said_to_be_missing_stays_a_report_beside_what_people_miss(ask, question):
    assert_report(ask(question))


# An incident word in the building's or the pay office's sense (water from a fixture, a paycheck come up short) is
# no data leak and no theft: whom to tell about it is not the policy's procedure. A leak of records, and a device
# cart short of its laptops, stay reports.
@pytest.mark.parametrize("question", [
    "the science lab sink keeps leaking onto the floor, who should I call?",
    "my stipend came up short again this month, who do I contact?",
])
def test_a_fixture_leaking_or_pay_short_is_no_report(ask, question):
    reply = ask(question)
    assert reply["kind"] == "answer" and reply["verdict"] != "allowed", reply["answer"]


@pytest.mark.parametrize("question", [
    "a sub leaked our 504 roster to a parent group, who do I tell?",
    "the library cart is short three chromebooks after the assembly, who do I call?",
])
def test_records_leaked_or_devices_short_stay_reports(ask, question):
    assert_report(ask(question))
