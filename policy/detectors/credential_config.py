"""Secrets in pasted configuration and code: `.env` lines, JSON and YAML keys such as DB_PASS=...,
"api_key": "...", `sl_key := "..."`, and a secret compared or constructed in code (`if (secret == "...")`,
`std::string secret("...")`).

The key names a secret; the value must be a literal that looks like one. Code that reads the secret from
somewhere else (os.environ["DB_PASS"], ${DB_PASS}, process.env.X, a variable name) discloses nothing.
A name that merely ENDS in a short secret word (`cloudant_pw`, `ibm-iam_key`, `sl_key`) is looser: `answer_key
= B`, `sort_key: last_name` are not secrets, so there the value must be long and token-shaped.
"""
from __future__ import annotations

from policy.detectors.base import Match, PatternDetector
from policy.detectors.context import ScanContext
from policy.detectors.credential_statements import looks_like_password
from policy.detectors.exclusions import is_template
from policy.detectors.patterns import Pattern

_KEY = (r"[A-Za-z0-9_.\-]*(?:pass|passwd|password|pwd|secret|token|api_?key|apikey|access_?key|private_?key"
        r"|client_?secret|auth_?key|credentials?)[A-Za-z0-9_.\-]*")


# a name whose last part is a short secret word: cloudant_pw, clou_pw, sl_key, ibm-iam_key, "softlayer_key"
_SUFFIXED_KEY = r"[A-Za-z0-9]+(?:[_\-][A-Za-z0-9]+)*[_\-](?:pw|pwd|pass|key|secret|token)"
# a token: letters, digits and the few symbols keys are written with, nothing else
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_+/=")
_ASSIGN = r"[\"'`]?[ \t]*(?::=|=>|->|[=:])[ \t]*"


def looks_like_key_value(value: str) -> bool:
    """A generated key: 20 or more token characters with a digit, or an unbroken run of letters that long
    (no word is); `created_at_descending_order` (words joined by separators) is a name, not a key."""
    if len(value) < 20 or len(value) > 200 or not _TOKEN_CHARS.issuperset(value) or is_template(value):
        return False
    if "example" in value.lower():
        return False  # vendors' documentation samples (AWS's ...EXAMPLEKEY) open nothing
    if any(c.isdigit() for c in value):
        return any(c.isalpha() for c in value)
    return value.isalpha()


def _accept_suffixed(ctx: ScanContext, m: Match) -> bool:
    return looks_like_key_value(m.value)


def _accept_password_suffixed(ctx: ScanContext, m: Match) -> bool:
    """A name ending in a password's abbreviation (`bind_pw`, `admin_pwd`, `adminpw`) names nothing but a
    password, unlike `_key` (`sort_key`, `answer_key`): a value shaped like one is enough, not a generated key's
    length. A path (`pwd: /home/...`), a reference or a placeholder is none."""
    value = m.value.rstrip(".,;)")
    return value[:1] not in "/~$%{<[" and "(" not in value and looks_like_password(value)


_QUERY_MARKS = str.maketrans(".~%", "--_")
_UUID_SHAPE = Pattern(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _accept_query(ctx: ScanContext, m: Match) -> bool:
    """A query value that looks generated; words joined by underscores ("YOUR_API_KEY_HERE_1") are a stand-in."""
    # an OAuth token's dots and tildes, and a URL's escapes, are token characters in a query ("ya29.a0Af...")
    value = m.value.translate(_QUERY_MARKS)
    return looks_like_key_value(value) and sum(part.isalpha() for part in value.split("_")) < 3


def _accept_quoted(ctx: ScanContext, m: Match) -> bool:
    """A quoted literal is the value whatever characters it holds: braces and parentheses inside quotes are
    part of the secret, not code around it."""
    return not is_template(m.value) and looks_like_password(m.value)


def _accept(ctx: ScanContext, m: Match) -> bool:
    value = m.value
    # a closing brace ends the value unless more of the value follows it ("Rq{{7}}mLx2!" is one value)
    if value.startswith("${") and ctx.text[m.end:m.end + 1] == "}":
        value += "}"  # the pattern stops before a closing brace: "${DB_PASS}" is read whole
    if "(" in value or "[" in value or is_template(value):
        return False  # code that reads the secret elsewhere, or wholly a placeholder
    name, equals, rest = value.partition("=")
    if equals and rest[:1] not in ("", "=") and name.isidentifier() and name.islower() and len(name) >= 3:
        return False  # "gradepass: student=33400884": a log line's next field, not this key's value
    return looks_like_password(value) or (len(value) >= 20 and sum(c.isdigit() for c in value) >= 2)


# a request's query parameter that carries the secret itself ("...?district=cps&api_key=<hex>", "&access_token=..."):
# the parameter's whole name is a secret's (a paging or a CSRF token, "pageToken=", names none), and the value must
# look generated
_QUERY_KEY = (r"(?:x[_\-])?(?:api[_\-]?key|apikey|app[_\-]?key|access[_\-]?key|access[_\-]?token|auth[_\-]?token"
              r"|token|secret|client[_\-]?secret|app[_\-]?secret|password|passwd|pwd|private[_\-]?key)")


# a name that ends in a password's abbreviation (`bind_pw`, `admin_pwd`, `svc-passwd`, `adminpw`), in config or a
# link's query: `pw` ends the name, so `pwned`, `pwa_mode` and `pwm_channel` are other names
_PW_SUFFIXED_KEY = r"[A-Za-z0-9_.\-]*(?:pw|pwd|passwd)"
_PW_VALUE = r"([^\s\"'`,;&}]{6,128})"


# "Clever district token is 3f1c...", "the sync token: 9d8c...": a token named in prose (a vendor's own word before it)
# and a generated value after "is", a colon or an arrow; a bare "token" names too much else ("token economy",
# "a token of thanks"), so the value must be long and generated, and a UUID (a record's or a device's id) is none
_TOKEN_SAID = (r"(?i)\btokens?(?:[ \t]+(?:is|was|=|->|\x{2192})|[ \t]*[:=])[ \t]*(?:now[ \t]+)?[\"'`]?"
               r"([A-Za-z0-9_\-.~+/]{20,200}?)[.]?(?:$|[\s\"'`,;)])")


def _accept_token_said(ctx: ScanContext, m: Match) -> bool:
    value = m.value.translate(_QUERY_MARKS)
    if _UUID_SHAPE.search(m.value) or not _accept_query(ctx, m):
        return False  # (a generated value, as a query's: words joined by underscores are a stand-in)
    return sum(c.isdigit() for c in value) >= 4 and sum(c.isalpha() for c in value) >= 4


DETECTORS = (
    PatternDetector(
        name="credential_token_said",
        finding_type="credential",
        patterns=(_TOKEN_SAID,),
        group=1,
        accept=_accept_token_said,
    ),
    PatternDetector(
        name="credential_config_pw_suffixed",
        finding_type="credential",
        patterns=(r"(?i)(?:^|[\s{,\"'`(?&])" + _PW_SUFFIXED_KEY + _ASSIGN + r"[\"'`]?" + _PW_VALUE,),
        group=1,
        accept=_accept_password_suffixed,
    ),
    PatternDetector(
        name="credential_query_param",
        finding_type="credential",
        patterns=(r"(?i)[?&]" + _QUERY_KEY + r"=([A-Za-z0-9+/=_\-.~%]{20,200}?)[.]?(?:$|[^A-Za-z0-9+/=_\-.~%])",),
        group=1,
        accept=_accept_query,
    ),
    PatternDetector(
        name="credential_config",
        finding_type="credential",
        patterns=(r"(?i)(?:^|[\s{,\"'`])" + _KEY + r"[\"'`]?[ \t]*(?::=|=>|->|[=:])[ \t]*[\"'`]?([^\s\"'`,;}]"
                                                   r"(?:[^\s\"'`,;}]|\}+[^\s\"'`,;}]){5,199})",),
        group=1,
        accept=_accept,
    ),
    PatternDetector(
        name="credential_config_suffixed",
        finding_type="credential",
        patterns=(r"(?i)(?:^|[\s{,\"'`(])" + _SUFFIXED_KEY + _ASSIGN + r"[\"'`]?([A-Za-z0-9+/=_\-]{20,200})(?:$"
                                                                       r"|[^A-Za-z0-9+/=_\-])",),
        group=1,
        accept=_accept_suffixed,
    ),
    PatternDetector(
        name="credential_code_literal",
        finding_type="credential",
        patterns=(
            # `my_password_secure = "..."`: a quoted literal assigned to a secret's name
            # (a script's variable too: PHP's and Perl's `$db_pass = "..."`)
            r"(?i)(?:^|[\s{,\"'`($])" + _KEY + _ASSIGN + r"\"([^\"\n]{6,200})\"",
            # XML configuration: .NET's `<add key="SmtpPassword" value="..."/>` and an element named for the secret,
            # `<password>...</password>` (Maven's settings.xml, Tomcat's users, a vendor's connector file)
            r"(?i)\bkey[ \t]*=[ \t]*[\"'][A-Za-z0-9_.:\-]*(?:pass|passwd|password|pwd|secret|token|api_?key|apikey"
            r"|client_?secret|access_?key|private_?key)[A-Za-z0-9_.:\-]*[\"'][ \t]+value[ \t]*=[ \t]*"
            r"\"([^\"\n]{6,200})\"",
            r"(?i)<(?:[A-Za-z0-9_.\-]*:)?(?:password|passwd|pwd|secret|client_?secret|api_?key|apikey|access_?token"
            r"|private_?key)>([^<>\n]{6,200})</",
            # `if (secret == "...")`, `db_pass != "..."`: a secret compared with a literal
            r"(?i)(?:^|[^A-Za-z0-9_.\-])" + _KEY + r"[ \t]*(?:===?|!==?)[ \t]*[\"']([^\"'\n]{6,200})[\"']",
            # `std::string secret("...")`, `secret.assign("...", 17)`: a secret constructed from a literal
            r"(?i)(?:^|[;{(][ \t]*|[A-Za-z_>][ \t]+|::|\.)" + _KEY + r"(?:\.assign)?\([ \t]*\"([^\"\n]{6,200})\"",
        ),
        group=1,
        accept=_accept_quoted,
    ),
)
