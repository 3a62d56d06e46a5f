"""Only the person who asked may rate an answer, and `/aup revoke N` says the same for an unknown number and for
someone else's approval (issue 12, item 12), in Slack and Google Chat through the real serve stack on loopback,
and in the console's command handler."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from handlers import approvals
from handlers.types import Person
from tests.servers.google import GoogleStandIn, chat_poster, events, service_account_file
from tests.servers.slack_api import RunningBot

QUESTION = "can I friend a student on Facebook?"
APPROVED_ON = (date.today() - timedelta(days=30)).isoformat()
REGISTER = f'register social subject="@LaneSoccer" approver="Dr. Ruiz" date={APPROVED_ON} form=F-1'
AUDIENCE = "123456789012"
AUP = 1
ASKER = {"name": "users/100", "displayName": "Dana Coach", "email": "dana@cps.edu", "type": "HUMAN"}
OTHER = {"name": "users/200", "displayName": "Sam Other", "email": "sam@cps.edu", "type": "HUMAN"}


def _helpful(db, ref: int):
    return db.query("SELECT helpful, feedback_by FROM questions WHERE id = ?", (ref,))[0]


# -- Slack -------------------------------------------------------------------------------------------------------


@pytest.fixture
def slack(settings, db):
    with RunningBot(settings, db) as running:
        yield running


def _slack_answer(bot, line: str, user: str) -> dict:
    before = len(bot.api.called("response_url"))
    bot.slack.command(line, user=user)
    return bot.api.wait_for("response_url", count=before + 1)[before]


def _press(bot, action_id: str, value: str, user: str) -> str:
    before = len(bot.api.called("response_url"))
    status, _ = bot.slack.interaction({
        "type": "block_actions", "user": {"id": user, "username": user.lower()},
        "container": {"type": "message", "channel_id": "C0GENERAL", "message_ts": "1.1", "is_ephemeral": False},
        "channel": {"id": "C0GENERAL"}, "actions": [{"action_id": action_id, "value": value, "type": "button"}]})
    assert status == 200
    return bot.api.wait_for("response_url", count=before + 1)[before]["text"]


def test_in_slack_only_the_asker_can_rate_the_answer(slack):
    answer = _slack_answer(slack, QUESTION, "U0ASKER")
    (ref,) = {e["value"] for b in answer["blocks"] if b["type"] == "actions" for e in b["elements"]
              if e["action_id"] == "aup_helpful"}
    said = _press(slack, "aup_not_helpful", ref, "U0OTHER")
    assert "Only the person who asked" in said
    assert _helpful(slack.db, int(ref)) == {"helpful": None, "feedback_by": None}
    assert _press(slack, "aup_not_helpful", "999999", "U0OTHER") == said     # an unknown ref: the same answer
    assert "recorded" in _press(slack, "aup_helpful", ref, "U0ASKER")
    assert _helpful(slack.db, int(ref)) == {"helpful": 1, "feedback_by": "slack:U0ASKER"}


def test_in_slack_revoking_someone_elses_approval_reads_like_an_unknown_number(slack):
    _slack_answer(slack, REGISTER, "U0ASKER")
    theirs = _slack_answer(slack, "revoke 1 gone", "U0OTHER")["text"]
    unknown = _slack_answer(slack, "revoke 2 gone", "U0OTHER")["text"]
    assert theirs == unknown.replace("#2", "#1")
    assert slack.db.query("SELECT revoked_at FROM approvals")[0]["revoked_at"] is None


# -- Google Chat -------------------------------------------------------------------------------------------------



@pytest.fixture
def chat(settings, db, tmp_path):
    with GoogleStandIn() as google:
        configured = settings.with_(
            port=0, gchat_audience=AUDIENCE, gchat_certs_url=google.certs_url, gchat_api_url=google.url,
            gchat_credentials=str(service_account_file(tmp_path, google.token_url)))
        with chat_poster(configured, db, AUDIENCE) as post:
            yield post


def test_in_chat_only_the_asker_can_rate_the_answer(chat, db):
    card = chat(events.message(QUESTION, user=dict(ASKER)))["cardsV2"][0]["card"]
    (feedback,) = [s for s in card["sections"] if s.get("header") == "Was this helpful?"]
    action = feedback["widgets"][0]["buttonList"]["buttons"][1]["onClick"]["action"]
    params = {p["key"]: p["value"] for p in action["parameters"]}
    said = chat(events.card_clicked("aup_feedback", params, user=dict(OTHER)))["text"]
    assert "Only the person who asked" in said
    assert _helpful(db, int(params["ref"])) == {"helpful": None, "feedback_by": None}
    unknown = chat(events.card_clicked("aup_feedback", {**params, "ref": "999999"}, user=dict(OTHER)))["text"]
    assert unknown == said
    assert "Thanks" in chat(events.card_clicked("aup_feedback", params, user=dict(ASKER)))["text"]
    assert _helpful(db, int(params["ref"])) == {"helpful": 0, "feedback_by": "gchat:users/100"}


def test_in_chat_revoking_someone_elses_approval_reads_like_an_unknown_number(chat, db):
    chat(events.slash_command(AUP, REGISTER, user=dict(ASKER)))
    theirs = chat(events.slash_command(AUP, "revoke 1", user=dict(OTHER)))["text"]
    unknown = chat(events.slash_command(AUP, "revoke 2", user=dict(OTHER)))["text"]
    assert theirs == unknown.replace("#2", "#1")
    assert db.query("SELECT revoked_at FROM approvals")[0]["revoked_at"] is None


# -- the console's handler -----------------------------------------------------------------------------------------


def test_in_the_console_revoking_someone_elses_approval_reads_like_an_unknown_number(db, settings):
    owner, other = Person("console:alice", name="Alice"), Person("console:bob", name="Bob")
    assert "Registered #1" in approvals.command(db, settings, owner, REGISTER)
    theirs = approvals.command(db, settings, other, "revoke 1")
    assert theirs == approvals.command(db, settings, other, "revoke 7").replace("#7", "#1")
    assert "is revoked" in approvals.command(db, settings, owner, "revoke 1")
