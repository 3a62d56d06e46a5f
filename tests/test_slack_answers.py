"""Questions in Slack end to end: /aup answers privately in Block Kit, clarify buttons replace the message with the
final verdict, feedback is recorded, DMs and @mentions are answered in a thread. The expected wording comes from
handlers.ask itself, so these tests pin the rendering, not the policy."""
from __future__ import annotations

import json
import time

import pytest

from tests.servers.slack_api import BOT_USER_ID, RunningBot

ask = pytest.importorskip("handlers.ask")

CLEAR = "can I friend a student on Facebook?"
AMBIGUOUS = "can I text my team?"


@pytest.fixture
def bot(settings, db):
    with RunningBot(settings, db) as running:
        yield running


def _buttons(blocks: list[dict]) -> list[dict]:
    return [e for b in blocks if b["type"] == "actions" for e in b["elements"]]


def _press(bot, button: dict, user: str = "U0STAFF", message: dict | None = None):
    return bot.slack.interaction({
        "type": "block_actions", "user": {"id": user, "username": user.lower()},
        "container": {"type": "message", "channel_id": "C0GENERAL", "message_ts": "1.1", "is_ephemeral": True},
        "channel": {"id": "C0GENERAL"}, **({"message": message} if message else {}),
        "actions": [{"action_id": button["action_id"], "value": button["value"], "type": "button"}]})


def test_question_is_answered_privately_with_badge_answer_and_citation(bot):
    status, body = bot.slack.command(CLEAR)
    assert status == 200 and body == ""          # acked at once; the answer follows through response_url
    (answer,) = bot.api.wait_for("response_url")
    expected = ask.answer(CLEAR)
    rendered = json.dumps(answer["blocks"])
    assert answer["response_type"] == "ephemeral"
    assert expected.verdict_label in answer["blocks"][0]["text"]["text"]
    for quote in expected.citations:
        assert json.dumps(quote.section)[1:-1] in rendered
    assert any(b["type"] == "section" and b["text"]["text"].startswith(">") for b in answer["blocks"]) \
        or not any(q.text for q in expected.citations)
    assert {b["action_id"] for b in _buttons(answer["blocks"])} == {"aup_helpful", "aup_not_helpful"}


def test_clarify_buttons_replace_the_message_with_the_final_verdict(bot):
    first = ask.answer(AMBIGUOUS)
    assert first.verdict == "clarify" and first.options
    bot.slack.command(AMBIGUOUS)
    (asked,) = bot.api.wait_for("response_url")
    choices = [b for b in _buttons(asked["blocks"]) if b["action_id"].startswith("aup_clarify_")]
    assert [c["text"]["text"] for c in choices] == [o.label[:75] for o in first.options]
    status, _ = _press(bot, choices[0])
    assert status == 200
    (final,) = bot.api.wait_for("response_url", where=lambda p: p.get("replace_original") in (True, "true"))
    expected = ask.answer(AMBIGUOUS, choice_id=first.options[0].choice_id)
    assert expected.verdict_label in final["blocks"][0]["text"]["text"]
    assert not [b for b in _buttons(final["blocks"]) if b["action_id"].startswith("aup_clarify_")]


def test_helpful_button_is_recorded_and_thanked(bot):
    bot.slack.command(CLEAR)
    (answer,) = bot.api.wait_for("response_url")
    helpful = next(b for b in _buttons(answer["blocks"]) if b["action_id"] == "aup_helpful")
    status, _ = _press(bot, helpful)
    assert status == 200
    (thanks,) = bot.api.wait_for("response_url", where=lambda p: "feedback was recorded" in p.get("text", ""))
    assert thanks["response_type"] == "ephemeral"
    from bot.store import questions

    stored = questions.get(bot.db, int(helpful["value"]))
    assert stored["helpful"] == 1 and stored["feedback_by"] == "slack:U0STAFF"


def test_tampered_clarify_button_gets_a_clear_private_note_and_changes_nothing(bot):
    started = time.perf_counter()
    status, _ = _press(bot, {"action_id": "aup_clarify_0", "value": "not json"})
    assert status == 200 and time.perf_counter() - started < 1   # acked first (Slack's rule)
    (said,) = bot.api.wait_for("response_url")
    assert "could not be read" in said["text"] and said["replace_original"] in (False, "false")
    assert said["response_type"] == "ephemeral"


def test_direct_message_is_answered_in_a_thread(bot):
    bot.slack.event({"type": "message", "channel": "D0DM", "channel_type": "im", "user": "U0STAFF",
                     "text": CLEAR, "ts": "1700000000.000200"})
    (reply,) = bot.api.wait_for("chat.postMessage")
    assert reply["channel"] == "D0DM" and reply["thread_ts"] == "1700000000.000200"
    assert ask.answer(CLEAR).verdict_label in json.dumps(reply["blocks"])


def test_a_group_dm_with_the_bot_is_answered_like_a_dm(bot):
    bot.slack.event({"type": "message", "channel": "G0GROUPDM", "channel_type": "mpim", "user": "U0STAFF",
                     "text": CLEAR, "ts": "1700000000.000250"})
    (reply,) = bot.api.wait_for("chat.postMessage")
    assert reply["channel"] == "G0GROUPDM" and reply["thread_ts"] == "1700000000.000250"
    assert ask.answer(CLEAR).verdict_label in json.dumps(reply["blocks"])


def test_mention_is_answered_in_a_thread_without_the_mention_in_the_question(bot):
    bot.slack.event({"type": "app_mention", "channel": "C0GENERAL", "user": "U0STAFF",
                     "text": f"<@{BOT_USER_ID}> {CLEAR}", "ts": "1700000000.000300"})
    (reply,) = bot.api.wait_for("chat.postMessage")
    assert reply["thread_ts"] == "1700000000.000300"
    assert f"<@{BOT_USER_ID}>" not in json.dumps(reply["blocks"])


def test_a_megabyte_of_text_in_a_dm_gets_a_clear_answer_not_a_crash(bot):
    started = time.perf_counter()
    status, _ = bot.slack.event({"type": "message", "channel": "D0DM", "channel_type": "im", "user": "U0STAFF",
                                 "text": "can I " + "a" * 1_000_000, "ts": "1700000000.000400"})
    assert status == 200 and time.perf_counter() - started < 3
    (reply,) = bot.api.wait_for("chat.postMessage")
    assert "too long" in reply["text"]


def test_an_overlong_slash_question_gets_a_clear_answer(bot):
    bot.slack.command("may I " * 600)
    (reply,) = bot.api.wait_for("response_url")
    assert "too long" in reply["text"] and reply["response_type"] == "ephemeral"
