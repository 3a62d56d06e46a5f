"""Transports that carry outbox rows out of the bot: one small module each, listed once in `TRANSPORTS`.

A transport module exposes `send(settings, target, payload, idempotency_key) -> str | None` (the remote
reference, e.g. the incident number) and raises `DeliveryError` on failure; `available(settings, target)`
says whether this process can send that row at all (a chat platform whose adapter is not loaded here).
"""
from __future__ import annotations

import importlib
from types import ModuleType


class DeliveryError(RuntimeError):
    """A failed attempt. `retryable` False means no retry can help (a 4xx rejection); the message is safe to
    store and show: it names the endpoint and the reason, never the payload."""

    def __init__(self, message: str, *, retryable: bool = True) -> None:
        super().__init__(message)
        self.retryable = retryable


# One line per transport module (see STYLE.md: explicit registration).
TRANSPORTS: dict[str, str] = {
    "smtp": "bot.delivery.smtp",
    "servicenow": "bot.delivery.servicenow",
    "webhook": "bot.delivery.webhook",
    "chat": "bot.delivery.chat",
}


def transport(name: str) -> ModuleType:
    try:
        return importlib.import_module(TRANSPORTS[name])
    except KeyError:
        raise DeliveryError(f"unknown transport {name!r}", retryable=False) from None
