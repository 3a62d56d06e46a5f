"""Socket Mode end to end: with SLACK_APP_TOKEN and no signing secret, `start()` opens the WebSocket that
apps.connections.open hands out, acks each envelope over it, and shares listeners and de-duplication with HTTP
mode. The WebSocket end is a loopback stand-in; the client is slack_sdk's own."""
from __future__ import annotations

import time

import pytest

from bot.commands.serve import build_server
from bot.settings import Settings
from bot.slack.component import component
from bot.store import Database
from tests.servers.slack_api import TEAM_ID, SlackAPIStandIn, SocketModeStandIn


@pytest.fixture(scope="module")
def socket_bot(tmp_path_factory):
    # one connection for the module: slack_sdk's client takes seconds to close (it joins its ping thread)
    settings = Settings.for_tests(tmp_path_factory.mktemp("socket"))
    db = Database(settings.db_path)
    api = SlackAPIStandIn().start()
    ws = SocketModeStandIn(api)
    configured = settings.with_(host="127.0.0.1", port=0, slack_bot_token="xoxb-test-token",
                                slack_app_token="xapp-test-token", slack_signing_secret="",
                                slack_api_url=api.base_url)
    slack = component(configured, db)
    router, server = build_server(configured, db, [slack])
    slack.start()
    ws.wait_connected()
    yield api, ws, router
    slack.stop()
    server.close()
    ws.close()
    api.stop()
    db.close()


def test_socket_mode_only_mounts_no_http_endpoint(socket_bot):
    api, ws, router = socket_bot
    assert "/slack/events" not in router.routes
    opened = [c for c in api.calls if c.method == "apps.connections.open"]
    assert opened and opened[0].token == "xapp-test-token"


def test_slash_command_is_acked_over_the_socket_with_its_answer(socket_bot):
    api, ws, _ = socket_bot
    ws.send({"envelope_id": "env-1", "type": "slash_commands", "accepts_response_payload": True,
             "payload": {"command": "/aup", "text": "help", "user_id": "U0STAFF", "user_name": "staff",
                         "channel_id": "C0GENERAL", "team_id": TEAM_ID, "trigger_id": "1.2.3",
                         "response_url": api.response_url("sm1")}})
    ack = ws.wait_ack("env-1")
    assert ack["payload"]["response_type"] == "ephemeral" and "/aup report" in ack["payload"]["text"]


def test_retried_socket_event_is_processed_once(socket_bot):
    api, ws, _ = socket_bot
    envelope = {"type": "events_api", "accepts_response_payload": False,
                "payload": {"type": "event_callback", "team_id": TEAM_ID, "event_id": "EvSOCKET1",
                            "event": {"type": "app_home_opened", "user": "U0STAFF", "tab": "home"}}}
    ws.send({**envelope, "envelope_id": "env-2"})
    ws.wait_ack("env-2")
    api.wait_for("views.publish")
    ws.send({**envelope, "envelope_id": "env-3", "retry_attempt": 1, "retry_reason": "timeout"})
    ws.wait_ack("env-3")
    time.sleep(0.3)
    assert len(api.called("views.publish")) == 1
