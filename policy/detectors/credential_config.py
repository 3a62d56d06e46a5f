"""Secrets in pasted configuration: `.env` lines, JSON and YAML keys such as DB_PASS=..., "api_key": "...".

The key names a secret; the value must be a literal that looks like one. Code that reads the secret from
somewhere else (os.environ["DB_PASS"], ${DB_PASS}, process.env.X, a variable name) discloses nothing.
"""
from __future__ import annotations

from policy.detectors.base import Match, PatternDetector
from policy.detectors.credential_statements import looks_like_password
from policy.detectors.exclusions import is_template

_KEY = (r"[A-Za-z0-9_.\-]*(?:pass|passwd|password|pwd|secret|token|api_?key|apikey|access_?key|private_?key"
        r"|client_?secret|auth_?key|credentials?)[A-Za-z0-9_.\-]*")


def _accept(ctx, m: Match) -> bool:
    value = m.value
    # a closing brace ends the value unless more of the value follows it ("Rq{{7}}mLx2!" is one value)
    if value.startswith("${") and ctx.text[m.end:m.end + 1] == "}":
        value += "}"  # the pattern stops before a closing brace: "${DB_PASS}" is read whole
    if "(" in value or "[" in value or is_template(value):
        return False  # code that reads the secret elsewhere, or wholly a placeholder
    return looks_like_password(value) or (len(value) >= 20 and sum(c.isdigit() for c in value) >= 2)


DETECTORS = (
    PatternDetector(
        name="credential_config",
        finding_type="credential",
        patterns=(r"(?i)(?:^|[\s{,\"'`])" + _KEY + r"[\"'`]?[ \t]*(?::=|=>|->|[=:])[ \t]*[\"'`]?([^\s\"'`,;}](?:[^\s\"'`,;}]|\}+[^\s\"'`,;}]){5,199})",),
        group=1,
        accept=_accept,
    ),
)
