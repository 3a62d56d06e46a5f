"""The one place that lists the detector units, and the labels (context words) they declare.

A unit is a module under policy/detectors/ exposing `DETECTORS` (units with `name`, `finding_type` and
`find(ctx)`) and optionally `LABELS` ((kind, RE2 fragment) pairs). A district adds its own identifier
without editing the engine: a YAML file in policy/data/detectors/ (see policy/detectors/custom.py) or one
more module line below.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import re2

from policy.detectors.base import Detector
from policy.detectors.custom import load_custom_detectors
from policy.detectors.patterns import Pattern, compile_all
from policy.normalize import PASSES

# Order matters for labels only: at one position the first listed kind wins ("account code" is a budget
# string before it is a bank account), so the exclusions come first.
DETECTOR_MODULES: tuple[str, ...] = (
    "policy.detectors.exclusions",
    "policy.detectors.ssn",
    "policy.detectors.student_id",
    "policy.detectors.date_of_birth",
    "policy.detectors.credential_tokens",
    "policy.detectors.credential_statements",
    "policy.detectors.credential_config",
    "policy.detectors.credential_commands",
    "policy.detectors.credential_forms",
    "policy.detectors.payment_card",
    "policy.detectors.bank_account",
    "policy.detectors.personal_phone",
    "policy.detectors.personal_email",
    "policy.detectors.home_address",
    "policy.detectors.student_record",
)

CUSTOM_DIR = Path(__file__).resolve().parent.parent / "data" / "detectors"


# Chat messages are short; above this the prefilter is skipped and every unit runs (RE2::Set reports
# "no match" when its DFA runs out of memory, which must never hide a finding).
PREFILTER_MAX_CHARS = 65_536
KIND_CACHE_MAX = 4096
# The prefilter's triggers are split over several RE2 Sets (see `trigger_groups`): one Set of all ~250 builds DFA
# states that hold every trigger's threads at once, and on varied real chat it keeps building new ones (about 2 ms a
# message at first sight; and on 15,000 different messages it outgrows even 512 MB and thrashes, message after
# message, while the generated benchmark corpus, a few templates, never shows it). Sets of a few dozen triggers of
# one family build small states: about seven times faster at first sight, a third of the memory, a few microseconds
# more on text seen before (one more C++ call per Set).
SET_GROUP_MAX = 48  # triggers at most in one Set; a larger family is split in even, consecutive parts
# The DFA budget of each Set (a ceiling, not an allocation): the record unit's Sets need more than 64 MB on 15,000
# real messages (at 64 MB they flush their state cache and rebuild it, ~180 us a message on text seen before).
SET_MAX_MEM = 128 << 20


# the plan of a message in which no trigger occurs (most messages): one shared answer, not two new objects each
_NOTHING_FIRED: tuple[tuple[Detector, ...], frozenset[str]] = ((), frozenset())


class MatchSet(Protocol):
    """A compiled RE2 Set (the library ships no types): the indexes of the patterns that match."""

    def Match(self, text: str) -> list[int]: ...


@dataclass(frozen=True)
class Registry:
    detectors: tuple[Detector, ...]
    label_kinds: tuple[str, ...]
    label_regex: Pattern
    # for each distinct unit trigger, in Set order, the indexes of the units in `detectors` it wakes (a pattern two
    # units share, as the student-ID unit shares the record unit's, is in the Set once)
    trigger_owner: tuple[tuple[int, ...], ...]
    label_spans: Pattern  # the same alternation without capture groups: RE2 finds spans by DFA alone
    label_set: MatchSet  # full-match set of the fragments: which kind a found span is

    # the normalisation passes' triggers first, then the units' triggers, in Sets of a few dozen (`trigger_groups`):
    # each Set's C++ matcher (see _set_matcher) and the index of its first trigger in that order
    trigger_sets: tuple[tuple[Callable[[bytes], list[int]], int], ...]
    trigger_patterns: tuple[str, ...] = ()  # the units' triggers, in the order of trigger_owner
    kind_cache: dict[str, str | None] = field(default_factory=dict, compare=False, hash=False)
    plan_cache: dict[tuple[int, ...], tuple[tuple[Detector, ...] | None, frozenset[str]]] = field(
        default_factory=dict, compare=False, hash=False)

    def plan_fired(self, text: str) -> tuple[tuple[Detector, ...] | None, frozenset[str] | None]:
        """For ASCII text: the units to run when no normalisation pass has work, or None when one has (the
        caller then normalises and asks `units_fired`), which saves a second Set pass on ordinary messages; and
        the trigger patterns that occur in `text` (None: not known, every one may), so that a unit with several
        pattern families skips the families whose trigger the Set pass did not see."""
        if len(text) > PREFILTER_MAX_CHARS or not text.isascii():
            return None, None
        hits = self.plan_match(text.encode("ascii"))
        if not hits:
            return _NOTHING_FIRED
        return self.plan_hits(hits)

    def combined_match(self, data: bytes) -> list[int]:
        """Every trigger that occurs in the UTF-8 `data`: the passes' triggers as 0.., the units' after them."""
        return _set_hits(self.trigger_sets, data)

    def plan_match(self, data: bytes) -> list[int]:
        """The hits `plan_hits` needs on ASCII `data`: the passes' triggers alone when one occurs (the caller
        then normalises the text and asks `units_fired` of the result, so the units' Sets would be asked for
        nothing), else the units' triggers (none: nothing to run)."""
        sets = self.trigger_sets
        found = sets[0][0](data)
        if found:
            return found
        return _set_hits(sets[1:], data)

    def plan_hits(self, hits: list[int]) -> tuple[tuple[Detector, ...] | None, frozenset[str]]:
        """`plan_fired` from `plan_match`'s hits on an ASCII text (not empty): the scanner calls the Sets
        itself, on the bytes it then hands to the units, so that an ordinary message costs one method call less
        and a busy one is not encoded twice."""
        key = tuple(hits)
        try:
            return self.plan_cache[key]
        except KeyError:
            pass
        passes = len(PASSES)
        fired = frozenset(self.trigger_patterns[i - passes] for i in hits if i >= passes)
        if min(hits) < passes:
            planned: tuple[tuple[Detector, ...] | None, frozenset[str]] = (None, fired)
        else:
            owners = self.trigger_owner
            planned = (tuple(self.detectors[u] for u in sorted({u for i in hits for u in owners[i - passes]})),
                       fired)
        if len(self.plan_cache) >= KIND_CACHE_MAX:
            self.plan_cache.clear()
        self.plan_cache[key] = planned  # the same few trigger combinations recur message after message
        return planned

    def kind_at(self, snippet: str) -> str | None:
        """The kind of a found label span, given with one character of right context (`snippet`): a
        full-match set of the fragments, each allowed that one extra character so that a trailing word
        boundary sees its real neighbour. The first listed kind wins, as in the alternation.

        Labels are a small vocabulary ("password", "routing #", "DOB:"), so the answer is remembered per
        snippet: a dict lookup instead of a Set pass for every label of every message."""
        cache = self.kind_cache
        try:
            return cache[snippet]
        except KeyError:
            pass
        hits = self.label_set.Match(snippet)
        kind = self.label_kinds[min(hits)] if hits else None
        if len(cache) >= KIND_CACHE_MAX:
            cache.clear()  # bounded: a flood of odd snippets cannot grow it without limit
        cache[snippet] = kind
        return kind

    def warm(self) -> None:
        """Compile what is otherwise compiled on first use (every pattern, the labels' Set), where first-use
        latency matters: `aupbot serve` at start, the benchmark before it times anything."""
        compile_all()
        self.label_set.Match("")

    def units_fired(self, text: str) -> tuple[tuple[Detector, ...], frozenset[str] | None]:
        """The units whose trigger patterns occur in `text`, and those patterns (None: every one may): one
        pass of the Sets instead of one regex per unit, which is what makes a scan of an ordinary message cost
        microseconds.

        The passes' own Set is skipped: its triggers were read by `normalize` already."""
        if len(text) > PREFILTER_MAX_CHARS:
            return self.detectors, None
        passes = len(PASSES)
        # (the passes' Set is not asked: its hits would be dropped)
        hits = _set_hits(self.trigger_sets[1:], text.encode("utf-8"), -passes)
        if not hits:
            return (), frozenset()
        return (tuple(self.detectors[u] for u in sorted({u for i in hits for u in self.trigger_owner[i]})),
                frozenset(self.trigger_patterns[i] for i in hits))

    def label_kind_of(self, phrase: str) -> str | None:
        """The label kind a whole phrase is (a table header such as "student_id" or "DOB"), if any."""
        # a header cell ends where a word would: "Lunch #" as a header is the label "lunch # " in a sentence
        for candidate in (phrase, phrase + " "):
            m = self.label_regex.search(candidate)
            if m and m.lastindex and m.start() == 0 and len(candidate) - m.end(m.lastindex) <= 1:
                return self.label_kinds[m.lastindex - 1]
        return None


def _set_hits(sets: tuple[tuple[Callable[[bytes], list[int]], int], ...], data: bytes, shift: int = 0) -> list[int]:
    """The triggers of `sets` (matcher, index of its first trigger) that occur in `data`, as indices in the one
    order of all triggers, moved by `shift`."""
    hits: list[int] = []
    for match, first in sets:
        found = match(data)
        if found:
            hits.extend([first + shift + i for i in found])
    return hits


class _FirstUseSet:
    """The labels' full-match Set, compiled on its first `Match`: `Registry.kind_of` remembers each snippet's
    answer, so the Set runs seldom, and a cold process that scans one message without a label never builds it."""

    def __init__(self, options: re2.Options, patterns: list[str]) -> None:
        self._options, self._patterns = options, patterns
        self._set: MatchSet | None = None

    def Match(self, text: str) -> list[int]:  # noqa: N802 - the name RE2's Set has
        if self._set is None:
            compiled = re2.Set.FullMatchSet(self._options)
            for pattern in self._patterns:
                compiled.Add(pattern)
            compiled.Compile()
            self._set = compiled
        return self._set.Match(text)


def _set_matcher(match_set: MatchSet) -> Callable[[bytes], list[int]]:
    """The compiled set's own C++ `Match`, called on ASCII bytes: the Python wrapper's type test, encoding and
    call cost a third as much again as the match on a chat-sized message, and every message pays it. A private
    attribute of google-re2 (pinned < 2), as in patterns.py; if a release hides it the public wrapper is used
    (same hits, a little slower)."""
    raw = getattr(getattr(match_set, "_set", None), "Match", None)
    if callable(raw):
        return raw  # type: ignore[no-any-return]
    return lambda data: match_set.Match(data) or []  # type: ignore[arg-type]


# A counted repetition with a small floor and a ceiling at least this high ("[^\n]{0,80}?", "[^\s\"']{4,128}")
_WIDEN_FROM = 12
_WIDEN_FLOOR = 6


def widened_trigger(pattern: str) -> str:
    """`pattern` with every counted repetition whose floor is small and whose ceiling is large left open
    ("{0,80}" -> "*", "{1,64}" -> "+", "{4,128}" -> "{4,}"), for the prefilter Set only.

    The open form accepts every text the counted one does (and a little more), so a trigger still fires
    wherever its pattern can match: the Set decides which units and pattern families may run, and each unit
    matches with its own, unchanged patterns, so the findings are the same (a test holds the prefilter to
    that). What changes is the Set's DFA: a ceiling is a counter the DFA spells out in states, one per
    position in the window and per combination with every other trigger's, which on varied chat is most of
    the Set's states and of its time. Floors stay (they keep token triggers such as "npm_" and twelve
    characters precise), as do exact counts; braces inside a character class and in "\\x{..}", "\\p{..}"
    escapes are left alone."""
    return _WIDEN_TOKENS.sub(_widened, pattern)


# what a trigger's text is read as, in one C-level pass: an escape ("\\x{2019}" whole), a character class
# (whose braces are no repetition; a "]" first in it is a literal), or a counted repetition; the text between is
# copied as it is (a character-by-character loop over some 240 triggers was a fifth of a cold start's scan)
_WIDEN_TOKENS = re.compile(r"\\[xpP]\{[^}]*\}|\\.|\[\^?\]?(?:\\[xpP]\{[^}]*\}|\\.|[^\]\\])*\]|\{(\d*),(\d+)\}", re.S)


def _widened(m: re.Match[str]) -> str:
    if m.group(2) is None or int(m.group(2)) < _WIDEN_FROM or int(m.group(1) or "0") > _WIDEN_FLOOR:
        return m.group(0)
    floor = int(m.group(1) or "0")
    return "*" if floor == 0 else "+" if floor == 1 else f"{{{floor},}}"


@lru_cache(maxsize=4)
def build_registry(custom_dir: Path | None = CUSTOM_DIR) -> Registry:
    detectors: list[Detector] = []
    labels: list[tuple[str, str]] = []
    family: list[int] = []  # each unit's module, which groups the prefilter's triggers (trigger_groups)
    for number, name in enumerate(DETECTOR_MODULES):
        module = importlib.import_module(name)
        labels.extend(getattr(module, "LABELS", ()))
        detectors.extend(module.DETECTORS)
        family.extend([number] * len(module.DETECTORS))
    if custom_dir is not None:
        custom, custom_labels = load_custom_detectors(custom_dir)
        detectors.extend(custom)
        family.extend([len(DETECTOR_MODULES)] * len(custom))
        labels.extend(custom_labels)
    pattern = "(?i)" + "|".join(f"({fragment})" for _, fragment in labels)
    options = re2.Options()
    options.max_mem = 64 << 20
    set_options = re2.Options()
    set_options.max_mem = SET_MAX_MEM
    label_spans = Pattern("(?i)" + "|".join(f"(?:{fragment})" for _, fragment in labels))
    owners: dict[str, list[int]] = {}  # each distinct trigger once, with every unit it wakes (insertion order kept)
    for index, unit in enumerate(detectors):
        for trigger in unit.triggers:
            woken = owners.setdefault(trigger, [])
            if index not in woken:
                woken.append(index)
    label_set = _FirstUseSet(options, ["(?i)(?:" + fragment + r")[\s\S]?" for _, fragment in labels])
    triggers = [widened_trigger(trigger) for _, trigger in PASSES] + [widened_trigger(t) for t in owners]
    families = [-1] * len(PASSES) + [family[woken[0]] for woken in owners.values()]
    trigger_sets = []
    for first, count in trigger_groups(families):
        match_set = re2.Set.SearchSet(set_options)
        for trigger in triggers[first:first + count]:
            match_set.Add(trigger)
        match_set.Compile()
        trigger_sets.append((_set_matcher(match_set), first))
    return Registry(tuple(detectors), tuple(kind for kind, _ in labels), Pattern(pattern),
                    tuple(tuple(woken) for woken in owners.values()), label_spans, label_set,
                    tuple(trigger_sets), tuple(owners))


def trigger_groups(families: list[int], most: int = SET_GROUP_MAX) -> list[tuple[int, int]]:
    """The prefilter's Sets as (first trigger, number of triggers), over the triggers in order, each labelled
    with its family (the detector module of the unit it wakes; -1 for the normalisation passes, which always have
    a Set of their own, asked first). Whole families are packed while a Set stays within `most` triggers; a family
    larger than that is split in even consecutive parts.

    Why families: a Set's DFA state holds the threads of all its triggers at once, and the states it builds on
    new text are the combinations of what its triggers have seen so far. Triggers of one family read the same
    things (digits and ID labels; token prefixes; command lines; the record unit's phrases about a student), so
    in one Set they combine little, while unrelated families multiply each other's states. Sets of 20 in plain
    order were about as fast at first sight but twice the Sets to ask on every message (docs/detection.md)."""
    groups: list[tuple[int, int]] = []
    start = 0
    n = len(families)
    while start < n and families[start] == -1:
        start += 1
    if start:
        groups.append((0, start))
    runs: list[tuple[int, int]] = []  # each family's run of triggers
    for i in range(start, n):
        if runs and families[i] == families[runs[-1][0]]:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((i, 1))
    first, count = start, 0
    for run_first, run_count in runs:
        if count and count + run_count > most:
            groups.append((first, count))
            first, count = run_first, 0
        if run_count > most:
            parts = -(-run_count // most)
            for k in range(parts):
                lo, hi = run_count * k // parts, run_count * (k + 1) // parts
                groups.append((run_first + lo, hi - lo))
            first = run_first + run_count
            continue
        count += run_count
    if count:
        groups.append((first, count))
    return groups
