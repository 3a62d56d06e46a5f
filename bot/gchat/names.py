"""Google Chat display names: the events carry them (user and space displayName), so nothing is looked up; what
an event showed is remembered in the bounded cache (bot/names.py) for where Chat does not repeat it.

The space watcher reads messages with spaces.messages.list, whose `space` has a resource name only: the name a
space was last seen under in an event (an @mention, a command, the app being added) is what its nudges and
alerts say. A space never seen in an event is shown by its resource name, which is still correct.
"""
from __future__ import annotations

from bot.names import NameCache

# One per process: the Chat endpoint fills it, the poller (same `aupbot serve`) reads it.
SEEN = NameCache()


def remember(kind: str, key: str, name: str) -> str:
    """Keep a name an event showed ("space" or "user" by resource name); an empty one changes nothing."""
    return SEEN.put(kind, key, name) if key and name else name


def known(kind: str, key: str, given: str = "") -> str:
    """The name this payload gave (remembered), else the one last seen, else ""."""
    if given:
        return remember(kind, key, given)
    return SEEN.get(kind, key) or ""
