"""Watching in Slack end to end: admins switch a channel on, messages (new and edited) go through handlers.watch,
the poster gets a private nudge with a "not sensitive" button, IT an alert, and no raw value leaves the bot."""
from __future__ import annotations

import json
import time

import pytest

from tests.servers.slack_api import RunningBot

watch = pytest.importorskip("handlers.watch")

IT = "C0ITDESK"
TEAM = "C0TEAM"
ADMIN = "U0ADMIN"
SSN_TEXT = "New hire paperwork: Jamie Rivera, SSN 518-24-7391"
RAW = "518-24-7391"


@pytest.fixture
def bot(settings, db):
    with RunningBot(settings, db, slack_it_channel=IT, admins=(f"slack:{ADMIN}",)) as running:
        yield running


def _watch_on(bot, channel: str = TEAM) -> None:
    answered = len(bot.api.called("response_url"))
    bot.slack.command("watch on", user=ADMIN, channel=channel)
    bot.api.wait_for("response_url", count=answered + 1)


def _post(bot, text: str, ts: str = "1700000000.000100", channel: str = TEAM, **extra):
    return bot.slack.event({"type": "message", "channel": channel, "channel_type": "channel", "user": "U0POSTER",
                            "text": text, "ts": ts, **extra})


def _all_calls(bot) -> str:
    return json.dumps([c.params for c in bot.api.calls])


def test_only_admins_can_switch_watching_on(bot):
    bot.slack.command("watch on", user="U0STAFF", channel=TEAM)
    bot.api.wait_for("response_url")
    from handlers.types import Place

    assert not watch.is_watched(bot.db, bot.settings, Place("slack", TEAM))
    _watch_on(bot)
    assert watch.is_watched(bot.db, bot.settings, Place("slack", TEAM))


def test_a_direct_message_is_never_watched_even_when_an_admin_asks(bot):
    from handlers.types import Place

    _watch_on(bot, channel="D0ADMINDM")
    reply = bot.api.called("response_url")[-1]
    assert "never watched" in json.dumps(reply)
    assert not watch.is_watched(bot.db, bot.settings, Place("slack", "D0ADMINDM"))


def test_watch_without_on_or_off_explains_the_usage(bot):
    status, body = bot.slack.command("watch maybe", user=ADMIN, channel=TEAM)
    assert status == 200 and "/aup watch on" in body["text"]


def test_ssn_in_a_watched_channel_nudges_the_poster_and_alerts_it_without_leaking(bot):
    _watch_on(bot)
    assert _post(bot, SSN_TEXT)[0] == 200
    (nudge,) = bot.api.wait_for("chat.postEphemeral")
    assert nudge["channel"] == TEAM and nudge["user"] == "U0POSTER"
    buttons = [e for b in nudge["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert buttons[0]["action_id"] == "aup_not_sensitive" and buttons[0]["value"]
    bot.api.wait_for("chat.postMessage", where=lambda p: p["channel"] == IT)
    assert RAW not in _all_calls(bot)


def test_an_edit_that_adds_a_value_is_checked_too(bot):
    _watch_on(bot)
    _post(bot, "", ts="1.5", subtype="message_changed",
          message={"type": "message", "user": "U0POSTER", "text": SSN_TEXT, "ts": "1700000000.000500"},
          previous_message={"type": "message", "user": "U0POSTER", "text": "paperwork soon", "ts": "1700000000.000500"})
    (nudge,) = bot.api.wait_for("chat.postEphemeral")
    assert nudge["user"] == "U0POSTER"
    assert RAW not in _all_calls(bot)


def test_messages_in_unwatched_channels_are_left_alone(bot):
    _post(bot, SSN_TEXT, channel="C0ELSEWHERE")
    time.sleep(0.3)
    assert bot.api.called("chat.postEphemeral") == [] and bot.api.called("chat.delete") == []


def test_not_sensitive_asks_for_a_reason_and_records_it(bot):
    _watch_on(bot)
    _post(bot, SSN_TEXT)
    (nudge,) = bot.api.wait_for("chat.postEphemeral")
    button = [e for b in nudge["blocks"] if b["type"] == "actions" for e in b["elements"]][0]
    bot.slack.interaction({"type": "block_actions", "user": {"id": "U0POSTER"},
                           "container": {"type": "message", "channel_id": TEAM, "is_ephemeral": True},
                           "channel": {"id": TEAM},
                           "actions": [{"action_id": button["action_id"], "value": button["value"]}]})
    (opened,) = bot.api.wait_for("views.open")
    view = opened["view"]
    status, body = bot.slack.interaction({"type": "view_submission", "user": {"id": "U0POSTER"},
                                          "view": {**view, "state": {"values": {"reason": {"value": {
                                              "type": "plain_text_input", "value": ""}}}}}})
    assert body["response_action"] == "errors" and "reason" in body["errors"]
    status, body = bot.slack.interaction({"type": "view_submission", "user": {"id": "U0POSTER"},
                                          "view": {**view, "state": {"values": {"reason": {"value": {
                                              "type": "plain_text_input", "value": "it is a test record"}}}}}})
    assert status == 200 and body == ""
    bot.api.wait_for("chat.postEphemeral", count=2)


def test_a_megabyte_message_in_a_watched_channel_is_acked_at_once(bot):
    _watch_on(bot)
    started = time.perf_counter()
    status, _ = _post(bot, "notes " * 170_000)
    assert status == 200 and time.perf_counter() - started < 3


def test_high_severity_message_is_deleted_with_the_admin_user_token(settings, db):
    with RunningBot(settings, db, slack_it_channel=IT, admins=(f"slack:{ADMIN}",),
                    slack_admin_user_token="xoxp-admin") as bot:
        _watch_on(bot)
        _post(bot, SSN_TEXT, ts="1700000000.000900")
        bot.api.wait_for("chat.delete")
        (deletion,) = [c for c in bot.api.calls if c.method == "chat.delete"]
        assert deletion.token == "xoxp-admin"
        assert deletion.params == {"channel": TEAM, "ts": "1700000000.000900"}


def test_without_an_admin_user_token_nothing_is_deleted(bot):
    _watch_on(bot)
    _post(bot, SSN_TEXT)
    bot.api.wait_for("chat.postEphemeral")
    bot.api.wait_for("chat.postMessage", where=lambda p: p["channel"] == IT)
    time.sleep(0.2)
    assert bot.api.called("chat.delete") == []


def test_reviewers_app_home_lists_recent_findings_without_values(settings, db):
    with RunningBot(settings, db, slack_it_channel=IT, admins=(f"slack:{ADMIN}",)) as bot:
        _watch_on(bot)
        _post(bot, SSN_TEXT)
        bot.api.wait_for("chat.postEphemeral")
        bot.slack.event({"type": "app_home_opened", "user": ADMIN, "tab": "home"})
        (home,) = bot.api.wait_for("views.publish")
        shown = json.dumps(home["view"])
        assert "Recent findings" in shown and "ssn (high)" in shown and RAW not in shown


def test_a_flagged_message_cannot_ping_the_it_channel_through_the_alert(bot):
    # the alert carries the findings and the permalink, not the poster's words, so "<!channel>" has no way in
    _watch_on(bot)
    _post(bot, f"<!channel> {SSN_TEXT}")
    (alert,) = bot.api.wait_for("chat.postMessage", where=lambda p: p["channel"] == IT)
    assert "channel&gt;" not in alert["text"] and "<!channel>" not in json.dumps(alert)
    assert "***-**-7391" in alert["text"] and "https://cps.slack.com/archives/C0TEAM/p1700000000000100" in alert["text"]
