"""User-facing wording, kept out of code: one YAML file per area.

`text("report.received", ticket="AUP-2026-000123")` looks up `received` in the `report` area and fills it with
str.format. A missing key raises at once so a typo cannot reach a user as an empty message.

The platform-neutral areas are handlers/messages/<area>.yaml; a platform's own wording lives beside its adapter
(bot/slack/messages.yaml, bot/gchat/messages.yaml). This module is a leaf (it imports nothing of the project)
one layer below the handlers, because the outbox's routing and the jobs word their deliveries with it too.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

_BOT = Path(__file__).resolve().parent
MESSAGES_DIR = _BOT.parent / "handlers" / "messages"
# areas worded beside their adapter: platform syntax and platform limits belong with the platform's code
ADAPTER_AREAS = {"slack": _BOT / "slack" / "messages.yaml", "gchat": _BOT / "gchat" / "messages.yaml"}


def area_path(area: str) -> Path:
    """The file an area's wording lives in."""
    return ADAPTER_AREAS.get(area) or MESSAGES_DIR / f"{area}.yaml"


@cache
def _area(area: str) -> dict[str, str]:
    path = area_path(area)
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
        raise KeyError(f"no user message {key!r} in {area_path(area)}") from None
    return template.format(**values) if values else template
