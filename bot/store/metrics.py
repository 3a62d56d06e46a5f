"""Read-only counts for /metrics, /healthz and the weekly digest, where the owning area module has none.

Each area (questions, findings, reports, outbox) owns its tables; this module only reads them, and tolerates
an area that is not installed yet or has not migrated (a table or column missing gives an empty count rather
than a failed scrape): a monitoring endpoint must keep answering while one part of the bot is broken.
"""
from __future__ import annotations

import sqlite3

from bot.store.db import Database


def columns(db: Database, table: str) -> set[str]:
    """The column names of `table`, empty when it does not exist."""
    try:
        rows = db.query(f"PRAGMA table_info({_quoted(table)})")
    except sqlite3.Error:
        return set()
    return {r["name"] for r in rows}


def first_column(db: Database, table: str, candidates: tuple[str, ...]) -> str | None:
    """The first of `candidates` that `table` has: areas name their timestamp columns differently."""
    have = columns(db, table)
    return next((c for c in candidates if c in have), None)


def _window(time_column: str | None, since: float | None, until: float | None) -> tuple[list[str], list]:
    clauses, params = [], []
    if since is not None:
        clauses.append(f"{_quoted(time_column)} >= ?")
        params.append(since)
    if until is not None:
        clauses.append(f"{_quoted(time_column)} < ?")
        params.append(until)
    return clauses, params


def count_by(db: Database, table: str, group: tuple[str, ...], *, since: float | None = None,
             until: float | None = None, time_column: str | None = None) -> dict[tuple[str, ...], int]:
    """Row counts of `table` grouped by `group` columns, optionally only rows with since <= time_column < until."""
    have = columns(db, table)
    windowed = since is not None or until is not None
    if not have or not set(group) <= have or (windowed and time_column not in have):
        return {}
    cols = ", ".join(_quoted(c) for c in group)
    clauses, params = _window(time_column, since, until)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    try:
        rows = db.query(f"SELECT {cols}, count(*) AS n FROM {_quoted(table)}{where} GROUP BY {cols}", params)
    except sqlite3.Error:
        return {}
    return {tuple("" if r[c] is None else str(r[c]) for c in group): r["n"] for r in rows}


def top_values(db: Database, table: str, column: str, *, limit: int = 10, since: float | None = None,
               until: float | None = None, time_column: str | None = None,
               where: dict[str, str] | None = None) -> list[tuple[str, int]]:
    """The most frequent values of `column` (the digest's most asked questions), most frequent first."""
    have = columns(db, table)
    windowed = since is not None or until is not None
    needed = {column, *(where or {})} | ({time_column} if windowed else set())
    if not have or not needed <= have:
        return []
    clauses, params = _window(time_column, since, until)
    for col, value in (where or {}).items():
        clauses.append(f"{_quoted(col)} = ?")
        params.append(value)
    sql = (f"SELECT {_quoted(column)} AS value, count(*) AS n FROM {_quoted(table)}"
           + (" WHERE " + " AND ".join(clauses) if clauses else "")
           + f" GROUP BY {_quoted(column)} ORDER BY n DESC, value LIMIT ?")
    try:
        rows = db.query(sql, (*params, limit))
    except sqlite3.Error:
        return []
    return [(str(r["value"]), r["n"]) for r in rows if r["value"] is not None]


def outbox_figures(db: Database) -> dict[str, float]:
    """Depth (pending), dead rows, failed attempts so far and the age of the oldest pending row."""
    if not columns(db, "outbox"):
        return {"pending": 0, "delivered": 0, "dead": 0, "failed_attempts": 0, "oldest_pending_at": 0.0}
    row = db.query(
        "SELECT "
        " coalesce(sum(status = 'pending'), 0) AS pending,"
        " coalesce(sum(status = 'delivered'), 0) AS delivered,"
        " coalesce(sum(status = 'dead'), 0) AS dead,"
        " coalesce(sum(attempts - (status = 'delivered')), 0) AS failed_attempts,"
        " min(CASE WHEN status = 'pending' THEN created_at END) AS oldest_pending_at"
        " FROM outbox")[0]
    return {k: (v or 0) for k, v in row.items()}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def outbox_key_exists(db: Database, prefix: str) -> bool:
    """Whether a delivery whose idempotency key starts with `prefix` was ever queued (the weekly digest asks
    this before building a digest it may already have sent)."""
    if not columns(db, "outbox"):
        return False
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return bool(db.query("SELECT 1 AS x FROM outbox WHERE idempotency_key LIKE ? ESCAPE '\\' LIMIT 1",
                         (escaped + "%",)))


def last_delivery_error(db: Database) -> str | None:
    """The most recent failed attempt's error on a row not yet delivered (it names endpoint and reason only)."""
    if "last_error" not in columns(db, "outbox"):
        return None
    rows = db.query("SELECT transport, last_error FROM outbox WHERE status != 'delivered' AND last_error IS NOT NULL "
                    "ORDER BY last_attempt_at DESC LIMIT 1")
    return f"{rows[0]['transport']}: {rows[0]['last_error'][:200]}" if rows else None
