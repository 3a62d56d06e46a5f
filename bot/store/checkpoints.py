"""Where each polled stream (a Google Chat space) was read up to, so a restart neither misses nor repeats.

A position alone is not enough: several messages can share one create time, and a crash can fall between
them. So a checkpoint keeps the last create time (in microseconds since the epoch) *and* the names of the
messages already scanned at exactly that time; the next listing asks for everything from that time on and
skips those names.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass

from bot.store.db import Database, Migration

MIGRATIONS = [
    Migration("checkpoints", 1, """
        CREATE TABLE checkpoints (
            source TEXT NOT NULL,
            stream TEXT NOT NULL,
            position INTEGER NOT NULL,
            seen TEXT NOT NULL,
            updated_at REAL NOT NULL,
            PRIMARY KEY (source, stream)
        )
    """),
]


@dataclass(frozen=True)
class Checkpoint:
    source: str
    stream: str
    position: int  # microseconds since the epoch of the newest item scanned
    seen: frozenset[str]  # names of the items scanned at exactly `position`

    def already_scanned(self, position: int, name: str) -> bool:
        return position < self.position or (position == self.position and name in self.seen)

    def after(self, position: int, name: str) -> Checkpoint:
        """The checkpoint once the item `name` created at `position` has been scanned."""
        if position > self.position:
            return Checkpoint(self.source, self.stream, position, frozenset({name}))
        if position == self.position:
            return Checkpoint(self.source, self.stream, position, self.seen | {name})
        return self


def load(db: Database, source: str, stream: str) -> Checkpoint | None:
    rows = db.query("SELECT position, seen FROM checkpoints WHERE source = ? AND stream = ?", (source, stream))
    if not rows:
        return None
    return Checkpoint(source, stream, int(rows[0]["position"]), frozenset(json.loads(rows[0]["seen"])))


def save(db: Database, checkpoint: Checkpoint) -> None:
    """Write the checkpoint; callers wrap it in the same transaction as the work it records."""
    with db.transaction() as d:
        d.execute(
            "INSERT INTO checkpoints (source, stream, position, seen, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (source, stream) DO UPDATE SET position = excluded.position, seen = excluded.seen, "
            "updated_at = excluded.updated_at",
            (checkpoint.source, checkpoint.stream, checkpoint.position,
             json.dumps(sorted(checkpoint.seen)), time.time()),
        )


def all_for(db: Database, source: str) -> list[Checkpoint]:
    rows = db.query("SELECT stream, position, seen FROM checkpoints WHERE source = ? ORDER BY stream", (source,))
    return [Checkpoint(source, r["stream"], int(r["position"]), frozenset(json.loads(r["seen"]))) for r in rows]
