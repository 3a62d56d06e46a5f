"""Slack nudges and IT alerts name the poster and the channel ("Ms. Rivera in #7th-grade-team"), looked up with
users.info and conversations.info on the loopback Slack API through the bounded cache; a failed lookup shows
the ids; a display name that is Slack markup is shown, never acted on."""
from __future__ import annotations

import json

import pytest

from tests.servers.slack_api import RunningBot

IT = "C0ITDESK"
TEAM = "C111"
POSTER = "U222"
ADMIN = "U0ADMIN"
SSN_TEXT = "New hire paperwork: Jamie Rivera, SSN 518-24-7391"


@pytest.fixture
def bot(settings, db):
    with RunningBot(settings, db, slack_it_channel=IT, admins=(f"slack:{ADMIN}",)) as running:
        running.api.channels[TEAM] = {"name": "7th-grade-team"}
        running.api.users[POSTER] = {"display_name": "Ms. Rivera", "real_name": "Ana Rivera"}
        yield running


def _watch_on(bot) -> None:
    answered = len(bot.api.called("response_url"))
    bot.slack.command("watch on", user=ADMIN, channel=TEAM)
    bot.api.wait_for("response_url", count=answered + 1)


def _post(bot, ts: str, text: str = SSN_TEXT, user: str = POSTER) -> None:
    status, _ = bot.slack.event({"type": "message", "channel": TEAM, "channel_type": "channel", "user": user,
                                 "text": text, "ts": ts})
    assert status == 200


def _alerts(bot, count: int = 1) -> list[dict]:
    return bot.api.wait_for("chat.postMessage", count=count, where=lambda p: p["channel"] == IT)


def _shown(params: dict) -> str:
    """Everything a person sees of a post: its fallback text and its blocks."""
    return params["text"] + json.dumps(params.get("blocks") or [])


def test_the_it_alert_and_the_nudge_name_the_teacher_and_the_channel(bot):
    _watch_on(bot)
    _post(bot, "1700000000.000100")
    (nudge,) = bot.api.wait_for("chat.postEphemeral")
    (alert,) = _alerts(bot)
    assert "#7th-grade-team" in nudge["text"] and "#C111" not in nudge["text"]
    assert "Ms. Rivera" in alert["text"] and "#7th-grade-team" in alert["text"]
    assert "slack:U222" not in alert["text"] and "#C111" not in alert["text"]


def test_the_watch_switch_names_the_channel_too(bot):
    _watch_on(bot)
    (said,) = bot.api.called("response_url")
    assert "#7th-grade-team" in said["text"]


def test_a_second_alert_about_the_same_poster_and_channel_makes_no_second_lookup(bot):
    _watch_on(bot)
    _post(bot, "1700000000.000100")
    _post(bot, "1700000000.000200")
    _alerts(bot, count=2)
    assert len(bot.api.called("users.info")) == 1
    assert len(bot.api.called("conversations.info")) == 1


def test_failed_lookups_fall_back_to_the_ids(bot):
    bot.api.failures["users.info"] = "missing_scope"
    bot.api.failures["conversations.info"] = "channel_not_found"
    _watch_on(bot)
    _post(bot, "1700000000.000100")
    (nudge,) = bot.api.wait_for("chat.postEphemeral")
    (alert,) = _alerts(bot)
    assert "#C111" in nudge["text"]
    assert "slack:U222" in alert["text"] and "#C111" in alert["text"]


@pytest.mark.parametrize("hostile", ["<!channel>", "<http://evil.example|x>", "@here <@U0ADMIN>"])
def test_a_hostile_display_name_is_shown_neutralised(bot, hostile):
    bot.api.users[POSTER] = {"display_name": hostile, "real_name": "Ana Rivera"}
    _watch_on(bot)
    _post(bot, "1700000000.000100")
    (alert,) = _alerts(bot)
    shown = _shown(alert)
    assert hostile not in shown
    assert "<!channel>" not in shown and "<http://evil" not in shown and "<@U0ADMIN>" not in shown
    assert "@here" not in shown.replace("@\u200dhere", "")
    assert "&lt;" in shown or "@\u200dhere" in shown


def test_the_digest_counts_findings_under_the_channel_name(bot):
    from datetime import datetime

    from bot.jobs import digest

    _watch_on(bot)
    _post(bot, "1700000000.000100")
    _alerts(bot)
    week = digest.collect(bot.db, datetime(2000, 1, 3), datetime(2100, 1, 4), "all")
    assert week.findings_by_channel == {"7th-grade-team": 1}
