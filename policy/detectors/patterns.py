"""RE2 patterns matched the fast way: on bytes when the text is ASCII.

google-re2's Python wrapper converts every match offset between UTF-8 bytes and characters when it is
given a str, which costs more than the matching itself on chat-sized messages. Almost every normalised
message is ASCII, where byte and character offsets are the same, so a Pattern matches the encoded bytes
then and falls back to the str interface (with the wrapper's offset conversion) otherwise. Same RE2
engine, same linear-time guarantee, identical results.
"""
from __future__ import annotations

import weakref
from collections.abc import Iterator
from functools import partial
from itertools import islice
from typing import Any, Protocol

import re2

from policy.detectors.bound import MOST_MATCHES, Budget, bound_for, budget_for, first, may_outrun


class RegexMatch(Protocol):
    """What the units read from a match, whichever way it was found: RE2's str match (the library ships no
    types), an AsciiMatch or a RawMatch."""

    def span(self, group: int = 0) -> tuple[int, int]: ...

    def start(self, group: int = 0) -> int: ...

    def end(self, group: int = 0) -> int: ...

    # `str | Any` as typeshed gives re.Match.group: None only for a group that did not take part, which the
    # pattern's shape usually rules out; a unit checks for None where a group is optional
    def group(self, group: int = 0) -> str | Any: ...

    @property
    def lastindex(self) -> int | None: ...


class _BytesMatch(Protocol):
    """RE2's match on bytes, as far as AsciiMatch reads it."""

    def span(self, group: int = 0) -> tuple[int, int]: ...

    def group(self, group: int = 0) -> bytes | None: ...

    @property
    def lastindex(self) -> int | None: ...


class AsciiMatch:
    """A bytes match that answers like a str match (valid because the text was ASCII)."""

    __slots__ = ("_m",)

    def __init__(self, m: _BytesMatch) -> None:
        self._m: _BytesMatch = m

    def span(self, group: int = 0) -> tuple[int, int]:
        return self._m.span(group)

    def start(self, group: int = 0) -> int:
        return self._m.span(group)[0]

    def end(self, group: int = 0) -> int:
        return self._m.span(group)[1]

    def group(self, group: int = 0) -> str | None:
        value = self._m.group(group)
        return None if value is None else value.decode("ascii")

    @property
    def lastindex(self) -> int | None:
        return self._m.lastindex


class RawMatch(tuple):  # type: ignore[type-arg]
    """A match straight from RE2's C++ `Match` (spans per group) on ASCII bytes: (spans, text). A tuple
    subclass, built by `tuple.__new__` without a Python-level __init__: one is made for every match of
    every pattern."""

    __slots__ = ()

    def span(self, group: int = 0) -> tuple[int, int]:
        span: tuple[int, int] = self[0][group]
        return span

    def start(self, group: int = 0) -> int:
        start: int = self[0][group][0]
        return start

    def end(self, group: int = 0) -> int:
        end: int = self[0][group][1]
        return end

    def group(self, group: int = 0) -> str | None:
        a, b = self[0][group]
        return None if a < 0 else self[1][a:b]

    @property
    def lastindex(self) -> int | None:
        spans = self[0]
        last = None
        for index in range(1, len(spans)):
            if spans[index][0] >= 0:
                last = index
        return last


# tuple.__new__ without RawMatch's Python-level __new__; base.PatternDetector builds its matches with it too
new_raw_match = partial(tuple.__new__, RawMatch)


class RawMatcher(Protocol):
    """RE2's C++ `Match` (google-re2's private API, see below): the (start, end) of every group, (-1, -1) for a
    group that did not take part, all (-1, -1) for no match."""

    def __call__(self, anchor: object, data: bytes, pos: int, endpos: int) -> list[tuple[int, int]]: ...


# google-re2 (pinned < 2) exposes its compiled C++ object and anchor enum on the wrapper; driving `Match`
# directly skips the wrapper's per-match generator. This is a private API, kept on purpose: the public
# path (bytes `finditer`/`search` and the match objects' `span()`) measured 15-20% slower over the whole
# scan of the benchmark corpus, which is the margin of the 50x-Presidio target. If a release hides these
# attributes, every Pattern falls back to the public API by itself (same results; a test pins that), so
# an upgrade costs speed, not correctness.
UNANCHORED = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
_ANCHOR_BOTH = getattr(getattr(re2, "_Anchor", None), "ANCHOR_BOTH", None)
ANCHOR_START = getattr(getattr(re2, "_Anchor", None), "ANCHOR_START", None)
# What RE2's empty-width assertions (^, $, \b, \B, multi-line ^) can tell apart at the end of a text: nothing
# before it, or a word character, a line break or any other character before it
_END_CONTEXTS = (b"", b"a", b"\n", b" ")


# RE2's DFA budget per pattern (a ceiling, not an allocation; RE2's default is 8 MB). The long alternations (the
# labels, the record terms) need more DFA states than 8 MB holds on varied real chat, and RE2 then flushes and
# rebuilds its state cache over and over: a quarter of the scan time on the review sets, invisible on a
# benchmark of a few templates. Results never depend on it (a DFA that gives up falls back to the NFA).
_OPTIONS = re2.Options()
_OPTIONS.max_mem = 64 << 20
# the same with every group read as a non-capturing one (`Pattern(capture=False)`): RE2 then finds a match's two
# ends by DFA alone, where groups in a large program cost a pass of its NFA over the match
_NO_CAPTURE = re2.Options()
_NO_CAPTURE.max_mem = _OPTIONS.max_mem
_NO_CAPTURE.never_capture = True


# every pattern not yet compiled (see Pattern): `compile_all` compiles them where a process wants no first-use cost
_LAZY: weakref.WeakSet[Pattern] = weakref.WeakSet()
# the attributes `Pattern._compile` sets: reading one before it has run compiles the pattern
_COMPILED_SLOTS = frozenset({"_bytes", "_raw", "groups", "raw_match", "may_end_empty"})


class Pattern:
    """An RE2 pattern, compiled on first use: a process builds every detector's patterns (about 300) to scan one
    message, and most of them serve units that message never wakes. Compiling only what is used keeps a cold
    `aupbot ask` that carries a value within its budget; `compile_all` compiles the rest where first-use latency
    matters (`aupbot serve` at start, the benchmark). Until then the instance is a `_FirstUse`, whose `__getattr__`
    compiles it on the first read of a compiled attribute; compiling makes it a plain `Pattern` again, a class
    without `__getattr__`, so that the hot path pays nothing for the laziness (a class with `__getattr__` is read
    through a slow hook on EVERY attribute, and the interpreter cannot specialise its slot reads: about 140 ns a
    read instead of 4, and the units read a pattern's matcher, groups and end flag for every search).
    `lazy=False` compiles at once (a district's own patterns, so a bad one is reported when the file is
    loaded)."""

    __slots__ = ("pattern", "_str", "_bytes", "_raw", "groups", "raw_match", "needs", "may_end_empty", "capture",
                 "__weakref__")

    def __init__(self, pattern: str, needs: tuple[str, ...] = (), *, lazy: bool = True, capture: bool = True) -> None:
        """`needs`: lower-case ASCII strings one of which any match must hold (a case-insensitive pattern's own
        words, declared beside it). `search` then decides ASCII text that holds none of them by substring tests
        (C speed) instead of an RE2 call; a rule searched in a window around every candidate rarely finds its
        word there. Only ASCII text is decided so: RE2's case folding maps a few other letters onto ASCII ones
        (the Kelvin sign onto "k"), so any other text is searched."""
        self.pattern = pattern
        self.needs = needs
        self.capture = capture  # False: the groups are read as non-capturing (the match's span only)
        # the str form serves only non-ASCII text, a small share of chat: it is compiled on its own first use
        self._str: re2._Regexp | None = None
        if lazy:
            self.__class__ = _FirstUse
            _LAZY.add(self)
        else:
            self._compile()

    def _compile(self) -> None:
        self._bytes = re2.compile(self.pattern.encode("utf-8"), options=_OPTIONS if self.capture else _NO_CAPTURE)
        self._raw = getattr(self._bytes, "_regexp", None) if UNANCHORED is not None else None
        self.groups = self._bytes.groups
        # the C++ matcher on ASCII bytes, or None when this google-re2 hides it (callers then use finditer)
        self.raw_match: RawMatcher | None = self._raw.Match if self._raw is not None else None
        # whether a match can be empty at the very end of a text; when it cannot (almost every pattern), a
        # search loop that has reached the end stops there instead of making one more RE2 call on nothing (a
        # value that ends its message, "door code is 4417", is the last thing many messages say)
        self.may_end_empty = self._raw is None or _ANCHOR_BOTH is None or any(
            self._raw.Match(_ANCHOR_BOTH, context, len(context), len(context))[0][0] >= 0 for context in _END_CONTEXTS)
        _LAZY.discard(self)
        self.__class__ = Pattern

    def _unicode(self) -> re2._Regexp:
        if self._str is None:
            self._str = re2.compile(self.pattern, options=_OPTIONS if self.capture else _NO_CAPTURE)
        return self._str

    def finditer(self, text: str, resume_group: int | None = None) -> Iterator[RegexMatch]:
        """Every match (over the message being scanned, the first MOST_MATCHES: policy/detectors/bound.py)."""
        matches = self._finditer(text, resume_group)
        budget = budget_for(text)
        return matches if budget is None else _bounded(matches, budget)

    def _finditer(self, text: str, resume_group: int | None = None) -> Iterator[RegexMatch]:
        """Every match, left to right. With `resume_group` the next search starts where that group (-1: the
        last group that took part) ended, not where the whole match did: a pattern that reads one character
        of context after a value ("536-22-8741 536-22-8742") must leave it to the next value as its left
        context, or every second value of a list is lost."""
        if resume_group is not None:
            if self._raw is not None and text.isascii():
                return self._raw_finditer(text, resume_group)
            return self._resuming_finditer(text, resume_group)
        if not text.isascii():
            matches: Iterator[RegexMatch] = self._unicode().finditer(text)
            return matches
        if self._raw is None:
            return map(AsciiMatch, self._bytes.finditer(text.encode("ascii")))
        return self._raw_finditer(text)

    def _resuming_finditer(self, text: str, group: int) -> Iterator[RegexMatch]:
        ascii_text = text.isascii()
        regex = self._bytes if ascii_text else self._unicode()
        data = text.encode("ascii") if ascii_text else text
        pos, end = 0, len(text)
        while pos <= end:
            found = regex.search(data, pos)
            if found is None:
                return
            m: RegexMatch = AsciiMatch(found) if ascii_text else found
            yield m
            g = group if group >= 0 else (m.lastindex or 0)
            a, b = m.span()
            resume = m.span(g)[1] if m.span(g)[0] >= 0 else b
            pos = resume if resume > pos else max(b, pos + 1)

    def _raw_finditer(self, text: str, group: int | None = None) -> Iterator[RawMatch]:
        assert self._raw is not None  # the callers chose this path because it is there
        data = text.encode("ascii")
        match, pos, end, at_end = self._raw.Match, 0, len(data), self.may_end_empty
        while pos < end or pos == end and at_end:
            spans = match(UNANCHORED, data, pos, end)
            a, b = spans[0]
            if a < 0:
                return
            found: RawMatch = new_raw_match((spans, text))
            yield found
            if group is not None:
                g = group if group >= 0 else (found.lastindex or 0)
                if spans[g][0] >= 0 and spans[g][1] > pos:
                    b = spans[g][1]
            pos = b if b > pos else pos + 1  # an empty match must still move forward

    def spans(self, text: str, data: bytes | None = None, most: int = 0, *,
              bounded: bool = True) -> list[tuple[int, int]]:
        """The (start, end) of every match, nothing else: for patterns without groups, where RE2 finds both
        ends by DFA alone and no match object is worth building. `data`: the text already encoded, when the
        caller has it (ScanContext.ascii_bytes). `most` (when > 0): how many matches the caller knows the text can
        hold at most (eight digits in a row, in a message with fewer than sixteen digits: one); the search stops
        once it has them, without the last RE2 call that would find nothing (about 0.4 us a call). Over the message
        being scanned, at most MOST_MATCHES (policy/detectors/bound.py). `bounded=False` is for a reader whose work
        per match is a lookup or two (the name reader's word pass): its cost is linear in the text and cutting it would
        withhold ordinary long prose, so it bounds what it hands on instead (bound.first)."""
        if bounded and (most <= 0 or most > MOST_MATCHES) and may_outrun(text) and bound_for(text) is not None:
            # one match past the budget tells `first` whether the search was cut, and where
            return first(text, self._spans(text, data, MOST_MATCHES + 1))
        return self._spans(text, data, most)

    def _spans(self, text: str, data: bytes | None, most: int) -> list[tuple[int, int]]:
        match = self.raw_match  # (the C++ matcher, bound once when the pattern was compiled)
        if data is None:
            if match is None or not text.isascii():
                return [m.span() for m in islice(self._finditer(text), most or None)]
            data = text.encode("ascii")
        elif match is None:
            return [m.span() for m in islice(self._finditer(text), most or None)]
        end = len(data)
        if not end and not self.may_end_empty:
            return []
        span: tuple[int, int] = match(UNANCHORED, data, 0, end)[0]
        if span[0] < 0:
            return []  # most calls: one search, nothing found, no list built
        found = [span]
        if most == 1:
            return found
        pos = span[1] if span[1] > 0 else 1
        stop = end + 1 if self.may_end_empty else end
        while pos < stop and len(found) != most:
            span = match(UNANCHORED, data, pos, end)[0]
            if span[0] < 0:
                break
            found.append(span)
            pos = span[1] if span[1] > pos else pos + 1
        return found

    def search(self, text: str) -> RegexMatch | None:
        if not text.isascii():
            m: RegexMatch | None = self._unicode().search(text)
            return m
        if self.needs:
            lowered = text.lower()
            for word in self.needs:  # (a loop, not any() over a generator: this runs per candidate)
                if word in lowered:
                    break
            else:
                return None
        data = text.encode("ascii")
        if self._raw is None:
            found = self._bytes.search(data)
            return None if found is None else AsciiMatch(found)
        spans = self._raw.Match(UNANCHORED, data, 0, len(data))
        return None if spans[0][0] < 0 else new_raw_match((spans, text))


def _bounded(matches: Iterator[RegexMatch], budget: Budget) -> Iterator[RegexMatch]:
    """The matches the budget of a search over the scanned message hands on (its first MOST_MATCHES)."""
    for m in matches:
        if not budget.take(m.start(), m.end()):
            return
        yield m


class _FirstUse(Pattern):
    """A Pattern not compiled yet: reading a compiled attribute compiles it (and makes it a plain Pattern)."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        # called only for a slot not yet set: the compiled forms, before first use
        if name in _COMPILED_SLOTS:
            self._compile()
            return object.__getattribute__(self, name)
        raise AttributeError(name)


def compile_all() -> int:
    """Compile every pattern not compiled yet (after the detectors are built): how many were."""
    pending = list(_LAZY)
    for pattern in pending:
        pattern._compile()
    return len(pending)
