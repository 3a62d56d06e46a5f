"""Never a confident yes on what the reader did not understand (DESIGN.md): an act it cannot place, sent over a
channel the policy accepts, gets the channel's rule and the items that may apply, and is not `allowed`. The
words it could not place are part of the reply."""
from __future__ import annotations

import pytest

UNKNOWN_ACTS = [
    ("can I use my cps email to organize a walkout", "walkout"),
    ("can I email the staff to promote my church's revival", "revival"),
    ("can I use my district email to rally folks for the sit-in at city hall?", "sit-in"),
    ("ok to hangouts the dept about joining the sickout on monday", "sickout"),
    ("can I hangouts my colleagues to hawk my zumba passes?", "hawk"),
    ("can I use the staff email list to petition for a four-day week?", "petition"),
]


@pytest.mark.parametrize("question, word", UNKNOWN_ACTS)
def test_an_act_it_cannot_place_over_an_acceptable_channel_is_not_allowed(ask, question, word):
    reply = ask(question)
    assert reply["verdict"] != "allowed"
    assert word in reply["unplaced"]
    assert word in reply["answer"]


def test_the_reply_keeps_the_channels_rule(ask, sections_cited):
    reply = ask("can I use my cps email to organize a walkout")
    assert reply["verdict"] == "not_covered"
    assert "Staff to Staff Mobile Device Communication" in sections_cited(reply)


def test_items_whose_act_is_named_are_offered_as_may_apply(ask):
    # canvassing is a political act, but no office or candidate is named: item 22 may apply, it is not found
    reply = ask("can I use district email to canvass the teachers at the charter across town")
    assert reply["verdict"] == "not_covered"
    assert "item 22" in reply["answer"]


@pytest.mark.parametrize("question", [
    "can I email the grade team to divvy up the chaperone slots",
    "can I call my AP to run an idea by her",
    "can I email colleagues from my cps account to borrow a projector cart",
    "can I email my 10th graders at their cps addresses to hype up the pep rally",
    "can I email the night custodians from my cps account about the boiler schedule",
    "is google chat ok for our science department to coordinate lab schedules?",
    "can I ping my 9th graders in google chat from my cps account about the quiz?",
    "can I email a 10th grader at her cps address to remind her to bring back her inhaler form?",
])
def test_a_topic_after_about_or_an_everyday_work_verb_is_not_an_unknown_act(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "allowed", reply["unplaced"]
    assert reply["unplaced"] == []


def test_names_are_not_unknown_acts(reading):
    assert reading("can I email Ms. Okonkwo the sub plans from my cps account").unplaced == ()
