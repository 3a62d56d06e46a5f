"""The approvals register: the written approvals a practice depends on (a class account's yearly principal
approval, texting permission under the Exception to Policy, a bulk text system's CIO authorization).

Dates are ISO strings (YYYY-MM-DD) so that SQL compares them in calendar order. Free text (subject, form
references, revoke reasons) arrives here already masked by the handler. Rows are never updated in place
except to record a revocation or that a reminder went out; purging after the records-retention period happens
only in bot/store/retention.py.
"""
from __future__ import annotations

import json
import time
from typing import Any

import sqlite_utils

from bot.store.db import Database, Migration

MIGRATIONS = [
    Migration("approvals", 1, """
        CREATE TABLE approvals (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            owner_name TEXT,
            subject TEXT NOT NULL,
            approver TEXT NOT NULL,
            approver_contact TEXT,
            approved_on TEXT NOT NULL,
            expires_on TEXT NOT NULL,
            evidence TEXT NOT NULL,
            created_at REAL NOT NULL,
            created_by TEXT NOT NULL,
            revoked_at REAL,
            revoked_by TEXT,
            revoke_reason TEXT,
            reminded_at REAL,
            expiry_flagged_at REAL
        );
        CREATE INDEX approvals_owner ON approvals(owner_id, kind);
        CREATE INDEX approvals_expires ON approvals(expires_on)
    """),
]


def insert(d: sqlite_utils.Database, row: dict[str, Any]) -> int:
    """Insert inside the caller's transaction; returns the new id."""
    values = dict(row)
    values["evidence"] = json.dumps(values.get("evidence") or {}, sort_keys=True)
    values.setdefault("created_at", time.time())
    return int(d["approvals"].insert(values).last_pk)


def created_by_since(db: Database, person_id: str, since: float) -> int:
    """How many approvals `person_id` registered after `since` (the per-person registration limit)."""
    rows = db.query("SELECT COUNT(*) AS n FROM approvals WHERE created_by = ? AND created_at > ?",
                    (person_id, since))
    return int(rows[0]["n"]) if rows else 0


def get(db: Database, approval_id: int) -> dict | None:
    rows = db.query("SELECT * FROM approvals WHERE id = ?", (approval_id,))
    return _decoded(rows[0]) if rows else None


def find_same(db: Database, owner_id: str, kind: str, subject: str, approved_on: str) -> dict | None:
    """The live registration a repeated submit (a double click, a retried command) would duplicate."""
    rows = db.query("SELECT * FROM approvals WHERE owner_id = ? AND kind = ? AND subject = ? AND approved_on = ? "
                    "AND revoked_at IS NULL ORDER BY id LIMIT 1", (owner_id, kind, subject, approved_on))
    return _decoded(rows[0]) if rows else None


def for_owner(db: Database, owner_id: str, kind: str | None = None) -> list[dict]:
    if kind is None:
        rows = db.query("SELECT * FROM approvals WHERE owner_id = ? ORDER BY expires_on DESC, id DESC", (owner_id,))
    else:
        rows = db.query("SELECT * FROM approvals WHERE owner_id = ? AND kind = ? ORDER BY expires_on DESC, id DESC",
                        (owner_id, kind))
    return [_decoded(r) for r in rows]


def listing(db: Database, limit: int = 1000) -> list[dict]:
    return [_decoded(r) for r in db.query("SELECT * FROM approvals ORDER BY expires_on, id LIMIT ?", (limit,))]


def add_evidence(d: sqlite_utils.Database, approval_id: int, evidence: dict[str, str]) -> None:
    """Record evidence given later (this year's parent notice) on a live approval; nothing else changes."""
    d.execute("UPDATE approvals SET evidence = ? WHERE id = ? AND revoked_at IS NULL",
              (json.dumps(evidence, sort_keys=True), approval_id))


def revoke(d: sqlite_utils.Database, approval_id: int, by: str, reason: str, at: float) -> bool:
    cur = d.execute("UPDATE approvals SET revoked_at = ?, revoked_by = ?, revoke_reason = ? "
                    "WHERE id = ? AND revoked_at IS NULL", (at, by, reason or None, approval_id))
    return cur.rowcount == 1


def due_for_reminder(db: Database, today: str, remind_until: str) -> list[dict]:
    """Live approvals expiring after today but on or before `remind_until`, not yet reminded."""
    return [_decoded(r) for r in db.query(
        "SELECT * FROM approvals WHERE revoked_at IS NULL AND reminded_at IS NULL AND expires_on > ? "
        "AND expires_on <= ? ORDER BY expires_on, id", (today, remind_until))]


def newly_expired(db: Database, today: str) -> list[dict]:
    """Live approvals whose expiry date has come and that nobody was told about yet."""
    return [_decoded(r) for r in db.query(
        "SELECT * FROM approvals WHERE revoked_at IS NULL AND expiry_flagged_at IS NULL AND expires_on <= ? "
        "ORDER BY expires_on, id", (today,))]


def mark_reminded(d: sqlite_utils.Database, approval_id: int, at: float) -> None:
    d.execute("UPDATE approvals SET reminded_at = ? WHERE id = ?", (at, approval_id))


def mark_expiry_flagged(d: sqlite_utils.Database, approval_id: int, at: float) -> None:
    d.execute("UPDATE approvals SET expiry_flagged_at = ? WHERE id = ?", (at, approval_id))


def counts_by_state(db: Database, today: str, soon: str) -> dict[tuple[str, str], int]:
    """(kind, state) -> count, state one of active, expiring (by `soon`), expired, revoked; for /metrics."""
    rows = db.query(
        "SELECT kind, CASE WHEN revoked_at IS NOT NULL THEN 'revoked' WHEN expires_on <= :today THEN 'expired' "
        "WHEN expires_on <= :soon THEN 'expiring' ELSE 'active' END AS state, count(*) AS n "
        "FROM approvals GROUP BY kind, state", {"today": today, "soon": soon})
    return {(r["kind"], r["state"]): r["n"] for r in rows}


def _decoded(row: dict) -> dict:
    row["evidence"] = json.loads(row.get("evidence") or "{}")
    return row
