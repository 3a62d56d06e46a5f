"""Is this request really from Google Chat? Checked on every request, before the body is even parsed.

Chat puts a Google-signed JWT in `Authorization: Bearer ...`. With the "project number" audience the token's
issuer is chat@system.gserviceaccount.com, signed by the keys published at AUPBOT_GCHAT_CERTS_URL; with the
"HTTP endpoint URL" audience it is a Google ID token (issuer accounts.google.com) whose email is that same
account, signed by Google's OAuth keys (point AUPBOT_GCHAT_CERTS_URL at https://www.googleapis.com/oauth2/v1/certs
then). Either way google-auth's `jwt.decode` checks the signature, expiry and audience; we check the issuer.

Certificates are cached for the max-age Google sends, and fetched again at once when a token names a key id we
do not hold (Google rotates keys), at most every few seconds so forged key ids cannot make us hammer Google.
"""
from __future__ import annotations

import json
import logging
import re
import threading
import time

import google.auth.exceptions
import google.auth.transport.requests
import requests
from google.auth import jwt

log = logging.getLogger("aupbot.gchat.verify")

CHAT_ISSUER = "chat@system.gserviceaccount.com"
ID_TOKEN_ISSUERS = ("accounts.google.com", "https://accounts.google.com")
CLOCK_SKEW_SECONDS = 10
DEFAULT_CERTS_MAX_AGE = 300
MIN_REFETCH_SECONDS = 5


class Unauthorized(Exception):
    """The request does not carry a valid Chat token; the message says why, never the token."""


class CertsUnavailable(Exception):
    """Google's certificates could not be fetched, so no token can be checked right now."""


class ChatTokenVerifier:
    def __init__(self, audience: str, certs_url: str, *, session: requests.Session | None = None) -> None:
        if not audience:
            raise ValueError("AUPBOT_GCHAT_AUDIENCE is not set")
        self.audience = audience
        self.certs_url = certs_url
        self._request = google.auth.transport.requests.Request(session or requests.Session())
        self._lock = threading.Lock()
        self._certs: dict[str, str] = {}
        self._expires_at = 0.0
        self._fetched_at = 0.0

    def verify(self, authorization: str | None) -> dict:
        """The token's claims, or Unauthorized."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized("missing bearer token")
        token = token.strip()
        try:
            claims = self._decode(token, self._current_certs())
        except _UnknownKey:
            try:
                claims = self._decode(token, self._current_certs(force=True))
            except _UnknownKey:
                raise Unauthorized("token signed with an unknown key") from None
        issuer = claims.get("iss")
        if issuer == CHAT_ISSUER:
            return claims
        if issuer in ID_TOKEN_ISSUERS and claims.get("email") == CHAT_ISSUER and claims.get("email_verified"):
            return claims
        raise Unauthorized("token not issued by Google Chat")

    def _decode(self, token: str, certs: dict[str, str]) -> dict:
        try:
            return jwt.decode(token, certs=certs, audience=self.audience, clock_skew_in_seconds=CLOCK_SKEW_SECONDS)
        except (ValueError, google.auth.exceptions.GoogleAuthError) as exc:
            reason = str(exc)
            if "not found" in reason and "key id" in reason.lower():
                raise _UnknownKey() from None
            # google-auth's messages name claims and times, not the token; keep only the first clause
            raise Unauthorized(_short(reason)) from None

    def _current_certs(self, force: bool = False) -> dict[str, str]:
        with self._lock:
            now = time.monotonic()
            if force:
                if now - self._fetched_at < MIN_REFETCH_SECONDS:
                    raise Unauthorized("token signed with an unknown key")
            elif self._certs and now < self._expires_at:
                return self._certs
            try:
                response = self._request(self.certs_url, method="GET")
            except google.auth.exceptions.TransportError as exc:
                raise CertsUnavailable(f"cannot fetch Chat certificates: {type(exc).__name__}") from None
            if response.status != 200:
                raise CertsUnavailable(f"cannot fetch Chat certificates: HTTP {response.status}")
            try:
                certs = json.loads(response.data)
            except ValueError:
                raise CertsUnavailable("Chat certificates are not JSON") from None
            if not isinstance(certs, dict) or not certs:
                raise CertsUnavailable("Chat certificates are empty")
            self._certs = {str(k): str(v) for k, v in certs.items()}
            self._fetched_at = now
            self._expires_at = now + _max_age(response.headers.get("cache-control", ""))
            return self._certs


class _UnknownKey(Exception):
    pass


def _max_age(cache_control: str) -> float:
    match = re.search(r"max-age=(\d+)", cache_control or "")
    return float(match.group(1)) if match else float(DEFAULT_CERTS_MAX_AGE)


def _short(reason: str) -> str:
    reason = reason.split(":")[0].strip() or "invalid token"
    return reason[:120]
