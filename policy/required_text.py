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


def cannot_match(needs: tuple[str, ...], text: str) -> bool:
    """True when none of a cue's required strings is in `text` (so its pattern finds nothing there)."""
    if not needs:
        return False
    for s in needs:
        if s in text:
            return False
    return True


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
