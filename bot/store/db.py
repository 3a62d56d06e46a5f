"""The SQLite file: connection, transactions and forward migrations.

`bot.store` is the only package that writes SQL. Each area of the product (reports, findings, events, ...)
keeps its tables and queries in its own module here and declares its migrations as `MIGRATIONS`; the modules
are listed once in `MIGRATION_MODULES`. Migrations are named per area (like Django's per-app migrations), so
two areas never fight over one version number; the applied names are the schema version.
"""
from __future__ import annotations

import importlib
import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Union

import sqlite_utils

# One line per area module that declares MIGRATIONS. Order matters only within an area.
MIGRATION_MODULES: tuple[str, ...] = (
    "bot.store.audit",
    "bot.store.questions",
    "bot.store.events",
    "bot.store.checkpoints",
    "bot.store.reports",
    "bot.store.outbox",
    "bot.store.approvals",
    "bot.store.findings",
    "bot.store.uploads",
)

MigrationStep = Union[str, Callable[[sqlite_utils.Database], None]]


@dataclass(frozen=True)
class Migration:
    area: str
    number: int
    step: MigrationStep

    @property
    def name(self) -> str:
        return f"{self.area}/{self.number:04d}"


class StoreError(RuntimeError):
    """The database cannot be used (corrupt, locked, disk full); the message is safe to show operators."""


class Database:
    """One SQLite file in WAL mode, shared by the threads of one process.

    A single connection guarded by a re-entrant lock keeps writes ordered within the process; WAL lets a second
    process (the CLI beside `aupbot serve`) read and write the same file safely.
    """

    def __init__(self, path: Path | str, *, migrate: bool = True) -> None:
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=15)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=15000")
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(f"cannot open database {self.path}: {getattr(exc, 'strerror', None) or exc}") from exc
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.lock = threading.RLock()
        self._depth = 0
        if migrate:
            try:
                self.migrate()
            except sqlite3.DatabaseError as exc:  # corrupt file, full disk, read-only directory
                conn.close()
                raise StoreError(f"cannot prepare database {self.path}: {exc}") from exc

    # -- transactions -------------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """All-or-nothing writes. Nested calls join the outer transaction."""
        with self.lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.db
                finally:
                    self._depth -= 1
                return
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.db
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")
            finally:
                self._depth = 0

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        with self.lock:
            return [dict(row) for row in self.db.query(sql, params)]

    def ping(self) -> bool:
        try:
            with self.lock:
                self.conn.execute("SELECT 1").fetchone()
            return True
        except sqlite3.Error:
            return False

    def check_writable(self) -> None:
        """StoreError unless a write to this file can be made now: `aupbot serve` asks before it opens its port,
        because a read-only file (permissions, a read-only mount) otherwise lets the bot acknowledge work it
        can never record. A probe table is created and written inside a transaction that is rolled back, so
        the file is unchanged; an open of the file alone proves nothing, since SQLite falls back to read-only."""
        try:
            with self.lock:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    self.conn.execute("CREATE TABLE IF NOT EXISTS main.write_probe (x INTEGER)")
                    self.conn.execute("INSERT INTO main.write_probe (x) VALUES (1)")
                finally:
                    self.conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            raise StoreError(f"database {self.path} is not writable: {exc}") from None

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    # -- migrations ---------------------------------------------------------------------------------------

    def applied_migrations(self) -> list[str]:
        if "schema_migrations" not in self.db.table_names():
            return []
        return [r["name"] for r in self.db.query("SELECT name FROM schema_migrations ORDER BY applied_at, name")]

    def migrate(self, modules: tuple[str, ...] = MIGRATION_MODULES) -> list[str]:
        """Apply every migration not yet applied; returns the names applied now."""
        migrations: list[Migration] = []
        for module_name in modules:
            migrations.extend(importlib.import_module(module_name).MIGRATIONS)
        applied_now = []
        with self.transaction() as db:
            db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at REAL)")
            done = set(self.applied_migrations())
            for m in migrations:
                if m.name in done:
                    continue
                if callable(m.step):
                    m.step(db)
                else:
                    # executescript() would COMMIT mid-migration; run the statements one by one instead
                    for statement in _statements(m.step):
                        db.execute(statement)
                db.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)", (m.name, time.time()))
                applied_now.append(m.name)
        return applied_now


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (migrations hold DDL only; no semicolons inside literals)."""
    return [s.strip() for s in script.split(";") if s.strip()]
