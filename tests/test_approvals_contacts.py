"""Who the approvals register may remind, and how often one person may register (issue 12, item 3).

An approval's contact is reminded by the bot, so it must be a district person or a configured IT destination:
one e-mail address in the district's domains (the policy file's `district.email_domains`), a Slack user id or
a Chat users/NUMBER; never a channel, a space, a broadcast or a list. The attack this pins registered ten
approvals whose contacts were lists of outside addresses and reached 90 of them in one reminder run; here the
same registrations go through the real Slack app, rows stored before the rule go through a real reminder run
and a real SMTP server (aiosmtpd), and no outside address and no channel is reached.
"""
from __future__ import annotations

import time
from datetime import date, timedelta

import pytest

from bot.jobs import reminders
from bot.outbox import Outbox
from bot.store import approvals as store
from handlers import approvals
from handlers.types import Person
from tests.servers.slack_api import RunningBot
from tests.servers.smtp import SmtpStandIn

TODAY = date(2026, 11, 28)
NOW = 1_790_000_000.0
COACH = Person("slack:U0COACH", name="Coach")
IT = Person("slack:U0IT", name="IT", roles=frozenset({"reviewer"}))
OUTSIDE = ",".join(f"victim{i}@evil.example" for i in range(9))


def _fields(**changes) -> dict[str, str]:
    fields = {"kind": "social", "subject": "@LaneSoccer", "approver": "Dr. Ruiz", "date": "2026-09-01",
              "form": "F-114"}
    fields.update(changes)
    return fields


def _register(db, settings, person=COACH, now=NOW, **changes):
    return approvals.register(db, settings, person, _fields(**changes), today=TODAY, now=now)


@pytest.mark.parametrize("contact", [
    "victim@evil.example",                              # outside the district
    "principal@cps.edu,victim@evil.example",            # a list
    "principal@cps.edu; other@cps.edu",                 # a list of district addresses: still one only
    "Dr Ruiz <ruiz@cps.edu>",                           # a display name (and a second address could hide there)
    "ruiz@cps.edu.evil.example",                        # a look-alike domain
    "ruiz@sub.cps.edu",                                 # not one of the configured domains
    "slack:C0GENERAL", "slack:G0PRIVATE", "slack:D0DIRECT",   # channels, groups, DMs
    "slack:<!channel>", "<!channel>", "<!here>", "slack:U0COACH,slack:U0OTHER",
    "gchat:spaces/AAAA", "gchat:users/all", "gchat:users/app",
    "C0GENERAL", "#general", "@here",
])
def test_a_contact_that_is_not_one_district_person_is_refused_and_nothing_is_stored(db, settings, contact):
    reply = _register(db, settings, approver_contact=contact)
    assert not reply.ok and "approver_contact" in reply.errors
    assert db.query("SELECT COUNT(*) AS n FROM approvals")[0]["n"] == 0


@pytest.mark.parametrize("given, stored", [
    ("slack:U0PRINCIPAL", "slack:U0PRINCIPAL"),
    ("slack:W0GRIDUSER", "slack:W0GRIDUSER"),
    ("<@U0PRINCIPAL|ruiz>", "slack:U0PRINCIPAL"),
    ("gchat:users/1234567", "gchat:users/1234567"),
    ("Principal.Ruiz@CPS.edu", "principal.ruiz@cps.edu"),
])
def test_a_district_person_is_accepted_as_the_contact(db, settings, given, stored):
    reply = _register(db, settings, approver_contact=given)
    assert reply.ok, reply.text
    assert db.query("SELECT approver_contact FROM approvals")[0]["approver_contact"] == stored


def test_the_configured_it_destinations_are_accepted_and_no_other_channel(db, settings):
    configured = settings.with_(slack_it_channel="C0ITDESK", gchat_it_space="spaces/ITDESK",
                                servicedesk_email="servicedesk@cps.edu")
    for n, contact in enumerate(("slack:C0ITDESK", "gchat:spaces/ITDESK", "servicedesk@cps.edu")):
        assert _register(db, configured, approver_contact=contact, form=f"F-{n}",
                         subject=f"@Team{n}").ok, contact
    assert not _register(db, configured, approver_contact="slack:C0OTHER", subject="@Other").ok


def test_e_mail_contacts_follow_the_policy_files_district_domains(db, settings, tmp_path):
    text = settings.policy_path.read_text(encoding="utf-8").replace("email_domains: [cps.edu]",
                                                                    "email_domains: [other-district.org]")
    assert "other-district.org" in text
    policy = tmp_path / "policy.yaml"
    policy.write_text(text, encoding="utf-8")
    vocabulary = settings.policy_path.parent
    for extra in vocabulary.glob("*.yaml"):
        if extra != settings.policy_path and not (tmp_path / extra.name).exists():
            (tmp_path / extra.name).write_text(extra.read_text(encoding="utf-8"), encoding="utf-8")
    other = settings.with_(policy_path=policy)
    assert _register(db, other, approver_contact="ruiz@other-district.org").ok
    assert "other-district.org" in _register(db, other, approver_contact="ruiz@cps.edu", subject="@B").text


def test_only_a_person_can_be_made_the_owner_even_by_it(db, settings):
    for owner in ("slack:C0GENERAL", "gchat:spaces/AAAA", "gchat:users/all", "ruiz@cps.edu"):
        reply = _register(db, settings, person=IT, owner=owner)
        assert not reply.ok and "owner" in reply.errors, owner
    assert _register(db, settings, person=IT, owner="slack:U0COACH").ok


# -- how often ---------------------------------------------------------------------------------------------------


def test_a_person_may_register_five_approvals_an_hour(db, settings):
    for n in range(5):
        assert _register(db, settings, subject=f"@Team{n}", now=NOW + n).ok
    sixth = _register(db, settings, subject="@Team5", now=NOW + 10)
    assert not sixth.ok and "5 approvals in the last hour" in sixth.text
    assert _register(db, settings, person=IT, subject="@Team5", now=NOW + 10).ok   # someone else is not limited
    assert _register(db, settings, subject="@Team5", now=NOW + 3601).ok             # nor the coach an hour later


def test_a_person_may_register_twenty_approvals_a_day(db, settings):
    for n in range(20):
        assert _register(db, settings, subject=f"@Team{n}", now=NOW + n * 3600).ok, n
    refused = _register(db, settings, subject="@Team20", now=NOW + 20 * 3600)
    assert not refused.ok and "20 approvals today" in refused.text
    assert _register(db, settings, subject="@Team20", now=NOW + 86401).ok


def test_the_same_registration_again_is_not_counted_and_the_limits_are_data(db, settings):
    for _ in range(8):
        assert _register(db, settings).ok                 # a double click: one approval
    assert db.query("SELECT COUNT(*) AS n FROM approvals")[0]["n"] == 1
    assert (approvals.rules().per_hour, approvals.rules().per_day) == (5, 20)


# -- end to end: Slack, a reminder run, a real SMTP server ------------------------------------------------------


def test_ten_registrations_with_outside_contacts_reach_no_outside_address_and_no_channel(settings, db):
    approved = (date.today() - timedelta(days=350)).isoformat()    # due for its reminder now
    with SmtpStandIn() as smtp, RunningBot(settings, db, smtp_url=smtp.url) as bot:
        for n in range(10):
            before = len(bot.api.called("response_url"))
            bot.slack.command(f'register social subject="@Team{n}" approver="Dr. Ruiz" date={approved} '
                              f'form=F-{n} approver_contact={OUTSIDE}', user="U0COACH")
            said = bot.api.wait_for("response_url", count=before + 1)[before]
            assert "not registered" in said["text"]
        assert db.query("SELECT COUNT(*) AS n FROM approvals")[0]["n"] == 0
        # rows as the register stored them before the rule: reminders check them again
        with db.transaction() as d:
            for n, contact in enumerate((OUTSIDE, "victim@evil.example", "slack:C0GENERAL", "<!channel>")):
                store.insert(d, {"kind": "social_media_account", "owner_id": "slack:U0COACH", "owner_name": "Coach",
                                 "subject": f"@Old{n}", "approver": "Dr. Ruiz", "approver_contact": contact,
                                 "approved_on": approved, "expires_on": (date.fromisoformat(approved)
                                                                         + timedelta(days=365)).isoformat(),
                                 "evidence": {"form": "F"}, "created_at": time.time() - 86400 * 30,
                                 "created_by": "slack:U0COACH"})
            store.insert(d, {"kind": "social_media_account", "owner_id": "slack:C0GENERAL", "owner_name": "",
                             "subject": "@OldChannelOwner", "approver": "Dr. Ruiz",
                             "approver_contact": "principal@cps.edu", "approved_on": approved,
                             "expires_on": (date.fromisoformat(approved) + timedelta(days=365)).isoformat(),
                             "evidence": {"form": "F"}, "created_at": time.time() - 86400 * 30,
                             "created_by": "slack:U0IT"})
        run = reminders.run(bot.settings, db)
        assert run.reminded == 5
        Outbox(db, bot.settings).deliver_all()
        recipients = [r for _, rcpts in smtp.envelopes for r in rcpts]
        assert [r for r in recipients if not r.endswith("@cps.edu")] == []       # 0 outside addresses
        assert recipients == ["principal@cps.edu"]
        posted_to = {p["channel"] for p in bot.api.called("chat.postMessage")}
        assert posted_to == {"U0COACH"}                                            # the owner; no channel
