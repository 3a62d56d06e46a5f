"""The service desk's REST incident API (ServiceNow table API style: POST a JSON record to the table URL).

The Idempotency-Key header lets the service desk (or a gateway in front of it) answer a retried POST with the
incident it already opened; the ticket is also sent as `correlation_id` so a desk without that header support
can still find duplicates.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.delivery.http_json import post_json

if TYPE_CHECKING:
    from bot.settings import Settings


def available(settings: Settings, target: str) -> bool:
    return bool(target)


def auth_for(settings: Settings) -> tuple[Any, dict[str, str]]:
    if settings.servicedesk_token:
        return None, {"Authorization": f"Bearer {settings.servicedesk_token}"}
    if settings.servicedesk_user:
        return (settings.servicedesk_user, settings.servicedesk_password), {}
    return None, {}


def send(settings: Settings, target: str, payload: dict[str, Any], idempotency_key: str) -> str | None:
    auth, headers = auth_for(settings)
    response = post_json(target, payload, idempotency_key=idempotency_key, timeout=settings.delivery_timeout,
                         auth=auth, headers=headers)
    try:
        result = response.json().get("result") or {}
    except (ValueError, AttributeError):
        return None
    if isinstance(result, dict):
        return str(result.get("number") or result.get("sys_id") or "") or None
    return None
