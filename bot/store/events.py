"""De-duplication of platform events, and the events acknowledged but not yet processed.

Slack retries an event it thinks we missed, Google Chat may redeliver. Each platform event id is inserted once
(INSERT OR IGNORE on a primary key, so two threads racing on the same retry cannot both win). Rows are pruned
after `KEEP_SECONDS`: Slack gives up retrying within the hour, so a day is ample and keeps the table small.

An event is acknowledged only once it is recorded (`record`): its de-duplication row and a pending row holding
the event itself, in one transaction. The work marks it done (`finish`); whatever is still pending after a crash,
a failed write or an outage of the platform's API is resumed (`pending`). The event carries the message text,
which may hold a detected value, and nothing raw may rest in the database: the pending copy is sealed
(Fernet: AES with an HMAC, keyed from AUPBOT_HASH_SECRET) and deleted as soon as the work is done.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken

from bot.store.db import Database, Migration

MIGRATIONS = [
    Migration("events", 1, """
        CREATE TABLE platform_events (
            platform TEXT NOT NULL,
            event_id TEXT NOT NULL,
            seen_at REAL NOT NULL,
            PRIMARY KEY (platform, event_id)
        ) WITHOUT ROWID;
        CREATE INDEX platform_events_seen_at ON platform_events(seen_at)
    """),
    Migration("events", 2, """
        CREATE TABLE pending_events (
            platform TEXT NOT NULL,
            event_id TEXT NOT NULL,
            sealed BLOB NOT NULL,
            recorded_at REAL NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (platform, event_id)
        ) WITHOUT ROWID
    """),
]

KEEP_SECONDS = 24 * 3600
PRUNE_EVERY_SECONDS = 600.0
_last_prune: dict[str, float] = {}


def first_time(db: Database, platform: str, event_id: str, *, now: float | None = None,
               timeout: float | None = None) -> bool:
    """True the first time (platform, event_id) is seen, False for every later delivery of it. `timeout`: see
    `Database.transaction` (StoreError when the write cannot be made in time)."""
    now = time.time() if now is None else now
    with db.transaction(timeout=timeout) as d:
        cursor = d.execute(
            "INSERT OR IGNORE INTO platform_events (platform, event_id, seen_at) VALUES (?, ?, ?)",
            (platform, str(event_id), now))
        fresh = cursor.rowcount == 1
    key = str(db.path)
    if now - _last_prune.get(key, 0.0) > PRUNE_EVERY_SECONDS:
        _last_prune[key] = now
        prune(db, now=now)
    return fresh


def seen(db: Database, platform: str, event_id: str) -> bool:
    """Whether (platform, event_id) was recorded; for senders that mark an id only after they succeed."""
    rows = db.query("SELECT 1 AS x FROM platform_events WHERE platform = ? AND event_id = ?",
                    (platform, str(event_id)))
    return bool(rows)


def prune(db: Database, *, now: float | None = None, keep_seconds: float = KEEP_SECONDS) -> int:
    """Forget ids older than `keep_seconds`; returns how many were removed."""
    cutoff = (time.time() if now is None else now) - keep_seconds
    with db.transaction() as d:
        return d.execute("DELETE FROM platform_events WHERE seen_at < ?", (cutoff,)).rowcount


# -- events acknowledged, not yet processed ---------------------------------------------------------------

# A pending event whose work failed this many times is dropped (logged by the caller): one that can never be
# processed must not be retried forever.
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class PendingEvent:
    platform: str
    event_id: str
    body: bytes
    recorded_at: float
    attempts: int


def sealer(secret: str) -> Fernet:
    """The key that seals pending events, derived from the deployment's hash secret (one secret to manage)."""
    key = hmac.new(secret.encode("utf-8"), b"aupbot pending events v1", hashlib.sha256).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def record(db: Database, platform: str, event_id: str, body: bytes, seal: Fernet, *,
           timeout: float | None = None, now: float | None = None) -> bool:
    """Records a delivery before it is acknowledged: True if it is new (and now pending), False for a repeat.
    Raises StoreError (or sqlite3.Error) when it cannot be recorded: the caller must then not acknowledge it."""
    now = time.time() if now is None else now
    sealed = seal.encrypt(body)
    with db.transaction(timeout=timeout) as d:
        fresh = d.execute(
            "INSERT OR IGNORE INTO platform_events (platform, event_id, seen_at) VALUES (?, ?, ?)",
            (platform, str(event_id), now)).rowcount == 1
        if fresh:
            d.execute("INSERT INTO pending_events (platform, event_id, sealed, recorded_at) VALUES (?, ?, ?, ?)",
                      (platform, str(event_id), sealed, now))
    return fresh


def finish(db: Database, platform: str, event_id: str) -> None:
    """The work for this event is done (or given up): its sealed copy is deleted."""
    with db.transaction() as d:
        d.execute("DELETE FROM pending_events WHERE platform = ? AND event_id = ?", (platform, str(event_id)))


def pending(db: Database, platform: str, seal: Fernet) -> list[PendingEvent]:
    """Every event still pending, oldest first. An event sealed with another key (the hash secret changed)
    cannot be read and comes with an empty body, for the caller to drop."""
    rows = db.query("SELECT event_id, sealed, recorded_at, attempts FROM pending_events WHERE platform = ? "
                    "ORDER BY recorded_at", (platform,))
    found = []
    for row in rows:
        try:
            body = seal.decrypt(row["sealed"])
        except InvalidToken:
            body = b""
        found.append(PendingEvent(platform, row["event_id"], body, row["recorded_at"], row["attempts"]))
    return found


def note_attempt(db: Database, platform: str, event_id: str) -> bool:
    """One more try at a pending event's work (counted before it runs, so a crash counts too). False when the
    event is no longer pending: its work finished after the caller listed it, and must not run again."""
    with db.transaction() as d:
        cursor = d.execute("UPDATE pending_events SET attempts = attempts + 1 WHERE platform = ? AND event_id = ?",
                           (platform, str(event_id)))
    return cursor.rowcount > 0


def pending_count(db: Database, platform: str | None = None) -> int:
    sql = "SELECT count(*) AS n FROM pending_events" + (" WHERE platform = ?" if platform else "")
    return int(db.query(sql, (platform,) if platform else ())[0]["n"])
