"""DESIGN.md: the 37 unacceptable uses govern the district's network, devices, accounts and systems. The same act
on a personal account, device and time, with no students, parents, student information or district business in
it, is `not_covered`; acts with students keep their sections and items."""
from __future__ import annotations

import pytest

PERSONAL_ONLY = [
    "can I post for a candidate on my personal facebook on the weekend",
    "I sell candles as a side business from my own laptop and hotspot at home, is that ok",
    "can I bet on the bears game with my buddies from my personal phone",
    "on my own time can I canvass for the alderman using my personal gmail",
    "can I run a fantasy football pool with $20 buy-in from my home computer with old college friends",
    "from my personal twitter on a sunday can I retweet a school board candidate's post",
]


@pytest.mark.parametrize("question", PERSONAL_ONLY)
def test_an_act_on_personal_means_and_time_is_not_covered(ask, question):
    reply = ask(question)
    assert reply["verdict"] == "not_covered", reply["answer"]
    assert reply["citations"] == [] or all(c["item"] is None for c in reply["citations"])


DISTRICT_MEANS = [
    ("can I use my school laptop to bet on the bears game", 19),
    ("can I use my cps laptop to sell candles on etsy", 24),
    ("on the weekend can I email coworkers from my cps account to endorse the mayor", 22),
]


@pytest.mark.parametrize("question, item", DISTRICT_MEANS)
def test_the_same_act_on_district_means_is_prohibited(ask, items_cited, question, item):
    reply = ask(question)
    assert reply["verdict"] == "prohibited"
    assert item in items_cited(reply)


def test_students_keep_their_rules_on_a_personal_account(ask):
    reply = ask("on the weekend can I dm my 11th graders from my personal instagram")
    assert reply["verdict"] == "prohibited"


def test_a_colleague_named_makes_it_school_business(ask, items_cited):
    reply = ask("can i post on my personal twitter that our principal is stealing money? i have no proof")
    assert reply["verdict"] == "prohibited"
    assert 1 in items_cited(reply)


def test_personal_scope_is_a_fact_the_engine_reads(situation):
    assert "personal_scope" in situation("can I bet on the bears game from my personal phone").facts
    assert "personal_scope" not in situation("can I bet on the bears game from my work phone").facts


@pytest.mark.parametrize("question", [
    "an old student of mine (graduated, in college now) wants to message me on insta, am i allowed to answer",
    "one of our alums who's 22 now asked to follow me on my personal tiktok, ok to follow back?",
])
def test_a_former_student_on_personal_social_media_is_not_covered(ask, question):
    assert ask(question)["verdict"] == "not_covered"


def test_a_former_student_is_not_a_student(reading):
    concepts = reading("can I dm a former student on instagram").concepts
    assert "former_student" in concepts and "student" not in concepts


@pytest.mark.parametrize("question", [
    "can I put pics from the retirement party for Mr. Ruiz on my personal facebook? just staff there",
    "can I post a selfie from the staff potluck on my own instagram, no kids in it",
])
def test_a_colleagues_party_on_ones_own_account_is_not_covered(ask, question):
    assert ask(question)["verdict"] == "not_covered"


def test_the_same_party_with_ones_students_in_it_is_prohibited(ask):
    assert ask("can I post my 4th graders' holiday party pics on my personal facebook")["verdict"] == "prohibited"


def test_students_the_asker_rules_out_are_not_students(reading):
    concepts = reading("a pic of the staff potluck, no kids in it").concepts
    assert "students_left_out" in concepts and "student" not in concepts
