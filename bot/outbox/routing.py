"""Who hears about what: the deliveries one report (or status change, or dead letter) puts in the outbox.

Every configured service-desk transport gets the report; the management contacts of the reporter's school
or department (from the directory) get an email; IT's chat channels get a post. Payloads are rendered here,
once, from masked text that has been neutralised, and stored as they will be sent, so a retry sends the same
bytes and nothing unmasked ever sits in the outbox.
"""
from __future__ import annotations

import hashlib
from typing import Any

from bot.delivery.chat import LOCAL_PLATFORMS, split_target
from bot.delivery.markup import neutralise
from bot.directory import Directory
from bot.settings import Settings
from bot.store import audit, reports
from bot.store import outbox as outbox_store
from bot.store.db import Database
from bot.store.outbox import NewDelivery
from bot.texts import text

URGENCY_TO_SERVICENOW = {"high": "1", "normal": "2", "low": "3"}


def _key(ticket: str | None, purpose: str, transport: str, target: str) -> str:
    digest = hashlib.sha256(target.encode()).hexdigest()[:12]
    return f"{ticket or 'none'}/{purpose}/{transport}/{digest}"


def _rendered(report: dict[str, Any]) -> dict[str, str]:
    missing = text("report.not_given")
    return {
        "ticket": report["ticket"],
        "category": neutralise(report["category_label"]),
        "urgency": report["urgency"],
        "when": neutralise(report.get("occurred_at") or missing),
        "location": neutralise(report.get("location_name") or missing),
        "people": neutralise(report.get("people_involved") or missing),
        "evidence": neutralise(report.get("evidence") or missing),
        "description": neutralise(report["description"]),
    }


def report_deliveries(settings: Settings, directory: Directory | None, report: dict[str, Any], *,
                      district: dict[str, str]) -> list[NewDelivery]:
    """The deliveries of a new report; `report` holds masked text only (see handlers.report.submit). `district`:
    the loaded policy's placeholders (bot.texts.district_values), so the outgoing report names its policy."""
    ticket = report["ticket"]
    values = {**district, **_rendered(report)}
    subject = text("report.outgoing_subject", **values)
    body = text("report.outgoing_body", **values)
    email = {"subject": subject, "body": body, "ticket": ticket}
    out: list[NewDelivery] = []

    def add(transport: str, target: str, payload: dict[str, Any], kind: str = "report") -> None:
        out.append(NewDelivery(kind, transport, target, _key(ticket, kind, transport, target), payload, ticket))

    if settings.smtp_url and settings.servicedesk_email:
        add("smtp", settings.servicedesk_email, email)
    if settings.servicedesk_url:
        add("servicenow", settings.servicedesk_url, {
            "short_description": text("report.outgoing_short", **values),
            "description": body,
            "urgency": URGENCY_TO_SERVICENOW.get(report["urgency"], "2"),
            "category": report["category"],
            "correlation_id": ticket,
            "correlation_display": "aupbot",
        })
    if settings.webhook_url:
        add("webhook", settings.webhook_url, {
            "event": "report.created", "ticket": ticket, "category": report["category"],
            "category_label": values["category"], "urgency": report["urgency"], "when": values["when"],
            "location": values["location"], "people_involved": values["people"], "evidence": values["evidence"],
            "description": values["description"], "finding_types": list(report.get("finding_types") or []),
        })
    location = directory.find(report["location_id"]) if directory and report.get("location_id") else None
    if settings.smtp_url and location:
        for contact in location.contacts:
            add("smtp", contact.email, email, kind="management")
    for target in settings.it_chat_targets():
        add("chat", target, {"text": text("report.outgoing_chat", **values)})
    return out


def incident_deliveries(settings: Settings, ticket: str, *, source: str, summary: str, evidence: str,
                        severity: str) -> list[NewDelivery]:
    values = {"ticket": ticket, "source": neutralise(source), "summary": neutralise(summary),
              "evidence": neutralise(evidence or text("report.not_given")), "severity": severity}
    subject = text("report.incident_subject", **values)
    body = text("report.incident_body", **values)
    out: list[NewDelivery] = []

    def add(transport: str, target: str, payload: dict[str, Any]) -> None:
        out.append(NewDelivery("incident", transport, target, _key(ticket, "incident", transport, target),
                               payload, ticket))

    if settings.smtp_url and settings.servicedesk_email:
        add("smtp", settings.servicedesk_email, {"subject": subject, "body": body, "ticket": ticket})
    if settings.servicedesk_url:
        add("servicenow", settings.servicedesk_url, {
            "short_description": subject, "description": body,
            "urgency": "1" if severity == "high" else "2", "category": "security_breach",
            "correlation_id": ticket, "correlation_display": "aupbot"})
    if settings.webhook_url:
        add("webhook", settings.webhook_url, {"event": "incident.created", "ticket": ticket,
                                              "severity": severity, "source": values["source"],
                                              "summary": values["summary"], "evidence": values["evidence"]})
    for target in settings.it_chat_targets():
        add("chat", target, {"text": subject + "\n" + values["summary"]})
    return out


def notification_delivery(reporter_id: str, ticket: str, history_id: int, message: str) -> NewDelivery | None:
    """The reporter's status notification, or None where the reporter has no chat (console, CLI)."""
    platform, rest = split_target(reporter_id)
    if platform in LOCAL_PLATFORMS or not rest:
        return None
    return NewDelivery("notification", "chat", reporter_id,
                       _key(ticket, f"status-{history_id}", "chat", reporter_id), {"text": message}, ticket)


def dead_letter_alerts(settings: Settings, dead: dict[str, Any]) -> list[NewDelivery]:
    """IT alerts for a delivery that went dead, on every IT route except the one that just failed."""
    ticket = dead.get("ticket")
    values = {"delivery_id": dead["id"], "transport": dead["transport"], "kind": dead["kind"],
              "attempts": dead["attempts"], "error": neutralise(dead.get("last_error") or ""),
              "ticket_part": f", ticket {ticket}" if ticket else ""}
    subject = text("report.dead_alert_subject", **values)
    body = text("report.dead_alert_body", **values)
    candidates: list[tuple[str, str, dict[str, Any]]] = []
    if settings.smtp_url and settings.servicedesk_email:
        candidates.append(("smtp", settings.servicedesk_email, {"subject": subject, "body": body}))
    for target in settings.it_chat_targets():
        candidates.append(("chat", target, {"text": subject + "\n" + body}))
    return [NewDelivery("alert", transport, target, f"alert/{dead['id']}/{dead['attempts']}/{transport}/"
                        + hashlib.sha256(target.encode()).hexdigest()[:12], payload, ticket)
            for transport, target, payload in candidates
            if (transport, target) != (dead["transport"], dead["target"])]


# -- a report's status and who hears of it ---------------------------------------------------------------------
# Here, one layer below the handlers, because both change it: a reviewer through handlers.report, and the outbox
# worker (bot/outbox.py) when the last delivery of a report is out.

def status_label(status: str) -> str:
    return text(f"report.status_{status}")


def apply_status(db: Database, row: dict, status: str, actor: str, note: str) -> None:
    """Status, history, audit and the reporter's notification: one transaction."""
    with db.transaction() as d:
        history_id = reports.set_status(d, row["ticket"], status, actor, note)
        message = text("report.status_notification", ticket=row["ticket"], status=status_label(status),
                       note=text("report.status_notification_note", note=neutralise(note)) if note else "")
        notice = notification_delivery(row["reporter_id"], row["ticket"], history_id, message)
        if notice is not None:
            outbox_store.enqueue(d, notice)
        audit.record(db, actor, "report.status", row["ticket"], status=status, previous=row["status"])


def mark_routed_if_complete(db: Database, ticket: str) -> bool:
    """Called by the outbox after a delivery: once every report delivery is out, the report is "routed".

    Checked and changed inside one (IMMEDIATE) transaction, so two delivering threads or processes that finish
    the last two deliveries at once cannot both mark it and notify the reporter twice."""
    with db.transaction():
        row = reports.get(db, ticket)
        if row is None or row["status"] != "received":
            return False
        rows = [d for d in outbox_store.for_ticket(db, ticket) if d["kind"] in ("report", "management", "incident")]
        if not rows or any(d["status"] != "delivered" for d in rows):
            return False
        apply_status(db, row, "routed", "system:outbox", "")
    return True
