"""Which of the vocabulary's cue patterns can match a text, told by one pass over it.

Why: reading a question runs a few hundred cue patterns (facts, audiences, channels, accounts, topics, acts,
items), one regex search each, and most of them cannot match: their words are not in the question. Each pattern
spells some literal text that every match must contain ("google classroom" or "canvas" or ...: its *needles*,
read from the parsed pattern). One RE2 set of all the patterns' needles tells in a single scan which patterns may
match; a pattern whose needles are all absent is not run. The answer never changes: a sifted-out pattern could
not have matched, and a pattern without needles, or a text the needles cannot speak for, always runs.

The needles are lower-case ASCII and the text is lower-cased before the scan. That is exact for ASCII text (a
pattern's ASCII letters, with or without IGNORECASE, match only their two ASCII cases there); a text with any
other character ("ſ" and the Kelvin sign match "s" and "k" ignoring case) is not sifted: every pattern runs.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import re2

from policy.vocabulary import Cue

# RE2::Set says "no match" when its DFA runs out of memory; above this size every pattern simply runs
_SIFT_MAX_CHARS = 8_000
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_Needles = frozenset[str] | None


def _shortest(needles: frozenset[str]) -> int:
    return min(map(len, needles))


def _needles_of(items: Any) -> _Needles:
    """Strings one of which every match of this parsed sequence contains, or None when none is known. Each
    element of a sequence must match, so any element's needles serve: the one whose shortest needle is longest
    (the rarest) is kept."""
    found: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            found.append(frozenset({"".join(run)}))
            run.clear()

    for op, arg in items:
        if op is sre.LITERAL and arg < 128:
            run.append(chr(arg).lower())
            continue
        end_run()
        inner: _Needles = None
        if op is sre.SUBPATTERN:
            inner = _needles_of(arg[-1])
        elif op is sre.ATOMIC_GROUP:
            inner = _needles_of(arg)
        elif op in _REPEATS and arg[0] >= 1:
            inner = _needles_of(arg[2])
        elif op is sre.BRANCH:
            branches = [_needles_of(b) for b in arg[1]]
            if all(b is not None for b in branches):
                inner = frozenset().union(*(b for b in branches if b is not None))
        if inner:
            found.append(inner)
    end_run()
    return max(found, key=_shortest, default=None)


def needles(pattern: re.Pattern[str]) -> _Needles:
    """The literal strings (lower-case ASCII) one of which every match of `pattern` contains, or None."""
    return _needles_of(sre_parse.parse(pattern.pattern, pattern.flags))


class CueSieve:
    """The cues of one vocabulary, and one RE2 set of their needles."""

    def __init__(self, cues: Iterable[Cue]) -> None:
        self._always: set[int] = set()        # ids of cues without needles: they always run
        self._ids: list[int] = []             # the set's pattern index -> the id of its cue
        self._set = re2.Set.SearchSet(re2.Options())
        seen: set[int] = set()
        for cue in cues:
            if id(cue) in seen:
                continue
            seen.add(id(cue))
            found = needles(cue.pattern)
            if not found:
                self._always.add(id(cue))
                continue
            self._set.Add("|".join(re2.escape(n) for n in sorted(found)))
            self._ids.append(id(cue))
        self._set.Compile()

    def sift(self, text: str) -> set[int] | None:
        """The ids of the cues that may match `text`; None when all may (a text the needles cannot speak for)."""
        if not text.isascii() or len(text) > _SIFT_MAX_CHARS:
            return None
        return self._always.union(self._ids[i] for i in self._set.Match(text.lower()) or ())
