"""Reporting is its own kind of answer (DESIGN.md): a question about how, where or whom to tell gets the
procedure and an offer to file a report, shown as "Report it"; its batch verdict stays `allowed`. A permission
question that merely mentions something missing, lost or stolen is still a permission question."""
from __future__ import annotations

import pytest

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
]


@pytest.mark.parametrize("question", REPORTS)
def test_a_how_where_or_who_to_tell_question_is_a_report(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "allowed"
    assert reply["kind"] == "report"
    assert reply["verdict_label"] == "Report it"
    assert any(c["section"] == "Report Improper Conduct" for c in reply["citations"])


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
])
def test_whom_to_tell_without_a_loss_breach_or_misuse_is_not_a_report(ask, question):
    assert ask(question)["kind"] == "answer"


def test_a_report_answer_offers_to_file_one(ask):
    assert "report command" in ask("where do I report a phishing email")["answer"]


@pytest.mark.parametrize("question", [
    "the gym teacher keeps adding 7th graders on his personal snap... who am I supposed to tell?",
    "our clerk leaves the gradebook open on the front desk computer all day, should I flag it and to whom",
])
def test_whom_to_tell_about_what_a_colleague_does_is_a_report(ask, question):
    reply = ask(question)
    assert reply["kind"] == "report" and reply["verdict"] == "allowed"


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


def test_a_lost_device_followed_by_now_what_is_a_report(ask):
    assert ask("my district laptop got left at the gym and I can't find it... now what")["kind"] == "report"
