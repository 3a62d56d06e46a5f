"""A channel the asker rules out is not the channel of the question: "I don't text them, I email their CPS
accounts" is about email."""
from __future__ import annotations

import pytest


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
