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
    return yaml_loader.safe_load(path.read_text(encoding="utf-8")) or {}


def _unspaced(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(_UNSPACED)


def _phrase(phrase: str) -> str:
    """One phrase as an RE2 fragment: spaces match any run of spaces, words match whole (an ASCII edge by \\b,
    any other letter by a non-letter beside it), unspaced scripts anywhere."""
    if phrase.endswith(".") and " " in phrase and phrase[-2:-1].isascii() and phrase[-2:-1].isalpha():
        # an abbreviation of several words is written with or without its last dot ("fecha de nac:", "data ur.")
        return _phrase(phrase[:-1])[:-2] + r"(?:\.|\b)"
    body = r"\s+".join(re.escape(word) for word in phrase.split())
    first, last = phrase[0], phrase[-1]
    if _unspaced(first):
        head = ""
    elif first.isascii() and first.isalnum():
        head = r"\b"
    else:
        head = r"(?:^|[^\pL\pN])"
    if _unspaced(last) or not last.isalnum():
        tail = ""
    elif last.isascii():
        tail = r"\b"
    else:
        tail = r"(?:$|[^\pL\pN])"
    return head + body + tail


def label_fragment(kind: str) -> str:
    """Every language's labels of one kind ("birth", "home") as one fragment, longest phrase first so that
    "fecha de nacimiento" is taken whole before "nacimiento"."""
    phrases = {str(p).strip() for words in (_data().get(kind) or {}).values() for p in words or ()}
    return "(?:" + "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True) if p) + ")"


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
