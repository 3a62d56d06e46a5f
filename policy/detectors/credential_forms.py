"""Credentials in the forms people paste them where no password word stands before the value.

Three families, each written out from how the value is typed, not from one message:

- **A login pair** `name / secret` (or `name | secret`, a table row's cells) with spaces round the separator,
  wherever it stands: after an account's or a system's name ("my Aspen: jdoe4 / ..."), in a bullet of notes, in
  a table row. The secret must be one by its shape (letters, a digit and a strong symbol), or mixed case with a
  digit beside a name shaped like an issued login ("sub.rm12", "jdoe4"); "Grade 10 / Room 214" and "Q1 / Q2" are
  no pair.
- **A password on a command line**: every client option that carries one (`mysql -p'...'`, `--password=...`,
  `sshpass -p`, `redis-cli -a`, `ldapsearch -w`, `curl -u user:secret`, `smbclient -U user%secret`, `net use ...
  /user:x secret`) and the environment variables the clients read (`PGPASSWORD=`, `MYSQL_PWD=`, `SSHPASS=`). A
  value that is a reference (`$DB_PASS`, `${X}`, `<password>`, `****`) opens nothing; `mysql -p` alone prompts.
- **A vendor token wrapped over lines** ("split so the bot won't see it"): a line that opens with a vendor's fixed
  prefix and the lines of bare token characters right under it are one token when, joined, they look generated.
"""
from __future__ import annotations

from collections.abc import Iterable

from policy.detectors.base import Candidate, Match, PatternDetector
from policy.detectors.context import ScanContext
from policy.detectors.credential_statements import (
    PASSWORD_TALK,
    REFERENCE_NUMBER,
    _unmistakable_secret,
    account_shaped,
    load_password_talk,
    looks_like_password,
)
from policy.detectors.credential_tokens import valid_jwt
from policy.detectors.exclusions import is_template
from policy.detectors.patterns import Pattern

# -- a login pair, wherever it stands ---------------------------------------------------------------------------

# a name as systems issue them, a separator with spaces (a path or a URL has none), the secret
_LOGIN_PAIR = (r"(?:^|[\s:(\[>|])([A-Za-z0-9][A-Za-z0-9_.\-]{1,40}(?:@[A-Za-z0-9.\-]{2,60})?)"
               r"(?:[ \t]+(?:/|//|\|)[ \t]+|[ \t]*\|[ \t]*)[\"'`]?"
               # the secret holds a digit or a strong symbol (a plain cell, "| jdoe |", is read as the next name)
               r"([^\s/|\"'`]{0,63}[0-9!@#$%^&*+=?~][^\s/|\"'`]{0,63})")
# both halves set off in backticks or quotes, as values to key in, joined by a slash, a pipe or a colon
# ("`proctor_2` / `Qu1z!time`", "`svc-report` : `Hx4!pQ...`"): the marks say where each half starts and ends
_QUOTED_PAIR = (r"(?:^|[\s:(\[>|])[`\"']([A-Za-z0-9][A-Za-z0-9_.\-]{1,40}(?:@[A-Za-z0-9.\-]{2,60})?)[`\"']"
                r"[ \t]*(?:/|//|\||:)[ \t]*[`\"']([^\s`\"']{6,64})[`\"']")
# a sample of the format, not a login ("e.g. jdoe / Winter#2025"); "not" before the pair says nothing of it ("the
# shared Gmail (not district) - name / secret")
_EXAMPLE_NEAR = Pattern(r"(?i)(?:\b(?:like|example|such\s+as|format|sample|template|fake)\b|\be\.?g\.?(?:$|[\s,:]))"
                        r"[^.\n]*$")
_NOT_A_SECRET_AFTER = Pattern(r"(?i)^[\"'`.,)]*[ \t]+(?:is|was|'s)?[ \t]*(?:not|isn't|wasn't)\b")


def _mixed_case_digit(value: str) -> bool:
    return len(value) >= 8 and any(c.isupper() for c in value) and any(c.islower() for c in value) \
        and any(c.isdigit() for c in value)




# a login convention that makes a number the user name: "(IDs are usernames)", "username is the student ID"
_IDS_ARE_USER_NAMES = Pattern(r"(?i)\b(?:(?:student[ \t]+)?ids?|(?:lunch|student|employee|badge)[ \t]+numbers?)[ \t]+"
                              r"(?:are|is|=|as)[ \t]+(?:the[ \t]+|their[ \t]+)?"
                              r"(?:user[ \t]*(?:names?|ids?)|log-?ins?)\b"
                              r"|\b(?:user[ \t]*names?|log-?ins?)[ \t]+(?:are|is)[ \t]+(?:the|their|his|her)[ \t]+"
                              r"(?:student[ \t]+|lunch[ \t]+|employee[ \t]+)?(?:ids?|id[ \t]+numbers?|numbers?)\b")


def _accept_login_pair(ctx: ScanContext, m: Match, after_account_words: bool = False) -> bool:
    """The value of a pair is a secret on any of three pieces of evidence: its shape alone (letters, a digit and a
    strong symbol), mixed case with a digit beside a name shaped like an issued login, or, when words about an
    account stand before the pair, letters with a strong symbol or two digits ("Maple2024"). A reference number,
    a template, a link, a value said not to be one and a sample of the format are none."""
    # (a closing "!" is the secret's as often as the sentence's: "Summer2024!", "1c3C0ld!")
    value = m.value.rstrip(".,;)?")
    name = m.raw.group(1) if not after_account_words else ""
    if name.isdigit() and len(name) >= 5 and _IDS_ARE_USER_NAMES.search(ctx.text):
        # the message says an ID is the user name ("IDs are usernames", "username is the student ID"): a number,
        # then a secret of six or more characters with a digit (a birthday's digits included), is a login
        return len(value) >= 6 and any(c.isdigit() for c in value) and not is_template(value) \
            and (value.isdigit() or looks_like_password(value))
    if not looks_like_password(value) or is_template(value) or "://" in value or REFERENCE_NUMBER.search(value):
        return False
    if after_account_words:
        letters = sum(c.isalpha() for c in value)
        digits = sum(c.isdigit() for c in value)
        return letters >= 3 and (not _STRONG.isdisjoint(value) or digits >= 2)
    if not (_unmistakable_secret(value) or (_mixed_case_digit(value) and account_shaped(name)
                                            and not name.replace(".", "").isdigit())
            or _device_account_secret(name, value)):
        return False
    if _NOT_A_SECRET_AFTER.search(ctx.window(m.end, m.end + 30)):
        return False
    return not _EXAMPLE_NEAR.search(ctx.window(m.raw.start() - 40, m.raw.start()))


# the accounts devices ship with or print on their labels ("admin", "root", "ubnt") and their factory defaults
DEVICE_ACCOUNTS = load_password_talk(key="device_accounts")
DEVICE_ACCOUNT_WORDS = load_password_talk(key="device_account_words")
FACTORY_DEFAULTS = load_password_talk(key="factory_defaults")


_DIGIT_INSIDE_LETTERS = Pattern(r"[A-Za-z][0-9]+[A-Za-z]")
# a room, a building part, a grade, a class period or a route written as one word ("Room214b", "Gr10", "Per3")
_PLACE_OR_GROUP = Pattern(r"(?i)^(?:room|rm|bldg|building|suite|ste|floor|fl|lab|grade|gr|period|per|unit|class"
                          r"|section|sec|wing|hall|door|gate|bus|route|locker|ext|team|group|pod)[-#.]?\d")


def _device_account_secret(name: str, value: str) -> bool:
    """A device's or an appliance's own account and a value shaped like a set password ("admin / Hx92kLmq",
    "root / tr0ub4dor"): six or more characters with letters and digits mixed in case or digits inside the letters
    (or a strong symbol), two digits at least, neither the factory default nor the name itself ("admin / admin" is
    how the box ships, public knowledge); "admin / Grade10" is a group, not a secret."""
    lowered = value.lower()
    if _PLACE_OR_GROUP.search(value):
        return False  # "admin, Room214b", "admin / Grade10": where or who the message is for
    if name.lower() not in DEVICE_ACCOUNTS or len(value) < 6 or lowered in FACTORY_DEFAULTS \
            or lowered == name.lower() or not looks_like_password(value) or is_template(value) or "://" in value:
        return False
    digits = sum(c.isdigit() for c in value)
    return _unmistakable_secret(value) or _generated(value) or (digits >= 2 and (
        _mixed_case_digit(value) or _DIGIT_INSIDE_LETTERS.search(value) is not None))


def _generated(value: str) -> bool:
    """A generated password ("IUJyNNeED9", "pQ7vRxKmTa"): eight characters or more with a digit and case changing
    inside the letters more than once (two capitals and two small letters at least); a word with a capital and a
    number ("Welcome1", "Library7") has one change only."""
    letters = value.rstrip(".,;!?")
    upper = sum(c.isupper() for c in letters)
    lower = sum(c.islower() for c in letters)
    changes = sum(1 for a, b in zip(letters, letters[1:], strict=False)
                  if a.isalpha() and b.isalpha() and a.isupper() != b.isupper())
    return len(letters) >= 8 and upper >= 2 and lower >= 2 and changes >= 2 and any(c.isdigit() for c in letters)


# A device's account and its secret in the other ways a label or a setup note writes them: no spaces round the
# slash ("admin/Hx92kLmq"), a dash or a colon between, "U: admin P: ...", "user admin pw ...",
# "admin:secret@10.0.0.2" (the words before say which half is which, or the account name does).
_ACCOUNT_NAMES = "|".join(sorted({a.lower() for a in DEVICE_ACCOUNTS}, key=len, reverse=True))
# the device accounts that are no English word ("admin", "root", "ubnt"): after these a looser separator still
# splits a pair ("admin : X", "admin, X"), where "Supervisor: X" or "guest, X" is a field or a list
_TECHNICAL_NAMES = "|".join(sorted({a.lower() for a in DEVICE_ACCOUNTS} - DEVICE_ACCOUNT_WORDS, key=len, reverse=True))
_LOGIN_WORDS = r"(?:u(?:ser(?:[ \t]?name)?)?|login|log-?in|acct|account|creds?|credentials)"
_DEVICE_PAIR = (r"(?i)(?:^|[\s(\[>|,;:])(?:"
                # any device account, after a login word or none: "/", "//", "|", a glued colon, a spaced dash,
                # a password word ("admin/X", "U: admin P: X", "ssh admin:X@10.0.0.2", "administrator account - X")
                r"(?:" + _LOGIN_WORDS + r"[ \t]*[:=(]?[ \t]*)?(" + _ACCOUNT_NAMES + r")"
                r"(?:[ \t]+(?:account|acct|login|user))?"
                # a colon only glued to both halves ("admin:secret@host"): "Supervisor: <name>" is a field
                r"(?:[ \t]*(?://?|\|)[ \t]*|:|[ \t]+[-\x{2013}\x{2014}][ \t]+"
                r"|[ \t]*[,;]?[ \t]+(?:p|pw|pwd|pass|password|passwd)[ \t]*[:=]?[ \t]*)"
                # a login word before the account, then a comma, a spaced colon or a space ("login admin 8834Hsq2",
                # "creds (admin, X)"); a technical account name alone, then a spaced colon or a comma ("admin : X")
                r"|" + _LOGIN_WORDS + r"[ \t]*[:=(]?[ \t]*(" + _ACCOUNT_NAMES + r")(?:[ \t]*[:,][ \t]*|[ \t]+)"
                r"|(" + _TECHNICAL_NAMES + r")(?:[ \t]+:[ \t]*|[ \t]*,[ \t]*)"
                r")[\"'`]?([^\s/|\"'`,;()]{6,64})")


def _accept_device_pair(ctx: ScanContext, m: Match) -> bool:
    name = m.raw.group(1) or m.raw.group(2) or m.raw.group(3)
    if not _device_account_secret(name, m.value.rstrip(".,;)?")):
        return False
    if _DIGEST.search(m.value):
        return False  # a checksum or a commit id printed beside a device, not its password
    return not _EXAMPLE_NEAR.search(ctx.window(m.raw.start() - 40, m.raw.start()))


# a hash's hex digest (MD5, SHA-1, SHA-256) or a commit id
_DIGEST = Pattern(r"^(?:[0-9a-f]{7,}|[0-9A-F]{32,})$")


def _without_full_stop(text: str, start: int, end: int) -> int:
    """The value's end without the sentence's own full stop or comma after it ("admin / X7q.  Web UI at ...")."""
    if end - start > 6 and text[end - 1] in ".,;" and (end == len(text) or text[end].isspace()):
        return end - 1
    return end


class LoginPairDetector:
    """The pair pattern read so that a value it turned down may still be the name of the next pair (a table row
    "| app | jdoe4 | Secret#9 |": "jdoe4" is no secret, and it is the next pair's user name)."""

    name = "credential_login_pair"
    finding_type = "credential"

    def __init__(self) -> None:
        self._pattern = Pattern(_LOGIN_PAIR)
        self._after_account = Pattern(_ACCOUNT_THEN_PAIR)
        self._device = Pattern(_DEVICE_PAIR)
        self._quoted = Pattern(_QUOTED_PAIR)
        self.triggers = (_LOGIN_PAIR, _ACCOUNT_THEN_PAIR, _DEVICE_PAIR, _QUOTED_PAIR)

    def find(self, ctx: ScanContext) -> Iterable[Candidate]:
        if ctx.fired(_LOGIN_PAIR):
            for m in self._pattern.finditer(ctx.text, 1):  # the next search starts after the name, not the value
                start, end = m.span(2)
                if _accept_login_pair(ctx, Match(m, start, end, m.group(2))):
                    yield Candidate(self.finding_type, start, _without_full_stop(ctx.text, start, end), self.name)
        if ctx.fired(_QUOTED_PAIR):
            for m in self._quoted.finditer(ctx.text):
                start, end = m.span(2)
                if _accept_login_pair(ctx, Match(m, start, end, m.group(2))):
                    yield Candidate(self.finding_type, start, end, self.name)
        if ctx.fired(_ACCOUNT_THEN_PAIR):
            for m in self._after_account.finditer(ctx.text):
                start, end = m.span(1)
                if _accept_login_pair(ctx, Match(m, start, end, m.group(1)), after_account_words=True):
                    yield Candidate(self.finding_type, start, _without_full_stop(ctx.text, start, end), self.name)
        if ctx.fired(_DEVICE_PAIR):
            for m in self._device.finditer(ctx.text):
                start, end = m.span(4)
                value = m.group(4)
                if "@" in value[1:]:  # "admin:secret@10.0.0.2": the secret ends at the host
                    end = start + value.index("@", 1)
                if _accept_device_pair(ctx, Match(m, start, end, ctx.text[start:end])):
                    yield Candidate(self.finding_type, start, _without_full_stop(ctx.text, start, end), self.name)


# -- a shared account's pair after words about it (any split: "//", ",", " pw ") ---------------------

# every way a pair's two halves are split
_PAIR_SPLIT = r"(?:[ \t]*(?://?|\||\\|,|::)[ \t]*|[ \t]+(?:and|&|pw|pass|password|p/w|pwd)[ \t]*:?[ \t]+)"
# (a password word names the pair as often: "DVR password for the 400s: admin / 4400cam" gives the user name first)
_ACCOUNT_THEN_PAIR = (r"(?i)\b(?:acct|accts|accounts?|log-?ins?|sign-?ins?|sign-?ons?|creds|credentials|logon"
                      r"|passwords?|passcodes?|pwd?)\b"
                      # a few words about the account: whose, what for ("we all share", "for training")
                      r"[^\n:.?!=|/]{0,60}?"
                      # the words end at a colon, "is", an arrow, a dash or an ellipsis ("... anyone can use... ")
                      r"(?:[ \t]*:|[ \t]+(?:is|are|=)|[ \t]*(?:->|=>|\x{2192}|\.{3}|\x{2026})"
                      r"|[ \t]+[-\x{2013}\x{2014}])[ \t]*"
                      r"[\"'`]?@?[A-Za-z0-9][A-Za-z0-9_\-.@]{1,40}[\"'`]?" + _PAIR_SPLIT
                      + r"[\"'`]?([^\s\"'`]{6,64})")
_STRONG = frozenset("!@#$%^&*+=?~")



# -- a vendor token wrapped over lines ---------------------------------------------------------------------------

# the vendors' fixed prefixes (token-formats.yaml) at a line's start, then two to eight lines of bare token characters
_PREFIXES = (r"(?:AKIA|ASIA|gh[pousr]_|github_pat_|gl(?:pat|dt|ptt|rt|cbt|imt|agent|oas|soat|ft|ffct)-|xox[abposr]-"
             r"|xapp-|sk_live_|rk_live_|sk-|AIza|GOCSPX-|SG\.|npm_|pypi-|sq0(?:atp|csp|idp)-|glsa_|hf_"
             # a JWT's header ('{"' in base64url): the joined lines must decode as one
             r"|eyJ)")
_WRAPPED = (r"(?m)^[ \t]*(" + _PREFIXES + r"[A-Za-z0-9_\-.+/=]{2,}(?:[ \t]*\n[ \t]*[A-Za-z0-9_\-+/=.]{4,}){1,8})"
            r"[ \t]*$")
_WRAPPED_MIN = 20


class WrappedTokenDetector:
    """A token a person split over lines: the lines joined must make a token long enough and generated-looking;
    the finding spans every piece."""

    name = "credential_wrapped_token"
    finding_type = "credential"
    triggers = (r"(?m)^[ \t]*" + _PREFIXES + r"[A-Za-z0-9_\-.+/=]{2,}[ \t]*\n[ \t]*[A-Za-z0-9_\-+/=.]{4,}",)

    def __init__(self) -> None:
        self._pattern = Pattern(_WRAPPED)

    def find(self, ctx: ScanContext) -> Iterable[Candidate]:
        for m in self._pattern.finditer(ctx.text):
            start, end = m.span(1)
            joined = "".join(m.group(1).split())
            if len(joined) < _WRAPPED_MIN or is_template(joined):
                continue
            if joined.startswith("eyJ") and not valid_jwt(joined):
                continue  # base64 JSON that is no token (a header alone, a config blob)
            body = joined[4:]
            if not (any(c.isdigit() for c in body) and any(c.isalpha() for c in body)
                    and len(set(body)) >= len(body) // 4):
                continue
            yield Candidate(self.finding_type, start, end, self.name)


# -- pairs listed under a header that names them logins -----------------------------------------------------------

# "Reading app logins (the little ones forget):" over "Ana P - anap14 / moon", "Theo - theo.r / kite": a header that
# says the lines under it are logins makes each "user / secret" ending a line one, whatever the secret's shape (the
# passwords young children are given are plain short words); under such a header a spaced dash joins the pair as
# the slash does ("m.ortiz - Spring!204": normalisation makes en and em dashes "-"); a colon does not, it is a
# configuration's key ("client_id: 81734-...apps.googleusercontent.com" under "SSO config:")
_LISTED_PAIR = (r"(?m)(?:^|[\s:>|\-\x{2013}\x{2014}])([A-Za-z][A-Za-z0-9_.\-]{2,40})"
                r"[ \t]+(?:/|-{1,2})[ \t]+"
                r"([A-Za-z0-9][^\s/|]{2,40})[ \t]*$")
_LOGIN_KINDS = frozenset({"login", "password"})
# what a list writes where no secret is given yet
_NO_SECRET_YET = frozenset({"tbd", "tba", "n/a", "na", "none", "pending", "same", "reset", "expired", "unknown", "ask",
                            "blank", "todo", "later"})
_HEADER_REACH = 600


def _listed_under_a_logins_header(ctx: ScanContext, pos: int) -> bool:
    """Whether the line holding `pos` is in a block (no blank line) whose first line names logins or passwords and
    ends with a colon."""
    text = ctx.text
    block = ctx.block_start(pos, _HEADER_REACH)
    if block == pos - _HEADER_REACH > 0:     # no blank line within reach: a block longer than a header reaches
        return False
    line_start = text.rfind("\n", block, pos) + 1
    header_end = text.find("\n", block, line_start)
    if line_start <= block or header_end < 0:
        return False  # the pair is on the block's first line: no header above it
    header = text[block:header_end].rstrip(" \t*_")
    if not header.endswith(":") or " / " in header:
        return False
    return any(label.kind in _LOGIN_KINDS and block <= label.start < header_end
               for label in ctx.labels_before(header_end, header_end - block))


def _accept_listed_pair(ctx: ScanContext, m: Match) -> bool:
    name, value = m.raw.group(1), m.value.rstrip(".,;")
    if not account_shaped(name) or name.replace(".", "").isdigit() or _PLACE_OR_GROUP.search(name):
        return False
    lowered = value.lower()
    if lowered in _NO_SECRET_YET or lowered in PASSWORD_TALK or is_template(value) or "://" in value:
        return False
    if "/" not in ctx.text[m.raw.end(1):m.start] and (value.isalpha() or not looks_like_password(value)):
        return False  # a dash also joins a row to its status ("kiosk3 - yes"): a plain word is no secret
    return _listed_under_a_logins_header(ctx, m.start)


# -- a form's short fields: "U: name  P: secret" ------------------------------------------------------------------

# a user field and then a one-letter password field on the same line ("U: sped.clerk  P: *5202retniW", "user=jdoe4
# p=Lantern#22"): "P:" alone opens notes as often ("P: parent called back"), after a user field it is the password
_SHORT_FIELDS = (r"(?i)(?:^|[\s(\[>|])(?:u|user(?:[ \t]?name)?|usr|login|id)[ \t]*[:=][ \t]*"
                 r"[A-Za-z0-9.\\][\w.@\-\\]{1,60}[ \t]*[,;|/]?[ \t]+p[ \t]*[:=][ \t]*(\S{4,64})")


def _accept_short_fields(ctx: ScanContext, m: Match) -> bool:
    value = m.value.rstrip(".,;)")
    lowered = value.lower()
    if lowered in _NO_SECRET_YET or lowered in PASSWORD_TALK or is_template(value) or "://" in value:
        return False
    return not value.isalpha() and looks_like_password(value) \
        and not _EXAMPLE_NEAR.search(ctx.window(m.raw.start() - 40, m.raw.start()))


DETECTORS = (
    LoginPairDetector(),
    PatternDetector(name="credential_short_fields", finding_type="credential", patterns=(_SHORT_FIELDS,), group=1,
                    accept=_accept_short_fields),
    WrappedTokenDetector(),
    PatternDetector(name="credential_listed_pair", finding_type="credential", patterns=(_LISTED_PAIR,), group=2,
                    accept=_accept_listed_pair),
)
