"""API tokens, keys and private keys, recognised by their published formats.

The formats are data (policy/data/secrets/token-formats.yaml): a name and an RE2 pattern (group 1, when
present, is the secret part), the vendors' own shapes (Slack, AWS, GitHub, GitLab, Google, Discord, Telegram,
Square, Twilio, Mailchimp, npm, JWTs, user:password@ in URLs), so a match is a credential by construction.
A value that is wholly a placeholder (`<token>`, `xxxx`, `${VAR}`) is not; PEM private-key blocks are a unit
of their own below.
"""
from __future__ import annotations

import base64
import binascii
import json
import operator
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from policy import yaml_loader
from policy.detectors.base import Accept, Candidate, Match, PatternDetector
from policy.detectors.context import ScanContext
from policy.detectors.exclusions import is_template
from policy.detectors.patterns import Pattern

FORMATS_FILE = Path(__file__).resolve().parent.parent / "data" / "secrets" / "token-formats.yaml"


def load_token_formats(path: Path = FORMATS_FILE) -> tuple[tuple[str, str, bool, str | None], ...]:
    """(name, pattern, random, validator name) of every vendor format in the data file."""
    data = yaml_loader.load_file(path) or {}
    formats = tuple((str(f["name"]), str(f["pattern"]), bool(f.get("random")), f.get("validate"))
                    for f in data.get("formats") or ())
    unknown = {v for _, _, _, v in formats if v is not None and v not in VALIDATORS}
    if unknown:
        raise ValueError(f"{path.name}: unknown validators {sorted(unknown)}")
    return formats


def _base64url_json(segment: str) -> bool:
    """Whether one JWT segment decodes (base64url, padding restored) to a JSON object."""
    if len(segment) % 4 == 1:
        return False  # no base64 text has this length
    try:
        decoded = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
        return isinstance(json.loads(decoded.decode("utf-8")), dict)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False


def valid_jwt(value: str) -> bool:
    """A JWT's header and payload are base64url JSON objects; the signature, when present, is not checked
    (an unsigned token or one pasted without it opens the same session). Text that merely starts "eyJ" and
    has a dot, or a header cut mid-character, does not decode."""
    parts = value.split(".")
    return len(parts) in (2, 3) and _base64url_json(parts[0]) and _base64url_json(parts[1])


def valid_basic_pair(value: str) -> bool:
    """An HTTP Basic credential is base64 of "user:password": printable text with a colon and something after it
    ("Basic <base64 of the word example>" in documentation decodes to no pair)."""
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    user, colon, secret = decoded.partition(":")
    return bool(colon and user and len(secret) >= 4 and decoded.isprintable())


VALIDATORS: dict[str, Callable[[str], bool]] = {"jwt": valid_jwt, "basic_pair": valid_basic_pair}

TOKEN_FORMATS = load_token_formats()


_PLACEHOLDER_SECRETS = frozenset({"password", "passwd", "pass", "pw", "secret", "token", "changeme", "xxxx",
                                  "xxxxxxxx", "****", "********", "redacted", "example", "yourpassword"})


def _accept(ctx: ScanContext, m: Match) -> bool:
    value = m.value.strip()
    lowered = value.lower()
    if lowered in _PLACEHOLDER_SECRETS or is_template(value):
        return False
    if "example" in lowered:
        return False  # vendors' documentation samples (AWS's AKIA...EXAMPLE keys) open nothing
    if set(lowered) <= set("x*.-_"):
        return False
    if _a_jwt_header_alone(value):
        return False
    return not _placeholder_body(value)


def _a_jwt_header_alone(value: str) -> bool:
    """"Bearer eyJhbGciOi...J9.<redacted>.<redacted>": a JWT's header alone names its algorithm and opens nothing;
    the secret is the payload and the signature the writer left out."""
    header = value.rstrip(".")
    return header.startswith("eyJ") and "." not in header and _base64url_json(header)


# the words a documentation sample spells its stand-in token with ("xoxb-your-token-here", "sk_live_REPLACE_ME")
_PLACEHOLDER_WORDS = frozenset({"your", "my", "the", "a", "token", "tokens", "here", "key", "api", "secret", "app",
                                "bot", "user", "replace", "me", "with", "insert", "paste", "put", "goes", "placeholder",
                                "dummy", "fake", "sample", "test", "value", "own", "real", "live", "access", "client",
                                "id", "pat", "personal", "xxx", "xxxx", "todo", "changeme", "redacted", "hidden"})
_SEPARATORS = re.compile(r"[-_.]+")
# six of one character in a row: a filler or a mask ("ghp_XXXX...", "sk_live_\u2022\u2022\u2022\u20223fa1"), never a
# generated secret
_FILLER_LENGTH = 6
_FILLER_DIGITS = 12


def _placeholder_body(value: str) -> bool:
    """Whether the token after its vendor prefix is a stand-in: a run of one repeated character (a filler or a
    mask: a generated secret repeats none six times) or only the words a sample is written with.

    A digit may repeat inside a numeric id a token carries (Slack's team, user and app ids: "...-92288333333-",
    "-3111111111111-"): a run of digits is a filler only when it is the whole of its segment between separators
    ("-000000000000-"), or longer than any id's."""
    # a run of six needs five neighbours in a row that are equal: C-speed passes find most values without one (a
    # generated secret), and their character loop below could find nothing
    if _five_equal_neighbours(value) and _filler_run(value):
        return True
    words = [w for w in _SEPARATORS.split(value.lower()) if w]
    return len(words) >= 3 and all(w in _PLACEHOLDER_WORDS for w in words[1:])


# five pairs of equal neighbours in a row, as bytes(map(operator.eq, ...)) spells them, and as the XOR of an ASCII
# value's bytes with its bytes one place on spells them (an equal pair XORs to a zero byte)
_FIVE_EQUAL_PAIRS = b"\x01" * (_FILLER_LENGTH - 1)
_FIVE_ZERO_BYTES = b"\x00" * (_FILLER_LENGTH - 1)


def _five_equal_neighbours(value: str) -> bool:
    """Whether five neighbouring pairs in a row are equal (a run of six). ASCII (every token format): the value's
    bytes XORed with themselves one place on, as two integers, in a few C calls (about 0.4 us for a 40-character
    token, where a comparison per pair cost 3-6 us); any other text pair by pair."""
    if value.isascii():
        data = value.encode("ascii")
        pairs = len(data) - 1
        if pairs < _FILLER_LENGTH - 1:
            return False
        diff = int.from_bytes(data[:-1], "big") ^ int.from_bytes(data[1:], "big")
        return _FIVE_ZERO_BYTES in diff.to_bytes(pairs, "big")
    return _FIVE_EQUAL_PAIRS in bytes(map(operator.eq, value, value[1:]))


def _filler_run(value: str) -> bool:
    """Whether `value` holds a run of one repeated character long enough to be a filler (see _placeholder_body)."""
    run = 1
    for index, (previous, current) in enumerate(zip(value, value[1:], strict=False), 1):
        run = run + 1 if current == previous else 1
        if not current.isdigit():
            if run >= _FILLER_LENGTH:
                return True
        elif run >= _FILLER_DIGITS and (run >= 2 * _FILLER_DIGITS or _whole_segment(value, index - run + 1, index)):
            return True
    return False


def _whole_segment(value: str, first: int, last: int) -> bool:
    """Whether value[first:last + 1] runs from one separator (or the value's edge) to the next."""
    before = value[first - 1] if first else "-"
    after = value[last + 1] if last + 1 < len(value) else "-"
    return not before.isalnum() and not after.isalnum()


def _accept_random(ctx: ScanContext, m: Match) -> bool:
    """Formats whose shape alone is loose (a Canvas token after its "~", a bearer header's value, a
    connection string's key) must also look generated: "Bearer tokens expire after 60 minutes" is prose."""
    value = m.value.strip()
    return _accept(ctx, m) and _looks_random(value.split("~", 1)[-1])


def _looks_random(value: str) -> bool:
    """A generated secret mixes upper case, lower case and digits and repeats no character much; a filler
    ("1~aaaa...", "1~ABCDEF...ABCDEF") does not."""
    upper, lower = any(c.isupper() for c in value), any(c.islower() for c in value)
    return any(c.isdigit() for c in value) and (upper or lower) and len(set(value)) >= len(value) // 4


_PEM_BEGIN = Pattern(r"-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----")
_PEM_END = Pattern(r"-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----")
_PEM_BODY = Pattern(r"^[A-Za-z0-9+/=\s:\-,]*")
MAX_PEM_CHARS = 16_384
# key material: a run of base64 as a key's lines are written, letters with digits or "+"/"/" among them
_PEM_MATERIAL = Pattern(r"[A-Za-z0-9+/]{16,}")


def _holds_key_material(body: str) -> bool:
    """Whether a block's body holds a key: a placeholder ("<paste key from the vault here>", "[REDACTED - rotated]"),
    an empty block, or the BEGIN line only named in a sentence ("a block starting with -----BEGIN ... PRIVATE
    KEY----- in a shared doc") shows the format, not a key."""
    for a, b in _PEM_MATERIAL.spans(body):
        run = body[a:b]
        if not run.isalpha() and not run.isdigit():
            return True
    return False


class PrivateKeyDetector:
    """A PEM private-key block from BEGIN to END, or BEGIN and its body when a paste was cut short.

    The END marker is searched within MAX_PEM_CHARS of each BEGIN (a slice, not a lazy regex to the end of
    the text), so a message full of BEGIN lines without an END stays linear."""

    name = "private_key"
    finding_type = "credential"
    triggers = (r"-----BEGIN ",)

    def find(self, ctx: ScanContext) -> Iterable[Candidate]:
        pos = 0
        for m in _PEM_BEGIN.finditer(ctx.text):
            if m.start() < pos:
                continue
            tail = ctx.text[m.end():m.end() + MAX_PEM_CHARS]
            end = _PEM_END.search(tail)
            if end is not None and "-----BEGIN" not in tail[:end.start()]:
                stop = m.end() + end.end()
            else:
                body = _PEM_BODY.search(tail)
                stop = m.end() + (body.end() if body else 0)
                stop = len(ctx.text[:stop].rstrip())
            pos = stop
            if _holds_key_material(ctx.text[m.end():stop]):
                yield Candidate(self.finding_type, m.start(), stop, self.name)


def _acceptance(random: bool, validator: str | None) -> Accept:
    base = _accept_random if random else _accept
    if validator is None:
        return base
    check = VALIDATORS[validator]
    return lambda ctx, m: base(ctx, m) and check(m.value.strip())


DETECTORS = (PrivateKeyDetector(),) + tuple(
    PatternDetector(name=name, finding_type="credential", patterns=(pattern,), group=1,
                    accept=_acceptance(random, validator))
    for name, pattern, random, validator in TOKEN_FORMATS
)
