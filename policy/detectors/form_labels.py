"""Form labels and month names in the languages a large US district's families and staff write forms in.

A registration sheet, an emergency card or a transfer note reaches staff in Spanish, Polish, Arabic, Chinese,
Vietnamese, Tagalog, Ukrainian and a dozen more languages; its "fecha de nacimiento" or "adres zamieszkania" says
what the value after it is exactly as "DOB" or "home address" does. The words are data
(`policy/data/form-labels.yaml`); this module turns them into label fragments for the detectors' label pass
and month numbers for the date reader.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

from policy import yaml_loader

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "form-labels.yaml"

# scripts written without spaces between words: a label in them needs no word boundary
_UNSPACED = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA")


@lru_cache(maxsize=2)
def _data(path: Path = DATA_FILE) -> dict[str, Any]:
    return yaml_loader.load_file(path) or {}


def _unspaced(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(_UNSPACED)


# the edges of a word whose first or last letter is not ASCII (RE2's \b knows ASCII letters only): a letter or digit
# must not stand beside it
_EDGE_HEAD = r"(?:^|[^\pL\pN])"
_EDGE_TAIL = r"(?:$|[^\pL\pN])"


def _phrase_parts(phrase: str) -> tuple[str, str, str]:
    """One phrase as an RE2 fragment in three parts (head edge, words, tail edge): spaces match any run of spaces,
    words match whole (an ASCII edge by \\b, any other letter by a non-letter beside it), unspaced scripts
    anywhere."""
    if phrase.endswith(".") and " " in phrase and phrase[-2:-1].isascii() and phrase[-2:-1].isalpha():
        # an abbreviation of several words is written with or without its last dot ("fecha de nac:", "data ur.")
        head, body, _ = _phrase_parts(phrase[:-1])
        return head, body, r"(?:\.|\b)"
    body = r"\s+".join(re.escape(word) for word in phrase.split())
    first, last = phrase[0], phrase[-1]
    if _unspaced(first):
        head = ""
    elif first.isascii() and first.isalnum():
        head = r"\b"
    else:
        head = _EDGE_HEAD
    if _unspaced(last) or not last.isalnum():
        tail = ""
    elif last.isascii():
        tail = r"\b"
    else:
        tail = _EDGE_TAIL
    return head, body, tail


def _phrase(phrase: str) -> str:
    """One phrase as one RE2 fragment (its head edge, words and tail edge)."""
    return "".join(_phrase_parts(phrase))


def label_fragment(kind: str) -> str:
    """Every language's labels of one kind ("birth", "home") as one fragment, longest phrase first so that
    "fecha de nacimiento" is taken whole before "nacimiento".

    The phrases that open on a letter outside ASCII share one head edge, and each run of them in a row that
    ends on one shares one tail edge: `[^\\pL\\pN]` is some 700 ranges of code points, which RE2 spells out as
    UTF-8 byte automata at every copy, and a copy per phrase made these two fragments most of what compiling the
    label pass and the prefilter's Set cost a cold process that scans one message (about 35 ms each against 5).
    The factored form matches exactly what the branch-per-phrase form does: `(X|Y)T` is `XT|YT` in RE2's
    leftmost-first order, and `H(X|Y)` is `HX|HY` here because the head's two ways cannot both start a match at
    one place (the text's start before a letter, or a character that is no letter), and a branch with no such
    head can start only on an ASCII letter or an unspaced script's, which the head's character never is."""
    phrases = {str(p).strip() for words in (_data().get(kind) or {}).values() for p in words or ()}
    # longest first; equal lengths in a fixed order, so the fragment's text is the same in every process
    branches: list[str | list[tuple[str, str]]] = []
    group: list[tuple[str, str]] | None = None  # the edged phrases taken together so far
    for phrase in sorted((p for p in phrases if p), key=lambda p: (-len(p), p)):
        head, body, tail = _phrase_parts(phrase)
        if head == _EDGE_HEAD and phrase[0].isalnum():
            if group is None:
                group = []
                branches.append(group)  # the group's place: where its longest phrase stood
            group.append((body, tail))
            continue
        branches.append(head + body + tail)
        if head == _EDGE_HEAD:
            group = None  # a head edge before a mark could start where the group does: keep their order
    return "(?:" + "|".join(b if isinstance(b, str) else _edged_group(b) for b in branches) + ")"


def _edged_group(phrases: list[tuple[str, str]]) -> str:
    """Phrases (words, tail edge) under one head edge, each run of equal tails in a row under one tail."""
    runs: list[tuple[str, list[str]]] = []
    for body, tail in phrases:
        if runs and runs[-1][0] == tail:
            runs[-1][1].append(body)
        else:
            runs.append((tail, [body]))
    return _EDGE_HEAD + "(?:" + "|".join(
        (bodies[0] if len(bodies) == 1 else "(?:" + "|".join(bodies) + ")") + tail for tail, bodies in runs) + ")"


def regex_fragment(kind: str) -> str:
    """A section written as RE2 fragments rather than phrases, every language's as one fragment:
    `public_address` (an organisation's own address, "Dirección de la escuela"), `office_line` (an organisation's
    line, "Oficina principal", "línea de asistencia")."""
    fragments = [str(f) for items in (_data().get(kind) or {}).values() for f in items or ()]
    return "(?:" + "|".join(fragments) + ")"


def _plain(word: str) -> str:
    """Lower case without accents: "Février" and "fevrier" are one word."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Month name (lower case, without accents) -> month number, for the languages of the data file."""
    return {_plain(str(name)): int(number) for number, names in (_data().get("months") or {}).items()
            for name in names or ()}


def month_number(word: str) -> int | None:
    return month_numbers().get(_plain(word))


def month_fragment() -> str:
    """The month names as an RE2 alternation, as written and without accents."""
    names = {str(n) for names in (_data().get("months") or {}).values() for n in names or ()}
    names |= {_plain(n) for n in names}
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
