"""Hostile but cheap input to a real `aupbot serve`: JSON nested thousands deep and values forged to look like
log lines (issue 12, item 7).

Before: a JWT header or a signed Slack body nested 5,000 deep raised RecursionError inside the request and came
back as 503 with a traceback in the log; a JWT `alg` containing a newline wrote a forged `CRITICAL` line into the
log. Now the first is a 400/401 and every value a caller controls is logged through `bot.logsafe.loggable`.
"""
from __future__ import annotations

import base64
import json
from urllib.parse import urlencode

import pytest

from bot.logsafe import loggable
from tests.servers.google import ChatSigner, GoogleStandIn, signing_key
from tests.servers.google import events as chat_events
from tests.servers.serve import CHAT_AUDIENCE, SLACK_SECRET, ServeProcess, get
from tests.servers.slack_api import SlackAPIStandIn, SlackSender

DEEP = 5000
NESTED = "[" * DEEP + "]" * DEEP
FORGED = "RS256\n2026-12-04 20:00:00,000 CRITICAL aupbot.serve: database wiped, call 555-0100"


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    with SlackAPIStandIn() as slack_api, GoogleStandIn() as google:
        with ServeProcess(tmp_path_factory.mktemp("hostile"), slack_api=slack_api, google=google) as running:
            running.slack = SlackSender(running.base + "/slack/events", SLACK_SECRET, slack_api)
            yield running


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _chat(bot, token: str, body: bytes | None = None) -> int:
    body = body if body is not None else json.dumps(chat_events.message("hello")).encode()
    return get(bot.base + "/google-chat/events", data=body,
               headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})[0]


def _log_levels(text: str) -> list[str]:
    """The level field of every line written in the serve log's format (`date time LEVEL name: message`)."""
    return [line.split(" ")[2] for line in text.splitlines() if line[:4].isdigit() and line.count(" ") >= 3]


def test_a_jwt_header_nested_thousands_deep_is_unauthorized(bot):
    assert _chat(bot, f"{_b64(NESTED.encode())}.{_b64(b'{}')}.{_b64(b'sig')}") == 401


def test_a_jwt_payload_nested_thousands_deep_under_a_known_key_is_unauthorized(bot):
    header = _b64(json.dumps({"alg": "RS256", "kid": signing_key().kid, "typ": "JWT"}).encode())
    assert _chat(bot, f"{header}.{_b64(NESTED.encode())}.{_b64(b'sig')}") == 401


def test_a_chat_body_nested_thousands_deep_with_a_valid_token_is_a_bad_request(bot):
    token = ChatSigner(signing_key(), CHAT_AUDIENCE).token()
    assert _chat(bot, token, body=('{"type": ' + NESTED + "}").encode()) == 400


def test_a_signed_slack_json_body_nested_thousands_deep_is_a_bad_request(bot):
    status, _ = bot.slack.post('{"type": "event_callback", "event": ' + NESTED + "}", "application/json")
    assert status == 400


def test_a_signed_slack_interaction_payload_nested_thousands_deep_is_a_bad_request(bot):
    status, _ = bot.slack.post(urlencode({"payload": NESTED}), "application/x-www-form-urlencoded")
    assert status == 400


def test_a_forged_log_line_in_a_jwt_alg_stays_inside_one_escaped_line(bot):
    header = _b64(json.dumps({"alg": FORGED, "kid": "k"}).encode())
    before = bot.log()
    assert _chat(bot, f"{header}.{_b64(b'{}')}.{_b64(b'sig')}") == 401
    written = bot.log()[len(before):]
    assert "CRITICAL" not in _log_levels(bot.log())
    assert "RS256\\x0a2026-12-04" in written          # still there for the reader, escaped


def test_hostile_input_never_gives_a_server_error_or_a_traceback(bot):
    # runs after the others in this module (pytest keeps file order): the log of them all is clean
    log = bot.log()
    assert "Traceback" not in log and "RecursionError" not in log
    assert "ERROR" not in _log_levels(log)


@pytest.mark.parametrize("value, shown", [
    ("RS256", "RS256"),
    ("a\nb", "a\\x0ab"),
    ("a\r\nb", "a\\x0d\\x0ab"),
    ("\x1b[2J", "\\x1b[2J"),                        # terminal escape
    ("evil\u202etxt.exe", "evil\\u202etxt.exe"),    # bidi override
    ("line\u2028sep", "line\\u2028sep"),
    ("x" * 250, "x" * 200 + "...(+50 chars)"),
    (b"raw\n", "b'raw\\n'"),
    (None, "None"),
])
def test_loggable_escapes_and_bounds_what_callers_control(value, shown):
    assert loggable(value) == shown
