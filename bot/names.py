"""Display names of people and places, remembered for a while: the one bounded cache both adapters use.

Alerts, nudges and the App Home say "Ms. Rivera in #7th-grade-team", not `slack:U222` in `#C111`. Slack gives a
name only through a Web API call (users.info, conversations.info; bot/slack/names.py), Google Chat puts it in
the event (bot/gchat/names.py); either way a name is remembered here, so a second alert about the same poster
makes no second lookup. The cache is bounded twice: at most `size` entries (the least recently used go first)
and `ttl` seconds per entry (a renamed channel or a new display name shows within the hour).

A name is staff-controlled text. It is kept as typed; each platform's renderer neutralises the message it sits
in (bot/delivery/markup.py), so a display name such as "<!channel>" is shown, never acted on.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

NAME_CACHE_SIZE = 5000       # a large district: every staff member and channel a bot sees in a busy week
NAME_CACHE_TTL = 3600.0      # seconds: renames show within the hour
NAME_CHARS = 80              # a display name longer than this is cut: it sits inside one line of an alert


class NameCache:
    """A thread-safe LRU map of (kind, id) -> name whose entries also expire after `ttl` seconds.

    An empty name is remembered as well (a lookup that failed), for `miss_ttl` seconds only: the message falls
    back to the id, and an outage of the directory does not turn every alert into another failing call."""

    def __init__(self, size: int = NAME_CACHE_SIZE, ttl: float = NAME_CACHE_TTL, *, miss_ttl: float = 300.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.size = size
        self.ttl = ttl
        self.miss_ttl = miss_ttl
        self.clock = clock
        self._entries: OrderedDict[tuple[str, str], tuple[float, str]] = OrderedDict()
        self._lock = threading.Lock()
        self._pending: dict[tuple[str, str], threading.Lock] = {}

    def get(self, kind: str, key: str) -> str | None:
        """The remembered name ("" for a remembered failure), or None when unknown or expired."""
        with self._lock:
            entry = self._entries.get((kind, key))
            if entry is None:
                return None
            expires, name = entry
            if expires <= self.clock():
                del self._entries[(kind, key)]
                return None
            self._entries.move_to_end((kind, key))
            return name

    def put(self, kind: str, key: str, name: str) -> str:
        name = " ".join(str(name or "").split())[:NAME_CHARS]
        with self._lock:
            self._entries[(kind, key)] = (self.clock() + (self.ttl if name else self.miss_ttl), name)
            self._entries.move_to_end((kind, key))
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return name

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def name(self, kind: str, key: str, look_up: Callable[[], str]) -> str:
        """The cached name, or `look_up()` remembered; a lookup that raises counts as no name (never an error
        to the user: the message shows the id instead)."""
        known = self.get(kind, key)
        if known is not None:
            return known
        # One lookup per name even when several workers miss it at once (two messages from the same poster
        # processed side by side): the others wait for it instead of calling the Web API again.
        with self._lock:
            pending = self._pending.setdefault((kind, key), threading.Lock())
        with pending:
            known = self.get(kind, key)
            if known is not None:
                return known
            try:
                found = look_up()
            except Exception:   # the directory is a convenience: an id is a correct, if less friendly, answer
                found = ""
            name = self.put(kind, key, found)
        with self._lock:
            self._pending.pop((kind, key), None)
        return name
