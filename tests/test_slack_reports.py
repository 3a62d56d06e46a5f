"""Reports in Slack end to end: /aup report and the "Report this message" shortcut open the form, a submission
becomes a ticket, IT gets it in its channel with status buttons for reviewers, the reporter hears of changes."""
from __future__ import annotations

import json
import time

import pytest

from bot.store import reports as report_store
from tests.servers.slack_api import RunningBot
from tests.servers.slack_api import view_submission as submission

IT = "C0ITDESK"
REVIEWER = "U0REVIEW"


@pytest.fixture
def bot(settings, db):
    with RunningBot(settings, db, slack_it_channel=IT, reviewers=(f"slack:{REVIEWER}",)) as running:
        yield running


GOOD = {"category": "misuse", "description": "Someone shared a class roster in a public channel.",
        "location": "lincoln-park-hs"}


def test_aup_report_opens_the_modal_built_from_the_report_form(bot):
    status, body = bot.slack.command("report")
    assert status == 200
    (opened,) = bot.api.wait_for("views.open")
    assert opened["trigger_id"].endswith("trigger1")
    view = opened["view"]
    assert view["callback_id"] == "aup_report_form"
    inputs = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    assert {"category", "description", "when", "location"} <= set(inputs)
    assert inputs["category"]["element"]["type"] == "static_select"
    assert inputs["description"]["element"]["multiline"] is True
    assert inputs["when"]["element"]["type"] == "datetimepicker"
    assert inputs["when"]["optional"] is True and inputs["description"]["optional"] is False


def test_submitted_report_gets_a_ticket_and_the_reporter_a_dm(bot):
    bot.slack.command("report")
    view = bot.api.wait_for("views.open")[0]["view"]
    status, body = bot.slack.interaction(submission(view, **GOOD))
    assert status == 200 and body == ""
    (rows,) = [report_store.by_reporter(bot.db, "slack:U0STAFF")]
    assert len(rows) == 1 and rows[0]["source"] == "slack"
    (dm,) = bot.api.wait_for("chat.postMessage", where=lambda p: p["channel"] == "U0STAFF")
    assert rows[0]["ticket"] in dm["text"]


def test_invalid_report_keeps_the_modal_open_with_field_errors(bot):
    bot.slack.command("report")
    view = bot.api.wait_for("views.open")[0]["view"]
    status, body = bot.slack.interaction(submission(view, category="misuse", description="short",
                                                    location="lincoln-park-hs"))
    assert status == 200
    assert body["response_action"] == "errors" and "description" in body["errors"]
    assert report_store.by_reporter(bot.db, "slack:U0STAFF") == []


def test_status_lists_only_the_users_own_reports(bot):
    bot.slack.command("report")
    view = bot.api.wait_for("views.open")[0]["view"]
    bot.slack.interaction(submission(view, **GOOD))
    ticket = report_store.by_reporter(bot.db, "slack:U0STAFF")[0]["ticket"]
    bot.slack.command("status")
    (mine,) = bot.api.wait_for("response_url", where=lambda p: ticket in p.get("text", ""))
    assert mine["response_type"] == "ephemeral"
    bot.slack.command("status", user="U0OTHER")
    (theirs,) = bot.api.wait_for("response_url", where=lambda p: "not filed any reports" in p.get("text", ""))
    assert ticket not in theirs["text"]


def test_report_this_message_opens_first_then_adds_the_permalink_and_keeps_the_text_out(bot):
    secret_text = "Jamie's SSN is 518-24-7391, please update the file"
    status, _ = bot.slack.interaction({
        "type": "message_action", "callback_id": "aup_report_message", "user": {"id": "U0STAFF"},
        "channel": {"id": "C0GENERAL", "name": "general"}, "message_ts": "1700000000.000100",
        "message": {"type": "message", "user": "U0POSTER", "ts": "1700000000.000100", "text": secret_text}})
    assert status == 200
    (updated,) = bot.api.wait_for("views.update")
    methods = bot.api.methods()
    assert methods.index("views.open") < methods.index("chat.getPermalink") < methods.index("views.update")
    meta = json.loads(updated["view"]["private_metadata"])
    assert meta["permalink"].endswith("/archives/C0GENERAL/p1700000000000100")
    assert "518-24-7391" not in json.dumps(updated["view"])
    status, body = bot.slack.interaction(submission(updated["view"], **GOOD))
    assert status == 200 and body == ""
    (row,) = report_store.by_reporter(bot.db, "slack:U0STAFF")
    assert row["evidence"] == meta["permalink"] and row["source"] == "slack_shortcut"
    assert "518-24-7391" not in json.dumps(row)


def _deliver(bot):
    from bot.outbox import Outbox

    return Outbox(bot.db, bot.settings).deliver_all()


def test_new_report_reaches_the_it_channel_with_reviewer_buttons(bot):
    bot.slack.command("report")
    view = bot.api.wait_for("views.open")[0]["view"]
    bot.slack.interaction(submission(view, **GOOD))
    ticket = report_store.by_reporter(bot.db, "slack:U0STAFF")[0]["ticket"]
    _deliver(bot)
    (post,) = bot.api.wait_for("chat.postMessage", where=lambda p: p["channel"] == IT)
    buttons = [e for b in post["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert {b["action_id"] for b in buttons} == {"aup_report_acknowledge", "aup_report_start", "aup_report_resolve"}
    assert all(b["value"] == ticket for b in buttons)
    _deliver(bot)   # a second run sends nothing twice
    assert len(bot.api.called("chat.postMessage")) == len([p for p in bot.api.called("chat.postMessage")
                                                           if p["channel"] in (IT, "U0STAFF")])
    assert len([p for p in bot.api.called("chat.postMessage") if p["channel"] == IT]) == 1


def _it_post_and_press(bot, user: str, action_id: str):
    bot.slack.command("report")
    view = bot.api.wait_for("views.open")[0]["view"]
    bot.slack.interaction(submission(view, **GOOD))
    ticket = report_store.by_reporter(bot.db, "slack:U0STAFF")[0]["ticket"]
    _deliver(bot)
    (post,) = bot.api.wait_for("chat.postMessage", where=lambda p: p["channel"] == IT)
    status, _ = bot.slack.interaction({
        "type": "block_actions", "user": {"id": user, "username": user.lower()},
        "container": {"type": "message", "channel_id": IT, "message_ts": "1.1"}, "channel": {"id": IT},
        "message": {"ts": "1.1", "text": post["text"], "blocks": post["blocks"]},
        "actions": [{"action_id": action_id, "value": ticket, "type": "button"}]})
    return ticket, status


def test_reviewer_acknowledging_a_report_updates_the_post_and_tells_the_reporter(bot):
    ticket, status = _it_post_and_press(bot, REVIEWER, "aup_report_acknowledge")
    assert status == 200
    replaced = bot.api.wait_for("response_url", where=lambda p: p.get("replace_original") in (True, "true"))
    assert "acknowledged" in json.dumps(replaced[0]["blocks"])
    assert report_store.get(bot.db, ticket)["status"] == "acknowledged"
    _deliver(bot)
    (told,) = bot.api.wait_for("chat.postMessage", where=lambda p: p["channel"] == "U0STAFF"
                                and ticket in p["text"] and "acknowledged" in p["text"].lower())
    assert told


def test_non_reviewer_pressing_a_reviewer_button_is_told_and_nothing_changes(bot):
    ticket, status = _it_post_and_press(bot, "U0NOTIT", "aup_report_resolve")
    assert status == 200
    (said,) = bot.api.wait_for("response_url", where=lambda p: "Only IT reviewers" in p.get("text", ""))
    assert said["response_type"] == "ephemeral" and said.get("replace_original") in (False, "false")
    assert report_store.get(bot.db, ticket)["status"] != "resolved"


def _home_for(bot, user: str) -> str:
    before = len(bot.api.called("views.publish"))
    bot.slack.event({"type": "app_home_opened", "user": user, "channel": "D0DM", "tab": "home"})
    published = bot.api.wait_for("views.publish", count=before + 1)[-1]
    assert published["user_id"] == user and published["view"]["type"] == "home"
    return json.dumps(published["view"])


def test_app_home_shows_the_users_reports_and_reviewers_also_see_open_reports(bot):
    bot.slack.command("report")
    view = bot.api.wait_for("views.open")[0]["view"]
    bot.slack.interaction(submission(view, **GOOD))
    ticket = report_store.by_reporter(bot.db, "slack:U0STAFF")[0]["ticket"]
    staff_home = _home_for(bot, "U0STAFF")
    assert ticket in staff_home and "Open reports" not in staff_home
    other_home = _home_for(bot, "U0OTHER")
    assert ticket not in other_home and "not filed any reports" in other_home
    reviewer_home = _home_for(bot, REVIEWER)
    assert "Open reports" in reviewer_home and ticket in reviewer_home


def test_home_tab_event_for_the_messages_tab_publishes_nothing(bot):
    bot.slack.event({"type": "app_home_opened", "user": "U0STAFF", "channel": "D0DM", "tab": "messages"})
    time.sleep(0.3)   # the event's work runs after its ack
    assert bot.api.called("views.publish") == []
