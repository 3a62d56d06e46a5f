"""A generic JSON webhook (a district's own automation, a Teams/Zapier relay): the same POST, no auth header;
a secret, if any, travels in the configured URL."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.delivery.http_json import post_json

if TYPE_CHECKING:
    from bot.settings import Settings


def available(settings: Settings, target: str) -> bool:
    return bool(target)


def send(settings: Settings, target: str, payload: dict[str, Any], idempotency_key: str) -> str | None:
    post_json(target, payload, idempotency_key=idempotency_key, timeout=settings.delivery_timeout)
    return None
