"""REST incident API and webhook delivery against a real HTTP server on loopback."""
from __future__ import annotations

import base64
import json

from bot.outbox import Outbox
from bot.store import outbox as outbox_store
from bot.store import reports as report_store
from handlers import report
from handlers.types import Person
from tests.servers import RestStandIn
from tests.servers.fixtures import rest_server  # noqa: F401

ALICE = Person("slack:UALICE", name="Alice Teacher")
RAW_CARD = "4539 1488 0343 6467"
FIELDS = {"category": "misuse", "description": f"A clerk pasted a parent card number {RAW_CARD} into the group chat.",
          "location": "other", "urgency": "high"}


def _rest_settings(settings, url, **extra):
    return settings.with_(**{"servicedesk_url": url, "delivery_timeout": 2.0, **extra})


def test_an_incident_is_posted_as_json_with_an_idempotency_key(db, settings, rest_server):
    s = _rest_settings(settings, rest_server.url)
    ticket = report.submit(db, s, ALICE, FIELDS, source="slack").ticket
    assert Outbox(db, s).deliver_due().delivered == 1
    [req] = rest_server.requests
    body = json.loads(req["raw"])
    assert body["correlation_id"] == ticket and body["urgency"] == "1" and ticket in body["short_description"]
    [row] = [r for r in outbox_store.for_ticket(db, ticket) if r["transport"] == "servicenow"]
    assert req["headers"]["Idempotency-Key"] == row["idempotency_key"]
    assert row["remote_ref"].startswith("INC") and row["status"] == "delivered"


def test_no_raw_detected_value_in_any_request_body(db, settings, rest_server):
    hook = rest_server.url.replace("/api/now/table/incident", "/hook")
    s = _rest_settings(settings, rest_server.url, webhook_url=hook)
    report.submit(db, s, ALICE, FIELDS, source="slack")
    assert Outbox(db, s).deliver_due().delivered == 2
    for body in rest_server.bodies():
        assert RAW_CARD not in body and RAW_CARD.replace(" ", "") not in body


def test_basic_auth_is_sent_when_user_and_password_are_set(db, settings):
    expected = "Basic " + base64.b64encode(b"svc-aupbot:pw").decode()
    with RestStandIn(auth=expected) as server:
        s = _rest_settings(settings, server.url, servicedesk_user="svc-aupbot", servicedesk_password="pw")
        report.submit(db, s, ALICE, FIELDS, source="slack")
        assert Outbox(db, s).deliver_due().delivered == 1 and server.unauthorised == 0


def test_bearer_auth_is_sent_when_a_token_is_set(db, settings):
    with RestStandIn(auth="Bearer tok-123") as server:
        s = _rest_settings(settings, server.url, servicedesk_token="tok-123")
        report.submit(db, s, ALICE, FIELDS, source="slack")
        assert Outbox(db, s).deliver_due().delivered == 1


def test_a_rejected_request_goes_dead_at_once_and_names_the_status(db, settings):
    with RestStandIn(auth="Bearer right") as server:
        s = _rest_settings(settings, server.url, servicedesk_token="wrong", slack_it_channel="CIT")
        ticket = report.submit(db, s, ALICE, FIELDS, source="slack").ticket
        run = Outbox(db, s).deliver_due()
        assert run.dead == 1
        rest = [r for r in outbox_store.for_ticket(db, ticket) if r["transport"] == "servicenow"][0]
        assert rest["status"] == "dead" and "HTTP 401" in rest["last_error"] and "wrong" not in rest["last_error"]


def test_500s_are_retried_until_the_incident_is_created_once(db, settings, rest_server):
    s = _rest_settings(settings, rest_server.url)
    ticket = report.submit(db, s, ALICE, FIELDS, source="slack").ticket
    rest_server.fail_times(3)
    outbox = Outbox(db, s)
    for _ in range(3):
        assert outbox.deliver_due(include_waiting=True).failed == 1
    assert outbox.deliver_due(include_waiting=True).delivered == 1
    assert len(rest_server.requests) == 4 and rest_server.creations.total() == 1 and rest_server.duplicates() == 0
    assert report_store.get(db, ticket)["status"] == "routed"


def test_a_request_that_hangs_past_the_timeout_is_retried_without_a_second_incident(db, settings, rest_server):
    s = _rest_settings(settings, rest_server.url, delivery_timeout=0.5)
    report.submit(db, s, ALICE, FIELDS, source="slack")
    rest_server.hang(1, seconds=1.5)   # the desk opens the incident, then answers too late
    outbox = Outbox(db, s)
    run = outbox.deliver_due()
    assert run.failed == 1 and "no answer within 0.5 s" in run.errors[0]
    assert outbox.deliver_due(include_waiting=True).delivered == 1
    key = rest_server.requests[0]["key"]
    assert rest_server.creations[key] == 1 and rest_server.replays[key] == 1


def test_a_server_that_is_down_leaves_the_delivery_pending(db, settings):
    server = RestStandIn().start()
    url = server.url
    server.stop()
    s = _rest_settings(settings, url)
    ticket = report.submit(db, s, ALICE, FIELDS, source="slack").ticket
    run = Outbox(db, s).deliver_due()
    assert run.failed == 1 and "cannot connect" in run.errors[0]
    assert outbox_store.for_ticket(db, ticket)[0]["status"] == "pending"


def test_the_webhook_receives_the_report_as_json(db, settings, rest_server):
    hook = rest_server.url.replace("/api/now/table/incident", "/hooks/aup")
    s = settings.with_(webhook_url=hook)
    ticket = report.submit(db, s, ALICE, FIELDS, source="slack").ticket
    assert Outbox(db, s).deliver_due().delivered == 1
    [req] = rest_server.requests
    body = json.loads(req["raw"])
    assert req["path"] == "/hooks/aup" and body["event"] == "report.created" and body["ticket"] == ticket
    assert req["headers"]["Idempotency-Key"]
