"""The scheduler: job state in the SQLite file, the outbox job first, deliveries made in the background."""
from __future__ import annotations

import time

from bot.scheduler import JOBS, ScheduledJob, build_scheduler
from bot.store import reports as report_store
from handlers import report
from handlers.types import Person
from tests.servers.fixtures import rest_server  # noqa: F401

FIELDS = {"category": "misuse", "description": "Staff account used to mine cryptocurrency overnight.",
          "location": "its"}


def test_the_outbox_delivery_job_is_registered_first():
    assert JOBS[0].id == "outbox-delivery" and JOBS[0].func == "bot.scheduler:deliver_outbox"


def test_jobs_are_kept_in_the_sqlite_file_without_settings(db, settings):
    s = settings.with_(servicedesk_token="very-secret-token")
    scheduler = build_scheduler(s, db)
    scheduler.start(paused=True)
    try:
        job = scheduler.get_job("outbox-delivery")
        assert job is not None and job.coalesce and job.max_instances == 1
    finally:
        scheduler.shutdown(wait=False)
    stored = db.query("SELECT id, job_state FROM apscheduler_jobs")
    assert [r["id"] for r in stored] == [j.id for j in JOBS]
    assert b"very-secret-token" not in stored[0]["job_state"]


def test_a_restarted_scheduler_replaces_its_jobs_instead_of_doubling_them(db, settings):
    for _ in range(2):
        scheduler = build_scheduler(settings, db)
        scheduler.start(paused=True)
        scheduler.shutdown(wait=False)
    assert db.query("SELECT count(*) AS n FROM apscheduler_jobs")[0]["n"] == len(JOBS)


def test_the_scheduler_delivers_due_reports_in_the_background(db, settings, rest_server):
    s = settings.with_(servicedesk_url=rest_server.url, delivery_timeout=2.0)
    ticket = report.submit(db, s, Person("slack:U1"), FIELDS, source="slack").ticket
    fast = (ScheduledJob("outbox-delivery", "bot.scheduler:deliver_outbox", seconds=0.2),)
    scheduler = build_scheduler(s, db, jobs=fast)
    scheduler.start()
    try:
        deadline = time.time() + 10
        while report_store.get(db, ticket)["status"] != "routed" and time.time() < deadline:
            time.sleep(0.05)
    finally:
        scheduler.shutdown(wait=True)
    assert report_store.get(db, ticket)["status"] == "routed"
    assert rest_server.creations.total() == 1


def test_the_scheduler_component_starts_and_stops_for_aupbot_serve(db, settings, rest_server):
    from bot.scheduler import component

    s = settings.with_(servicedesk_url=rest_server.url)
    c = component(s, db)
    c.mount(router=None)
    c.start()
    try:
        assert c.scheduler.running and c.scheduler.get_job("outbox-delivery") is not None
    finally:
        c.stop()
    assert c.scheduler is None
