"""POSTing JSON with an Idempotency-Key, shared by the REST and webhook transports.

Failures are sorted by whether a retry can help: timeouts, refused connections, 408, 429 and 5xx are
retried; other 4xx answers mean the request itself is wrong, so the row goes dead at once and IT is told.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import requests

from bot.delivery import DeliveryError

RETRYABLE_STATUS = {408, 409, 425, 429}


def _where(url: str) -> str:
    """Scheme, host and path only: a URL may carry a token in its query string or user part."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}{':' + str(parts.port) if parts.port else ''}{parts.path}"


def post_json(url: str, body: dict[str, Any], *, idempotency_key: str, timeout: float,
              auth: Any = None, headers: dict[str, str] | None = None) -> requests.Response:
    all_headers = {"Idempotency-Key": idempotency_key, "Accept": "application/json",
                   "User-Agent": "aupbot/0.1", **(headers or {})}
    try:
        response = requests.post(url, json=body, headers=all_headers, auth=auth, timeout=timeout)
    except requests.Timeout:
        raise DeliveryError(f"{_where(url)}: no answer within {timeout:g} s") from None
    except requests.ConnectionError as exc:
        reason = type(getattr(exc, "__context__", None) or exc).__name__
        raise DeliveryError(f"{_where(url)}: cannot connect ({reason})") from None
    except requests.RequestException as exc:
        raise DeliveryError(f"{_where(url)}: request failed ({type(exc).__name__})", retryable=False) from None
    if response.status_code >= 500 or response.status_code in RETRYABLE_STATUS:
        raise DeliveryError(f"{_where(url)}: HTTP {response.status_code}")
    if response.status_code >= 400:
        raise DeliveryError(f"{_where(url)}: HTTP {response.status_code} (rejected)", retryable=False)
    return response
