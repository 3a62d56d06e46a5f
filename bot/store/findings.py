"""Findings of the watcher, reviewed "not sensitive" exceptions, watched places and rate-limit state.

Privacy rule (DESIGN.md, "It must never become the leak"): a finding row holds the type, severity, offsets,
the masked form and a keyed hash (HMAC) of the value, never the value. The hash lets a reviewed exception
match the same value again without anyone being able to read it back.

An exception row is `requested` (a poster asked, with a reason; it silences only that poster's nudges for the
value and waits for IT), `accepted` (a reviewer confirmed it, or made it: the value is exempt everywhere) or
`rejected`. Only accepted rows exempt a value, so nobody can exempt a value for everyone by themselves.
"""
from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable
from typing import Any

from bot.store.db import Database, Migration

MIGRATIONS = [
    Migration("findings", 1, """
        CREATE TABLE findings (
            id TEXT PRIMARY KEY,
            at REAL NOT NULL,
            platform TEXT NOT NULL,
            channel TEXT NOT NULL,
            message_id TEXT NOT NULL,
            poster_id TEXT NOT NULL,
            type TEXT NOT NULL,
            severity TEXT NOT NULL,
            policy_items TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            redacted TEXT NOT NULL,
            value_hash TEXT NOT NULL,
            detector TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            nudged INTEGER NOT NULL DEFAULT 0,
            alerted INTEGER NOT NULL DEFAULT 0,
            incident_ticket TEXT,
            suppressed TEXT
        );
        CREATE INDEX findings_message ON findings(platform, channel, message_id);
        CREATE INDEX findings_at ON findings(at);
        CREATE INDEX findings_hash ON findings(value_hash);
        CREATE TABLE finding_exceptions (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            value_hash TEXT NOT NULL,
            type TEXT NOT NULL,
            finding_id TEXT NOT NULL,
            reviewed_by TEXT NOT NULL,
            reason TEXT NOT NULL
        );
        CREATE INDEX finding_exceptions_hash ON finding_exceptions(value_hash, type);
        CREATE TABLE watched_places (
            platform TEXT NOT NULL,
            channel TEXT NOT NULL,
            watched INTEGER NOT NULL,
            set_by TEXT NOT NULL,
            at REAL NOT NULL,
            PRIMARY KEY (platform, channel)
        );
        CREATE TABLE watch_actions (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            at REAL NOT NULL
        );
        CREATE INDEX watch_actions_key ON watch_actions(kind, key, at);
        CREATE TABLE watch_suppressed (
            key TEXT PRIMARY KEY,
            count INTEGER NOT NULL,
            since REAL NOT NULL
        )
    """),
    # Exceptions become requests until a reviewer confirms them; rows from before were made as accepted.
    Migration("findings", 2, """
        ALTER TABLE finding_exceptions ADD COLUMN status TEXT NOT NULL DEFAULT 'accepted';
        ALTER TABLE finding_exceptions ADD COLUMN requested_by TEXT;
        ALTER TABLE finding_exceptions ADD COLUMN reviewed_at REAL;
        ALTER TABLE finding_exceptions ADD COLUMN review_note TEXT;
        CREATE INDEX finding_exceptions_status ON finding_exceptions(status)
    """),
    # Findings in a shared file say where: the file's masked name and the row, line or page ("roster.csv, row 12").
    Migration("findings", 3, """
        ALTER TABLE findings ADD COLUMN location TEXT
    """),
    # The channel's display name as the adapter saw it (bot/names.py), for the digest and the App Home; rows from
    # before have none and show the id.
    Migration("findings", 4, """
        ALTER TABLE findings ADD COLUMN channel_name TEXT NOT NULL DEFAULT ''
    """),
]

EXCEPTION_STATES = ("requested", "accepted", "rejected")

# Columns a finding row may carry; anything else passed in is refused rather than stored.
FINDING_COLUMNS = ("platform", "channel", "channel_name", "message_id", "poster_id", "type", "severity",
                   "policy_items", "start", "end", "redacted", "value_hash", "detector", "nudged", "alerted",
                   "incident_ticket", "suppressed", "location")


def new_finding_id() -> str:
    return "F-" + uuid.uuid4().hex[:12]


def record_findings(db: Database, rows: Iterable[dict[str, Any]], *, now: float | None = None) -> list[str]:
    """Insert findings (masked fields only) and return their ids, in order."""
    now = time.time() if now is None else now
    ids = []
    with db.transaction() as d:
        for row in rows:
            unknown = set(row) - set(FINDING_COLUMNS)
            if unknown:
                raise ValueError(f"unexpected finding fields: {sorted(unknown)}")
            finding_id = new_finding_id()
            record = {**row, "id": finding_id, "at": now,
                      "policy_items": json.dumps(list(row.get("policy_items") or []))}
            d["findings"].insert(record)
            ids.append(finding_id)
    return ids


def update_actions(db: Database, ids: list[str], *, nudged: bool, alerted: bool, incident_ticket: str | None,
                   suppressed: str | None) -> None:
    with db.transaction() as d:
        for finding_id in ids:
            d.execute("UPDATE findings SET nudged = ?, alerted = ?, incident_ticket = ?, suppressed = ? WHERE id = ?",
                      (int(nudged), int(alerted), incident_ticket, suppressed, finding_id))


def get_finding(db: Database, finding_id: str) -> dict | None:
    rows = db.query("SELECT * FROM findings WHERE id = ?", (finding_id,))
    return rows[0] if rows else None


def findings_for_message(db: Database, platform: str, channel: str, message_id: str) -> list[dict]:
    return db.query("SELECT * FROM findings WHERE platform = ? AND channel = ? AND message_id = ? ORDER BY at",
                    (platform, channel, message_id))


def recent_findings(db: Database, limit: int = 50) -> list[dict]:
    return db.query("SELECT * FROM findings ORDER BY at DESC LIMIT ?", (limit,))


def is_excepted(db: Database, value_hash: str, finding_type: str) -> bool:
    """A reviewer accepted this value as not sensitive: it is not flagged again, for anyone."""
    return bool(db.query("SELECT 1 FROM finding_exceptions WHERE value_hash = ? AND type = ? "
                         "AND status = 'accepted' LIMIT 1", (value_hash, finding_type)))


def is_requested_by(db: Database, value_hash: str, finding_type: str, person_id: str) -> bool:
    """This person asked for an exception for this value and IT has not answered yet."""
    return bool(db.query("SELECT 1 FROM finding_exceptions WHERE value_hash = ? AND type = ? AND status = "
                         "'requested' AND requested_by = ? LIMIT 1", (value_hash, finding_type, person_id)))


def add_exception(db: Database, finding: dict, reviewed_by: str, reason: str, *, now: float | None = None) -> int:
    """A reviewer's own exception: accepted at once. Returns its id."""
    now = time.time() if now is None else now
    with db.transaction() as d:
        table = d["finding_exceptions"]
        table.insert({"at": now, "value_hash": finding["value_hash"], "type": finding["type"],
                      "finding_id": finding["id"], "reviewed_by": reviewed_by, "reason": reason,
                      "status": "accepted", "requested_by": reviewed_by, "reviewed_at": now})
        d.execute("UPDATE findings SET status = 'not_sensitive' WHERE id = ?", (finding["id"],))
        return int(table.last_pk)


def request_exception(db: Database, finding: dict, requested_by: str, reason: str, *,
                      now: float | None = None) -> int:
    """A poster's request, queued for IT review (no reviewer yet). Returns its id."""
    now = time.time() if now is None else now
    with db.transaction() as d:
        table = d["finding_exceptions"]
        table.insert({"at": now, "value_hash": finding["value_hash"], "type": finding["type"],
                      "finding_id": finding["id"], "reviewed_by": "", "reason": reason,
                      "status": "requested", "requested_by": requested_by})
        d.execute("UPDATE findings SET status = 'exception_requested' WHERE id = ?", (finding["id"],))
        return int(table.last_pk)


def get_exception(db: Database, exception_id: int) -> dict | None:
    rows = db.query("SELECT * FROM finding_exceptions WHERE id = ?", (exception_id,))
    return rows[0] if rows else None


def open_request_for(db: Database, finding_id: str) -> dict | None:
    rows = db.query("SELECT * FROM finding_exceptions WHERE finding_id = ? AND status = 'requested' "
                    "ORDER BY id DESC LIMIT 1", (finding_id,))
    return rows[0] if rows else None


def decide_exception(db: Database, exception_id: int, reviewer: str, accept: bool, note: str, *,
                     now: float | None = None) -> bool:
    """Accept or reject a pending request; False when it is no longer pending (decided meanwhile)."""
    now = time.time() if now is None else now
    with db.transaction() as d:
        rows = list(d.query("SELECT finding_id FROM finding_exceptions WHERE id = ? AND status = 'requested'",
                            (exception_id,)))
        if not rows:
            return False
        d.execute("UPDATE finding_exceptions SET status = ?, reviewed_by = ?, reviewed_at = ?, review_note = ? "
                  "WHERE id = ?", ("accepted" if accept else "rejected", reviewer, now, note, exception_id))
        d.execute("UPDATE findings SET status = ? WHERE id = ?",
                  ("not_sensitive" if accept else "open", rows[0]["finding_id"]))
    return True


def exceptions(db: Database, limit: int = 100, *, status: str | None = None) -> list[dict]:
    if status is None:
        return db.query("SELECT * FROM finding_exceptions ORDER BY id DESC LIMIT ?", (limit,))
    return db.query("SELECT * FROM finding_exceptions WHERE status = ? ORDER BY id DESC LIMIT ?", (status, limit))


def watched_state(db: Database, platform: str, channel: str) -> bool | None:
    rows = db.query("SELECT watched FROM watched_places WHERE platform = ? AND channel = ?", (platform, channel))
    return bool(rows[0]["watched"]) if rows else None


def set_watched(db: Database, platform: str, channel: str, watched: bool, set_by: str) -> None:
    with db.transaction() as d:
        d["watched_places"].upsert({"platform": platform, "channel": channel, "watched": int(watched),
                                    "set_by": set_by, "at": time.time()}, pk=("platform", "channel"))


def count_actions(db: Database, kind: str, key: str, since: float) -> int:
    return db.query("SELECT count(*) AS n FROM watch_actions WHERE kind = ? AND key = ? AND at >= ?",
                    (kind, key, since))[0]["n"]


def note_action(db: Database, kind: str, key: str, *, now: float) -> None:
    with db.transaction() as d:
        d["watch_actions"].insert({"kind": kind, "key": key, "at": now})


def add_suppressed(db: Database, key: str, *, now: float) -> None:
    with db.transaction() as d:
        d.execute("INSERT INTO watch_suppressed (key, count, since) VALUES (?, 1, ?) "
                  "ON CONFLICT(key) DO UPDATE SET count = count + 1", (key, now))


def take_suppressed(db: Database, key: str) -> int:
    """How many alerts were held back for `key` since the last one went out; resets the count."""
    with db.transaction() as d:
        rows = list(d.query("SELECT count FROM watch_suppressed WHERE key = ?", (key,)))
        d.execute("DELETE FROM watch_suppressed WHERE key = ?", (key,))
    return rows[0]["count"] if rows else 0


def purge(db: Database, *, older_than_days: int, now: float | None = None) -> int:
    """Delete findings (and spent rate-limit rows) past retention; returns the findings removed."""
    now = time.time() if now is None else now
    cutoff = now - older_than_days * 86400
    with db.transaction() as d:
        n = d.execute("DELETE FROM findings WHERE at < ?", (cutoff,)).rowcount
        d.execute("DELETE FROM watch_actions WHERE at < ?", (now - 86400,))
    return n
