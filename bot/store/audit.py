"""The audit log: who did what to which record, for reviewers and for purges under records retention."""
from __future__ import annotations

import json
import time
from typing import Any

from bot.store.db import Database, Migration

MIGRATIONS = [
    Migration("audit", 1, """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT,
            detail TEXT
        );
        CREATE INDEX audit_log_subject ON audit_log(subject)
    """),
]


def record(db: Database, actor: str, action: str, subject: str | None = None, **detail: Any) -> None:
    """Append an audit entry. `detail` must hold no raw detected values: callers pass masked forms only."""
    with db.transaction() as d:
        d["audit_log"].insert({
            "at": time.time(), "actor": actor, "action": action, "subject": subject,
            "detail": json.dumps(detail, sort_keys=True, default=str) if detail else None,
        })


def entries(db: Database, subject: str | None = None, limit: int = 100) -> list[dict]:
    if subject is None:
        return db.query("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", (limit,))
    return db.query("SELECT * FROM audit_log WHERE subject = ? ORDER BY id DESC LIMIT ?", (subject, limit))


def purge(db: Database, cutoff: float, *, batch: int = 500) -> int:
    """Delete audit entries written before `cutoff` (the records-retention period), in small transactions."""
    return db.delete_in_batches("audit_log", "at < ?", (cutoff,), batch=batch)
