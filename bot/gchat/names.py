"""Google Chat display names: the events carry them (user and space displayName), so nothing is looked up; what
an event showed is remembered in the bounded cache (bot/names.py) for where Chat does not repeat it.

The space watcher reads messages with spaces.messages.list, whose `space` has a resource name only: the name a
space was last seen under in an event (an @mention, a command, the app being added) is what its nudges and
alerts say. A space never seen in an event is shown by its resource name, which is still correct.
"""
from __future__ import annotations

import threading

from bot.names import NameCache

# One cache per database (one deployment), shared by the Chat endpoint, which fills it, and the poller, which
# reads it: both run in the same `aupbot serve`.
_SEEN: dict[str, NameCache] = {}
_LOCK = threading.Lock()


def seen(db) -> NameCache:
    with _LOCK:
        return _SEEN.setdefault(str(db.path), NameCache())


def known(db, kind: str, key: str, given: str = "") -> str:
    """The name this payload gave ("space" or "user", by resource name), remembered; else the one last seen;
    else ""."""
    if given and key:
        return seen(db).put(kind, key, given)
    return (seen(db).get(kind, key) or "") if key else given
