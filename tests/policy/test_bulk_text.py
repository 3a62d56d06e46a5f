"""Staff to Student Mobile Device Communications: a bulk text notification system is acceptable only when the CIO
has reviewed it, parents gave written permission and can opt in, and parents get the same content as the students;
a question that says one condition failed is prohibited."""
from __future__ import annotations

import pytest

# Questions and the answers they must get: (question, accepted verdicts, accepted citations). A citation is a
# section key or an item number (conftest.SECTION_KEYS); the answer must cite one of them unless it is
# not_covered, and an empty set accepts any citation. New cases go in these tables.

# A bulk text notification system is acceptable on the conditions the policy names.
BULK_TEXT_WITH_ITS_CONDITIONS = [
    # class messaging apps named by brand are notification systems too
    ("can i use seesaw to send alerts to my students phones", {"conditional"}, {"mobile"}),
    ("bloomz texts to my 5th graders cells ok?", {"conditional"}, {"mobile"}),
    ("classtag reminders to my kids phones", {"conditional"}, {"mobile"}),
    ("We want to use ClassDojo to send text alerts to families and students, what's required?", {"conditional"}, {"mobile"}),
    ("Can our school sign up for a mass texting service to text students about snow days?", {"conditional"}, {"mobile"}),
    ("my principal wants to use remind for the whole 7th grade. ok?", {"conditional"}, {"mobile"}),
    ("Is it okay to use Remind for my 11th grade class if parents join too?", {"conditional"}, set()),
    ("I want to use a texting app to send announcements to all my high school students. What's needed?", {"conditional"}, set()),
    ("Can I send Class Tag messages to my students' phones?", {"conditional"}, set()),
    ("Can I use TalkingPoints to text my students?", {"conditional"}, set()),
    ("Our school is thinking about ParentSquare texts to students' phones, what's needed?", {"conditional"}, set()),
    ("We are looking at a new app that texts students about attendance. What needs to happen before we use it?", {"conditional"}, set()),
    ("Is it alright to use ClassDojo messaging to send alerts to my students' phones if parents sign up too?", {"conditional"}, set()),
    ("Is using Remind with my high school classes ok?", {"conditional"}, set()),
    ("Can we use Remind to text our high school athletes about practice cancellations?", {"conditional"}, set()),
    ("Our school uses SchoolMessenger for robocalls and texts to students. Is that ok?", {"conditional"}, set()),
    ("can my school use a text notification system to send snow day alerts to students' phones?", {"conditional"}, {"mobile"}),
    ("is it ok for the school to text students through a bulk alert system?", {"conditional"}, {"mobile"}),
    ("do we need anything before starting a bulk text system for our high schoolers?", {"conditional"}, {"mobile"}),
    ("The office wants an SMS-alert system to let our 10th graders know when buses are late. What has to happen first?", {"conditional"}, {"mobile"}),
    ("We're thinking of automatic absence texts to our high school students' cells. What are the requirements?", {"conditional"}, {"mobile"}),
    # the conditions asked about, one still to come
    ("The principal picked a text alert system for students' phones but the CIO hasn't reviewed it yet. What needs to happen before we use it?", {"conditional"}, {"mobile"}),
    ("our school wants to start mass texting students about early dismissals; nothing's been approved. what approvals are required?", {"conditional"}, {"mobile"}),
    ("Which steps does a bulk text service need before our office can send kids attendance alerts?", {"conditional"}, {"mobile"}),
]

# One condition the question says failed (no CIO review, no written permission, no opt-in, different content) makes
# it prohibited.
BULK_TEXT_MISSING_A_CONDITION = [
    ("Can I use a bulk texting app that hasn't been approved by the CIO to text my class?", {"prohibited"}, {"mobile"}),
    ("Can I set up a Remind class for my 8th graders that the CIO hasn't reviewed?", {"prohibited"}, set()),
    ("We use SchoolMessenger to text the 8th graders. it's CIO approved but we never sent home the consent forms. fine?", {"prohibited"}, {"mobile"}),
    ("the district-approved alert texting tool: parents said yes at open house, nothing signed. can we turn it on for our juniors?", {"prohibited"}, {"mobile"}),
    ("Our bulk text platform was vetted by IT, but families can't opt in to receive the alerts their kids get. problem?", {"prohibited"}, {"mobile"}),
    ("Mass-text service for sophomores hasn't had its security review yet. can we start it monday?", {"prohibited"}, {"mobile"}),
    ("we're using a bulk SMS tool for the 11th grade; we assume families are fine since nobody opted out. okay?", {"prohibited"}, {"mobile"}),
    ("The alert system texts the athletes the full schedule but parents only get a condensed version. ok?", {"prohibited"}, {"mobile"}),
    ("Parents were told about the notification app over the phone, not in writing. The CIO approved it. can we launch?", {"prohibited"}, {"mobile"}),
    ("our text alert vendor got the CIO sign-off, but we only emailed parents a heads-up and never got anything signed. can we text the freshmen?", {"prohibited"}, {"mobile"}),
    ("is it fine that parents get a shorter text than the students from our bulk messaging system?", {"prohibited"}, {"mobile"}),
    ("our ParentSquare texts to students were approved by IT but parents never opted in in writing. can we keep sending?", {"prohibited"}, {"mobile"}),
    ("the bulk text app we use doesn't let parents get copies of what the kids get. is that allowed?", {"prohibited"}, {"mobile"}),
    ("our alert texting service has IT approval but we just put a notice in the newsletter instead of getting signed forms. is that enough to text the juniors?", {"prohibited"}, {"mobile"}),
    ("the notification system sends students detailed texts but parents who signed up get a generic version. compliant?", {"prohibited"}, {"mobile"}),
    ("ms. k here - our school messenger alerts go to kids' phones; IT okayed it, but permission was just a checkbox on the online registration, no signature. ok?", {"prohibited"}, {"mobile"}),
    ("the text alert tool sends kids reminders but only lets parents get the emergency ones. is that a problem?", {"prohibited"}, {"mobile"}),
    ("We use a texting app for 10th grade attendance alerts that IT never reviewed. Ok?", {"prohibited"}, {"mobile"}),
    ("We bought a texting service for the cross country team but the district's tech security people never looked at it. Fine to send the kids meet updates on it?", {"prohibited"}, {"mobile"}),
    ("our attendance text blast app wasn't vetted by the chief information officer's office, can we still use it to text students?", {"prohibited"}, {"mobile"}),
    ("Can the school text all students about spirit week through SchoolMessenger if we just told families at open house and didn't get anything signed?", {"prohibited"}, {"mobile"}),
    ("For our mass text alerts to kids, parents who sign up only get a weekly digest instead of each alert. ok?", {"prohibited"}, {"mobile"}),
    ("is it ok to use a mass texting app to reach my students when the parents only gave permission over the phone?", {"prohibited"}, {"mobile"}),
    ("Our text alert vendor was picked by the PTO and nobody from the CIO's team ever did a security review on it. Can teachers use it to text kids?", {"prohibited"}, {"mobile"}),
    ("The school's new SMS alert tool only sends to students; parents can't be added at all. Is that allowed?", {"prohibited"}, {"mobile"}),
    ("is our bulk texting to students ok if permission slips will be collected next week, after we start sending?", {"prohibited"}, {"mobile"}),
    ("Is it ok to text students through a mass messaging app that IT told us is still pending approval?", {"prohibited"}, {"mobile"}),
    ("r we allowed to mass text students on the attendance app if we never got anything from parents in writing", {"prohibited"}, {"mobile"}),
    ("does it matter that parents on our text alert list get a different message than the kids get?", {"prohibited"}, {"mobile"}),
    ("can our reminder texting app go to students if parent consent is just a checkbox on the online registration no signature?", {"prohibited"}, {"mobile"}),
    ("mass txt app for hs kids - parents said its cool at the back to school night, nothing signed. good?", {"prohibited"}, {"mobile"}),
    # the CIO's review said to be still under way, and the asker wants to start now
    ("The alert app for kids' phones is still in the CIO's security review. Can we switch it on this week anyway?", {"prohibited"}, {"mobile"}),
    ("district vetting of our text-blast vendor isn't finished yet - ok to text the students about tryouts in the meantime?", {"prohibited"}, {"mobile"}),
    ("Our mass text service's review is pending with IT. Can I send the seniors graduation reminders through it now?", {"prohibited"}, {"mobile"}),
]

# Conditions stated as met keep the acceptable answer.
BULK_TEXT_CONDITIONS_STATED_AS_MET = [
    ("we want to start using a mass text alert for the whole school but I'm not sure it's been security reviewed", {"prohibited", "conditional"}, set()),
    ("can our school text students through a vendor app the district already approved and reviewed?", {"conditional", "allowed"}, {"mobile"}),
    ("Our bulk texting service for high school students was authorized by the CIO after the security review. anything else?", {"conditional", "allowed"}, {"mobile"}),
    ("we're a K-8. can our school use a bulk alert system for 8th graders if the CIO approved it after the security review?", {"conditional", "allowed"}, {"mobile"}),
    ("Our bulk text system is CIO-reviewed, parents signed permission, and parents get the same alerts. we good?", {"conditional", "allowed"}, {"mobile"}),
    ("Our school's bulk alert system is approved by the CIO, parents signed permission, and parents get the same texts as the kids. Good to go?", {"conditional", "allowed"}, set()),
    ("Our school's bulk text system was reviewed by the CIO's office, parents opted in in writing, and they get the same alerts as the kids. ok?", {"conditional", "allowed"}, set()),
    ("Our notification provider was reviewed by the CIO's office, all families signed the written permission form and parents receive the identical messages. Can we begin texting the students?", {"conditional", "allowed"}, {"mobile"}),
]


@pytest.mark.parametrize("question, verdicts, cites", BULK_TEXT_WITH_ITS_CONDITIONS)
def test_a_bulk_text_system_is_acceptable_with_its_conditions(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", BULK_TEXT_MISSING_A_CONDITION)
def test_a_bulk_text_system_missing_a_condition_is_prohibited(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", BULK_TEXT_CONDITIONS_STATED_AS_MET)
def test_a_bulk_text_system_with_its_conditions_met_is_allowed_or_conditional(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# The bulk-text conditions read as failed: parents kept from the copies, forms from an earlier year, and a
# question about who approves one is about the process (the section's conditions), not a report.
@pytest.mark.parametrize("question", [
    "The new alert app is CIO-approved and parents signed up, but can we leave the parents out of the copies to cut costs?",
    "Our school's text alert system: can we use the parent consent forms from two years ago?",
])
def test_a_bulk_system_with_a_condition_said_to_fail_is_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {"mobile"})


@pytest.mark.parametrize("question", [
    "As an AP, who needs to approve a texting service that sends alerts to students' phones?",
    "Who approves a bulk text notification system for our high school students, and what else is required?",
])
def test_asking_who_approves_a_bulk_system_gets_its_conditions(check_answer, question):
    check_answer(question, {"conditional"}, {"mobile"})


# A notification system named by what it does or who sells it ("the texting service", "our alert vendor"), and a
# question on its conditions about parents (their consent, their opting in to the same alerts): the bulk-text rule.
BULK_TEXT_BY_OTHER_NAMES = [
    ("can I use the mass text alert system for my club's reminders?", {"conditional"}, {"mobile"}),
    ("our text notification vendor - do families need to opt in before we send?", {"conditional"}, {"mobile"}),
    ("is the automated texting service ok for sending game reminders to my high school players?",
     {"conditional"}, {"mobile"}),
    ("the sms platform the front office uses for attendance, could the chess club use it too?", {"conditional"},
     {"mobile"}),
    ("if a mom unsubscribes from the school alert service, can her kid still get the texts?", {"conditional",
                                                                                              "prohibited"},
     {"mobile"}),
]

# ... while a bulk system used to reach parents alone stays outside the channel rules, and "remind" as a verb
# is no notification system.
BULK_SYSTEM_FOR_PARENTS_OR_REMIND_AS_A_VERB = [
    ("can I use the robocall system to remind parents about conferences?", {"not_covered"}, set()),
    ("can I text my 4th grader's phone to remind her about the spelling test?", {"prohibited"}, {"mobile"}),
]


@pytest.mark.parametrize("question, verdicts, cites", BULK_TEXT_BY_OTHER_NAMES)
def test_a_notification_system_by_another_name_is_bulk_text(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


@pytest.mark.parametrize("question, verdicts, cites", BULK_SYSTEM_FOR_PARENTS_OR_REMIND_AS_A_VERB)
def test_a_system_for_parents_only_or_the_verb_remind_is_not_the_bulk_text_rule(check_answer, question, verdicts,
                                                                                cites):
    check_answer(question, verdicts, cites)


# A notification system called by what it is ("a text system", "robocalls", "reminder texts"): bulk text with its
# conditions; an opt-out letter is no prior written permission; a mass text to staff is staff texting (under review).
@pytest.mark.parametrize("question, verdicts, cites", [
    ("can our school use a texting system to alert students about early dismissal?", {"conditional"}, {"mobile"}),
    ("the robocall system calls families - can it send reminder texts to the kids too?", {"conditional"}, {"mobile"}),
    ("I enrolled my class in a text reminder service and told parents they can opt out if they want. ok?", {"prohibited"}, {"mobile"}),
    ("can the principal blast a mass text to all the teachers about the fire drill?", {"under_review"}, {"staff"}),
])
def test_a_notification_system_by_what_it_does_and_its_consent(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# A bulk notification system sends group notifications and alerts; a one-to-one text to a student through it is a
# text to a student's phone outside the acceptable channels, whatever review the system passed.
@pytest.mark.parametrize("question", [
    "can I use our approved alert system to text just one of my juniors privately about his attendance?",
    "the school's CIO-reviewed text alerts: can I send a 1:1 message through it to a 5th grader about her lost coat?",
    "could I dm a single sophomore through ParentSquare's texting since it's district approved?",
])
def test_a_one_to_one_text_through_a_bulk_system_is_prohibited(check_answer, question):
    check_answer(question, {"prohibited"}, {"mobile"})


# The school's mass-notice app (the one that sends the newsletter or the announcements) asked to text students is a
# bulk text notification system, whatever it is called: acceptable with its conditions.
MASS_NOTICE_APP_TEXTING_STUDENTS = [
    ("our school's newsletter app has a texting feature - can we use it to text the middle schoolers about early "
     "dismissal?", {"conditional"}, {"mobile"}),
    ("can the announcements app the office uses also text 10th graders' phones?", {"conditional"}, {"mobile"}),
    ("is the newsletter software allowed to send texts to students?", {"conditional"}, {"mobile"}),
]


@pytest.mark.parametrize("question, verdicts, cites", MASS_NOTICE_APP_TEXTING_STUDENTS)
def test_the_schools_mass_notice_app_texting_students_is_a_bulk_system(check_answer, question, verdicts, cites):
    check_answer(question, verdicts, cites)


# The CIO's review going on ("still reviewing", "currently vetting"): the authorization is not given yet, so texts
# sent meanwhile fail the condition; asked what is still needed, it is the condition still to come
@pytest.mark.parametrize("question", [
    "IT security is currently vetting the new alert texting platform. Can we push absence alerts to students' phones in the meantime?",
    "the CIO office is still evaluating our mass text vendor; ok to start texting students the bus changes this week?",
    "district tech is in the process of reviewing the notification app we picked. can we text the high schoolers with it now?",
])
def test_bulk_texts_sent_while_the_review_goes_on_are_prohibited(check_answer, situation, question):
    assert "unauthorized" in situation(question).facts
    check_answer(question, {"prohibited"}, {"mobile"})


@pytest.mark.parametrize("question", [
    "the CIO's office is still reviewing our bulk text vendor. what else will we need before it can text students?",
    "IT is currently vetting the alert texting service; which requirements are left for us after that?",
    "our text notification vendor is still under security review - what approvals do we need once it clears?",
])
def test_what_a_bulk_system_under_review_still_needs_is_its_conditions(check_answer, question):
    check_answer(question, {"conditional"}, {"mobile"})


# The bulk system's first condition names the system: one the CIO authorized after a security review. The asker's
# own phone, number or app, or an app someone picked up on their own, is not that system.
@pytest.mark.parametrize("question, verdicts", [
    ("our department wants to use a free group text app to send homework alerts to the 10th graders' phones. allowed?",
     {"prohibited"}),
    ("can I blast announcements to my seniors' cells through a personal texting app I pay for?", {"prohibited"}),
    ("we want to mass-text reminders to students' phones with a tool one of our coaches downloaded. ok?",
     {"prohibited"}),
    ("The CIO approved our bulk alert system, parents opted in in writing and get the same alerts. Can we send the "
     "9th graders a testing-day reminder?", {"conditional", "allowed"}),
])
def test_a_bulk_system_that_is_ones_own_means_or_an_app_nobody_reviewed_fails_its_authorization(
        check_answer, question, verdicts):
    check_answer(question, verdicts, {"mobile"})


# The asker's own phone named only to rule it out ("through the school's system, not my own cell") is not the
# system's means: the system keeps its conditions, and the phone is no failed authorization.
@pytest.mark.parametrize("question", [
    "could the kids' practice reminders go out as group texts from an alert service rather than my personal cell?",
    "if the absence alerts to students come from a notification system and not from my own phone, is that ok?",
])
def test_a_bulk_system_beside_the_askers_own_phone_ruled_out_keeps_its_conditions(check_answer, question):
    check_answer(question, {"conditional"}, {"mobile"})
