"""API tokens, keys and private keys, recognised by their published formats.

Each entry is a declaration: a name and an RE2 pattern (group 1, when present, is the secret part). The
formats are the vendors' own (Slack xox?-, AWS AKIA/ASIA + a 40-character secret, GitHub ghp_/github_pat_,
Google AIza, JWTs, Stripe live keys, PEM private-key blocks, user:password@ in URLs), so a match is a
credential by construction; placeholders (`<token>`, `xxxx`, `${VAR}`) do not fit the formats.
"""
from __future__ import annotations

from typing import Iterable

from policy.detectors.base import Candidate, Match, PatternDetector
from policy.detectors.patterns import Pattern

TOKEN_FORMATS: tuple[tuple[str, str], ...] = (
    ("slack_token", r"\b(xox[abposr]-[0-9A-Za-z][0-9A-Za-z-]{8,})"),
    ("slack_app_token", r"\b(xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]{16,})"),
    ("slack_webhook", r"(https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,})"),
    ("aws_access_key", r"\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b"),
    ("aws_secret_key", r"(?i)aws[a-z0-9_\- ]{0,20}secret[a-z0-9_\- ]{0,20}[\"']?\s*[:=]\s*[\"']?"
                       r"([A-Za-z0-9/+]{40})(?:$|[^A-Za-z0-9/+=])"),
    ("github_token", r"\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36})\b"),
    ("github_pat", r"\b(github_pat_[A-Za-z0-9_]{22,255})"),
    ("google_api_key", r"\b(AIza[0-9A-Za-z_\-]{35})"),
    ("google_oauth_secret", r"\b(GOCSPX-[0-9A-Za-z_\-]{28})"),
    ("jwt", r"\b(eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{16,})"),
    ("openai_key", r"\b(sk-(?:proj-|svcacct-)?[A-Za-z0-9_\-]{32,})"),
    ("stripe_key", r"\b((?:sk|rk)_live_[0-9A-Za-z]{20,})"),
    # Canvas LMS access tokens: the issuing shard's number, "~", 64 random letters and digits
    ("canvas_token", r"(?:^|[^\w~])(\d{1,5}~[A-Za-z0-9]{64})(?:$|[^A-Za-z0-9~])"),
    # an HTTP authorisation header pasted from a console or a curl command
    ("bearer_header", r"(?i)\b(?:bearer|authorization:\s*basic)\s+([A-Za-z0-9._~+/\-]{20,}={0,2})"),
    # Azure storage and service-bus connection strings
    ("azure_key", r"\b(?:AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{40,}={0,2})"),
    ("gitlab_token", r"\b(glpat-[A-Za-z0-9_\-]{20,})"),
    ("sendgrid_key", r"\b(SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})\b"),
    ("npm_token", r"\b(npm_[A-Za-z0-9]{36})\b"),
    ("pypi_token", r"\b(pypi-AgE[A-Za-z0-9_\-]{50,})"),
    ("url_credentials", r"\b[a-zA-Z][a-zA-Z0-9+.\-]{1,15}://[^\s:/@<>\"']{1,64}:([^\s/@<>\"']{1,128})@"
                        r"[A-Za-z0-9.\-]+"),
)

# formats whose value must also pass `_looks_random`
_RANDOM_FORMATS = frozenset({"canvas_token", "bearer_header", "azure_key"})

_PLACEHOLDER_SECRETS = frozenset({"password", "passwd", "pass", "pw", "secret", "token", "changeme", "xxxx",
                                  "xxxxxxxx", "****", "********", "redacted", "example", "yourpassword"})


def _accept(ctx, m: Match) -> bool:
    value = m.value.strip()
    lowered = value.lower()
    if lowered in _PLACEHOLDER_SECRETS or lowered.startswith(("${", "{{", "<", "%(", "$")):
        return False
    if "example" in lowered:
        return False  # vendors' documentation samples (AWS's AKIA...EXAMPLE keys) open nothing
    if set(lowered) <= set("x*.-_"):
        return False
    return True


def _accept_random(ctx, m: Match) -> bool:
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


class PrivateKeyDetector:
    """A PEM private-key block from BEGIN to END, or BEGIN and its body when a paste was cut short.

    The END marker is searched within MAX_PEM_CHARS of each BEGIN (a slice, not a lazy regex to the end of
    the text), so a message full of BEGIN lines without an END stays linear."""

    name = "private_key"
    finding_type = "credential"
    triggers = (r"-----BEGIN ",)

    def find(self, ctx) -> Iterable[Candidate]:
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
            yield Candidate(self.finding_type, m.start(), stop, self.name)


DETECTORS = (PrivateKeyDetector(),) + tuple(
    PatternDetector(name=name, finding_type="credential", patterns=(pattern,), group=1,
                    accept=_accept_random if name in _RANDOM_FORMATS else _accept)
    for name, pattern in TOKEN_FORMATS
)
