"""The service desk down for an hour: reports keep being accepted, the outbox retries on its backoff (the real
Outbox on a simulated clock, the scheduler's 15-second tick), and once the desk is back everything is delivered,
each report exactly once, with nothing left dead."""
from __future__ import annotations

import random

import pytest

from bot.outbox import Outbox
from bot.store import outbox as outbox_store
from handlers import report
from handlers.types import Person
from tests.servers.fixtures import rest_server  # noqa: F401

TICK = 15.0            # the scheduler runs the outbox job every 15 s
OUTAGE = 3600.0
START = 1_800_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


def _run_until(outbox: Outbox, clock: Clock, until: float) -> None:
    while clock.now < until:
        outbox.deliver_due()
        clock.now += TICK


@pytest.mark.parametrize("seed", [1, 2])
def test_an_hour_long_service_desk_outage_loses_nothing_and_sends_nothing_twice(db, settings, rest_server, seed):
    # the default AUPBOT_OUTBOX_MAX_ATTEMPTS (12) keeps retrying for at least 3.5 hours; 8 gave up in 32-63 minutes
    s = settings.with_(servicedesk_url=rest_server.url, delivery_timeout=2.0)
    clock = Clock()
    outbox = Outbox(db, s, clock=clock, rng=random.Random(seed).random)
    rest_server.fail_times(10_000, status=503)   # down
    tickets = []
    for n in range(12):   # reports keep arriving through the outage
        reply = report.submit(db, s, Person(f"slack:U{n}"), {
            "category": "misuse", "description": f"Report {n}: a roster was posted in a public channel.",
            "location": "other"}, source="slack")
        assert reply.ok
        tickets.append(reply.ticket)
        _run_until(outbox, clock, clock.now + OUTAGE / 12)
    rest_server.fail_times(0)                     # back
    _run_until(outbox, clock, clock.now + 2 * 3600)

    rows = [r for r in outbox_store.listing(db, ("pending", "dead", "delivered")) if r["transport"] == "servicenow"]
    assert len(rows) == len(tickets)
    assert sorted(r["status"] for r in rows) == ["delivered"] * len(tickets), \
        [(r["attempts"], r["status"]) for r in rows]
    assert rest_server.duplicates() == 0
    assert sum(rest_server.creations.values()) == len(tickets)
