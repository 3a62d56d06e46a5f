"""The database's own health probes, run by /healthz (bot/health/checks.py) on short-lived connections.

They live here because only bot/store speaks SQL. Each uses its own connection with a short timeout, so a
locked file is reported in about a second instead of waiting behind the bot's 15-second busy timeout. They
raise sqlite3.Error for the caller to turn into a reason safe to show.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.store.db import Database


def connect(path: Path, timeout: float) -> sqlite3.Connection:
    """A read-write connection that never creates the file (a missing database is a finding, not a fix)."""
    return sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=timeout, isolation_level=None)


def read_and_lock(conn: sqlite3.Connection) -> None:
    """Read the schema, then take and release the write lock: proves no other writer (a stuck process, a
    backup tool) is holding the file."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("ROLLBACK")


def quick_check(path: Path, timeout: float) -> str:
    """SQLite's PRAGMA quick_check(1) on a read-only connection: "ok", or the first problem it found."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout)
    try:
        return conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    finally:
        conn.close()


def earliest_job(db: Database, table: str) -> dict | None:
    """The scheduled job due first in APScheduler's job table (`table`): {"id", "next_run_time"} or None."""
    rows = db.query(f'SELECT id, next_run_time FROM "{table}" WHERE next_run_time IS NOT NULL '
                    "ORDER BY next_run_time LIMIT 1")
    return rows[0] if rows else None
