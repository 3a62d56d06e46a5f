"""Crash safety: SIGKILL a delivering `aupbot deliver` mid-delivery, restart it, and count what arrived."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bot.store import outbox as outbox_store
from bot.store import reports as report_store
from handlers import report
from handlers.types import Person
from tests.servers.fixtures import rest_server  # noqa: F401

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
