"""Concepts: word sets defined once in the vocabulary file, matched on word stems, and item frames over them.

Phrase regexes recognise the wording someone tuned them to; a word set recognises the topic whatever the
sentence around it. "endorse a candidate", "campaign for the alderman", "push my guy for mayor" all put a word of
`political_act` or `political_office` beside each other, so item 22 is read from the concepts, not from one
sentence. Every item frame is checked on every question, whatever channel it names: a channel the policy accepts
says nothing about what is sent through it (DESIGN.md, "Never a confident yes").

The same stems give the words the reader could not place: a content word outside every concept, every
vocabulary pattern and the stoplist, in an act the question asks about ("can I ...") or tells (a judged clause, a
colleague's act narrated, the asker's own act done, an act asked of the asker: `told_acts`). The engine never
answers a bare `allowed` while such a word stands beside an acceptable channel.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from policy import unplaced as unplaced_words

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\$?\d+(?:[.,:/-]\d+)*(?:st|nd|rd|th|s|k)?|[$#@+&]")
# A capitalised word after a title is a person's name, never an act ("Mr. K", "Ms Alvarez").
# (the title in any case: "Mr. K" and "mr. K" both name K; the name itself is capitalised)
_TITLED_NAME = re.compile(r"\b(?i:mr|mrs|ms|miss|dr|coach|principal|teacher)\.?\s+([A-Z][\w'-]*)")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:'s)?)\b")
_KEEP_DOUBLE = frozenset("lsfz")
POSSESSOR = "possessor"
# a student named as the owner of what follows ("a student's school gmail", "the kid's drive"): a student is a User
# of the network too, so whose account it is matters to item 9 as a colleague's does
STUDENT_OWNER = "student_owner"
PROPER_NAME = "proper_name"
EXACT = "="          # prefix of a word matched as written (plural -s allowed), not by its stem
_EXACT_MAX = 3
ONE_STUDENT = "one_student"
# the verb right after "can I" / "ok to": what a permission question asks to do (unless it is a word in the
# `not_an_act` concept, or a word of asking whom to tell: "can I report", "could I call someone")
ASKED_ACT = "asked_act"
NOT_AN_ACT = "not_an_act"
_TELLING = frozenset({"notify_verb", "report_ask", "tell_whom"})
# concepts the reader gives from the words' places, not from a word list (a frame may name them all the same)
# a relative named as the owner of a thing ("my brother's old phone"): whose phone, not who is written to
KIN_OWNER = "kin_owner"
_KIN = frozenset({"kin", "family_member"})
_OWNED_THINGS = frozenset({"phone_word", "phone_change", "personal_means", "district_device", "equipment",
                           "own_phone"})
# a count written in digits that is a crowd, not a handful ("200 emails", "1000 pages", "300 copies"): how much
# of a district resource an act takes, which no word list can hold (items 7, 11, 32)
MANY_COUNT = "many_count"
MANY_AT_LEAST = 50
# more machines counted than licences counted ("10 licences ... on 25 chromebooks", "one seat ... all 8 laptops"):
# a licence's terms broken by arithmetic, which no word list holds (item 31). The counts are read just before the
# words of the act layer's `licence_word` and `machine_word` concepts, in digits or as `number_words`
OVER_LICENCE = "over_licence"
LICENCE_WORD, MACHINE_WORD = "licence_word", "machine_word"
# ... and the people a licence is used by, counted the same way ("one login bought, can six teachers share it")
LICENCE_USER = "licence_user"
# a part of a whole counted ("18 of 22", "3 out of 4", "60%"): a quantity under the whole, which no word list holds
# (issue 10: "only some of the parents", "half"). It is read as the vocabulary's `partial_q` ("some of"), so every
# reading of a part of the parents or the forms reads it too
PART_COUNT = "partial_q"
_PART_OF = frozenset({"of", "out"})
_WHOLE_PERCENT = 100
_COUNT_REACH = 2            # "one teacher license", "all 12 lab computers": the count a word or two before
# a means of sending or a district system named only to be ruled out ("no email or anything", "not through the
# school account"): what the asker says the act did not use, which the `personal_scope` frame reads beside acts
# done aloud, on paper or in cash. The concepts are those of a means; `left_out` finds the negation
MEANS_LEFT_OUT = "means_left_out"
SERVED_STAFF_ROLE = "served_staff_role"
# the asker's own handset named ("my own cell"): a means a negation rules out like the others, and the one whose
# words the fact patterns then no longer read (understanding._without_handsets_ruled_out)
PERSONAL_HANDSET = "personal_handset"
_MEANS = frozenset({"contact_act", "share_act", "district_means", "mail_service", PERSONAL_HANDSET})
# the school itself ruled out of what the act is about ("nothing about school", "no school stuff", "not
# school-related"): a page or a post the asker says has nothing of the school in it is the asker's own, whatever
# hobby word it names ("I post dance videos"). A means ruled out ("not on school wifi") is `means_left_out` instead
SCHOOL_LEFT_OUT = "school_left_out"
_SCHOOL_MATTER = frozenset({"school_business", "school_involved", "district_business", "school_cause",
                            "school_sponsored"})
# (people ruled out, "no kids", "no parents", are who the act leaves out, not the school: the audience reads them)
_PEOPLE = frozenset({"student", "parent", "student_names", "staff_role", "person"})
_BUILT_IN = frozenset({ASKED_ACT, KIN_OWNER, MANY_COUNT, OVER_LICENCE, MEANS_LEFT_OUT, SCHOOL_LEFT_OUT, STUDENT_OWNER})
BUILT_IN_CONCEPTS = _BUILT_IN     # what the reader makes itself: the vocabulary may name them like its own
# The reading that says a question asks for the verdict on an act ("is that against the AUP?", "is he breaking the
# policy?") rather than how or whom to report it (DESIGN.md: the reporting answer is for HOW/WHOM questions).
JUDGEMENT = "judgement_question"
# The same verdict asked beside how or whom to report it: two questions, the act's verdict and the route
JUDGED_BESIDE_ROUTE = "judged_beside_route"
_VERDICT_READINGS = frozenset({JUDGEMENT, JUDGED_BESIDE_ROUTE})
_VOWELS = frozenset("aeiouy")


def stem(word: str, irregular: dict[str, str] | None = None) -> str:
    """A crude, deterministic stem shared by the vocabulary and the question, so word forms meet: "mocking",
    "mocked", "mocks" -> "mock"; "bets", "betting" -> "bet"; "endorse", "endorsed" -> "endors"."""
    w = word.lower().strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    if irregular and w in irregular:
        w = irregular[w]
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")):
        w = w[:-1]
    if w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ing") and len(w) > 5 and set(w[:-3]) & _VOWELS:
        w = w[:-3]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in _KEEP_DOUBLE:
            w = w[:-1]
    elif w.endswith("ed") and len(w) > 4 and set(w[:-2]) & _VOWELS:
        w = w[:-2]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in _KEEP_DOUBLE:
            w = w[:-1]
    if w.endswith("e") and len(w) > 3 and not w.endswith(("ee", "ie", "ye")):
        w = w[:-1]
    return w


class Token(NamedTuple):
    text: str       # the word as written (lower case)
    stem: str
    start: int
    end: int


class ConceptHit(NamedTuple):     # tuples, not dataclasses: a question makes dozens, and the budget is per question
    concept: str
    start: int      # token index
    end: int        # token index after the last word


@dataclass(frozen=True)
class Frame:
    """An item (or another reading) defined by concepts that must co-occur; `unless` concepts cancel it."""

    name: str                           # "item:22" or a named reading such as "permission_to_contact"
    all_of: tuple[str, ...]
    unless: tuple[str, ...] = ()
    gap: int = 0                        # the first `ordered` concepts occur in order, each within `gap` words
    ordered: int = 0
    # negation scope: a sequence whose first concept follows one of these within `scope` words does not count
    # ("I won't leave the parents off" keeps them on)
    negated_by: tuple[str, ...] = ()
    scope: int = 0
    # and a sequence whose last concept is followed, within `after_scope` words, by these concepts in order (each
    # within `after_gap` words of the one before) does not count ("just the seniors and their parents")
    cancelled_by: tuple[str, ...] = ()
    after_scope: int = 0
    after_gap: int = 0


@dataclass(frozen=True)
class LookedFor:
    """What the asker looks for is someone else's: "go through his school gmail to see if he sent the threat". A
    `harms` concept starting within `scope` words after an `openers` concept ("see if", "to find out whether") is
    the content searched for, not the asker's own, so no item reads it."""

    openers: frozenset[str]
    harms: frozenset[str]
    scope: int


@dataclass(frozen=True)
class LeftOut:
    """What a negation rules out: "no coworkers or parents as customers", "nothing to do with school", "not
    texting, calling". A concept of `targets` is left out when an `openers` concept stands before it with only
    `between` words in the way; `join` words carry the negation on to the next target ("no kids or parents")."""

    openers: frozenset[str]
    targets: frozenset[str]
    between: frozenset[str]
    join: frozenset[str]
    reach: int = 3          # how many `between` / `join` words may stand before the next target
    # targets that are verbs: the negation carries on over `between` words to their object, a target of
    # `objects` ("never friend any students" rules the students out with the befriending)
    verbs: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ContentGate:
    """The `allowed_gate` block: how the content or purpose a question tells about a message is found, and which
    concepts say whether it is understood as ordinary work. A channel the policy accepts says nothing about what
    travels through it (DESIGN.md, "Never a confident yes"); this is what lets the reader say what does."""

    cue: frozenset[str]                 # stems that introduce what is said or carried ("about", "saying", "with")
    carry: frozenset[str]               # stems of verbs whose object is what travels ("send", "forward", "attach")
    end: frozenset[str]                 # words after which the rest is where or how it goes ("from", "through")
    reach: int                          # words read after a cue at most
    ordinary: frozenset[str]            # concepts naming ordinary work (assignments, schedules, meetings ...)
    never: frozenset[str]               # what no channel makes acceptable (a person's character, threats, money)
    ordinary_only: frozenset[str]       # acceptable only as part of ordinary work (bulk to lists, whereabouts)
    need_to_know: frozenset[str]        # information about others: ordinary work, or to a recipient with a need
    # concepts of words that may name whom a message is for ("my ninth grade advisory", "all the 2nd grade
    # teachers"): a word only they and a doubted concept read is who it goes to, not what travels
    recipient: frozenset[str] = frozenset()
    # kinds of act that no ordinary work explains, each a conjunction of concept groups read over the whole
    # question (an act told outside a `cue` span still travels: "edit the log so it shows ..."): name -> groups
    kinds: tuple[tuple[str, tuple[frozenset[str], ...]], ...] = ()
    # a conjunction (`turn`) followed by a verb that opens a question (`asks`: "or is that ...", "and do I ...")
    # starts the asker's own question about the act: what follows is no part of what the message carries
    turn: frozenset[str] = frozenset()
    asks: frozenset[str] = frozenset()
    # concepts telling what already happened to someone ("a student who got hurt at practice"): the event the
    # message is about, so a doubted concept read only inside it (the harm word) is no threat the message makes
    happened: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    concepts: dict[str, frozenset[tuple[str, ...]]]        # concept -> stem sequences (one stem for a word)
    frames: tuple[Frame, ...]
    readings: tuple[Frame, ...]
    stopwords: frozenset[str]                               # stems that carry no act
    irregular: dict[str, str]
    unsure_alone: frozenset[str] = frozenset()              # concepts that place no act until their item fires
    # concepts that name what an item is about: wherever they stand in the question, an incomplete frame keeps
    # an acceptable channel from a bare `allowed` (a vote urged, a colleague accused, a record marked)
    doubt_anywhere: frozenset[str] = frozenset()
    # concepts that make an item's frame a report or a complaint about being the target ("reporting her", "sent
    # me"): in a question asking whether the act breaks the policy they cancel no item, the act is judged
    judgement_ignores: frozenset[str] = frozenset()
    # concepts whose words alone mean the content needs a human look (a slur, "confidential", "pregnant",
    # "password"): with no item placed, they keep an acceptable channel from a bare `allowed` (understanding)
    harm_alone: frozenset[str] = frozenset()
    known: frozenset[str] = frozenset()                     # stems the vocabulary's patterns spell (set later)
    # every word the reader knows in any role (a concept's phrase, here; the spelling corrector's list, added by
    # `Understanding`): a word outside it and `known` standing where a verb stands is an act nobody placed
    # (`_unknown_verbs`)
    spelled: frozenset[str] = frozenset()
    # concepts that read an act's parts (what is done, to what, with what effect) over words other concepts read
    # too: they take no words from the others' spans, the others take none from theirs, nor from each other
    # (`act_layer`)
    act_layer: frozenset[str] = frozenset()
    left_out: LeftOut | None = None
    looked_for: LookedFor | None = None
    # concepts that keep their say inside the ends of a send (`send_ends`): the district's own means, which the
    # items about using them read ("answer renters from my school email")
    send_end_keeps: frozenset[str] = frozenset()
    # what travels through an accepted channel: the `allowed_gate` block (`untold_content`)
    content_gate: ContentGate | None = None
    # number words and the counts they say ("one": 1, "single": 1, "dozen": 12), for counts written out
    numbers: dict[str, int] = field(default_factory=dict)
    # the words matched as written (`EXACT` + word) -> (phrase, concept) pairs
    _first: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict, repr=False)
    # every phrase by its stems: a first stem -> the phrase lengths it starts, longest first, and a
    # sequence -> its concepts (one dictionary look-up per length instead of one comparison per phrase)
    _lengths: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    _by_seq: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict, repr=False)
    _stems: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    # readings then frames, and where each starts: a frame is checked only when its first concept is present
    _by_first: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False, compare=False)
    # the item frames (indices into `frames`) each concept of an `unless` list rules out: which frames a question
    # ruled out is read from its concepts, not by checking every frame
    _by_unless: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False, compare=False)
    # readings then frames as one tuple (the indices `_by_first` holds), and each one's concepts as a set: a
    # frame is complete when the concepts present hold its set (one set comparison, not a loop per frame)
    _all_frames: tuple[Frame, ...] = field(default=(), repr=False, compare=False)
    _all_of_sets: tuple[frozenset[str], ...] = field(default=(), repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        """What is pickled (policy/parsed_cache.py): the lexicon without its stem cache, which holds the words of
        every question read so far and is no part of what the vocabulary file says."""
        return {**self.__dict__, "_stems": {}}

    def words(self) -> frozenset[str]:
        """Every single word a concept names (for the spelling corrector). Read from the distinct phrases: a
        concept built from others repeats their phrases, and a product of parts is tens of thousands of them."""
        return frozenset(seq[0] for seq in self._by_seq if len(seq) == 1)

    def phrase_words(self) -> frozenset[str]:
        """Every word some concept's phrase spells."""
        return frozenset(w for seq in self._by_seq for w in seq)


@dataclass(frozen=True)
class Reading:
    tokens: tuple[Token, ...]
    hits: tuple[ConceptHit, ...]
    concepts: frozenset[str]
    frames: tuple[str, ...]             # frame names that fired, file order
    items: tuple[int, ...]
    unplaced: tuple[str, ...]
    near_items: tuple[int, ...] = ()
    left_out: tuple[tuple[int, int], ...] = ()      # character spans a negation rules out ("no parents")
    # token spans naming the ends of a send ("to their CPS accounts", "from my school login"): `send_ends`
    send_ends: tuple[tuple[int, int], ...] = ()
    # token spans of a harm the asker looks for in someone else's messages or files (`LookedFor`)
    looked_for: tuple[tuple[int, int], ...] = ()

    def left_out_text(self, text: str) -> str:
        """`text` (the text the reading was made from) with what a negation rules out blanked, so a channel or
        an audience named only to be ruled out ("no emails", "no coworkers or parents") is not read."""
        for start, end in self.left_out:
            text = text[:start] + " " * (end - start) + text[end:]
        return text

    def describe(self) -> dict[str, Any]:
        return {"near_items": list(self.near_items),
                "left_out": [f"{a}-{b}" for a, b in self.left_out],
                "looked_for": [" ".join(t.text for t in self.tokens[a:b]) for a, b in self.looked_for],
                "tokens": [f"{t.text}/{t.stem}" if t.stem != t.text else t.text for t in self.tokens],
                "concepts": sorted(self.concepts), "frames": list(self.frames), "unplaced": list(self.unplaced)}


AMOUNT = "<amount>"     # "$5", "$20": the concept files name an amount of money with this word


def tokens(text: str, irregular: dict[str, str] | None = None,
           cache: dict[str, str] | None = None) -> tuple[Token, ...]:
    out = []
    for m in _TOKEN.finditer(text.lower()):
        word = m.group(0)
        if word[0] == "$":
            s = AMOUNT
        elif cache is not None:
            cached = cache.get(word)
            if cached is None:
                cached = cache[word] = stem(word, irregular)
                if len(cache) > _STEM_CACHE:
                    cache.clear()
            s = cached
        else:
            s = stem(word, irregular)
        out.append(Token(word, s, m.start(), m.end()))
    return tuple(out)


_STEM_CACHE = 50_000


def names_in(original: str) -> frozenset[str]:
    """Lower-cased words the asker capitalised mid-sentence or after a title: names, not acts."""
    found = {m.group(1).lower() for m in _TITLED_NAME.finditer(original)}
    found |= {m.group(1).lower().removesuffix("'s") for m in _NAME.finditer(original)}
    return frozenset(found)


class LexiconError(ValueError):
    pass


def parse_lexicon(raw: dict[str, Any], fail: Callable[[str, str], Exception]) -> Lexicon | None:
    """Read the vocabulary file's `concepts`, `frames`, `readings`, `stopwords` and `irregular` blocks."""
    block = raw.get("concepts")
    if block is None:
        return None
    if not isinstance(block, dict):
        raise fail("concepts", "expected a mapping of name: [words]")
    irregular_raw = raw.get("irregular") or {}
    if not isinstance(irregular_raw, dict):
        raise fail("irregular", "expected a mapping of word: base form")
    irregular = {str(k).lower(): str(v).lower() for k, v in irregular_raw.items()}
    words: dict[str, list[str]] = {}
    for name, entries in block.items():
        if not isinstance(entries, list) or not entries or not all(isinstance(e, str) for e in entries):
            raise fail(f"concepts.{name}", "expected a list of words or phrases")
        words[str(name)] = entries
    concepts: dict[str, frozenset[tuple[str, ...]]] = {}
    as_parts: dict[str, frozenset[tuple[str, ...]]] = {}
    phrases: dict[str, tuple[str, ...]] = {}

    def unexacted(name: str, seen: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
        """A concept's phrases as parts of a product (`_unexact`), worked out once per concept."""
        if name not in as_parts:
            as_parts[name] = frozenset(_unexact(seq, irregular) for seq in expand(name, seen))
        return as_parts[name]

    def expand(name: str, seen: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
        if name in concepts:
            return concepts[name]
        if name in seen:
            raise fail(f"concepts.{name}", "refers to itself through " + " -> ".join(seen))
        out: set[tuple[str, ...]] = set()
        for entry in words[name]:
            if entry.startswith("@") and " " in entry:
                # "@system_area @system_head": every phrase of the first concept followed by every phrase of the
                # next, so a family ("lunch system", "payroll portal", "bus app") is written once as its parts
                # (each part's phrases are unexacted once, before the product: the same result, without
                # unexacting every combination)
                product: set[tuple[str, ...]] = {()}
                for part in entry.split():
                    if not part.startswith("@") or part[1:] not in words:
                        raise fail(f"concepts.{name}", f"{entry!r}: a product names known concepts, each with @")
                    parts = unexacted(part[1:], (*seen, name))
                    product = {a + b for a in product for b in parts}
                out |= product
            elif entry.startswith("@"):
                ref = entry[1:]
                if ref not in words:
                    raise fail(f"concepts.{name}", f"unknown concept {entry}")
                out |= expand(ref, (*seen, name))
            elif entry == AMOUNT:
                out.add((AMOUNT,))
            elif entry.startswith(EXACT) and " " not in entry:
                # "=illegals" is the word as written (plural -s allowed), never its stem ("illegal")
                out.add((entry.lower(),))
            elif " " not in entry and len(entry) <= _EXACT_MAX:
                # a short word ("pac", "bet", "sub") is matched as written: stems of short words collide
                # ("pacing" -> "pac")
                out.add((EXACT + entry.lower(),))
            else:
                if entry not in phrases:      # the same phrase is written in several concepts
                    phrases[entry] = tuple(t.stem for t in tokens(entry, irregular))
                seq = phrases[entry]
                if not seq:
                    raise fail(f"concepts.{name}", f"no words in {entry!r}")
                out.add(seq)
        concepts[name] = frozenset(out)
        return concepts[name]

    for name in words:
        expand(name, ())
    frames = tuple(_frames(raw.get("frames"), "frames", concepts, fail, item_keys=True))
    readings = tuple(_frames(raw.get("readings"), "readings", concepts, fail, item_keys=False))
    stop_raw = raw.get("stopwords") or ""
    if not isinstance(stop_raw, str):
        raise fail("stopwords", "expected a block of words separated by spaces")
    stopwords = frozenset(stem(w, irregular) for w in stop_raw.split())
    # one pass over every (phrase, concept): the phrase lengths each first stem starts, the concepts of each phrase,
    # and the words matched as written (`EXACT`), which `read` looks up by the word itself
    exact: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    lengths: dict[str, set[int]] = {}
    by_seq: dict[tuple[str, ...], list[str]] = {}
    for name, seqs in concepts.items():
        for seq in seqs:
            head = seq[0]
            if head.startswith(EXACT):
                exact.setdefault(head, []).append((seq, name))
            lengths.setdefault(head, set()).add(len(seq))
            by_seq.setdefault(seq, []).append(name)
    def concept_list(key: str) -> frozenset[str]:
        names = raw.get(key) or []
        if not isinstance(names, list) or any(c not in concepts for c in names):
            raise fail(key, "expected a list of concept names")
        return frozenset(names)

    unsure, doubt = concept_list("unsure_alone"), concept_list("doubt_anywhere")
    harm, ignores = concept_list("harm_alone"), concept_list("judgement_ignores")
    layer = concept_list("act_layer")
    end_keeps = concept_list("send_end_keeps")
    numbers_raw = raw.get("number_words") or {}
    if not isinstance(numbers_raw, dict) or not all(isinstance(v, int) for v in numbers_raw.values()):
        raise fail("number_words", "expected a mapping of word: count")
    numbers = {str(k).lower(): int(v) for k, v in numbers_raw.items()}
    by_first: dict[str, list[int]] = {}
    for n, frame in enumerate((*readings, *frames)):
        by_first.setdefault(frame.all_of[0], []).append(n)
    by_unless: dict[str, list[int]] = {}
    for n, frame in enumerate(frames):
        for c in dict.fromkeys(frame.unless):
            by_unless.setdefault(c, []).append(n)
    return Lexicon(concepts, frames, readings, stopwords, irregular, unsure, doubt,
                   judgement_ignores=ignores, harm_alone=harm, act_layer=layer, numbers=numbers,
                   send_end_keeps=end_keeps,
                   _by_first={k: tuple(v) for k, v in by_first.items()},
                   _by_unless={k: tuple(v) for k, v in by_unless.items()},
                   _all_frames=(*readings, *frames),
                   _all_of_sets=tuple(frozenset(f.all_of) for f in (*readings, *frames)),
                   left_out=_left_out_block(raw.get("left_out"), concepts, fail),
                   looked_for=_looked_for_block(raw.get("looked_for"), concepts, fail),
                   content_gate=_content_gate(raw.get("allowed_gate"), concepts, irregular, fail),
                   _first={k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in exact.items()},
                   _lengths={k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
                   _by_seq={seq: tuple(names) for seq, names in by_seq.items()},
                   spelled=frozenset(w for seq in by_seq for w in seq))


def _unexact(seq: tuple[str, ...], irregular: dict[str, str]) -> tuple[str, ...]:
    """A phrase built from parts: a short word matched as written alone ("=hr") is matched by its stem inside a
    phrase, as every phrase's words are."""
    return tuple(stem(w[len(EXACT):], irregular) if w.startswith(EXACT) else w for w in seq)


def _looked_for_block(block: Any, concepts: dict[str, Any],
                      fail: Callable[[str, str], Exception]) -> LookedFor | None:
    if block is None:
        return None
    if not isinstance(block, dict):
        raise fail("looked_for", "expected a mapping with openers, harms and scope")
    scope = block.get("scope")
    if not isinstance(scope, int) or scope < 0:
        raise fail("looked_for.scope", "expected a number of words")
    return LookedFor(_concept_names(block, "openers", "looked_for", concepts, fail),
                     _concept_names(block, "harms", "looked_for", concepts, fail), scope)


def _concept_names(block: dict[str, Any], key: str, where: str, concepts: dict[str, Any],
                   fail: Callable[[str, str], Exception]) -> frozenset[str]:
    """A block's list of concept names, none unknown and at least one (a rule reading nothing is a typo)."""
    value = block.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(f"{where}.{key}", "expected a list")
    unknown = [c for c in value if c not in concepts]
    if unknown or not value:
        raise fail(f"{where}.{key}", f"expected concept names, not {unknown or 'nothing'}")
    return frozenset(value)


def _looked_for_spans(rule: LookedFor, hits: Iterable[ConceptHit]) -> set[tuple[int, int]]:
    """The harms looked for: `rule.harms` hits starting within `rule.scope` words after an opener ("to see if he
    sent the threat"), so the question's items read the search, not the harm, as the asker's act."""
    hits = list(hits)
    ends = [h.end for h in hits if h.concept in rule.openers]
    if not ends:
        return set()
    return {(h.start, h.end) for h in hits
            if h.concept in rule.harms and any(0 <= h.start - e <= rule.scope for e in ends)}


def _left_out_block(block: Any, concepts: dict[str, Any], fail: Callable[[str, str], Exception]) -> LeftOut | None:
    if block is None:
        return None
    if not isinstance(block, dict):
        raise fail("left_out", "expected a mapping with openers, targets, between and join")
    words: dict[str, frozenset[str]] = {}
    for key in ("between", "join"):
        value = block.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f"left_out.{key}", "expected a list")
        words[key] = frozenset(w.lower() for w in value)
    openers = _concept_names(block, "openers", "left_out", concepts, fail)
    targets = _concept_names(block, "targets", "left_out", concepts, fail)
    reach = block.get("reach", 3)
    if not isinstance(reach, int) or reach < 0:
        raise fail("left_out.reach", "expected a number of words")
    verbs, objects = (_concept_names(block, key, "left_out", concepts, fail) if key in block else frozenset()
                      for key in ("verbs", "objects"))
    if not verbs | objects <= targets:
        raise fail("left_out.verbs/objects", "expected concepts that are also targets")
    return LeftOut(openers, targets, words["between"], words["join"], reach, verbs, objects)


def _content_gate(block: Any, concepts: dict[str, Any], irregular: dict[str, str],
                  fail: Callable[[str, str], Exception]) -> ContentGate | None:
    if block is None:
        return None
    if not isinstance(block, dict):
        raise fail("allowed_gate", "expected a mapping with cue, carry, end, reach and concept lists")
    words: dict[str, frozenset[str]] = {}
    for key in ("cue", "carry", "end", "turn", "asks"):
        value = block.get(key) or []
        if key in ("turn", "asks") and key not in block:
            words[key] = frozenset()
            continue
        if not isinstance(value, list) or not all(isinstance(w, str) and " " not in w for w in value) or not value:
            raise fail(f"allowed_gate.{key}", "expected a list of single words")
        words[key] = frozenset(stem(w, irregular) for w in value)
    names: dict[str, frozenset[str]] = {}
    for key in ("ordinary", "never", "ordinary_only", "need_to_know", "recipient", "happened"):
        if key == "happened" and key not in block:
            names[key] = frozenset()
            continue
        value = block.get(key) or []
        unknown = [c for c in value if c not in concepts] if isinstance(value, list) else value
        if not isinstance(value, list) or unknown or not value:
            raise fail(f"allowed_gate.{key}", f"expected concept names, not {unknown or 'nothing'}")
        names[key] = frozenset(value)
    reach = block.get("reach", 10)
    if not isinstance(reach, int) or reach < 1:
        raise fail("allowed_gate.reach", "expected a number of words")
    kinds: list[tuple[str, tuple[frozenset[str], ...]]] = []
    for name, groups in (block.get("kinds") or {}).items():
        if not isinstance(groups, list) or not groups or not all(
                isinstance(g, list) and g and all(c in concepts for c in g) for g in groups):
            raise fail(f"allowed_gate.kinds.{name}", "expected a list of lists of concept names")
        kinds.append((str(name), tuple(frozenset(g) for g in groups)))
    return ContentGate(words["cue"], words["carry"], words["end"], reach, names["ordinary"], names["never"],
                       names["ordinary_only"], names["need_to_know"], names["recipient"], tuple(kinds),
                       words["turn"], words["asks"], names["happened"])


def _frames(block: Any, where: str, concepts: dict[str, Any], fail: Callable[[str, str], Exception], *,
            item_keys: bool) -> list[Frame]:
    if block is None:
        return []
    if not isinstance(block, dict):
        raise fail(where, "expected a mapping of name: [frames]")
    out: list[Frame] = []
    for key, entries in block.items():
        name = f"item:{int(key)}" if item_keys else str(key)
        if not isinstance(entries, list) or not entries:
            raise fail(f"{where}.{key}", "expected a list of frames")
        for n, entry in enumerate(entries):
            here = f"{where}.{key}[{n}]"
            if isinstance(entry, list):
                entry = {"all": entry}
            gap = ordered = scope = 0
            negated_by: list[str] = []
            cancelled_by: list[str] = []
            after_scope = after_gap = 0
            if isinstance(entry, dict) and "sequence" in entry:
                given = entry.get("gap")
                if not isinstance(given, int) or given < 0:
                    raise fail(here, "a sequence needs gap: a number of words (0: adjacent)")
                gap = given
                also = entry.get("also") or []
                if not isinstance(entry["sequence"], list) or not isinstance(also, list):
                    raise fail(here, "sequence and also are lists of concepts")
                ordered = len(entry["sequence"])
                negation = entry.get("negated_by") or {}
                if negation:
                    if not isinstance(negation, dict) or not isinstance(negation.get("concepts"), list) \
                            or not isinstance(negation.get("scope"), int) or negation["scope"] < 0:
                        raise fail(here, "negated_by is {concepts: [concepts], scope: a number of words}")
                    negated_by, scope = negation["concepts"], negation["scope"]
                cancel = entry.get("cancelled_by") or {}
                if cancel:
                    if not isinstance(cancel, dict) or not isinstance(cancel.get("concepts"), list) \
                            or not isinstance(cancel.get("scope"), int) or cancel["scope"] < 0 \
                            or not isinstance(cancel.get("gap", 0), int) or cancel.get("gap", 0) < 0:
                        raise fail(here, "cancelled_by is {concepts: [concepts], scope: words, gap: words}")
                    cancelled_by, after_scope = cancel["concepts"], cancel["scope"]
                    after_gap = cancel.get("gap", 0)
                entry = {**entry, "all": [*entry["sequence"], *also]}
            if not isinstance(entry, dict) or not isinstance(entry.get("all"), list) or not entry["all"]:
                raise fail(here, "expected [concepts], {all: [concepts], unless: [concepts]} or {sequence, gap}")
            unless = entry.get("unless") or []
            for c in (*entry["all"], *unless, *negated_by, *cancelled_by):
                if c not in concepts and c not in _BUILT_IN:
                    raise fail(here, f"unknown concept {c!r}")
            out.append(Frame(name, tuple(entry["all"]), tuple(unless), gap, ordered, tuple(negated_by), scope,
                             tuple(cancelled_by), after_scope, after_gap))
    return out


# Words that end the object of a verb: what follows is where, when, why or to whom, not what is done.
_BOUNDARY = frozenset("""about regarding re for to on over through via from with in at during by into onto if when
while because since so and or but that who which as after before using without than like until unless whether
instead rather""".split())
# Words between "can I" and the verb, or after "to" before a verb, that are not the act.
_LEAD = frozenset("""i we to just still also really please go ahead ever even be able actually ok okay allowed
fine always sometimes maybe quickly then still""".split())
# a spaced dash ("instead of the principal - who should be told?") ends a clause too; "co-teacher" does not
_PUNCT = re.compile(r"[.,;:!?()\[\]\"]|\s-+\s")


def punct_between(text: str, toks: tuple[Token, ...], j: int) -> bool:
    """Punctuation between token j and the one before it: a clause ends there."""
    if j <= 0:
        return False
    gap = text[toks[j - 1].end:toks[j].start]
    # (most gaps are one space, which holds no punctuation: the search is for the rest)
    return gap != " " and _PUNCT.search(gap) is not None
_OBJECT_SPAN = 6


_OWNED = frozenset({"my", "mine", "own"})
_PURPOSE_SPAN = 9


def act_slots(toks: tuple[Token, ...], hits: list[ConceptHit], text: str) -> list[tuple[int, tuple[int, ...], bool]]:
    """The acts a question asks about: the verb after "can I" / "ok to" / an infinitive "to", with its object up to a
    preposition or punctuation ("about the boiler schedule" is a topic, not the act), and whether that object is
    the asker's own ("host my zumba nights", "promote my church's revival"): a personal activity."""
    starts = [h.end for h in hits if h.concept == "ask_permission"]
    starts += [i + 1 for i, t in enumerate(toks) if t.text == "to"]
    groups: list[tuple[int, tuple[int, ...], bool]] = []
    for j in sorted(set(starts)):
        while j < len(toks) and toks[j].text in _LEAD:
            j += 1
        if j >= len(toks) or _PUNCT.search(text[toks[j - 1].end:toks[j].start] if j else ""):
            continue
        groups.append(_slot(toks, hits, text, j))
    return groups


def _slot(toks: tuple[Token, ...], hits: list[ConceptHit], text: str, j: int) -> tuple[int, tuple[int, ...], bool]:
    """The act whose verb is token j: the verb (a concept's phrase may run past it: "log into"), its object up to a
    preposition or punctuation, and whether the object is the asker's own."""
    verb_end = max((h.end for h in hits if h.start == j and h.end > j + 1), default=j + 1)
    obj: list[int] = []
    for k in range(verb_end, min(len(toks), verb_end + _OBJECT_SPAN)):
        if toks[k].text in _BOUNDARY or (k > verb_end and _PUNCT.search(text[toks[k - 1].end:toks[k].start])):
            break
        obj.append(k)
    return (j, tuple(obj), any(toks[k].text in _OWNED for k in obj))


# ---- acts told rather than asked (issue 10): "is it a problem if a teacher bumps up ...", "my AP added himself as
# ...", "I already forwarded ...", "was it wrong that I ...". A clause's subject (a person the concepts name, or a
# pronoun), then its verb in any tense or aspect. The asker judges or reports what was done, so an act the reader
# cannot place there is not understood, whatever channel carried it.
_SUBJECT_CONCEPTS = frozenset({"person", "staff_role", PROPER_NAME})
_SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "they", "we", "someone", "somebody", "anyone", "everyone"})
# a modal or an auxiliary before the subject makes the clause a question asked ("can my aide ...", "should I ..."):
# the asked act has its own slot ("can I" / "to")
_ASKING_BEFORE = frozenset({"can", "could", "may", "might", "should", "would", "will", "do", "does", "did", "is",
                            "are", "am", "was", "were", "shall", "must", "let", "how", "what", "where", "who"})
# auxiliaries and adverbs between the subject and the verb ("has been", "keeps", "already", "just", "was just")
_TOLD_FILLER = frozenset({"already", "just", "also", "still", "always", "often", "sometimes", "apparently",
                          "actually", "accidentally", "basically", "really", "even", "then", "recently", "finally",
                          "has", "have", "had", "been", "was", "were", "is", "are", "keeps", "keep", "kept",
                          "will", "would", "went", "ahead", "and", "now", "literally", "randomly", "openly",
                          "regularly", "constantly", "secretly", "supposedly", "allegedly", "routinely", "once",
                          "twice", "repeatedly", "kinda", "sort", "of"})
_TOLD_AUX = frozenset({"has", "have", "had", "been", "was", "were", "is", "are", "keeps", "keep", "kept", "will",
                       "would", "went"})
# a negated clause tells what was not done
_TOLD_STOP = frozenset({"not", "never", "didn't", "doesn't", "don't", "won't", "wasn't", "isn't", "hasn't",
                        "haven't", "can't", "couldn't", "wouldn't", "shouldn't", "no"})
# verbs that report or want an act rather than do it ("asked me to", "told me to", "says he was", "wants to"): the
# act is in the clause they introduce, which has its own slot ("to") or subject ("he")
_REPORTING = frozenset(stem(w) for w in """ask tell told want say said think thought need try decide start plan hope
like love wonder feel felt know knew guess claim insist swear swore admit mention seem mean meant agree offer refuse
forget forgot afraid sure suppose go get got be do did have can could may might should would will must work
teach coach hear heard notice realize learn remember promise promised bet assume believe reckon assure imagine
expect suspect doubt understand""".split())
# verbs of a state or an attitude, not an act: "she deserves it", "he seems fine", "it matters"
_STATES = frozenset(stem(w) for w in """deserve seem look sound belong matter care mind hate prefer appear
happen exist remain stay live""".split())
_DETERMINERS = frozenset({"my", "our", "the", "a", "an", "this", "that", "his", "her", "their", "one", "some",
                          "another", "any", "every"})
# a clause opened by these tells a circumstance ("when a parent shows up", "because she was out") unless a judging
# frame stands right before it ("is it a violation if ...", "was it wrong that I ...")
_SUBORDINATORS = frozenset({"when", "whenever", "once", "until", "since", "because", "cause", "after", "before",
                            "while", "if", "that", "so", "unless", "whether", "though", "although", "as", "where",
                            "which", "who"})
# the words of a judging frame: a verdict asked for on the clause after it
_JUDGING = frozenset({"ask_permission", "asks_whether", "judge_eval", "judgement_phrase", "against_word",
                      "judge_after", "judge_pointer", "policy_ref"})
JUDGE_EVAL = "judge_eval"
_JUDGED_OPENERS = frozenset({"if", "that", "for"})
# a person right after one of these is the preposition's object ("calls between staff members", "a chat with the
# coaches"), not the subject of a clause; and none of them is ever a clause's verb ("teachers across the network")
_PREPOSITIONS = frozenset("""about regarding re on over through via from with in at during by into onto between
among of toward towards against without across around behind beside beyond under inside outside throughout within
along near upon amongst""".split())
_JUDGING_REACH = 2
# who the items do not govern: a student's or a parent's act is what happened to the teller, not a staff act
_NOT_STAFF_ACTORS = frozenset({"student", "parent", "one_student"})
# the words of an object's quantity or owner that a longer span may take with a verb ("add some", "grab my"); not
# "her" or "his", which a phrase takes as the person acted on ("coach her", "add her": their own act)
_QUANTIFIERS = frozenset({"a", "an", "the", "some", "any", "my", "our", "this",
                          "that", "these", "those", "few", "couple", "several", "all", "every", "each"})
_BE = frozenset({"is", "was", "were", "are", "been"})
_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them"})
_MODIFIER_PREPS = frozenset({"on", "in", "at", "from", "of", "over"})
_MODIFIER_SPAN = 3
_VERB_SUFFIXES = ("ed", "ing")


def verb_like(tok: Token, irregular: Container[str], bare: bool = False) -> bool:
    """A word that reads as a verb right after a subject: a past or -ing form, a third-person -s, an irregular past
    the vocabulary knows ("sent", "took"), or (`bare`) any word after a plural or first-person subject ("they text")
    or right after someone named ("a volunteer sat"). The told-act readers here and the reader of whose act a
    report tells (understanding) use it."""
    w = tok.text
    if not w[0].isalpha() or "'" in w:
        return False
    if w in irregular or w.endswith(_VERB_SUFFIXES) and len(w) > 4:
        return True
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return True
    return bare


# the clause words the understanding reads whose act a report tells with (owned here, where clauses are read)
BOUNDARY, ASKING_BEFORE, TOLD_FILLER = _BOUNDARY, _ASKING_BEFORE, _TOLD_FILLER


def _judged_clause(toks: tuple[Token, ...], hits: list[ConceptHit], opener: int,
                   verdict_words: Container[tuple[str, ...]]) -> bool:
    """The clause's opener ("if", "that", "for") right after a judging frame ("is it a violation if", "a problem
    that") or a verdict word ("is it ok if", "was it wrong that I"), whatever longer span holds that word."""
    if opener < 0 or toks[opener].text not in _JUDGED_OPENERS:
        return False
    return any(h.concept in _JUDGING and h.start < opener and opener - _JUDGING_REACH <= h.end for h in hits) \
        or any((t.stem,) in verdict_words for t in toks[max(0, opener - _JUDGING_REACH - 1):opener])


def told_acts(toks: tuple[Token, ...], hits: list[ConceptHit], text: str,
              irregular: Container[str] = frozenset(),
              verdict_words: Container[tuple[str, ...]] = frozenset()) -> list[tuple[int, tuple[int, ...], bool]]:
    """The acts a question tells rather than asks: after a subject (a person the concepts name, or a pronoun) that
    no modal turns into a question, past the auxiliaries and adverbs ("keeps", "has been", "already"), a word that
    reads as a verb, in any tense; a reporting verb ("asked me to", "says he was") hands on to the clause it
    introduces. Read as an act after "can I" is: the verb, its object, whether the object is the teller's own."""
    subjects: dict[int, int] = {}
    for h in hits:
        if h.concept in _SUBJECT_CONCEPTS:
            subjects[h.start] = max(subjects.get(h.start, 0), h.end)
    for i, t in enumerate(toks):
        if t.text in _SUBJECT_PRONOUNS:
            subjects[i] = max(subjects.get(i, 0), i + 1)
    covered = {i for a, b in subjects.items() for i in range(a + 1, b)}
    covered |= {h.start for h in hits if h.concept in _NOT_STAFF_ACTORS}
    # a word that names a person is a noun wherever it stands ("building tech coordinators", "staff members"): the
    # subject's own head or a second person, never the verb the subject does
    person_words = {h.start for h in hits if h.concept in _SUBJECT_CONCEPTS}
    asks_own_act = any(h.concept in (ASKED_ACT, "ask_permission") for h in hits)
    groups: list[tuple[int, tuple[int, ...], bool]] = []
    for a, b in sorted(subjects.items()):
        if a in covered or toks[b - 1].text.endswith("'s") or b >= len(toks) \
                or (a and text[toks[a - 1].end:toks[a].start] == "-"):
            continue
        # "can my aide ...", "should I ...": a question with its own slot; "the AP's ..." owns, it does not act
        det = a - 1 if a and toks[a - 1].text in _DETERMINERS and not punct_between(text, toks, a) else a
        opener = toks[det - 1].text if det and not punct_between(text, toks, det) else ""
        if opener in _ASKING_BEFORE or opener in _PREPOSITIONS:
            continue
        if not _judged_clause(toks, hits, det - 1, verdict_words) and (opener in _SUBORDINATORS or asks_own_act):
            # "... when a parent shows up", "can I call her to say her sub cancelled": the circumstance of an act
            # asked about, not the act judged
            continue
        j = b
        if toks[j].text in _MODIFIER_PREPS and not punct_between(text, toks, j):
            # "someone on staff flashed", "a teacher on my team keeps ...": the subject's modifier, then the verb;
            # the word right after the preposition is its object ("coordinators of outages"), never that verb
            nxt = next((k for k in range(j + 2, min(len(toks), j + 1 + _MODIFIER_SPAN + 1))
                        if not punct_between(text, toks, k)
                        and (toks[k].text in _TOLD_AUX or verb_like(toks[k], irregular))), None)
            if nxt is None:
                continue
            j = nxt
        aux, be = False, False
        while j < len(toks) and (toks[j].text in _TOLD_FILLER or toks[j].text.endswith("ly")) \
                and not punct_between(text, toks, j):
            aux = aux or toks[j].text in _TOLD_AUX
            be = toks[j].text in _BE or (be and toks[j].text not in _TOLD_AUX)
            j += 1
        if be and j < len(toks) and (toks[j].text.endswith("ed") or toks[j].text in irregular):
            continue        # "a kid is enrolled", "she was told": a state or a passive, not the subject's act
        if j >= len(toks) or punct_between(text, toks, j) or toks[j].text in _TOLD_STOP or j in person_words \
                or toks[j].text in _BOUNDARY or toks[j].text in _PREPOSITIONS or toks[j].stem in _REPORTING \
                or toks[j].stem in _STATES:
            continue
        plural = toks[b - 1].text in ("i", "we", "they") or toks[b - 1].text.endswith("s")
        if not verb_like(toks[j], irregular, aux or plural) or (j + 1 < len(toks) and toks[j + 1].text == "to"):
            continue        # "I prefer to ...", "she tends to ...": the act is the one after "to"
        groups.append(_slot(toks, hits, text, j))
    # "asked me to ...", "told us to ...", "is it ok for the registrar to ...": someone else's act, or one asked of
    # the teller, after "to"
    people = {h.end for h in hits if h.concept in _SUBJECT_CONCEPTS} | \
        {i + 1 for i, t in enumerate(toks) if t.text in _OBJECT_PRONOUNS}
    for i, t in enumerate(toks):
        if t.text != "to" or i not in people or i + 1 >= len(toks) or punct_between(text, toks, i + 1):
            continue
        head = next(h.start for h in hits if h.end == i and h.concept in _SUBJECT_CONCEPTS) \
            if toks[i - 1].text not in _OBJECT_PRONOUNS else i - 1
        before = [k for k in range(max(0, head - 3), head) if not punct_between(text, toks, k + 1)]
        if not any(toks[k].stem in _REPORTING or toks[k].text == "for" for k in before):
            continue
        j = i + 1
        while j < len(toks) and toks[j].text in _LEAD:
            j += 1
        if j < len(toks) and not punct_between(text, toks, j):
            groups.append(_slot(toks, hits, text, j))
    # two subjects of one verb ("someone on staff"): one act
    return list({g[0]: g for g in reversed(groups)}.values())[::-1]


# plural or collective although written without -s
_NOT_ONE = frozenset({"freshmen", "children", "homeroom", "advisory", "class", "team", "people"})
_SINGULAR = frozenset({"a", "an", "one", "this", "that", "my", "each"})
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth)$")


def _one_student(toks: tuple[Token, ...], hits: list[ConceptHit]) -> list[ConceptHit]:
    """A student word in the singular after "a" / "my" / "this" (an ordinal may stand between), or any student
    word after "one of my": one student. Stems drop the plural, so the written word decides."""
    out = []
    for h in hits:
        if h.concept != "student":
            continue
        word = toks[h.end - 1]
        j = h.start - 1
        while j >= 0 and _ORDINAL.match(toks[j].text):
            j -= 1
        if j < 0:
            continue
        # "a student's grandma": the one written about is the parent, not the student
        if word.text.endswith("'s") and h.end < len(toks) and \
                any(p.concept == "parent" and p.start == h.end for p in hits):
            continue
        written = word.text.removesuffix("'s")
        singular = (not written.endswith("s") or written.endswith("ss")) and written not in _NOT_ONE
        # the determiner may be the student span's own first word ("my students" is one of its phrases)
        det = h.start if h.end - h.start > 1 and toks[h.start].text in ("my", "the", "our") else j
        if (singular and toks[j].text in _SINGULAR) or (
                det >= 2 and toks[det].text in ("my", "the", "our") and toks[det - 1].text == "of"
                and toks[det - 2].text == "one"):
            out.append(ConceptHit(ONE_STUDENT, h.start, h.end))
    return out


# "go" is an act here ("can I go into her files"), not the filler of "go ahead and"
_ASK_FILLER = _LEAD - {"go"}
ASK_FILLER = _ASK_FILLER     # (policy/asked_clause.py reads the verb after "can I" the same way)


def _kin_owners(toks: tuple[Token, ...], hits: list[ConceptHit]) -> list[ConceptHit]:
    """A relative written with 's and a thing right after it (one word may stand between: "my son's old
    laptop") owns the thing: the relative is not a student the question is about."""
    things = {h.start for h in hits if h.concept in _OWNED_THINGS}
    return [ConceptHit(KIN_OWNER, h.start, h.end) for h in hits
            if h.concept in _KIN and toks[h.end - 1].text.endswith("'s")
            and (h.end in things or h.end + 1 in things)]


@lru_cache(maxsize=16)
def _longest_phrase(phrases: frozenset[tuple[str, ...]]) -> int:
    """The most words any of the phrases has (1 for none)."""
    return max(map(len, phrases), default=1)


def _longest(candidates: Iterable[ConceptHit]) -> list[ConceptHit]:
    """The spans kept from candidates sorted longest first: a span is kept unless a longer (or earlier, as long)
    one already holds one of its words; spans of the same extent all count."""
    hits: list[ConceptHit] = []
    owner: dict[int, tuple[int, int]] = {}
    for h in candidates:
        span = (h.start, h.end)
        if h.end - h.start == 1:
            # (most spans are one word: one look, no generator)
            held = owner.get(h.start, span)
            if held == span:
                hits.append(h)
                owner[h.start] = span
        elif all(owner.get(j, span) == span for j in range(h.start, h.end)):
            hits.append(h)
            for j in range(h.start, h.end):
                owner[j] = span
    return hits


def _many_counts(toks: tuple[Token, ...]) -> list[ConceptHit]:
    """A number of at least MANY_AT_LEAST written in digits ("200", "1,000", "5k"), not a sum ("$100"), a year
    ("2019"), a time or a date (written with ":" or "/", which the tokenizer keeps in the number)."""
    out = []
    for i, t in enumerate(toks):
        if t.text.startswith("$"):
            continue            # an amount of money, not a number of things
        digits = t.text.replace(",", "")
        scale = 1000 if digits.endswith("k") else 1
        digits = digits.removesuffix("k")
        if not digits.isdigit() or (len(digits) == 4 and digits[:2] in ("19", "20")):
            continue
        if int(digits) * scale >= MANY_AT_LEAST:
            out.append(ConceptHit(MANY_COUNT, i, i + 1))
    return out


def _part_counts(toks: tuple[Token, ...], text: str, numbers: dict[str, int]) -> list[ConceptHit]:
    """A count of a part of a counted whole: "18 of 22", "3 out of 4" (the first less than the second), or a share
    under a hundred percent ("60%", "60 percent"). The span runs over the counts."""
    def count(j: int) -> int | None:
        if j >= len(toks):
            return None
        word = toks[j].text
        return int(word) if word.isdigit() else numbers.get(word)

    out = []
    for i in range(len(toks)):
        part = count(i)
        if part is None:
            continue
        after = text[toks[i].end:toks[i].end + 2].lstrip()
        if part < _WHOLE_PERCENT and (after.startswith("%") or (i + 1 < len(toks) and toks[i + 1].text == "percent")):
            out.append(ConceptHit(PART_COUNT, i, i + 1))
            continue
        j = i + 1
        while j < len(toks) and j - i <= 2 and toks[j].text in _PART_OF:
            j += 1
        whole = count(j) if j > i + 1 else None
        if whole is not None and part < whole:
            out.append(ConceptHit(PART_COUNT, i, j + 1))
    return out


def _over_licence(toks: tuple[Token, ...], layer_hits: list[ConceptHit],
                  numbers: dict[str, int]) -> list[ConceptHit]:
    """More machines or people counted than licences: the span of the machines' or users' words, where some count of
    them is larger than some count of licences ("we own 5 seats and put it on 30 desktops", "one login for six
    teachers"); nothing where either is uncounted."""
    def count_before(h: ConceptHit) -> int | None:
        for j in range(h.start - 1, max(h.start - 1 - _COUNT_REACH, -1), -1):
            word = toks[j].text
            if word.isdigit():
                return int(word)
            if word in numbers:
                return numbers[word]
        return None

    licences = [n for h in layer_hits if h.concept == LICENCE_WORD if (n := count_before(h)) is not None]
    if not licences:
        return []
    # people are compared with the most licences counted: "30 licences for 25 teachers, one login each" is within
    # its count, whatever "one" is said beside a login
    bound = {MACHINE_WORD: min(licences), LICENCE_USER: max(licences)}
    return [ConceptHit(OVER_LICENCE, h.start, h.end) for h in layer_hits
            if h.concept in bound and (n := count_before(h)) is not None and n > bound[h.concept]]


def _asked_acts(toks: tuple[Token, ...], hits: list[ConceptHit],
                not_an_act: frozenset[tuple[str, ...]], text: str) -> list[ConceptHit]:
    """The verb a permission question asks about: the first word after "can I" / "ok to" past the filler words."""
    out = []
    for h in hits:
        if h.concept != "ask_permission":
            continue
        j = h.end
        while j < len(toks) and toks[j].text in _ASK_FILLER:
            j += 1
        if j >= len(toks) or not toks[j].text[0].isalpha() or _PUNCT.search(text[toks[j - 1].end:toks[j].start]):
            continue
        t = toks[j]
        if (t.stem,) in not_an_act or (EXACT + t.text,) in not_an_act \
                or any(o.start == j and o.concept in _TELLING for o in hits):
            continue
        out.append(ConceptHit(ASKED_ACT, j, j + 1))
    return out


# Asking where or to whom something goes ("where does that go?", "who do I take this to", "report it to who?"):
# a who/where word opening a clause, then within ROUTE_REACH words a `route_verb` with nothing or a pronoun after
# it ("where do I take my class" names a destination, not whom to tell); or the verb, then "to who(m)".
ROUTE_VERB = "route_verb"
TELL_WHOM = "tell_whom"
ROUTE_REACH = 6
_ROUTE_OPENS = frozenset({"and", "so", "but", "or", "know", "sure", "idea", "wondering", "unsure", "then", "like",
                          "exactly", "just", "um", "ok", "okay"})
_ROUTE_AFTER = frozenset({"this", "that", "it", "them", "him", "her", "to", "about", "on", "first", "these", "those"})
_ROUTE_WH = frozenset({"who", "whom", "where"})
# "how" asks a route only before reporting's own verbs (`report_verb`: report, flag, escalate)
_ROUTE_HOW = frozenset({"how"})
_ROUTE_JOINERS = frozenset({"and", "or"})
_REPORT_WORDS = frozenset({"report_verb", "report_ask"})
# "so they know where to go", "let the kids know who to find": someone else is told the way, in a purpose clause;
# only the asker's own not knowing ("I don't know where to report this", "not sure who to tell") asks a route
_KNOWER_WORDS = frozenset({"know", "knows", "knew"})
_OTHER_KNOWERS = frozenset({"they", "he", "she", "them", "him", "her", "everyone", "everybody", "people"})
_OTHER_KNOWER_CONCEPTS = frozenset({"student", "parent", "staff_role", "person_word"})
_PARTICLES = frozenset({"down", "off", "out", "back", "away", "apart", "up"})


def _route_asks(toks: tuple[Token, ...], hits: list[ConceptHit], text: str) -> list[ConceptHit]:
    """`tell_whom` read from the places of words, not from a list of phrases: whom or where to take a matter."""
    out = _report_how_asks(toks, hits, text)
    verbs = [h for h in hits if h.concept == ROUTE_VERB]
    if not verbs:
        return out
    for i, t in enumerate(toks):
        if t.text not in _ROUTE_WH:
            continue
        closes = i + 1 == len(toks) or bool(_PUNCT.search(text[t.end:toks[i + 1].start]))
        if i > 0 and closes and any(v.end == i or (v.end == i - 1 and toks[i - 1].text in _ROUTE_JOINERS)
                                    for v in verbs):
            # "report where?", "tell who?", "should this be reported and where": the verb, then the wh-word closing
            # the clause
            out.append(ConceptHit(TELL_WHOM, i - 1, i + 1))
            continue
        if _others_know(toks, hits, i):
            continue
        if i > 0 and toks[i - 1].text not in _ROUTE_OPENS and not _PUNCT.search(text[toks[i - 1].end:t.start]):
            # "the teacher who reported it" is a relative clause, not a question; "to who" ends one (below)
            if toks[i - 1].text == "to" and i >= 2:
                if any(v.end <= i - 1 and i - 1 - v.end <= ROUTE_REACH - 2
                       and not _PUNCT.search(text[toks[v.end - 1].end:toks[i - 1].start]) for v in verbs):
                    out.append(ConceptHit(TELL_WHOM, i - 1, i + 1))
            continue
        for v in verbs:
            if not (i < v.start <= i + ROUTE_REACH) or _PUNCT.search(text[t.end:toks[v.start].start]):
                continue
            nxt = toks[v.end] if v.end < len(toks) else None
            # "who do I report AUP violations to?": the clause ends on "to"
            ends_to = next((j for j in range(v.end, min(len(toks), v.end + 4)) if toks[j].text == "to"
                            and (j + 1 == len(toks) or _PUNCT.search(text[toks[j].end:toks[j + 1].start]))), None)
            # "who is supposed to take it down?": a particle after the pronoun makes the verb an act done to the
            # thing (take down, send out, bring back), not a matter taken to someone
            particle = v.end + 1 < len(toks) and nxt is not None and nxt.text in _ROUTE_AFTER \
                and toks[v.end + 1].text in _PARTICLES
            if particle:
                continue
            if nxt is None or nxt.text in _ROUTE_AFTER or _PUNCT.search(text[toks[v.end - 1].end:nxt.start]) \
                    or ends_to is not None:
                out.append(ConceptHit(TELL_WHOM, i, v.end))
                break
    return out


def _report_how_asks(toks: tuple[Token, ...], hits: list[ConceptHit], text: str) -> list[ConceptHit]:
    """`tell_whom` from "how" and reporting's own words in one clause ("how would I even report it?", "how should
    we flag this?"): the way of a report asked. Only reporting's words count after "how" ("how do I tell my class"
    asks nothing of a report)."""
    reports = [h for h in hits if h.concept in _REPORT_WORDS]
    out = []
    for i, t in enumerate(toks):
        if t.text not in _ROUTE_HOW:
            continue
        r = next((h for h in reports if i < h.start <= i + ROUTE_REACH
                  and not _PUNCT.search(text[t.end:toks[h.start].start])), None)
        if r is not None:
            out.append(ConceptHit(TELL_WHOM, i, r.end))
    return out


def _others_know(toks: tuple[Token, ...], hits: list[ConceptHit], i: int) -> bool:
    """The wh-word at `i` follows "know" said of someone other than the asker ("so they know where to meet"): what
    they are told, not whom the asker should tell."""
    if i < 2 or toks[i - 1].text not in _KNOWER_WORDS:
        return False
    if toks[i - 2].text in _OTHER_KNOWERS:
        return True
    return any(h.end == i - 1 and h.concept in _OTHER_KNOWER_CONCEPTS for h in hits)


def by_concept(hits: Iterable[ConceptHit]) -> dict[str, list[ConceptHit]]:
    """Each concept's hits, in the order given: the frames checked for order look up their few concepts' hits
    instead of walking every hit of a long question once per concept (a tenth of a long question's reading)."""
    out: dict[str, list[ConceptHit]] = {}
    for h in hits:
        out.setdefault(h.concept, []).append(h)
    return out


def _in_sequence(frame: Frame, hits: Mapping[str, list[ConceptHit]]) -> bool:
    """The frame's concepts in order (`hits`: `by_concept`), each starting within `gap` words of the end of the one
    before; the first not within `scope` words after a concept that negates it, the last not followed within
    `after_scope` words by one that cancels it."""
    negators = [h.end for c in frame.negated_by for h in hits.get(c, ())]
    ends = [h.end for h in hits.get(frame.all_of[0], ()) if not any(0 <= h.start - e <= frame.scope for e in negators)]
    for concept in frame.all_of[1:frame.ordered]:
        ends = [h.end for h in hits.get(concept, ()) if any(0 <= h.start - e <= frame.gap for e in ends)]
        if not ends:
            return False
    return any(not _chain(frame.cancelled_by, hits, e, frame.after_scope, frame.after_gap) for e in ends)


def _chain(concepts: tuple[str, ...], hits: Mapping[str, list[ConceptHit]], end: int, scope: int, gap: int) -> bool:
    """The concepts in order after token `end` (`hits`: `by_concept`): the first within `scope` words, each next
    within `gap` words."""
    if not concepts:
        return False
    ends = [h.end for h in hits.get(concepts[0], ()) if 0 <= h.start - end <= scope]
    for concept in concepts[1:]:
        ends = [h.end for h in hits.get(concept, ()) if any(0 <= h.start - e <= gap for e in ends)]
    return bool(ends)


def _left_out_spans(rule: LeftOut, toks: tuple[Token, ...], hits: list[ConceptHit],
                    text: str) -> set[tuple[int, int]]:
    """Token spans of the targets a negation rules out: from each opener, over `between` and `join` words, to a
    target that starts there; a `join` word after it ("or", "nor") carries on to the next target. Punctuation
    ends it: "no students, parents only" rules out the students alone."""
    starts: dict[int, list[ConceptHit]] = {}
    for h in hits:
        if h.concept in rule.targets:
            starts.setdefault(h.start, []).append(h)
    out: set[tuple[int, int]] = set()
    for h in hits:
        if h.concept not in rule.openers:
            continue
        j, skipped, object_only = h.end, 0, False
        while j < len(toks) and skipped <= rule.reach and not _PUNCT.search(text[toks[j - 1].end:toks[j].start]):
            found = starts.get(j)
            if found and object_only and not any(x.concept in rule.objects for x in found):
                break
            if found:
                end = max(x.end for x in found)
                out.update((x.start, x.end) for x in found)
                j, skipped = end, 0
                # a target right after ("the school network") or after "or" ("no kids or parents") is ruled out too,
                # and a verb's object after `between` words ("never friend any students")
                object_only = any(x.concept in rule.verbs for x in found)
                if j < len(toks) and toks[j].text not in rule.join and j not in starts and not object_only:
                    break
                continue
            if toks[j].text not in rule.between and toks[j].text not in rule.join:
                break
            j += 1
            skipped += 1
    return out


# "I never text students, only other teachers", "not calling parents, just the office staff": the negation rules
# out whom the verb reaches, and the contrast after it names whom it does reach, so the verb of contacting stays
# the question's channel. With no person after the contrast ("I don't text them, I only email") the verb is ruled
# out with its object.
_CONTACT_VERB = "contact_act"
_LEFT_OUT_PEOPLE = frozenset({"student", "parent", "staff_role", "person", "students_left_out"})
_CONTRASTED_PEOPLE = frozenset({"student", "parent", "staff_role", "person"})
_CONTRAST_WORDS = frozenset({"only_word", "only_scope"})
_CONTRAST_REACH = 3     # words from "only" / "just" to the person it names


def _verbs_kept_by_a_contrast(toks: tuple[Token, ...], hits: list[ConceptHit],
                              left_out: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Spans of contacting verbs a negation took with the people right after them, when a contrast later in the
    question ("only", "just") names other people: the verb is what the asker does, to those others."""
    people_out = {h.start: h.end for h in hits if h.concept in _LEFT_OUT_PEOPLE and (h.start, h.end) in left_out}
    kept: set[tuple[int, int]] = set()
    for h in hits:
        if h.concept != _CONTACT_VERB or (h.start, h.end) not in left_out:
            continue
        after = next((people_out[i] for i in range(h.end, min(h.end + 3, len(toks))) if i in people_out), None)
        if after is None:
            continue
        if any(c.concept in _CONTRAST_WORDS and c.start >= after
               and any(p.concept in _CONTRASTED_PEOPLE and (p.start, p.end) not in left_out
                       and c.start <= p.start <= c.end + _CONTRAST_REACH for p in hits)
               for c in hits):
            kept.add((h.start, h.end))
    return kept


# The ends of a send (issue 10, writing to students): "email the schedule to their CPS accounts", "a chat from my
# school login", "email a student's school account". The account, inbox or login a message goes to or comes from
# is where it travels, not what it carries: a student's own district address is not the student's data (items
# 16-17), the sender's own login is not a password handed over (item 9). The vocabulary's concepts name the words:
# `end_prep` (to, at, via, from ...) after a verb of sending (`end_verb`), or a verb of writing to someone
# (`contact_act`) before it, `end_word` (account, inbox, address, login) closing it, and `end_marker` (cps, school,
# district, student) inside it, so a personal
# mailbox ("to my gmail") keeps every item that reads it. An address word followed by more of a noun ("their
# account passwords") names whose thing, not an end.
END_PREP, END_WORD, END_MARKER, END_VERB = "end_prep", "end_word", "end_marker", "end_verb"
# a verb of entering, lending or looking between the send and the account makes it an account used, not an end
_ENTERING_VERBS = frozenset({"entry_act", "lend_act", "lend_any", "breach_word", "snoop_act", "look_verb"})
# the asker's own words of ownership ("my cps login"): an end of a send that is the asker's own account
ASKERS_OWN = frozenset({"my", "our", "mine", "own"})
_THIRD_OWNERS = frozenset({"his", "her", "their"})
_RECIPIENT_NEXT = frozenset({"to", "with", "for", "cc"})
# the concepts of a verb of sending (the parts of `end_verb`), kept on the verb that sends to an end
_SENDING = frozenset({END_VERB, "share_act", "contact_act", "reply_act", "message_word", "mass_send"})
_END_REACH = 6          # words from the preposition (or the verb) to the address word
_END_VERB_REACH = 14    # words from the verb of sending to the preposition, in one clause
_END_AFTER = 3          # words from the address to a verb of sending after it ("from my login to send")
# words after an address that end it: when, how often, or (an indirect object's) the next noun phrase's article
_END_FOLLOW = frozenset({"every", "each", "this", "tomorrow", "tonight", "today", "please", "instead", "only",
                         "too", "also", "now", "then", "there", "the", "a", "an", "some", "is", "thats", "ok",
                         "okay", "fine", "allowed", "right"})


def _word_of(lexicon: Lexicon, name: str, tok: Token) -> bool:
    """The token is one of the concept's single words, by stem or (a short word) as written."""
    entries = lexicon.concepts.get(name, frozenset())
    written = tok.text.removesuffix("'s")
    return (tok.stem,) in entries or (EXACT + written,) in entries or (EXACT + written.removesuffix("s"),) in entries


_WHO = frozenset({"student", "staff_role", "person", "grade_band", "any_student", "one_student"})
_ADDRESS_FILLERS = ("recipient_det", END_MARKER, END_WORD, "end_filler")


def _break(text: str, toks: tuple[Token, ...], j: int) -> bool:
    """A clause break before token j, a dot or a slash inside an address ("cps.edu", "@cps") aside."""
    return punct_between(text, toks, j) and text[toks[j - 1].end:toks[j].start] not in (".", "/", "@", "-")


def _in_address(lexicon: Lexicon, toks: tuple[Token, ...], j: int, who: set[int]) -> bool:
    """A word that may stand in an address: a determiner or owner, a possessive, a grade, a district or student
    marker, a word of who the owner is, or of the account's kind ("google", "chat")."""
    t = toks[j]
    return t.text.endswith(("'s", "s'")) or j in who or not t.text[0].isalpha() \
        or any(_word_of(lexicon, name, t) for name in _ADDRESS_FILLERS)


def send_ends(lexicon: Lexicon, toks: tuple[Token, ...], hits: list[ConceptHit], text: str,
              sent_by: list[int] | None = None) -> list[tuple[int, int]]:
    """Token spans (start, end) naming a district account a message is sent to or from, owner words included
    ("their student email accounts", "my cps login", "a kid's school account"); the verbs that send to them are
    added to `sent_by`."""
    if END_WORD not in lexicon.concepts:
        return []
    verbs = sorted({h.start for h in hits if h.concept == END_VERB})
    if not verbs:
        return []
    contacts = {h.start for h in hits if h.concept == "contact_act" and h.end == h.start + 1}
    entering = {h.start for h in hits if h.concept in _ENTERING_VERBS}
    entered_at = {h.end for h in hits if h.concept in _ENTERING_VERBS} | \
        {j for h in hits if h.concept in _ENTERING_VERBS for j in range(h.start + 1, h.end)}
    who = {j for h in hits if h.concept in _WHO for j in range(h.start, h.end)}
    out: list[tuple[int, int]] = []
    for i, t in enumerate(toks):
        prep = _word_of(lexicon, END_PREP, t)
        if not prep and i not in contacts:
            continue
        end = None
        for k in range(i + 1, min(len(toks), i + 1 + _END_REACH)):
            if _break(text, toks, k) or (end is None and (toks[k].text in _BOUNDARY or toks[k].text == "of")):
                break           # one noun phrase: "on google chat from my login" is two
            if _word_of(lexicon, END_WORD, toks[k]):
                end = k         # the last of a run: "email accounts"
            elif end is not None:
                break
        if end is None:
            continue
        after = end + 1
        nxt = toks[after].text if after < len(toks) and not _break(text, toks, after) else ""
        if nxt and nxt not in _BOUNDARY and nxt not in _END_FOLLOW and not nxt.endswith(_VERB_SUFFIXES):
            continue            # "their account passwords": whose passwords ("my login reminding him" ends there)
        if not any(_word_of(lexicon, END_MARKER, x) for x in toks[i + 1:end + 1]):
            continue            # a personal mailbox is not read as an end
        if not all(_in_address(lexicon, toks, j, who) for j in range(i + 1, end)):
            continue            # "ok to bombard a coworker's district email": an act, not an address
        if not prep:
            # "email a student's school account": whose mailbox, said by a possessive; "email my login", "text a
            # kid's cps login to his mom" are what is sent (a login is no mailbox, and a recipient follows)
            if any(x.text in ASKERS_OWN for x in toks[i + 1:end]) or not any(
                    x.text.endswith(("'s", "s'")) or x.text in _THIRD_OWNERS for x in toks[i + 1:end]) \
                    or _word_of(lexicon, "credential", toks[end]) or nxt in _RECIPIENT_NEXT and after + 1 < len(toks) \
                    and (after + 1 in who or _word_of(lexicon, "recipient_det", toks[after + 1])):
                continue
        else:
            # the verb of sending before it in the clause, nothing entered in between ("send ... to their CPS
            # accounts"), or right after it ("chat from my work login to send ...")
            before = [j for j in verbs if i - _END_VERB_REACH <= j < i
                      and not any(_break(text, toks, m) for m in range(j + 1, i + 1))]
            later = [j for j in verbs if end < j <= end + _END_AFTER
                     and not any(_break(text, toks, m) for m in range(end + 1, j + 1))]
            if before and any(before[-1] < e < i for e in entering) or not (before or later) \
                    or i in entered_at:
                continue        # "log into her school account to send": an account entered
            if sent_by is not None:
                sent_by.append(before[-1] if before else later[0])
        out.append((i + 1, end + 1))
    return out


def read(lexicon: Lexicon, text: str, original: str = "") -> Reading:
    """Concept spans over the tokens (longest phrase first at each position), the frames they satisfy, and the
    content words nothing placed."""
    toks = tokens(text, lexicon.irregular, lexicon._stems)
    stems = [t.stem for t in toks]
    candidates: list[ConceptHit] = []
    by_seq = lexicon._by_seq
    # a phrase is read within one clause: "the report, it's fine" is no "report it"
    breaks = [punct_between(text, toks, j) for j in range(len(toks))]
    for i, s in enumerate(stems):
        for n in lexicon._lengths.get(s, ()):
            if i + n > len(stems) or (n > 1 and any(breaks[i + 1:i + n])):
                continue
            for name in by_seq.get(tuple(stems[i:i + n]), ()):
                candidates.append(ConceptHit(name, i, i + n))
        word = toks[i].text.removesuffix("'s")
        for key in {EXACT + word, EXACT + word[:-1]} if word.endswith("s") else (EXACT + word,):
            for _, name in lexicon._first.get(key, ()):
                candidates.append(ConceptHit(name, i, i + 1))
    # overlaps: the longer span wins ("report card" is not "report", "shared drive" is not "share"); spans of
    # the same extent all count (one word may belong to several concepts). File order decides nothing.
    candidates.sort(key=lambda h: (h.start - h.end, h.start))
    layer = lexicon.act_layer
    hits = _longest(c for c in candidates if c.concept not in layer)
    owner: list[tuple[int, int] | None] = [None] * len(toks)
    for h in hits:
        for j in range(h.start, h.end):
            owner[j] = (h.start, h.end)
    # the act layer reads the same words again, as an act's parts: each part on its own ("gave me admin" is a
    # grant and a level of access), a span inside a longer one of the same part not counted twice. Its spans join
    # the reading only where frames are checked: who, which channel and which act slots are read without them.
    layer_hits: list[ConceptHit] = []
    by_layer: dict[str, list[ConceptHit]] = {}
    for c in candidates:
        if c.concept in layer:
            by_layer.setdefault(c.concept, []).append(c)
    for name in sorted(by_layer):
        of_name = by_layer[name]
        # (one candidate is always kept)
        layer_hits.extend(of_name if len(of_name) == 1 else _longest(of_name))
    layer_hits.extend(_many_counts(toks))
    layer_hits.extend(_over_licence(toks, layer_hits, lexicon.numbers))
    staff = lexicon.concepts.get("staff_role", frozenset())
    students = lexicon.concepts.get("student", frozenset())
    longest_role = _longest_phrase(staff) if any(t.text.endswith("'s") for t in toks) else 1
    for i, t in enumerate(toks):
        if t.text.endswith("'s") and ((EXACT + t.text[:-2],) in staff or any(
                tuple(u.stem for u in toks[i + 1 - n:i + 1]) in staff for n in range(1, min(longest_role, i + 1) + 1))):
            # "the sub's folder", "my teaching partner's login", "my cube-mate's account": someone else's
            hits.append(ConceptHit(POSSESSOR, i, i + 1))
        elif t.text.endswith("'s") and ((t.stem,) in students or (EXACT + t.text[:-2],) in students):
            hits.append(ConceptHit(STUDENT_OWNER, i, i + 1))
    hits.extend(_part_counts(toks, text, lexicon.numbers))
    hits.extend(_one_student(toks, hits))
    hits.extend(_kin_owners(toks, hits))
    left_out: set[tuple[int, int]] = set()
    blanked: set[tuple[int, int]] = set()
    if lexicon.left_out is not None:
        # what the asker rules out is not in the question: "no coworkers or parents" names nobody it involves
        left_out = _left_out_spans(lexicon.left_out, toks, hits, text)
        left_out -= _verbs_kept_by_a_contrast(toks, hits, left_out)
        ruled_out = {(h.start, h.end) for h in hits if (h.start, h.end) in left_out and h.concept in _MEANS}
        school_out = {(h.start, h.end) for h in hits
                      if (h.start, h.end) in left_out and h.concept in _SCHOOL_MATTER} - ruled_out \
            - {(h.start, h.end) for h in hits if h.concept in _PEOPLE}
        hits = [h for h in hits if (h.start, h.end) not in left_out]
        hits.extend(ConceptHit(MEANS_LEFT_OUT, a, b) for a, b in sorted(ruled_out))
        hits.extend(ConceptHit(SCHOOL_LEFT_OUT, a, b) for a, b in sorted(school_out))
        # an opener that is a target too ("no students") names who it rules out: its words are not the audience
        blanked = left_out | {(h.start, h.end) for h in hits
                              if h.concept in lexicon.left_out.openers and h.concept in lexicon.left_out.targets}
    sought: set[tuple[int, int]] = set()
    if lexicon.looked_for is not None:
        # a harm the asker looks for in someone else's account is theirs: no item reads it as the asker's content
        sought = _looked_for_spans(lexicon.looked_for, (*hits, *layer_hits))
        hits = [h for h in hits if (h.start, h.end) not in sought or h.concept not in lexicon.looked_for.harms]
    hits.extend(_asked_acts(toks, hits, lexicon.concepts.get(NOT_AN_ACT, frozenset()), text))
    hits.extend(_route_asks(toks, hits, text))
    names = names_in(original) if original else frozenset()
    # a word the asker capitalised mid-sentence is a name ("vote for Garcia"), when no concept placed it
    hits.extend(ConceptHit(PROPER_NAME, i, i + 1) for i, t in enumerate(toks)
                if owner[i] is None and t.text.removesuffix("'s") in names)
    # the acts asked about and the acts told (a name may be who did it: "Ms. Alvarez disrobed ...")
    told = told_acts(toks, hits, text, lexicon.irregular, lexicon.concepts.get(JUDGE_EVAL, frozenset()))
    told_verbs = {g[0] for g in told}
    slots = [g for g in act_slots(toks, hits, text) if g[0] not in told_verbs] + told
    hits.extend(_verbs_reclaimed(slots, candidates, hits, toks))
    # a word inside a colleague's job title named by whom it serves ("the family engagement coordinator", "our
    # parent liaison") names the colleague, not a party of its own: the act layer reads no shorter span across it
    roles = [(h.start, h.end) for h in hits if h.concept == SERVED_STAFF_ROLE]
    hits.extend(h for h in layer_hits if (h.start, h.end) not in left_out
                and not any(h.start < b and a < h.end and h.end - h.start < b - a for a, b in roles))
    present = frozenset(h.concept for h in hits)
    # the ends of a send (the sender's or the recipient's own district account) are where the message goes, not
    # what it carries: the item frames read the question without them
    # (the person named as the address's owner, "a 9th grader's CPS account", is still the one written to: the
    # items about relationships with a student read them)
    # A verb that sends something to or from such an account is a verb of sending, whatever else its word may mean
    # ("shoot it to each kid's cps email"): its other senses are not read by the item frames either.
    sent_by: list[int] = []
    ends = send_ends(lexicon, toks, hits, text, sent_by)
    # (only a verb no sending concept reads: "email" keeps what it tells, "shoot" is read as sending alone)
    sent_by = [v for v in sent_by if not any(h.start == v and h.concept in _SENDING - {END_VERB} for h in hits)]
    keeps = lexicon.send_end_keeps
    item_hits = [h for h in hits if (h.concept in keeps or toks[h.end - 1].text.endswith(("'s", "s'"))
                                     or not any(a <= h.start and h.end <= b for a, b in ends))
                 and not (h.start in sent_by and h.end == h.start + 1 and h.concept not in _SENDING)] \
        if ends else hits
    carried = frozenset(h.concept for h in item_hits) if ends else present
    all_frames = lexicon._all_frames
    all_of_sets = lexicon._all_of_sets
    n_readings = len(lexicon.readings)
    complete = [all_frames[n] for n in sorted({n for c in present for n in lexicon._by_first.get(c, ())})
                if present.issuperset(all_of_sets[n])]
    fired_concepts = {c for f in complete if f.name.startswith("item:") for c in f.all_of}
    # a word only an "unsure alone" concept holds, whose item did not fire, is not placed
    unsure = {(h.start, h.end) for h in hits if h.concept in lexicon.unsure_alone and h.concept not in fired_concepts}
    # ... unless, after a determiner, it is written as one word ("make-up", "makeup") that names ordinary work in
    # the same extent: "a make-up exam" is the exam, not a record made up ("to make-up the records" still is)
    gate = lexicon.content_gate
    if unsure and gate is not None:
        unsure -= {(h.start, h.end) for h in hits if h.concept in gate.ordinary and (h.start, h.end) in unsure
                   and h.start and toks[h.start - 1].text in _DETERMINERS
                   and not any(text[toks[k - 1].end:toks[k].start].isspace() for k in range(h.start + 1, h.end))}
    covered = [o is not None and o not in unsure for o in owner]
    fired: list[str] = []
    # a question that asks whether an act breaks the policy judges the act: what would make an item's frame a
    # report or a complaint about being its target ("reporting her", "sent me") cancels no item there
    grouped = by_concept(hits)
    item_grouped = by_concept(item_hits) if item_hits is not hits else grouped
    judged = any(f.name in _VERDICT_READINGS and not any(c in present for c in f.unless)
                 and (not f.ordered or _in_sequence(f, grouped)) for f in complete)
    item_present = present - lexicon.judgement_ignores if judged else present
    for frame in complete:
        is_item = frame.name.startswith("item:")
        seen = item_present if is_item else present
        if is_item and carried is not present and not all(x in carried for x in frame.all_of):
            continue        # complete only with the words of an address
        if not any(c in seen for c in frame.unless) and (
                not frame.ordered or _in_sequence(frame, item_grouped if is_item else grouped)):
            if frame.name not in fired:
                fired.append(frame.name)
    items = tuple(sorted({int(f[5:]) for f in fired if f.startswith("item:")}))
    # an item "may apply" when the act its frame starts with is named, even if the rest is not
    near = tuple(sorted({int(all_frames[n].name[5:]) for c in present for n in lexicon._by_first.get(c, ())
                         if n >= n_readings} - set(items)))
    slot_words = _slot_words(lexicon, toks, text, slots, told_verbs, owner, unsure, covered, names)
    unknown_words = [toks[i].text for i in _unknown_verbs(lexicon, toks, hits, text, original, owner, names)]
    # what an item is about, named anywhere with its frame incomplete ("vote 4 my guy", "the librarian pocketed
    # money"): not understood as acceptable, so it is reported, and the items built on it may apply
    doubt_hits = [h for h in hits if h.concept in lexicon.doubt_anywhere]
    item_concepts: set[str] = set()
    if doubt_hits:
        fired_items = {f for f in fired if f.startswith("item:")}
        # a frame whose `unless` is present was read and ruled out ("sell candy grams for the student council",
        # "vote for the t-shirt design"): its concepts are understood, not doubted
        ruled = {n for x in item_present for n in lexicon._by_unless.get(x, ())}
        item_concepts = {c for n, fr in enumerate(lexicon.frames) if n in ruled or fr.name in fired_items
                         for c in fr.all_of}
    doubted_hits = [h for h in doubt_hits if h.concept not in item_concepts]
    doubted = {h.concept for h in doubted_hits}
    if doubted:
        # the items built on the doubted concepts are what the question is about: they alone are offered
        near = tuple(sorted({int(f.name[5:]) for f in lexicon.frames if doubted & set(f.all_of)} - set(items)))
    unplaced = unplaced_words.act_words({
        unplaced_words.ACT_SLOT: slot_words, unplaced_words.UNKNOWN_VERB: unknown_words,
        unplaced_words.DOUBTED: [text[toks[h.start].start:toks[h.end - 1].end] for h in doubted_hits]})
    spans = tuple(sorted((toks[a].start, toks[b - 1].end) for a, b in blanked))
    return Reading(toks, tuple(hits), present, tuple(fired), items, unplaced, near, spans, tuple(ends),
                   tuple(sorted(sought)))


def _slot_words(lexicon: Lexicon, toks: tuple[Token, ...], text: str, slots: list[tuple[int, tuple[int, ...], bool]],
                told_verbs: set[int], owner: list[tuple[int, int] | None], unsure: set[tuple[int, int]],
                covered: list[bool], names: frozenset[str]) -> list[str]:
    """The words of the question's act slots that nothing placed, as read (a word may come twice: the list of
    unplaced words names it once, `policy.unplaced`)."""
    words: list[str] = []
    for verb, obj, owned in slots:
        # an act only an "unsure alone" concept names (a rally, a walkout) is never placed without its frame;
        # an unknown verb or object is not placed when the act is the asker's own ("host my zumba nights")
        # what the act is for counts too ("rally folks for the sit-in"): a window past the object's preposition
        window = range(verb, min(len(toks), verb + _PURPOSE_SPAN))
        places = [i for i in window if owner[i] is not None and owner[i] in unsure]
        if owned:
            places += [verb, obj[-1]] if obj else [verb]
        elif verb in told_verbs:
            # an act told (judged, narrated, done, asked of the teller) is placed only by a concept over its verb:
            # the asker judges it, so a verb nobody placed is no sign of an everyday act
            places.append(verb)
        for i in places:
            t = toks[i]
            span = owner[i]
            if span is not None and span in unsure:
                # a concept's span is reported as written ("sit-in", "march madness")
                words.append(text[toks[span[0]].start:toks[span[1] - 1].end])
                continue
            if (covered[i] or not t.text[0].isalpha() or len(t.text) < 3
                    or "'" in t.text.removesuffix("'s")) and not (owner[i] is not None and owner[i] in unsure):
                continue
            if owner[i] not in unsure and (t.stem in lexicon.stopwords or (t.stem in lexicon.known
                                                                           or t.text in lexicon.known)
                                           and i not in told_verbs):
                continue
            if t.text in names or t.text.removesuffix("'s") in names:
                continue
            words.append(t.text)
    return words


# Where a verb stands: after "to" ("to ___ them", "in order to ___ the list"), after "I/we can" or "can I/we"
# ("so I can ___ the kids"), before what it acts on (an object pronoun, a determiner or owner, a person), or closing
# the clause after a modal ("so we can ___."); and an -ing form after "for" ("for ___ing").
_MODALS = frozenset({"can", "could", "may", "might"})
_LETTERS = re.compile(r"[A-Za-z]+")
_ASKERS = frozenset({"i", "we"})
_OBJECT_STARTS = _OBJECT_PRONOUNS | _QUANTIFIERS | _DETERMINERS | frozenset(
    {"it", "your", "everyone", "everybody", "people", "these", "those"})


def _unknown_verbs(lexicon: Lexicon, toks: tuple[Token, ...], hits: list[ConceptHit], text: str, original: str,
                   owner: list[tuple[int, int] | None], names: frozenset[str]) -> list[int]:
    """Words in a verb's position that the reader knows in no role at all ("email their CPS accounts to glorp
    them", "a Chat space so I can surveil the kids", "for frobnicating"): an act nobody can place, wherever it
    stands, so an accepted channel never makes it a bare `allowed` (DESIGN.md: fail closed). Only words the
    reader does not know at all: an everyday verb the vocabulary spells in any phrase is not doubted here (the
    act slots judge those), and a slip of a known word was corrected before the reading."""
    people = {h.start for h in hits if h.concept in _PEOPLE}
    # a word the asker wrote with a capital is a name or an acronym ("late to JROTC"), not an act
    capitalised = {w.lower() for w in _LETTERS.findall(original) if not w.islower()}
    out = []
    for i, t in enumerate(toks):
        if i == 0 or owner[i] is not None or len(t.text) < 3 or not t.text.isalpha() \
                or punct_between(text, toks, i):
            continue
        prev = toks[i - 1].text
        before = toks[i - 2].text if i >= 2 else ""
        if prev == "for" and t.text.endswith("ing"):
            pass
        elif prev == "to" or (prev in _MODALS and before in _ASKERS) or (prev in _ASKERS and before in _MODALS):
            # after "to", a word closing the clause is as often a place ("a trip to springfield") as an act
            j = i + 1
            if not (toks[j].text in _OBJECT_STARTS or j in people if j < len(toks) and not punct_between(text, toks, j)
                    else prev != "to"):
                continue
        else:
            continue
        if t.stem in lexicon.stopwords or any(w in lexicon.known or w in lexicon.spelled for w in (t.stem, t.text)) \
                or t.text in names or t.text in capitalised:
            continue
        out.append(i)
    return out


def _verbs_reclaimed(slots: list[tuple[int, tuple[int, ...], bool]], candidates: list[ConceptHit],
                     hits: list[ConceptHit], toks: tuple[Token, ...]) -> list[ConceptHit]:
    """An act's verb keeps its own concepts when a longer span took it only with a function word or two of its
    object ("add some", "post a"): the longer span says how much, not another act, so "add some random poll bot"
    is still an act of adding (installing) a bot. A phrase with a particle or a content word ("fire off", "log in",
    "check in on") is its own verb and keeps the verb to itself."""
    out: list[ConceptHit] = []
    present = set(hits)
    for verb, _, _ in slots:
        longer = [h for h in hits if h.start == verb and h.end > verb + 1]
        if not longer or not all(toks[k].text in _QUANTIFIERS for h in longer for k in range(h.start + 1, h.end)):
            continue
        out.extend(h for h in candidates if h.start == verb and h.end == verb + 1 and h not in present)
    return out


def harm_alone_words(lexicon: Lexicon, reading: Reading) -> tuple[str, ...]:
    """The words of the question that alone mean its content needs a human look (the `harm_alone` concepts), as
    read, once each. The caller decides whether they count: only where no item was placed."""
    words: list[str] = []
    toks = reading.tokens
    for h in reading.hits:
        if h.concept in lexicon.harm_alone:
            w = " ".join(t.text for t in toks[h.start:h.end])
            if w not in words:
                words.append(w)
    return tuple(words)


def told_spans(gate: ContentGate, toks: tuple[Token, ...], text: str) -> list[range]:
    """The token spans that tell what a message says or carries: after a cue ("about", "saying", "with") or a verb
    of carrying ("send", "forward"), to the end of the clause, a word that says where or how it goes ("from my
    cps account", "through google chat"), the asker's own question turning on the act ("... or is that odd",
    "... and should I cc the dean": `turn` then `asks`) or `reach` words."""
    out: list[range] = []
    for i, t in enumerate(toks):
        if t.stem not in gate.cue and t.stem not in gate.carry:
            continue
        if t.stem not in gate.carry and i and toks[i - 1].stem in gate.asks:
            continue        # "is that ...", "would that ...": the act asked about, no cue
        j = i + 1
        while j < len(toks) and j - i <= gate.reach and not punct_between(text, toks, j) \
                and toks[j].stem not in gate.end and toks[j].stem not in gate.cue \
                and not (toks[j].stem in gate.turn and j + 1 < len(toks) and toks[j + 1].stem in gate.asks):
            j += 1
        if j > i + 1:
            out.append(range(i + 1, j))
    return out


def untold_content(lexicon: Lexicon, reading: Reading, text: str, need_to_know: bool) -> tuple[str, ...]:
    """The words of what travels through a channel that are not understood as acceptable (DESIGN.md, "Never a
    confident yes"): in the content or purpose a question tells, a concept no channel makes acceptable (a person's
    character, a threat, money or a cause, a pretended sender), one acceptable only as part of ordinary work (bulk to
    lists, where someone will be, speaking as an office) where the question tells no ordinary work, or information
    about others where it tells none and the recipient has no need to know it (`need_to_know`). Empty when no
    content is told, or when what is told is ordinary work (`allowed_gate.ordinary`: assignments, schedules,
    meetings, feedback ...) and holds nothing of `never`."""
    gate = lexicon.content_gate
    if gate is None:
        return ()
    toks = reading.tokens
    at: dict[int, list[ConceptHit]] = {}
    for h in reading.hits:
        for k in range(h.start, h.end):
            at.setdefault(k, []).append(h)
    words: list[str] = []
    spans = told_spans(gate, toks, text)
    # what one message carries is read as a whole: "the whole staff ... about the fire drill" is a bulk send of work
    ordinary = any(h.concept in gate.ordinary for span in spans for k in span for h in at.get(k, ()))
    recipient = {k for span in spans for k in span if any(h.concept in gate.recipient for h in at.get(k, ()))}
    recipient |= _account_owners(lexicon, toks)
    told_event = {k for h in reading.hits if h.concept in gate.happened for k in range(h.start, h.end)}
    for span in spans:
        for k in span:
            for h in at.get(k, ()):
                if all(j in recipient for j in range(h.start, h.end)):
                    continue
                if h.concept not in gate.happened and all(j in told_event for j in range(h.start, h.end)):
                    continue        # the harm word of a harm suffered: what happened, not what is threatened
                doubtful = h.concept in gate.never or (not ordinary and (
                    h.concept in gate.ordinary_only or (h.concept in gate.need_to_know and not need_to_know)))
                said = text[toks[h.start].start:toks[h.end - 1].end]
                if doubtful and said not in words:
                    words.append(said)
    return tuple(words)


_ADDRESS_DETS = frozenset({"a", "an", "the", "my", "our", "each", "every"})
_TO_ADDRESS = frozenset({"to", "at", "into", "email", "emailing", "emailed", "e-mail", "message", "messaging", "write",
                         "writing"})


def _account_owners(lexicon: Lexicon, toks: tuple[Token, ...]) -> set[int]:
    """The words that own a district account named right after them ("everyone's CPS student accounts", "the
    team's school emails"): whose address it is, so who the message goes to, not what it carries."""
    def one_of(name: str, tok: Token) -> bool:
        entries = lexicon.concepts.get(name, frozenset())
        return (tok.stem,) in entries or (EXACT + tok.text,) in entries
    out: set[int] = set()
    for i, t in enumerate(toks[:-1]):
        if t.text.endswith(("'s", "s'")) and one_of("district_marker", toks[i + 1]) \
                and any(one_of("account_address", x) for x in toks[i + 2:i + 4]):
            out.add(i)
            # the address itself, up to its last account word, right after a verb of writing or "to"/"at" ("emailing
            # a kindergartner's CPS student email address"): where the message goes, so "email address" there is no
            # one's contact data travelling ("email the class everyone's cps addresses" sends them: not this)
            lead = [x.text for x in toks[max(0, i - 2):i] if x.text not in _ADDRESS_DETS]
            if not lead or lead[-1] not in _TO_ADDRESS:
                continue
            j = i + 2
            while j < len(toks) and j <= i + 4 and (one_of("account_address", toks[j]) or j < i + 3):
                j += 1
            last = max(k for k in range(i + 2, j) if one_of("account_address", toks[k])) if j > i + 2 else i + 1
            out.update(range(i + 1, last + 1))
    return out


def unexplained_acts(lexicon: Lexicon, reading: Reading, text: str) -> tuple[str, ...]:
    """The words of an act no ordinary work explains (`allowed_gate.kinds`: a record changed to show what did not
    happen, a door code given to an outsider, copies of a bought work made for many), wherever the question tells
    it: not only in what a message carries, and whatever item or report the reader placed beside it (a yes for the
    channel, the item's authorized case or the report route says nothing of this act). Every part of a kind is
    read, each in words of its own ("photos" is not both the work and its copy)."""
    gate = lexicon.content_gate
    if gate is None:
        return ()
    toks = reading.tokens
    words: list[str] = []
    for _name, groups in gate.kinds:
        for h in _kind_parts(reading.hits, groups):
            said = text[toks[h.start].start:toks[h.end - 1].end]
            if said not in words:
                words.append(said)
    return tuple(words)


def _kind_parts(hits: tuple[ConceptHit, ...], groups: tuple[frozenset[str], ...]) -> list[ConceptHit]:
    """One hit per group of an `allowed_gate` kind, no two on the same word; empty when a part is missing."""
    used: set[int] = set()
    out: list[ConceptHit] = []
    for g in groups:
        h = next((h for h in hits if h.concept in g and used.isdisjoint(range(h.start, h.end))), None)
        if h is None:
            return []
        used.update(range(h.start, h.end))
        out.append(h)
    return out
