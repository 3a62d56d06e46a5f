"""User-facing wording, kept out of code: one YAML file per area under handlers/messages/.

`text("report.received", ticket="AUP-2026-000123")` looks up `received` in messages/report.yaml and fills
it with str.format. A missing key raises at once so a typo cannot reach a user as an empty message.
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


def text(key: str, **values: Any) -> str:
    area, _, name = key.partition(".")
    try:
        template = _area(area)[name]
    except (KeyError, FileNotFoundError):
        raise KeyError(f"no user message {key!r} in handlers/messages/{area}.yaml") from None
    return template.format(**values) if values else template
