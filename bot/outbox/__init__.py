"""Sending what the outbox holds: `Outbox.deliver_due()` is run by the scheduler and by `aupbot deliver`.

Each row is leased before it is sent and settled after, so a crash between "sent" and "settled" leaves the row
pending; the resend carries the same idempotency key and the receiver recognises it. Failed attempts back off
exponentially with jitter (so a recovering service desk is not hit by every queued row at the same second);
after `outbox_max_attempts` a row goes dead, IT is alerted through the other routes, and an operator can put
it back with `aupbot outbox retry`.
"""
from __future__ import annotations

import logging
import os
import random
import socket
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.delivery import DeliveryError, transport
from bot.outbox import routing
from bot.store import audit
from bot.store import outbox as store
from bot.store.db import Database

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

BACKOFF_BASE = 30.0       # seconds before the first retry
BACKOFF_CAP = 3600.0      # never wait longer than an hour between attempts
LEASE_MARGIN = 30.0       # a lease outlives the delivery timeout by this much
WORKERS = 4               # rows sent at once by one process
MARK_ATTEMPTS = 4         # tries (each up to the store's busy timeout) at recording an accepted delivery


def backoff_delay(attempts: int, rng: Callable[[], float] = random.random) -> float:
    """Delay after the `attempts`-th failure: exponential, capped, with "equal jitter" (half fixed, half
    random) so retries spread out but never come back immediately."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * (2 ** max(0, attempts - 1)))
    return ceiling / 2 + rng() * ceiling / 2


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _owner_is_dead(owner: str | None) -> bool:
    """A lease held by a process of this host that no longer exists (killed) can be taken over at once."""
    if not owner:
        return False
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


@dataclass
class DeliveryRun:
    delivered: int = 0
    failed: int = 0
    dead: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def count(self, outcome: str, error: str | None = None) -> None:
        with self.lock:
            setattr(self, outcome, getattr(self, outcome) + 1)
            if error:
                self.errors.append(error)

    def __str__(self) -> str:
        return (f"delivered {self.delivered}, failed {self.failed} (will retry), dead {self.dead}, "
                f"left for another process {self.skipped}")


class Outbox:
    def __init__(self, db: Database, settings: Settings, *, clock: Callable[[], float] = time.time,
                 rng: Callable[[], float] = random.random) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.rng = rng
        self.owner = _owner()

    def deliver_due(self, *, include_waiting: bool = False, limit: int = 500, workers: int = WORKERS
                    ) -> DeliveryRun:
        """Send every pending row that is due (`include_waiting`: also those still backing off).

        Rows go out on a few threads: the time is spent waiting on the network, and the database work
        (lease, settle) stays serialised by the store's lock."""
        run = DeliveryRun()
        rows = store.due(self.db, self.clock(), include_waiting=include_waiting, limit=limit)
        if workers <= 1 or len(rows) <= 1:
            for row in rows:
                self._deliver_one(row, run)
            return run
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="outbox") as pool:
            list(pool.map(lambda r: self._deliver_one(r, run), rows))
        return run

    def deliver_all(self, *, max_rounds: int = 50) -> DeliveryRun:
        """`aupbot deliver --all`: keep going until nothing pending can be sent in this process."""
        total = DeliveryRun()
        for _ in range(max_rounds):
            run = self.deliver_due(include_waiting=True)
            total.delivered += run.delivered
            total.failed += run.failed
            total.dead += run.dead
            total.skipped = run.skipped
            total.errors.extend(run.errors)
            if run.delivered + run.failed + run.dead == 0 or run.failed + run.dead:
                break   # stop on the first failure: retrying a down server in a loop helps nobody
        return total

    def retry_dead(self, ids: list[int] | None = None) -> int:
        revived = store.revive(self.db, ids, now=self.clock())
        audit.record(self.db, self.owner, "outbox.retry", None, ids=ids or "all", revived=revived)
        return revived

    # -- one row --------------------------------------------------------------------------------------

    def _deliver_one(self, row: dict, run: DeliveryRun) -> None:
        now = self.clock()
        try:
            module = transport(row["transport"])
        except DeliveryError as exc:
            self._settle_failure(row, exc, run)
            return
        if not module.available(self.settings, row["target"]):
            run.count("skipped")
            return
        held_by = row["lease_owner"]
        if held_by and held_by != self.owner and (row["lease_until"] or 0) > now and not _owner_is_dead(held_by):
            run.count("skipped")
            return
        lease_until = now + self.settings.delivery_timeout * 3 + LEASE_MARGIN
        if not store.claim(self.db, row["id"], self.owner, lease_until, expected_owner=held_by):
            run.count("skipped")
            return
        try:
            remote_ref = module.send(self.settings, row["target"], row["payload"], row["idempotency_key"])
        except DeliveryError as exc:
            self._settle_failure(row, exc, run)
            return
        except Exception as exc:  # a bug in a transport must not stop the other rows
            log.exception("transport %s crashed", row["transport"])
            self._settle_failure(row, DeliveryError(f"{row['transport']}: {type(exc).__name__}"), run)
            return
        self._mark_sent(row, remote_ref)
        run.count("delivered")
        if row["ticket"] and row["kind"] in ("report", "management", "incident"):
            routing.mark_routed_if_complete(self.db, row["ticket"])

    def _mark_sent(self, row: dict, remote_ref: str | None) -> None:
        """Commit "delivered" first thing after the receiver accepted, before any other work: until it is
        committed, a crash resends the row (same key). Another process holding the write lock past the busy
        timeout must not turn an accepted delivery into a resend either, so the mark is tried again."""
        for attempt in range(MARK_ATTEMPTS):
            try:
                with self.db.transaction() as d:
                    store.mark_delivered(d, row["id"], self.owner, self.clock(), remote_ref)
                return
            except sqlite3.OperationalError as exc:
                if attempt + 1 == MARK_ATTEMPTS:
                    raise
                log.warning("delivery %s sent but not yet marked (%s); trying again", row["id"], exc)

    def _settle_failure(self, row: dict, exc: DeliveryError, run: DeliveryRun) -> None:
        now = self.clock()
        attempts = row["attempts"] + 1
        message = str(exc)
        gives_up = not exc.retryable or attempts >= self.settings.outbox_max_attempts
        next_at = None if gives_up else now + backoff_delay(attempts, self.rng)
        with self.db.transaction() as d:
            # a row that failed before it was claimed (unknown transport) is claimed here so the update applies
            store.claim_unclaimed(d, row["id"], self.owner)
            store.mark_failed(d, row["id"], self.owner, now, message, next_attempt_at=next_at)
            if gives_up:
                dead = {**row, "attempts": attempts, "last_error": message}
                alerts = [] if row["kind"] == "alert" else routing.dead_letter_alerts(self.settings, dead)
                for alert in alerts:
                    store.enqueue(d, alert, now=now)
                audit.record(self.db, "system:outbox", "outbox.dead", row["ticket"], delivery=row["id"],
                             transport=row["transport"], attempts=attempts, error=message, alerts=len(alerts))
        error = f"#{row['id']} {row['transport']}: {message}"
        if gives_up:
            run.count("dead", error)
            log.error("delivery %s (%s) is dead after %d attempts: %s", row["id"], row["transport"], attempts,
                      message)
        else:
            run.count("failed", error)
            log.warning("delivery %s (%s) failed, attempt %d: %s", row["id"], row["transport"], attempts, message)
