"""The SQLite file: connection, transactions and forward migrations.

`bot.store` is the only package that writes SQL. Each area of the product (reports, findings, events, ...)
keeps its tables and queries in its own module here and declares its migrations as `MIGRATIONS`; the modules
are listed once in `MIGRATION_MODULES`. Migrations are named per area (like Django's per-app migrations), so
two areas never fight over one version number; the applied names are the schema version.
"""
from __future__ import annotations

import importlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

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
    "bot.store.installations",
)

MigrationStep = str | Callable[[sqlite_utils.Database], None]


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


# Busy timeout of the bot's own connection: background work (the outbox, retention) may wait this long for a
# writer in another process. Work on a request path passes `transaction(timeout=...)` instead (bot/slack/app.py).
BUSY_TIMEOUT_SECONDS = 15.0


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
            conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None,
                                   timeout=BUSY_TIMEOUT_SECONDS)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
            self.identity = _identity(self.path) if str(path) != ":memory:" else None
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
    def transaction(self, *, timeout: float | None = None) -> Iterator[sqlite_utils.Database]:
        """All-or-nothing writes. Nested calls join the outer transaction.

        `timeout` bounds the wait for this process's other threads and for another process's write lock
        together (seconds); past it, StoreError. Without it a writer waits up to BUSY_TIMEOUT_SECONDS, too long
        for a request Slack wants answered within 3 seconds. Every commit first checks that the file at `path`
        is still the one this connection has open (`file_problem`): a commit into a deleted or replaced file
        would be acknowledged and then vanish."""
        if timeout is None:
            self.lock.acquire()
        elif not self.lock.acquire(timeout=timeout):
            raise StoreError("database busy: another write in this process did not finish in time")
        try:
            if self._depth:
                self._depth += 1
                try:
                    yield self.db
                finally:
                    self._depth -= 1
                return
            bounded = timeout is not None
            if bounded:
                self.conn.execute(f"PRAGMA busy_timeout={max(1, int(timeout * 1000))}")
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if bounded:
                    raise StoreError(f"database busy ({str(exc)[:60]})") from exc
                raise
            finally:
                if bounded:
                    self.conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
            self._depth = 1
            try:
                yield self.db
                problem = self.file_problem()
                if problem:
                    raise StoreError(problem)
            except BaseException:
                self._rollback()
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:   # a full disk fails the commit itself; the connection must stay usable
                    self._rollback()
                    raise
            finally:
                self._depth = 0
        finally:
            self.lock.release()

    def delete_in_batches(self, table: str, where: str, params: tuple[object, ...] = (), *, batch: int = 500) -> int:
        """Delete the rows of `table` matching `where` (`params` fill its placeholders), `batch` rows per
        transaction, and return how many went. Retention purges call it: a first purge of a large table in one
        transaction would hold the write lock for as long as it takes, and Slack wants its ack within 3 seconds."""
        removed = 0
        while True:
            with self.transaction() as d:
                n = d.execute(f"DELETE FROM {table} WHERE id IN (SELECT id FROM {table} WHERE {where} LIMIT ?)",
                              (*params, batch)).rowcount
            removed += n
            if n < batch:
                return removed

    def _rollback(self) -> None:
        if self.conn.in_transaction:   # SQLite may have rolled back already (SQLITE_FULL, SQLITE_IOERR)
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    def file_problem(self) -> str | None:
        """Why the file at `path` is not the one this connection writes to (deleted, or replaced by another
        file), or None. SQLite keeps writing to an unlinked file without complaint; nothing written there
        survives the process. Safe to show: it names no path."""
        if self.identity is None:
            return None
        try:
            now = _identity(self.path)
        except FileNotFoundError:
            return "the database file was deleted under the running bot; restart it once the file is restored"
        except OSError as exc:
            return f"the database file cannot be checked ({exc.strerror or type(exc).__name__})"
        if now != self.identity:
            return "the database file was replaced under the running bot; restart it to use the new file"
        return None

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


def _identity(path: Path) -> tuple[int, int]:
    """(device, inode) of the file at `path`: what stays the same while it is the same file."""
    st = os.stat(path)
    return st.st_dev, st.st_ino


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (migrations hold DDL only; no semicolons inside literals)."""
    return [s.strip() for s in script.split(";") if s.strip()]
