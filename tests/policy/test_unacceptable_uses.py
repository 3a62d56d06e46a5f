"""The 37 unacceptable uses recognised by what they are about, even when an acceptable channel (district email,
the group app, staff phone calls) is named in the same question: the channel says nothing about what is sent
through it. The wording here was written for these tests, not taken from any scored set."""
from __future__ import annotations

import pytest

# (item, question): each names an acceptable channel or none, and an act the item forbids
PROHIBITED_ACTS = [
    (1, "can I forward a meme making fun of Mr. K to the staff list"),
    (1, "ok to post a gif roasting our AP in the department hangouts?"),
    (1, "can I share a parody of the principal's morning announcement in the staff chat app"),
    (1, "thinking of emailing the team a cartoon that ridicules our clerk, that fine?"),
    (1, "can I post a photoshop of the AP as a clown in the department google chat"),
    (1, "ok to send the team a gif of our librarian tripping, over cps email?"),
    (1, "can I email the dept a cartoon I made of our dean as a sleepy walrus"),
    (2, "is it ok to send the grade team a joke about the new aide's accent over cps email"),
    (2, "can I post memes about a coworker's wheelchair in our google chat space"),
    (2, "ok to rate the librarian's hair in our staff google chat every monday?"),
    (2, "can I send the team a meme about a coworker's weight over cps email"),
    (4, "can I look at nsfw pics on my district chromebook during my prep"),
    (5, "can I email the staff the address of the guy who keyed my car so someone can pay him a visit"),
    (6, "can I email a colleague some ransomware as a prank"),
    (7, "ok to send a chain letter to the all-staff list from my cps account"),
    (8, "can I use a proxy on my school laptop so youtube isn't blocked"),
    (8, "how do I get around the content filter on my work computer? it blocks my fantasy site"),
    (9, "can I look through the sub's folder on the shared drive"),
    (9, "is it ok to peek at my co-teacher's gradebook notes while she's on leave"),
    (9, "can I dig through the last librarian's google drive, it's still logged in"),
    (9, "can I skim my teammate's inbox when she leaves her laptop unlocked"),
    (9, "the last nurse's desktop still has her files on it, can I nose around before IT wipes it"),
    (9, "my co-teacher left his gmail up on the smartboard pc, can I flip through it for the answer key"),
    (9, "ok to peek into the science teacher's sub plans in his google drive while he's out?"),
    (9, "our long-term sub has no account yet, can she just borrow my login this week?"),
    (10, "can my AP have me email the families as her from her account so it looks official"),
    (10, "can I email the parents pretending to be the principal so they take it seriously"),
    (17, "can I let the grade team know over google chat which para got written up last week"),
    (19, "march madness bracket with $5 buy-in over staff email"),
    (19, "fantasy football league for the dept with a $25 entry fee, using the group app. ok?"),
    (19, "super bowl squares at $10 a box, can I run it on cps email"),
    (19, "is it fine to take bets on the world series in the staff hangouts chat"),
    (21, "can I send a raffle for my neighbor's medical bills through district email"),
    (21, "can I email the whole building asking folks to sponsor me in my 5k for leukemia research"),
    (21, "ok to put a link to my gofundme in the staff hangouts chat?"),
    (22, "can I use my district email to endorse a candidate for alderman"),
    (22, "ok to hangouts my department the petition to recall the mayor?"),
    (22, "can i put a re-elect the governor line in my cps email signature"),
    (22, "is it alright to call colleagues on the school phone to canvass for our state rep"),
    (22, "can I use my work email to push people to support my guy for congress"),
    (22, "can I email the office staff to back my husband for county commissioner"),
    (22, "ok to share the judicial candidate's flyer on the staff hangouts?"),
    (22, "can I add 'Okafor for Alderman' to the bottom of my cps emails"),
    (23, "ok to send a union sign-up sheet over the group app"),
    (23, "can I email the faculty asking them to nominate me for CTU delegate"),
    (23, "is it fine to use the group chat app to pass out union cards before the strike vote"),
    (23, "can I hangouts my team about the practice picket for our teachers contract on friday"),
    (24, "can I use my cps laptop to send invoices for the private lessons I give on weekends"),
    (24, "can I email coworkers about the bitcoin investment club I'm starting"),
    (24, "can I hangouts my coworkers that my old treadmill is up for grabs, best offer takes it"),
    (24, "ok to send families a link to my own tutoring site from my cps email?"),
    (24, "can I use the group app to sell tupperware to coworkers"),
    (24, "can I email my colleagues a link to the candle shop I run"),
    (24, "ok to advertise my tutoring business on the staff listserv?"),
    (24, "can I message the staff on hangouts about my etsy store's holiday sale"),
    (25, "can I text the sub my coworker's password so he can get into her gradebook"),
    (27, "can I change a few of his absences to present in aspen? his mom was sick"),
    (27, "can I fudge the attendance numbers in the gradebook before the audit"),
    (27, "can I delete the old discipline records from the system before the review"),
    (27, "can I edit a couple of test scores in the gradebook so he can play friday"),
    (27, "can I switch her grade from an F to a D before the audit so no one notices"),
    (27, "can I enter a few tardies as excused so our attendance numbers look better this month"),
    (27, "can I bump up my niece's grade in aspen, she's in my 2nd period"),
    (28, "can I pull up the new custodian's home address in aspen so I can drop off a casserole"),
    (28, "my coworker owes me money, can I find her address in the staff records and go collect"),
    (33, "can I hack into the gradebook server to fix my own class's grades"),
    (35, "can I download a cracked version of photoshop on my work computer"),
]


@pytest.mark.parametrize("item, question", PROHIBITED_ACTS, ids=[f"item{n}-{q[:40]}" for n, q in PROHIBITED_ACTS])
def test_the_act_is_prohibited_under_its_item_whatever_channel_it_names(ask, items_cited, item, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert item in items_cited(reply)


# Acts through the same channels that the items do not touch stay answered by the channel's rule
ACCEPTABLE_ACTS = [
    "can I email my coworkers the sub plans for tomorrow from my cps account",
    "can I use google chat with my grade level team to plan the field trip",
    "ok to email the staff a reminder about the fire drill",
]


@pytest.mark.parametrize("question", ACCEPTABLE_ACTS)
def test_ordinary_work_over_an_acceptable_channel_stays_allowed(ask, question):
    assert ask(question)["verdict"] == "allowed"


# A school activity whose name holds an item's word is not that item
NOT_THE_ITEM = [
    (17, "can I email the staff a reminder about friday's fire drill"),
    (28, "can I find his phone number in aspen to call home about his grades"),
    (22, "can I email my class about running for student council president"),
    (1, "can I start a staff google chat to swap memes about lesson planning"),
    (1, "can I post an i voted sticker pic in the staff chat"),
    (27, "can I mark a kid absent in aspen if he left after first period"),
    (24, "who do I tell about the gym lights running up the electric bill"),
    (9, "can I open a student's google doc to grade it"),
    (9, "can I check my coworker's calendar to find a time for our meeting"),
    (24, "can we sell tickets for the spring musical over the group app"),
    (1, "can I email the mock trial team's parents the competition schedule from my cps account"),
    (24, "can I email staff about the bake sale for the school store"),
    (22, "can I teach a lesson about the mayoral candidates in my civics class"),
]


@pytest.mark.parametrize("item, question", NOT_THE_ITEM)
def test_a_school_activity_named_with_an_item_word_is_not_that_item(ask, items_cited, item, question):
    assert item not in items_cited(ask(question))


def test_the_other_users_files_frame_does_not_fire_on_files_shared_with_me(reading):
    assert 9 not in reading("can I look through my co-teacher's folder she shared with me on the drive").items
    assert 9 in reading("can I look through my co-teacher's folder on the drive").items


def test_an_email_from_the_principal_is_not_the_principals_email(ask, items_cited):
    assert 9 not in items_cited(ask("can I open an email from my principal on my phone"))


# -- staff-voice batch 1 (issue 10, second round): each fix pinned with wording of its own ---------------------

@pytest.mark.parametrize("question", [
    "thinking of uploading a couple of my kids' 504 accommodations to magicschool so it drafts the parent letter, ok?",
    "is it fine to feed my reading group's test scores into gemini to sort them into groups",
])
def test_student_information_given_to_an_ai_tool_is_item_16_and_prohibited(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 16 in items_cited(reply)


def test_an_ai_tool_given_made_up_names_is_not_prohibited(ask):
    assert ask("can I paste a sample IEP goal into chatgpt using fake names only?")["verdict"] != "prohibited"


def test_taking_words_out_is_not_taking_a_student_out(ask, items_cited):
    assert 29 not in items_cited(ask("I'd take out their last names first, then can I paste my students' essays "
                                     "into the district's writing tool?"))


@pytest.mark.parametrize("question", [
    "the network is slow so can I tether the student ipads to my own phone?",
    "our wifi is trash, ok if I put the chromebook cart on my mifi for testing week?",
])
def test_a_personal_network_for_classroom_devices_is_item_8(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 8 in items_cited(reply)


def test_a_district_issued_hotspot_is_not_a_way_around_the_filter(ask, items_cited):
    assert 8 not in items_cited(ask("can I use the district-issued hotspot for my classroom chromebooks on the trip?"))


@pytest.mark.parametrize("question", [
    "our clerk asked for my gradebook login so she can fix a typo, can I email it to her?",
    "ok to jot my aspen password down for the sub so he can take attendance",
])
def test_handing_ones_own_login_to_a_colleague_is_item_9(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 9 in items_cited(reply)


def test_reading_a_colleagues_mail_with_admin_rights_is_item_13(ask, items_cited):
    reply = ask("as the tech coordinator I have admin rights, can I read through the dean's email to see if he's "
                "talking about me?")
    assert reply["verdict"] == "prohibited" and 13 in items_cited(reply)


@pytest.mark.parametrize("question", [
    "can I log into his outlook and grab the sub plans?",
    "ok to skim through my coworker's inbox on google chat if she left it open",
])
def test_opening_someone_elses_mail_is_item_9_whatever_the_channel(ask, items_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 9 in items_cited(reply)


def test_an_email_someone_sent_me_is_not_their_mailbox(ask, items_cited):
    assert 9 not in items_cited(ask("can I open her email she sent me about the field trip?"))


def test_snooping_words_never_place_an_act_alone(understanding):
    assert "snooping" in understanding.lexicon.unsure_alone


def test_orders_taken_for_ones_own_products_are_item_24(ask, items_cited):
    reply = ask("my sister and I do custom t-shirts, can I pass out an order form at the staff meeting and collect "
                "orders through my cps email?")
    assert reply["verdict"] == "prohibited" and 24 in items_cited(reply)


def test_recording_students_without_the_media_form_is_item_16_prohibited(ask, items_cited):
    reply = ask("can I livestream my 2nd graders' spelling bee? not all parents filled out the media form")
    assert reply["verdict"] == "prohibited" and 16 in items_cited(reply)


def test_a_pool_with_nothing_at_stake_is_not_wagering_and_one_with_money_is(ask, items_cited):
    assert 19 not in items_cited(ask("we do a pick em pool in the staff google chat every week, totally free, no "
                                     "prizes. ok?"))
    assert 19 in items_cited(ask("we do a pick em pool in the staff google chat every week, $5 each. ok?"))


def test_a_mock_award_for_a_colleague_is_item_1(ask, items_cited):
    reply = ask("can we do a 'laziest coworker award' as a joke in the staff group app?")
    assert reply["verdict"] == "prohibited" and 1 in items_cited(reply)


def test_answers_to_a_required_training_handed_around_are_item_31(ask, items_cited):
    reply = ask("ok to post a cheat sheet with the answers to the annual training in the staff google chat?")
    assert reply["verdict"] == "prohibited" and 31 in items_cited(reply)


def test_marking_present_where_the_student_was_not_is_item_27(ask, items_cited):
    reply = ask("a dad said he'd pay me to mark his daughter present for the days she cut class, can I?")
    assert reply["verdict"] == "prohibited" and 27 in items_cited(reply)


def test_marking_present_for_a_plain_reason_is_not_item_27(ask, items_cited):
    assert 27 not in items_cited(ask("can I mark a kid present, he was in the nurse's office during roll"))


def test_a_present_is_a_gift_only_when_nothing_marks_attendance(reading):
    assert "not_misuse" in reading("a parent gave me a gift card, do I need to report it?").frames


def test_an_app_nobody_approved_is_item_30(ask, items_cited):
    reply = ask("can our team use a quiz website for our 3rd graders that nobody approved? it's free")
    assert reply["verdict"] == "prohibited" and 30 in items_cited(reply)


def test_a_district_approved_app_is_not_item_30(ask, items_cited):
    assert 30 not in items_cited(ask("can I use the new district-approved reading app with my 3rd graders?"))


def test_student_information_the_asker_leaves_out_is_not_disclosed(ask, situation):
    question = "we won't be uploading any student data, just want magicschool to make a rubric"
    assert "student_info_excluded" in situation(question).facts
    assert ask(question)["verdict"] != "prohibited"


def test_a_but_brings_back_student_information_into_an_ai_tool(ask, items_cited):
    reply = ask("I won't paste any student names, but can I put my class's test scores into chatgpt?")
    assert reply["verdict"] == "prohibited" and 16 in items_cited(reply)


def test_personal_services_signed_up_with_a_district_address_are_item_31(ask, items_cited):
    reply = ask("is it ok to sign up for doordash and spotify with my school email?")
    assert reply["verdict"] == "prohibited" and 31 in items_cited(reply)


def test_students_on_their_own_school_accounts_are_not_someone_elses_account(ask, items_cited):
    cited = items_cited(ask("can my 8th graders use their school google accounts to post in the class stream?"))
    assert not cited & {9, 13}


def test_a_student_working_in_the_askers_account_is_item_9(ask, items_cited):
    reply = ask("ok if my TA (a junior) puts in grades for me using my login?")
    assert reply["verdict"] == "prohibited" and 9 in items_cited(reply)


def test_software_the_district_licenses_is_not_unauthorized(ask, items_cited):
    reply = ask("can I download the district-licensed typing game onto our classroom computers for practice?")
    assert reply["verdict"] != "prohibited" and not items_cited(reply) & {30, 35}


def test_student_scores_sent_to_a_whole_grade_of_parents_are_item_16_and_broad(ask, items_cited, situation):
    question = "can I email the whole grade's parents a spreadsheet with each kid's map score?"
    assert "broad" in situation(question).facts
    reply = ask(question)
    assert reply["verdict"] == "prohibited" and 16 in items_cited(reply)


def test_every_parent_signing_the_form_is_not_a_broad_disclosure(situation):
    assert "broad" not in situation("group text with my 11th graders and parents for the trip, every parent signed "
                                    "the CPS form").facts


def test_colleagues_home_addresses_sent_around_are_item_26(ask, items_cited):
    reply = ask("can I post all the teachers' home addresses in the staff group app for the card drive?")
    assert reply["verdict"] == "prohibited" and 26 in items_cited(reply)


def test_ones_own_address_given_is_not_item_26(ask, items_cited):
    assert 26 not in items_cited(ask("can I send my home address to the PTA for the potluck?"))


def test_looking_up_a_colleagues_records_for_someone_else_is_item_9(ask, items_cited):
    reply = ask("my AP asked me to pull up the sub's timesheet so she can see if he's lying, can I?")
    assert reply["verdict"] == "prohibited" and 9 in items_cited(reply)


def test_changing_a_colleagues_settings_is_item_9(ask, items_cited):
    reply = ask("while my co-teacher is at recess can I switch her desktop background to a picture of a potato lol")
    assert reply["verdict"] == "prohibited" and 9 in items_cited(reply)


def test_ripping_streaming_media_is_item_35(ask, items_cited):
    reply = ask("can I rip a few netflix episodes to show my class later?")
    assert reply["verdict"] == "prohibited" and 35 in items_cited(reply)


def test_ones_own_equipment_wired_into_the_network_is_item_11(ask, items_cited):
    reply = ask("can I plug my own wifi extender into the wall jack in room 204?")
    assert reply["verdict"] == "prohibited" and 11 in items_cited(reply)


def test_asking_the_it_office_for_access_is_not_unauthorized_access(ask, items_cited):
    reply = ask("ok if I request admin rights from the tech department to install the smartboard software?")
    assert reply["verdict"] != "prohibited" and not items_cited(reply) & {13, 30}


def test_it_as_a_pronoun_is_not_the_it_office(ask, items_cited):
    assert 30 in items_cited(ask("can I ask if it's ok to install an unapproved app on the school laptops?"))


def test_ranking_how_people_look_is_item_2(ask, items_cited):
    reply = ask("in our staff google chat can we vote on the best looking dads at drop-off lol")
    assert reply["verdict"] == "prohibited" and 2 in items_cited(reply)


def test_other_families_contact_details_handed_out_are_item_26(ask, items_cited):
    reply = ask("a parent wants the other families' home addresses for thank-you cards, can I send them to her?")
    assert reply["verdict"] == "prohibited" and 26 in items_cited(reply)


def test_ones_own_number_shared_with_colleagues_is_not_item_26(ask, items_cited):
    assert 26 not in items_cited(ask("can I share my phone number with the other teachers for the carpool?"))


def test_a_found_drive_plugged_into_a_school_computer_is_item_11(ask, items_cited):
    reply = ask("someone left a thumb drive in the copy room, ok to pop it into my classroom computer and check "
                "what's on it?")
    assert reply["verdict"] == "prohibited" and 11 in items_cited(reply)


def test_whom_to_hand_a_found_drive_to_is_a_report(ask):
    assert ask("I found a usb drive in the library, who do I give it to?")["kind"] == "report"


def test_another_students_incident_told_to_a_parent_is_item_17(ask, items_cited):
    reply = ask("a dad wants to know the name of the student who pushed his daughter at recess, can I tell him?")
    assert reply["verdict"] in ("conditional", "prohibited") and 17 in items_cited(reply)


def test_a_licence_the_question_negates_is_no_licence(ask, items_cited):
    reply = ask("can I install a mind-map extension on the class chromebooks? it isn't district approved")
    assert reply["verdict"] == "prohibited" and 30 in items_cited(reply)


def test_a_grade_band_is_not_a_grade_given(reading):
    assert "student_info" not in reading("group text with my 12th grade runners and every parent on it").concepts


def test_names_left_out_of_an_ai_tool_drop_item_16_unless_something_sensitive_stays(ask, items_cited):
    assert ask("can gemini help me draft a newsletter for families if I strip the names?")["verdict"] != "prohibited"
    reply = ask("I'll redact the names but can I upload my kids' behavior plans to chatgpt to summarize them")
    assert reply["verdict"] == "prohibited" and 16 in items_cited(reply)


def test_the_asker_using_their_own_login_with_students_is_not_item_9(ask, items_cited):
    assert 9 not in items_cited(ask("is it ok to sign in with my cps login on the smartboard to show my 9th graders "
                                    "the slides?"))


def test_a_personal_notice_to_the_whole_staff_is_item_7(ask, items_cited):
    reply = ask("can I email the whole staff a flyer for my garage sale this weekend?")
    assert reply["verdict"] == "prohibited" and 7 in items_cited(reply)


def test_work_mail_forwarded_to_a_personal_account_is_item_15(ask, items_cited):
    reply = ask("before I retire can I forward my whole inbox of work emails to my personal gmail?")
    assert reply["verdict"] == "prohibited" and 15 in items_cited(reply)


def test_a_familys_immigration_matter_told_at_school_is_item_17(ask, items_cited):
    reply = ask("is it ok to let my class know a classmate's dad was deported?")
    assert reply["verdict"] in ("conditional", "prohibited") and 17 in items_cited(reply)


def test_a_lesson_about_deportation_is_not_item_17(ask, items_cited):
    assert 17 not in items_cited(ask("can I teach a lesson on deportation history to my 8th graders?"))


def test_a_parent_emailed_from_a_personal_address_is_not_work_mail_taken_out(ask, items_cited):
    assert 15 not in items_cited(ask("can I email a parent from my personal gmail since my cps email is down?"))
