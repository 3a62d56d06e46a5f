"""Situation -> verdict: the verdict engine on structured situations, no question text. One test row per channel
line of the policy, the Exception's conditions one by one, clarify options that each lead to their verdict, and
not_covered. How a question becomes a situation is pinned in test_question_reading.py."""
from __future__ import annotations

import pytest

from policy.engine import engine_for, verdict_for
from policy.situation import Situation

MOBILE = "Staff to Student Mobile Device Communications"
EXCEPTION = "Exception to Policy"
SOCIAL = "Staff to Student Social Media Communications"
STAFF = "Staff to Staff Mobile Device Communication"
NOTE = "Special Note"
REPORT = "Report Improper Conduct"
F = frozenset

ROWS = [
    # Staff to Student Mobile Device Communications
    (Situation("student_k8", "district_email"), "allowed", MOBILE),
    (Situation("student_9_12", "group_app", "district"), "allowed", MOBILE),
    (Situation("student_9_12", "group_app", "personal"), "prohibited", MOBILE),
    (Situation("student_k8", "group_app"), "clarify", MOBILE),          # which account: DESIGN.md
    (Situation("student_k8", "bulk"), "conditional", MOBILE),
    (Situation("student_9_12", "bulk", facts=F({"unauthorized"})), "prohibited", MOBILE),
    (Situation("student_9_12", "phone_call"), "prohibited", MOBILE),
    (Situation("student_k8", "text"), "prohibited", MOBILE),
    (Situation("student_k8", "im"), "prohibited", EXCEPTION),
    (Situation("student_9_12", "personal_email"), "prohibited", MOBILE),
    # Exception to Policy: 9-12 only, permission in writing, group with the parent, safety
    (Situation("student_9_12", "text"), "conditional", EXCEPTION),
    (Situation("student_9_12", "text", facts=F({"safety", "written_permission", "parent_on_thread"})),
     "conditional", EXCEPTION),
    (Situation("student_9_12", "text", facts=F({"one_to_one"})), "prohibited", EXCEPTION),
    (Situation("student_9_12", "text", facts=F({"no_parent"})), "prohibited", EXCEPTION),
    (Situation("student_9_12", "im", facts=F({"verbal_only"})), "prohibited", EXCEPTION),
    (Situation("student_9_12", "text", facts=F({"no_permission"})), "prohibited", EXCEPTION),
    (Situation("student_9_12", "text", facts=F({"non_safety"})), "prohibited", EXCEPTION),
    (Situation("student_9_12", "text", facts=F({"single_student"})), "prohibited", EXCEPTION),
    (Situation("student_9_12", "text", facts=F({"single_student", "parent_on_thread"})), "conditional", EXCEPTION),
    # Staff to Student Social Media Communications
    (Situation("student_9_12", "class_social"), "conditional", SOCIAL),
    (Situation(None, "district_social"), "conditional", SOCIAL),
    (Situation("student_k8", "personal_social"), "prohibited", SOCIAL),
    (Situation("parent", "personal_social", acts=F({"friend"})), "prohibited", SOCIAL),
    (Situation(None, "personal_social", acts=F({"post"})), "prohibited", SOCIAL),
    (Situation(None, "personal_social", facts=F({"disruption"})), "prohibited", SOCIAL),
    (Situation(None, "personal_social", facts=F({"confidential"})), "prohibited", SOCIAL),
    (Situation("staff", "personal_social", acts=F({"friend"})), "not_covered", None),
    # Staff to Staff Mobile Device Communication
    (Situation("staff", "phone_call"), "allowed", STAFF),
    (Situation("staff", "district_email"), "allowed", STAFF),
    (Situation("staff", "group_app"), "allowed", STAFF),
    (Situation("staff", "text"), "under_review", STAFF),
    (Situation("staff", "im"), "under_review", STAFF),
    # Special Note and Report Improper Conduct
    (Situation("staff", "text", acts=F({"delete_records"})), "prohibited", NOTE),
    (Situation(None, "phone_call", acts=F({"retain_records"})), "conditional", NOTE),
    (Situation(None, None, acts=F({"report"}), items=(16,)), "allowed", REPORT),
    # Not addressed
    (Situation("parent", "text"), "not_covered", None),
    (Situation(None, None), "not_covered", None),
]


@pytest.mark.parametrize("situation,verdict,section", ROWS, ids=lambda x: str(x)[:70])
def test_situation_gets_the_policy_verdict(situation, verdict, section):
    v = verdict_for(situation)
    assert v.verdict == verdict
    if section:
        assert section in {c.section for c in v.citations}


@pytest.mark.parametrize("item", range(1, 38))
def test_every_unacceptable_use_is_cited_with_its_number_and_text(item):
    engine = engine_for()
    v = engine.verdict_for(Situation("staff", "district_email", items=(item,)))
    assert v.verdict in ("prohibited", "conditional")
    (cite,) = [c for c in v.citations if c.item == item]
    assert cite.section == "Staff Policy on Unacceptable Use"
    assert cite.text == engine.policy.unacceptable_uses[item].text


def test_games_as_an_assigned_educational_activity_are_allowed():
    assert verdict_for(Situation("student_k8", None, facts=F({"educational"}), items=(20,))).verdict == "allowed"
    assert verdict_for(Situation("student_k8", None, items=(20,))).verdict == "prohibited"


def test_student_information_to_a_personal_account_is_prohibited_but_to_an_authorized_colleague_conditional():
    assert verdict_for(Situation("staff", "group_app", items=(17,))).verdict == "conditional"
    assert verdict_for(Situation("staff", "personal_email", items=(17,))).verdict == "prohibited"
    assert verdict_for(Situation("staff", "group_app", facts=F({"broad"}), items=(17,))).verdict == "prohibited"


def test_texting_my_team_asks_and_each_option_leads_to_its_verdict():
    v = verdict_for(Situation("group", "text"))
    assert v.verdict == "clarify"
    by_value = {o.value: o.verdict for o in v.options}
    assert by_value == {"staff": "under_review", "student_k8": "prohibited", "student_9_12": "conditional"}
    for o in v.options:
        assert verdict_for(Situation(o.value, "text")).verdict == o.verdict


def test_open_grade_band_asks_only_when_the_verdict_changes():
    assert verdict_for(Situation("student", "text")).verdict == "clarify"
    assert verdict_for(Situation("student", "district_email")).verdict == "allowed"   # same for every band


def test_unknown_social_account_asks_personal_or_class():
    v = verdict_for(Situation(None, "social", acts=F({"post"})))
    assert v.verdict == "clarify"
    assert {o.value: o.verdict for o in v.options} == {"personal_social": "prohibited", "class_social": "conditional"}


def test_the_strictest_contribution_wins():
    v = verdict_for(Situation("staff", "district_email", items=(21,)))
    assert v.verdict == "prohibited"
    assert [c.item for c in v.citations] == [21]


def test_ai_tools_are_not_covered_but_name_the_items_that_bear_on_them():
    v = verdict_for(Situation(None, None, topics=F({"ai_tool"})))
    assert v.verdict == "not_covered"
    assert {c.item for c in v.citations} >= {30, 16}


# DESIGN.md: a channel acceptable with conditions is prohibited where one condition fails. The policy line lists
# what shows each condition unmet (`unmet_when`); every conditional rule that lists the line's conditions reads it.
@pytest.mark.parametrize("situation, source, line", [
    (Situation("student_9_12", "bulk", facts=F({"personal_app"})), "bulk:unmet", "student_mobile.bulk_text"),
    (Situation("student_9_12", "bulk", facts=F({"unvetted_app"})), "bulk:unmet", "student_mobile.bulk_text"),
    (Situation("student_9_12", "text", facts=F({"device_personal"})), "text_9_12:unmet", "exception.texting"),
    (Situation("student_9_12", "text", account="personal"), "text_9_12:unmet", "exception.texting"),
], ids=lambda x: str(x)[:70])
def test_a_condition_the_situation_shows_unmet_turns_the_lines_yes_into_no(situation, source, line):
    v = verdict_for(situation)
    assert v.verdict == "prohibited"
    assert v.contributions[0].source == source
    assert v.contributions[0].explain.startswith(engine_for().policy.line(line).unmet)


@pytest.mark.parametrize("situation", [
    Situation("student_9_12", "bulk"),
    Situation("student_9_12", "text"),
    # the Exception's parts named beside the asker's own phone: its conditions, not a failure
    Situation("student_9_12", "text", facts=F({"device_personal", "parent_on_thread", "written_permission"})),
], ids=lambda x: str(x)[:70])
def test_nothing_shown_unmet_keeps_the_lines_conditions(situation):
    assert verdict_for(situation).verdict == "conditional"
