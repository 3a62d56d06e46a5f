"""A captured, signed Slack request replayed within the 5 minutes its signature stays valid is acknowledged and
dropped, against a real `aupbot serve` process: a modal submission files one report, a slash command is answered
once. Distinct requests with the same words are distinct deliveries and each is acted on."""
from __future__ import annotations

import json
import sqlite3
import time
from urllib.parse import urlencode

from tests.servers.serve_process import SlackServeProcess
from tests.servers.slack_api import TEAM_ID, SlackAPIStandIn, view_submission

REPORT = {"category": "misuse", "description": "Someone shared a class roster in a public channel.",
          "location": "lincoln-park-hs"}


def reports_by(db_path, reporter: str) -> int:
    conn = sqlite3.connect(db_path, timeout=10)
    try:
        return conn.execute("SELECT count(*) FROM reports WHERE reporter_id = ?", (reporter,)).fetchone()[0]
    finally:
        conn.close()


def wait_for_log(bot: SlackServeProcess, line: str, count: int, timeout: float = 10.0) -> str:
    """The process's log once it holds `line` `count` times (or the timeout has passed): a log file is written
    a moment after the request it tells of is answered."""
    deadline = time.monotonic() + timeout
    while (log := bot.log()).count(line) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return log


def signed_form(payload: dict) -> str:
    return urlencode({"payload": json.dumps({"team": {"id": TEAM_ID}, "api_app_id": "A0AUPBOT", **payload})})


def test_a_replayed_view_submission_files_one_report(tmp_path):
    with SlackAPIStandIn() as api, SlackServeProcess(tmp_path, tmp_path / "aupbot.db", api) as bot:
        bot.slack.command("report", user="U0REPLAY")
        view = api.wait_for("views.open")[0]["view"]
        body = signed_form(view_submission(view, user="U0REPLAY", **REPORT))
        timestamp = str(int(time.time()))
        answers = [bot.slack.post(body, "application/x-www-form-urlencoded", timestamp=timestamp)
                   for _ in range(3)]   # the original, then two replays of the same signed bytes
        # the same reporter submitting the same words again is a new delivery (a new timestamp and signature):
        # a second later, as Slack would stamp it, without waiting that second out
        again = bot.slack.post(body, "application/x-www-form-urlencoded", timestamp=str(int(timestamp) + 1))
        log = bot.log()

    assert answers == [(200, "")] * 3
    assert again == (200, "")
    assert reports_by(tmp_path / "aupbot.db", "slack:U0REPLAY") == 2   # the first delivery and the new one
    assert log.count("a replayed submission was dropped") == 2


def test_a_replayed_slash_command_is_answered_once(tmp_path):
    with SlackAPIStandIn() as api, SlackServeProcess(tmp_path, tmp_path / "aupbot.db", api) as bot:
        body = urlencode({"token": "legacy", "team_id": TEAM_ID, "channel_id": "C0GENERAL", "user_id": "U0STAFF",
                          "user_name": "u0staff", "command": "/aup", "text": "can I text my team?",
                          "response_url": api.response_url("replayed"), "trigger_id": "9.9.trigger-replayed"})
        timestamp = str(int(time.time()))
        statuses = [bot.slack.post(body, "application/x-www-form-urlencoded", timestamp=timestamp)[0]
                    for _ in range(3)]
        api.wait_for("response_url", where=lambda p: p["_url"].endswith("/replayed"))
        # the replays are dropped before their 200 is sent, so once both drops are logged nothing else can answer
        # (no fixed wait for a second answer that would not come)
        log = wait_for_log(bot, "a replayed command was dropped", count=2)
        answered = [p for p in api.called("response_url") if p["_url"].endswith("/replayed")]

    assert statuses == [200, 200, 200]
    assert log.count("a replayed command was dropped") == 2
    assert len(answered) == 1
