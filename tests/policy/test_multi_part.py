"""A question with several parts gets an answer to each part, the strictest verdict first (DESIGN.md)."""
from __future__ import annotations

import pytest

from policy.understanding import split_parts


@pytest.mark.parametrize("question, parts", [
    ("can I text my 10th graders, and can my team have an IG?", 2),
    ("Can I email my class? Can I text them?", 2),
    ("is it ok to post photos of the game, and can I tag the players?", 2),
    ("can I call my AP on her cell? also can I email the parents about the trip?", 2),
    # context, not a new question
    ("can I call a student on my personal phone about missing assignments? he's in 10th", 1),
    ("my 5th graders play a math game on their chromebooks in the lesson, is that ok?", 1),
    ("can I email parents and students about the trip?", 1),
    ("Quick one: can I call my principal about coverage, and can I text my 9th grade advisory about the quiz?", 2),
    ("curious about my neighbor's kid, can I look up his attendance in aspen?", 1),
    # a numbered list, on one line or one question a line, and a question on a line of its own
    ("1) can we post the science fair winners on the school page 2) can I email the judges from my gmail", 2),
    ("couple things\n1. is it ok to Zoom with my 7th graders' parents\n2. can I text my para about lunch duty", 2),
    ("Questions for IT:\n- can my sub use my login\n- should I clear the cart's history", 2),
    ("can I keep the bus roster on my phone\ncan I share it with the other chaperone", 2),
    # a list of facts is context for the one question after it
    ("so: 1) the principal signed 2) every parent signed 3) parents on the thread. can I text the debate team?", 1),
    # a dash inside a line is a pause, not a list
    ("the AD and all the parents agreed - can I set up a group text for the swim team?", 1),
])
def test_a_message_splits_only_where_a_new_question_starts(question, parts):
    assert len(split_parts(question)) == parts


def test_each_part_is_answered_and_the_strictest_leads(ask):
    reply = ask("can I email my 9th graders at their cps address, and can I call them on my cell?")
    assert [p["verdict"] for p in reply["parts"]] == ["prohibited", "allowed"]
    assert reply["verdict"] == "prohibited"
    assert reply["answer"].startswith("(1)")
    assert "(2)" in reply["answer"]


def test_a_later_part_that_says_them_is_about_the_people_named_before(ask):
    # "them" are the 9th graders: texting them from the asker's own cell, nothing of the Exception said, falls
    # outside it (the Exception's line reads the asker's own means beside no activity, safety or forms)
    reply = ask("can I email my 9th graders at their cps address? can I text them from my cell?")
    assert [p["verdict"] for p in reply["parts"]] == ["prohibited", "allowed"]
    assert any(c["section"] == "Exception to Policy" for c in reply["parts"][0]["citations"])


def test_the_ones_in_a_later_part_are_the_people_named_before(ask):
    reply = ask("can I email my 5th graders at their cps addresses, and can I call the ones who never check it?")
    assert [p["verdict"] for p in reply["parts"]] == ["prohibited", "allowed"]


def test_a_part_the_bot_cannot_answer_comes_before_a_plain_yes(ask):
    reply = ask("can I email my coworkers from my cps account? can I use my cps email to organize a walkout?")
    assert [p["verdict"] for p in reply["parts"]] == ["not_covered", "allowed"]
    assert reply["verdict"] == "not_covered"


def test_the_citations_of_every_part_are_kept(ask, sections_cited):
    reply = ask("can I text my 10th graders, and can my team have an IG?")
    assert len(reply["parts"]) == 2
    assert {"Exception to Policy", "Staff to Student Social Media Communications"} <= sections_cited(reply)


def test_a_numbered_list_of_questions_is_answered_part_by_part(ask):
    reply = ask("1) can I text my 11th grade robotics team about the meet 2) can I friend their parents on facebook")
    assert len(reply["parts"]) == 2
    assert not reply["parts"][0]["question"].startswith("1)")


def test_a_one_part_question_has_no_parts_field(ask):
    assert "parts" not in ask("can I email my 4th graders at their cps accounts?")


def test_a_clarify_choice_answers_only_the_part_that_asked(ask):
    question = "can I text my 10th graders about the trip, and can I text my team tonight?"
    first = ask(question)
    texting_team = next(p for p in first["parts"] if p["verdict"] == "clarify")
    staff = next(o for o in texting_team["options"] if o["choice_id"].endswith("audience=staff"))
    again = ask(question, choice_id=staff["choice_id"])
    verdicts = sorted(p["verdict"] for p in again["parts"])
    assert verdicts == ["conditional", "under_review"]


@pytest.mark.parametrize("question", [
    "my cousin builds websites, can he get into the school's web server from his place to update our page?",
    "the old librarian retired last spring, could she still sign in to the catalog system from home?",
    "my sister-in-law is a nurse at a clinic, should she get a copy of my student's health plan?",
])
def test_a_piece_that_asks_about_the_person_just_named_stays_with_that_part(question):
    assert len(split_parts(question)) == 1


# A modal after a subject or a negation is a statement, not a question opening: the story stays with the question
@pytest.mark.parametrize("question", [
    "dad won't do the online field trip form, can I type his name into it so his kid can go",
    "my para does the attendance, can she use my login",
])
def test_a_statement_with_a_modal_stays_with_the_question_after_it(question):
    from policy.understanding import split_parts
    assert len(split_parts(question)) == 1


# A question that opens on its condition ("and if she says no, who do I tell?") is a question of its own: the
# permission asked before it keeps its own answer instead of being read as part of a report.
@pytest.mark.parametrize("question, parts", [
    ("A teacher wants me to put a free screen recorder from some website on her laptop. Can I? And if I refuse, "
     "who should I tell?", 2),
    ("can I email the sub plans to the office? if I'm out tomorrow, the office has them", 1),
])
def test_a_question_opened_by_its_condition_is_a_part_of_its_own(question, parts):
    assert len(split_parts(question)) == parts


def test_a_permission_asked_before_a_conditional_report_question_keeps_its_verdict(ask):
    reply = ask("A teacher wants me to put a free screen recorder from some website on her laptop. Can I? "
                "And if I refuse, who should I tell?")
    assert reply["verdict"] == "prohibited"


@pytest.mark.parametrize("question, verdict", [
    # the channel the vocabulary lists first must not decide which of the offered channels is answered
    ("hangouts versus a quick text to my department chair, which is the approved one?", "under_review"),
    ("Which is fine for reaching a 10th grader about a makeup quiz: her cps email or a call to her cell?",
     "prohibited"),
    ("for the front office staff: phone calls vs texting, which one does the policy allow?", "under_review"),
])
def test_a_choice_between_channels_leads_with_the_strictest(ask, question, verdict):
    assert ask(question)["verdict"] == verdict


@pytest.mark.parametrize("question", [
    "my cps email or cps google chat, which should I use to remind my seniors about the essay?",
    "which works better for talking to another teacher, a phone call or cps email?",
])
def test_a_choice_between_acceptable_channels_stays_allowed(ask, question):
    assert ask(question)["verdict"] == "allowed"


# Two acts of contact sharing one "can I" (or a plan, or a numbered list), each with its own recipient: each is a part
# of its own, so the channel of one is never judged with the other's audience
@pytest.mark.parametrize("question, parts", [
    ("can I phone the band director about the bus and email my 11th graders' CPS accounts the itinerary?", 2),
    ("I want to (1) email the art teacher about supplies and (2) message my students' CPS accounts on Google Chat", 2),
    ("quick pair: 1) call the librarian about the cart 2) email my 5th graders the reading log. ok?", 2),
    # one plan carried on, or a verb with no one of its own before it: one part
    ("for spirit week can I change my CPS email signature to a meme and email the whole staff?", 1),
    ("can I text and call my students", 1),
])
def test_a_second_act_of_contact_with_its_own_recipient_is_a_part_of_its_own(question, parts):
    assert len(split_parts(question)) == parts


def test_a_call_to_a_colleague_and_an_email_to_students_cps_accounts_are_each_allowed(ask):
    reply = ask("Can I ring the school nurse about a rash AND email my 8th graders at their cps.edu accounts?")
    assert reply["verdict"] == "allowed"
    assert [p["verdict"] for p in reply["parts"]] == ["allowed", "allowed"]
