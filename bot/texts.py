"""User-facing wording, kept out of code: one YAML file per area.

`text("report.received", ticket="AUP-2026-000123")` looks up `received` in the `report` area and fills it with
str.format. A missing key raises at once so a typo cannot reach a user as an empty message.

The platform-neutral areas are handlers/messages/<area>.yaml; a platform's own wording lives beside its adapter
(bot/slack/messages.yaml, bot/gchat/messages.yaml). This module is a leaf (it imports nothing of the project)
one layer below the handlers, because the outbox's routing and the jobs word their deliveries with it too.

No district is named in a template: its name, service desk and number are placeholders ({district}, {desk},
{desk_phone}, {management}, {policy_title}) filled from the loaded policy's `district` block through
`district_values`.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, Protocol

from policy import yaml_loader

_BOT = Path(__file__).resolve().parent
MESSAGES_DIR = _BOT.parent / "handlers" / "messages"
# areas worded beside their adapter: platform syntax and platform limits belong with the platform's code
ADAPTER_AREAS = {"slack": _BOT / "slack" / "messages.yaml", "gchat": _BOT / "gchat" / "messages.yaml"}


def area_path(area: str) -> Path:
    """The file an area's wording lives in."""
    return ADAPTER_AREAS.get(area) or MESSAGES_DIR / f"{area}.yaml"


@cache
def _area(area: str) -> dict[str, str]:
    return load_area(area_path(area))


def load_area(path: Path) -> dict[str, str]:
    """An area's messages as its file holds them (kept parsed between processes: policy/yaml_loader.py)."""
    data = yaml_loader.load_file(path) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of message keys to text")
    return data


class DistrictFacts(Protocol):
    """What `district_values` reads of the loaded policy's district (policy.document.District); named here as a
    protocol so this leaf still imports nothing of the project."""

    def message_values(self) -> dict[str, str]: ...


def district_values(district: DistrictFacts | None) -> dict[str, str]:
    """The district's placeholders for a message, from the loaded policy's district block (PolicyBundle.district).
    None (a rendering with no policy at hand) and facts the district leaves blank fall back to generic wording, so
    a reply still goes out."""
    fallback: Any = _area("common")["district_fallback"]   # a mapping, where the other keys hold text
    out = {k: str(v) for k, v in fallback.items()}
    if district is not None:
        out.update({k: v for k, v in district.message_values().items() if v})
    return out


def text(key: str, **values: Any) -> str:
    area, _, name = key.partition(".")
    try:
        template = _area(area)[name]
    except (KeyError, FileNotFoundError):
        raise KeyError(f"no user message {key!r} in {area_path(area)}") from None
    return template.format(**values) if values else template
