"""The Exception to Policy allows texts with 9-12 students only as group messages with the parent/guardian on them:
one student, named in the singular ("a freshman's cell", "my 11th grader"), is a one-to-one text."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "can I text a sophomore's cell to say his lost jacket is in the office",
    "can I text my 12th grader about tomorrow's bus time?",
    "ok to text one of my juniors that practice moved indoors",
])
def test_a_text_to_one_high_school_student_is_prohibited(ask, sections_cited, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]
    assert "Exception to Policy" in sections_cited(reply)


@pytest.mark.parametrize("question", ["can I text my 12th graders about tomorrow's bus time?",
                                      "can I text my freshmen about the trip?"])
def test_a_text_to_high_school_students_as_a_group_keeps_the_exceptions_conditions(ask, question):
    assert ask(question)["verdict"] == "conditional"


@pytest.mark.parametrize("question, one", [
    ("a freshman's cell", True), ("my 11th grader", True), ("one of my seniors", True),
    ("my 11th graders", False), ("my freshmen", False), ("my homeroom", False),
])
def test_one_student_is_read_from_the_singular(reading, question, one):
    assert ("one_student" in reading(f"can I text {question}").concepts) is one


# permission still to come is not prior written permission: the fact is read from concepts in order
# ("forms come back next week"), so the wording around it does not matter
@pytest.mark.parametrize("question", [
    "the permission slips are still out for the robotics trip, can I group text my 11th graders and their parents "
    "about the bus now?",
    "I'll collect the cps forms tomorrow but can I start the group chat w/ my seniors + parents today for safety "
    "stuff on the trip",
])
def test_permission_that_comes_later_is_no_permission(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "prohibited", reply["answer"]


def test_forms_all_in_before_a_trip_tomorrow_keep_the_exception(ask, situation):
    question = ("all the forms are signed and the trip is tomorrow, can I group text my 11th graders with their "
                "parents on it for safety updates?")
    assert "no_permission" not in situation(question).facts
    assert ask(question)["verdict"] in ("conditional", "allowed")
