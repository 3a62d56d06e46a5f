"""Email over SMTP: `AUPBOT_SMTP_URL` = smtp://[user:password@]host:port[?starttls=true&cafile=PATH]
or smtps://... for TLS from the first byte.

The idempotency key becomes the Message-ID, so a message resent after a crash is recognisably the same message
to the service desk's mail intake (which de-duplicates on it) and to anyone reading the thread.
"""
from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote, urlsplit

from bot.delivery import DeliveryError
from bot.delivery.markup import header_safe

if TYPE_CHECKING:
    from bot.settings import Settings

TRUE = {"1", "true", "yes", "on"}


class SmtpConfigError(ValueError):
    """AUPBOT_SMTP_URL is malformed; the message never repeats the password."""


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    implicit_tls: bool
    starttls: bool
    user: str
    password: str
    cafile: str | None

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


def parse_url(url: str) -> SmtpServer:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("smtp", "smtps"):
        raise SmtpConfigError("AUPBOT_SMTP_URL must start with smtp:// or smtps://")
    if not parts.hostname:
        raise SmtpConfigError("AUPBOT_SMTP_URL has no host (smtp://host:port)")
    try:
        port = parts.port or (465 if parts.scheme == "smtps" else 25)
    except ValueError:
        raise SmtpConfigError("AUPBOT_SMTP_URL has an invalid port") from None
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    unknown = set(query) - {"starttls", "cafile"}
    if unknown:
        raise SmtpConfigError(f"AUPBOT_SMTP_URL: unknown option(s) {', '.join(sorted(unknown))} "
                              "(known: starttls, cafile)")
    return SmtpServer(host=parts.hostname, port=port, implicit_tls=parts.scheme == "smtps",
                      starttls=query.get("starttls", "").lower() in TRUE,
                      user=unquote(parts.username or ""), password=unquote(parts.password or ""),
                      cafile=query.get("cafile") or None)


def _connect(server: SmtpServer, timeout: float) -> smtplib.SMTP:
    context = ssl.create_default_context(cafile=server.cafile) if (server.implicit_tls or server.starttls) else None
    if server.implicit_tls:
        client: smtplib.SMTP = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout, context=context)
    else:
        client = smtplib.SMTP(server.host, server.port, timeout=timeout)
    try:
        client.ehlo()
        if server.starttls:
            client.starttls(context=context)
            client.ehlo()
        if server.user:
            client.login(server.user, server.password)
    except BaseException:
        client.close()
        raise
    return client


def _failure(server: SmtpServer, exc: BaseException) -> DeliveryError:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = {code for code, _ in exc.recipients.values()}
        return DeliveryError(f"SMTP {server.where}: recipient refused ({', '.join(map(str, sorted(codes)))})",
                             retryable=not all(500 <= c < 600 for c in codes))
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        # retried: a wrong password is fixed in configuration, and the row should then go out by itself
        return DeliveryError(f"SMTP {server.where}: login refused ({exc.smtp_code})")
    if isinstance(exc, smtplib.SMTPResponseException):
        return DeliveryError(f"SMTP {server.where}: server answered {exc.smtp_code}",
                             retryable=not (500 <= exc.smtp_code < 600 and exc.smtp_code != 554))
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return DeliveryError(f"SMTP {server.where}: no answer in time")
    if isinstance(exc, ssl.SSLError):
        return DeliveryError(f"SMTP {server.where}: TLS failed ({exc.reason or type(exc).__name__})")
    return DeliveryError(f"SMTP {server.where}: {type(exc).__name__} ({getattr(exc, 'strerror', None) or 'failed'})")


def message_id(idempotency_key: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-." else "." for ch in idempotency_key)
    return f"<{safe}@aupbot>"


def build_message(settings: Settings, target: str, payload: dict[str, Any], idempotency_key: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.smtp_from
    msg["To"] = target
    msg["Subject"] = header_safe(payload.get("subject", ""))
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = message_id(idempotency_key)
    msg["X-Aupbot-Idempotency-Key"] = idempotency_key
    if payload.get("ticket"):
        msg["X-Aupbot-Ticket"] = header_safe(payload["ticket"])
    msg.set_content(payload.get("body", ""))
    return msg


def available(settings: Settings, target: str) -> bool:
    return bool(settings.smtp_url and target)


def send(settings: Settings, target: str, payload: dict[str, Any], idempotency_key: str) -> str | None:
    try:
        server = parse_url(settings.smtp_url)
    except SmtpConfigError as exc:
        raise DeliveryError(str(exc)) from None
    msg = build_message(settings, target, payload, idempotency_key)
    try:
        client = _connect(server, settings.delivery_timeout)
        try:
            client.send_message(msg)
        finally:
            _hang_up(client)
    except (smtplib.SMTPException, OSError) as exc:
        raise _failure(server, exc) from None
    return msg["Message-ID"]


def _hang_up(client: smtplib.SMTP) -> None:
    """QUIT without waiting for the server's 221. The message is the server's once it answered 250 to DATA;
    until the outbox commits that, a crash resends it (same Message-ID). Waiting for the goodbye (up to the
    delivery timeout on a slow server) would only keep that window open longer."""
    try:
        client.putcmd("quit")
    except (smtplib.SMTPException, OSError):
        pass
    client.close()


def check(settings: Settings) -> str | None:
    """Start-up check: None when the server answers (and accepts the login), else a message naming the problem."""
    if not settings.smtp_url:
        return None
    try:
        server = parse_url(settings.smtp_url)
    except SmtpConfigError as exc:
        return str(exc)
    try:
        client = _connect(server, min(settings.delivery_timeout, 10.0))
        client.noop()
        client.quit()
    except (smtplib.SMTPException, OSError) as exc:
        return f"{_failure(server, exc)} (AUPBOT_SMTP_URL); reports are kept and mail waits in the outbox"
    return None
