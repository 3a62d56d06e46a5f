"""What a detector is: a small unit that proposes candidates; validation and context decide.

A unit declares a name, the finding type it reports, its patterns (RE2, so matching stays linear in the
text whatever the input) and the context words it needs; `find(ctx)` yields candidates in normalised
offsets. The scanner maps them back to the original text and attaches severity from the policy file.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, NamedTuple, Protocol

from policy.detectors.bound import budget_for
from policy.detectors.patterns import ANCHOR_START, UNANCHORED, Pattern, RegexMatch, new_raw_match
from policy.translate_tables import ascii_table

if TYPE_CHECKING:  # pragma: no cover
    from policy.detectors.context import ScanContext


class Candidate(NamedTuple):
    """A value a unit found, in normalised offsets."""

    type: str
    start: int
    end: int
    detector: str


class Detector(Protocol):
    # read-only: a unit may be a frozen dataclass or a class with class attributes
    @property
    def name(self) -> str: ...

    @property
    def finding_type(self) -> str: ...

    # RE2 patterns: the unit can only find something where one of them matches (the scanner's prefilter)
    @property
    def triggers(self) -> tuple[str, ...]: ...

    def find(self, ctx: ScanContext) -> Iterable[Candidate]: ...


Accept = Callable[["ScanContext", "Match"], bool]


@dataclass(frozen=True)
class PatternDetector:
    """The common shape: one or more RE2 patterns; `group` names the value; `accept` validates and weighs
    context. Most units are one of these with their own pattern and acceptance rule."""

    name: str
    finding_type: str
    patterns: tuple[str, ...]
    accept: Accept
    group: int = 0  # -1: the last group that took part (one alternation of several formats)
    trigger_patterns: tuple[str, ...] = ()  # default: the patterns themselves
    # The characters a value opens with, for a pattern written as a value after an optional one-character left context
    # that is none of them ("(?:^|[^A-Za-z0-9])(?:...)", no capture group, nothing but assertions after the value):
    # the value is the match without that character. RE2 then finds the match by DFA alone; a value group would
    # cost a backtracking pass over every match, which a counted repetition makes slow (an e-mail address's
    # "{0,63}": about 8 us a match against 0.6 us without the group).
    opens_with: frozenset[str] = frozenset()
    # The formats of a one-pattern unit whose pattern is their alternation ("|".join(f"(?:{p})" ...), each format
    # with its own value group): a large alternation with groups makes RE2 read every match's groups with its NFA
    # (the birth-date formats: several microseconds a match). With them, ASCII text is searched without groups (DFA
    # alone), and the groups are read from the first format that matches where that match starts, a small program
    # of its own. Leftmost-first, that format's match is the alternation's, so the spans are the same.
    alternatives: tuple[str, ...] = ()
    compiled: tuple[Pattern, ...] = field(init=False, repr=False, compare=False)
    # (for `alternatives`: the alternation without groups, and each format alone)
    _whole: Pattern | None = field(init=False, repr=False, compare=False, default=None)
    _formats: tuple[Pattern, ...] = field(init=False, repr=False, compare=False, default=())

    @property
    def triggers(self) -> tuple[str, ...]:
        return self.trigger_patterns or self.patterns

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", tuple(Pattern(p) for p in self.patterns))
        if self.alternatives:
            if self.patterns != ("|".join(f"(?:{p})" for p in self.alternatives),):
                raise ValueError(f"{self.name}: the pattern must be the alternation of its alternatives")
            object.__setattr__(self, "_whole", Pattern(self.patterns[0], capture=False))
            object.__setattr__(self, "_formats", tuple(Pattern(f"(?:{p})") for p in self.alternatives))

    def find(self, ctx: ScanContext) -> Iterable[Candidate]:
        text, accept, fixed, opens_with = ctx.text, self.accept, self.group, self.opens_with
        # a pattern that is its own trigger and that the Set pass did not see cannot match: skipped
        own = not self.trigger_patterns and len(self.compiled) > 1  # one pattern: it fired, or the unit would not run
        data = ctx.ascii_bytes
        for regex in self.compiled:
            if own and not ctx.fired(regex.pattern):
                continue
            match = regex.raw_match
            if data is None or match is None:
                yield from self._find_public(ctx, regex)
                continue
            # ASCII text (almost every message): RE2's C++ `Match` driven here on the message's bytes, as
            # `Pattern.finditer` with a resume group does (patterns.py), without a generator and a method call
            # per match between RE2 and the rule; every unit of this shape runs this loop
            groups, at_end = regex.groups, regex.may_end_empty
            pos, n = 0, len(data)
            whole = self._whole if ANCHOR_START is not None else None
            # the first MOST_MATCHES matches over the scanned message, as Pattern.finditer hands them (bound.py)
            budget = budget_for(text)
            while pos < n or pos == n and at_end:
                spans = match(UNANCHORED, data, pos, n) if whole is None else self._format_spans(data, pos, n)
                b = spans[0][1]
                if spans[0][0] < 0:
                    break
                if budget is not None and not budget.take(spans[0][0], b):
                    break
                if fixed >= 0:
                    group = fixed
                else:
                    group = 0
                    for index in range(len(spans) - 1, 0, -1):  # the last group that took part (RawMatch.lastindex)
                        if spans[index][0] >= 0:
                            group = index
                            break
                start, end = spans[group]
                if opens_with and start < end and text[start] not in opens_with:
                    start += 1  # the left context the pattern read before the value
                if start >= 0 and end > start and \
                        accept(ctx, _new_match((new_raw_match((spans, text)), start, end, text[start:end]))):
                    yield _new_candidate((self.finding_type, start, end, self.name))
                # the next search starts where the value ended (see Pattern.finditer's resume_group)
                if groups and start >= 0 and end > pos:
                    b = end
                pos = b if b > pos else pos + 1

    def _format_spans(self, data: bytes, pos: int, n: int) -> list[tuple[int, int]]:
        """What the alternation's own `Match` gives from `pos` (every group's span, numbered as in the alternation),
        found as `alternatives` says: the match without groups, then the groups of the first format matching where
        it starts."""
        assert self._whole is not None and ANCHOR_START is not None  # (`find` calls this only for `alternatives`)
        whole = self._whole.raw_match(UNANCHORED, data, pos, n)  # type: ignore[misc]  # (compiled: ASCII path)
        start = whole[0][0]
        if start < 0:
            return whole
        before = 0  # the groups of the formats before this one, in the alternation's numbering
        for pattern in self._formats:
            found = pattern.raw_match(ANCHOR_START, data, start, n)  # type: ignore[misc]
            if found[0][0] >= 0:
                if found[0] == whole[0]:
                    spans = [(-1, -1)] * (self.compiled[0].groups + 1)
                    spans[0] = found[0]
                    spans[before + 1:before + len(found)] = found[1:]
                    return spans
                break
            before += pattern.groups
        return self.compiled[0].raw_match(UNANCHORED, data, pos, n)  # type: ignore[misc]  # (not expected: see above)

    def _find_public(self, ctx: ScanContext, regex: Pattern) -> Iterator[Candidate]:
        """`find` for one pattern through Pattern.finditer: text that is not ASCII, or a google-re2 that hides
        its C++ matcher."""
        text, accept, fixed = ctx.text, self.accept, self.group
        for m in regex.finditer(text, fixed if regex.groups else None):
            group = fixed if fixed >= 0 else (m.lastindex or 0)
            start, end = m.span(group)
            if self.opens_with and start < end and text[start] not in self.opens_with:
                start += 1  # the left context the pattern read before the value (see opens_with)
            if start < 0 or end <= start:
                continue
            if accept(ctx, _new_match((m, start, end, text[start:end]))):
                yield _new_candidate((self.finding_type, start, end, self.name))


class Match(NamedTuple):
    """The part of a regex match a rule needs: the value's span and text, and the raw match for groups.
    (A NamedTuple: one is built for every candidate, and it is several times cheaper than a dataclass.)"""

    raw: RegexMatch
    start: int
    end: int
    value: str


# The NamedTuples above built by tuple.__new__ directly, skipping their Python-level __new__ (same objects):
# one Match is built for every regex match and one Candidate for every value a unit accepts.
_new_match = partial(tuple.__new__, Match)
_new_candidate = partial(tuple.__new__, Candidate)

# every ASCII character that is not a digit, deleted by one str.translate
_NON_DIGITS = ascii_table("", "", "".join(chr(c) for c in range(128) if not chr(c).isdigit()))


def digits_of(value: str) -> str:
    if value.isascii():
        return value.translate(_NON_DIGITS)
    return "".join(filter(str.isdigit, value))


# a doubled Luhn digit's digit sum is one digit again: 0->0, 1->2, ... 5->1 (10), ... 9->9 (18)
_LUHN_DOUBLED = ascii_table("0123456789", "0246813579")


def luhn_valid(number: str) -> bool:
    """Luhn over ASCII digits, with the doubling done by one str.translate (C) instead of a Python loop."""
    kept = number[::-2]
    doubled = number[-2::-2].translate(_LUHN_DOUBLED)
    return (sum(map(int, kept)) + sum(map(int, doubled))) % 10 == 0


def aba_valid(routing: str) -> bool:
    """The ABA routing checksum: 3-7-1 weights, and a Federal Reserve prefix (00-12, 21-32, 61-72, 80)."""
    if len(routing) != 9 or not routing.isdigit():
        return False
    prefix = int(routing[:2])
    if not (0 <= prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    d = [int(c) for c in routing]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    return total % 10 == 0 and routing != "000000000"


def one_repeated_digit(number: str) -> bool:
    """00000000, 11111111: template fillers, never a real identifier."""
    return number == number[:1] * len(number)  # (one string compare: a set of the characters costs five times more)


_COUNTING_UP = "01234567890123456789"
_COUNTING_DOWN = "98765432109876543210"


def counting_filler(number: str) -> bool:
    """12345678, 1234567890, 01234567, 87654321: six digits or more counted up or down, a template's or a sample
    cheque's filler, never an issued number. (Zeros padding a count to a field's width, "0012345678", are left to
    the words around it: a bank's account field pads real numbers so.)"""
    return len(number) >= 6 and (number in _COUNTING_UP or number in _COUNTING_DOWN)
