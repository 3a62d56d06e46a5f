"""/healthz over a real loopback server: 200 with figures when healthy, 503 with a reason for each way the
bot can be unable to work (corrupt or locked database, full disk, dead scheduler)."""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
import urllib.error
import urllib.request

import pytest

from bot.commands.serve import build_server
from bot.health import checks
from bot.health.checks import HealthContext
from bot.health.component import HealthComponent, component
from bot.store import outbox


def _serve(settings, db, comp):
    _, server = build_server(settings.with_(port=0), db, [comp])
    thread = threading.Thread(target=_run_quietly, args=(server,), daemon=True)
    thread.start()
    return server, thread


def _run_quietly(server):
    try:
        server.run()
    except (OSError, ValueError):
        pass  # the listening socket was closed under the loop: that is how the test stops it


def _get(url: str, method: str = "GET") -> tuple[int, bytes, dict]:
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), dict(exc.headers)


@pytest.fixture
def routed(settings):
    """A bot with somewhere to send reports (a service desk on loopback, never contacted here)."""
    return settings.with_(servicedesk_url="http://127.0.0.1:9/api/now/table/incident")


@pytest.fixture
def health(routed, db):
    """A serve stack with the health component only; yields (base url, component)."""
    settings = routed
    comp = component(settings, db)
    server, thread = _serve(settings, db, comp)
    yield f"http://127.0.0.1:{server.effective_port}", comp
    server.close()
    thread.join(5)


def test_fresh_bot_is_healthy_and_shows_its_figures(health):
    base, _ = health
    status, body, headers = _get(base + "/healthz")
    report = json.loads(body)
    assert status == 200
    assert report["status"] == "ok" and report["reasons"] == [] and report["warnings"] == []
    assert report["checks"]["database"]["ok"] is True
    assert report["checks"]["disk"]["free_bytes"] > 0
    assert report["checks"]["outbox"] == {"ok": True, "pending": 0, "dead": 0, "oldest_pending_age_seconds": 0.0}
    assert headers["Content-Type"] == "application/json"


def test_outbox_backlog_and_dead_count_are_reported_without_failing_health(health, db):
    base, _ = health
    with db.transaction() as d:
        for n in range(3):
            outbox.enqueue(d, outbox.NewDelivery("report", "smtp", "desk@example.org", f"k{n}", {"body": "x"}),
                           now=time.time() - 120)
        d.execute("UPDATE outbox SET status = 'dead', attempts = 8 WHERE idempotency_key = 'k2'")
    status, body, _ = _get(base + "/healthz")
    figures = json.loads(body)["checks"]["outbox"]
    assert status == 200
    assert figures["pending"] == 2 and figures["dead"] == 1
    assert figures["oldest_pending_age_seconds"] >= 119


def test_corrupt_database_file_gives_503_with_the_reason(health, db):
    base, _ = health
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")   # everything in the main file, as after a quiet spell
    with open(db.path, "r+b") as f:   # overwrite the SQLite header: what a torn copy or a bad disk leaves
        f.write(b"this is not a database header" * 4)
    status, body, _ = _get(base + "/healthz")
    report = json.loads(body)
    assert status == 503
    assert report["status"] == "unhealthy"
    assert any(r.startswith("database:") and "not a database" in r for r in report["reasons"])
    assert str(db.path) not in body.decode()   # reasons name the problem, not where the file lives


def test_locked_database_gives_503_within_seconds(health, db):
    base, _ = health
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")   # another process holding the write lock (a stuck job, a backup tool)
    try:
        started = time.monotonic()
        status, body, _ = _get(base + "/healthz")
        elapsed = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert status == 503
    assert "database is locked" in json.loads(body)["reasons"][0]
    assert elapsed < 5
    assert _get(base + "/healthz")[0] == 200   # healthy again once the lock is released


def test_full_disk_gives_503(settings, db):
    # The threshold is the component's configuration; a disk with less free space than it is "full".
    comp = HealthComponent(settings, db, context=HealthContext(db, min_free_bytes=1 << 62))
    healthy, report = comp.report()
    assert not healthy
    assert report["reasons"][0].startswith("disk: disk almost full")


def test_dead_scheduler_reported_by_its_liveness_probe_gives_503(health):
    base, _ = health
    checks.register_liveness("scheduler", lambda: "stopped")
    try:
        status, body, _ = _get(base + "/healthz")
    finally:
        checks.unregister_liveness("scheduler")
    assert status == 503
    assert json.loads(body)["reasons"] == ["scheduler: scheduler: stopped"]
    assert _get(base + "/healthz")[0] == 200


def test_scheduler_jobs_long_overdue_mean_no_scheduler_is_running(settings, db):
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(jobstores={"default": SQLAlchemyJobStore(url=f"sqlite:///{db.path}")})
    scheduler.add_job(print, "interval", minutes=5, id="outbox.deliver")
    scheduler.start(paused=True)    # writes the job and its next run time to the file, then stops
    scheduler.shutdown(wait=False)
    on_time = HealthComponent(settings, db)
    assert on_time.report()[0] is True
    an_hour_later = HealthComponent(settings, db, context=HealthContext(db, clock=lambda: time.time() + 3600))
    healthy, report = an_hour_later.report()
    assert not healthy
    assert "job outbox.deliver is" in report["reasons"][0] and "overdue" in report["reasons"][0]


def test_becoming_unhealthy_is_logged_once_with_the_reason(settings, db, caplog):
    comp = HealthComponent(settings, db, context=HealthContext(db, min_free_bytes=1 << 62))
    with caplog.at_level(logging.INFO, logger="aupbot.health"):
        comp.report()
        comp.report()
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "disk almost full" in errors[0].getMessage()


def test_health_endpoints_refuse_writes_with_405(health):
    base, _ = health
    assert _get(base + "/healthz", method="POST")[0] == 405
    assert _get(base + "/metrics", method="DELETE")[0] == 405
    status, body, _ = _get(base + "/healthz", method="HEAD")
    assert status == 200 and body == b""


def test_dead_deliveries_make_the_bot_degraded_with_the_last_error_but_still_200(health, db):
    base, _ = health
    with db.transaction() as d:
        outbox.enqueue(d, outbox.NewDelivery("report", "servicenow", "https://desk.example.org/api", "k1", {}))
        d.execute("UPDATE outbox SET status = 'dead', attempts = 8, last_attempt_at = 1, "
                  "last_error = 'ServiceNow desk.example.org: HTTP 401' WHERE idempotency_key = 'k1'")
    status, body, _ = _get(base + "/healthz")
    report = json.loads(body)
    assert status == 200 and report["status"] == "degraded"
    assert report["warnings"] == ["outbox: 1 deliveries are dead; fix the cause, then `aupbot outbox retry` "
                                  "(last error: servicenow: ServiceNow desk.example.org: HTTP 401)"]


@pytest.mark.parametrize("changes, words", [
    ({"servicedesk_url": ""}, "no service-desk route configured"),
    ({"smtp_url": "smtp://user:hunter2@:25", "servicedesk_email": "desk@example.org"}, "AUPBOT_SMTP_URL has no host"),
])
def test_a_misconfigured_delivery_route_is_a_warning_that_names_the_setting(routed, db, changes, words):
    healthy, report = HealthComponent(routed.with_(**changes), db).report()
    assert healthy and report["status"] == "degraded"
    assert words in report["warnings"][0]
    assert "hunter2" not in json.dumps(report)


def test_a_clock_that_jumped_back_gives_503(settings, db):
    from bot.store import audit

    audit.record(db, "slack:UIT", "report.viewed", "AUP-2026-000001")
    an_hour_ago = HealthComponent(settings, db, context=HealthContext(db, settings, clock=lambda: time.time() - 3600))
    healthy, report = an_hour_ago.report()
    assert not healthy
    assert report["reasons"][0].startswith("clock: the system clock is 3")
    assert "behind the newest record" in report["reasons"][0]


def test_a_damaged_page_found_by_the_integrity_check_gives_503(settings, db):
    from bot.store import audit

    for n in range(3000):   # enough rows for many pages
        audit.record(db, "system:test", "filler", f"AUP-{n:06d}", note="x" * 50)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.conn.execute("PRAGMA page_size").fetchone()[0]
    with open(db.path, "r+b") as f:     # scribble over a page in the middle of the table, header left intact
        f.seek(page_size * 20)
        f.write(b"\xff" * page_size)
    comp = HealthComponent(settings.with_(servicedesk_url="http://127.0.0.1:9/x"), db)
    deadline = time.monotonic() + 10
    while True:
        healthy, report = comp.report()   # the check runs beside the probes; its result shows up in a later one
        if not healthy or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert not healthy
    assert report["reasons"][0].startswith("database: database integrity check failed")
