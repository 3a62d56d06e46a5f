"""Normalisation before matching, with a map from every normalised character back to the original text.

People (and chat platforms) disguise values: fullwidth digits, zero-width spaces inside an SSN, no-break
spaces and figure dashes as separators, Slack's `<tel:...|...>` markup, `(at)`/`(dot)` e-mail addresses,
numbers spelled out in words, digits split by spaces. The detectors match one plain form; the findings
must still point at the ORIGINAL text, so every pass here keeps, per normalised character, the original
span it came from. Each pass is linear in the text (RE2 scans, then one splice).
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import re2

from policy.detectors.patterns import Pattern


class Normalized:
    """The normalised text and, for each of its characters, the original [start, end) it stands for.

    `starts`/`ends` are None while nothing has changed: the offsets are then the identity (the common case;
    the arrays are built only when a pass rewrites something)."""

    __slots__ = ("original", "text", "starts", "ends")

    def __init__(self, original: str, text: str, starts: array[int] | None, ends: array[int] | None) -> None:
        self.original = original
        self.text = text
        self.starts = starts
        self.ends = ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised slice [start, end)."""
        if self.starts is None:
            return start, max(start, end)
        assert self.ends is not None   # built together with starts
        if end <= start:
            pos = self.starts[start] if start < len(self.text) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _identity(text: str) -> tuple[array[int], array[int]]:
    return array("i", range(len(text))), array("i", range(1, len(text) + 1))


def _with_offsets(norm: Normalized) -> Normalized:
    if norm.starts is not None:
        return norm
    starts, ends = _identity(norm.text)
    return Normalized(norm.original, norm.text, starts, ends)


def _splice(norm: Normalized, regex: Pattern, pieces_for: Callable[[Any], Sequence[Piece] | None]) -> Normalized:
    """Rewrite every match of `regex` by the pieces `pieces_for(match)` returns (None keeps the match)."""
    edits = []
    pos = 0
    for m in regex.finditer(norm.text):
        pieces = pieces_for(m)
        if pieces is None:
            continue
        a, b = m.span()
        if a < pos:  # overlapping match (a consumed boundary character): leave it alone
            continue
        edits.append((a, b, pieces))
        pos = b
    if not edits:
        return norm  # nothing to rewrite: no offset arrays built
    return _assemble(norm, edits)


def _assemble(norm: Normalized, edits: list[tuple[int, int, Sequence[Piece]]]) -> Normalized:
    """Apply (start, end, pieces) edits, in order and not overlapping, carrying every character's offsets into the
    original text. A piece is a span of the current text, new text standing for the whole match (str), new text
    standing character for character for the current text (_Same), or new text standing for one character (_Single)."""
    norm = _with_offsets(norm)
    assert norm.starts is not None and norm.ends is not None   # _with_offsets built them
    text = norm.text
    out: list[str] = []
    starts = array("i")
    ends = array("i")
    pos = 0
    for a, b, pieces in edits:
        out.append(text[pos:a])
        starts.extend(norm.starts[pos:a])
        ends.extend(norm.ends[pos:a])
        for piece in pieces:
            if isinstance(piece, tuple):
                s, e = piece
                out.append(text[s:e])
                starts.extend(norm.starts[s:e])
                ends.extend(norm.ends[s:e])
            elif isinstance(piece, str):
                whole_start = norm.starts[a] if a < len(text) else len(norm.original)
                whole_end = norm.ends[b - 1] if b > a else whole_start
                out.append(piece)
                starts.extend([whole_start] * len(piece))
                ends.extend([whole_end] * len(piece))
            elif isinstance(piece, _Same):
                out.append(piece.text)
                starts.extend(norm.starts[piece.at:piece.at + len(piece.text)])
                ends.extend(norm.ends[piece.at:piece.at + len(piece.text)])
            else:  # _Single
                out.append(piece.text)
                starts.extend([norm.starts[piece.at]] * len(piece.text))
                ends.extend([norm.ends[piece.at]] * len(piece.text))
        pos = b
    out.append(text[pos:])
    starts.extend(norm.starts[pos:])
    ends.extend(norm.ends[pos:])
    return Normalized(norm.original, "".join(out), starts, ends)


# -- pass 1: characters -------------------------------------------------------------------------------------

# Invisible characters people (or copy-paste) put inside numbers: zero-width space/joiners, word joiner,
# soft hyphen, BOM, bidi marks, the Mongolian vowel separator.
# Emoji presentation selectors and the combining keycap go too: "4\ufe0f\u20e3" (the keycap emoji 4️⃣) is a 4.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\u00ad\ufeff\u200e\u200f\u180e\u2061\u2062\u2063\u2064"
                       "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufe0e\ufe0f\u20e3")
# Cyrillic and Greek letters drawn like Latin ones ("раssword" with a Cyrillic р and а). They are read as Latin
# only inside a word that also has Latin letters or digits, so a message written in Russian or Greek stays as
# it is.
CONFUSABLES = {
    **dict(zip("аеорсухіјѕԁһԛԝӏ", "aeopcyxijsdhqwl", strict=False)),
    **dict(zip("АВЕКМНОРСТХУІЈЅ", "ABEKMHOPCTXYIJS", strict=False)),
    **dict(zip("αοριυνκ", "aopiuvk", strict=False)),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX", strict=False)),
}
# Dashes that NFKC leaves alone but that separate digits exactly like a hyphen.
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u2e3a\u2e3b")
# The runs of characters above ASCII, found by Python's own engine on the str: a single character class repeated has
# one way to match (linear, like RE2), and its match objects give character offsets directly, where RE2's str wrapper
# encodes the text and converts every offset back from bytes in Python (two thirds of this pass's time on the real
# messages that hold an emoji or a curly quote)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Characters the per-character path must see (removed or mapped, not just NFKC'd); a run without any of them
# is normalised in one call when NFKC keeps its length (the common case: accented names, emoji, binary).
_NEEDS_CARE = frozenset(_INVISIBLE | _DASHES | set(CONFUSABLES) | {chr(c) for c in range(0x80, 0xA0)}
                        | set("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                              "\u200a\u2028\u2029\u202f\u205f\u3000"))


def _char_form(ch: str) -> str:
    if ch in _INVISIBLE:
        return ""
    if ch in _DASHES:
        return "-"
    if ch.isspace():
        return "\n" if ch in "\u2028\u2029\x85" else " "
    form = unicodedata.normalize("NFKC", ch)
    if unicodedata.category(ch) in ("Cf", "Cc") and ch not in "\t\n\r":
        return ""
    return form


def _beside_latin(text: str, a: int, b: int) -> bool:
    """Whether the non-ASCII run text[a:b] touches an ASCII letter or digit: one word in two scripts."""
    before, after = text[a - 1:a], text[b:b + 1]
    return (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum())


def _characters(norm: Normalized) -> Normalized:
    if norm.text.isascii():
        return norm

    def pieces(m: Any) -> list[Piece]:
        a, b = m.span()
        run = norm.text[a:b]
        if _NEEDS_CARE.isdisjoint(run):
            folded = unicodedata.normalize("NFKC", run)
            if folded == run:
                return [(a, b)]
            if len(folded) == len(run):
                return [_Same(folded, a)]
        mixed = _beside_latin(norm.text, a, b)
        result: list[Piece] = []
        for i in range(a, b):
            ch = norm.text[i]
            form = CONFUSABLES[ch] if mixed and ch in CONFUSABLES else _char_form(ch)
            if form == norm.text[i]:
                result.append((i, i + 1))
            elif form:
                # each output character stands for the one original character
                result.append(_Single(form, i))
        return result

    return _splice_chars(norm, _NON_ASCII, pieces)


@dataclass(frozen=True)
class _Same:
    """New text of the same length as the current text at `at`: character i stands for character at+i."""

    text: str
    at: int


@dataclass(frozen=True)
class _Single:
    """New text standing for one character of the current text (finer than the whole match)."""

    text: str
    at: int


# A replacement piece: a string (new text standing for the whole match) or a (start, end) slice of the
# current text that is kept with its own offsets.
Piece = str | tuple[int, int] | _Same | _Single


def _splice_chars(norm: Normalized, regex: re.Pattern[str], pieces_for: Callable[[Any], Sequence[Piece]]) -> Normalized:
    edits = []
    for m in regex.finditer(norm.text):
        a, b = m.span()
        pieces = pieces_for(m)
        if len(pieces) != 1 or pieces[0] != (a, b):  # a run kept as it is (emoji, accented names) is no edit
            edits.append((a, b, pieces))
    if not edits:
        return norm  # nothing rewritten: no offset arrays, and the scan keeps the identity offsets
    return _assemble(norm, edits)


# -- pass 2: chat markup ------------------------------------------------------------------------------------

_SLACK_ENTITIES = Pattern(r"&(amp|lt|gt);")
_ENTITY = {"amp": "&", "lt": "<", "gt": ">"}
# <tel:+13125550138|312.555.0138>, <mailto:a@b.c|a@b.c>, <@U123|name>, <#C123|general>, <!here>, <url|label>
_SLACK_MARKUP = Pattern(r"<(tel:|mailto:|@|#|!)?([^<>|\n]*)(?:\|([^<>\n]*))?>")
# Google Chat / Slack emphasis markers glued to digits (`_412-63-8810_`, `*4111 1111*`): the underscore is a
# word character and would defeat the detectors' word boundaries.
_EMPHASIS_BEFORE_DIGIT = Pattern(r"(^|[\s(\[:,;])([*_~]+)(\d)")
_EMPHASIS_AFTER_DIGIT = Pattern(r"(\d)([*_~]+)($|[\s)\].,;:!?])")
# Emphasis around a short run of words (`_DOB_:`, `*student ID:*`, `~old pw~`): the markers are glued to
# the words, and an underscore is a word character, so a label inside would lose its word boundaries. Only
# a pair that opens after a space or punctuation and closes before one, within a line, is markup
# (snake_case names such as DB_PASS or student_id are not touched).
_EMPHASIS_WORDS = Pattern(r"(^|[\s(\[:,;])([*_~]{1,2})([A-Za-z][^*_~\n]{0,60}?)([*_~]{1,2})($|[\s)\].,;:!?])")


def _shows_value(kind: str, label: str) -> bool:
    if kind == "mailto:":
        return "@" in label
    return sum(ch.isdigit() for ch in label) >= 7


# An HTML table copied out of a portal ("<tr><td>Walker, Jada</td><td>36159139</td>...</tr>"): the tags between two
# cells read as a pipe, the row's and the table's own tags as nothing, so each row is a pipe-separated line the
# detectors read as any pasted row (its line breaks are the rows' own)
_HTML_CELL_GAP = Pattern(r"(?i)</t[dh]>[ \t]*<t[dh](?:[ \t][^<>\n]{0,80})?>")
_HTML_TABLE_TAG = Pattern(r"(?i)</?(?:table|thead|tbody|tr|td|th)(?:[ \t][^<>\n]{0,80})?>")
# rows pasted on one line ("</tr><tr>") are two lines
_HTML_ROW_GAP = Pattern(r"(?i)</tr>[ \t]*<tr(?:[ \t][^<>\n]{0,80})?>")


def _html_cells(norm: Normalized) -> Normalized:
    if _HTML_CELL_GAP.search(norm.text) is None:
        return norm  # no two cells side by side: a tag named in prose ("wrap it in <td> tags") stays as written
    norm = _splice(norm, _HTML_ROW_GAP, lambda m: ["\n"])
    norm = _splice(norm, _HTML_CELL_GAP, lambda m: [" | "])
    return _splice(norm, _HTML_TABLE_TAG, lambda m: [])


def _slack_markup(norm: Normalized) -> Normalized:
    def entity(m: Any) -> list[Piece]:
        return [_ENTITY[m.group(1)]]

    norm = _splice(norm, _SLACK_ENTITIES, entity)
    if "<t" in norm.text or "<T" in norm.text:
        norm = _html_cells(norm)

    def markup(m: Any) -> list[Piece] | None:
        kind, target, label = m.group(1), m.group(2), m.group(3)
        if kind in ("tel:", "mailto:"):
            # keep what people see when it shows the value; a label that does not ("call her", "email
            # Jess", "Front office") hides the number or address in the target, so the target is read,
            # followed by the label, which may still say whose line it is
            if label is None:
                return [m.span(2)]
            if _shows_value(kind, label):
                return [m.span(3)]
            # both, the words after the value as people would write them ("773... (Front office)")
            return [m.span(2), " (", m.span(3), ")"]
        if kind == "@":
            return ["@user"]  # a user id is no phone number: U04QX7M2K must not feed the digit detectors
        if kind == "#":
            return ["#", m.span(3)] if label is not None else ["#channel"]
        if kind == "!":
            return ["@" + (label or target.split("^")[0])]
        if "://" in target or target.startswith("www."):
            # the URL itself: user:pass@ lives there, not in the label; a label of words is what people read
            # (a map link shows the address: "<https://maps...?q=3127+W+...|3127 W Wrightwood Ave>"), so it
            # follows the URL, as a tel: or mailto: label does
            if label is None or "://" in label or label.startswith("www.") or label.strip() in target:
                return [m.span(2)]
            return [m.span(2), " ", m.span(3)]
        return None

    return _splice(norm, _SLACK_MARKUP, markup)


def _emphasis(norm: Normalized) -> Normalized:
    norm = _splice(norm, _EMPHASIS_WORDS, lambda m: [m.span(1), m.span(3), m.span(5)]
                   if m.group(2) == m.group(4) and not m.group(3).endswith(" ") else None)
    norm = _splice(norm, _EMPHASIS_BEFORE_DIGIT, lambda m: [m.span(1), m.span(3)])
    return _splice(norm, _EMPHASIS_AFTER_DIGIT, lambda m: [m.span(1), m.span(3)])


# -- pass 3: obfuscated e-mail addresses ----------------------------------------------------------------------

_AT = Pattern(r"(?i)([A-Za-z0-9._%+-])\s*[\(\[\{<]\s*at\s*[\)\]\}>]\s*([A-Za-z0-9])")
_DOT = Pattern(r"(?i)([A-Za-z0-9])\s*[\(\[\{<]\s*dot\s*[\)\]\}>]\s*([A-Za-z0-9])")


# "jlee at gmail dot com": only with both words and a common top-level domain, so "meet at noon" stays
_AT_DOT_WORDS = Pattern(r"(?i)\b([A-Za-z0-9._%+-]{2,64}) +at +([A-Za-z0-9-]{2,63}) +dot +(com|net|org|edu|gov|us|info"
                        r"|me|co|io)\b")


# the spoken "dot" on either side of an "@" the passes above wrote ("jen.o1 (at) yahoo dot com", "thao dot nguyen
# (at) gmail dot com"): once the address has its "@", a "dot" word in it is its full stop
_DOT_WORD_IN_DOMAIN = Pattern(r"(?i)(@[A-Za-z0-9-]{2,63}) +dot +(com|net|org|edu|gov|us|info|me|co|io)\b")
_DOT_WORD_IN_LOCAL = Pattern(r"(?i)\b([A-Za-z0-9._%+-]{1,64}) +dot +([A-Za-z0-9._%+-]{1,64}@)")


# "dana.whitfield @ gmail.com" (often after emphasis, "*dana.whitfield* @ *gmail.com*"): spaces around "@"
# only with a common top-level domain after it, so "ask @ the front desk" stays prose
_SPACED_AT = Pattern(r"(?i)\b([A-Za-z0-9._%+-]{2,64})[ \t]{1,2}@[ \t]{1,2}"
                     r"([A-Za-z0-9-]{1,63}(?:[ \t]?\.[ \t]?[A-Za-z0-9-]{1,63})*"
                     r"[ \t]?\.[ \t]?(?:com|net|org|edu|gov|us|info|me|co|io))\b")
# the consumer mail services people name without their domain's ending ("jreyes77@hotmail") or after a spoken
# "at" ("jreyes77 at hotmail.com"): every one of these is a ".com" address
_MAIL_SERVICES = "(?:gmail|yahoo|hotmail|outlook|icloud|aol|protonmail|ymail|msn|live|comcast)"
_BARE_SERVICE = Pattern(r"(?i)\b([A-Za-z0-9._%+-]{2,64}@" + _MAIL_SERVICES + r")(?:$|[^.A-Za-z0-9-])")
_AT_SERVICE = Pattern(r"(?i)\b([A-Za-z0-9._%+-]{2,64}) +at +(" + _MAIL_SERVICES + r"\.(?:com|net))\b")


def _email_words(norm: Normalized) -> Normalized:
    norm = _splice(norm, _SPACED_AT, lambda m: [m.span(1), "@", m.group(2).replace(" ", "").replace("\t", "")])
    # a spoken "at" only after a name shaped like an account ("jreyes77", "maria.o"): "look at gmail.com" is prose
    norm = _splice(norm, _AT_SERVICE, lambda m: [m.span(1), "@", m.span(2)]
                   if any(c.isdigit() or c in "._-" for c in m.group(1)) else None)
    # the ending added stands for the service name's last letter, so the address maps back to what was written
    norm = _splice(norm, _BARE_SERVICE, lambda m: [m.span(1), _Single(".com", m.end(1) - 1), (m.end(1), m.end())])
    norm = _splice(norm, _AT, lambda m: [m.span(1), "@", m.span(2)])
    norm = _splice(norm, _DOT, lambda m: [m.span(1), ".", m.span(2)])
    norm = _splice(norm, _AT_DOT_WORDS, lambda m: [m.span(1), "@", m.span(2), ".", m.span(3)])
    norm = _splice(norm, _DOT_WORD_IN_DOMAIN, lambda m: [m.span(1), ".", m.span(2)])
    for _ in range(3):  # one "dot" a pass: "a dot b dot c@" takes two
        norm = _splice(norm, _DOT_WORD_IN_LOCAL, lambda m: [m.span(1), ".", m.span(2)])
    return norm


# -- pass 4: numbers in words -------------------------------------------------------------------------------

_DIGIT_WORDS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")

_DIGIT = "(?:" + "|".join(_DIGIT_WORDS) + ")"
# two or more digit words in a row ("seven seven three"): a number read out digit by digit
# groups may be set off by commas or dashes as people read them out ("four one nine, two six, eight six two
# six"); such a run becomes dashed groups ("419-26-8626"), the shape the number detectors know
_DIGIT_RUN = Pattern(r"(?i)\b" + _DIGIT + r"(?:(?:[ \t]+|[ \t]*[,\-][ \t]*)" + _DIGIT + r"){1,19}\b")
# a comma, or a dash with spaces round it, ends a group; "seven-seven-three" is one group read with hyphens
_GROUP_SEPARATOR = Pattern(r"[ \t]*,[ \t]*|[ \t]+-[ \t]*|[ \t]*-[ \t]+")
# fewer digit words than this in comma groups are a list ("one, two, three"), not a number
_MIN_GROUPED_DIGITS = 7
_UNIT = "(?:" + "|".join(_DIGIT_WORDS.keys() - {"oh", "zero"}) + ")"
_TWO_DIGITS = ("(?:(?:" + "|".join(_TEENS) + ")|(?:" + "|".join(_TENS) + r")(?:[ -]" + _UNIT + ")?)")
# "twenty thirteen", "nineteen seventy-nine", "two thousand (and) nine", "two thousand thirteen"
_YEAR = Pattern(r"(?i)\b(?:(twenty|nineteen)[ -](" + _TWO_DIGITS + r"|oh[ -]" + _UNIT + r")"
                    r"|two thousand(?: and)?(?:[ -](" + _TWO_DIGITS + "|" + _UNIT + r"))?)\b")
_ORDINAL = ("(?:(?:twenty|thirty)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
            + "|".join(_ORDINALS) + ")")
# ordinals only beside a month ("the ninth of February", "February ninth"): "first period" stays words
_ORDINAL_DATE = Pattern(r"(?i)\b(" + _ORDINAL + r")(\s+of\s+(?:" + _MONTHS + r")\b)"
                            r"|\b((?:" + _MONTHS + r")\.?\s+(?:the\s+)?)(" + _ORDINAL + r")\b")


# a day said as a cardinal beside a month and before the year ("nineteen March 2005", "May nine, 2009"): people
# read a date aloud this way as often as with the ordinal; the year (already digits here) must follow, so "one may
# ask" and "ten March kids" stay words
_CARDINAL_DAY = ("(?:(?:twenty|thirty)[ -](?:one|two|three|four|five|six|seven|eight|nine)|twenty|thirty|"
                 + "|".join(_TEENS) + "|" + _UNIT + ")")
_YEAR_DIGITS = r",?[ \t]+(?:19|20)\d\d\b"
_CARDINAL_DATE = Pattern(r"(?i)\b(" + _CARDINAL_DAY + r")([ \t]+(?:" + _MONTHS + r")\b\.?" + _YEAR_DIGITS
                         + r")|\b((?:" + _MONTHS + r")\.?[ \t]+(?:the[ \t]+)?)(" + _CARDINAL_DAY + r")(" + _YEAR_DIGITS
                         + r")")
_CARDINAL_DATE_TRIGGER = (r"(?i)\b" + _CARDINAL_DAY + r"[ \t]+(?:" + _MONTHS + r")\b|\b(?:" + _MONTHS
                          + r")\.?[ \t]+(?:the[ \t]+)?" + _CARDINAL_DAY + r"\b")

_YEAR_AFTER = Pattern(r"^,?[ \t]+(?:19|20)\d\d\b")

# a house number read in pairs, as people say them, before a street: "forty-four seventeen West Cortland",
# "twenty-one fifty N Kedzie", "thirty-three hundred S Halsted", "one twenty-two Oak Street" (the street, a
# direction or a named street with its suffix, is kept as it is)
_PAIR_GROUP = "(?:" + _TWO_DIGITS + r"|oh[ -]" + _UNIT + r"|hundred)"
_HOUSE_NUMBER = Pattern(r"(?i)\b((?:" + _TWO_DIGITS + "|" + _UNIT + r")(?:[ -]" + _PAIR_GROUP + r"){1,2})"
                        r"([ \t]+(?:(?:north|south|east|west|[nsew]\.?)[ \t]+[A-Za-z0-9]"
                        r"|(?-i:[A-Z][a-z]+)[ \t]+(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|court|ct|place|pl"
                        r"|boulevard|blvd|way|terrace|parkway)\b))")


def _house_number(words: str) -> str | None:
    """"forty-four seventeen" -> "4417": the first pair as its value, each later pair as two digits."""
    groups: list[str] = []
    parts = words.lower().replace("-", " ").split()
    i = 0
    while i < len(parts):  # a tens word takes the unit after it; "oh" takes its digit
        if (parts[i] in _TENS or parts[i] == "oh") and i + 1 < len(parts) and parts[i + 1] in _DIGIT_WORDS \
                and parts[i + 1] not in ("oh", "zero"):
            groups.append(parts[i] + " " + parts[i + 1])
            i += 2
        else:
            groups.append(parts[i])
            i += 1
    if len(groups) < 2:
        return None
    first = _two_digit_value(groups[0])
    digits = [str(first)]
    for group in groups[1:]:
        lowered = group.lower()
        if lowered == "hundred":
            digits.append("00")
        else:
            value = _two_digit_value(group)
            if not lowered.startswith("oh") and value < 10:
                return None  # "twenty-one five": not read in pairs
            digits.append(f"{value:02d}")
    return "".join(digits)


def _two_digit_value(words: str) -> int:
    parts = words.lower().replace("-", " ").split()
    if parts[0] == "oh":
        return _DIGIT_WORDS[parts[1]]
    if parts[0] in _TEENS:
        return _TEENS[parts[0]]
    value = _TENS.get(parts[0], 0)
    if len(parts) > 1:
        value += _DIGIT_WORDS[parts[1]]
    elif parts[0] in _DIGIT_WORDS:
        value = _DIGIT_WORDS[parts[0]]
    return value


def _spelled_numbers() -> dict[str, int]:
    spelled = {w: n for w, n in _DIGIT_WORDS.items() if w != "oh"} | _TEENS | _TENS
    for tens, n in _TENS.items():
        for unit, u in _DIGIT_WORDS.items():
            if u:
                spelled[f"{tens}-{unit}"] = spelled[f"{tens} {unit}"] = n + u
    return spelled


# every spelling of 0-99 as one word or a hyphenated pair: a dictionary lookup per token
_SPELLED_NUMBERS = _spelled_numbers()


def number_word_value(word: str) -> int | None:
    """A number from 0 to 99 written as one word ("eight", "fourteen", "thirty-six"), or None: combinations are
    read out this way ("twenty-two, fourteen, thirty-six"), and the detectors that read them share this table."""
    return _SPELLED_NUMBERS.get(word.lower())


def _ordinal_value(words: str) -> str:
    parts = words.lower().replace("-", " ").split()
    if len(parts) == 2:
        value = _TENS[parts[0]] + _ORDINALS[parts[1]]
    else:
        value = _ORDINALS[parts[0]]
    suffix = "th" if 11 <= value % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def _number_words(norm: Normalized) -> Normalized:
    def house(m: Any) -> list[Piece] | None:
        number = _house_number(m.group(1))
        return None if number is None else [number, m.span(2)]

    norm = _splice(norm, _HOUSE_NUMBER, house)

    def year(m: Any) -> list[Piece]:
        if m.group(1):
            century = 2000 if m.group(1).lower() == "twenty" else 1900
            return [str(century + _two_digit_value(m.group(2)))]
        tail = m.group(3)
        return [str(2000 + (_two_digit_value(tail) if tail else 0))]

    norm = _splice(norm, _YEAR, year)

    def ordinal(m: Any) -> list[Piece]:
        if m.group(1):
            return [_ordinal_value(m.group(1)), m.span(2)]
        return [m.span(3), _ordinal_value(m.group(4))]

    norm = _splice(norm, _ORDINAL_DATE, ordinal)

    def cardinal(m: Any) -> list[Piece]:
        if m.group(1):
            return [str(number_word_value(m.group(1))), m.span(2)]
        return [m.span(3), str(number_word_value(m.group(4))), m.span(5)]

    norm = _splice(norm, _CARDINAL_DATE, cardinal)

    source = norm.text

    def digits(m: Any) -> list[Piece]:
        text, base = m.group(0), m.start()
        if _YEAR_AFTER.search(source[m.end():m.end() + 8]) and len(text.split()) == 2 and "," not in text:
            # "three nine two thousand thirteen": month and day read before a year, not the number 39
            first, second = text.split()
            return [str(_DIGIT_WORDS[first.lower()]), " ", str(_DIGIT_WORDS[second.lower()])]
        groups, pos = [], 0
        for sep in _GROUP_SEPARATOR.finditer(text):
            groups.append((pos, sep.start()))
            pos = sep.end()
        groups.append((pos, len(text)))
        words = [text[a:b].replace("-", " ").split() for a, b in groups]
        if len(groups) == 1:
            return ["".join(str(_DIGIT_WORDS[w.lower()]) for w in words[0])]
        if sum(map(len, words)) < _MIN_GROUPED_DIGITS:
            # a list, not a number: each group read on its own, separators kept as they were
            pieces: list[Piece] = []
            for index, ((a, b), group) in enumerate(zip(groups, words, strict=False)):
                if index:
                    pieces.append((base + groups[index - 1][1], base + a))
                pieces.append("".join(str(_DIGIT_WORDS[w.lower()]) for w in group) if len(group) > 1
                              else (base + a, base + b))
            return pieces
        return ["-".join("".join(str(_DIGIT_WORDS[w.lower()]) for w in group) for group in words)]

    return _splice(norm, _DIGIT_RUN, digits)


# -- a date read out with its slashes ("twelve / three / oh-seven", "DOB twelve slash three slash eighty-one") --------
# month, day and year as words (or some as digits), set off by "/" or the word "slash": written as the date it is
# ("12/3/07"), the shape the date detectors know. At least one part must be a word (digits alone need no pass).

_MONTH_WORD = "(?:" + "|".join(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                 "twelve")) + ")"
_DAY_WORD = ("(?:(?:twenty|thirty)[ -](?:one|two|three|four|five|six|seven|eight|nine)|twenty|thirty|"
             + "|".join(_TEENS) + "|" + _UNIT + ")")
_SLASH = r"[ \t]*(?:/|\bslash\b)[ \t]*"
_SLASH_DATE = Pattern(r"(?i)\b(" + _MONTH_WORD + r"|\d{1,2})" + _SLASH + r"(" + _DAY_WORD + r"|\d{1,2})" + _SLASH
                      + r"(" + _TWO_DIGITS + r"|\d{4}|\d{2})\b")
# (a word on one side of a slash: a date written in digits, the usual case, does not wake the pass)
_SLASH_DATE_TRIGGER = (r"(?i)\b(?:" + _DAY_WORD + r")" + _SLASH + r"|" + _SLASH + r"(?:" + _DAY_WORD + r"|"
                       + _TWO_DIGITS + r")\b")


def _slash_dates(norm: Normalized) -> Normalized:
    def date(m: Any) -> list[Piece] | None:
        parts = [m.group(1), m.group(2), m.group(3)]
        if all(part.isdigit() for part in parts):
            return None
        values = [int(part) if part.isdigit() else _two_digit_value(part) if i == 2 else number_word_value(part)
                  for i, part in enumerate(parts)]
        month, day, year = values
        if month is None or day is None or year is None or not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        year_text = m.group(3) if m.group(3).isdigit() else f"{year:02d}"
        return [f"{month}/{day}/{year_text}"]

    return _splice(norm, _SLASH_DATE, date)


# -- letters and digits typed one by one ---------------------------------------------------------------------

# "h o m e  a d d r e s s", "D O B 0 7 / 1 1 / 2 0 1 5": characters typed with a space after each (two spaces between
# words) to dodge a scanner. A run of three or more such characters holding two letters is one word; a space stays
# only where letters meet digits, so the label and its value stay apart ("DOB 07/11/2015"). In a message spelled so,
# a run of three or more lone digits is joined too ("7 1 1 4  S.  Ridgeland  Ave").
#
# A value spelled so after ":" or "=" ("k e y = P u m a s _ 2 0 2 5 !") keeps the marks a password is typed with
# (_ ! @ # $ % & * + = ? ~), and its letters and digits are joined: a space stays between letters and digits only
# when the letters are a label word (_SPACED_LABELS: "D O B 0 7 ...", "A p t 4 B", "p i n 7 7 1 9"), so
# "T i g e r s 8 8 !" is the one value "Tigers88!".
_SPACED_RUN = Pattern(r"(?:^|[\s(\[:=\"'`])([A-Za-z0-9](?: [A-Za-z0-9/.:#_!@$%&*+=?~-]){2,80})"
                      r"(?:$|[\s)\],;:.!?\"'`])")
_SPACED_LETTER_RUN_MIN = 3
# the label words a spelled-out label is followed by its value with (lower case)
_SPACED_LABELS = frozenset({"dob", "ssn", "ss", "soc", "id", "sid", "stu", "student", "apt", "unit", "ste", "suite",
                            "rm", "room", "no", "num", "cell", "ph", "phone", "tel", "mobile", "home", "zip", "pin",
                            "code", "pw", "pwd", "pass", "password", "passcode", "key", "acct", "account", "card",
                            "routing", "aba", "born", "birthday", "bday", "address", "addr", "lunch", "number",
                            "grade", "gr", "age", "period", "per", "ext", "x"})


def _spaced_word(text: str, i: int, step: int, first: int, last: int) -> str:
    """The spelled-out word whose letter stands at `i`, read in direction `step` (one letter a space apart)."""
    letters = []
    while first <= i < last and text[i].isalpha():
        letters.append(text[i])
        if not (first <= i + step < last and text[i + step] == " "):
            break
        i += 2 * step
    return "".join(letters[::step]).lower()


def _spaced_letters(norm: Normalized) -> Normalized:
    runs = [m for m in _SPACED_RUN.finditer(norm.text)]
    spelled = any(len(m.group(1)) >= 2 * _SPACED_LETTER_RUN_MIN - 1 and sum(ch.isalpha() for ch in m.group(1)) >= 2
                  for m in runs)
    if not spelled:
        return norm

    def join(m: Any) -> list[Piece] | None:
        run = m.group(1)
        letters = sum(ch.isalpha() for ch in run)
        if letters < 2 and not (letters == 0 and spelled):
            return None
        if letters >= 2 and len(run) < 2 * _SPACED_LETTER_RUN_MIN - 1:
            return None  # "a b c" is three letters, not a word
        a, (s1, e1), b = m.start(), m.span(1), m.end()
        pieces: list[Piece] = [(a, s1)] if s1 > a else []
        for i in range(s1, e1):
            ch = norm.text[i]
            if ch != " ":
                pieces.append((i, i + 1))
            elif norm.text[i - 1].isalpha() != norm.text[i + 1].isalpha() and norm.text[i + 1].isalnum() \
                    and norm.text[i - 1].isalnum():
                # where a label word meets digits a space stays ("D O B 0 7"); a value's letters and digits join
                word = _spaced_word(norm.text, i - 1, -1, s1, e1) if norm.text[i - 1].isalpha() \
                    else _spaced_word(norm.text, i + 1, 1, s1, e1)
                if word in _SPACED_LABELS:
                    pieces.append((i, i + 1))
        if b > e1:
            pieces.append((e1, b))
        return pieces

    return _splice(norm, _SPACED_RUN, join)


# -- letters spelled out with hyphens -------------------------------------------------------------------------

# "J-a-y-d-e-n R. got 3 days OSS", "T-R-E-V-O-R in 3B": a word spelled letter by letter with hyphens between (to keep
# a name out of a search, or to dodge a scanner) is that word, written as a name is (its first letter a capital, the
# rest small), so the readers of names and labels find it; three letters at least, and none glued to the run
_HYPHEN_SPELLED = Pattern(r"\b[A-Za-z](?:-[A-Za-z]){2,40}\b")


def _hyphen_spelled(norm: Normalized) -> Normalized:
    text = norm.text

    def join(m: Any) -> list[Piece] | None:
        a, b = m.span()
        if (a and (text[a - 1] == "-" or text[a - 1].isalnum())) or text[b:b + 1] == "-":
            return None  # part of a longer hyphenated word ("pre-k-8", "t-shirt-a-b")
        letters = m.group(0).replace("-", "")
        return [letters[0].upper() + letters[1:].lower()]

    return _splice(norm, _HYPHEN_SPELLED, join)


# -- pass 5: digits split by spaces -------------------------------------------------------------------------

# "4 0 4 9  4 3 2 5 ...": five or more single digits separated by one or two spaces are one number
# also "4 1 2 - 6 3 - 8 8 1 0": single digits with dashes between the groups (the dashes are dropped)
_SPACED_DIGITS = Pattern(r"\b\d(?:(?:[ \t]{1,2}|[ \t]*-[ \t]*)\d\b){4,40}")


def _spaced_digits(norm: Normalized) -> Normalized:
    def join(m: Any) -> list[Piece] | None:
        a = m.start()
        if _date_groups(m.group(0)) is not None:
            return None  # "0 6 - 2 2 - 2 0 1 5" is a date: _spaced_dates keeps its separators
        return [(a + i, a + i + 1) for i, ch in enumerate(m.group(0)) if ch.isdigit()]

    return _splice(norm, _SPACED_DIGITS, join)


# A house number typed digit by digit before a street ("4 4 1 7 W. Cermak Rd"): three or four digits are too few
# for the run above, so the street direction after them says they are one number.
_SPACED_HOUSE_NUMBER = Pattern(r"\b\d(?:[ \t]\d){2,3}[ \t]+[NSEW]\.?[ \t]+[A-Z]")


def _spaced_house_numbers(norm: Normalized) -> Normalized:
    def join(m: Any) -> list[Piece]:
        a, b = m.span()
        text = m.group(0)
        end = next(i for i in range(len(text) - 1, -1, -1) if text[i].isdigit()) + 1
        pieces: list[Piece] = [(a + i, a + i + 1) for i in range(end) if text[i].isdigit()]
        return [*pieces, (a + end, b)]

    return _splice(norm, _SPACED_HOUSE_NUMBER, join)


# -- a date typed or scanned with spaces inside its groups ----------------------------------------------------

# "1 1 / 0 7 / 2 0 1 6", "04/1 7/2011" (a scanner's gap), "2 0 1 5 - 0 6 - 0 2": the digits of a date with spaces
# between them or around its separators are one date. The separators are kept, so a date never becomes an
# eight-digit number, and the groups must make a calendar date (month 1-12, day 1-31, in either order).
_SPACED_DATE = Pattern(r"\b\d(?: ?\d)?[ \t]*[/.\-][ \t]*\d(?: ?\d)?[ \t]*[/.\-][ \t]*\d(?: ?\d){1,3}\b"
                       r"|\b\d(?: ?\d){3}[ \t]*[/.\-][ \t]*\d(?: ?\d)?[ \t]*[/.\-][ \t]*\d(?: ?\d)?\b")


def _date_groups(token: str) -> list[str] | None:
    """The three digit groups of a date written with one kind of separator, or None if it is no calendar date."""
    seps = [ch for ch in token if ch in "/.-"]
    if len(seps) != 2 or seps[0] != seps[1]:
        return None
    groups = ["".join(ch for ch in part if ch.isdigit()) for part in token.split(seps[0])]
    if any(not g for g in groups):
        return None
    if len(groups[0]) == 4:
        month, day = int(groups[1]), int(groups[2])
        ok = len(groups[1]) <= 2 and len(groups[2]) <= 2 and 1 <= month <= 12 and 1 <= day <= 31
    else:
        first, second = int(groups[0]), int(groups[1])
        ok = len(groups[2]) in (2, 4) and 1 <= min(first, second) <= 12 and 1 <= max(first, second) <= 31
    return groups if ok else None


def _spaced_dates(norm: Normalized) -> Normalized:
    def join(m: Any) -> list[Piece] | None:
        token = m.group(0)
        if " " not in token and "\t" not in token or _date_groups(token) is None:
            return None
        a = m.start()
        return [(a + i, a + i + 1) for i, ch in enumerate(token) if ch not in " \t"]

    return _splice(norm, _SPACED_DATE, join)


# -- a label word a scanner broke ------------------------------------------------------------------------------

# OCR reads a capital I as a lower-case l ("lD# 5500...") and splits a word at a gap in the print ("Stu dent",
# "Stud ent"): the label words a value is identified by are read whole again. Only the words whose label decides
# what a value is (student, ID, address) are mended, each split at one place ("birth date" is two words already).
_BROKEN_LABEL_WORDS = ("student", "address")


def _broken_label_pattern() -> str:
    splits = [re2.escape(w[:k]) + " " + re2.escape(w[k:]) for w in _BROKEN_LABEL_WORDS for k in range(2, len(w) - 1)]
    return r"(?i)\b(?:" + "|".join(splits) + r")\b|(?:^|[\s(\[|:,;])(?:lD|\|D)(?:$|[\s)\]#:.,;])"


_BROKEN_LABEL = Pattern(_broken_label_pattern())


def _broken_labels(norm: Normalized) -> Normalized:
    def pieces(m: Any) -> list[Piece]:
        a, b = m.span()
        token = m.group(0)
        if " " in token.strip():
            k = a + token.index(" ", 1 if token[0].isspace() else 0)
            return [(a, k), (k + 1, b)]
        i = a + (token.index("D") - 1)
        return [(a, i), _Single("I", i), (i + 1, b)]

    return _splice(norm, _BROKEN_LABEL, pieces)


# -- look-alike letters inside a number ---------------------------------------------------------------------

# Letters drawn like digits that people type (or OCR / a smudged note gives) inside a phone, date or ID:
# "773-555-Ol27", "4/3O/2O11", "4B2l9O37". Cyrillic З is a 3.
LOOK_ALIKE_DIGITS = {"O": "0", "o": "0", "l": "1", "I": "1", "\u0417": "3", "S": "5", "B": "8"}
_LOOK = "[" + "".join(LOOK_ALIKE_DIGITS) + "]"
_LOOK_GROUP = "[0-9" + "".join(LOOK_ALIKE_DIGITS) + "]*[0-9][0-9" + "".join(LOOK_ALIKE_DIGITS) + "]*"
_LOOK_ALIKE_NUMBER = Pattern(_LOOK_GROUP + r"(?:[\-./ ]" + _LOOK_GROUP + ")*")
# a number long enough to be a phone, a full date or an ID, mostly real digits
_LOOK_ALIKE_MIN_LENGTH = 7
# the pass's trigger: a look-alike beside a digit inside a run of digits, look-alikes and separators that starts
# the text or follows a character other than an ASCII letter or digit. The pass reads a token only when no
# letter or digit touches it, so a look-alike beside a digit inside a key or a code ("ghp_D2FGI7H...",
# "I0ZhbG") gives it no work: without the left edge, one generated key in three woke the whole normalisation
_LOOK_ALIKE_TRIGGER = (r"(?:^|[^A-Za-z0-9])[0-9\-./ " + "".join(LOOK_ALIKE_DIGITS) + "]*"
                       r"(?:[0-9]" + _LOOK + "|" + _LOOK + "[0-9])")


def _as_digits(token: str) -> str:
    return "".join(LOOK_ALIKE_DIGITS.get(ch, ch) for ch in token)


def _look_alike_digits(norm: Normalized) -> Normalized:
    """Read look-alike letters as digits, only in a token that is otherwise digits and separators: every group
    between separators holds a real digit, the token touches no other letter, and real digits outnumber the
    look-alikes, so words, codes and keys ("SB-12", "I0ZhbG") stay as they are."""
    text = norm.text

    def pieces(m: Any) -> list[Piece] | None:
        a, b = m.span()
        if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
            return None
        token = m.group(0)
        looks = sum(ch in LOOK_ALIKE_DIGITS for ch in token)
        digits = sum(ch.isdigit() for ch in token)
        if not looks or digits + looks < _LOOK_ALIKE_MIN_LENGTH:
            return None
        if digits <= looks and not (digits == looks and _date_groups(_as_digits(token)) is not None):
            return None  # half look-alikes is a number only in a date's shape ("O3/I4/2OO9")
        return [_Single(LOOK_ALIKE_DIGITS[ch], a + i) if ch in LOOK_ALIKE_DIGITS else (a + i, a + i + 1)
                for i, ch in enumerate(token)]

    return _splice(norm, _LOOK_ALIKE_NUMBER, pieces)


# -- credential words typed with look-alike characters ---------------------------------------------------------

# "c0de", "passw0rd", "p@ss", "l0gin", "pa$$word": the words that name a credential, with digits or symbols drawn
# like their letters, are read as the words (the value after them is untouched). Every word a credential label is
# built from, and every character people put for each letter.
LOOK_ALIKE_LETTERS = {"a": "@4", "s": "$5", "o": "0", "i": "1!|", "e": "3", "l": "1|", "t": "7+", "g": "9", "b": "8"}
CREDENTIAL_WORDS = ("password", "passwords", "passwd", "passcode", "passphrase", "pass", "pword", "pin", "code",
                    "codes", "combo", "combination", "login", "logins", "logon", "username", "user", "creds",
                    "credentials", "secret", "token", "wifi", "key", "keypad")


def _look_alike_word_pattern() -> str:
    """Each word with at least one of its letters drawn as a look-alike (a word typed plainly is no disguise)."""

    def one_of(chars: str) -> str:
        return "[" + "".join(c if c.isalnum() else "\\" + c for c in chars) + "]"

    alternatives = []
    for word in CREDENTIAL_WORDS:
        either = [one_of(ch + LOOK_ALIKE_LETTERS[ch]) if ch in LOOK_ALIKE_LETTERS else ch for ch in word]
        for k, ch in enumerate(word):
            if ch in LOOK_ALIKE_LETTERS:
                alternatives.append("".join(either[:k]) + one_of(LOOK_ALIKE_LETTERS[ch]) + "".join(either[k + 1:]))
    return r"(?i)\b(?:" + "|".join(alternatives) + ")"


_LOOK_ALIKE_WORD = Pattern(_look_alike_word_pattern())
# after these the look-alike word is the value itself ("pw: Pa$$w0rd", "reset to p@ssw0rd"), not a label
_VALUE_BEFORE = ("is", "was", "to", ":", "=", "->", "\u2192", "be")


def _look_alike_words(norm: Normalized) -> Normalized:
    text = norm.text

    def pieces(m: Any) -> list[Piece] | None:
        a, b = m.span()
        if b < len(text) and (text[b].isalnum() or text[b] in "@$!|+"):
            return None  # part of a longer token: "c0de4life", "P@ssw0rd1"
        before = text[max(0, a - 12):a].split()
        if before and (before[-1].lower() in _VALUE_BEFORE or before[-1][-1:] in ":="):
            return None
        token = m.group(0).lower()
        for word in CREDENTIAL_WORDS:
            if len(word) == len(token) and all(t == w or t in LOOK_ALIKE_LETTERS.get(w, "")
                                               for t, w in zip(token, word, strict=True)):
                return [_Same(word, a)]
        return None

    return _splice(norm, _LOOK_ALIKE_WORD, pieces)


# One place lists the passes, in order, each with the RE2 pattern that must occur for it to have any work:
# a new disguise is a new line here. The triggers are checked in one RE2::Set pass after the character pass,
# so an ordinary message pays for one scan, not six.
PASSES: tuple[tuple[Callable[[Normalized], Normalized], str], ...] = (
    (_slack_markup, r"<[^<>\n]*>|&(?:amp|lt|gt);"),
    # two spaced letters side by side, at a run's start or after its digits ("2 4 t h"); letters apart ("R 14 L 2 R 29",
    # a lock's combination) are left as typed
    (_spaced_letters, r"(?:^|[\s(\[:=\"'`])[A-Za-z] [A-Za-z] [A-Za-z0-9](?:$|[\s)\],;:.!?\"'`_!@#$%&*+=?~-])"
                      r"|(?:^|[\s(\[:=\"'`])[0-9](?: [A-Za-z0-9])*? [A-Za-z] [A-Za-z](?:$|[\s)\],;:.!?\"'`])"),
    (_emphasis, r"(?:^|[\s(\[:,;])[*_~]+\d|\d[*_~]+(?:$|[\s)\].,;:!?])"
                r"|(?:^|[\s(\[:,;])[*_~]{1,2}[A-Za-z][^*_~\n]{0,60}?[*_~]{1,2}(?:$|[\s)\].,;:!?])"),
    (_email_words, r"(?i)[\(\[\{<]\s*(?:at|dot)\s*[\)\]\}>]| at \S+ dot |[\w*_~][ \t]{1,2}@[ \t]{1,2}[\w*_~]"
                   r"| at " + _MAIL_SERVICES + r"\.|\w@" + _MAIL_SERVICES + r"(?:$|[^.A-Za-z0-9-])"),
    (_number_words, r"(?i)\b(?:" + _DIGIT + "|" + _ORDINAL + r"|twenty|nineteen|two thousand)\b"
                    # a house number read in pairs may hold no digit word ("forty seventeen West ...")
                    r"|\b(?:" + "|".join(_TENS) + "|" + "|".join(_TEENS) + r")[ -](?:" + _TWO_DIGITS + r"|hundred)\b"
                    # a day said as a cardinal beside a month ("fourteen March 2012")
                    r"|" + _CARDINAL_DATE_TRIGGER),
    (_slash_dates, _SLASH_DATE_TRIGGER),
    (_hyphen_spelled, r"\b[A-Za-z]-[A-Za-z]-[A-Za-z]\b"),
    (_spaced_digits, r"\b\d(?:(?:[ \t]{1,2}|[ \t]*-[ \t]*)\d\b){4}"),
    (_spaced_house_numbers, _SPACED_HOUSE_NUMBER.pattern),
    (_look_alike_digits, _LOOK_ALIKE_TRIGGER),
    (_spaced_dates, r"\d \d[ \t]*[/.\-]|[/.\-][ \t]*\d \d|\d[ \t]+[/.\-][ \t]*\d|\d[ \t]*[/.\-][ \t]+\d"),
    (_broken_labels, _BROKEN_LABEL.pattern),
    (_look_alike_words, _LOOK_ALIKE_WORD.pattern),
)
_TRIGGERS = re2.Set.SearchSet()
for _step, _trigger in PASSES:
    _TRIGGERS.Add(_trigger)
_TRIGGERS.Compile()
# RE2::Set says "no match" when its DFA runs out of memory: above this size every pass simply runs.
_TRIGGER_MAX_CHARS = 65_536


def normalize(text: str, *, prefilter: bool = True) -> Normalized:
    """The plain form the detectors match, with offsets back to `text`."""
    norm = _characters(Normalized(text, text, None, None))
    if len(norm.text) > _TRIGGER_MAX_CHARS or not prefilter:
        wanted = set(range(len(PASSES)))
    else:
        wanted = set(_TRIGGERS.Match(norm.text) or ())
    for index, (step, _) in enumerate(PASSES):
        if index in wanted:
            before = norm.text
            norm = step(norm)
            if prefilter and norm.text != before and len(norm.text) <= _TRIGGER_MAX_CHARS:
                # a pass's output can hold what a later pass reads ("f o u r - n i n e" joined is "four-nine",
                # which the spelled-numbers pass turns into digits): the later passes' triggers are read again
                wanted.update(_TRIGGERS.Match(norm.text) or ())
    return norm
