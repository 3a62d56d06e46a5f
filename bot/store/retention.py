"""Retention purges: findings after `findings_retention_days` (through the findings area's own `purge`, which
also drops spent watch rate-limit rows after a day), and with them the questions asked and the settled outbox
rows that belong to no report (nudges, IT alerts with their excerpts, digests with their charts); reports
(with their status history and sent messages), approvals and the audit log after `records_retention_days`.

Why purge at all: findings hold masked excerpts of staff messages and are evidence only while someone may act
on them. Reports and approvals are business records: the policy's Special Note asks staff to "comply with the
Board's business and student records retention policies established to comply with the Illinois Local
Records Act", so they are kept for the configured records-retention period and then removed, each removal
leaving an audit entry (ticket, category, dates; never the content) as the record that it was destroyed on
schedule. A report still open is a live case and is never purged, however old.

Deletes run in small batches, each its own short transaction, so a first purge of years of rows never holds
the write lock long enough to delay a Slack acknowledgement.
"""
from __future__ import annotations

import sqlite3
import time

from bot.store import audit
from bot.store import metrics as counts
from bot.store.db import Database

BATCH = 500
CLOSED_REPORT_STATUSES = ("resolved", "closed")


# Where the bot writes a timestamp of its own activity: the newest of these is "the bot's now".
ACTIVITY_COLUMNS = (("audit_log", "at"), ("reports", "updated_at"), ("outbox", "created_at"),
                    ("approvals", "created_at"), ("platform_events", "seen_at"), ("findings", "at"),
                    ("questions", "at"))


def newest_activity(db: Database) -> float | None:
    """The latest timestamp the bot recorded anywhere; retention and /healthz compare the wall clock with it.

    Read from each table's newest rows (rowid order is insertion order), not max() over the whole table: an
    audit log of millions of rows must not make a health probe scan it."""
    newest = None
    for table, column in ACTIVITY_COLUMNS:
        if column not in counts.columns(db, table):
            continue
        try:
            rows = db.query(f'SELECT max("{column}") AS at FROM (SELECT "{column}" FROM {table} '
                            f'ORDER BY rowid DESC LIMIT 50)')
        except sqlite3.OperationalError:   # a WITHOUT ROWID table: its time column is indexed
            rows = db.query(f'SELECT max("{column}") AS at FROM {table}')
        at = rows[0]["at"]
        if at is not None and (newest is None or at > newest):
            newest = at
    return newest


def purge_findings(db: Database, older_than_days: float, now: float) -> int:
    """Delete findings older than `older_than_days`. The findings area owns that SQL
    (bot.store.findings.purge, which also drops its spent rate-limit rows); this is its one caller."""
    if not counts.columns(db, "findings"):
        return 0
    from bot.store import findings

    return findings.purge(db, older_than_days=older_than_days, now=now)


def purge_reports(db: Database, cutoff: float, *, actor: str = "system:retention") -> list[str]:
    """Delete closed reports whose last change is before `cutoff`, with their history and settled outbox rows."""
    if not counts.columns(db, "reports"):
        return []
    marks = ",".join("?" * len(CLOSED_REPORT_STATUSES))
    purged: list[str] = []
    while True:
        batch = db.query(f"SELECT ticket, category, status, created_at, updated_at FROM reports "
                         f"WHERE updated_at < ? AND status IN ({marks}) ORDER BY updated_at LIMIT ?",
                         (cutoff, *CLOSED_REPORT_STATUSES, BATCH))
        if not batch:
            return purged
        with db.transaction() as d:
            for r in batch:
                ticket = r["ticket"]
                d.execute("DELETE FROM report_status_history WHERE ticket = ?", (ticket,))
                if counts.columns(db, "outbox"):
                    # pending rows are still owed to someone: never purged with the report
                    d.execute("DELETE FROM outbox WHERE ticket = ? AND status != 'pending'", (ticket,))
                d.execute("DELETE FROM reports WHERE ticket = ?", (ticket,))
                audit.record(db, actor, "retention.report_purged", ticket, category=r["category"],
                             status=r["status"], created_at=round(r["created_at"]),
                             last_change_at=round(r["updated_at"]))
                purged.append(ticket)
        if len(batch) < BATCH:
            return purged


def purge_approvals(db: Database, cutoff_date: str, *, actor: str = "system:retention") -> list[int]:
    """Delete approvals that expired (or were revoked) before `cutoff_date` (YYYY-MM-DD)."""
    if not counts.columns(db, "approvals"):
        return []
    cutoff_at = time.mktime(time.strptime(cutoff_date, "%Y-%m-%d"))
    rows = db.query("SELECT id, kind, approved_on, expires_on FROM approvals "
                    "WHERE expires_on < ? OR (revoked_at IS NOT NULL AND revoked_at < ?) ORDER BY id",
                    (cutoff_date, cutoff_at))
    with db.transaction() as d:
        for r in rows:
            d.execute("DELETE FROM approvals WHERE id = ?", (r["id"],))
            audit.record(db, actor, "retention.approval_purged", f"approval:{r['id']}", kind=r["kind"],
                         approved_on=r["approved_on"], expires_on=r["expires_on"])
    return [r["id"] for r in rows]


def purge_questions(db: Database, cutoff: float) -> int:
    """Questions (who asked, a masked copy) asked before `cutoff`: they serve tuning, as findings serve review."""
    if not counts.columns(db, "questions"):
        return 0
    from bot.store import questions

    return questions.purge(db, cutoff)


def purge_outbox_without_ticket(db: Database, cutoff: float) -> int:
    """Settled outbox rows of no report (and their upload records) settled before `cutoff`."""
    if not counts.columns(db, "outbox"):
        return 0
    from bot.store import outbox, uploads

    removed = outbox.purge_settled_without_ticket(db, cutoff)
    if counts.columns(db, "chat_uploads"):
        uploads.purge_orphans(db)
    return removed


def purge_audit(db: Database, cutoff: float) -> int:
    """Audit entries older than the records-retention period, the purge entries of earlier runs included."""
    if not counts.columns(db, "audit_log"):
        return 0
    return audit.purge(db, cutoff)
