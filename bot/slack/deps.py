"""What every Slack listener needs besides the request: settings, the database and the optional admin client.

A global middleware puts one `SlackDeps` into Bolt's context as `context["aup"]`, so listeners stay plain module
functions that Bolt calls with its usual keyword arguments (body, ack, client, context, ...).
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any

from slack_sdk import WebClient

from bot.settings import Settings
from bot.slack.names import SlackNames
from bot.store import Database
from handlers.conversation import Conversations
from handlers.types import Person, Place, person_from_settings
from policy.bundle import PolicyBundle

PLATFORM = "slack"


@dataclass(frozen=True)
class SlackDeps:
    settings: Settings
    db: Database
    bundle: PolicyBundle   # the one loaded policy (policy.bundle), built by whoever built the app
    admin_client: WebClient | None = None   # only with SLACK_ADMIN_USER_TOKEN: deletions need a user token
    intake: Any = None   # bot.slack.intake.EventIntake: records events before their ack, marks them done after
    # views.open on a fresh trigger_id (bot/slack/listener.py): its own threads, never queued behind other work
    modal_pool: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=4, thread_name_prefix="slack-modal"))
    # display names of users and channels (users.info, conversations.info), cached with a bound; looked up
    # through the client each listener receives, so each workspace's own token is used
    names: SlackNames = field(default_factory=SlackNames)
    # the last question's reading per DM, so "what about parents?" continues it (handlers/conversation.py)
    conversations: Conversations = field(default_factory=Conversations)

    # the team (or, for an org-wide install without a team, the Grid org) the request came from: admin commands
    # act on it, and its stored settings (its IT channel) replace the global ones in `settings`
    workspace: str = ""
    enterprise: str = ""
    workspaces: Any = None   # bot.store.installations.WorkspaceChannels: each workspace's own IT channel

    def in_workspace(self, team_id: str | None, enterprise_id: str | None) -> SlackDeps:
        """These deps as seen from one workspace: its own IT channel (if an admin set one) over the global one."""
        workspace = team_id or enterprise_id or ""
        if not workspace:
            return self
        channel = self.workspaces.it_channel((team_id or "", enterprise_id or "")) if self.workspaces else None
        settings = self.settings.with_(slack_it_channel=channel) if channel else self.settings
        return replace(self, settings=settings, workspace=workspace, enterprise=enterprise_id or "")

    def __deepcopy__(self, memo) -> SlackDeps:
        # Bolt deep-copies the context for lazy listeners; these are shared handles (the database, the clients),
        # not data, so the copy is the same object.
        return self

    def person(self, user_id: str, name: str = "") -> Person:
        return person_from_settings(f"{PLATFORM}:{user_id}", self.settings, name=name)

    def place(self, channel: str, thread: str | None = None, channel_name: str = "") -> Place:
        return Place(platform=PLATFORM, channel=channel, thread=thread, channel_name=channel_name)

    def named_person(self, client: WebClient, user_id: str) -> Person:
        """The person with the name Slack shows for them (users.info, cached); the id where the lookup fails."""
        return self.person(user_id, self.names.person(client, user_id))

    def named_place(self, client: WebClient, channel: str, thread: str | None = None) -> Place:
        """The place with its channel name (conversations.info, cached); the id where the lookup fails."""
        return self.place(channel, thread=thread, channel_name=self.names.channel(client, channel))


def slack_user(person_id: str) -> str:
    """"slack:U123" -> "U123"; anything already bare is returned as it is."""
    return person_id.split(":", 1)[1] if person_id.startswith(f"{PLATFORM}:") else person_id


class BadPayload(ValueError):
    """A request from Slack lacks a field we need: answered with a 400, never a traceback."""


def require(mapping: object, *keys: str) -> list:
    """The values of `keys` in a payload dict, or BadPayload naming the first missing one (never its value)."""
    if not isinstance(mapping, dict):
        raise BadPayload("payload is not an object")
    missing = [k for k in keys if mapping.get(k) in (None, "")]
    if missing:
        raise BadPayload(f"payload lacks {missing[0]}")
    return [mapping[k] for k in keys]


def user_of(body: dict) -> tuple[str, str]:
    """(user id, display name) of whoever pressed, submitted or invoked an interactive payload."""
    (user,) = require(body, "user")
    (user_id,) = require(user, "id")
    return user_id, str(user.get("username") or user.get("name") or "")
