"""The neutral request types shared by every handler: who is asking and where, with no platform in them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.settings import Settings


@dataclass(frozen=True)
class Person:
    """A staff member, identified across platforms by a platform-qualified id: "slack:U123",
    "gchat:users/1234", "console:alice", "cli:alice"."""

    id: str
    name: str = ""
    email: str = ""
    roles: frozenset[str] = field(default_factory=frozenset)  # "reviewer", "admin"

    @property
    def shown(self) -> str:
        """What a message calls this person: the display name the adapter found (bot/names.py), else the id,
        which is always correct if less friendly."""
        return self.name or self.id

    @property
    def is_reviewer(self) -> bool:
        return "reviewer" in self.roles or "admin" in self.roles

    @property
    def is_admin(self) -> bool:
        return "admin" in self.roles


@dataclass(frozen=True)
class Place:
    """Where a message was posted: platform, channel or space id, and thread if any."""

    platform: str  # "slack", "gchat", "console"
    channel: str = ""
    thread: str | None = None
    channel_name: str = ""
    direct: bool = False   # a one-to-one conversation with the bot: asked in, never watched


def person_from_settings(person_id: str, settings: Settings, name: str = "", email: str = "") -> Person:
    """Attach the roles configured for this id (AUPBOT_REVIEWERS, AUPBOT_ADMINS)."""
    roles = set()
    if person_id in settings.reviewers:
        roles.add("reviewer")
    if person_id in settings.admins:
        roles.add("admin")
    return Person(id=person_id, name=name, email=email, roles=frozenset(roles))
