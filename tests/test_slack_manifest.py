"""app_manifest.yml agrees with the code, both ways: every command, shortcut and event the listeners register is
declared, everything declared is registered, and the bot scopes are exactly those the code's Web API calls and
event subscriptions need. Plus the manifest schema's own limits, so Slack accepts the file."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.slack import listeners
from bot.slack.app import create_app
from bot.slack.component import EVENTS_PATH
from bot.slack.listeners import actions, commands, events, shortcuts, views

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = yaml.safe_load((ROOT / "app_manifest.yml").read_text())
SLACK_SOURCE = ROOT / "bot" / "slack"

# Slack's documented requirements (api.slack.com/methods, /events): what each method or subscription needs.
WEB_API_BOT_SCOPES = {
    "chat.postMessage": {"chat:write"}, "chat.postEphemeral": {"chat:write"}, "chat.update": {"chat:write"},
    "chat.getPermalink": set(), "views.open": set(), "views.update": set(), "views.publish": set(),
    "auth.test": set(),
    "users.info": {"users:read"}, "conversations.info": {"channels:read", "groups:read"},
    "files.getUploadURLExternal": {"files:write"}, "files.completeUploadExternal": {"files:write"},
    "files.info": {"files:read"},
}
WEB_API_USER_SCOPES = {"chat.delete": {"chat:write"}}
EVENT_SCOPES = {"app_home_opened": set(), "app_mention": {"app_mentions:read"},
                "message.channels": {"channels:history"}, "message.groups": {"groups:history"},
                "message.im": {"im:history"}, "message.mpim": {"mpim:history"}}
COMMAND_SCOPE = "commands"   # slash commands and shortcuts alike


def _web_api_methods(client_name: str) -> set[str]:
    """Web API methods called in bot/slack through `<client_name>.chat_postMessage(...)` and the like."""
    found = set()
    pattern = re.compile(rf"\b{client_name}\.(auth|chat|files|views|users|conversations|reactions)_(\w+)\(")
    for path in SLACK_SOURCE.rglob("*.py"):
        for family, method in pattern.findall(path.read_text()):
            found.add(f"{family}.{method}")
    return found


def test_manifest_slash_commands_are_exactly_the_registered_commands():
    declared = {c["command"] for c in MANIFEST["features"]["slash_commands"]}
    assert declared == set(commands.COMMANDS)


def test_manifest_shortcuts_are_exactly_the_registered_message_shortcuts():
    declared = {s["callback_id"] for s in MANIFEST["features"]["shortcuts"] if s["type"] == "message"}
    assert declared == set(shortcuts.SHORTCUTS)


def test_manifest_bot_events_are_exactly_the_registered_event_listeners():
    declared = {name.split(".")[0] for name in MANIFEST["settings"]["event_subscriptions"]["bot_events"]}
    assert declared == set(events.EVENTS)


def test_bot_scopes_are_exactly_what_the_code_calls_and_subscribes_to():
    methods = _web_api_methods("client")
    unknown = methods - set(WEB_API_BOT_SCOPES)
    assert not unknown, f"add the scopes of {unknown} to WEB_API_BOT_SCOPES and the manifest"
    needed = set().union(*(WEB_API_BOT_SCOPES[m] for m in methods))
    needed |= set().union(*(EVENT_SCOPES[e] for e in MANIFEST["settings"]["event_subscriptions"]["bot_events"]))
    if commands.COMMANDS or shortcuts.SHORTCUTS:
        needed.add(COMMAND_SCOPE)
    assert set(MANIFEST["oauth_config"]["scopes"]["bot"]) == needed


def test_user_scopes_cover_exactly_the_admin_clients_calls():
    methods = _web_api_methods("admin_client")
    assert methods == set(WEB_API_USER_SCOPES)
    assert set(MANIFEST["oauth_config"]["scopes"]["user"]) == set().union(*WEB_API_USER_SCOPES.values())


def test_interactivity_app_home_and_messages_tab_follow_the_listeners():
    assert MANIFEST["settings"]["interactivity"]["is_enabled"] is bool(actions.ACTIONS or views.VIEWS
                                                                        or shortcuts.SHORTCUTS)
    home = MANIFEST["features"]["app_home"]
    assert home["home_tab_enabled"] is ("app_home_opened" in events.EVENTS)
    assert home["messages_tab_enabled"] is ("message.im" in MANIFEST["settings"]["event_subscriptions"]["bot_events"])
    assert home["messages_tab_read_only_enabled"] is False   # people must be able to DM their questions


def test_every_request_url_is_the_path_serve_mounts():
    urls = [MANIFEST["settings"]["event_subscriptions"]["request_url"],
            MANIFEST["settings"]["interactivity"]["request_url"],
            *(c["url"] for c in MANIFEST["features"]["slash_commands"])]
    assert all(re.match(r"^https://", u) and u.endswith(EVENTS_PATH) for u in urls)
    assert isinstance(MANIFEST["settings"]["socket_mode_enabled"], bool)


def test_register_hands_every_registry_entry_to_bolt(settings, db):
    app = create_app(settings.with_(slack_bot_token="xoxb-x", slack_signing_secret="s"), db)
    registered = sum(len(m) for m in (commands.COMMANDS, events.EVENTS, actions.ACTIONS, views.VIEWS,
                                      shortcuts.SHORTCUTS)) + 1   # + the fallback for unknown commands
    assert len(app._listeners) == registered
    assert listeners.MODULES == (commands, events, actions, views, shortcuts)


# The manifest schema's limits (slackapi/manifest-schema, v1): Slack refuses a manifest that breaks them.
LIMITS = [
    (("display_information", "name"), 1, 35),
    (("display_information", "description"), 1, 140),
    (("display_information", "long_description"), 175, 4000),
    (("features", "bot_user", "display_name"), 1, 80),
]


@pytest.mark.parametrize("path,low,high", LIMITS)
def test_manifest_text_fields_are_within_slacks_limits(path, low, high):
    value = MANIFEST
    for key in path:
        value = value[key]
    assert low <= len(value) <= high


def test_manifest_commands_and_shortcuts_are_within_slacks_limits():
    assert re.fullmatch(r"#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?", MANIFEST["display_information"]["background_color"])
    for c in MANIFEST["features"]["slash_commands"]:
        assert c["command"].startswith("/") and 2 <= len(c["command"]) <= 32
        assert 1 <= len(c["description"]) <= 2000 and 1 <= len(c.get("usage_hint", "x")) <= 1000
    for s in MANIFEST["features"]["shortcuts"]:
        assert s["type"] in ("message", "global")
        assert 1 <= len(s["name"]) <= 24 and 1 <= len(s["description"]) <= 150 and len(s["callback_id"]) <= 255
    assert set(MANIFEST) <= {"_metadata", "display_information", "features", "oauth_config", "settings"}
