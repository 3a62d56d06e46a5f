"""The health checks behind /healthz: each one small, each answering "can this process do its work?".

A check returns a `CheckResult`: `ok`, the figures an operator wants to see, and when not ok a reason safe to
show anyone (no file paths, no secrets; the log line carries the path). The database is probed through its
own short-lived connection with a short timeout, so a locked file makes /healthz answer 503 in about a second
instead of hanging behind the bot's 15-second busy timeout.

Liveness of background parts (the scheduler) is reported by whoever runs them through `register_liveness`,
and, across processes, read from APScheduler's job table: a job whose next run is long past means no scheduler
is running on this file.
"""
from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.store import metrics as counts
from bot.store import probes
from bot.store.db import Database

LOCK_WAIT_SECONDS = 1.0          # longer than any write transaction the bot holds; far shorter than a probe timeout
INTEGRITY_EVERY_SECONDS = 600.0  # PRAGMA quick_check reads every page: every ten minutes, in the background
MIN_FREE_BYTES = 100 * 1024 * 1024   # SQLite needs room for the WAL and for VACUUM; below this writes start failing
SCHEDULER_GRACE_SECONDS = 300.0  # a job this late (beyond coalescing and a long job) means no scheduler is running
SCHEDULER_TABLE = "apscheduler_jobs"
CLOCK_BEHIND_TOLERANCE = 300.0   # seconds a record may lie in the future (another host's clock, rounding)
STALE_PENDING_SECONDS = 3600.0   # a delivery waiting this long means its route is down or misconfigured


@dataclass
class CheckResult:
    """`ok` False makes /healthz answer 503; a `warning` keeps 200 but marks the bot "degraded": something an
    operator must fix (a dead delivery, a misconfigured transport) that does not stop the bot taking requests,
    so a load balancer must not pull it."""

    ok: bool
    details: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None
    warning: str | None = None


# -- liveness of background parts ------------------------------------------------------------------------

Liveness = Callable[[], "str | None"]   # None while alive, else why not
_LIVENESS: dict[str, Liveness] = {}
_LIVENESS_LOCK = threading.Lock()


def register_liveness(name: str, probe: Liveness) -> None:
    """Called by a background part when it starts (the scheduler: `lambda: None if s.running else "stopped"`)."""
    with _LIVENESS_LOCK:
        _LIVENESS[name] = probe


def unregister_liveness(name: str) -> None:
    with _LIVENESS_LOCK:
        _LIVENESS.pop(name, None)


# The chat platforms' APIs, as their components last saw them (bot/slack/platform.py): None while reachable and
# authorised, else why not. Events that arrive meanwhile are recorded and wait, so an operator must know.
_PLATFORMS: dict[str, Liveness] = {}


def register_platform(name: str, probe: Liveness) -> None:
    with _LIVENESS_LOCK:
        _PLATFORMS[name] = probe


def unregister_platform(name: str) -> None:
    with _LIVENESS_LOCK:
        _PLATFORMS.pop(name, None)


# -- the checks ------------------------------------------------------------------------------------------

@dataclass
class HealthContext:
    """What the checks read, plus the integrity check's cache (one per component)."""

    db: Database
    settings: Any = None
    min_free_bytes: int = MIN_FREE_BYTES
    integrity_every: float = INTEGRITY_EVERY_SECONDS
    clock: Callable[[], float] = time.time
    _integrity_at: float = field(default=float("-inf"), repr=False)
    _integrity_problem: str | None = field(default=None, repr=False)
    _integrity_running: threading.Event = field(default_factory=threading.Event, repr=False)


def check_database(ctx: HealthContext) -> CheckResult:
    path = ctx.db.path
    if str(path) == ":memory:":
        alive = ctx.db.ping()
        return CheckResult(alive, {}, None if alive else "database connection is broken")
    replaced = ctx.db.file_problem()   # deleted or replaced under this process: its writes would vanish
    if replaced:
        return CheckResult(False, {}, replaced)
    if not path.exists():
        return CheckResult(False, {}, "database file is missing")
    try:
        conn = probes.connect(path, LOCK_WAIT_SECONDS)
    except sqlite3.Error as exc:
        return CheckResult(False, {}, f"database cannot be opened ({_sqlite_reason(exc)})")
    started = time.perf_counter()
    try:
        # A write lock proves another writer is not holding the file (a stuck process, a backup tool).
        probes.read_and_lock(conn)
        now = ctx.clock()
        if now - ctx._integrity_at >= ctx.integrity_every and not ctx._integrity_running.is_set():
            ctx._integrity_at = now
            ctx._integrity_running.set()
            threading.Thread(target=_integrity_check, args=(ctx,), name="health-integrity", daemon=True).start()
    except sqlite3.Error as exc:
        return CheckResult(False, {}, f"database is not usable ({_sqlite_reason(exc)})")
    finally:
        conn.close()
    details = {"probe_ms": round((time.perf_counter() - started) * 1000, 1)}
    if ctx._integrity_problem:
        return CheckResult(False, details, ctx._integrity_problem)
    return CheckResult(True, details)


def _integrity_check(ctx: HealthContext) -> None:
    """PRAGMA quick_check reads every page (about 3 ms per MB here): it runs beside the probes, never inside
    one, and its last result is what /healthz reports."""
    try:
        result = probes.quick_check(ctx.db.path, LOCK_WAIT_SECONDS)
        ctx._integrity_problem = None if result == "ok" else "database integrity check failed"
    except sqlite3.Error as exc:
        ctx._integrity_problem = f"database integrity check failed ({_sqlite_reason(exc)})"
    finally:
        ctx._integrity_running.clear()


def check_disk(ctx: HealthContext) -> CheckResult:
    where = ctx.db.path.parent if str(ctx.db.path) != ":memory:" else None
    if where is None:
        return CheckResult(True, {})
    try:
        usage = shutil.disk_usage(where)
    except OSError as exc:
        return CheckResult(False, {}, f"disk cannot be read ({exc.strerror or type(exc).__name__})")
    details = {"free_bytes": usage.free, "min_free_bytes": ctx.min_free_bytes}
    if usage.free < ctx.min_free_bytes:
        return CheckResult(False, details, f"disk almost full: {usage.free // (1024 * 1024)} MiB free under the "
                                           f"database, {ctx.min_free_bytes // (1024 * 1024)} MiB needed")
    return CheckResult(True, details)


def check_scheduler(ctx: HealthContext) -> CheckResult:
    with _LIVENESS_LOCK:
        probes = dict(_LIVENESS)
    details: dict[str, Any] = {}
    for name, probe in probes.items():
        try:
            problem = probe()
        except Exception as exc:  # a broken probe is itself a sign the part is unwell
            problem = f"liveness probe failed ({type(exc).__name__})"
        details[name] = problem or "alive"
        if problem:
            return CheckResult(False, details, f"{name}: {problem}")
    overdue = _overdue_jobs(ctx)
    if overdue:
        job, late = overdue
        details["overdue_job"] = job
        return CheckResult(False, details, f"scheduler not running: job {job} is {int(late)} s overdue")
    if not probes and not counts.columns(ctx.db, SCHEDULER_TABLE):
        details["scheduler"] = "not running in this deployment"
    return CheckResult(True, details)


def check_platforms(ctx: HealthContext) -> CheckResult:
    """Whether each configured chat platform's API answers (Slack: auth.test). Not ok while one does not: no
    event is lost meanwhile (they are recorded and resumed), but none is answered either."""
    with _LIVENESS_LOCK:
        probes = dict(_PLATFORMS)
    details: dict[str, Any] = {}
    problems = []
    for name, probe in probes.items():
        try:
            problem = probe()
        except Exception as exc:
            problem = f"probe failed ({type(exc).__name__})"
        details[name] = problem or "up"
        if problem:
            problems.append(f"{name}: {problem}")
    return CheckResult(not problems, details, "; ".join(problems) or None)


def check_outbox(ctx: HealthContext) -> CheckResult:
    """Never a 503: a backlog is the outbox doing its job during an outage, not a reason to pull the node.
    Dead deliveries and a backlog older than an hour are warnings, with the last error (which names the
    endpoint and the reason, never the payload)."""
    try:
        figures = counts.outbox_figures(ctx.db)
    except sqlite3.Error as exc:
        return CheckResult(False, {}, f"outbox cannot be read ({_sqlite_reason(exc)})")
    oldest = figures["oldest_pending_at"]
    age = round(max(0.0, ctx.clock() - oldest), 1) if oldest else 0.0
    details = {"pending": int(figures["pending"]), "dead": int(figures["dead"]), "oldest_pending_age_seconds": age}
    warning = None
    if figures["dead"]:
        warning = f"{int(figures['dead'])} deliveries are dead; fix the cause, then `aupbot outbox retry`"
    elif age > STALE_PENDING_SECONDS:
        warning = f"deliveries have been waiting {int(age // 60)} minutes"
    if warning:
        last = counts.last_delivery_error(ctx.db)
        if last:
            warning += f" (last error: {last})"
    return CheckResult(True, details, warning=warning)


def check_clock(ctx: HealthContext) -> CheckResult:
    """A clock that jumped back leaves records "in the future": retries and scheduled jobs then wait until it
    catches up. (A jump forward is caught by the scheduler check and by retention's own guard.)"""
    from bot.store.retention import newest_activity

    newest = newest_activity(ctx.db)
    if newest is None:
        return CheckResult(True, {})
    behind = newest - ctx.clock()
    if behind > CLOCK_BEHIND_TOLERANCE:
        return CheckResult(False, {"behind_seconds": int(behind)},
                           f"the system clock is {int(behind)} s behind the newest record (did it jump back?); "
                           "retries and scheduled jobs wait until it catches up")
    return CheckResult(True, {})


def check_delivery(ctx: HealthContext) -> CheckResult:
    """The delivery configuration, checked as at start-up (bot.delivery.preflight) but without connecting to
    anything: a probe must stay cheap, and a misconfigured route never stops intake (reports wait in the
    outbox), so it is a warning, not a 503."""
    if ctx.settings is None:
        return CheckResult(True, {})
    from bot.delivery.preflight import problems

    found = problems(ctx.settings, connect=False)
    return CheckResult(True, {}, warning="; ".join(found) if found else None)


# Registry: the checks /healthz runs, in order.
CHECKS: tuple[tuple[str, Callable[[HealthContext], CheckResult]], ...] = (
    ("database", check_database),
    ("disk", check_disk),
    ("clock", check_clock),
    ("scheduler", check_scheduler),
    ("platforms", check_platforms),
    ("outbox", check_outbox),
    ("delivery", check_delivery),
)
NEEDS_DATABASE = frozenset({"clock", "scheduler", "outbox"})


def run_checks(ctx: HealthContext) -> tuple[bool, dict[str, CheckResult]]:
    results: dict[str, CheckResult] = {}
    for name, check in CHECKS:
        if name in NEEDS_DATABASE and not results["database"].ok:
            results[name] = CheckResult(False, {}, "not checked: database unavailable")
            continue
        results[name] = check(ctx)
    return all(r.ok for r in results.values()), results


def _overdue_jobs(ctx: HealthContext) -> tuple[str, float] | None:
    if not {"id", "next_run_time"} <= counts.columns(ctx.db, SCHEDULER_TABLE):
        return None
    try:
        job = probes.earliest_job(ctx.db, SCHEDULER_TABLE)
    except sqlite3.Error:
        return None
    if job is None:
        return None
    late = ctx.clock() - float(job["next_run_time"])
    return (job["id"], late) if late > SCHEDULER_GRACE_SECONDS else None


def _sqlite_reason(exc: sqlite3.Error) -> str:
    """SQLite's own words ("database is locked", "file is not a database"): they name no path or value."""
    return str(exc).split(":")[0][:80] or type(exc).__name__
