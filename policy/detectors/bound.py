"""The bound on a scan's work, and the mark of how far a bounded scan read: one owner for both.

Every pattern is RE2, so each search is linear in the text, but a unit examines every match it is handed (a card's
digits read both ways, a statement's value read clause by clause, a label's value looked for after it), at tens to
hundreds of microseconds a match. A hostile 200 KB message that repeats one trigger holds tens of thousands of
matches and took seconds. So a search over the message hands a unit at most `MOST_MATCHES` matches of one pattern
(and the label list holds at most as many labels); a chat message never comes near that (the longest labelled one is
under 1.4 KB, a 250-row pasted roster holds half as many matches of one pattern).

A scan that stopped early must say so, and what it did not examine must not travel (DESIGN.md: fails closed). Where
a search stops is recorded here, in the one `Bound` the scanner opens for a message: `examined_to` is the offset
before which every unit saw every match, and the scanner returns it with the findings (scanner.Partial);
`redaction.redact` and `scanner.mask_text` withhold the text past it. The units do not handle the bound themselves:
the search primitives apply it: a loop that takes matches one at a time asks a `Budget` (Pattern.finditer, the
PatternDetector loop, the label list), a list of spans is cut by `first` (Pattern.spans, a unit's own candidates).
"""
from __future__ import annotations

from contextvars import ContextVar, Token
from typing import Any, TypeVar

_Span = TypeVar("_Span", bound=tuple[Any, ...])  # (start, end, anything else)

# How many matches of one pattern, or labels, a search over one message hands the units. 500 keeps every hostile
# shape of bench/bench_hostile.py well under a second and is more than twice what a pasted roster of 250 rows holds.
MOST_MATCHES = 500


class Bound:
    """The scan of one message in progress: the (normalised) text the units read, and the offset before which
    every search examined every match (the text's length while nothing was cut short)."""

    __slots__ = ("text", "examined_to")

    def __init__(self, text: str) -> None:
        self.text = text
        self.examined_to = len(text)

    def stop(self, offset: int) -> None:
        """A search over the message stopped at `offset`: what comes after was not examined by every unit."""
        if offset < self.examined_to:
            self.examined_to = max(0, offset)


# the scan in progress on this thread (a ContextVar: each thread, and each asyncio task, sees its own)
_CURRENT: ContextVar[Bound | None] = ContextVar("aupbot_scan_bound", default=None)


def open_bound(text: str) -> tuple[Bound, Token[Bound | None]]:
    """Open the bound of a scan of `text` (the scanner, once per message that units read)."""
    bound = Bound(text)
    return bound, _CURRENT.set(bound)


def close_bound(token: Token[Bound | None]) -> None:
    _CURRENT.reset(token)


def bound_for(text: str) -> Bound | None:
    """The bound a search over `text` answers to: the open scan's when `text` is the message itself (a search of a
    window or a line is bounded by its size), None otherwise."""
    bound = _CURRENT.get()
    return bound if bound is not None and bound.text is text else None


def first(text: str, spans: list[_Span]) -> list[_Span]:
    """The first MOST_MATCHES of `spans` ((start, end, ...) over `text`, in text order), the stop recorded when some
    are cut: a unit's candidates that are not a pattern's matches (the groups of one long run of digits, the union
    of several patterns' spans). Outside a scan of `text` nothing is cut: nobody could be told."""
    if len(spans) <= MOST_MATCHES:
        return spans
    bound = bound_for(text)
    if bound is None:
        return spans
    bound.stop(min(spans[MOST_MATCHES - 1][1], spans[MOST_MATCHES][0]))
    return spans[:MOST_MATCHES]


class Budget:
    """How many more matches one search over the message may hand on: the bound's rule for a loop that takes matches
    one at a time (the PatternDetector loop, the label list, Pattern.finditer), so each says `take` and nothing more.
    When the budget is spent and one more match comes, everything before the earlier of that match's start and the
    last handed match's end was examined: the stop is recorded there."""

    __slots__ = ("_bound", "_left", "_last_end")

    def __init__(self, bound: Bound) -> None:
        self._bound = bound
        self._left = MOST_MATCHES
        self._last_end = 0

    def take(self, start: int, end: int) -> bool:
        """True: hand on the match at (start, end). False: the budget is spent, the stop is recorded; stop searching."""
        if self._left == 0:
            self._bound.stop(min(self._last_end, start))
            return False
        self._left -= 1
        self._last_end = end
        return True


def may_outrun(text: str) -> bool:
    """Whether one search over `text` can find more than MOST_MATCHES matches: each match a search hands on starts
    past the one before (an empty one moves on by a character), so it finds at most one more than the text has
    characters, and a chat message shorter than MOST_MATCHES never needs a budget (most of them: the budget and its
    look-up of the open scan were a few percent of a scan of the benchmark corpus)."""
    return len(text) >= MOST_MATCHES


def budget_for(text: str) -> Budget | None:
    """The budget of one search over `text`: None (no limit) outside a scan of `text` (see `bound_for`) or when
    `text` is too short to hold more matches than the bound (`may_outrun`)."""
    if len(text) < MOST_MATCHES:  # (may_outrun, inline: this runs for every search of every unit)
        return None
    bound = bound_for(text)
    return None if bound is None else Budget(bound)
