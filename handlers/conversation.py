"""Follow-up questions in a DM or the console: "can I text my 10th graders about the game?" then "what about
parents?" or "and on instagram?". Each conversation (a person in a place) keeps how its last question was read for
a few minutes, so a fragment is answered as the continuation it is (issue 14).

What is kept is the reading (who, channel, account, acts, facts, items: values of the policy's own vocabulary),
never the question's words, so no raw value a person typed is held here. It lives in memory, bounded: a restart
forgets it, which costs only a re-asked question.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from handlers.types import Person
from policy.situation import Situation

# Long enough for a quick "and what about...", short enough that tomorrow's question is read on its own.
CONTEXT_SECONDS = 300
MAX_CONVERSATIONS = 5000


class Conversations:
    """The last reading per (person, place), expiring after `ttl` seconds, at most `limit` conversations."""

    def __init__(self, ttl: float = CONTEXT_SECONDS, limit: int = MAX_CONVERSATIONS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.limit = limit
        self._clock = clock
        self._last: OrderedDict[tuple[str, str], tuple[float, Situation]] = OrderedDict()
        self._lock = threading.Lock()     # Slack listeners answer on worker threads

    def previous(self, person: Person, place: str) -> Situation | None:
        key = (person.id, place)
        with self._lock:
            entry = self._last.get(key)
            if entry is None:
                return None
            if self._clock() - entry[0] > self.ttl:
                del self._last[key]
                return None
            return entry[1]

    def remember(self, person: Person, place: str, situation: Situation | None) -> None:
        key = (person.id, place)
        with self._lock:
            if situation is None:
                self._last.pop(key, None)     # bad input or several questions at once: nothing to continue
                return
            self._last[key] = (self._clock(), situation)
            self._last.move_to_end(key)
            while len(self._last) > self.limit:
                self._last.popitem(last=False)


__all__ = ["CONTEXT_SECONDS", "Conversations"]
