"""Property-based fuzzing (hypothesis): question understanding, scanning, and every HTTP endpoint of the real
serve stack (Slack, Google Chat, health, metrics, unknown paths), signed and unsigned, well-formed and not.
Whatever arrives: no exception, no 5xx, no traceback in a body or the log, and a 4xx that says what was wrong.

Example counts are sized to keep this file at a few seconds; bench/bench_reliability.py runs the same
properties with many more examples.
"""
from __future__ import annotations

import json
import logging
import threading
import time
import urllib.error
import urllib.request

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

ask = pytest.importorskip("handlers.ask")
scanner = pytest.importorskip("policy.scanner")

from bot.commands.serve import build_server, load_components  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store import Database  # noqa: E402
from policy.document import FINDING_TYPES, SEVERITIES  # noqa: E402
from tests.servers.google import ChatSigner, GoogleStandIn, service_account_file, signing_key  # noqa: E402
from tests.servers.google import events as chat_events  # noqa: E402
from tests.servers.slack_api import SlackAPIStandIn, SlackSender  # noqa: E402

VERDICTS = ("allowed", "conditional", "prohibited", "under_review", "clarify", "not_covered")
AUDIENCE = "123456789012"
FAST = hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Pieces that steer generated text into the detectors' and the question parser's paths.
FRAGMENTS = ("SSN", "ssn: ", "518-24-7391", "password", " is ", "password: Winter-Bus-2031", "4111 1111 1111 1111",
             "DOB ", "01/02/2010", "born March 3, 2011", "student ID ", "20481234", "jamie.r@gmail.com",
             "773-555-0199", "IEP", "routing 083695801", "ghp_Q2w3E4r5T6y7U8i9O0pAsDfGhJkLzXcVbNm1", "text",
             "my team", "students", "Facebook", "can I", "?", " ", "\n", "\u200b", "ＳＳＮ", "<@U0BOT>", "```")
messages = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=16)), max_size=24).map("".join)


# -- question understanding and scanning --------------------------------------------------------------------

def check_answer(question: str) -> None:
    """The property of question understanding (bench/bench_reliability.py runs it with many more examples)."""
    reply = ask.answer(question)
    assert reply.verdict in VERDICTS
    assert reply.answer.strip()
    if reply.verdict == "clarify":
        assert reply.options and all(len(o.choice_id) < 60 for o in reply.options)
    json.dumps(reply.to_json())   # always serialisable for the batch interface


def check_scan(text: str) -> None:
    """The property of scanning: well-formed, deterministic findings, and masking that removes the value."""
    found = scanner.scan(text)
    assert found == scanner.scan(text)   # deterministic
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert f.type in FINDING_TYPES and f.severity in SEVERITIES
        assert all(1 <= i <= 37 for i in f.policy_items)
    masked = scanner.mask_text(text, found)
    for f in found:
        raw = text[f.start:f.end]
        if f.type in ("ssn", "payment_card", "credential") and len(raw) >= 9 and raw not in text[:f.start] \
                and raw not in text[f.end:]:
            assert raw not in masked


@FAST
@given(question=messages)
def test_any_question_gets_a_verdict_from_the_vocabulary(question):
    check_answer(question)


@hsettings(max_examples=120, deadline=None)
@given(text=messages)
def test_scanning_any_text_gives_well_formed_findings(text):
    check_scan(text)


# -- every HTTP endpoint ------------------------------------------------------------------------------------

class Stack:
    """The real serve stack with every component `aupbot serve` would load, platforms pointed at stand-ins."""

    def __init__(self, tmp_path):
        self.slack_api = SlackAPIStandIn().start()
        self.google = GoogleStandIn().__enter__()
        self.settings = Settings.for_tests(tmp_path).with_(
            host="127.0.0.1", port=0, slack_bot_token="xoxb-test-token", slack_signing_secret="fuzz-secret",
            slack_api_url=self.slack_api.base_url, gchat_audience=AUDIENCE, gchat_certs_url=self.google.certs_url,
            gchat_api_url=self.google.url, gchat_credentials=str(service_account_file(tmp_path, self.google.token_url)))
        self.db = Database(self.settings.db_path)
        self.components = load_components(self.settings, self.db)
        self.router, self.server = build_server(self.settings, self.db, self.components)
        for c in self.components:
            c.start()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.server.effective_port}"
        self.slack = SlackSender(self.base + "/slack/events", "fuzz-secret", self.slack_api)
        self.chat_token = ChatSigner(signing_key(), AUDIENCE).token()

    def _run(self):
        try:
            self.server.run()
        except (OSError, ValueError):
            pass

    def close(self):
        self.server.close()
        for c in reversed(self.components):
            c.stop()
        self.slack_api.stop()
        self.google.__exit__(None, None, None)
        from bot.delivery.chat import unregister_sender
        unregister_sender("slack")
        unregister_sender("gchat")
        self.db.close()

    def request(self, method: str, path: str, body: bytes = b"", headers: dict | None = None) -> tuple[int, bytes]:
        self.errors.records.clear()
        request = urllib.request.Request(self.base + path, data=body if method not in ("GET", "HEAD") else None,
                                         headers=headers or {}, method=method)
        try:
            with urllib.request.urlopen(request, timeout=20) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()


class ErrorLog(logging.Handler):
    def __init__(self):
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    s = Stack(tmp_path_factory.mktemp("fuzz"))
    errors = ErrorLog()
    logging.getLogger().addHandler(errors)
    s.errors = errors
    yield s
    logging.getLogger().removeHandler(errors)
    s.close()


def _assert_clean(stack, status: int, body: bytes, what: str) -> None:
    assert status < 500, f"{what}: {status} {body[:300]!r}"
    assert b"Traceback" not in body and b'File "' not in body, what
    crashes = [r for r in stack.errors.records if r.exc_info]
    assert not crashes, f"{what}: {crashes[0].getMessage()}"


PATHS = ("/slack/events", "/google-chat/events", "/healthz", "/metrics", "/", "/nope", "/slack/events/",
         "/google-chat/events?x=1", "/%2e%2e/etc/passwd")
CONTENT_TYPES = ("application/json", "application/x-www-form-urlencoded", "text/plain", "", "multipart/form-data")
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                       max_size=4), max_leaves=12)


@FAST
@given(path=st.sampled_from(PATHS), method=st.sampled_from(("GET", "POST", "PUT", "DELETE", "HEAD")),
       content_type=st.sampled_from(CONTENT_TYPES),
       body=st.one_of(st.binary(max_size=300), json_values.map(lambda v: json.dumps(v).encode())))
def test_no_request_to_any_endpoint_gets_a_5xx_or_a_traceback(stack, path, method, content_type, body):
    status, answer = stack.request(method, path, body, {"Content-Type": content_type} if content_type else {})
    _assert_clean(stack, status, answer, f"{method} {path}")


@pytest.mark.parametrize("event", [None, 7, {"type": "message", "user": False}, {"type": None, "user": 3}])
def test_signed_event_callback_with_ill_typed_fields_is_a_4xx(stack, event):
    stack.errors.records.clear()
    status, body = stack.slack.post(json.dumps({"type": "event_callback", "event_id": f"EvN{time.time_ns()}",
                                                "team_id": "T0CPS", "event": event}), "application/json")
    _assert_clean(stack, status, json.dumps(body).encode(), "slack event not an object")


@FAST
@given(event=st.fixed_dictionaries(
           {"type": st.sampled_from(("message", "app_mention", "app_home_opened", "member_joined_channel", "x"))},
           optional={"user": st.text(max_size=12), "channel": st.text(max_size=12), "text": messages,
                     "ts": st.text(max_size=20), "subtype": st.sampled_from(("message_changed", "bot_message",
                                                                             "file_share", "thread_broadcast")),
                     "channel_type": st.sampled_from(("im", "channel", "group", "mpim")),
                     "message": st.dictionaries(st.sampled_from(("text", "user", "ts")), st.text(max_size=12)),
                     "bot_id": st.text(max_size=8), "thread_ts": st.text(max_size=20), "tab": st.text(max_size=8)}),
       retry=st.sampled_from((None, 1, 2)))
def test_signed_slack_events_of_any_shape_get_a_clear_answer(stack, event, retry):
    stack.errors.records.clear()
    status, body = stack.slack.post(json.dumps({"type": "event_callback", "event_id": f"EvF{time.time_ns()}",
                                                "team_id": "T0CPS", "event": event}), "application/json",
                                    headers={"X-Slack-Retry-Num": str(retry)} if retry else None)
    _assert_clean(stack, status, json.dumps(body).encode() if not isinstance(body, str) else body.encode(),
                  "slack event")


@FAST
@given(payload=json_values, kind=st.sampled_from(("block_actions", "view_submission", "shortcut",
                                                  "message_action", "view_closed", "")))
def test_signed_slack_interactions_of_any_shape_get_a_clear_answer(stack, payload, kind):
    stack.errors.records.clear()
    body = {"type": kind, "user": {"id": "U0STAFF"}, "data": payload}
    if isinstance(payload, dict):
        body.update(payload)
    status, answer = stack.slack.interaction(body)
    _assert_clean(stack, status, json.dumps(answer).encode() if not isinstance(answer, str) else answer.encode(),
                  "slack interaction")


@FAST
@given(text=messages, command=st.sampled_from(("/aup", "/report", "/unknown")))
def test_signed_slash_commands_with_any_text_get_a_clear_answer(stack, text, command):
    stack.errors.records.clear()
    status, answer = stack.slack.command(text, command=command)
    _assert_clean(stack, status, json.dumps(answer).encode() if not isinstance(answer, str) else answer.encode(),
                  "slash command")


@FAST
@given(text=messages, mutate=json_values, kind=st.sampled_from(("message", "card", "added", "raw")))
def test_google_chat_events_with_a_valid_token_and_any_content_get_a_clear_answer(stack, text, mutate, kind):
    event = {"message": chat_events.message(text), "card": chat_events.card_clicked("aup_feedback", {"x": text}),
             "added": chat_events.added_to_space(), "raw": mutate}[kind]
    if isinstance(mutate, dict) and kind != "raw":
        event.update(mutate)
    status, answer = stack.request("POST", "/google-chat/events", json.dumps(event).encode(),
                                   {"Content-Type": "application/json", "Authorization": f"Bearer {stack.chat_token}"})
    _assert_clean(stack, status, answer, f"gchat {kind}")


# -- oversized and malformed payloads -----------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/slack/events", "/google-chat/events", "/healthz", "/metrics"])
def test_a_body_over_the_limit_is_refused_with_413(stack, path):
    status, body = stack.request("POST", path, b"x" * (3 * 1024 * 1024), {"Content-Type": "application/json"})
    assert status == 413 and b"too large" in body


def test_a_garbage_content_length_is_a_400_and_the_server_keeps_serving(stack):
    import socket

    with socket.create_connection(("127.0.0.1", stack.server.effective_port), timeout=5) as conn:
        conn.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: lots\r\n\r\n{}")
        reply = conn.recv(4096)
    assert reply.startswith(b"HTTP/1.1 4")
    assert stack.request("GET", "/healthz")[0] == 200


def test_a_client_that_sends_half_a_body_and_hangs_up_harms_nothing(stack):
    import socket

    with socket.create_connection(("127.0.0.1", stack.server.effective_port), timeout=5) as conn:
        conn.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 5000\r\n\r\n{\"type\": \"event_")
    status, _ = stack.request("GET", "/healthz")
    assert status == 200
    _assert_clean(stack, status, b"", "half a body")


def test_a_megabyte_question_in_a_signed_event_is_answered_not_crashed(stack):
    stack.errors.records.clear()
    event = {"type": "message", "channel": "D0DM", "channel_type": "im", "user": "U0STAFF",
             "text": "can I text my team? " * 50_000, "ts": "1700000000.999999"}
    status, _ = stack.slack.event(event)
    _assert_clean(stack, status, b"", "megabyte question")
