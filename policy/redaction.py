"""The one masking function, the one keyed hash and the one redaction function. Every caller (CLI, store,
alerts, tickets, reports, the question log, the digest) goes through here, so a raw detected value has exactly
one way out: masked.

`mask(type, value)` masks one finding's value. `redact(text)` is what free text that has to travel goes through:
the findings masked, then a conservative second pass over the shapes of values the detectors may have missed,
and, if scanning fails, a fixed placeholder instead of the text (fails closed, DESIGN.md).

Masks keep just enough to recognise the thing without disclosing it: the last four digits of long numbers
(as printed on a receipt), the first and last character of a password, the domain of an e-mail address.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import re2

from policy import yaml_loader
from policy.document import PolicyDocument

log = logging.getLogger(__name__)


# ASCII letters and digits to "*", ASCII letters to "*", digits to "0" and the rest to ".": 256-byte tables for an
# ASCII value's bytes (almost every value), so a mask is a few bytes.translate calls, which index a table where
# str.translate looks every character up in a dict (about twice as fast on a finding-sized value; every finding's
# mask is built, and a digit mask translates its value three or four times)
_IDENTITY = bytes(range(256))
_MASK_ALNUM_BYTES = _IDENTITY.translate(bytes.maketrans(
    b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", b"*" * 62))
_MASK_LETTERS_BYTES = _IDENTITY.translate(bytes.maketrans(
    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", b"*" * 52))
# every ASCII digit as "0", every other byte as ".": where the digits are, for one rsplit
_DIGIT_MARKS_BYTES = bytes(ord("0") if chr(c).isdigit() and c < 128 else ord(".") for c in range(256))
_ASCII_DIGITS = b"0123456789"


def _mask_ascii_digits(data: bytes, keep_last: int) -> str:
    """`_mask_digits` of an ASCII value, given as its bytes."""
    # where the kept digits start: the digits spelled "0" and the rest "." (one translate), split at the last
    # `keep_last` of them; no more digits than we keep, and every digit stays
    parts = data.translate(_DIGIT_MARKS_BYTES).rsplit(b"0", keep_last)
    cut = len(parts[0]) if len(parts) > keep_last else 0
    # the kept part's letters masked too (ASCII here, so isalpha means an ASCII letter: one translate)
    return (data[:cut].translate(_MASK_ALNUM_BYTES) + data[cut:].translate(_MASK_LETTERS_BYTES)).decode("ascii")


def _mask_digits(value: str, keep_last: int) -> str:
    if value.isascii():
        return _mask_ascii_digits(value.encode("ascii"), keep_last)
    return _mask_digits_by_character(value, keep_last)


def _mask_digits_by_character(value: str, keep_last: int) -> str:
    """The rule itself, character by character (any text): every digit but the last `keep_last` and every letter
    masked."""
    total = sum(ch.isdigit() for ch in value)
    seen = 0
    out = []
    for ch in value:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen > total - keep_last else "*")
        elif ch.isalpha():
            out.append("*")
        else:
            out.append(ch)
    return "".join(out)


def _long_number(value: str) -> str:
    if value.isascii():
        data = value.encode("ascii")
        digits = len(data) - len(data.translate(None, _ASCII_DIGITS))
        return _mask_ascii_digits(data, 4 if digits >= 9 else 0)
    digits = sum(ch.isdigit() for ch in value)
    return _mask_digits_by_character(value, 4 if digits >= 9 else 0)


def _student_id(value: str) -> str:
    return _mask_digits(value, 2)


def _everything(value: str) -> str:
    if value.isascii():
        return value.encode("ascii").translate(_MASK_ALNUM_BYTES).decode("ascii")
    return "".join("*" if ch.isalnum() else ch for ch in value)


def _credential(value: str) -> str:
    value = " ".join(value.split())
    if len(value) < 8:
        return "*" * len(value)
    if len(value) > 24:
        return f"{value[0]}{'*' * 10}{value[-1]} ({len(value)} chars)"
    return value[0] + "*" * (len(value) - 2) + value[-1]


def _email(value: str) -> str:
    local, _, domain = value.rpartition("@")
    if not local:
        return _everything(value)
    return local[0] + "*" * max(3, len(local) - 1) + "@" + domain


def _phone(value: str) -> str:
    return _mask_digits(value, 4)


def _student_record(value: str) -> str:
    return "[student record]"


MASKS: dict[str, Callable[[str], str]] = {
    "ssn": _long_number,
    "payment_card": _long_number,
    "bank_account": _long_number,
    "student_id": _student_id,
    "personal_phone": _phone,
    "date_of_birth": _everything,
    "home_address": _everything,
    "personal_email": _email,
    "credential": _credential,
    "student_record": _student_record,
}


def mask(finding_type: str, value: str) -> str:
    """The masked form of `value` for display and storage; unknown types are masked entirely."""
    return MASKS.get(finding_type, _everything)(value)


def normalize_value(value: str) -> str:
    """One canonical form per value, so the same SSN written 412-63-8810 or ４１２ ６３ ８８１０ hashes alike."""
    text = unicodedata.normalize("NFKC", value)
    text = "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cf")
    stripped = "".join(ch for ch in text if ch not in "-.()/+")
    if stripped.isdigit():
        return stripped
    if "@" in text and " " not in value.strip():
        return text.lower()
    return text


def fingerprint(value: str, secret: str) -> str:
    """HMAC-SHA256 of the normalised value under the configured secret, hex: identifies a repeated value
    without storing it, and cannot be reversed by hashing every possible SSN without the secret."""
    if not secret:
        raise ValueError("a hash secret is required (AUPBOT_HASH_SECRET)")
    return hmac.new(secret.encode("utf-8"), normalize_value(value).encode("utf-8"), hashlib.sha256).hexdigest()


# -- the one redaction function -----------------------------------------------------------------------------

SECOND_PASS_FILE = Path(__file__).resolve().parent / "data" / "redaction.yaml"
# Only when redaction.yaml cannot be read: what stands in for the unexamined rest of a text (see withheld_rest)
WITHHELD_REST_FALLBACK = "[the rest was not checked and is withheld]"
_CLASSES: dict[str, Callable[[str], bool]] = {
    "letter": lambda s: any(c.isalpha() for c in s),
    "digit": lambda s: any(c.isdigit() for c in s),
    "lower": lambda s: any(c.islower() for c in s),
    "upper": lambda s: any(c.isupper() for c in s),
}


class RedactionDataError(ValueError):
    """policy/data/redaction.yaml is broken; the message names the entry."""


@dataclass(frozen=True)
class SecondPassPattern:
    name: str
    regex: Any
    group: int
    require: tuple[str, ...]
    replacement: str


@dataclass(frozen=True)
class SecondPass:
    withheld: str
    keep: tuple[Any, ...]
    patterns: tuple[SecondPassPattern, ...]
    withheld_rest: str = WITHHELD_REST_FALLBACK


def _compile(where: str, pattern: Any) -> Any:
    try:
        return re2.compile(str(pattern))
    except re2.error as exc:
        raise RedactionDataError(f"{where}: pattern is not valid RE2 ({exc})") from None


@lru_cache(maxsize=4)
def load_second_pass(path: Path = SECOND_PASS_FILE) -> SecondPass:
    """The second pass's patterns, read once per file. Checked at load: a broken entry is named, not skipped."""
    raw = yaml_loader.load_file(path) or {}
    withheld = str(raw.get("withheld") or "").strip()
    if not withheld:
        raise RedactionDataError(f"{path.name}: needs a withheld text")
    # (optional: without it the rest of a cut-short text is still withheld, under the fallback note)
    withheld_rest = str(raw.get("withheld_rest") or "").strip() or WITHHELD_REST_FALLBACK
    keep = tuple(_compile(f"{path.name}: keep[{i}]", e.get("pattern")) for i, e in enumerate(raw.get("keep") or []))
    patterns = []
    for i, entry in enumerate(raw.get("patterns") or []):
        where = f"{path.name}: patterns[{i}]"
        if not isinstance(entry, dict) or not entry.get("pattern") or not entry.get("replacement"):
            raise RedactionDataError(f"{where}: needs pattern and replacement")
        regex = _compile(where, entry["pattern"])
        group = int(entry.get("group") or 0)
        if group > regex.groups:
            raise RedactionDataError(f"{where}: group {group} does not exist")
        require = tuple(str(r) for r in entry.get("require") or ())
        unknown = [r for r in require if r not in _CLASSES]
        if unknown:
            raise RedactionDataError(f"{where}: require must be among {', '.join(_CLASSES)}, not {unknown}")
        patterns.append(SecondPassPattern(str(entry.get("name") or f"pattern {i}"), regex, group, require,
                                          str(entry["replacement"])))
    if not patterns:
        raise RedactionDataError(f"{path.name}: no patterns: the second pass would mask nothing")
    return SecondPass(withheld, keep, tuple(patterns), withheld_rest)


class _Span(NamedTuple):
    """A stretch to replace, shaped like a Finding for scanner.mask_text (start, end, redacted)."""

    start: int
    end: int
    redacted: str


def second_pass_spans(text: str, rules: SecondPass | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, replacement, pattern name) for everything in `text` shaped like a value."""
    rules = rules or load_second_pass()
    # references to a message are blanked (same length, so offsets hold) before the patterns look
    kept = sorted(m.span() for keep in rules.keep for m in keep.finditer(text))
    seen = text
    if kept:
        pieces, pos = [], 0
        for a, b in kept:   # one pass, so a paste of many links stays linear
            if b > pos:
                a = max(a, pos)
                pieces += [text[pos:a], " " * (b - a)]
                pos = b
        seen = "".join(pieces) + text[pos:]
    spans = []
    for p in rules.patterns:
        for m in p.regex.finditer(seen):
            start, end = m.span(p.group)
            value = seen[start:end]
            if start < 0 or not value.strip() or not all(_CLASSES[r](value) for r in p.require):
                continue
            spans.append((start, end, p.replacement, p.name))
    return spans


@dataclass(frozen=True)
class Redacted:
    """Free text as it may travel. `findings` are the detectors' (their types go in notes to the writer);
    `second_pass` names the shapes masked beyond them; `withheld` says the text could not be checked and
    `text` is the fixed placeholder, nothing of the original."""

    text: str
    findings: tuple[Any, ...] = ()
    second_pass: tuple[str, ...] = ()
    withheld: bool = False
    # the scan was cut short by the bound on matches (policy/detectors/bound.py): `text` is the part before it,
    # masked, then the withheld_rest note; nothing after the bound
    partial: bool = False

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(f.type for f in self.findings)

    @property
    def changed(self) -> bool:
        return bool(self.findings or self.second_pass or self.withheld or self.partial)


def redact(text: str, findings: Iterable[Any] | None = None, *, policy: PolicyDocument,
           second_pass: bool = True) -> Redacted:
    """The one way free text leaves: every finding masked, then everything shaped like a value masked (the
    second pass, policy/data/redaction.yaml); if scanning or masking raises, the placeholder and nothing of the
    text. `findings` from a scan the caller already ran on this very text; otherwise the text is scanned here
    under `policy`, the loaded policy (policy.bundle): never a default, so masking follows the district's file.

    `second_pass=False` is for identifiers the bot must keep matchable, not for prose: the address reminders
    go to, a form number an auditor looks up ("ISR-2026-301" is a long digit run). Findings are still masked
    and a failure still withholds the value."""
    if text is None or text == "":
        return Redacted("")
    try:
        # (scanner imports this module for mask(): import when used)
        from policy.scanner import examined_part, mask_text, scan

        if not isinstance(text, str):
            raise TypeError("expected text")
        scanned = scan(text, policy) if findings is None else findings
        # a scan the bound stopped early: the rest was not examined and does not leave (the findings a caller passes
        # keep their scan's mark, a Partial); the second pass reads the examined part only, so none of its spans
        # crosses the cut
        checked, kept, cut_short = examined_part(text, scanned)
        found, rest = tuple(kept), load_second_pass().withheld_rest if cut_short else ""
        extra = second_pass_spans(checked) if second_pass else []
        spans = [_Span(f.start, f.end, f.redacted) for f in found] + [_Span(a, b, r) for a, b, r, _ in extra]
        shown = mask_text(checked, spans) if spans else checked
        return Redacted(shown + rest, found, tuple(dict.fromkeys(n for *_, n in extra)), partial=bool(rest))
    except Exception as exc:  # fail closed: text that could not be checked does not leave
        log.error("redaction failed (%s); the text is withheld", type(exc).__name__)
        try:
            placeholder = load_second_pass().withheld
        except Exception:
            placeholder = WITHHELD_FALLBACK
        return Redacted(placeholder, withheld=True)


# Only when policy/data/redaction.yaml itself cannot be read (its own check names the problem at start-up)
WITHHELD_FALLBACK = "[text withheld]"


def withheld_rest() -> str:
    """What stands in for the part of a text a scan cut short did not examine (redaction.yaml `withheld_rest`)."""
    try:
        return load_second_pass().withheld_rest
    except Exception:
        return WITHHELD_REST_FALLBACK
