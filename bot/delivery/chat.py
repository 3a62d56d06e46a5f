"""Chat posts (IT channel posts, reporter notifications) through senders the chat adapters register.

A target is platform-qualified ("slack:C123", "slack:U123", "gchat:spaces/AAA", "gchat:users/9"); the sender
registered for the platform receives the part after the first colon. A process without that platform's
sender (the CLI's `aupbot deliver`) leaves the row for the process that has it instead of burning attempts.
"""
from __future__ import annotations

from typing import Any, Callable

from bot.delivery import DeliveryError

Sender = Callable[[str, str, str], None]   # (target, text, idempotency_key); raises on failure
_SENDERS: dict[str, Sender] = {}

# Platforms whose people have no chat to notify (the local console and the CLI).
LOCAL_PLATFORMS = frozenset({"console", "cli", "system"})


def register_sender(platform: str, fn: Sender) -> None:
    _SENDERS[platform] = fn


def unregister_sender(platform: str) -> None:
    _SENDERS.pop(platform, None)


def split_target(target: str) -> tuple[str, str]:
    platform, _, rest = target.partition(":")
    return platform, rest


def available(settings, target: str) -> bool:
    return split_target(target)[0] in _SENDERS


def send(settings, target: str, payload: dict[str, Any], idempotency_key: str) -> str | None:
    platform, rest = split_target(target)
    sender = _SENDERS.get(platform)
    if sender is None:
        raise DeliveryError(f"no chat sender registered for {platform!r} in this process")
    try:
        sender(rest, payload["text"], idempotency_key)
    except DeliveryError:
        raise
    except Exception as exc:  # a sender's own error type: the reason's class name only, no payload text
        raise DeliveryError(f"{platform} post failed ({type(exc).__name__}: {str(exc)[:120]})") from None
    return None
