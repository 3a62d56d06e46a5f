"""Reports and their status history: the record a reporter is told "received" about.

Free text reaches this module already masked (the handler runs the detectors first), so a raw detected value
never lands in the file. Ticket numbers come from a per-year sequence kept in the same transaction as the
report, so two processes (the bot and the CLI) can never hand out the same number.
"""
from __future__ import annotations

import json
import time
from typing import Any

import sqlite_utils

from bot.store.db import Database, Migration

MIGRATIONS = [
    Migration("reports", 1, """
        CREATE TABLE report_sequences (
            year INTEGER PRIMARY KEY,
            last INTEGER NOT NULL
        );
        CREATE TABLE reports (
            ticket TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            status TEXT NOT NULL,
            category TEXT NOT NULL,
            category_label TEXT NOT NULL,
            description TEXT NOT NULL,
            occurred_at TEXT,
            location_id TEXT,
            location_name TEXT,
            people_involved TEXT,
            evidence TEXT,
            urgency TEXT NOT NULL,
            severity TEXT,
            reporter_id TEXT NOT NULL,
            reporter_name TEXT,
            reporter_email TEXT,
            source TEXT NOT NULL,
            finding_types TEXT
        );
        CREATE INDEX reports_reporter ON reports(reporter_id, created_at);
        CREATE INDEX reports_status ON reports(status);
        CREATE TABLE report_status_history (
            id INTEGER PRIMARY KEY,
            ticket TEXT NOT NULL REFERENCES reports(ticket),
            at REAL NOT NULL,
            status TEXT NOT NULL,
            actor TEXT NOT NULL,
            note TEXT
        );
        CREATE INDEX report_status_history_ticket ON report_status_history(ticket, id)
    """),
]

TICKET_PREFIX = "AUP"


def format_ticket(year: int, number: int) -> str:
    return f"{TICKET_PREFIX}-{year}-{number:06d}"


def next_ticket(d: sqlite_utils.Database, year: int) -> str:
    """Take the next number of `year`; call inside the transaction that inserts the report."""
    d.execute("INSERT INTO report_sequences (year, last) VALUES (?, 1) "
              "ON CONFLICT(year) DO UPDATE SET last = last + 1", (year,))
    (last,) = d.execute("SELECT last FROM report_sequences WHERE year = ?", (year,)).fetchone()
    return format_ticket(year, last)


def insert(d: sqlite_utils.Database, report: dict[str, Any], *, actor: str) -> int:
    """Insert a report and its first history entry; returns the history id (for notification keys)."""
    row = dict(report)
    row["finding_types"] = json.dumps(sorted(row.get("finding_types") or []))
    d["reports"].insert(row)
    return add_history(d, row["ticket"], row["status"], actor, "", at=row["created_at"])


def add_history(d: sqlite_utils.Database, ticket: str, status: str, actor: str, note: str,
                at: float | None = None) -> int:
    cur = d.execute("INSERT INTO report_status_history (ticket, at, status, actor, note) VALUES (?, ?, ?, ?, ?)",
                    (ticket, at or time.time(), status, actor, note or None))
    return int(cur.lastrowid)


def set_status(d: sqlite_utils.Database, ticket: str, status: str, actor: str, note: str = "") -> int:
    now = time.time()
    d.execute("UPDATE reports SET status = ?, updated_at = ? WHERE ticket = ?", (status, now, ticket))
    return add_history(d, ticket, status, actor, note, at=now)


def get(db: Database, ticket: str) -> dict | None:
    rows = db.query("SELECT * FROM reports WHERE ticket = ?", (ticket,))
    return _decoded(rows[0]) if rows else None


def history(db: Database, ticket: str) -> list[dict]:
    return db.query("SELECT at, status, actor, note FROM report_status_history WHERE ticket = ? ORDER BY id",
                    (ticket,))


def by_reporter(db: Database, reporter_id: str) -> list[dict]:
    return [_decoded(r) for r in db.query(
        "SELECT * FROM reports WHERE reporter_id = ? ORDER BY created_at DESC, ticket DESC", (reporter_id,))]


def listing(db: Database, status: str | None = None, limit: int = 1000) -> list[dict]:
    if status:
        rows = db.query("SELECT * FROM reports WHERE status = ? ORDER BY created_at DESC LIMIT ?", (status, limit))
    else:
        rows = db.query("SELECT * FROM reports ORDER BY created_at DESC LIMIT ?", (limit,))
    return [_decoded(r) for r in rows]


def count(db: Database) -> int:
    return db.query("SELECT count(*) AS n FROM reports")[0]["n"]


def _decoded(row: dict) -> dict:
    row["finding_types"] = json.loads(row.get("finding_types") or "[]")
    return row
