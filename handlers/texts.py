"""User-facing wording, kept out of code: one YAML file per area under handlers/messages/.

`text("report.received", ticket="AUP-2026-000123")` looks up `received` in messages/report.yaml and fills
it with str.format. A missing key raises at once so a typo cannot reach a user as an empty message.

No district is named in a template: its name, service desk and number are placeholders ({district}, {desk},
{desk_phone}, {management}) filled from the policy file's `district` block through `district_values`.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

MESSAGES_DIR = Path(__file__).resolve().parent / "messages"


@lru_cache(maxsize=None)
def _area(area: str) -> dict[str, str]:
    path = MESSAGES_DIR / f"{area}.yaml"
    with path.open(encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of message keys to text")
    return data


def district_values(policy_path: Path | str | None) -> dict[str, str]:
    """The district's placeholders for a message, from the policy file the settings name. A reply must still
    go out when that file cannot be read (it is checked at start-up), so the fallback is generic wording."""
    try:
        from policy.document import load_policy

        values = load_policy(Path(policy_path)).district.message_values() if policy_path else {}
    except Exception:
        values = {}
    fallback = _area("common")["district_fallback"]
    out = {k: str(v) for k, v in fallback.items()}
    out.update({k: v for k, v in values.items() if v})
    return out


def text(key: str, **values: Any) -> str:
    area, _, name = key.partition(".")
    try:
        template = _area(area)[name]
    except (KeyError, FileNotFoundError):
        raise KeyError(f"no user message {key!r} in handlers/messages/{area}.yaml") from None
    return template.format(**values) if values else template
