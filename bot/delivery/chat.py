"""Chat posts (IT channel posts, reporter notifications) through senders the chat adapters register.

A target is platform-qualified ("slack:C123", "slack:U123", "gchat:spaces/AAA", "gchat:users/9"); the sender
registered for the platform receives the part after the first colon. A process without that platform's
sender (the CLI's `aupbot deliver`) leaves the row for the process that has it instead of burning attempts.

A row may carry an image (`payload["image"]`: base64 with a file name, alt text and the figures it draws, as the
weekly digest queues its chart). Senders that declare an `image` keyword receive it as a `ChatImage`; senders
with the original three parameters still get the text alone. A sender that accepts an image owns its
idempotency: a retry must not post the picture twice.
"""
from __future__ import annotations

import base64
import binascii
import inspect
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.delivery import DeliveryError

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

Sender = Callable[..., None]   # (target, text, idempotency_key[, *, image=ChatImage]); raises on failure
_SENDERS: dict[str, Sender] = {}
_TAKES_IMAGE: dict[str, bool] = {}


@dataclass(frozen=True)
class ChatImage:
    """A picture to post with the text. `figures` are the numbers it draws, as (panel title, ((label, value),
    ...)) pairs, for platforms whose apps cannot upload files and show the figures as text instead."""

    data: bytes
    filename: str
    content_type: str = "image/png"
    alt: str = ""
    figures: tuple[tuple[str, tuple[tuple[str, int], ...]], ...] = ()


def _takes_image(fn: Sender) -> bool:
    try:
        parameters = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):   # a builtin or C callable: give it the three arguments it was built for
        return False
    return any(p.name == "image" or p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters)


def image_from_payload(payload: dict[str, Any]) -> ChatImage | None:
    """The row's image, or None when it has none or it cannot be read (the text still goes out: a digest
    without its chart beats no digest; the reason is logged without the payload)."""
    raw = payload.get("image")
    if not isinstance(raw, dict) or not raw.get("base64"):
        return None
    try:
        data = base64.b64decode(raw["base64"], validate=True)
        figures = tuple((str(panel["title"]), tuple((str(label), int(n)) for label, n in panel.get("rows", ())))
                        for panel in raw.get("figures") or ())
    except (binascii.Error, ValueError, TypeError, KeyError) as exc:
        log.warning("chat: the row's image is unreadable (%s); sending the text alone", type(exc).__name__)
        return None
    return ChatImage(data=data, filename=str(raw.get("filename") or "image.png"),
                     content_type=str(raw.get("content_type") or "image/png"), alt=str(raw.get("alt") or ""),
                     figures=figures)


# Platforms whose people have no chat to notify (the local console and the CLI).
LOCAL_PLATFORMS = frozenset({"console", "cli", "system"})


def register_sender(platform: str, fn: Sender) -> None:
    _SENDERS[platform] = fn
    _TAKES_IMAGE[platform] = _takes_image(fn)


def unregister_sender(platform: str) -> None:
    _SENDERS.pop(platform, None)
    _TAKES_IMAGE.pop(platform, None)


def split_target(target: str) -> tuple[str, str]:
    platform, _, rest = target.partition(":")
    return platform, rest


def available(settings: Settings, target: str) -> bool:
    return split_target(target)[0] in _SENDERS


def send(settings: Settings, target: str, payload: dict[str, Any], idempotency_key: str) -> str | None:
    platform, rest = split_target(target)
    sender = _SENDERS.get(platform)
    if sender is None:
        raise DeliveryError(f"no chat sender registered for {platform!r} in this process")
    image = image_from_payload(payload) if _TAKES_IMAGE.get(platform) else None
    try:
        if image is not None:
            sender(rest, payload["text"], idempotency_key, image=image)
        else:
            sender(rest, payload["text"], idempotency_key)
    except DeliveryError:
        raise
    except Exception as exc:  # a sender's own error type: the reason's class name only, no payload text
        raise DeliveryError(f"{platform} post failed ({type(exc).__name__}: {str(exc)[:120]})") from None
    return None
