"""The vocabulary file (policy/data/vocabulary.yaml): the words staff use, compiled once into patterns.

Validated on load like the policy file: a bad pattern or a missing field raises PolicyFileError naming the file,
the place and the field ("vocabulary.yaml: items.16.cues[2]: invalid regular expression (...)").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import Any

from policy.concepts import BUILT_IN_CONCEPTS, Lexicon, parse_lexicon
from policy.document import PolicyFileError, read_bytes, read_yaml
from policy.parsed_cache import load_or_parse
from policy.required_text import pieces_of, register, required_strings, strings_in, top_level_branches
from policy.verdicts import RULE_VERDICTS

# "{NAME}" inserts a macro; "{NAME:4}" inserts one written with a count "<n>" ("{WITHIN:4}": up to four words
# between two others), so a gap or a word set is spelled once
_MACRO = re.compile(r"\{([A-Z][A-Z_0-9]*)(?::(\d+))?\}")
_COUNT = "<n>"
# "{@parent}" in a pattern is the concept's word set, so a regex names a concept instead of inlining its words
_CONCEPT_REF = re.compile(r"\{@([a-z_]+)\}")
ITEM_VERDICTS = tuple(v for v in RULE_VERDICTS if v != "not_covered")
# blocks whose every entry blanks the words it matches, pattern by pattern (Understanding reads them so: "student's
# dad" is a parent, not a student), so their patterns are never joined into one
BLANKING_BLOCKS = ("audience", "channels", "accounts")


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    requires_any: frozenset[str] = frozenset()
    # strings one of which every match holds (policy/required_text.py): where none is in a text, the pattern is
    # not run on it. Worked out once when the vocabulary is parsed (and kept in its parsed cache).
    needs: tuple[str, ...] = field(default=(), compare=False)
    # a pattern written "A|B|..." (neighbouring entries joined, `Vocabulary.cues`): its alternatives apart, each with
    # its own required strings, those with none joined into one; a search runs only the ones whose strings are in
    # the text (the whole matches somewhere exactly when one of its alternatives does)
    parts: tuple[Cue, ...] = field(default=(), compare=False)
    # `needs` as a set, so a cue's test against the strings a text holds (`strings_in`) is one set comparison
    _needs_set: frozenset[str] = field(default=frozenset(), init=False, compare=False, repr=False)
    # the piece each of `needs` is indexed under (`required_text.pieces_of`), kept in the parsed cache
    _pieces: tuple[str, ...] = field(default=(), init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.needs:
            object.__setattr__(self, "needs", required_strings(self.pattern))
        if not self.parts:
            object.__setattr__(self, "parts", _alternatives(self.pattern))
        object.__setattr__(self, "_needs_set", frozenset(self.needs))
        object.__setattr__(self, "_pieces", pieces_of(self.needs))
        register(self.needs, self._pieces)

    def __setstate__(self, state: dict[str, Any]) -> None:
        # loaded from the parsed cache: its strings are registered as when it was made (a part registers its own)
        self.__dict__.update(state)
        register(self.needs, self._pieces)

    def absent_from(self, present: frozenset[str]) -> bool:
        """Whether none of the cue's required strings is among those a text holds (`strings_in`), so its pattern
        finds nothing there; a cue with no required strings is always run."""
        return bool(self.needs) and self._needs_set.isdisjoint(present)

    def search(self, text: str) -> bool:
        """Whether the pattern matches anywhere in `text`."""
        return self.search_in(text, strings_in(text) if self.needs or self.parts else frozenset())

    def search_in(self, text: str, present: frozenset[str]) -> bool:
        """`search`, given the strings `text` holds (`strings_in(text)`): a pass over many cues looks them up once
        per text instead of once per cue (a cue's own lookup cost about what its skipped search saved)."""
        if self.absent_from(present):
            return False
        if self.parts:
            return any(not p.absent_from(present) and p.pattern.search(text) is not None for p in self.parts)
        return self.pattern.search(text) is not None

    def blank(self, text: str) -> tuple[str, int]:
        """`text` with every match of the pattern blanked to spaces (offsets kept), and how many there were."""
        return self.blank_in(text, strings_in(text) if self.needs else frozenset())

    def blank_in(self, text: str, present: frozenset[str]) -> tuple[str, int]:
        """`blank`, given the strings `text` holds (`strings_in(text)`); a caller that goes on blanking looks them
        up again only when a match changed the text."""
        if self.absent_from(present):
            return text, 0
        return self.pattern.subn(_blank, text)


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _alternatives(pattern: re.Pattern[str]) -> tuple[Cue, ...]:
    """`Cue.parts`: the top-level alternatives of `pattern` that some string is required for, one part each, and
    the rest as one part; () when the pattern is no alternation or none of its alternatives requires a string."""
    branches = top_level_branches(pattern.pattern) if pattern.flags == re.UNICODE else None
    if branches is None:
        return ()
    try:
        compiled = [re.compile(b) for b in branches]
    except re.error:
        return ()
    with_needs = [(b, required_strings(c)) for b, c in zip(branches, compiled, strict=True)]
    if not any(needs for _, needs in with_needs):
        return ()
    # (a part is no top-level alternation, or one of alternatives that require nothing: it is not split again)
    parts = [Cue(c, needs=needs) for c, (_, needs) in zip(compiled, with_needs, strict=True) if needs]
    rest = [b for b, needs in with_needs if not needs]
    if rest:
        parts.append(Cue(re.compile("|".join(f"(?:{b})" for b in rest))))
    return tuple(parts)


@dataclass(frozen=True)
class Concept:
    """One value (a channel, an audience, a fact ...) and the patterns that signal it."""

    value: str
    cues: tuple[Cue, ...]
    consume: bool = False
    # every string one of which some cue's match holds, when each cue requires some (else empty: always tried): a
    # text holding none of them is no match for any cue, so a pass skips the concept with one set comparison
    needs_any: frozenset[str] = field(default=frozenset(), init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.cues and all(c.needs for c in self.cues):
            object.__setattr__(self, "needs_any", frozenset().union(*(c._needs_set for c in self.cues)))


@dataclass(frozen=True)
class ItemCues:
    item: int
    cues: tuple[Cue, ...]
    support_cues: tuple[Cue, ...]
    default: str = "prohibited"
    allowed_if: frozenset[str] = frozenset()
    conditional_if: frozenset[str] = frozenset()
    prohibited_if: frozenset[str] = frozenset()
    condition: str = ""
    suppressed_by: frozenset[int] = frozenset()
    covered_by_channels: frozenset[str] = frozenset()
    dropped_if: frozenset[str] = frozenset()
    # facts that meet the item's condition: a conditional answer whose condition the question shows is met (a
    # student's behaviour plan sent to a colleague's CPS account) is no condition left to state
    met_if: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AudienceRule:
    """One row of the audience precedence table: when every condition holds, the question is for `audience`."""

    audience: str
    mentions: frozenset[str] = frozenset()
    without_mentions: frozenset[str] = frozenset()
    facts: frozenset[str] = frozenset()
    without_facts: frozenset[str] = frozenset()
    facts_any: frozenset[str] = frozenset()     # at least one of these facts (none listed: no condition)
    bands: bool | None = None          # True: some grade band is named; False: none; None: either
    by_band: bool = False              # the named band's audience when exactly one band is named

    def holds(self, mentions: set[str], bands: set[str], facts: set[str]) -> bool:
        return (self.mentions <= mentions and not self.without_mentions & mentions and self.facts <= facts
                and not self.without_facts & facts and (not self.facts_any or bool(self.facts_any & facts))
                and (self.bands is None or self.bands == bool(bands)))


_AUDIENCE_RULE_LISTS = ("mentions", "without_mentions", "facts", "without_facts", "facts_any")


@dataclass(frozen=True)
class Vocabulary:
    path: Path
    typos: dict[str, str]
    audience: tuple[Concept, ...]
    bands: tuple[Concept, ...]
    channels: tuple[Concept, ...]
    accounts: tuple[Concept, ...]
    acts: tuple[Concept, ...]
    facts: tuple[Concept, ...]
    topics: tuple[Concept, ...]
    items: tuple[ItemCues, ...]
    expand: dict[str, dict[str, tuple[str, ...]]]
    personal_channels: frozenset[str]
    # values an open value is also answered for when the question gives a fact that makes them possible
    # (`expand_with`: "my kids" with nothing of school beside them may be the asker's own children): field -> open
    # value -> ((facts, values), ...)
    expand_with: dict[str, dict[str, tuple[tuple[frozenset[str], tuple[str, ...]], ...]]] = \
        field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    typo_pattern: re.Pattern[str] | None = None
    open_audience_channels: frozenset[str] = frozenset()
    open_audience_unless_acts: frozenset[str] = frozenset()
    open_audience_unless_topics: frozenset[str] = frozenset()
    open_audience_unless_facts: frozenset[str] = frozenset()
    open_audience_facts: frozenset[str] = frozenset()
    # facts that keep an unnamed audience open on a talking channel despite `open_audience_unless_facts`: a school
    # activity's people written to from the asker's own phone may be its students
    open_audience_kept_by: frozenset[str] = frozenset()
    # the channels whose verdict turns on the account sent from (the CPS app: an employee CPS account to a
    # student's, or a personal one): an account nobody named is answered for each (`expand.account`)
    open_account_channels: frozenset[str] = frozenset()
    # open channels answered by their strictest reading instead of asked about (DESIGN.md: clarify is for the audience)
    strictest_channels: frozenset[str] = frozenset()
    # open channels answered by one named reading instead of asked about (`answer_strictest.as`: a social platform
    # with no kind of account named is the asker's own)
    default_channels: dict[str, tuple[str, frozenset[str], frozenset[str]]] = field(default_factory=dict)
    open_account_audiences: frozenset[str] = frozenset()
    open_account_unless_facts: frozenset[str] = frozenset()
    fuzzy_min_length: int = 0
    fuzzy_words: frozenset[str] = frozenset()
    # short key words a token of 3 letters or more may be read as when it is the word with one letter left out
    # ("tel", "contct", "laptp"): the words a report question turns on, typed in a hurry
    fuzzy_short_words: frozenset[str] = frozenset()
    negated_channels: tuple[Cue, ...] = ()
    negated_content: tuple[Cue, ...] = ()
    lexicon: Lexicon | None = None
    # items that still apply to an act on a personal account, device or time (DESIGN.md: acts with students
    # and student information keep their items); every other item governs district systems only
    personal_scope_keeps: frozenset[int] = frozenset()
    # items that still apply there when the question names a colleague (what is done to one, not with one)
    personal_scope_keeps_with_colleague: frozenset[int] = frozenset()
    concept_facts: dict[str, str] = field(default_factory=dict)     # concept -> fact it establishes
    # concepts whose words are a set phrase naming something else ("grades 9-12" is a band, "cleared to" is an
    # approval): their spans are not read as content by the fact, act and item patterns
    set_phrases: frozenset[str] = frozenset()
    # facts a negation denies where the reading rules their words out ("not a lesson", "no assignment, just fun"):
    # read again with the ruled-out spans blanked, and kept only where they still stand
    denied_where_ruled_out: frozenset[str] = frozenset()
    # concept -> (channel, the channels read from the patterns that it replaces; "none" for no channel)
    concept_channels: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    audience_precedence: tuple[AudienceRule, ...] = ()
    # grade band -> its students' audience; "mixed" -> the audience of a group with students of more than one band
    audience_by_band: dict[str, str] = field(default_factory=dict)
    # who may be written to about students and colleagues over which channels (audience kind -> channels): the
    # district's own systems to a colleague, or to a student about that student's own work
    authorized_recipient_channels: dict[str, frozenset[str]] = field(default_factory=dict)
    # facts that show an item's authorization was given ("the principal and her mom signed"): without one, an item
    # acceptable only with authorization was done without it when the question judges an act already done
    condition_shown_facts: frozenset[str] = frozenset()
    # channels that are no proper security measure for student or personnel information (a phone's text thread)
    unsecured_channels: frozenset[str] = frozenset()
    # the facts that say the asker's own phone, number or app carries the message (engine: `personal_means`)
    personal_means_facts: frozenset[str] = frozenset()
    # fact -> the items it breaks wherever it holds ("no_need_to_know": confidential information told to someone
    # without a need to know it is items 17 and 36 whatever words carried it)
    fact_items: dict[str, frozenset[int]] = field(default_factory=dict)
    # the days of a week in order, and the words that move a day to the next week ("next Monday"): the time a
    # permission comes and the time of the act it must come before are compared on them (issue 10: time scopes)
    week_days: tuple[str, ...] = ()
    next_week_words: frozenset[str] = frozenset()
    next_week_after_words: frozenset[str] = frozenset()     # "the Saturday after": a week on, told after the day
    # Worked out when the file is parsed and kept in its parsed cache, not by every process that loads it (about
    # 40 ms of a cold `aupbot ask`): the words the patterns spell out, with and without the items' patterns, and
    # the words the lexicon's phrases spell. The spelling corrector reads them (`Understanding`): a word the
    # vocabulary spells is known, never a slip for another.
    pattern_words: frozenset[str] = field(default=frozenset(), init=False, compare=False, repr=False)
    pattern_words_outside_items: frozenset[str] = field(default=frozenset(), init=False, compare=False, repr=False)
    phrase_words: frozenset[str] = field(default=frozenset(), init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern_words", _pattern_words(self))
        object.__setattr__(self, "pattern_words_outside_items", _pattern_words(self, with_items=False))
        object.__setattr__(self, "phrase_words",
                           self.lexicon.phrase_words() if self.lexicon is not None else frozenset())

    def audience_for(self, mentions: set[str], bands: set[str], facts: set[str]) -> str | None:
        """Who the question is for: the first row of the precedence table that holds, or None."""
        for rule in self.audience_precedence:
            if rule.holds(mentions, bands, facts):
                if rule.by_band and len(bands) == 1:
                    return self.audience_by_band.get(next(iter(bands)), rule.audience)
                if rule.by_band and len(bands) > 1 and MIXED_GROUP in facts:
                    # "a mix of 8th and 9th graders on one team": the group holds students of every band named, so
                    # each band's condition must hold for it (the file names which band's audience answers for all)
                    return self.audience_by_band.get(MIXED_BANDS, rule.audience)
                return rule.audience
        return None

    def label(self, kind: str, value: str) -> str:
        return self.labels.get(kind, {}).get(value, value.replace("_", " "))


MIXED_BANDS = "mixed"
MIXED_GROUP = "mixed_group"     # the fact that says the bands named are one group


class _Reader:
    def __init__(self, path: Path, raw: dict[str, Any]) -> None:
        self.path = path
        macros = raw.get("macros") or {}
        if not isinstance(macros, dict):
            raise self.fail("macros", "expected a mapping of NAME: pattern")
        self.macros: dict[str, str] = {}
        for k, v in macros.items():
            if isinstance(v, list):
                # a word set: its entries are the alternatives of one group, one word or phrase each
                if not v or not all(isinstance(x, str) and x for x in v):
                    raise self.fail(f"macros.{k}", "expected a list of alternatives")
                self.macros[str(k)] = "(?:" + "|".join(v) + ")"
            else:
                self.macros[str(k)] = str(v)
        concepts = raw.get("concepts") or {}
        self.concept_words = {str(k): v for k, v in concepts.items()} if isinstance(concepts, dict) else {}

    def fail(self, where: str, problem: str) -> PolicyFileError:
        return PolicyFileError(f"{self.path.name}: {where}: {problem}")

    def expand_macros(self, where: str, pattern: str) -> str:
        return _CONCEPT_REF.sub(lambda m: self.concept_pattern(where, m.group(1), ()),
                                self.macro_text(where, pattern, ()))

    def macro_text(self, where: str, pattern: str, seen: tuple[str, ...]) -> str:
        """The pattern with its macros inserted; a macro may name other macros (a word set built of smaller
        ones), never itself."""
        def sub(m: re.Match[str]) -> str:
            name, count = m.group(1), m.group(2)
            if name not in self.macros or name in seen:
                raise self.fail(where, f"unknown or circular macro {{{name}}}")
            body = self.macros[name]
            if (count is None) != (_COUNT not in body):
                raise self.fail(where, f"macro {{{name}}} " + ("takes a count" if count is None else "takes no count"))
            if count is not None:
                body = body.replace(_COUNT, count)
            return self.macro_text(where, body, (*seen, name))
        return _MACRO.sub(sub, pattern)

    def concept_pattern(self, where: str, name: str, seen: tuple[str, ...]) -> str:
        """A concept's words as one alternation, plural and possessive forms included."""
        if name not in self.concept_words or name in seen:
            raise self.fail(where, f"unknown or circular concept {{@{name}}}")
        alts = []
        for word in self.concept_words[name]:
            word = str(word)
            if word.startswith("@"):
                alts.append(self.concept_pattern(where, word[1:], (*seen, name)))
            elif word.startswith("="):
                alts.append(re.escape(word[1:]))      # a word matched as written is its own text in a pattern
            else:
                alts.append(r"\s+".join(re.escape(w) for w in word.split()))
        return "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")(?:e?s|'s|s')?"

    def source(self, where: str, entry: Any) -> tuple[str, frozenset[str]]:
        """An entry's pattern with its macros and concepts inserted, and the acts or facts it requires."""
        requires: frozenset[str] = frozenset()
        if isinstance(entry, dict):
            if "pattern" not in entry:
                raise self.fail(f"{where}.pattern", "missing")
            req = entry.get("requires_any") or []
            if not isinstance(req, list) or not all(isinstance(x, str) for x in req):
                raise self.fail(f"{where}.requires_any", "expected a list of acts or facts")
            requires = frozenset(req)
            entry = entry["pattern"]
        if not isinstance(entry, str) or not entry:
            raise self.fail(where, "expected a regular expression")
        return self.expand_macros(where, entry), requires

    def compiled(self, where: str, pattern: str) -> re.Pattern[str]:
        try:
            return re.compile(pattern)
        except re.error as exc:
            raise self.fail(where, f"invalid regular expression ({exc})") from None

    def cue(self, where: str, entry: Any) -> Cue:
        pattern, requires = self.source(where, entry)
        return Cue(self.compiled(where, pattern), requires)

    def cues(self, where: str, entries: Any, *, required: bool = True, any_one: bool = False) -> tuple[Cue, ...]:
        """The entries' patterns compiled. When any one matching is all that counts (`any_one`: the entry does
        not blank its words), neighbouring patterns with the same requirements are compiled as one alternation,
        so the question is scanned once for them instead of once per pattern."""
        if entries is None and not required:
            return ()
        if not isinstance(entries, list) or (required and not entries):
            raise self.fail(where, "missing (a list of patterns)")
        sources = [(f"{where}[{i}]", *self.source(f"{where}[{i}]", e)) for i, e in enumerate(entries)]
        if not any_one:
            return tuple(Cue(self.compiled(w, p), req) for w, p, req in sources)
        out = []
        for requires, run in groupby(sources, key=lambda s: s[2]):
            run_list = list(run)
            if len(run_list) > 1:
                try:
                    out.append(Cue(re.compile("|".join(f"(?:{p})" for _, p, _ in run_list)), requires))
                    continue
                except re.error:
                    pass            # name the pattern at fault
            out.extend(Cue(self.compiled(w, p), req) for w, p, req in run_list)
        return tuple(out)

    def concepts(self, raw: dict[str, Any], key: str) -> tuple[Concept, ...]:
        entries = raw.get(key)
        if not isinstance(entries, list):
            raise self.fail(key, "missing (a list of {value, patterns})")
        out = []
        for i, e in enumerate(entries):
            where = f"{key}[{i}]"
            if not isinstance(e, dict) or not isinstance(e.get("value"), str):
                raise self.fail(f"{where}.value", "missing")
            consume = bool(e.get("consume", False)) or key in BLANKING_BLOCKS
            out.append(Concept(e["value"], self.cues(f"{where}.patterns", e.get("patterns"), any_one=not consume),
                               bool(e.get("consume", False))))
        return tuple(out)

    def facts_list(self, where: str, value: Any) -> frozenset[str]:
        if value is None:
            return frozenset()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(where, "expected a list of facts")
        return frozenset(value)

    def items(self, raw: dict[str, Any], known_items: set[int] | None) -> tuple[ItemCues, ...]:
        entries = raw.get("items")
        if not isinstance(entries, dict):
            raise self.fail("items", "missing (a mapping of item number to cues)")
        out = []
        for number, e in entries.items():
            where = f"items.{number}"
            if not isinstance(number, int):
                raise self.fail(where, "item keys are item numbers")
            if known_items is not None and number not in known_items:
                raise self.fail(where, "no such item in the policy's unacceptable_uses")
            if not isinstance(e, dict):
                raise self.fail(where, "expected a mapping with cues")
            cues = self.cues(f"{where}.cues", e.get("cues"), required=False, any_one=True)
            support = self.cues(f"{where}.support_cues", e.get("support_cues"), required=False, any_one=True)
            if not cues and not support:
                raise self.fail(f"{where}.cues", "missing (an item needs cues or support_cues)")
            default = e.get("default", "prohibited")
            if default not in ITEM_VERDICTS:
                raise self.fail(f"{where}.default", f"must be one of {', '.join(ITEM_VERDICTS)}")
            suppressed = e.get("suppressed_by") or []
            if not isinstance(suppressed, list) or not all(isinstance(x, int) for x in suppressed):
                raise self.fail(f"{where}.suppressed_by", "expected a list of item numbers")
            condition = e.get("condition", "")
            if not isinstance(condition, str):
                raise self.fail(f"{where}.condition", "expected text")
            out.append(ItemCues(number, cues, support, default,
                                self.facts_list(f"{where}.allowed_if", e.get("allowed_if")),
                                self.facts_list(f"{where}.conditional_if", e.get("conditional_if")),
                                self.facts_list(f"{where}.prohibited_if", e.get("prohibited_if")),
                                condition, frozenset(suppressed),
                                self.facts_list(f"{where}.covered_by_channels", e.get("covered_by_channels")),
                                self.facts_list(f"{where}.dropped_if", e.get("dropped_if")),
                                self.facts_list(f"{where}.met_if", e.get("met_if"))))
        return tuple(sorted(out, key=lambda c: c.item))


_ESCAPE = re.compile(r"\\[a-zA-Z]")
_OPTIONAL_END = re.compile(r"([a-z]+)(\?)?")


def _pattern_words(vocabulary: Vocabulary, *, with_items: bool = True) -> frozenset[str]:
    """Every whole word spelled out in the vocabulary's patterns (regex escapes such as \\b removed), and its
    typos' keys."""
    concepts = (*vocabulary.audience, *vocabulary.bands, *vocabulary.channels, *vocabulary.accounts,
                *vocabulary.acts, *vocabulary.facts, *vocabulary.topics)
    cues = [c for concept in concepts for c in concept.cues]
    if with_items:
        cues += [c for ic in vocabulary.items for c in (*ic.cues, *ic.support_cues)]
    words: set[str] = set(vocabulary.typos)
    for cue in cues:
        for m in _OPTIONAL_END.finditer(_ESCAPE.sub(" ", cue.pattern.pattern)):
            words.add(m.group(1))
            if m.group(2):                      # "imessages?" spells "imessage" too
                words.add(m.group(1)[:-1])
    return frozenset(words)


def parse_vocabulary(path: Path, raw: Any, known_items: set[int] | None = None) -> Vocabulary:
    if not isinstance(raw, dict):
        raise PolicyFileError(f"{path.name}: top level: expected a mapping")
    r = _Reader(path, raw)
    typos = raw.get("typos") or {}
    if not isinstance(typos, dict):
        raise r.fail("typos", "expected a mapping of word: replacement")
    typos = {str(k).lower(): str(v) for k, v in typos.items()}
    typo_pattern = None
    if typos:
        words = sorted(typos, key=len, reverse=True)
        typo_pattern = re.compile(r"(?<![\w'/&-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w'/&-])")
    expand_raw = raw.get("expand") or {}
    if not isinstance(expand_raw, dict):
        raise r.fail("expand", "expected a mapping")
    expand: dict[str, dict[str, tuple[str, ...]]] = {}
    for fieldname, table in expand_raw.items():
        if fieldname not in ("audience", "channel", "account"):
            raise r.fail(f"expand.{fieldname}", "only audience, channel and account can be expanded")
        if not isinstance(table, dict):
            raise r.fail(f"expand.{fieldname}", "expected a mapping of open value: [values]")
        expand[fieldname] = {}
        for key, values in table.items():
            if not isinstance(values, list) or not values:
                raise r.fail(f"expand.{fieldname}.{key}", "expected a list of values")
            expand[fieldname][str(key)] = tuple(str(v) for v in values)
    expand_with = _expand_with(r, raw.get("expand_with") or {}, expand)
    open_audience = raw.get("open_audience") or {}
    if not isinstance(open_audience, dict):
        raise r.fail("open_audience", "expected a mapping with channels and unless_acts")
    labels = raw.get("labels") or {}
    if not isinstance(labels, dict) or not all(isinstance(v, dict) for v in labels.values()):
        raise r.fail("labels", "expected a mapping of kind: {value: label}")
    return Vocabulary(
        path=path, typos=typos,
        audience=r.concepts(raw, "audience"), bands=r.concepts(raw, "bands"), channels=r.concepts(raw, "channels"),
        accounts=r.concepts(raw, "accounts"), acts=r.concepts(raw, "acts"), facts=r.concepts(raw, "facts"),
        topics=r.concepts(raw, "topics"), items=r.items(raw, known_items), expand=expand, expand_with=expand_with,
        personal_channels=frozenset(raw.get("personal_channels") or ()),
        labels={str(k): {str(a): str(b) for a, b in v.items()} for k, v in labels.items()},
        typo_pattern=typo_pattern,
        open_audience_channels=r.facts_list("open_audience.channels", open_audience.get("channels")),
        open_audience_unless_acts=r.facts_list("open_audience.unless_acts", open_audience.get("unless_acts")),
        open_audience_facts=r.facts_list("open_audience.facts", open_audience.get("facts")),
        open_account_channels=r.facts_list("open_account.channels", (raw.get("open_account") or {}).get("channels")),
        strictest_channels=r.facts_list("answer_strictest.channels",
                                        (raw.get("answer_strictest") or {}).get("channels")),
        default_channels=_default_channels(r, (raw.get("answer_strictest") or {}).get("as")),
        open_account_audiences=r.facts_list("open_account.audiences",
                                            (raw.get("open_account") or {}).get("audiences")),
        open_account_unless_facts=r.facts_list("open_account.unless_facts",
                                               (raw.get("open_account") or {}).get("unless_facts")),
        open_audience_unless_topics=r.facts_list("open_audience.unless_topics", open_audience.get("unless_topics")),
        open_audience_unless_facts=r.facts_list("open_audience.unless_facts", open_audience.get("unless_facts")),
        open_audience_kept_by=r.facts_list("open_audience.kept_by", open_audience.get("kept_by")),
        fuzzy_min_length=_fuzzy(r, raw.get("fuzzy_min_length", 0)),
        fuzzy_words=frozenset(w.lower() for w in r.facts_list("fuzzy_words", raw.get("fuzzy_words"))),
        fuzzy_short_words=frozenset(w.lower() for w in r.facts_list("fuzzy_short_words",
                                                                    raw.get("fuzzy_short_words"))),
        negated_channels=r.cues("negated_channels", raw.get("negated_channels"), required=False),
        negated_content=r.cues("negated_content", raw.get("negated_content"), required=False),
        lexicon=parse_lexicon(raw, r.fail),
        personal_scope_keeps=frozenset(int(n) for n in (raw.get("personal_scope_keeps") or ())),
        personal_scope_keeps_with_colleague=frozenset(
            int(n) for n in (raw.get("personal_scope_keeps_with_colleague") or ())),
        concept_facts=_concept_facts(r, raw.get("concept_facts")),
        set_phrases=_set_phrases(r, raw),
        denied_where_ruled_out=_denied_where_ruled_out(r, raw),
        concept_channels=_concept_channels(r, raw.get("concept_channels")),
        audience_precedence=_audience_precedence(r, raw.get("audience_precedence")),
        audience_by_band=_audience_by_band(r, raw.get("audience_by_band")),
        authorized_recipient_channels=_authorized_recipient_channels(r, raw.get("authorized_recipient_channels")),
        condition_shown_facts=r.facts_list("condition_shown_facts", raw.get("condition_shown_facts")),
        unsecured_channels=r.facts_list("unsecured_channels", raw.get("unsecured_channels")),
        personal_means_facts=r.facts_list("personal_means_facts", raw.get("personal_means_facts")),
        fact_items=_fact_items(r, raw.get("fact_items"), known_items),
        week_days=_week_days(r, raw.get("week_days")),
        next_week_words=frozenset(w.lower() for w in r.facts_list("next_week_words", raw.get("next_week_words"))),
        next_week_after_words=frozenset(w.lower() for w in r.facts_list("next_week_after_words",
                                                                        raw.get("next_week_after_words"))),
    )


def _week_days(r: _Reader, value: Any) -> tuple[str, ...]:
    """The days in their order (a list of words; the order is the meaning, so no set)."""
    r.facts_list("week_days", value)
    return tuple(w.lower() for w in value or ())


def _fact_items(r: _Reader, value: Any, known_items: set[int] | None) -> dict[str, frozenset[int]]:
    """`fact: [item numbers]`: each number must be one of the policy's items, so a typo fails at load."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise r.fail("fact_items", "expected a mapping of fact to item numbers")
    out: dict[str, frozenset[int]] = {}
    for fact, numbers in value.items():
        if not isinstance(numbers, list) or not all(isinstance(n, int) for n in numbers):
            raise r.fail(f"fact_items.{fact}", "expected a list of item numbers")
        unknown = sorted(set(numbers) - known_items) if known_items else []
        if unknown:
            raise r.fail(f"fact_items.{fact}", f"unknown items {unknown}")
        out[str(fact)] = frozenset(numbers)
    return out


def _set_phrases(r: _Reader, raw: dict[str, Any]) -> frozenset[str]:
    """`set_phrases: [concepts]`: each must be a concept of the `concepts` block, so a typo fails at load."""
    names = r.facts_list("set_phrases", raw.get("set_phrases"))
    unknown = sorted(set(names) - set(raw.get("concepts") or {}))
    if unknown:
        raise r.fail("set_phrases", f"unknown concepts {unknown}")
    return names


def _denied_where_ruled_out(r: _Reader, raw: dict[str, Any]) -> frozenset[str]:
    """`denied_where_ruled_out: [facts]`: each must be a fact the `facts` block reads, so a typo fails at load."""
    names = r.facts_list("denied_where_ruled_out", raw.get("denied_where_ruled_out"))
    known = {e.get("value") for e in raw.get("facts") or () if isinstance(e, dict)}
    unknown = sorted(names - known)
    if unknown:
        raise r.fail("denied_where_ruled_out", f"unknown facts {unknown}")
    return names


def _authorized_recipient_channels(r: _Reader, value: Any) -> dict[str, frozenset[str]]:
    """`kind: [channels]`: the channels over which a colleague (`staff`) or a student about their own work
    (`student`) is an authorized recipient of what the question names."""
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(k in ("staff", "student") for k in value):
        raise r.fail("authorized_recipient_channels", "expected a mapping of staff / student: [channels]")
    return {str(k): r.facts_list(f"authorized_recipient_channels.{k}", v) for k, v in value.items()}


def _concept_channels(r: _Reader, value: Any) -> dict[str, tuple[str, frozenset[str]]]:
    """`concept: {channel: C, replaces: [channels]}`: a concept names its channel better than the patterns did
    ("a Discord server" is a social app, whatever messaging word the patterns saw)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise r.fail("concept_channels", "expected a mapping of concept: {channel, replaces}")
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for concept, spec in value.items():
        if concept not in r.concept_words and concept not in BUILT_IN_CONCEPTS:
            raise r.fail("concept_channels", f"unknown concept {concept!r}")
        if not isinstance(spec, dict) or not isinstance(spec.get("channel"), str) \
                or not isinstance(spec.get("replaces"), list):
            raise r.fail(f"concept_channels.{concept}", "expected {channel: name, replaces: [channels]}")
        out[str(concept)] = (spec["channel"], frozenset(str(c) for c in spec["replaces"]))
    return out


def _default_channels(r: _Reader, value: Any) -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    """Open channel -> (the channel it is answered as, the acts and the facts that leave it asked about)."""
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, dict) and isinstance(v.get("channel"), str)
                                              for v in value.values()):
        raise r.fail("answer_strictest.as", "expected a mapping of open channel: {channel, unless_acts, unless_facts}")
    return {str(k): (v["channel"], r.facts_list(f"answer_strictest.as.{k}.unless_acts", v.get("unless_acts")),
                     r.facts_list(f"answer_strictest.as.{k}.unless_facts", v.get("unless_facts")))
            for k, v in value.items()}


def _expand_with(r: _Reader, value: Any, expand: dict[str, dict[str, tuple[str, ...]]]
                 ) -> dict[str, dict[str, tuple[tuple[frozenset[str], tuple[str, ...]], ...]]]:
    """`expand_with`: field -> open value -> [{facts, add}]: the values an open value is also answered for when
    the question gives every one of `facts` (only for an open value `expand` already lists)."""
    if not isinstance(value, dict):
        raise r.fail("expand_with", "expected a mapping of field: {open value: [{facts, add}]}")
    out: dict[str, dict[str, tuple[tuple[frozenset[str], tuple[str, ...]], ...]]] = {}
    for fieldname, table in value.items():
        if not isinstance(table, dict):
            raise r.fail(f"expand_with.{fieldname}", "expected a mapping of open value: [{facts, add}]")
        out[fieldname] = {}
        for key, rows in table.items():
            where = f"expand_with.{fieldname}.{key}"
            if str(key) not in expand.get(fieldname, {}):
                raise r.fail(where, "not an open value `expand` lists")
            if not isinstance(rows, list) or not all(isinstance(row, dict) and isinstance(row.get("add"), list)
                                                     and row["add"] for row in rows):
                raise r.fail(where, "expected a list of {facts: [...], add: [values]}")
            out[fieldname][str(key)] = tuple((r.facts_list(f"{where}.facts", row.get("facts")),
                                              tuple(str(v) for v in row["add"])) for row in rows)
    return out


def _audience_precedence(r: _Reader, value: Any) -> tuple[AudienceRule, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise r.fail("audience_precedence", "expected a list of rows {conditions..., audience}")
    rows = []
    for i, row in enumerate(value):
        where = f"audience_precedence[{i}]"
        if not isinstance(row, dict) or not isinstance(row.get("audience"), str):
            raise r.fail(f"{where}.audience", "missing")
        unknown = set(row) - {"audience", "bands", "by_band", *_AUDIENCE_RULE_LISTS}
        if unknown:
            raise r.fail(where, f"unknown condition {sorted(unknown)[0]!r}")
        if row.get("bands") not in (None, True, False) or row.get("by_band") not in (None, True, False):
            raise r.fail(where, "bands and by_band are true or false")
        lists = {key: r.facts_list(f"{where}.{key}", row.get(key)) for key in _AUDIENCE_RULE_LISTS}
        rows.append(AudienceRule(row["audience"], bands=row.get("bands"), by_band=bool(row.get("by_band")),
                                 **lists))
    return tuple(rows)


def _audience_by_band(r: _Reader, value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise r.fail("audience_by_band", "expected a mapping of band: audience")
    return {str(k): v for k, v in value.items()}


def _concept_facts(r: _Reader, value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise r.fail("concept_facts", "expected a mapping of concept: fact")
    unknown = set(value) - set(r.concept_words)
    if unknown:
        raise r.fail("concept_facts", f"unknown concept {sorted(unknown)[0]!r}")
    return dict(value)


def _fuzzy(r: _Reader, value: Any) -> int:
    if not isinstance(value, int) or value < 0 or 0 < value < 5:
        raise r.fail("fuzzy_min_length", "expected 0 (off) or a word length of 5 or more")
    return value


def items_key(known_items: frozenset[int] | None) -> str:
    """The policy's item numbers as part of a parsed cache's key (policy/parsed_cache.py)."""
    return "any items" if known_items is None else "items " + ",".join(map(str, sorted(known_items)))


@lru_cache(maxsize=8)
def load_vocabulary(path: Path | str, known_items: frozenset[int] | None = None) -> Vocabulary:
    """The vocabulary file parsed, or its parsed form from an earlier process when neither the file nor the code
    changed since (policy/parsed_cache.py: most of a cold `aupbot ask` was this parse)."""
    path = Path(path)
    data = read_bytes(path)
    return load_or_parse(
        path, [data],
        lambda: parse_vocabulary(path, read_yaml(path, data), set(known_items) if known_items is not None else None),
        Vocabulary, items_key(known_items))
