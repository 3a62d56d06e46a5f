"""The outbox: backoff with jitter, dead letters and IT alerts, manual retry, leases, chat senders."""
from __future__ import annotations

import subprocess
import sys

import pytest

from bot.delivery import chat
from bot.outbox import BACKOFF_BASE, BACKOFF_CAP, Outbox, backoff_delay
from bot.store import outbox as outbox_store
from bot.store import reports as report_store
from handlers import report
from handlers.types import Person
from tests.servers.fixtures import rest_server, smtp_server  # noqa: F401

ALICE = Person("slack:UALICE", name="Alice Teacher")
REVIEWER = Person("cli:ivy", roles=frozenset({"reviewer"}))
FIELDS = {"category": "theft_or_loss", "description": "My district laptop was stolen from my car last night.",
          "location": "other", "urgency": "normal"}


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def slack_posts():
    """A Slack sender as the Slack adapter registers it, recording what it was asked to post."""
    posts: list[tuple[str, str, str]] = []
    chat.register_sender("slack", lambda target, text, key: posts.append((target, text, key)))
    yield posts
    chat.unregister_sender("slack")


def test_backoff_grows_exponentially_with_jitter_and_a_cap():
    assert backoff_delay(1, rng=lambda: 0.0) == BACKOFF_BASE / 2
    assert backoff_delay(1, rng=lambda: 1.0) == BACKOFF_BASE
    assert backoff_delay(4, rng=lambda: 0.0) == BACKOFF_BASE * 8 / 2
    assert backoff_delay(30, rng=lambda: 1.0) == BACKOFF_CAP
    spread = {round(backoff_delay(3), 3) for _ in range(50)}
    assert len(spread) > 40 and all(BACKOFF_BASE * 2 <= d <= BACKOFF_BASE * 4 for d in spread)


def test_a_failed_delivery_waits_out_its_backoff(db, settings, rest_server):
    clock = Clock()
    s = settings.with_(servicedesk_url=rest_server.url, delivery_timeout=2.0)
    report.submit(db, s, ALICE, FIELDS, source="slack")
    rest_server.fail_times(1)
    outbox = Outbox(db, s, clock=clock, rng=lambda: 0.5)
    assert outbox.deliver_due().failed == 1
    clock.now += BACKOFF_BASE * 0.75 - 1
    assert outbox.deliver_due().delivered == 0           # still backing off
    clock.now += 2
    assert outbox.deliver_due().delivered == 1


def test_after_max_attempts_a_delivery_goes_dead_and_it_is_alerted(db, settings, rest_server, slack_posts):
    s = settings.with_(servicedesk_url=rest_server.url, outbox_max_attempts=3, slack_it_channel="CITALERTS",
                       delivery_timeout=2.0)
    ticket = report.submit(db, s, ALICE, FIELDS, source="slack").ticket
    rest_server.fail_times(100)
    outbox = Outbox(db, s)
    runs = [outbox.deliver_due(include_waiting=True) for _ in range(3)]
    assert [r.dead for r in runs] == [0, 0, 1]
    rest_row = next(r for r in outbox_store.for_ticket(db, ticket) if r["transport"] == "servicenow")
    assert rest_row["status"] == "dead" and rest_row["attempts"] == 3 and "HTTP 500" in rest_row["last_error"]
    alerts = [r for r in outbox_store.for_ticket(db, ticket) if r["kind"] == "alert"]
    assert len(alerts) == 1 and alerts[0]["target"] == "slack:CITALERTS"
    outbox.deliver_due()
    assert any(f"aupbot outbox retry {rest_row['id']}" in text for _, text, _ in slack_posts)
    assert report_store.get(db, ticket)["status"] == "received"   # not routed: the desk never got it


def test_a_dead_delivery_can_be_retried_by_hand(db, settings, rest_server):
    s = settings.with_(servicedesk_url=rest_server.url, outbox_max_attempts=1, delivery_timeout=2.0)
    ticket = report.submit(db, s, ALICE, FIELDS, source="slack").ticket
    rest_server.fail_times(1)
    outbox = Outbox(db, s)
    assert outbox.deliver_due().dead == 1
    assert outbox_store.counts(db)["dead"] == 1
    assert outbox.retry_dead() == 1
    assert outbox.deliver_due().delivered == 1
    assert report_store.get(db, ticket)["status"] == "routed" and rest_server.creations.total() == 1


def test_delivering_everything_marks_the_report_routed_and_notifies_the_reporter(db, settings, smtp_server,
                                                                                 slack_posts):
    s = settings.with_(smtp_url=smtp_server.url, servicedesk_email="servicedesk@cps.edu",
                       slack_it_channel="CITALERTS")
    ticket = report.submit(db, s, ALICE, {**FIELDS, "location": "jones-college-prep"}, source="slack").ticket
    run = Outbox(db, s).deliver_all()
    assert run.dead == 0 and run.failed == 0
    assert report_store.get(db, ticket)["status"] == "routed"
    targets = [target for target, _, _ in slack_posts]
    assert targets == ["CITALERTS", "UALICE"]    # the IT channel post, then the reporter's notification
    assert ticket in slack_posts[1][1]
    assert len({key for _, _, key in slack_posts}) == 2


def test_a_chat_row_waits_for_the_process_that_has_its_platforms_sender(db, settings):
    s = settings.with_(gchat_it_space="spaces/AAA")
    ticket = report.submit(db, s, ALICE, FIELDS, source="gchat").ticket
    run = Outbox(db, s).deliver_due()
    assert run.skipped == 1 and run.failed == 0
    [row] = outbox_store.for_ticket(db, ticket)
    assert row["status"] == "pending" and row["attempts"] == 0
    posts = []
    chat.register_sender("gchat", lambda target, text, key: posts.append(target))
    try:
        assert Outbox(db, s).deliver_due().delivered == 1
    finally:
        chat.unregister_sender("gchat")
    assert posts == ["spaces/AAA"]


def test_a_chat_senders_failure_is_retried(db, settings):
    s = settings.with_(slack_it_channel="CIT")
    report.submit(db, s, ALICE, FIELDS, source="slack")

    def broken(target, text, key):
        raise ConnectionError("slack is down")

    chat.register_sender("slack", broken)
    try:
        run = Outbox(db, s).deliver_due()
    finally:
        chat.unregister_sender("slack")
    assert run.failed == 1 and "slack post failed (ConnectionError" in run.errors[0]


def test_a_row_leased_by_a_live_process_is_left_alone(db, settings, rest_server):
    s = settings.with_(servicedesk_url=rest_server.url)
    ticket = report.submit(db, s, ALICE, FIELDS, source="slack").ticket
    [row] = outbox_store.for_ticket(db, ticket)
    other = Outbox(db, s)
    other.owner = "another-host:1"
    assert outbox_store.claim(db, row["id"], other.owner, 9e12, expected_owner=None)
    assert Outbox(db, s).deliver_due().skipped == 1 and rest_server.requests == []


def test_a_row_leased_by_a_killed_process_is_taken_over_at_once(db, settings, rest_server):
    s = settings.with_(servicedesk_url=rest_server.url)
    ticket = report.submit(db, s, ALICE, FIELDS, source="slack").ticket
    [row] = outbox_store.for_ticket(db, ticket)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    import socket
    dead_owner = f"{socket.gethostname()}:{gone.stdout.strip()}"
    assert outbox_store.claim(db, row["id"], dead_owner, 9e12, expected_owner=None)
    assert Outbox(db, s).deliver_due().delivered == 1


def test_a_repeated_idempotency_key_is_queued_once(db):
    delivery = outbox_store.NewDelivery("report", "webhook", "http://127.0.0.1:9/", "same-key", {"a": 1}, None)
    with db.transaction() as d:
        assert outbox_store.enqueue(d, delivery)
        assert not outbox_store.enqueue(d, delivery)
    assert outbox_store.counts(db)["pending"] == 1


def test_an_unknown_transport_goes_dead_with_a_message(db, settings):
    with db.transaction() as d:
        outbox_store.enqueue(d, outbox_store.NewDelivery("report", "pigeon", "roof", "k1", {}, None))
    run = Outbox(db, settings).deliver_due()
    assert run.dead == 1 and "unknown transport 'pigeon'" in run.errors[0]
