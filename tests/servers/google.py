"""Google stand-ins on loopback, so the real google-auth and google-api-python-client paths run without Google.

`GoogleStandIn` is one HTTP server on 127.0.0.1 (port 0) that plays three Google services:

- the x509 certificate endpoint Chat's tokens are checked against (`/certs`, shaped like
  `.../metadata/x509/chat@system.gserviceaccount.com`: key id -> PEM certificate), which can be made to hang
  (`certs_hang`),
- the OAuth token endpoint a service account trades its signed assertion at (`/token`),
- the Chat API v1 (`/v1/spaces/...`): pages of messages filtered by create time, message creation (recorded,
  idempotent on messageId), findDirectMessage, and failures (429, 500) on demand;
- media.download (`/v1/media/{resourceName}?alt=media`): the bytes of attachments added with
  `add_attachment`, honouring a Range header as Google's media endpoint does.

`ChatSigner` signs bearer tokens as Chat does, with a test RSA key made by `cryptography`; `events` builds the
interaction events Chat posts to an app.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import re
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from google.auth import crypt, jwt

CHAT_ISSUER = "chat@system.gserviceaccount.com"


# -- keys and tokens ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private_pem: str
    cert_pem: str


@cache
def signing_key(kid: str = "test-key-1") -> SigningKey:
    """An RSA key and a self-signed certificate for it (cached: key generation costs ~100 ms)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, kid)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .sign(key, hashes.SHA256()))
    private_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption()).decode()
    return SigningKey(kid, private_pem, cert.public_bytes(serialization.Encoding.PEM).decode())


class ChatSigner:
    """Signs bearer tokens the way Google Chat does (RS256, issuer chat@system.gserviceaccount.com)."""

    def __init__(self, key: SigningKey, audience: str) -> None:
        self.key = key
        self.audience = audience
        self._signer = crypt.RSASigner.from_string(key.private_pem, key_id=key.kid)

    def token(self, **overrides: Any) -> str:
        now = int(time.time())
        claims = {"iss": CHAT_ISSUER, "aud": self.audience, "iat": now, "exp": now + 3600}
        claims.update(overrides)
        claims = {k: v for k, v in claims.items() if v is not None}
        return jwt.encode(self._signer, claims).decode()


def service_account_file(directory: Path, token_uri: str, key: SigningKey | None = None) -> Path:
    """A service-account key file whose token endpoint is the stand-in."""
    key = key or signing_key("service-account")
    path = Path(directory) / "gchat-service-account.json"
    path.write_text(json.dumps({
        "type": "service_account", "project_id": "aupbot-test", "private_key_id": key.kid,
        "private_key": key.private_pem, "client_email": "aupbot@aupbot-test.iam.gserviceaccount.com",
        "client_id": "1000", "token_uri": token_uri,
    }))
    return path


# -- the Chat API's data --------------------------------------------------------------------------------------


def rfc3339(micros: int) -> str:
    seconds, rest = divmod(micros, 1_000_000)
    stamp = dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{stamp}.{rest:06d}Z"


def parse_rfc3339(text: str) -> int:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return int(moment.timestamp()) * 1_000_000 + moment.microsecond


@dataclass
class Fault:
    status: int
    remaining: int
    method: str | None = None
    path_contains: str = ""
    retry_after: str | None = None
    after: int = 0  # matching requests let through before the failures start


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, str]
    body: dict
    authorization: str


@dataclass
class ChatData:
    """What the stand-in Chat API holds: messages per space, DM spaces per user, what was posted."""

    messages: dict[str, list[dict]] = field(default_factory=dict)
    dm_spaces: dict[str, str] = field(default_factory=dict)  # users/123 -> spaces/DM123
    posts: list[Recorded] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    token_grants: list[dict] = field(default_factory=list)  # claims of every assertion traded for a token
    issued_tokens: set[str] = field(default_factory=set)
    created_ids: set[str] = field(default_factory=set)
    media: dict[str, tuple[bytes, str]] = field(default_factory=dict)   # resourceName -> (bytes, content type)


class GoogleStandIn:
    """Certificates, OAuth tokens and the Chat API on one loopback port. Use as a context manager."""

    def __init__(self, keys: tuple[SigningKey, ...] | None = None, *, delay_seconds: float = 0.0) -> None:
        self.keys = keys if keys is not None else (signing_key(),)
        self.data = ChatData()
        self.lock = threading.Lock()
        self.delay_seconds = delay_seconds
        self.cert_fetches = 0
        # set: /certs accepts the request and answers nothing until cleared (a Google that hangs)
        self.certs_hang = threading.Event()
        self.certs_max_age = 3600   # the Cache-Control max-age /certs sends
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="google-stand-in", daemon=True)

    # -- lifecycle
    def __enter__(self) -> GoogleStandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.certs_hang.clear()
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def certs_url(self) -> str:
        return self.url + "certs"

    @property
    def token_url(self) -> str:
        return self.url + "token"

    # -- arranging
    def add_message(self, space: str, text: str, *, sender: str = "users/100", create_us: int | None = None,
                    message_id: str | None = None, sender_type: str = "HUMAN") -> dict:
        with self.lock:
            existing = self.data.messages.setdefault(space, [])
            create_us = create_us if create_us is not None else int(time.time() * 1_000_000)
            message_id = message_id or f"m{len(existing) + 1:06d}"
            message = {
                "name": f"{space}/messages/{message_id}",
                "sender": {"name": sender, "type": sender_type},
                "createTime": rfc3339(create_us),
                "text": text,
                "thread": {"name": f"{space}/threads/t{message_id}"},
                "space": {"name": space},
            }
            existing.append(message)
            existing.sort(key=lambda m: (parse_rfc3339(m["createTime"]), m["name"]))
            return message

    def add_attachment(self, message: dict, name: str, data: bytes, content_type: str = "", *,
                       drive: bool = False) -> dict:
        """Attach a file to a message added with add_message, as Chat lists it: uploaded content has an
        attachmentDataRef for media.download; a Drive file only a driveDataRef."""
        with self.lock:
            n = len(self.data.media) + 1
            attachment: dict[str, Any] = {"name": f"{message['name']}/attachments/a{n}", "contentName": name,
                                          "contentType": content_type,
                                          "source": "DRIVE_FILE" if drive else "UPLOADED_CONTENT"}
            if drive:
                attachment["driveDataRef"] = {"driveFileId": f"drive{n}"}
            else:
                resource = base64.urlsafe_b64encode(f"{message['name']}/media/{n}".encode()).decode().rstrip("=")
                attachment["attachmentDataRef"] = {"resourceName": resource}
                self.data.media[resource] = (data, content_type or "application/octet-stream")
            message.setdefault("attachment", []).append(attachment)
            return attachment

    def media_requests(self) -> list[Recorded]:
        with self.lock:
            return [r for r in self.data.requests if r.path.startswith("/v1/media/")]

    def add_space(self, space: str) -> None:
        """A space the app is a member of (listing any other gives 404, as Chat does)."""
        with self.lock:
            self.data.messages.setdefault(space, [])

    def add_dm_space(self, user: str, space: str) -> None:
        with self.lock:
            self.data.dm_spaces[user] = space

    def fail(self, status: int, times: int = 1, *, method: str | None = None, path_contains: str = "",
             retry_after: str | None = None, after: int = 0) -> None:
        """The next `times` matching requests (after letting `after` through) get `status`."""
        with self.lock:
            self.data.faults.append(Fault(status, times, method, path_contains, retry_after, after))

    def posts_to(self, space: str) -> list[Recorded]:
        with self.lock:
            return [p for p in self.data.posts if p.path == f"/v1/{space}/messages"]

    def list_requests(self) -> list[Recorded]:
        with self.lock:
            return [r for r in self.data.requests if r.method == "GET" and r.path.endswith("/messages")]

    # -- serving (called from the handler threads)
    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.data.faults:
                if fault.remaining > 0 and (fault.method in (None, method)) and fault.path_contains in path:
                    if fault.after > 0:
                        fault.after -= 1
                        continue
                    fault.remaining -= 1
                    return fault
        return None


def _handler_for(stand_in: GoogleStandIn):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):  # keep test output quiet
            pass

        def _reply(self, status: int, body: dict | None = None, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(body if body is not None else {}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def _error(self, status: int, message: str, reason: str, headers: dict[str, str] | None = None) -> None:
            self._reply(status, {"error": {"code": status, "message": message, "status": reason}}, headers)

        def _body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def do_GET(self) -> None:
            self._route("GET", b"")

        def do_POST(self) -> None:
            self._route("POST", self._body())

        def _route(self, method: str, raw: bytes) -> None:
            parts = urlsplit(self.path)
            query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
            path = parts.path
            if path == "/certs":
                stand_in.cert_fetches += 1
                hung = stand_in.certs_hang.is_set()
                while stand_in.certs_hang.is_set():
                    time.sleep(0.05)
                try:
                    return self._reply(200, {k.kid: k.cert_pem for k in stand_in.keys},
                                       {"Cache-Control": f"public, max-age={stand_in.certs_max_age}"})
                except OSError:
                    if not hung:  # a client that gave up on a hung fetch is expected to be gone
                        raise
                    return None
            if path == "/token":
                return self._token(raw)
            if stand_in.delay_seconds:
                time.sleep(stand_in.delay_seconds)
            auth = self.headers.get("Authorization", "")
            try:
                body = json.loads(raw) if raw else {}
            except ValueError:
                return self._error(400, "invalid JSON", "INVALID_ARGUMENT")
            record = Recorded(method, path, query, body, auth)
            with stand_in.lock:
                stand_in.data.requests.append(record)
                known = auth.removeprefix("Bearer ") in stand_in.data.issued_tokens
            if not known:
                return self._error(401, "Request had invalid authentication credentials.", "UNAUTHENTICATED")
            fault = stand_in._take_fault(method, path)
            if fault:
                headers = {"Retry-After": fault.retry_after} if fault.retry_after else None
                reason = "RESOURCE_EXHAUSTED" if fault.status == 429 else "INTERNAL"
                return self._error(fault.status, "injected failure", reason, headers)
            if path == "/v1/spaces:findDirectMessage":
                return self._find_dm(query)
            if path.startswith("/v1/media/") and method == "GET":
                return self._media(path.removeprefix("/v1/media/"), query)
            match = re.fullmatch(r"/v1/(spaces/[^/]+)/messages", path)
            if not match:
                return self._error(404, "no such method", "NOT_FOUND")
            if method == "GET":
                return self._list(match.group(1), query)
            return self._create(match.group(1), query, record)

        def _media(self, resource: str, query: dict[str, str]) -> None:
            if query.get("alt") != "media":
                return self._error(400, "media.download needs alt=media", "INVALID_ARGUMENT")
            with stand_in.lock:
                found = stand_in.data.media.get(resource)
            if found is None:
                return self._error(404, "Requested entity was not found.", "NOT_FOUND")
            data, content_type = found
            status, headers = 200, {}
            ranged = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))
            if ranged and data:
                first = int(ranged.group(1))
                last = min(int(ranged.group(2)) if ranged.group(2) else len(data) - 1, len(data) - 1)
                status, headers = 206, {"Content-Range": f"bytes {first}-{last}/{len(data)}"}
                data = data[first:last + 1]
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def _token(self, raw: bytes) -> None:
            form = {k: v[-1] for k, v in parse_qs(raw.decode()).items()}
            if form.get("grant_type") == TOKEN_EXCHANGE:
                return self._exchange(form)
            assertion = form.get("assertion", "")
            try:
                claims = jwt.decode(assertion, verify=False)
            except ValueError:
                return self._reply(400, {"error": "invalid_grant"})
            token = f"test-access-{len(stand_in.data.token_grants) + 1}-{int(time.time() * 1000)}"
            with stand_in.lock:
                stand_in.data.token_grants.append(claims)
                stand_in.data.issued_tokens.add(token)
            self._reply(200, {"access_token": token, "expires_in": 3600, "token_type": "Bearer"})

        def _exchange(self, form: dict[str, str]) -> None:
            """Security Token Service: workload identity federation trades an outside token for an access
            token (RFC 8693), as sts.googleapis.com does."""
            if not form.get("subject_token") or not form.get("audience"):
                return self._reply(400, {"error": "invalid_request"})
            token = f"test-access-sts-{len(stand_in.data.token_grants) + 1}"
            with stand_in.lock:
                stand_in.data.token_grants.append({"grant_type": TOKEN_EXCHANGE, "audience": form["audience"],
                                                   "scope": form.get("scope", "")})
                stand_in.data.issued_tokens.add(token)
            self._reply(200, {"access_token": token, "expires_in": 3600, "token_type": "Bearer",
                              "issued_token_type": "urn:ietf:params:oauth:token-type:access_token"})

        def _find_dm(self, query: dict[str, str]) -> None:
            with stand_in.lock:
                space = stand_in.data.dm_spaces.get(query.get("name", ""))
            if not space:
                return self._error(404, "Direct message space not found.", "NOT_FOUND")
            self._reply(200, {"name": space, "spaceType": "DIRECT_MESSAGE", "singleUserBotDm": True})

        def _list(self, space: str, query: dict[str, str]) -> None:
            flt = query.get("filter", "")
            after = re.search(r'create_?[tT]ime\s*>\s*"([^"]+)"', flt)
            before = re.search(r'create_?[tT]ime\s*<\s*"([^"]+)"', flt)
            try:
                low = parse_rfc3339(after.group(1)) if after else None
                high = parse_rfc3339(before.group(1)) if before else None
            except ValueError:
                return self._error(400, "invalid filter", "INVALID_ARGUMENT")
            with stand_in.lock:
                if space not in stand_in.data.messages:
                    return self._error(404, "space not found", "NOT_FOUND")
                chosen = [m for m in stand_in.data.messages[space]
                          if (low is None or parse_rfc3339(m["createTime"]) > low)
                          and (high is None or parse_rfc3339(m["createTime"]) < high)]
            size = min(int(query.get("pageSize") or 25), 1000)
            start = int(base64.urlsafe_b64decode(query["pageToken"]).decode()) if query.get("pageToken") else 0
            page = chosen[start:start + size]
            body: dict[str, Any] = {"messages": page} if page else {}
            if start + size < len(chosen):
                body["nextPageToken"] = base64.urlsafe_b64encode(str(start + size).encode()).decode()
            self._reply(200, body)

        def _create(self, space: str, query: dict[str, str], record: Recorded) -> None:
            message_id = query.get("messageId")
            with stand_in.lock:
                if message_id and (space, message_id) in stand_in.data.created_ids:
                    return self._error(409, "Message with this ID already exists.", "ALREADY_EXISTS")
                if message_id:
                    stand_in.data.created_ids.add((space, message_id))
                stand_in.data.posts.append(record)
                name = f"{space}/messages/{message_id or 'auto' + str(len(stand_in.data.posts))}"
            self._reply(200, {**record.body, "name": name, "createTime": rfc3339(int(time.time() * 1e6))})

    return Handler


# -- interaction events as Chat sends them ----------------------------------------------------------------------


TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange"


def workload_identity_file(directory: Path, token_url: str) -> Path:
    """A workload identity federation configuration (no private key in it): an outside identity token in a
    file, traded at `token_url` for a Google access token."""
    subject = directory / "outside-identity-token.txt"
    subject.write_text("header.payload.signature-from-the-districts-identity-provider")
    config = {"type": "external_account",
              "audience": "//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/d",
              "subject_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_url": token_url,
              "credential_source": {"file": str(subject)}}
    path = directory / "workload-identity.json"
    path.write_text(json.dumps(config))
    return path


class events:
    """Builders of Chat interaction events (the classic format Chat apps on HTTP endpoints receive)."""

    USER = {"name": "users/100", "displayName": "Dana Teacher", "email": "dana@school.example", "type": "HUMAN"}

    @staticmethod
    def _base(kind: str, space_type: str = "DIRECT_MESSAGE", user: dict | None = None) -> dict:
        space = {"name": "spaces/DM100" if space_type == "DIRECT_MESSAGE" else "spaces/ROOM1",
                 "type": "DM" if space_type == "DIRECT_MESSAGE" else "ROOM", "spaceType": space_type}
        return {"type": kind, "eventTime": "2026-11-28T18:00:00.000000Z", "space": space,
                "user": user or dict(events.USER), "common": {"hostApp": "CHAT"}}

    @staticmethod
    def message(text: str, *, space_type: str = "DIRECT_MESSAGE", mention: bool = False,
                user: dict | None = None) -> dict:
        event = events._base("MESSAGE", space_type, user)
        shown = f"@aupbot {text}" if mention else text
        event["message"] = {"name": f"{event['space']['name']}/messages/x1", "sender": event["user"],
                            "text": shown, "argumentText": f" {text}" if mention else text,
                            "thread": {"name": f"{event['space']['name']}/threads/t1"}, "space": event["space"]}
        return event

    @staticmethod
    def slash_command(command_id: int, text: str = "", *, space_type: str = "SPACE",
                      user: dict | None = None) -> dict:
        event = events.message(text, space_type=space_type, user=user)
        event["message"]["text"] = f"/cmd {text}".strip()
        event["message"]["argumentText"] = f" {text}" if text else ""
        event["message"]["slashCommand"] = {"commandId": str(command_id)}
        event["message"]["annotations"] = [{"type": "SLASH_COMMAND", "slashCommand": {
            "commandId": str(command_id), "commandName": "/cmd", "type": "INVOKE"}}]
        return event

    @staticmethod
    def card_clicked(function: str, parameters: dict[str, str], *, user: dict | None = None,
                     space_type: str = "DIRECT_MESSAGE") -> dict:
        event = events._base("CARD_CLICKED", space_type, user)
        event["action"] = {"actionMethodName": function,
                           "parameters": [{"key": k, "value": v} for k, v in parameters.items()]}
        event["common"].update({"invokedFunction": function, "parameters": dict(parameters)})
        event["message"] = {"name": f"{event['space']['name']}/messages/card1", "space": event["space"]}
        return event

    @staticmethod
    def dialog_submit(function: str, form: dict[str, str], *, user: dict | None = None) -> dict:
        event = events.card_clicked(function, {}, user=user, space_type="SPACE")
        event["isDialogEvent"] = True
        event["dialogEventType"] = "SUBMIT_DIALOG"
        event["common"]["formInputs"] = {k: {"stringInputs": {"value": [v]}} for k, v in form.items()}
        return event

    @staticmethod
    def added_to_space(space_type: str = "SPACE") -> dict:
        return events._base("ADDED_TO_SPACE", space_type)


# -- the bot side: the Chat component on the real serve stack -------------------------------------------------

def _run_until_closed(server) -> None:
    try:
        server.run()
    except (OSError, ValueError):  # close() from the test thread ends the select loop this way
        pass


@contextmanager
def serving(settings, db):
    """The Chat component mounted on the real serve stack (Router + waitress) on 127.0.0.1 port 0; yields the
    component and its endpoint URL."""
    from bot.commands.serve import build_server
    from bot.gchat.component import component

    comp = component(settings, db)
    _, server = build_server(settings, db, [comp])
    thread = threading.Thread(target=_run_until_closed, args=(server,), daemon=True)
    thread.start()
    try:
        yield comp, f"http://127.0.0.1:{server.effective_port}/google-chat/events"
    finally:
        server.close()
        comp.stop()
        from bot.delivery.chat import unregister_sender
        unregister_sender("gchat")


@contextmanager
def chat_poster(settings, db, audience: str):
    """`serving` plus a client: yields `post(event) -> dict`, which sends the event with a token signed as Chat
    signs it for `audience` and returns the JSON reply (asserting a 200)."""
    import requests

    signer = ChatSigner(signing_key(), audience)
    session = requests.Session()
    with serving(settings, db) as (_, url):
        def post(event: dict) -> dict:
            response = session.post(url, data=json.dumps(event).encode(), timeout=30,
                                    headers={"Content-Type": "application/json",
                                             "Authorization": f"Bearer {signer.token()}"})
            assert response.status_code == 200, response.text
            return response.json()

        yield post
