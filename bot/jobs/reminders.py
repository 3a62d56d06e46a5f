"""Approval reminders: the owner and the approver hear 30 days (policy/data/approvals.yaml) before an approval
expires, and again when it has expired.

Messages leave through the outbox, queued in the same transaction that marks the approval as reminded, so a
crash can neither lose a reminder nor send it twice (the idempotency key names the approval and its expiry).
Chat ids ("slack:U123") go through the chat transport; an approver given as an e-mail address gets mail when
SMTP is configured; console and CLI people, who have no inbox, are marked reminded all the same.
"""
from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.delivery.chat import LOCAL_PLATFORMS, split_target
from bot.delivery.markup import neutralise
from bot.store import approvals as store
from bot.store import outbox
from bot.store.db import Database
from bot.texts import text
from handlers import approvals

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class ReminderRun:
    reminded: int = 0          # approvals whose 30-day reminder was queued
    expired: int = 0           # approvals newly flagged as expired
    deliveries: int = 0        # outbox rows queued

    def __str__(self) -> str:
        return f"reminded {self.reminded}, expired {self.expired}, deliveries queued {self.deliveries}"


def targets(settings: Settings, approval: approvals.Approval) -> list[tuple[str, str]]:
    """(transport, target) pairs for the owner and the approver. Each is checked again here, by the same rule
    as at registration (handlers.approvals.contact_for / is_person): a row stored before that rule, or edited
    in the database, must not make a reminder run post to a channel or mail an outside address."""
    found: list[tuple[str, str]] = []
    owner = approval.owner_id if approvals.is_person(approval.owner_id) else None
    contact, problem = approvals.contact_for(settings, approval.approver_contact) if approval.approver_contact \
        else (None, None)
    if problem:
        log.warning("approval #%s: its approver contact is not a district person; not reminded", approval.id)
    if approval.owner_id and owner is None:
        log.warning("approval #%s: its owner is not a person id; not reminded", approval.id)
    for who in (owner, contact):
        if not who:
            continue
        platform, rest = split_target(who)
        if "@" in who and ":" not in who:
            if settings.smtp_url:
                found.append(("smtp", who))
        elif rest and platform not in LOCAL_PLATFORMS:
            found.append(("chat", who))
    return list(dict.fromkeys(found))


def _deliveries(settings: Settings, approval: approvals.Approval, purpose: str) -> list[outbox.NewDelivery]:
    kind = approvals.rules().kinds.get(approval.kind)
    # what staff typed (subject, approver, the owner's display name) is neutralised as the outbox stores text
    # (bot.delivery.markup): a subject of "<!channel> <http://evil|re-verify>" reaches nobody as markup
    values = {"id": approval.id, "kind_label": approval.kind_label, "subject": neutralise(approval.subject),
              "owner": neutralise(approval.owner_name or approval.owner_id), "approver": neutralise(approval.approver),
              "approved_on": approval.approved_on.isoformat(), "expires_on": approval.expires_on.isoformat(),
              "days_left": approval.days_left, "section": kind.section if kind else "",
              "renewal": "; ".join(kind.conditions[:1]) if kind else ""}
    subject = text(f"approvals.{purpose}_subject", **values)
    body = text(f"approvals.{purpose}_body", **values)
    out = []
    for transport, target in targets(settings, approval):
        payload = {"text": f"{subject}\n{body}"} if transport == "chat" else {"subject": subject, "body": body}
        key = (f"approval/{approval.id}/{purpose}/{approval.expires_on.isoformat()}/{transport}/"
               + hashlib.sha256(target.encode()).hexdigest()[:12])
        out.append(outbox.NewDelivery("reminder", transport, target, key, payload))
    return out


def run(settings: Settings, db: Database, *, now: float | None = None) -> ReminderRun:
    now = time.time() if now is None else now
    today = datetime.fromtimestamp(now).date()   # the same calendar as the dates staff register
    rules = approvals.rules()
    result = ReminderRun()
    soon = (today + timedelta(days=rules.remind_days_before)).isoformat()
    for purpose, rows, mark in (("reminder", store.due_for_reminder(db, today.isoformat(), soon),
                                 store.mark_reminded),
                                ("expired", store.newly_expired(db, today.isoformat()), store.mark_expiry_flagged)):
        for row in rows:
            approval = approvals.from_row(row, today)
            deliveries = _deliveries(settings, approval, purpose)
            with db.transaction() as d:
                for delivery in deliveries:
                    result.deliveries += outbox.enqueue(d, delivery, now=now)
                mark(d, approval.id, now)
            if purpose == "reminder":
                result.reminded += 1
            else:
                result.expired += 1
                log.info("approval #%s (%s) expired on %s", approval.id, approval.kind, approval.expires_on)
    return result
