"""The one masking function and the one keyed hash. Every caller (CLI, store, alerts, tickets) goes through
here, so a raw detected value has exactly one way out: masked.

Masks keep just enough to recognise the thing without disclosing it: the last four digits of long numbers
(as printed on a receipt), the first and last character of a password, the domain of an e-mail address.
"""
from __future__ import annotations

import hashlib
import hmac
import unicodedata
from typing import Callable


# ASCII letters and digits to "*": str.translate masks a whole value in one C call
_MASK_ALNUM = str.maketrans({c: "*" for c in "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"})
_ASCII_DIGITS = frozenset("0123456789")


def _mask_digits(value: str, keep_last: int) -> str:
    if value.isascii():
        # find where the kept digits start (from the end: a few characters), mask everything before
        cut, seen = len(value), 0
        while seen < keep_last and cut > 0:
            cut -= 1
            if value[cut] in _ASCII_DIGITS:
                seen += 1
        if seen < keep_last:
            cut = 0  # no more digits than we keep: every digit stays
        else:
            while cut > 0 and value[cut - 1] not in _ASCII_DIGITS:
                cut -= 1
            # value[cut:] starts at the first kept digit; letters after it are still masked
        tail = value[cut:]
        tail = "".join("*" if c.isalpha() else c for c in tail) if not tail.isdigit() else tail
        return value[:cut].translate(_MASK_ALNUM) + tail
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


_DELETE_ASCII_DIGITS = str.maketrans("", "", "0123456789")


def _long_number(value: str) -> str:
    if value.isascii():
        digits = len(value) - len(value.translate(_DELETE_ASCII_DIGITS))
    else:
        digits = sum(ch.isdigit() for ch in value)
    return _mask_digits(value, 4 if digits >= 9 else 0)


def _student_id(value: str) -> str:
    return _mask_digits(value, 2)


def _everything(value: str) -> str:
    if value.isascii():
        return value.translate(_MASK_ALNUM)
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
