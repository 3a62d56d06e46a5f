"""Is this request really from Google Chat? Checked on every request, before the body is even parsed.

Chat puts a Google-signed JWT in `Authorization: Bearer ...`. With the "project number" audience the token's
issuer is chat@system.gserviceaccount.com, signed by the keys published at AUPBOT_GCHAT_CERTS_URL; with the
"HTTP endpoint URL" audience it is a Google ID token (issuer accounts.google.com) whose email is that same
account, signed by Google's OAuth keys (point AUPBOT_GCHAT_CERTS_URL at https://www.googleapis.com/oauth2/v1/certs
then). Either way google-auth's `jwt.decode` checks the signature, expiry and audience; we check the issuer.

No request ever waits on Google (issue 12, item 1: a hanging certificate URL once held every worker thread):
- the certificates are fetched by a background thread, at start and again before the max-age Google sends
  runs out, with a short timeout; a failed fetch keeps the last good set and is retried with a back-off;
- a token is checked for shape first (three base64url parts, a small JSON header, alg RS256, a key id), so
  garbage is refused without looking at any certificate;
- a well-formed token naming a key id we do not hold asks the thread for a fresh set at most once every
  UNKNOWN_KID_REFETCH_SECONDS; only the request that asked waits for it, and no longer than the fetch timeout.
With no certificate set at all (Google unreachable since start) a request is answered 503 at once.

A Chat app published as a Google Workspace add-on gets a different token: a Google ID token of the add-on's own
service account (service-<project number>@gcp-sa-gsuiteaddons.iam.gserviceaccount.com) whose audience is the
endpoint URL, signed by Google's OAuth keys. `verifier_for` accepts that kind beside Chat's when
AUPBOT_GCHAT_ADDON_AUDIENCE and AUPBOT_GCHAT_ADDON_EMAIL are set; each kind keeps its own fetcher.
"""
from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import threading
import time

import google.auth.exceptions
import google.auth.transport.requests
import requests
from google.auth import jwt

from bot.logsafe import loggable
from bot.settings import Settings

log = logging.getLogger("aupbot.gchat.verify")

CHAT_ISSUER = "chat@system.gserviceaccount.com"
ID_TOKEN_ISSUERS = ("accounts.google.com", "https://accounts.google.com")
ALGORITHM = "RS256"  # the only one Google signs Chat tokens and ID tokens with
CLOCK_SKEW_SECONDS = 10
DEFAULT_CERTS_MAX_AGE = 300
MIN_REFRESH_SECONDS = 60           # however short a max-age Google (or a stand-in) sends
MAX_REFRESH_SECONDS = 6 * 3600
FETCH_TIMEOUT_SECONDS = 3.0        # connect and read, each
RETRY_SECONDS = (2.0, 5.0, 15.0, 30.0, 60.0)   # after failed fetches; the last repeats
UNKNOWN_KID_REFETCH_SECONDS = 30.0
MAX_TOKEN_CHARS = 8192             # Chat's tokens are about 1 KB
MAX_HEADER_CHARS = 1024            # their header is {"alg":"RS256","kid":"...","typ":"JWT"}
MAX_KID_CHARS = 128
_B64URL = re.compile(r"[A-Za-z0-9_-]+={0,2}")


class Unauthorized(Exception):
    """The request does not carry a valid Chat token; the message says why, never the token."""


class CertsUnavailable(Exception):
    """Google's certificates could not be fetched, so no token can be checked right now."""


class ChatTokenVerifier:
    """One kind of token: one audience, one certificate set, one signer. `id_token_email` is the account whose
    Google ID tokens are accepted; `chat_issuer` whether Chat's own project-number JWTs are (a Workspace add-on's
    tokens are ID tokens of its own service account only)."""

    def __init__(self, audience: str, certs_url: str, *, session: requests.Session | None = None,
                 id_token_email: str = CHAT_ISSUER, chat_issuer: bool = True) -> None:
        if not audience:
            raise ValueError("AUPBOT_GCHAT_AUDIENCE is not set")
        self.audience = audience
        self.certs_url = certs_url
        self.id_token_email = id_token_email
        self.chat_issuer = chat_issuer
        self._request = google.auth.transport.requests.Request(session or requests.Session())
        self._certs: dict[str, str] = {}          # the last good set; replaced whole, never mutated
        self._last_error = "not fetched yet"
        self._start_lock = threading.Lock()       # guards starting the thread only, never a fetch
        self._thread: threading.Thread | None = None
        self._wake = threading.Event()            # asks the thread to fetch now
        self._stopping = threading.Event()
        self._attempts = 0                        # fetch attempts finished, under _done
        self._done = threading.Condition()
        self._refetch_asked_at = float("-inf")

    # -- the background fetcher -------------------------------------------------------------------------------

    def start(self, wait_seconds: float = FETCH_TIMEOUT_SECONDS + 1) -> None:
        """Start the fetcher (once) and wait up to `wait_seconds` for its first attempt to finish."""
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="gchat-certs", daemon=True)
                self._thread.start()
        self._wait_for_attempt(0, wait_seconds)

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()

    def _run(self) -> None:
        failures = 0
        while not self._stopping.is_set():
            max_age = self._fetch()
            if max_age is None:
                delay = RETRY_SECONDS[min(failures, len(RETRY_SECONDS) - 1)]
                failures += 1
            else:
                delay = min(max(max_age * 0.9, MIN_REFRESH_SECONDS), MAX_REFRESH_SECONDS)
                failures = 0
            self._wake.wait(delay)
            self._wake.clear()

    def _fetch(self) -> float | None:
        """One attempt: the max-age of the new set, or None (the last good set stays)."""
        try:
            response = self._request(self.certs_url, method="GET", timeout=FETCH_TIMEOUT_SECONDS)
            if response.status != 200:
                raise CertsUnavailable(f"HTTP {response.status}")
            certs = json.loads(response.data)
            if not isinstance(certs, dict) or not certs:
                raise CertsUnavailable("an empty or non-object certificate set")
            self._certs = {str(k): str(v) for k, v in certs.items()}
            self._last_error = ""
            return _max_age(response.headers.get("cache-control", ""))
        except google.auth.exceptions.TransportError as exc:
            self._last_error = type(exc.__cause__ or exc).__name__
        except (ValueError, RecursionError):
            self._last_error = "the certificates are not JSON"
        except CertsUnavailable as exc:
            self._last_error = str(exc)
        finally:
            with self._done:
                self._attempts += 1
                self._done.notify_all()
        log.warning("cannot fetch Chat certificates (%s); %s", loggable(self._last_error),
                    "keeping the last good set" if self._certs else "Chat requests get 503 until a fetch succeeds")
        return None

    def _wait_for_attempt(self, after: int, seconds: float) -> None:
        """Wait (no lock held by the caller) until more than `after` fetch attempts have finished."""
        with self._done:
            self._done.wait_for(lambda: self._attempts > after, timeout=seconds)

    def _refetch_for_unknown_key(self) -> bool:
        """Ask for a fresh set, at most once per UNKNOWN_KID_REFETCH_SECONDS; True if this caller asked (and
        has waited, up to the fetch timeout, for the answer)."""
        with self._done:
            now = time.monotonic()
            if now - self._refetch_asked_at < UNKNOWN_KID_REFETCH_SECONDS:
                return False
            self._refetch_asked_at = now
            attempts = self._attempts
        self._wake.set()
        self._wait_for_attempt(attempts, FETCH_TIMEOUT_SECONDS + 0.5)
        return True

    # -- checking a token -------------------------------------------------------------------------------------

    def verify(self, authorization: str | None) -> dict:
        """The token's claims, or Unauthorized (or CertsUnavailable when no certificate set was ever fetched)."""
        scheme, _, token = (authorization or "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise Unauthorized("missing bearer token")
        kid = _key_id(token)                      # shape first: garbage costs no certificate lookup
        if self._thread is None:                  # used without start() (tests, scripts): start now
            self.start()
        certs = self._certs
        if kid not in certs:
            if not certs:
                raise CertsUnavailable(f"cannot fetch Chat certificates: {self._last_error}")
            if not self._refetch_for_unknown_key() or kid not in self._certs:
                raise Unauthorized("token signed with an unknown key")
            certs = self._certs
        claims = self._decode(token, {kid: certs[kid]})
        issuer = claims.get("iss")
        if issuer == CHAT_ISSUER and self.chat_issuer:
            return claims
        if issuer in ID_TOKEN_ISSUERS and claims.get("email") == self.id_token_email and claims.get("email_verified"):
            return claims
        raise Unauthorized("token not issued by Google Chat")

    def holds(self, kid: str) -> bool:
        """Whether the current certificate set has this key (no fetch)."""
        return kid in self._certs

    @property
    def has_certs(self) -> bool:
        return bool(self._certs)

    def _decode(self, token: str, certs: dict[str, str]) -> dict:
        try:
            return jwt.decode(token, certs=certs, audience=self.audience, clock_skew_in_seconds=CLOCK_SKEW_SECONDS)
        except (ValueError, RecursionError, google.auth.exceptions.GoogleAuthError) as exc:
            # google-auth's messages name claims and times, and sometimes quote the token: the first clause only
            raise Unauthorized(_short(str(exc))) from None


class AnyOfVerifiers:
    """Several accepted token kinds (a Chat app's and a Workspace add-on's): the one holding the token's key
    checks it. The shape check runs once, first, so garbage still costs no certificate lookup; a key no kind
    holds is tried with each kind, whose own refetch limit applies. 503 only when no kind has certificates."""

    def __init__(self, verifiers: list[ChatTokenVerifier]) -> None:
        if not verifiers:
            raise ValueError("no Google Chat token kind is configured")
        self.verifiers = verifiers

    def start(self, wait_seconds: float = FETCH_TIMEOUT_SECONDS + 1) -> None:
        for verifier in self.verifiers:
            verifier.start(wait_seconds)

    def stop(self) -> None:
        for verifier in self.verifiers:
            verifier.stop()

    def verify(self, authorization: str | None) -> dict:
        scheme, _, token = (authorization or "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise Unauthorized("missing bearer token")
        kid = _key_id(token)
        holders = [v for v in self.verifiers if v.holds(kid)]
        refusal: Exception | None = None
        for verifier in holders or self.verifiers:
            try:
                return verifier.verify(authorization)
            except Unauthorized as exc:   # audience, issuer or signature of another kind: the next may accept
                refusal = exc
            except CertsUnavailable as exc:
                refusal = refusal or exc
        if isinstance(refusal, CertsUnavailable) and any(v.has_certs for v in self.verifiers):
            raise Unauthorized("token signed with an unknown key")
        raise refusal


def verifier_for(settings: Settings) -> AnyOfVerifiers:
    """The token kinds the settings accept: Chat's (AUPBOT_GCHAT_AUDIENCE) and a Workspace add-on's
    (AUPBOT_GCHAT_ADDON_AUDIENCE, the endpoint URL, with the add-on's service account AUPBOT_GCHAT_ADDON_EMAIL)."""
    kinds = []
    if settings.gchat_audience:
        kinds.append(ChatTokenVerifier(settings.gchat_audience, settings.gchat_certs_url))
    if settings.gchat_addon_audience and settings.gchat_addon_email:
        kinds.append(ChatTokenVerifier(settings.gchat_addon_audience, settings.gchat_addon_certs_url,
                                       id_token_email=settings.gchat_addon_email, chat_issuer=False))
    return AnyOfVerifiers(kinds)


def _key_id(token: str) -> str:
    """The key id of a token shaped like a Google-signed JWT, or Unauthorized naming what is wrong."""
    if len(token) > MAX_TOKEN_CHARS:
        raise Unauthorized("token too long")
    parts = token.split(".")
    if len(parts) != 3 or not all(_B64URL.fullmatch(p) for p in parts):
        raise Unauthorized("token is not three base64url parts")
    if len(parts[0]) > MAX_HEADER_CHARS:
        raise Unauthorized("token header too long")
    try:
        header = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)).decode("utf-8"))
    except (ValueError, binascii.Error, RecursionError):   # RecursionError: JSON nested thousands deep
        raise Unauthorized("token header is not JSON") from None
    if not isinstance(header, dict):
        raise Unauthorized("token header is not a JSON object")
    if header.get("alg") != ALGORITHM:
        raise Unauthorized(f"token algorithm {loggable(header.get('alg'), 40)} is not {ALGORITHM}")
    kid = header.get("kid")
    if not isinstance(kid, str) or not kid or len(kid) > MAX_KID_CHARS:
        raise Unauthorized("token names no usable key id")
    return kid


def _max_age(cache_control: str) -> float:
    match = re.search(r"max-age=(\d+)", cache_control or "")
    return float(match.group(1)) if match else float(DEFAULT_CERTS_MAX_AGE)


def _short(reason: str) -> str:
    return loggable(reason.split(":")[0].strip() or "invalid token", 120)
