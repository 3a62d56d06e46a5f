"""Crash safety: SIGKILL a delivering `aupbot deliver` mid-delivery, restart it, and count what arrived.

What docs/reports.md promises: nothing is lost; delivery is at-least-once. A row the receiver accepted but whose
acceptance was not yet committed when the process died is sent again with the same key: the REST desk that
honours Idempotency-Key opens each incident once; a webhook receiver and a mailbox that do not de-duplicate see
the same POST (same Idempotency-Key, same body) or the same mail (same Message-ID) twice, at most one per row in
flight (bot.outbox.WORKERS) per kill."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from bot.delivery import smtp
from bot.outbox import WORKERS
from bot.store import outbox as outbox_store
from bot.store import reports as report_store
from handlers import report
from handlers.types import Person
from tests.servers.fixtures import rest_server, smtp_server  # noqa: F401
from tests.servers.rest import RestStandIn

ROOT = Path(__file__).resolve().parent.parent
REPORTS = 10
KILL_AT = 4   # SIGKILL once the server holds 4 requests (created, not yet answered)


def _deliver(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "deliver", "--all"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_after_a_sigkill_mid_delivery_every_report_is_delivered_exactly_once(db, settings, rest_server):
    s = settings.with_(servicedesk_url=rest_server.url, delivery_timeout=5.0)
    tickets = [report.submit(db, s, Person(f"slack:U{i}"), {
        "category": str(i % 37 + 1), "description": f"Report number {i} about a shared login.",
        "location": "other"}, source="slack").ticket for i in range(REPORTS)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("AUPBOT_")}
    env.update(AUPBOT_DB=str(s.db_path), AUPBOT_SERVICEDESK_URL=rest_server.url, AUPBOT_DELIVERY_TIMEOUT="5",
               AUPBOT_LOG_LEVEL="WARNING")

    rest_server.slow(0.4)
    first = _deliver(env)
    deadline = time.time() + 20
    while len(rest_server.requests) < KILL_AT and time.time() < deadline and first.poll() is None:
        time.sleep(0.01)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    assert first.returncode == -signal.SIGKILL
    pending = [r for r in outbox_store.listing(db, ("pending",)) if r["transport"] == "servicenow"]
    in_flight = [r for r in pending if rest_server.creations[r["idempotency_key"]]]
    assert in_flight, "the kill must land while the desk holds a request it already turned into an incident"

    rest_server.slow(0.0)
    second = _deliver(env)
    out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err

    keys = {r["idempotency_key"] for r in outbox_store.listing(db, ("pending", "dead", "delivered"))
            if r["transport"] == "servicenow"}
    assert len(keys) == REPORTS
    assert all(rest_server.creations[k] == 1 for k in keys)            # nothing lost
    assert rest_server.creations.total() == REPORTS                     # nothing twice
    assert rest_server.duplicates() == 0
    assert rest_server.replays.total() == len(in_flight)               # the in-flight ones resent, same keys
    assert all(report_store.get(db, t)["status"] == "routed" for t in tickets)


def test_after_a_sigkill_mail_and_webhook_arrive_at_least_once_and_every_repeat_is_recognisable(
        db, settings, smtp_server):
    with RestStandIn() as webhook:
        s = settings.with_(smtp_url=smtp_server.url, servicedesk_email="servicedesk@cps.edu",
                           webhook_url=webhook.url, delivery_timeout=5.0)
        for i in range(REPORTS):
            report.submit(db, s, Person(f"slack:U{i}"), {
                "category": str(i % 37 + 1), "description": f"Report number {i} about a shared login.",
                "location": "other"}, source="slack")
        env = {k: v for k, v in os.environ.items() if not k.startswith("AUPBOT_")}
        env.update(AUPBOT_DB=str(s.db_path), AUPBOT_SMTP_URL=smtp_server.url,
                   AUPBOT_SERVICEDESK_EMAIL="servicedesk@cps.edu", AUPBOT_WEBHOOK_URL=webhook.url,
                   AUPBOT_DELIVERY_TIMEOUT="5", AUPBOT_LOG_LEVEL="WARNING")

        smtp_server.slow(0.4)    # the mail is the server's, the 250 comes 0.4 s later: the window a kill can hit
        webhook.slow(0.4)
        first = _deliver(env)
        deadline = time.time() + 20
        while len(smtp_server.messages) + len(webhook.requests) < KILL_AT and time.time() < deadline:
            time.sleep(0.01)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        pending = outbox_store.listing(db, ("pending",))
        mail_in_flight = [r for r in pending if r["transport"] == "smtp"
                          and smtp_server.by_message_id[smtp.message_id(r["idempotency_key"])]]
        posts = Counter(r["key"] for r in webhook.requests)
        hook_in_flight = [r for r in pending if r["transport"] == "webhook" and posts[r["idempotency_key"]]]

        smtp_server.slow(0.0)
        webhook.slow(0.0)
        second = _deliver(env)
        _, err = second.communicate(timeout=60)
        assert second.returncode == 0, err

        rows = outbox_store.listing(db, ("pending", "dead", "delivered"))
        mail_keys = {r["idempotency_key"] for r in rows if r["transport"] == "smtp"}
        hook_keys = {r["idempotency_key"] for r in rows if r["transport"] == "webhook"}
        posts = Counter(r["key"] for r in webhook.requests)
        first_body = {}
        for request in webhook.requests:
            assert first_body.setdefault(request["key"], request["raw"]) == request["raw"]   # a repeat is the same

    assert len(mail_keys) == len(hook_keys) == REPORTS
    assert all(r["status"] == "delivered" for r in rows if r["transport"] in ("smtp", "webhook"))
    # mail: nothing lost; a repeat only for a mail in the window at the kill, under the same Message-ID
    assert set(smtp_server.by_message_id) == {smtp.message_id(k) for k in mail_keys}
    assert smtp_server.duplicates() == len(mail_in_flight)
    # webhook (this receiver does not de-duplicate): each POST at least once, repeats only for those in flight
    assert set(posts) == hook_keys
    assert sum(n - 1 for n in posts.values()) == len(hook_in_flight)
    assert 1 <= len(mail_in_flight) + len(hook_in_flight) <= WORKERS
