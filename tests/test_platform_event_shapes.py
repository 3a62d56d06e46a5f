"""Every event shape Slack and Google Chat document, replayed through the real serve stack: none gets a 5xx and
every one is acknowledged well within Slack's 3 seconds.

The payloads are written here after the shapes the platforms document (Slack's Events API, interactivity and
slash-command payloads as bolt-python's own tests build them; Google Chat's classic interaction events and the
Workspace add-on event object), with this district's ids: fields Slack or Google add over time are included
where they change routing (enterprise ids, shared-channel flags, authorizations, blocks, files, attachments).
"""
from __future__ import annotations

import json
import time
from urllib.parse import urlencode

import pytest
import requests

from tests.servers.google import ChatSigner, GoogleStandIn, events, service_account_file, serving, signing_key
from tests.servers.slack_api import BOT_USER_ID, TEAM_ID, RunningBot

ACK_SECONDS = 3.0
NOW = int(time.time())
WATCHED = "C0WATCHED"

# -- Slack ------------------------------------------------------------------------------------------------------

RICH_TEXT = [{"type": "rich_text", "block_id": "Qx1", "elements": [{"type": "rich_text_section", "elements": [
    {"type": "user", "user_id": BOT_USER_ID}, {"type": "text", "text": " can I friend a parent on Facebook?"}]}]}]


def _envelope(event: dict, n: int, **extra) -> dict:
    return {"token": "legacy-verification-token", "team_id": TEAM_ID, "api_app_id": "A0AUPBOT", "event": event,
            "type": "event_callback", "event_id": f"Ev0SHAPE{n:04d}", "event_time": NOW, "event_context": "4-eyJ",
            "authorizations": [{"enterprise_id": None, "team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True,
                                "is_enterprise_install": False}],
            "is_ext_shared_channel": False, **extra}


def _message(**fields) -> dict:
    return {"type": "message", "channel": "C0GENERAL", "user": "U0STAFF", "text": "hello", "ts": "1733300000.000100",
            "event_ts": "1733300000.000100", "channel_type": "channel", "team": TEAM_ID, **fields}


SLACK_EVENTS: dict[str, dict] = {
    "app_mention with rich text blocks": {"type": "app_mention", "user": "U0STAFF", "ts": "1733300000.000200",
                                          "client_msg_id": "6f0e2c1a", "text": f"<@{BOT_USER_ID}> can I friend a "
                                          "parent on Facebook?", "team": TEAM_ID, "blocks": RICH_TEXT,
                                          "channel": "C0GENERAL", "event_ts": "1733300000.000200"},
    "app_mention in a thread": {"type": "app_mention", "user": "U0STAFF", "ts": "1733300000.000300",
                                "thread_ts": "1733300000.000100", "text": f"<@{BOT_USER_ID}>", "channel": "C0GENERAL",
                                "event_ts": "1733300000.000300"},
    "message.im": _message(channel="D0DIRECT", channel_type="im", text="may I text a student?",
                           client_msg_id="a1b2", blocks=RICH_TEXT),
    "message.mpim": _message(channel="G0GROUPDM", channel_type="mpim", text="is Remind allowed for my class?"),
    "message.channels in a watched channel": _message(channel=WATCHED, text="lunch at noon"),
    "message.groups": _message(channel="G0PRIVATE", channel_type="group", text="hi team"),
    "message_changed": _message(channel=WATCHED, subtype="message_changed", hidden=True, user=None, text=None,
                                message={"type": "message", "user": "U0STAFF", "text": "now with 518-24-7391",
                                         "ts": "1733300000.000100", "edited": {"user": "U0STAFF",
                                                                              "ts": "1733300001.000000"}},
                                previous_message={"type": "message", "user": "U0STAFF", "text": "now",
                                                  "ts": "1733300000.000100"}),
    "message_changed by an unfurl": _message(channel=WATCHED, subtype="message_changed", hidden=True, user=None,
                                             text=None, message={"type": "message", "user": "U0STAFF", "text": "x",
                                                                 "ts": "1.1", "attachments": [{"id": 1}]},
                                             previous_message={"type": "message", "user": "U0STAFF", "text": "x",
                                                               "ts": "1.1"}),
    "message_deleted": _message(channel=WATCHED, subtype="message_deleted", hidden=True, user=None, text=None,
                                deleted_ts="1733300000.000100",
                                previous_message={"type": "message", "user": "U0STAFF", "text": "x", "ts": "1.1"}),
    "message_replied": _message(subtype="message_replied", hidden=True, user=None, text=None,
                                message={"type": "message", "user": "U0STAFF", "text": "parent", "ts": "1.1",
                                         "thread_ts": "1.1", "reply_count": 1}),
    "channel_join": _message(subtype="channel_join", text="<@U0NEW> has joined the channel", user="U0NEW"),
    "channel_topic": _message(subtype="channel_topic", text="set the topic", topic="Grades due Friday"),
    "bot_message": _message(channel=WATCHED, subtype="bot_message", user=None, bot_id="B0OTHER",
                            username="Other bot", text="SSN 518-24-7391"),
    "a message by this bot": _message(channel=WATCHED, bot_id="BAUPBOT", app_id="A0AUPBOT", text="my own post"),
    "file_share": _message(channel=WATCHED, subtype="file_share", text="", upload=False, display_as_bot=False,
                           files=[{"id": "F0ROSTER", "name": "roster.csv", "mimetype": "text/csv",
                                   "filetype": "csv", "size": 2048, "url_private":
                                   "https://files.slack.com/files-pri/T0CPS-F0ROSTER/roster.csv"}]),
    "thread_broadcast": _message(channel=WATCHED, subtype="thread_broadcast", thread_ts="1.1",
                                 root={"text": "parent", "ts": "1.1", "user": "U0STAFF"}, text="also here"),
    "message without text": _message(channel=WATCHED, text=None),
    "app_home_opened home": {"type": "app_home_opened", "user": "U0STAFF", "channel": "D0DIRECT", "tab": "home",
                             "event_ts": "1733300000.000400",
                             "view": {"id": "V0HOME", "team_id": TEAM_ID, "type": "home", "blocks": []}},
    "app_home_opened messages tab": {"type": "app_home_opened", "user": "U0STAFF", "channel": "D0DIRECT",
                                     "tab": "messages", "event_ts": "1733300000.000500"},
    "member_joined_channel": {"type": "member_joined_channel", "user": BOT_USER_ID, "channel": WATCHED,
                              "channel_type": "C", "team": TEAM_ID, "inviter": "U0ADMIN",
                              "event_ts": "1733300000.000600"},
    "reaction_added": {"type": "reaction_added", "user": "U0STAFF", "reaction": "thumbsup", "item_user": "U0OTHER",
                       "item": {"type": "message", "channel": "C0GENERAL", "ts": "1.1"},
                       "event_ts": "1733300000.000700"},
}


def _grid(event: dict) -> dict:
    """The same message from a Slack Connect channel of an Enterprise Grid org."""
    return {"enterprise_id": "E0DISTRICT", "context_team_id": TEAM_ID, "context_enterprise_id": "E0DISTRICT",
            "is_ext_shared_channel": True,
            "authorizations": [{"enterprise_id": "E0DISTRICT", "team_id": TEAM_ID, "user_id": BOT_USER_ID,
                                "is_bot": True, "is_enterprise_install": False}]}


SLACK_ENVELOPES: dict[str, dict] = {
    "url_verification": {"token": "legacy-verification-token",
                         "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                         "type": "url_verification"},
    "app_rate_limited": {"token": "legacy-verification-token", "type": "app_rate_limited", "team_id": TEAM_ID,
                         "minute_rate_limited": NOW // 60 * 60, "api_app_id": "A0AUPBOT"},
    "message in a Grid shared channel": _envelope(_message(text="hello from the org", user_team=TEAM_ID,
                                                           source_team=TEAM_ID), 900, **_grid({})),
}

SLACK_INTERACTIONS: dict[str, dict] = {
    "block_actions from an unknown button": {
        "type": "block_actions", "user": {"id": "U0STAFF", "username": "u0staff", "team_id": TEAM_ID},
        "container": {"type": "message", "message_ts": "1.1", "channel_id": "C0GENERAL", "is_ephemeral": False},
        "channel": {"id": "C0GENERAL", "name": "general"}, "message": {"type": "message", "ts": "1.1", "text": "x"},
        "actions": [{"type": "button", "action_id": "someone_elses_button", "block_id": "b1", "value": "v",
                     "action_ts": "1733300000.1", "text": {"type": "plain_text", "text": "Go"}}],
        "state": {"values": {}}},
    "block_actions from a modal": {
        "type": "block_actions", "user": {"id": "U0STAFF", "team_id": TEAM_ID},
        "container": {"type": "view", "view_id": "V0MODAL"},
        "view": {"id": "V0MODAL", "type": "modal", "callback_id": "aup_report_form", "private_metadata": "{}",
                 "state": {"values": {}}, "hash": "h", "blocks": []},
        "actions": [{"type": "static_select", "action_id": "category", "block_id": "category",
                     "selected_option": {"value": "misuse", "text": {"type": "plain_text", "text": "Misuse"}},
                     "action_ts": "1733300000.2"}]},
    "view_submission of an unknown modal": {
        "type": "view_submission", "user": {"id": "U0STAFF", "team_id": TEAM_ID},
        "view": {"id": "V0OTHER", "type": "modal", "callback_id": "not_ours", "private_metadata": "",
                 "state": {"values": {"b": {"a": {"type": "plain_text_input", "value": "x"}}}}, "hash": "h",
                 "blocks": [{"type": "input", "block_id": "b", "label": {"type": "plain_text", "text": "A"},
                             "element": {"type": "plain_text_input", "action_id": "a"}}]},
        "response_urls": []},
    "view_closed": {"type": "view_closed", "user": {"id": "U0STAFF", "team_id": TEAM_ID}, "is_cleared": False,
                    "view": {"id": "V0MODAL", "type": "modal", "callback_id": "aup_report_form", "hash": "h"}},
    "global shortcut not ours": {"type": "shortcut", "callback_id": "someone_elses_shortcut",
                                 "user": {"id": "U0STAFF", "username": "u0staff", "team_id": TEAM_ID},
                                 "action_ts": "1733300000.3"},
    "message shortcut: report this message": {
        "type": "message_action", "callback_id": "aup_report_message",
        "user": {"id": "U0STAFF", "name": "u0staff"}, "channel": {"id": "C0GENERAL", "name": "general"},
        "message_ts": "1733300000.000100", "message": {"type": "message", "user": "U0OTHER", "text": "see this",
                                                       "ts": "1733300000.000100"}},
    "block_suggestion not ours": {"type": "block_suggestion", "user": {"id": "U0STAFF", "team_id": TEAM_ID},
                                  "action_id": "ext_select", "block_id": "b", "value": "ab",
                                  "view": {"id": "V0", "type": "modal", "callback_id": "x", "hash": "h"}},
}

def _subscribed() -> set[str]:
    import yaml

    from bot.settings import PROJECT_ROOT

    manifest = yaml.safe_load((PROJECT_ROOT / "app_manifest.yml").read_text(encoding="utf-8"))
    names = manifest["settings"]["event_subscriptions"]["bot_events"]
    return {name.split(".")[0] for name in names}


SUBSCRIBED = _subscribed()

SLACK_COMMANDS: dict[str, str] = {"/aup help": "help", "/aup a question": "can I text my 9th graders?",
                                  "/aup empty": "", "/aup status": "status", "/aup watch without a switch": "watch"}


@pytest.fixture(scope="module")
def slack_bot(tmp_path_factory):
    from bot.settings import Settings
    from bot.store import Database

    settings = Settings.for_tests(tmp_path_factory.mktemp("shapes-slack"))
    db = Database(settings.db_path)
    with RunningBot(settings, db, slack_watch_channels=(WATCHED,), slack_it_channel="C0ITDESK") as running:
        running.slack.command("help")   # Bolt's one auth.test, outside the timings
        yield running
    db.close()


def _timed(call) -> tuple[int, object, float]:
    started = time.perf_counter()
    status, body = call()
    return status, body, time.perf_counter() - started


def _acked(status: int, elapsed: float, name: str) -> None:
    assert status < 500, f"{name}: HTTP {status}"
    assert elapsed < ACK_SECONDS, f"{name}: acknowledged after {elapsed:.2f} s"


@pytest.mark.parametrize("name", sorted(SLACK_EVENTS))
def test_a_slack_event_shape_is_acknowledged_in_time(slack_bot, name):
    n = sorted(SLACK_EVENTS).index(name)
    envelope = _envelope({k: v for k, v in SLACK_EVENTS[name].items() if v is not None}, n)
    status, _, elapsed = _timed(lambda: slack_bot.slack.post(json.dumps(envelope), "application/json"))
    _acked(status, elapsed, name)
    kind = SLACK_EVENTS[name]["type"]
    if kind in SUBSCRIBED:   # Slack sends only what the manifest subscribes to; Bolt answers 404 to the rest
        assert status == 200, f"{name}: HTTP {status}"


@pytest.mark.parametrize("name", sorted(SLACK_ENVELOPES))
def test_a_slack_envelope_shape_is_acknowledged_in_time(slack_bot, name):
    status, body, elapsed = _timed(lambda: slack_bot.slack.post(json.dumps(SLACK_ENVELOPES[name]),
                                                                "application/json"))
    _acked(status, elapsed, name)
    assert status == 200
    if name == "url_verification":
        assert body["challenge"] == SLACK_ENVELOPES[name]["challenge"]


@pytest.mark.parametrize("name", sorted(SLACK_INTERACTIONS))
def test_a_slack_interaction_shape_is_acknowledged_in_time(slack_bot, name):
    status, _, elapsed = _timed(lambda: slack_bot.slack.interaction(dict(SLACK_INTERACTIONS[name])))
    _acked(status, elapsed, name)


@pytest.mark.parametrize("name", sorted(SLACK_COMMANDS))
def test_a_slack_command_shape_is_acknowledged_in_time(slack_bot, name):
    status, _, elapsed = _timed(lambda: slack_bot.slack.command(SLACK_COMMANDS[name], enterprise_id="",
                                                                channel_name="general", is_enterprise_install="false"))
    _acked(status, elapsed, name)
    assert status == 200


def test_a_form_encoded_command_with_unicode_and_markup_is_acknowledged(slack_bot):
    body = urlencode({"command": "/aup", "text": "¿puedo enviar un mensaje a <@U0X|dana> &amp; padres?",
                      "team_id": TEAM_ID, "user_id": "U0STAFF", "channel_id": "C0GENERAL",
                      "response_url": slack_bot.api.response_url("uni"), "trigger_id": "1.2.3"})
    status, _, elapsed = _timed(lambda: slack_bot.slack.post(body, "application/x-www-form-urlencoded"))
    _acked(status, elapsed, "unicode command")


# -- Google Chat ------------------------------------------------------------------------------------------------

AUDIENCE = "123456789012"
ROOM = {"name": "spaces/ROOM1", "type": "ROOM", "spaceType": "SPACE", "displayName": "7th grade team",
        "spaceThreadingState": "THREADED_MESSAGES", "spaceHistoryState": "HISTORY_ON"}
DM = {"name": "spaces/DM100", "type": "DM", "spaceType": "DIRECT_MESSAGE", "singleUserBotDm": True}
BOT = {"name": "users/app", "displayName": "aupbot", "type": "BOT"}


def _classic(kind: str, space: dict, **fields) -> dict:
    return {"type": kind, "eventTime": "2026-12-04T18:00:00.000000Z", "space": space, "user": dict(events.USER),
            "common": {"hostApp": "CHAT", "userLocale": "en", "timeZone": {"id": "America/Chicago"}}, **fields}


def _chat_message(space: dict, text: str, **fields) -> dict:
    return {"name": f"{space['name']}/messages/m1.m1", "sender": dict(events.USER), "text": text,
            "argumentText": text, "formattedText": text, "createTime": "2026-12-04T18:00:00.000000Z",
            "thread": {"name": f"{space['name']}/threads/t1", "retentionSettings": {"state": "PERMANENT"}},
            "space": space, **fields}


def _addon(payload_key: str, payload: dict, **common) -> dict:
    return {"commonEventObject": {"hostApp": "CHAT", "platform": "WEB", "userLocale": "en", **common},
            "authorizationEventObject": {"systemIdToken": "omitted"},
            "chat": {"user": dict(events.USER), "eventTime": "2026-12-04T18:00:00.000000Z", payload_key: payload}}


CHAT_EVENTS: dict[str, dict] = {
    "MESSAGE in a DM": _classic("MESSAGE", DM, message=_chat_message(DM, "can I text a parent?")),
    "MESSAGE with an @mention annotation": _classic("MESSAGE", ROOM, message=_chat_message(
        ROOM, "@aupbot can I post class photos?", argumentText=" can I post class photos?", annotations=[
            {"type": "USER_MENTION", "startIndex": 0, "length": 7, "userMention": {"user": BOT, "type": "MENTION"}}])),
    "MESSAGE with a slash command": _classic("MESSAGE", ROOM, message=_chat_message(
        ROOM, "/aup help", argumentText=" help", slashCommand={"commandId": "1"}, annotations=[
            {"type": "SLASH_COMMAND", "startIndex": 0, "length": 4, "slashCommand": {
                "bot": BOT, "type": "INVOKE", "commandName": "/aup", "commandId": "1"}}])),
    "MESSAGE with an attachment": _classic("MESSAGE", DM, message=_chat_message(DM, "see file", attachment=[
        {"name": "spaces/DM100/messages/m1/attachments/a1", "contentName": "roster.xlsx", "contentType":
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "source": "UPLOADED_CONTENT",
         "attachmentDataRef": {"resourceName": "abc"}}])),
    "MESSAGE that is a thread reply": _classic("MESSAGE", ROOM, message=_chat_message(
        ROOM, "@aupbot and parents?", argumentText=" and parents?", threadReply=True)),
    "ADDED_TO_SPACE a room": _classic("ADDED_TO_SPACE", ROOM),
    "ADDED_TO_SPACE with a question": _classic("ADDED_TO_SPACE", ROOM, message=_chat_message(
        ROOM, "@aupbot can I use WhatsApp with staff?", argumentText=" can I use WhatsApp with staff?")),
    "ADDED_TO_SPACE a DM": _classic("ADDED_TO_SPACE", DM),
    "REMOVED_FROM_SPACE": _classic("REMOVED_FROM_SPACE", ROOM),
    "CARD_CLICKED for a function not ours": _classic("CARD_CLICKED", DM, action={
        "actionMethodName": "not_ours", "parameters": [{"key": "k", "value": "v"}]},
        message={"name": "spaces/DM100/messages/c1"}),
    "dialog submitted for a function not ours": _classic(
        "CARD_CLICKED", ROOM, isDialogEvent=True, dialogEventType="SUBMIT_DIALOG",
        action={"actionMethodName": "not_ours"}, common={"hostApp": "CHAT", "invokedFunction": "not_ours",
                                                         "formInputs": {"x": {"stringInputs": {"value": ["y"]}}}}),
    "dialog cancelled": _classic("CARD_CLICKED", ROOM, isDialogEvent=True, dialogEventType="CANCEL_DIALOG",
                                 common={"hostApp": "CHAT", "invokedFunction": "report_submit"}),
    "APP_COMMAND without a message": _classic("APP_COMMAND", ROOM, appCommandMetadata={
        "appCommandId": 1, "appCommandType": "QUICK_COMMAND"}),
    "WIDGET_UPDATE": _classic("WIDGET_UPDATE", ROOM, common={"hostApp": "CHAT", "invokedFunction": "autocomplete"}),
    "add-on messagePayload": _addon("messagePayload", {"space": DM, "message": _chat_message(DM, "can I text?")}),
    "add-on appCommandPayload without a message": _addon("appCommandPayload", {
        "space": ROOM, "appCommandMetadata": {"appCommandId": 1, "appCommandType": "QUICK_COMMAND"}}),
    "add-on addedToSpacePayload": _addon("addedToSpacePayload", {"space": ROOM, "interactionAdd": True}),
    "add-on removedFromSpacePayload": _addon("removedFromSpacePayload", {"space": ROOM}),
    "add-on buttonClickedPayload not ours": _addon("buttonClickedPayload", {
        "space": DM, "message": {"name": "spaces/DM100/messages/c1"}, "isDialogEvent": False},
        invokedFunction="not_ours", parameters={"k": "v"}),
    "add-on dialog submit not ours": _addon("buttonClickedPayload", {
        "space": ROOM, "isDialogEvent": True, "dialogEventType": "SUBMIT_DIALOG"},
        invokedFunction="not_ours", formInputs={"x": {"stringInputs": {"value": ["y"]}}}),
    "add-on widgetUpdatedPayload": _addon("widgetUpdatedPayload", {"space": ROOM}, invokedFunction="autocomplete"),
}


@pytest.fixture(scope="module")
def chat(tmp_path_factory):
    from bot.settings import Settings
    from bot.store import Database

    directory = tmp_path_factory.mktemp("shapes-chat")
    with GoogleStandIn() as google:
        settings = Settings.for_tests(directory).with_(
            port=0, gchat_audience=AUDIENCE, gchat_certs_url=google.certs_url, gchat_api_url=google.url,
            gchat_credentials=str(service_account_file(directory, google.token_url)))
        db = Database(settings.db_path)
        with serving(settings, db) as (_, url):
            yield url, ChatSigner(signing_key(), AUDIENCE)
        db.close()


@pytest.mark.parametrize("name", sorted(CHAT_EVENTS))
def test_a_chat_event_shape_is_answered_in_time(chat, name):
    url, signer = chat
    started = time.perf_counter()
    response = requests.post(url, data=json.dumps(CHAT_EVENTS[name]), timeout=30, headers={
        "Content-Type": "application/json", "Authorization": f"Bearer {signer.token()}"})
    elapsed = time.perf_counter() - started
    _acked(response.status_code, elapsed, name)
    assert response.status_code == 200, f"{name}: HTTP {response.status_code} {response.text[:200]}"
    assert "Traceback" not in response.text
    if name.startswith("add-on") and response.text:
        reply = response.json()
        assert not reply or set(reply) <= {"hostAppDataAction", "action", "renderActions"}, reply
