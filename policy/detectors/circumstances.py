"""Sensitive circumstances of a student, as teachers write them: the word sets of
policy/data/student-records.yaml compiled once into RE2 patterns.

The student-record unit (student_record.py) owns who the student is; this module owns what is said of
them. Three tiers, because one word list cannot be both general and precise:

- a circumstance ("written up", "42% in Bio", "went home with a 102 temp") said of an identified student is
  a record;
- a tentative one ("struggling", "court date", "stole") is said of adults as often, so it needs a child cue
  ("class", "the kid", "his mom") within reach as well;
- adult context ("my coworker", "baby shower", "our principal") within reach keeps either quiet unless a
  child cue is there too ("Sam is pregnant!! baby shower Friday" is a colleague).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from policy import yaml_loader
from policy.detectors.patterns import Pattern
from policy.parsed_cache import load_or_parse

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "student-records.yaml"

SPELLED_SUFFIX = ".spelled.pickle"   # the kept pattern texts' own (`_spelled_kept`)

# how far (characters) adult context and child cues are looked for around a term: about a sentence each way
REACH = 120


# "#" reads a number in figures or in words, as dictation and chat write it ("two years behind", "out three days")
_NUMBER = (r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
           r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)")


def phrase_regex(phrase: str, sets: dict[str, list[str]]) -> str:
    """One phrase of the data file's small syntax (see its header) as an RE2 fragment."""
    parts = []
    for token in phrase.split():
        alternatives = []
        for word in token.split("|"):
            if word == "@L":
                alternatives.append("(?-i:[A-Z])")
                continue
            if word == "_":
                alternatives.append(r"[\w'\x{2019}-]+")  # any one word: "threw his _ at"
                continue
            # a set may stand for a whole word ("{family} passed") or part of one ("hurting {obj}self")
            pieces = []
            for piece in re.split(r"(\{\w+\})", word):
                if piece.startswith("{") and piece.endswith("}"):
                    members = sorted(sets[piece[1:-1]], key=len, reverse=True)
                    pieces.append("(?:" + "|".join(r"\s+".join(re.escape(w) for w in m.split()) for m in members)
                                  + ")")
                elif piece.lower() == "with":
                    pieces.append("(?:with|w/)")  # chat shorthand: "staying w/ his grandparents"
                elif piece:
                    piece = re.escape(piece).replace("'", "['\\x{2019}]")  # a typed apostrophe or a curly one
                    pieces.append(piece.replace(r"\*", r"[\w'\x{2019}-]*").replace(r"\#", _NUMBER)
                                  .replace(r"\?", "?"))  # "epi-?pen": the character before is optional
            alternatives.append("".join(pieces))
        part = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        parts.append(part)
    return r"\s+".join(parts)


def _edged(phrase: str, sets: dict[str, list[str]]) -> str:
    """A phrase's fragment with word edges where the phrase starts or ends with a word ("%ile" has none on its
    left), so it can join the record terms' one alternation without consuming its neighbours."""
    body = phrase_regex(phrase, sets)
    left = r"\b" if phrase[:1].isalnum() or phrase[:1] in "{#@" else ""
    right = r"\b" if phrase[-1:].isalnum() or phrase[-1:] in "}#L" else ""
    return left + "(?:" + body + ")" + right


def _alternation(phrases: list[str], sets: dict[str, list[str]]) -> str:
    """Longest phrase first, so the longest reading wins; phrases of one length in the file's spelling order, not a
    set's (which follows string hashing and differed from process to process)."""
    return "|".join(_edged(p, sets) for p in sorted(set(phrases), key=lambda p: (-len(p), p))) or r"(?!x)x"


class Circumstances(NamedTuple):
    # one pattern per family of the data file, each with whether its words are tentative: one alternation per
    # family stays within RE2's DFA memory where one of all of them (several hundred phrases) would not
    families: tuple[tuple[Pattern, bool], ...]
    family_triggers: frozenset[str]  # the families' pattern texts, as the scanner's Set pass names its triggers
    # the families by pattern text: a message reads only the families whose trigger the Set pass saw (a few),
    # instead of testing every family of the data file
    by_trigger: dict[str, tuple[tuple[Pattern, bool], ...]]
    adult: Pattern
    child: Pattern
    header: Pattern
    header_word: Pattern
    # a header with no colon that opens the message or a block after a blank line ("allergies rm 12" over rows
    # of names): whether its lines below are rows is the detector's to read
    bare_header: Pattern
    # the prefilter's triggers for `header` and `bare_header`: each without the loop that runs from the line's (or
    # the message's) start to the header word. That loop keeps a thread alive over every line of every message,
    # and in the prefilter's one Set every such thread multiplies the DFA states RE2 builds for text it has not
    # seen. Every match of the full pattern holds a match of the rest, so the trigger fires wherever the pattern
    # can match (it also fires on a header word mid-line, where the unit's own pattern then finds nothing)
    header_trigger: str = ""
    bare_header_trigger: str = ""
    # words that say a list's numbers are results ("quiz scores", "DIBELS") and words that make them a game's or a
    # contest's ("box score", "votes"): `score_headers` and `score_not_results` of the data file
    score_words: Pattern = Pattern(r"[^\s\S]")
    not_results: Pattern = Pattern(r"[^\s\S]")


class _Spelled(NamedTuple):
    """What the data file's phrases spell as pattern text (`_spelled`): some 2,600 phrases written out through
    `phrase_regex`, about 30 ms of a cold `aupbot ask` that carries a value, so kept between processes
    (policy/parsed_cache.py, keyed by the file's text and this module's source: never stale)."""

    families: tuple[tuple[str, bool], ...]  # each family's alternation, and whether its words are tentative
    adult: str
    child: str
    header_words: str
    score_words: str
    not_results: str


def _spelled(data: dict[str, Any]) -> _Spelled:
    sets = {name: [str(w) for w in words] for name, words in (data.get("sets") or {}).items()}

    def grouped(section: str) -> list[list[str]]:
        value = data.get(section) or []
        if isinstance(value, dict):
            return [[str(p) for p in phrases] for phrases in value.values() if phrases]
        return [[str(p) for p in value]] if value else []

    def flat(section: str) -> list[str]:
        value = data.get(section) or []
        if isinstance(value, dict):
            return [str(p) for phrases in value.values() for p in phrases]
        return [str(p) for p in value]

    return _Spelled(
        families=tuple(("(?i)" + _alternation(group, sets), False) for group in grouped("circumstances"))
        + tuple(("(?i)" + _alternation(group, sets), True) for group in grouped("tentative")),
        adult="(?i)" + _alternation(flat("adult_context"), sets),
        child="(?i)" + _alternation(flat("child_cues"), sets),
        header_words="|".join(phrase_regex(p, sets) for p in flat("list_headers")),
        score_words="(?i)" + _alternation(flat("score_headers"), sets),
        not_results="(?i)" + _alternation(flat("score_not_results"), sets))


def _spelled_kept(path: Path) -> _Spelled:
    text = path.read_text(encoding="utf-8")
    return load_or_parse(path, [text.encode("utf-8"), Path(__file__).read_bytes()],
                         lambda: _spelled(yaml_loader.load_kept(path, text) or {}), _Spelled, suffix=SPELLED_SUFFIX)


@lru_cache(maxsize=2)
def load(path: Path = DATA_FILE) -> Circumstances:
    spelled = _spelled_kept(path)
    families = tuple((Pattern(text), tentative) for text, tentative in spelled.families)
    words = spelled.header_words
    # (a time of day in the header is no colon of its own: "Detention today 3:15-4:00 in rm 118:")
    header_rest = r"(?:^|[^\w\n])(?:" + words + r")(?:[^\w\n](?:[^\n:]|:\d){0,60})?:[ \t*_]*$"
    header = r"(?im)^(?:[^\n:]|:\d){0,60}?" + header_rest
    bare_rest = r"\b(?:" + words + r")\b[^\n:]{0,60}\n"
    return Circumstances(
        families=families,
        family_triggers=frozenset(family.pattern for family, _ in families),
        by_trigger={trigger: tuple(f for f in families if f[0].pattern == trigger)
                    for trigger in {family.pattern for family, _ in families}},
        adult=Pattern(spelled.adult),
        child=Pattern(spelled.child),
        header=Pattern(header),
        header_word=Pattern(r"(?i)\b(?:" + words + r")\b"),
        bare_header=Pattern(r"(?i)(?:\A|\n[ \t]*\n)[^\n:]{0,60}?" + bare_rest),
        header_trigger="(?im)" + header_rest,
        bare_header_trigger="(?i)" + bare_rest,
        score_words=Pattern(spelled.score_words),
        not_results=Pattern(spelled.not_results))


def bare_header_spans(text: str) -> list[tuple[int, int]]:
    """Header lines without a colon that open the message or a block ("reading levels for the sub" then a name
    a line): each span runs from the header word to the line's end; the rows under it are the caller's to check."""
    c = load()
    spans = []
    for _, b in c.bare_header.spans(text):
        line_end = b - 1  # the line break the pattern ends on
        line_start = text.rfind("\n", 0, line_end) + 1
        words = c.header_word.spans(text[line_start:line_end])
        if words:
            spans.append((line_start + words[-1][0], line_end))
    return spans


def _window(text: str, start: int, end: int) -> str:
    return text[max(0, start - REACH):end + REACH]


def adult_context_anywhere(text: str) -> bool:
    """One pass over the whole message: most speak of no colleague, and then no term needs the check below."""
    return load().adult.search(text) is not None


def adult_context_near(text: str, start: int, end: int) -> bool:
    """A colleague or the writer's own family is spoken of around the term, and no child."""
    window = _window(text, start, end)
    c = load()
    return c.adult.search(window) is not None and c.child.search(window) is None


def child_cue_near(text: str, start: int, end: int) -> bool:
    return load().child.search(_window(text, start, end)) is not None


def list_header_spans(text: str) -> list[tuple[int, int]]:
    """Header lines ending with ":" that name what their rows are ("Absent list 3rd pd:")."""
    if ":" not in text:
        return []
    # the span runs from the header word ("Team scores:" keeps "Team" before it, for the group rule) to just
    # before the colon, as a list header's own term does ("grades:"), so the rows are read after it
    c = load()
    spans = []
    for a, b in c.header.spans(text):
        words = c.header_word.spans(text[a:b])
        spans.append((a + (words[-1][0] if words else 0), text.rindex(":", a, b)))
    return spans
