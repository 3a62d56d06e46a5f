"""One rule for writing values that callers control into the log: escaped and bounded.

A log line is read by people and parsed by tools one line at a time. A value taken from a request (a JWT
header's `alg`, a key id, a user agent, an exception text that quotes them) could otherwise start a new line
that looks like our own (`\\n2026-12-04 ... CRITICAL ...`), move the cursor of the terminal showing the log,
reverse the reading order (bidi overrides) or fill the disk. `loggable` shows every such character as an
escape, the way `repr` would, and cuts the value to a bounded length.
"""
from __future__ import annotations

import re

DEFAULT_LIMIT = 200

# C0 and C1 controls, DEL, line/paragraph separators, zero-width and bidi formatting characters.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def _escape(match: re.Match) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def loggable(value: object, limit: int = DEFAULT_LIMIT) -> str:
    """`value` as one printable line of at most `limit` characters, plus a marker saying how much was cut."""
    text = repr(value) if isinstance(value, (bytes, bytearray)) else str(value)
    shown = _UNSAFE.sub(_escape, text[:limit])
    return shown if len(text) <= limit else f"{shown}...(+{len(text) - limit} chars)"
