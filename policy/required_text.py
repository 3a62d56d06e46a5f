"""What a regular expression cannot match without: a few strings, one of which every match contains.

Why: the reader tries each of the vocabulary's few hundred cue patterns on each question, and most of them find
nothing; a search over a long question costs tens of microseconds, a substring test a tenth of one. A cue whose
required strings are all absent from the text cannot match it, so its search (or its blanking `subn`) is skipped
and the result is the same: the test only ever says "cannot match", never "matches".

How: the pattern's parse tree (CPython's own `re` parser, so it reads the pattern exactly as the engine does). A
run of literal characters is required; a group requires what its inside does; an alternation requires one of
what each branch requires (nothing, if any branch requires nothing); a repeat requires what its body does when it
must occur at least once; zero-width checks (\\b, ^, lookarounds), classes and wildcards require nothing. Of a
sequence's required parts the most telling one is kept (its shortest string the longest). Patterns with flags
that change what a literal matches (IGNORECASE) get no requirement, and nor do those whose strings would be
shorter than MIN_CHARS (a one- or two-letter string is in almost every question: the test would cost and save
nothing).
"""
from __future__ import annotations

import importlib
import re
import threading
from typing import Any

_parser: Any = importlib.import_module("re._parser")         # CPython's `re` parser (it ships no type information)
_c: Any = importlib.import_module("re._constants")

MIN_CHARS = 3
# an alternation of more strings than this costs about as much to test as the search it would skip
MAX_STRINGS = 64


def required_strings(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Strings one of which every match of `pattern` contains, or () when nothing useful is required."""
    if pattern.flags & re.IGNORECASE:
        return ()
    try:
        found = _required(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:       # a parser this module does not know (another Python): no requirement, never a wrong one
        return ()
    if not found or min(map(len, found)) < MIN_CHARS or len(found) > MAX_STRINGS:
        return ()
    # longest first: a long string that is absent says no soonest; none is a substring test of another's job
    return tuple(sorted(found, key=lambda s: (-len(s), s)))


# -- which required strings a text holds, found once per text
#
# Why: a question is tried against some 600 cues' required strings (about 5,000 substring tests, most of them the
# same few texts), and the Python loop around each test cost more than the tests. Every string a cue requires is
# indexed under one of its three-letter pieces; a text's pieces pick the few strings that can be in it, each is
# tested once, and a cue's test becomes one set comparison. The answer is exactly `any(s in text ...)`: a string in
# the text has every one of its pieces in the text, so it is always among the strings tested.

_COMMON_FIRST = " etaoinshrdlcumwfgypbvkjxqz"
_RARITY = {ch: i for i, ch in enumerate(_COMMON_FIRST)}
_GRAM = 3
_KEEP_TEXTS = 64        # texts whose strings are kept (a question is read as a handful of texts)


def _rarest_piece(s: str) -> str:
    """The piece of `s` a text holds least often (by English letter frequency; a mark or digit counts as rare):
    the fewer texts hold it, the fewer strings a text's pieces pick for testing."""
    return max((s[i:i + _GRAM] for i in range(len(s) - _GRAM + 1)),
               key=lambda g: sum(_RARITY.get(ch, len(_COMMON_FIRST)) for ch in g))


class _Index:
    """The strings registered so far, by piece (written under a lock; read without one: a reader keeps the version
    it began with, and a text's strings worked out before a later registration are worked out again)."""

    def __init__(self) -> None:
        self.by_piece: dict[str, tuple[str, ...]] = {}
        self.short: tuple[str, ...] = ()         # strings shorter than a piece, tested on every text
        self.known: set[str] = set()
        self.version = 0
        self.lock = threading.Lock()
        self.texts: dict[str, tuple[int, frozenset[str]]] = {}


_INDEX = _Index()


def pieces_of(strings: tuple[str, ...]) -> tuple[str, ...]:
    """The piece each string is indexed under ("" for one shorter than a piece): worked out when the vocabulary is
    parsed and kept in its parsed cache, so a cold process only files them."""
    return tuple(_rarest_piece(s) if len(s) >= _GRAM else "" for s in strings)


def register(strings: tuple[str, ...], pieces: tuple[str, ...] = ()) -> None:
    """Make `strings` findable by `strings_in` (a cue registers its required strings when it is made or loaded);
    `pieces`: `pieces_of(strings)`, when known."""
    ix = _INDEX
    if all(s in ix.known for s in strings):
        return
    pieces = pieces if len(pieces) == len(strings) else pieces_of(strings)
    with ix.lock:
        for s, piece in zip(strings, pieces, strict=True):
            if s in ix.known:
                continue
            if len(s) < _GRAM:
                ix.short = (*ix.short, s)
            else:
                ix.by_piece[piece] = (*ix.by_piece.get(piece, ()), s)
            ix.known.add(s)
        ix.version += 1


def strings_in(text: str) -> frozenset[str]:
    """The registered strings that occur in `text` (kept for the last few texts)."""
    ix = _INDEX
    kept = ix.texts.get(text)
    version = ix.version
    if kept is not None and kept[0] == version:
        return kept[1]
    by_piece = ix.by_piece
    found = {s for s in ix.short if s in text}
    for piece in {text[i:i + _GRAM] for i in range(len(text) - _GRAM + 1)}:
        for s in by_piece.get(piece, ()):
            if s in text:
                found.add(s)
    out = frozenset(found)
    if len(ix.texts) >= _KEEP_TEXTS:
        ix.texts.clear()
    ix.texts[text] = (version, out)
    return out


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _required(sub: Any) -> frozenset[str] | None:
    """Of a sequence's parts, the best required set (None: the sequence requires nothing)."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in (*sub, (None, None)):
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        if op is None:
            break
        if op is _c.SUBPATTERN:
            best = _better(best, _required(av[-1]))
        elif op is _c.ATOMIC_GROUP:
            best = _better(best, _required(av))
        elif op is _c.BRANCH:
            branches = [_required(b) for b in av[1]]
            if all(b is not None for b in branches):
                best = _better(best, frozenset().union(*branches))    # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                best = _better(best, _required(av[2]))
        # anything else (a class, a wildcard, \b, a lookaround, a back-reference) requires no fixed text here and
        # ends the run of literals
    return best


def top_level_branches(source: str) -> list[str] | None:
    """The alternatives of a pattern written `A|B|...` at its top level, each as its own pattern text, or None
    when it is not one (or when splitting could change a branch's meaning: a back-reference, a global flag)."""
    if "(?P=" in source or _BACKREFERENCE.search(source) or source.startswith("(?") and source[2:3].isalpha():
        return None
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            # "]" first in a class ("[]a]", "[^]a]") is a literal, not its end
            if source[i + 1:i + 2] == "^":
                i += 1
            if source[i + 1:i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out if len(out) > 1 else None


_BACKREFERENCE = re.compile(r"\\[1-9]")
