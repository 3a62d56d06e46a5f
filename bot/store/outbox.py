"""The outbox: every message the bot owes the outside world, written in the same transaction as its cause.

A row is `pending` until a transport confirms it (`delivered`) or it runs out of attempts (`dead`). While a
process is sending a row it holds a lease (`lease_owner` = "host:pid", `lease_until`), so the scheduler in
`aupbot serve` and an operator's `aupbot deliver` never send the same row at the same moment; a lease whose
owner died (SIGKILL) is taken over, and the resend carries the same idempotency key.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from bot.store.db import Database, Migration

MIGRATIONS = [
    Migration("outbox", 1, """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            idempotency_key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            transport TEXT NOT NULL,
            target TEXT NOT NULL,
            ticket TEXT,
            payload TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            created_at REAL NOT NULL,
            next_attempt_at REAL NOT NULL,
            last_attempt_at REAL,
            delivered_at REAL,
            last_error TEXT,
            remote_ref TEXT,
            lease_owner TEXT,
            lease_until REAL
        );
        CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
        CREATE INDEX outbox_ticket ON outbox(ticket)
    """),
]

STATES = ("pending", "delivered", "dead")


@dataclass(frozen=True)
class NewDelivery:
    """One message to send. `payload` holds only masked, neutralised text: it is stored as it will be sent."""

    kind: str          # "report", "notification", "alert", "incident"
    transport: str     # a key of bot.delivery.TRANSPORTS
    target: str        # an address, a URL, or a platform-qualified chat id
    idempotency_key: str
    payload: dict[str, Any]
    ticket: str | None = None


def enqueue(d: sqlite_utils.Database, delivery: NewDelivery, now: float | None = None) -> bool:
    """Queue inside the caller's transaction; a repeated idempotency key is ignored (False)."""
    now = time.time() if now is None else now
    cur = d.execute(
        "INSERT OR IGNORE INTO outbox (idempotency_key, kind, transport, target, ticket, payload, created_at, "
        "next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (delivery.idempotency_key, delivery.kind, delivery.transport, delivery.target, delivery.ticket,
         json.dumps(delivery.payload, sort_keys=True), now, now))
    return cur.rowcount == 1


def due(db: Database, now: float, *, include_waiting: bool = False, limit: int = 500) -> list[dict]:
    """Pending rows whose backoff has run out (or all pending rows), oldest first."""
    if include_waiting:
        rows = db.query("SELECT * FROM outbox WHERE status = 'pending' ORDER BY id LIMIT ?", (limit,))
    else:
        rows = db.query("SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id "
                        "LIMIT ?", (now, limit))
    return [_decoded(r) for r in rows]


def claim(db: Database, row_id: int, owner: str, lease_until: float, *, expected_owner: str | None) -> bool:
    """Compare-and-swap the lease: succeeds only if nobody else took the row since it was read."""
    with db.transaction() as d:
        cur = d.execute(
            "UPDATE outbox SET lease_owner = ?, lease_until = ? WHERE id = ? AND status = 'pending' "
            "AND lease_owner IS ?", (owner, lease_until, row_id, expected_owner))
        return cur.rowcount == 1


def claim_unclaimed(d: sqlite_utils.Database, row_id: int, owner: str) -> None:
    """Inside the caller's transaction: take the lease of a row nobody holds (one that failed before it was
    claimed, such as an unknown transport), so the failure update that follows applies to it."""
    d.execute("UPDATE outbox SET lease_owner = ? WHERE id = ? AND lease_owner IS NULL", (owner, row_id))


def mark_delivered(d: sqlite_utils.Database, row_id: int, owner: str, now: float, remote_ref: str | None) -> None:
    d.execute("UPDATE outbox SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, "
              "last_attempt_at = ?, remote_ref = ?, last_error = NULL, lease_owner = NULL, lease_until = NULL "
              "WHERE id = ? AND lease_owner = ?", (now, now, remote_ref, row_id, owner))


def mark_failed(d: sqlite_utils.Database, row_id: int, owner: str, now: float, error: str, *,
                next_attempt_at: float | None) -> None:
    """Record a failed attempt: back to pending with a new due time, or dead when `next_attempt_at` is None."""
    status = "pending" if next_attempt_at is not None else "dead"
    d.execute("UPDATE outbox SET status = ?, attempts = attempts + 1, last_attempt_at = ?, last_error = ?, "
              "next_attempt_at = COALESCE(?, next_attempt_at), lease_owner = NULL, lease_until = NULL "
              "WHERE id = ? AND lease_owner = ?", (status, now, error[:500], next_attempt_at, row_id, owner))


def revive(db: Database, row_ids: list[int] | None = None, now: float | None = None) -> int:
    """Put dead rows back in the queue with a fresh attempt budget (all dead rows when `row_ids` is None)."""
    now = time.time() if now is None else now
    with db.transaction() as d:
        if row_ids is None:
            cur = d.execute("UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ? "
                            "WHERE status = 'dead'", (now,))
        else:
            marks = ",".join("?" * len(row_ids))
            cur = d.execute(f"UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ? "
                            f"WHERE status = 'dead' AND id IN ({marks})", (now, *row_ids))
        return cur.rowcount


def get(db: Database, row_id: int) -> dict | None:
    rows = db.query("SELECT * FROM outbox WHERE id = ?", (row_id,))
    return _decoded(rows[0]) if rows else None


def listing(db: Database, statuses: tuple[str, ...] = ("pending", "dead"), limit: int = 500) -> list[dict]:
    marks = ",".join("?" * len(statuses))
    return [_decoded(r) for r in db.query(
        f"SELECT * FROM outbox WHERE status IN ({marks}) ORDER BY id LIMIT ?", (*statuses, limit))]


def for_ticket(db: Database, ticket: str) -> list[dict]:
    return [_decoded(r) for r in db.query("SELECT * FROM outbox WHERE ticket = ? ORDER BY id", (ticket,))]


def purge_settled_without_ticket(db: Database, cutoff: float, *, batch: int = 500) -> int:
    """Delete rows that belong to no report (nudges, IT alerts, digests) once settled before `cutoff`:
    delivered ones by their delivery time, dead ones by their last attempt. Pending rows are still owed and
    stay; rows of a report go with the report (bot.store.retention.purge_reports)."""
    return db.delete_in_batches(
        "outbox", "ticket IS NULL AND ((status = 'delivered' AND COALESCE(delivered_at, created_at) < ?) OR "
        "(status = 'dead' AND COALESCE(last_attempt_at, created_at) < ?))", (cutoff, cutoff), batch=batch)


def counts(db: Database) -> dict[str, int]:
    found = {r["status"]: r["n"] for r in db.query("SELECT status, count(*) AS n FROM outbox GROUP BY status")}
    return {state: found.get(state, 0) for state in STATES}


def _decoded(row: dict) -> dict:
    row["payload"] = json.loads(row["payload"])
    return row
