"""An SMTP server on loopback (aiosmtpd) that parses what it receives and counts messages by Message-ID.

    with SmtpStandIn() as smtp:                      # smtp.url -> "smtp://127.0.0.1:PORT"
        ...
        smtp.messages[0]["Subject"]; smtp.by_message_id; smtp.duplicates()

Options: `fail_next(n)` answers 451 to the next n messages; `slow(s)` delays each 250 by s seconds;
`slow_quit(s)` delays each 221 (the goodbye) by s seconds; `login=("user", "pw")` requires AUTH LOGIN/PLAIN;
`tls=(certfile, keyfile)` offers STARTTLS (see `self_signed_certificate`), or with `implicit_tls=True` speaks
TLS from the first byte (smtps://).
"""
from __future__ import annotations

import asyncio
import datetime as _dt
import ipaddress
import socket
import ssl
import threading
from collections import Counter
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Handler:
    def __init__(self, owner: SmtpStandIn) -> None:
        self.owner = owner

    async def handle_DATA(self, server, session, envelope) -> str:
        owner = self.owner
        with owner.lock:
            if owner._fail_budget > 0:
                owner._fail_budget -= 1
                owner.refused += 1
                return "451 4.3.0 Temporary failure, try again later"
            msg = message_from_bytes(envelope.content, policy=default_policy)
            owner.messages.append(msg)
            owner.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
            owner.by_message_id[str(msg["Message-ID"])] += 1
            owner.raw.append(envelope.content)
            wait = owner._slow_seconds
        if wait:
            await asyncio.sleep(wait)   # accepted, but the client hears so only later (crash window)
        return "250 Message accepted for delivery"

    async def handle_QUIT(self, server, session, envelope) -> str:
        with self.owner.lock:
            wait = self.owner._slow_quit_seconds
        if wait:
            await asyncio.sleep(wait)
        return "221 Bye"


class SmtpStandIn:
    def __init__(self, *, login: tuple[str, str] | None = None, tls: tuple[Path, Path] | None = None,
                 implicit_tls: bool = False) -> None:
        self.lock = threading.Lock()
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.raw: list[bytes] = []
        self.by_message_id: Counter[str] = Counter()
        self.refused = 0
        self._fail_budget = 0
        self._slow_seconds = 0.0
        self._slow_quit_seconds = 0.0
        self.port = free_port()
        self.login = login
        params: dict = {}
        if login:
            params.update(authenticator=self._authenticate, auth_require_tls=bool(tls), auth_required=True)
        ssl_context = None
        if tls:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(tls[0]), str(tls[1]))
            if implicit_tls:   # smtps://: TLS from the first byte
                ssl_context = context
            else:
                params.update(tls_context=context, require_starttls=True)
        self.scheme = "smtps" if ssl_context else "smtp"
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port,
                                     ssl_context=ssl_context, **params)

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = (isinstance(auth_data, LoginPassword) and self.login is not None
              and (auth_data.login.decode(), auth_data.password.decode()) == self.login)
        return AuthResult(success=ok, handled=False)

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def fail_next(self, n: int) -> None:
        with self.lock:
            self._fail_budget = n

    def slow(self, seconds: float) -> None:
        """Record each message at once but answer 250 only after `seconds`."""
        with self.lock:
            self._slow_seconds = seconds

    def slow_quit(self, seconds: float) -> None:
        """Answer QUIT only after `seconds` (a server slow to say goodbye)."""
        with self.lock:
            self._slow_quit_seconds = seconds

    def duplicates(self) -> int:
        """Messages received more than once under the same Message-ID (the count beyond the first)."""
        return sum(n - 1 for n in self.by_message_id.values() if n > 1)

    def bodies(self) -> list[str]:
        return [m.get_body(("plain",)).get_content() for m in self.messages]

    def start(self) -> SmtpStandIn:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def __enter__(self) -> SmtpStandIn:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost, for STARTTLS tests (the client trusts it via cafile=)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = _dt.datetime.now(_dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - _dt.timedelta(minutes=5)).not_valid_after(now + _dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    certfile, keyfile = directory / "smtp-cert.pem", directory / "smtp-key.pem"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return certfile, keyfile
