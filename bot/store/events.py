"""De-duplication of platform events: Slack retries an event it thinks we missed, Google Chat may redeliver.

Each platform event id is inserted once (INSERT OR IGNORE on a primary key, so two threads racing on the same
retry cannot both win). Rows are pruned after `KEEP_SECONDS`: Slack gives up retrying within the hour, so a day
is ample and keeps the table small.
"""
from __future__ import annotations

import time

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
]

KEEP_SECONDS = 24 * 3600
PRUNE_EVERY_SECONDS = 600.0
_last_prune: dict[str, float] = {}


def first_time(db: Database, platform: str, event_id: str, *, now: float | None = None) -> bool:
    """True the first time (platform, event_id) is seen, False for every later delivery of it."""
    now = time.time() if now is None else now
    with db.transaction() as d:
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
