"""The approvals register: what the policy's written approvals need, how long they last, who may see and
revoke them, and the chat command that drives it."""
from __future__ import annotations

from datetime import date

import pytest

from handlers import approvals
from handlers.types import Person

TODAY = date(2026, 11, 28)
ALICE = Person("slack:UALICE", name="Alice Teacher")
BOB = Person("slack:UBOB", name="Bob Coach")
IT = Person("slack:UIT", name="Ivy IT", roles=frozenset({"reviewer"}))


def _social(**changes) -> dict[str, str]:
    fields = {"kind": "social", "subject": "@LaneSoccer on Instagram", "approver": "Dr. Ruiz",
              "date": "2026-09-01", "form": "F-2026-114", "parent_notice": "2026-09-05"}
    fields.update(changes)
    return {k: v for k, v in fields.items() if v is not None}


def test_class_account_approval_is_valid_one_year_from_the_principals_approval(db, settings):
    reply = approvals.register(db, settings, ALICE, _social(), today=TODAY)
    assert reply.ok, reply.text
    a = reply.approval
    assert (a.kind, a.approved_on, a.expires_on) == ("social_media_account", date(2026, 9, 1), date(2027, 9, 1))
    assert a.state == "active" and a.missing == ()
    assert "valid until 2027-09-01" in reply.text and "30 days before" in reply.text


def test_texting_exception_needs_both_the_principal_and_the_guardian_forms(db, settings):
    reply = approvals.register(db, settings, BOB, {"kind": "texting", "subject": "Varsity soccer away trips",
                                                   "approver": "Dr. Ruiz", "date": "2026-10-01",
                                                   "form": "CPS-TXT-88"}, today=TODAY)
    assert not reply.ok
    assert set(reply.errors) == {"guardian_form"}
    assert "parent/guardian permissions on the CPS form" in reply.text


def test_bulk_text_system_records_the_cio_authorization(db, settings):
    reply = approvals.register(db, settings, BOB, {"kind": "bulk_text_system", "subject": "SchoolText at Lane",
                                                   "approver": "CIO designee", "date": "11/02/2026",
                                                   "form": "ISR-2026-301"}, today=TODAY)
    assert reply.ok and reply.approval.evidence == {"form": "ISR-2026-301"}
    assert reply.approval.approved_on == date(2026, 11, 2)


def test_missing_yearly_parent_notice_is_flagged_but_does_not_block(db, settings):
    reply = approvals.register(db, settings, ALICE, _social(parent_notice=None), today=TODAY)
    assert reply.ok
    assert reply.approval.missing == ("date of this year's notice to parents",)
    assert "Still missing: date of this year's notice to parents" in reply.text
    listing = approvals.listing_text(approvals.approvals_of(db, ALICE, today=TODAY), everyone=False)
    assert "missing: date of this year's notice to parents" in listing


@pytest.mark.parametrize("changes, field, words", [
    ({"kind": "myspace"}, "kind", "Unknown kind 'myspace'"),
    ({"subject": ""}, "subject", "subject is required"),
    ({"date": "next tuesday"}, "date", "must be a date like 2026-09-01"),
    ({"date": "2026-12-25"}, "date", "in the future"),
    ({"date": "2025-06-01"}, "date", "expired on 2026-06-01"),
    ({"form": ""}, "form", "principal's written approval (form or file reference) is required"),
    ({"subject": "x" * 201}, "subject", "too long (201 characters; at most 200)"),
    ({"colour": "blue"}, "fields", "Unknown field(s) colour"),
    ({"owner": "slack:UBOB"}, "owner", "Only IT reviewers and administrators"),
])
def test_bad_registrations_are_refused_with_a_clear_reason(db, settings, changes, field, words):
    reply = approvals.register(db, settings, ALICE, _social(**changes), today=TODAY)
    assert not reply.ok and reply.approval is None
    assert words in reply.errors[field]
    assert db.query("SELECT count(*) AS n FROM approvals")[0]["n"] == 0


def test_registering_the_same_approval_twice_keeps_one(db, settings):
    first = approvals.register(db, settings, ALICE, _social(), today=TODAY)
    again = approvals.register(db, settings, ALICE, _social(), today=TODAY)
    assert again.ok and again.approval.id == first.approval.id
    assert "already registered as #" in again.text
    assert db.query("SELECT count(*) AS n FROM approvals")[0]["n"] == 1


def test_a_pasted_secret_in_free_text_is_masked_before_it_is_stored(db, settings):
    reply = approvals.register(db, settings, ALICE, _social(subject="@LaneSoccer password: Tr0ub4dor&3xyz"),
                               today=TODAY)
    assert reply.ok
    raw = db.path.read_bytes() + db.path.with_name(db.path.name + "-wal").read_bytes()
    assert b"Tr0ub4dor&3xyz" not in raw
    assert "Tr0ub4dor&3xyz" not in reply.approval.subject


def test_active_for_gives_the_live_approvals_of_a_kind_for_the_policy_answers(db, settings):
    approvals.register(db, settings, ALICE, _social(), today=TODAY)
    approvals.register(db, settings, ALICE, _social(subject="@LaneChess", date="2025-12-01"), today=TODAY)
    found = approvals.active_for(db, ALICE, "social_media_account", today=TODAY)
    assert [a.subject for a in found] == ["@LaneSoccer on Instagram", "@LaneChess"]
    assert found[1].state == "expiring" and found[1].days_left == 3
    assert approvals.active_for(db, ALICE, "social_media_account", today=date(2027, 9, 1)) == []
    assert approvals.active_for(db, BOB, "social", today=TODAY) == []
    assert approvals.active_for(db, ALICE, "no-such-kind", today=TODAY) == []
    assert approvals.mention(found[0]).startswith("You have a registered Class or team social media account")


def test_only_the_owner_or_it_can_revoke_and_revoked_ones_stop_counting(db, settings):
    a = approvals.register(db, settings, ALICE, _social(), today=TODAY).approval
    unknown = approvals.revoke(db, settings, BOB, 999, "")
    assert approvals.revoke(db, settings, BOB, a.id, "") == unknown.replace("999", str(a.id))
    assert approvals.revoke(db, settings, IT, a.id, "account closed") == f"Approval #{a.id} is revoked."
    assert "already revoked" in approvals.revoke(db, settings, ALICE, a.id)
    assert approvals.active_for(db, ALICE, "social", today=TODAY) == []
    assert approvals.get(db, a.id, today=TODAY).state == "revoked"
    assert "no registered approval #999" in approvals.revoke(db, settings, IT, 999)


def test_reviewers_see_everyones_approvals_and_staff_see_their_own(db, settings):
    approvals.register(db, settings, ALICE, _social(), today=TODAY)
    approvals.register(db, settings, IT, _social(owner="slack:UBOB", subject="@LaneTrack"), today=TODAY)
    assert [a.subject for a in approvals.approvals_of(db, ALICE, today=TODAY)] == ["@LaneSoccer on Instagram"]
    assert len(approvals.approvals_of(db, IT, everyone=True, today=TODAY)) == 2
    assert len(approvals.approvals_of(db, ALICE, everyone=True, today=TODAY)) == 1   # not a reviewer


def test_chat_command_registers_lists_and_revokes(db, settings):
    said = approvals.command(db, settings, ALICE, 'register social subject="@LaneSoccer on Instagram" '
                             'approver="Dr. Ruiz" date=2026-09-01 form=F-2026-114 parent_notice=2026-09-05',
                             today=TODAY)
    assert said.startswith("Registered #1: Class or team social media account for @LaneSoccer on Instagram")
    listing = approvals.command(db, settings, ALICE, "approvals", today=TODAY)
    assert "#1 Class or team social media account" in listing and "valid until 2027-09-01" in listing
    assert approvals.command(db, settings, ALICE, "revoke #1 closed") == "Approval #1 is revoked."
    assert "revoked" in approvals.command(db, settings, ALICE, "approvals", today=TODAY)


@pytest.mark.parametrize("line, words", [
    ("register", "Register a written approval"),
    ('register social subject="unclosed', "could not read that command"),
    ("register social subject", "expected name=value"),
    ("revoke", "Say which approval to revoke"),
    ("revoke abc", "Say which approval to revoke"),
])
def test_chat_command_explains_itself_on_bad_input(db, settings, line, words):
    assert words in approvals.command(db, settings, ALICE, line, today=TODAY)


def test_every_kind_in_the_rules_file_cites_a_policy_section_and_quotes_its_conditions():
    source = approvals.DEFAULT_RULES.parents[3] / "shared" / "policy-source" / "cps-staff-acceptable-use-policy.txt"
    policy_text = source.read_text(encoding="utf-8") if source.exists() else None   # shared/ sits beside the repo
    for kind in approvals.rules().kinds.values():
        assert kind.validity_days > 0 and kind.evidence
        if policy_text:
            assert kind.section in policy_text
            for condition in kind.conditions:
                assert condition in policy_text, condition


def test_a_policy_answer_naming_the_conditions_mentions_the_askers_registered_approval(db, settings):
    ask = pytest.importorskip("handlers.ask")
    approvals.register(db, settings, ALICE, _social(), today=TODAY)
    reply = ask.answer("can I set up a class instagram account for my team?")
    assert reply.verdict == "conditional"
    assert approvals.mentions_for(db, ALICE, reply, today=TODAY) == [
        "You have a registered Class or team social media account approval (#1, @LaneSoccer on Instagram) "
        "valid until 2027-09-01."]
    assert approvals.mentions_for(db, BOB, reply, today=TODAY) == []
    texting = ask.answer("can I text my 10th grade soccer team about the away game safety?")
    assert approvals.mentions_for(db, ALICE, texting, today=TODAY) == []


def test_sending_the_registration_again_with_the_parent_notice_adds_it(db, settings):
    first = approvals.register(db, settings, ALICE, _social(parent_notice=None), today=TODAY)
    assert first.approval.missing
    again = approvals.register(db, settings, ALICE, _social(parent_notice="2026-09-20"), today=TODAY)
    assert again.ok and again.approval.id == first.approval.id
    assert again.text == f"Approval #{first.approval.id} updated: recorded date of this year's notice to parents."
    assert again.approval.missing == () and again.approval.evidence["parent_notice"] == "2026-09-20"
    assert db.query("SELECT count(*) AS n FROM approvals")[0]["n"] == 1


def _texting(subject: str, **more) -> dict:
    return {"kind": "texting", "subject": subject, "approver": "Dr. Ruiz", "date": "2026-10-01",
            "form": "CPS-TXT-88", "guardian_form": "CPS-TXT-88-G", **more}


@pytest.mark.parametrize("subject", ["7th-grade team", "7th grade team group text", "the K-8 robotics club",
                                     "middle school band", "grades 6-8 field trip",
                                     "kindergarteners' field trip"])
def test_a_texting_exception_for_a_k8_audience_is_refused(db, settings, subject):
    reply = approvals.register(db, settings, BOB, _texting(subject), today=TODAY)
    assert not reply.ok and set(reply.errors) == {"subject"}
    assert "grades K-8" in reply.errors["subject"] and "Exception to Policy" in reply.errors["subject"]
    assert approvals.approvals_of(db, BOB) == []


@pytest.mark.parametrize("subject", ["10th grade soccer team", "Varsity soccer away trips", "grades 9-12 debate",
                                     "Senior class trip"])
def test_a_texting_exception_for_grades_9_to_12_is_registered(db, settings, subject):
    assert approvals.register(db, settings, BOB, _texting(subject), today=TODAY).ok


def test_a_social_media_account_for_a_7th_grade_class_is_not_refused_for_its_grade(db, settings):
    # the class account rules name no grade band: only the texting exception is limited to grades 9-12
    reply = approvals.register(db, settings, ALICE, _social(subject="7th grade science class Instagram"),
                               today=TODAY)
    assert reply.ok


def test_evidence_dated_in_the_future_is_refused(db, settings):
    reply = approvals.register(db, settings, ALICE, _social(parent_notice="2026-12-15"), today=TODAY)
    assert not reply.ok and "in the future" in reply.errors["parent_notice"]


@pytest.mark.parametrize("person, typed, untyped", [
    (Person("slack:U1"), "/aup register", "aupbot register"),
    (Person("gchat:users/1"), "/aup register", "aupbot register"),
    (Person("console:me"), "register KIND", "/aup"),
    (Person("cli:me"), "aupbot register add KIND", "/aup"),
])
def test_the_register_help_names_the_syntax_of_the_surface_it_is_read_on(db, settings, person, typed, untyped):
    for said in (approvals.command(db, settings, person, "register help"),
                 approvals.command(db, settings, person, "revoke"),
                 approvals.command(db, settings, person, "approvals")):
        assert untyped not in said
    assert typed in approvals.command(db, settings, person, "register help")
