"""The Chat API v1 client: google-api-python-client built from the discovery document the library ships.

`static_discovery=True` means no network call at start-up; the endpoint comes from AUPBOT_GCHAT_API_URL so
tests point it at a loopback stand-in. Credentials are the app's service account through google-auth:

- posting (answers past the deadline, nudges, IT alerts) uses app authentication, scope `chat.bot`;
- reading watched spaces uses app authentication with `chat.app.messages.readonly` (needs a Workspace
  admin's one-time approval), or, when AUPBOT_GCHAT_DELEGATED_USER is set, domain-wide delegation as that
  user with `chat.messages.readonly`;
- downloading a message's attachment (media.download) uses app authentication with `chat.bot`, as Google
  documents for apps, or the delegated user's `chat.messages.readonly` when one is set.

httplib2 connections are not thread-safe, so each thread gets its own authorised connection while the
built services (pure request factories) and the credentials are shared.
"""
from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

import google.auth
import google.auth.exceptions
import google_auth_httplib2
import httplib2
from google.auth import aws, identity_pool
from google.oauth2 import service_account
from googleapiclient import discovery
from googleapiclient.errors import HttpError
from googleapiclient.http import MediaIoBaseDownload

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger("aupbot.gchat.api")

BOT_SCOPE = "https://www.googleapis.com/auth/chat.bot"
APP_READ_SCOPE = "https://www.googleapis.com/auth/chat.app.messages.readonly"
USER_READ_SCOPE = "https://www.googleapis.com/auth/chat.messages.readonly"
HTTP_TIMEOUT_SECONDS = 20


class ChatApiError(Exception):
    """A Chat API call failed. `status` is the HTTP status (0: no answer); `retry_after` in seconds if sent."""

    def __init__(self, status: int, reason: str, retry_after: float | None = None) -> None:
        super().__init__(f"Chat API {status or 'unreachable'}: {reason}")
        self.status = status
        self.retry_after = retry_after

    @property
    def transient(self) -> bool:
        return self.status in (0, 408, 429) or self.status >= 500


@dataclass(frozen=True)
class Page:
    messages: list[dict]
    next_token: str | None


APPLICATION_DEFAULT = "application-default"


def app_credentials(source: str):
    """The app's credentials from a service-account key file, a workload identity federation configuration
    file (for organisations whose policy blocks service-account keys), or, with `application-default`, the
    service account attached to the machine (Cloud Run, GCE, GKE). google-auth reads every one of them."""
    try:
        if source == APPLICATION_DEFAULT:
            credentials, _ = google.auth.default()
        else:
            credentials = _from_file(source)
    except (OSError, ValueError, KeyError, google.auth.exceptions.GoogleAuthError) as exc:
        raise ValueError(f"cannot load the Chat app's credentials ({type(exc).__name__}); "
                         "see docs/gchat.md, 'Credentials'") from None
    if not hasattr(credentials, "with_scopes"):
        raise ValueError("the Chat app's credentials cannot be scoped: use a service account or workload identity")
    return credentials


def _from_file(path: str):
    """Each kind by its own loader: google-auth warns that the generic loader trusts whatever the file says."""
    with open(path, encoding="utf-8") as f:
        info = json.load(f)
    kind = info.get("type") if isinstance(info, dict) else None
    if kind == "service_account":
        return service_account.Credentials.from_service_account_info(info)
    if kind == "external_account":
        source = info.get("credential_source") or {}
        if str(source.get("environment_id", "")).startswith("aws"):
            return aws.Credentials.from_info(info)
        return identity_pool.Credentials.from_info(info)
    raise ValueError("not a service-account key or a workload identity configuration")


class ChatApi:
    def __init__(self, settings: Settings) -> None:
        if not settings.gchat_credentials:
            raise ValueError("AUPBOT_GCHAT_CREDENTIALS is not set")
        base = app_credentials(settings.gchat_credentials)
        self.endpoint = settings.gchat_api_url
        self._bot_credentials = base.with_scopes([BOT_SCOPE])
        if settings.gchat_delegated_user:
            if not isinstance(base, service_account.Credentials):
                raise ValueError("AUPBOT_GCHAT_DELEGATED_USER needs a service-account key: domain-wide delegation "
                                 "signs as the service account, which workload identity cannot do")
            self._read_credentials = base.with_scopes([USER_READ_SCOPE]).with_subject(settings.gchat_delegated_user)
        else:
            self._read_credentials = base.with_scopes([APP_READ_SCOPE])
        self._delegated = bool(settings.gchat_delegated_user)
        self._local = threading.local()
        # The services only build requests; each call runs on the calling thread's own connection.
        self._service = discovery.build("chat", "v1", http=httplib2.Http(), static_discovery=True,
                                        client_options={"api_endpoint": self.endpoint}, cache_discovery=False)

    # -- calls ------------------------------------------------------------------------------------------------

    def list_messages(self, space: str, *, after: str | None = None, page_token: str | None = None,
                      page_size: int = 500) -> Page:
        """One page of `space`'s messages created after the RFC 3339 time `after`, oldest first."""
        kwargs = {"parent": space, "pageSize": page_size, "orderBy": "createTime ASC"}
        if after:
            kwargs["filter"] = f'createTime > "{after}"'
        if page_token:
            kwargs["pageToken"] = page_token
        body = self._execute(self._service.spaces().messages().list(**kwargs), reading=True)
        return Page(body.get("messages", []), body.get("nextPageToken") or None)

    def create_message(self, space: str, message: dict, *, idempotency_key: str | None = None,
                       thread: str | None = None) -> dict:
        """Post as the app. With an idempotency key a retried post cannot appear twice: the key becomes the
        client-assigned message id, and "already exists" counts as success."""
        kwargs: dict = {"parent": space, "body": dict(message)}
        if thread:
            kwargs["body"]["thread"] = {"name": thread}
            kwargs["messageReplyOption"] = "REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD"
        if idempotency_key:
            kwargs["messageId"] = client_message_id(idempotency_key)
            kwargs["requestId"] = kwargs["messageId"]
        try:
            return self._execute(self._service.spaces().messages().create(**kwargs))
        except ChatApiError as exc:
            if exc.status == 409 and idempotency_key:
                return {"name": f"{space}/messages/{kwargs['messageId']}", "duplicate": True}
            raise

    def find_direct_message(self, user: str) -> str | None:
        """The DM space between `user` (users/123) and the app, or None when the user never opened one."""
        try:
            body = self._execute(self._service.spaces().findDirectMessage(name=user))
        except ChatApiError as exc:
            if exc.status == 404:
                return None
            raise
        return body.get("name")

    def download_attachment(self, resource_name: str, max_bytes: int) -> bytes | None:
        """An uploaded attachment's bytes (attachmentDataRef.resourceName), or None when it is over `max_bytes`.
        One ranged request for `max_bytes + 1` bytes: a larger file is never held whole in memory."""
        request = self._service.media().download_media(resourceName=resource_name)
        reading = bool(self._delegated)
        request.http = self._http(reading)
        buffer = io.BytesIO()
        downloader = MediaIoBaseDownload(buffer, request, chunksize=max_bytes + 1)
        _, done = self._call(lambda: downloader.next_chunk(num_retries=0), reading)
        if not done or buffer.tell() > max_bytes:
            return None
        return buffer.getvalue()

    # -- plumbing ---------------------------------------------------------------------------------------------

    def _http(self, reading: bool) -> google_auth_httplib2.AuthorizedHttp:
        attr = "read_http" if reading else "bot_http"
        http = getattr(self._local, attr, None)
        if http is None:
            credentials = self._read_credentials if reading else self._bot_credentials
            http = google_auth_httplib2.AuthorizedHttp(credentials, http=httplib2.Http(timeout=HTTP_TIMEOUT_SECONDS))
            setattr(self._local, attr, http)
        return http

    def _execute(self, request, *, reading: bool = False) -> dict:
        return self._call(lambda: request.execute(http=self._http(reading)) or {}, reading)

    def _call(self, run, reading: bool):
        try:
            return run()
        except HttpError as exc:
            status = int(getattr(exc.resp, "status", 0) or 0)
            retry_after = _retry_after(exc.resp.get("retry-after") if exc.resp is not None else None)
            raise ChatApiError(status, _reason(exc), retry_after) from None
        except (OSError, httplib2.HttpLib2Error) as exc:
            # a dead connection must not stay cached for this thread
            self._local.__dict__.pop("read_http" if reading else "bot_http", None)
            raise ChatApiError(0, type(exc).__name__) from None
        except Exception as exc:  # google-auth refresh errors (token endpoint down or key revoked)
            if type(exc).__module__.startswith("google.auth"):
                raise ChatApiError(0, f"credentials: {type(exc).__name__}") from None
            raise


def client_message_id(idempotency_key: str) -> str:
    """Chat's client-assigned ids must start with "client-" and hold at most 63 lowercase letters, digits and
    hyphens: a readable prefix of the key plus a hash keeps them unique and stable."""
    readable = re.sub(r"[^a-z0-9-]+", "-", idempotency_key.lower()).strip("-")[:24]
    digest = hashlib.sha256(idempotency_key.encode()).hexdigest()[:24]
    return f"client-{readable}-{digest}" if readable else f"client-{digest}"


def _retry_after(value) -> float | None:
    try:
        return max(0.0, float(value)) if value is not None else None
    except (TypeError, ValueError):
        return None


def _reason(exc: HttpError) -> str:
    try:
        return str(exc.reason)[:160]
    except Exception:
        return "error"
