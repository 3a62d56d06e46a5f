"""HTTP mode end to end: the real Bolt app behind the real serve stack, requests signed as Slack signs them, the
WebClient pointed at the loopback Web API stand-in. Platform rules and bad input."""
from __future__ import annotations

import json
import time

import pytest

from bot.store import events
from tests.servers.slack_api import BOT_ID, BOT_USER_ID, RunningBot


@pytest.fixture
def bot(settings, db):
    with RunningBot(settings, db, slack_it_channel="C0ITDESK") as running:
        yield running


def test_unsigned_request_is_rejected_and_nothing_processed(bot):
    status, _ = bot.slack.post("command=%2Faup&text=help", "application/x-www-form-urlencoded", sign=False)
    assert status == 401
    assert [m for m in bot.api.methods() if m != "auth.test"] == []   # auth.test: the start's platform probe


def test_wrong_signature_is_rejected(bot):
    status, _ = bot.slack.post("command=%2Faup&text=help", "application/x-www-form-urlencoded",
                               signature="v0=" + "0" * 64)
    assert status == 401


def test_signature_older_than_five_minutes_is_rejected_as_a_replay(bot):
    old = str(int(time.time()) - 6 * 60)
    status, _ = bot.slack.post("command=%2Faup&text=help", "application/x-www-form-urlencoded", timestamp=old)
    assert status == 401


def test_non_numeric_timestamp_is_a_401_not_a_500(bot):
    status, _ = bot.slack.post("command=%2Faup&text=help", "application/x-www-form-urlencoded", timestamp="soon")
    assert status == 401


def test_signed_but_unreadable_payload_is_a_400(bot):
    status, body = bot.slack.post("payload=%7Bnot-json", "application/x-www-form-urlencoded")
    assert status == 400
    status, body = bot.slack.post("{broken", "application/json")
    assert status == 400


def test_url_verification_challenge_is_echoed(bot):
    status, body = bot.slack.post(json.dumps({"type": "url_verification", "challenge": "c-123", "token": "t"}),
                                  "application/json")
    assert status == 200 and body == {"challenge": "c-123"}


def test_slacks_rate_limit_notice_gets_a_200_not_a_404(bot):
    # Slack counts any other answer to app_rate_limited as a failed delivery against the app.
    notice = {"token": "t", "type": "app_rate_limited", "team_id": "T0DISTRICT", "minute_rate_limited": 1518467820,
              "api_app_id": "A0AUPBOT"}
    status, _ = bot.slack.post(json.dumps(notice), "application/json")
    assert status == 200
    assert [m for m in bot.api.methods() if m != "auth.test"] == []


def test_help_is_answered_privately_in_the_ack(bot):
    status, body = bot.slack.command("help")
    assert status == 200
    assert body["response_type"] == "ephemeral"
    assert "/aup report" in body["text"]


def test_empty_command_shows_help(bot):
    status, body = bot.slack.command("")
    assert status == 200 and "/aup &lt;question&gt;" in body["text"]


def test_unknown_slash_command_gets_a_clear_ephemeral_answer(bot):
    status, body = bot.slack.command("hello", command="/aupx")
    assert status == 200
    assert body["response_type"] == "ephemeral" and "/aupx" in body["text"] and "/aup help" in body["text"]


def test_command_without_a_user_is_a_400_not_a_500(bot):
    from urllib.parse import urlencode

    status, body = bot.slack.post(urlencode({"command": "/aup", "text": "help", "team_id": "T0CPS"}),
                                  "application/x-www-form-urlencoded")
    assert status == 400
    assert "could not be read" in body["error"]


def test_unknown_action_is_a_4xx_not_a_500(bot):
    status, _ = bot.slack.interaction({"type": "block_actions", "user": {"id": "U0STAFF"},
                                       "actions": [{"action_id": "no_such_button", "value": "x"}]})
    assert 400 <= status < 500


def test_action_without_actions_list_is_a_4xx(bot):
    status, _ = bot.slack.interaction({"type": "block_actions", "user": {"id": "U0STAFF"}})
    assert 400 <= status < 500


def test_retried_event_is_processed_once(bot):
    event = {"type": "app_home_opened", "user": "U0STAFF", "channel": "D0DM", "tab": "home",
             "event_ts": "1.0"}
    first = bot.slack.event(event, event_id="Ev0RETRY")
    bot.api.wait_for("views.publish")
    again = [bot.slack.event(event, event_id="Ev0RETRY", retry_num=n) for n in (1, 2, 3)]
    assert first[0] == 200 and all(status == 200 for status, _ in again)
    time.sleep(0.3)
    assert len(bot.api.called("views.publish")) == 1


def test_bot_ignores_its_own_and_other_bots_messages(bot):
    own = {"type": "message", "channel": "D0DM", "channel_type": "im", "user": BOT_USER_ID, "bot_id": BOT_ID,
           "text": "can I text my team?", "ts": "10.1"}
    other = {**own, "user": "U0OTHERBOT", "bot_id": "B0OTHER", "subtype": "bot_message", "ts": "10.2"}
    for event in (own, other):
        assert bot.slack.event(event)[0] == 200
    time.sleep(0.3)
    assert bot.api.called("chat.postMessage") == []


def test_every_ack_arrives_well_within_three_seconds_even_when_the_web_api_is_slow(bot):
    bot.slack.command("help")     # Bolt's one auth.test happens on the first request; keep it out of the timing
    bot.api.delay_seconds = 1.5   # each Web API call takes 1.5 s: the work after the ack is slow, the ack is not
    started = time.perf_counter()
    status, _ = bot.slack.command("report")
    elapsed = time.perf_counter() - started
    assert status == 200 and elapsed < 1.0
    bot.api.wait_for("views.open", timeout=5)


def test_first_time_is_true_once_per_platform_and_id(db):
    assert events.first_time(db, "slack", "Ev1") is True
    assert events.first_time(db, "slack", "Ev1") is False
    assert events.first_time(db, "gchat", "Ev1") is True


def test_old_event_ids_are_pruned(db):
    events.first_time(db, "slack", "EvOld", now=1000.0)
    assert events.prune(db, now=1000.0 + events.KEEP_SECONDS + 1) == 1
    assert events.first_time(db, "slack", "EvOld") is True


@pytest.mark.parametrize("event", [None, 7, {"type": "message", "user": False}, {"type": None, "user": 3}])
def test_signed_event_of_the_wrong_shape_is_a_400(bot, event):
    status, _ = bot.slack.post(json.dumps({"type": "event_callback", "event_id": "EvBAD", "team_id": "T0CPS",
                                           "event": event}), "application/json")
    assert status == 400


def test_acks_never_wait_behind_slow_work_even_when_every_worker_is_busy(bot):
    from concurrent.futures import ThreadPoolExecutor

    from bot.slack.app import LISTENER_THREADS

    bot.slack.command("help")     # Bolt's one auth.test, out of the timing
    bot.api.delay_seconds = 1.0   # every answer takes Slack 1 s: more slow work than the pool has workers
    n = LISTENER_THREADS + 4

    def timed(i: int) -> tuple[int, float]:
        started = time.perf_counter()
        status, _ = bot.slack.command("can I text my team?", user=f"U{i:04d}")
        return status, time.perf_counter() - started

    with ThreadPoolExecutor(max_workers=n) as pool:
        results = list(pool.map(timed, range(n)))
    assert all(status == 200 for status, _ in results)
    assert max(seconds for _, seconds in results) < 0.8
    bot.api.wait_for("response_url", count=n, timeout=10)


def test_a_modal_opens_at_once_even_when_every_worker_is_busy(bot):
    from bot.slack.app import LISTENER_THREADS

    bot.slack.command("help")
    bot.api.delay_seconds = 1.5   # each DM answer holds a worker for 1.5 s
    for i in range(LISTENER_THREADS + 4):
        bot.slack.event({"type": "message", "channel": f"D{i:04d}", "channel_type": "im", "user": f"U{i:04d}",
                         "text": "can I text my team?", "ts": f"1700000000.{i:06d}"})
    clicked = time.time()
    bot.slack.command("report")
    bot.api.wait_for("views.open", timeout=5)
    (opened,) = [c for c in bot.api.calls if c.method == "views.open"]
    assert opened.at - clicked < 1.0   # well inside the trigger_id's 3 seconds, not after the queued answers
