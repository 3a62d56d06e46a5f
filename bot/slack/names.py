"""Slack display names for people and channels: users.info (users:read) and conversations.info (channels:read,
groups:read for private channels), through the bounded cache in bot/names.py.

Calls go through the WebClient the listener received, never a client of our own, so with several workspaces
each lookup uses that workspace's token. Slack ids are unique across workspaces (and org-wide on Enterprise
Grid), so one cache serves them all. A failed lookup (missing scope, user_not_found, an outage) gives "", and
the caller shows the id: a name is never worth an error.
"""
from __future__ import annotations

import logging

from slack_sdk import WebClient

from bot.names import NameCache

log = logging.getLogger("aupbot.slack")


class SlackNames:
    def __init__(self, cache: NameCache | None = None) -> None:
        self.cache = cache or NameCache()

    def person(self, client: WebClient, user_id: str) -> str:
        """The name Slack shows for a user: the display name, else the real name, else the handle."""
        return self.cache.name("user", user_id, lambda: _user_name(client, user_id))

    def channel(self, client: WebClient, channel_id: str) -> str:
        """A channel's name without the "#"; "" for a DM (D...), which has none."""
        if not channel_id or channel_id.startswith("D"):
            return ""
        return self.cache.name("channel", channel_id, lambda: _channel_name(client, channel_id))


def _user_name(client: WebClient, user_id: str) -> str:
    try:
        user = client.users_info(user=user_id).get("user") or {}
    except Exception as exc:   # SlackApiError (missing_scope, user_not_found), a refused connection
        log.warning("users.info failed for %s: %s", user_id, _reason(exc))
        return ""
    profile = user.get("profile") or {}
    return str(profile.get("display_name") or user.get("real_name") or profile.get("real_name")
               or user.get("name") or "")


def _channel_name(client: WebClient, channel_id: str) -> str:
    try:
        channel = client.conversations_info(channel=channel_id).get("channel") or {}
    except Exception as exc:
        log.warning("conversations.info failed for %s: %s", channel_id, _reason(exc))
        return ""
    return "" if channel.get("is_im") or channel.get("is_mpim") else str(channel.get("name") or "")


def _reason(exc: Exception) -> str:
    response = getattr(exc, "response", None)
    error = response.get("error") if response is not None and hasattr(response, "get") else None
    return str(error or type(exc).__name__)[:60]
