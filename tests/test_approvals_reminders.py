"""Reminders 30 days before an approval expires, and an expiry notice after, to the owner and the approver,
queued through the real outbox once each and delivered through the chat and e-mail transports."""
from __future__ import annotations

from datetime import date, datetime
from datetime import time as clock

from bot.delivery import chat
from bot.jobs import reminders
from bot.outbox import Outbox
from bot.store import outbox as outbox_store
from handlers import approvals
from handlers.types import Person

ALICE = Person("slack:UALICE", name="Alice Teacher")
CONSOLE = Person("console:carol", name="Carol")


def _at(day: date) -> float:
    return datetime.combine(day, clock(9, 0)).timestamp()


def _register(db, settings, person=ALICE, **changes):
    fields = {"kind": "social", "subject": "@LaneSoccer", "approver": "Dr. Ruiz", "date": "2026-09-01",
              "form": "F-114", "approver_contact": "slack:UPRINCIPAL"}
    fields.update(changes)
    reply = approvals.register(db, settings, person, fields, today=date(2026, 11, 28))
    assert reply.ok, reply.text
    return reply.approval


def _queued(db) -> list[dict]:
    return outbox_store.listing(db, statuses=("pending", "delivered", "dead"))


def test_nothing_is_sent_while_the_approval_is_far_from_expiry(db, settings):
    _register(db, settings)
    run = reminders.run(settings, db, now=_at(date(2027, 7, 1)))
    assert (run.reminded, run.expired, run.deliveries) == (0, 0, 0)


def test_owner_and_approver_are_reminded_30_days_before_expiry_once(db, settings):
    a = _register(db, settings)                     # expires 2027-09-01
    run = reminders.run(settings, db, now=_at(date(2027, 8, 2)))
    assert (run.reminded, run.deliveries) == (1, 2)
    rows = _queued(db)
    assert sorted(r["target"] for r in rows) == ["slack:UALICE", "slack:UPRINCIPAL"]
    assert all(r["transport"] == "chat" and r["kind"] == "reminder" for r in rows)
    assert f"Approval #{a.id} expires on 2027-09-01" in rows[0]["payload"]["text"]
    assert "in 30 days" in rows[0]["payload"]["text"]
    again = reminders.run(settings, db, now=_at(date(2027, 8, 3)))
    assert (again.reminded, again.deliveries) == (0, 0) and len(_queued(db)) == 2


def test_expired_approval_is_flagged_to_both_and_listed_as_expired(db, settings):
    a = _register(db, settings)
    reminders.run(settings, db, now=_at(date(2027, 8, 2)))
    run = reminders.run(settings, db, now=_at(date(2027, 9, 1)))
    assert (run.expired, run.deliveries) == (1, 2)
    texts = [r["payload"]["text"] for r in _queued(db) if "has expired" in r["payload"]["text"]]
    assert len(texts) == 2 and "no longer covered" in texts[0]
    assert approvals.get(db, a.id, today=date(2027, 9, 1)).state == "expired"
    assert reminders.run(settings, db, now=_at(date(2027, 9, 2))).deliveries == 0


def test_a_scheduler_that_was_down_past_expiry_sends_the_expiry_notice_not_a_stale_reminder(db, settings):
    _register(db, settings)
    run = reminders.run(settings, db, now=_at(date(2027, 10, 1)))
    assert (run.reminded, run.expired) == (0, 1)


def test_revoked_approvals_get_no_reminders(db, settings):
    a = _register(db, settings)
    approvals.revoke(db, settings, ALICE, a.id, "account closed")
    assert reminders.run(settings, db, now=_at(date(2027, 8, 2))).reminded == 0


def test_approver_with_an_email_gets_mail_when_smtp_is_configured(db, settings):
    mail = settings.with_(smtp_url="smtp://127.0.0.1:2525")
    _register(db, mail, approver_contact="principal.ruiz@cps.edu")
    reminders.run(mail, db, now=_at(date(2027, 8, 2)))
    by_transport = {r["transport"]: r for r in _queued(db)}
    assert by_transport["smtp"]["target"] == "principal.ruiz@cps.edu"
    assert by_transport["smtp"]["payload"]["subject"].startswith("Approval #")


def test_console_owners_have_no_inbox_but_are_still_marked_reminded(db, settings):
    _register(db, settings, person=CONSOLE, approver_contact="")
    run = reminders.run(settings, db, now=_at(date(2027, 8, 2)))
    assert (run.reminded, run.deliveries) == (1, 0)
    assert reminders.run(settings, db, now=_at(date(2027, 8, 3))).reminded == 0


def test_queued_reminders_go_out_through_the_registered_chat_sender(db, settings):
    _register(db, settings)
    reminders.run(settings, db, now=_at(date(2027, 8, 2)))
    sent = []
    chat.register_sender("slack", lambda target, text, key: sent.append((target, key)))
    try:
        result = Outbox(db, settings).deliver_due(include_waiting=True)
    finally:
        chat.unregister_sender("slack")
    assert result.delivered == 2
    assert sorted(t for t, _ in sent) == ["UALICE", "UPRINCIPAL"]
    assert all(key.startswith("approval/1/reminder/2027-09-01/chat/") for _, key in sent)
