"""Files a chat sender has uploaded for an outbox delivery, so a retry never uploads or shares the file twice.

Slack's external upload is three calls (get an upload URL, send the bytes, complete the upload into a channel)
and Slack has no idempotency keys. The sender records the file id once the bytes are up, and the moment the
file was shared once `files.completeUploadExternal` answered: a retry after a failed completion completes the
same file instead of uploading another, and a retry after success does nothing. Rows are small (one per IT
channel per weekly digest) and are kept like the outbox rows they belong to.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from bot.store.db import Database, Migration

MIGRATIONS = [
    Migration("uploads", 1, """
        CREATE TABLE chat_uploads (
            platform TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            file_id TEXT NOT NULL,
            uploaded_at REAL NOT NULL,
            shared_at REAL,
            PRIMARY KEY (platform, idempotency_key)
        ) WITHOUT ROWID
    """),
]


@dataclass(frozen=True)
class Upload:
    platform: str
    idempotency_key: str
    file_id: str
    shared: bool


def find(db: Database, platform: str, idempotency_key: str) -> Upload | None:
    rows = db.query("SELECT file_id, shared_at FROM chat_uploads WHERE platform = ? AND idempotency_key = ?",
                    (platform, idempotency_key))
    if not rows:
        return None
    return Upload(platform, idempotency_key, rows[0]["file_id"], rows[0]["shared_at"] is not None)


def record_uploaded(db: Database, platform: str, idempotency_key: str, file_id: str, *,
                    now: float | None = None) -> None:
    """The bytes are up under `file_id`; a later upload for the same key (one whose first try crashed before
    this was written) replaces the id, since only a completed file is ever visible in a channel."""
    now = time.time() if now is None else now
    with db.transaction() as d:
        d.execute("INSERT INTO chat_uploads (platform, idempotency_key, file_id, uploaded_at) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (platform, idempotency_key) DO UPDATE SET file_id = excluded.file_id, "
                  "uploaded_at = excluded.uploaded_at WHERE chat_uploads.shared_at IS NULL",
                  (platform, idempotency_key, file_id, now))


def mark_shared(db: Database, platform: str, idempotency_key: str, *, now: float | None = None) -> None:
    now = time.time() if now is None else now
    with db.transaction() as d:
        d.execute("UPDATE chat_uploads SET shared_at = ? WHERE platform = ? AND idempotency_key = ? "
                  "AND shared_at IS NULL", (now, platform, idempotency_key))


def purge_orphans(db: Database) -> int:
    """Delete upload records whose outbox row is gone (purged with its retention): nothing can retry them."""
    with db.transaction() as d:
        return d.execute("DELETE FROM chat_uploads WHERE idempotency_key NOT IN "
                         "(SELECT idempotency_key FROM outbox)").rowcount
