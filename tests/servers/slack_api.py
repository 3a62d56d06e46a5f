"""A loopback stand-in for the Slack Web API: answers as Slack does and records every call.

The bot's WebClient is pointed at `base_url` (AUPBOT_SLACK_API_URL), so end-to-end tests and the bench exercise
the real slack_sdk client, real HTTP and real JSON, and then assert on what the bot posted, opened and updated.
`response_url` returns a URL on the same server, so `respond()` calls are recorded too (as method
"response_url"). File uploads follow Slack's external flow: files.getUploadURLExternal hands out an upload URL
on this server, the bytes POSTed there are recorded (as method "upload_url", and in `uploaded` by file id), and
files.completeUploadExternal shares uploaded files (`shared_files`). Files people shared (`add_file`) are
described by files.info and served at their private download URL, to a bot token in `Authorization: Bearer`
only; without it the URL answers as Slack does, with a sign-in page (HTML, status 200). Nothing here reaches
the network: it binds 127.0.0.1 on a free port.
"""
from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT_USER_ID = "UAUPBOT"
BOT_ID = "BAUPBOT"
TEAM_ID = "T0CPS"
# the app's OAuth credentials, as Slack knows them (oauth.v2.access checks them)
CLIENT_ID, CLIENT_SECRET = "1111.2222", "test-client-secret"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    token: str = ""
    at: float = field(default_factory=time.time)


def _required(*names: str) -> Callable[[dict], str | None]:
    def check(params: dict) -> str | None:
        return None if all(params.get(n) not in (None, "") for n in names) else "invalid_arguments"
    return check


# What Slack insists on per method; a call missing these gets Slack's own error, as the real API would answer.
CHECKS: dict[str, Callable[[dict], str | None]] = {
    "chat.postMessage": lambda p: ("channel_not_found" if not p.get("channel")
                                   else None if (p.get("text") or p.get("blocks")) else "no_text"),
    "chat.postEphemeral": lambda p: ("channel_not_found" if not p.get("channel") else "user_not_in_channel"
                                     if not p.get("user") else None if (p.get("text") or p.get("blocks"))
                                     else "no_text"),
    "chat.update": _required("channel", "ts"),
    "chat.delete": _required("channel", "ts"),
    "chat.getPermalink": _required("channel", "message_ts"),
    "views.open": lambda p: "invalid_trigger_id" if not p.get("trigger_id") else _required("view")(p),
    "views.update": lambda p: None if (p.get("view_id") or p.get("external_id")) and p.get("view")
    else "invalid_arguments",
    "views.publish": _required("user_id", "view"),
    "users.info": _required("user"),
    "conversations.info": _required("channel"),
    "files.getUploadURLExternal": _required("filename", "length"),
    "files.completeUploadExternal": _required("files"),
    "files.info": _required("file"),
}

SIGN_IN_PAGE = b"<!DOCTYPE html><html><head><title>Slack</title></head><body>Sign in to CPS</body></html>"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128   # the default backlog of 5 resets connections when the listener threads call at once


class SlackAPIStandIn:
    """Start with `with SlackAPIStandIn() as slack:`; point the client at `slack.base_url`."""

    def __init__(self, token: str = "xoxb-test-token") -> None:
        self.token = token
        self.calls: list[Call] = []
        self.failures: dict[str, str] = {}
        self.down = False   # True: every Web API call gets HTTP 503, as during a Slack outage (not recorded)
        self.delay_seconds = 0.0
        self.socket_mode: SocketModeStandIn | None = None
        self._cond = threading.Condition()
        self._ts = itertools.count(1)
        self._views = itertools.count(1)
        self._files = itertools.count(1)
        # the workspace's directory for users.info and conversations.info: user id -> {"display_name",
        # "real_name"}, channel id -> {"name", "is_private"}; an id not listed gets user_not_found /
        # channel_not_found, as Slack answers for an id it does not know
        self.users: dict[str, dict] = {}
        self.channels: dict[str, dict] = {}
        self.uploaded: dict[str, bytes] = {}          # file id -> the bytes POSTed to its upload URL
        self.shared_files: list[dict] = []            # one entry per file shared by files.completeUploadExternal
        self.people_files: dict[str, tuple[dict, bytes]] = {}   # file id -> (files.info's object, the bytes)
        # OAuth: code -> the install it completes (add_install); token -> the workspace it belongs to
        self.client_id, self.client_secret = CLIENT_ID, CLIENT_SECRET
        self.installs: dict[str, dict] = {}
        self.workspaces: dict[str, dict] = {}
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(length) if length else b""
                if self.path.startswith("/upload/"):
                    return self._upload(data)
                raw = data.decode("utf-8")
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    params = json.loads(raw) if raw else {}
                else:
                    params = dict(parse_qsl(raw, keep_blank_values=True))
                token = self.headers.get("Authorization", "").removeprefix("Bearer ")
                token = token or str(params.pop("token", ""))
                if stand_in.down and not self.path.startswith("/response/"):
                    return self._reply(503, b'{"ok": false, "error": "service_unavailable"}', "application/json")
                if self.path.startswith("/response/"):
                    body = stand_in._record("response_url", {**params, "_url": self.path}, token)
                else:
                    method = self.path.rsplit("/", 1)[-1]
                    body = stand_in._answer(method, params, token)
                self._reply(200, json.dumps(body).encode(), "application/json; charset=utf-8")

            def do_GET(self) -> None:
                """A file's private download URL (url_private_download): the bytes for a bot token."""
                token = self.headers.get("Authorization", "").removeprefix("Bearer ")
                file_id = self.path.split("/")[2].rsplit("-", 1)[-1] if self.path.startswith("/files-pri/") else ""
                stand_in._record("file_download", {"_url": self.path, "file_id": file_id}, token)
                with stand_in._cond:
                    found = stand_in.people_files.get(file_id)
                if found is None or stand_in.failures.get("file_download") == "not_found":
                    return self._reply(404, b"not found", "text/plain")
                if not token.startswith("xoxb-"):
                    return self._reply(200, SIGN_IN_PAGE, "text/html; charset=utf-8")
                self._reply(200, found[1], found[0].get("mimetype") or "application/octet-stream")

            def _upload(self, data: bytes) -> None:
                """Slack's upload URL takes the raw bytes (no token: the URL is the capability) and answers
                in plain text."""
                file_id = self.path.rsplit("/", 1)[-1]
                stand_in._record("upload_url", {"_url": self.path, "file_id": file_id, "bytes": data}, "")
                with stand_in._cond:
                    known = file_id in stand_in.uploaded
                    if known:
                        stand_in.uploaded[file_id] = data
                if not known:
                    return self._reply(404, b"not found", "text/plain")
                self._reply(200, f"OK - {len(data)}".encode(), "text/plain; charset=utf-8")

            def _reply(self, status: int, data: bytes, content_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}/api/"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="slack-api-stand-in", daemon=True)

    # -- lifecycle ------------------------------------------------------------------------------------------

    def start(self) -> SlackAPIStandIn:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> SlackAPIStandIn:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def response_url(self, name: str = "r1") -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    # -- answers --------------------------------------------------------------------------------------------

    def _record(self, method: str, params: dict, token: str) -> dict:
        """Calls are recorded as they arrive (Call.at), then answered after `delay_seconds` (a slow Slack)."""
        with self._cond:
            self.calls.append(Call(method, params, token))
            self._cond.notify_all()
        if self.delay_seconds:
            time.sleep(self.delay_seconds)
        return {"ok": True}

    def _answer(self, method: str, params: dict, token: str) -> dict:
        self._record(method, params, token)
        if method == "api.test":   # needs no token, as on Slack
            return {"ok": True}
        if method == "oauth.v2.access":
            return self.exchange_code(params, token)
        if not token.startswith(("xox", "xapp-")):
            return {"ok": False, "error": "not_authed"}
        if method == "apps.connections.open" and not token.startswith("xapp-"):
            return {"ok": False, "error": "not_allowed_token_type"}
        if method in self.failures:
            return {"ok": False, "error": self.failures[method]}
        error = CHECKS.get(method, lambda p: None)(params)
        if error:
            return {"ok": False, "error": error}
        if method == "auth.test":   # who the token belongs to
            return self.auth_test_for(token)
        answer = ANSWERS.get(method)
        return answer(self, params) if answer else {"ok": True}

    def next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._ts):06d}"

    def next_view_id(self) -> str:
        return f"V{next(self._views):08d}"

    def upload_url_for(self, params: dict) -> dict:
        file_id = f"F{next(self._files):08d}"
        with self._cond:
            self.uploaded[file_id] = b""   # issued; filled by the POST to its URL
        return {"ok": True, "file_id": file_id,
                "upload_url": f"http://127.0.0.1:{self.port}/upload/v1/{file_id}"}

    def complete_upload(self, params: dict) -> dict:
        """A file id this server never issued, or whose bytes never arrived, is refused (as invalid_arguments:
        the stand-in does not guess Slack's exact error name for it)."""
        files = params["files"]
        files = json.loads(files) if isinstance(files, str) else files
        with self._cond:
            if not files or any(not self.uploaded.get(f.get("id", "")) for f in files):
                return {"ok": False, "error": "invalid_arguments"}
            shared = [{"id": f["id"], "title": f.get("title", ""), "channel_id": params.get("channel_id", ""),
                       "initial_comment": params.get("initial_comment", ""), "bytes": self.uploaded[f["id"]]}
                      for f in files]
            self.shared_files.extend(shared)
        return {"ok": True, "files": [{"id": f["id"], "title": f["title"]} for f in shared]}

    def add_file(self, name: str, data: bytes, mimetype: str = "", *, size: int | None = None,
                 user: str = "U0STAFF") -> dict:
        """A file a person shared; returns the file object as a message event carries it (Slack sends the id and,
        with `file_access: check_file_info`, little more: the app asks files.info for the rest)."""
        file_id = f"F{next(self._files):08d}"
        base = f"http://127.0.0.1:{self.port}/files-pri/{TEAM_ID}-{file_id}"
        info = {"id": file_id, "created": int(time.time()), "name": name, "title": name, "mimetype": mimetype,
                "filetype": name.rsplit(".", 1)[-1] if "." in name else "", "user": user,
                "size": len(data) if size is None else size, "mode": "hosted", "is_external": False,
                "url_private": f"{base}/{name}", "url_private_download": f"{base}/download/{name}"}
        with self._cond:
            self.people_files[file_id] = (info, data)
        return {"id": file_id, "mode": "hosted", "file_access": "check_file_info"}

    def file_info(self, params: dict) -> dict:
        with self._cond:
            found = self.people_files.get(str(params["file"]))
        return {"ok": True, "file": dict(found[0])} if found else {"ok": False, "error": "file_not_found"}

    def user_info(self, user_id: str) -> dict:
        """users.info as Slack shapes it: the display name lives in the profile, the real name on both levels."""
        known = self.users.get(user_id)
        if known is None:
            return {"ok": False, "error": "user_not_found"}
        real = known.get("real_name", "")
        return {"ok": True, "user": {"id": user_id, "team_id": TEAM_ID, "name": user_id.lower(), "real_name": real,
                                     "is_bot": False, "profile": {"display_name": known.get("display_name", ""),
                                                                  "real_name": real,
                                                                  "email": f"{user_id.lower()}@cps.edu"}}}

    def conversation_info(self, channel_id: str) -> dict:
        known = self.channels.get(channel_id)
        if known is None:
            return {"ok": False, "error": "channel_not_found"}
        private = bool(known.get("is_private"))
        return {"ok": True, "channel": {"id": channel_id, "name": known.get("name", ""), "is_channel": not private,
                                        "is_group": private, "is_private": private, "is_im": False,
                                        "is_member": True}}

    # -- OAuth installs -------------------------------------------------------------------------------------

    def add_install(self, code: str, team_id: str | None, *, enterprise_id: str | None = None,
                    org_wide: bool = False, installer: str = "U0INSTALLER") -> str:
        """Slack's side of one install: `code` is what its redirect carries; returns the bot token that
        oauth.v2.access will hand out for it (one per workspace, or one per org for an org-wide install)."""
        owner = enterprise_id if org_wide else team_id
        token = f"xoxb-{owner}-{len(self.installs) + 1}-bot"
        workspace = {"team_id": None if org_wide else team_id, "enterprise_id": enterprise_id,
                     "is_enterprise_install": org_wide, "bot_user_id": f"UBOT{owner}", "bot_id": f"BBOT{owner}",
                     "installer": installer}
        self.installs[code] = {**workspace, "token": token}
        self.workspaces[token] = workspace
        return token

    def exchange_code(self, params: dict, authorization: str) -> dict:
        """oauth.v2.access: the client id and secret come as HTTP basic auth (as slack_sdk sends them) or as
        form fields; a code is good once, as on Slack."""
        import base64

        if authorization.startswith("Basic "):
            client_id, _, secret = base64.b64decode(authorization[6:]).decode().partition(":")
        else:
            client_id, secret = params.get("client_id", ""), params.get("client_secret", "")
        if (client_id, secret) != (self.client_id, self.client_secret):
            return {"ok": False, "error": "invalid_client_id" if client_id != self.client_id
                    else "bad_client_secret"}
        install = self.installs.pop(str(params.get("code", "")), None)
        if install is None:
            return {"ok": False, "error": "invalid_code"}
        team, enterprise = install["team_id"], install["enterprise_id"]
        return {"ok": True, "access_token": install["token"], "token_type": "bot",
                "scope": "app_mentions:read,channels:history,chat:write,commands", "bot_user_id":
                install["bot_user_id"], "app_id": "A0AUPBOT",
                "team": {"id": team, "name": f"Team {team}"} if team else None,
                "enterprise": {"id": enterprise, "name": f"Org {enterprise}"} if enterprise else None,
                "authed_user": {"id": install["installer"]}, "is_enterprise_install": install["is_enterprise_install"]}

    def auth_test_for(self, token: str) -> dict:
        workspace = self.workspaces.get(token)
        if workspace is None:
            return {"ok": True, "url": "https://cps.slack.com/", "team": "CPS", "team_id": TEAM_ID,
                    "user": "aupbot", "user_id": BOT_USER_ID, "bot_id": BOT_ID}
        owner = workspace["team_id"] or workspace["enterprise_id"]
        return {"ok": True, "url": f"https://{owner.lower()}.slack.com/", "team": f"Team {owner}",
                "team_id": workspace["team_id"] or "", "enterprise_id": workspace["enterprise_id"],
                "is_enterprise_install": workspace["is_enterprise_install"], "user": "aupbot",
                "user_id": workspace["bot_user_id"], "bot_id": workspace["bot_id"]}

    def calls_with(self, method: str) -> list[Call]:
        """Each call of `method` with the token it was made with."""
        with self._cond:
            return [c for c in self.calls if c.method == method]

    # -- assertions -----------------------------------------------------------------------------------------

    def called(self, method: str) -> list[dict]:
        with self._cond:
            return [c.params for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0,
                 where: Callable[[dict], bool] = lambda p: True) -> list[dict]:
        """Work after the ack happens on another thread: wait until `count` matching calls have arrived."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [c.params for c in self.calls if c.method == method and where(c.params)]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"expected {count} {method} call(s), saw {len(found)}: "
                                         f"{[c.method for c in self.calls]}")
                self._cond.wait(left)

    def methods(self) -> list[str]:
        with self._cond:
            return [c.method for c in self.calls]


def _view(stand_in: SlackAPIStandIn, params: dict) -> dict:
    view = params.get("view")
    if isinstance(view, str):
        view = json.loads(view)
    return {"ok": True, "view": {**(view or {}), "id": params.get("view_id") or stand_in.next_view_id(),
                                  "hash": "h1", "team_id": TEAM_ID}}


ANSWERS: dict[str, Callable[[SlackAPIStandIn, dict], dict]] = {
    "chat.postMessage": lambda s, p: {"ok": True, "channel": p["channel"], "ts": s.next_ts(),
                                      "message": {"text": p.get("text", ""), "bot_id": BOT_ID}},
    "chat.postEphemeral": lambda s, p: {"ok": True, "message_ts": s.next_ts()},
    "chat.update": lambda s, p: {"ok": True, "channel": p["channel"], "ts": p["ts"], "text": p.get("text", "")},
    "chat.delete": lambda s, p: {"ok": True, "channel": p["channel"], "ts": p["ts"]},
    "chat.getPermalink": lambda s, p: {"ok": True, "channel": p["channel"], "permalink":
                                       f"https://cps.slack.com/archives/{p['channel']}/"
                                       f"p{str(p['message_ts']).replace('.', '')}"},
    "apps.connections.open": lambda s, p: ({"ok": True, "url": s.socket_mode.url} if s.socket_mode
                                          else {"ok": False, "error": "socket_mode_not_enabled"}),
    "views.open": _view,
    "views.update": _view,
    "views.publish": _view,
    "users.info": lambda s, p: s.user_info(p["user"]),
    "conversations.info": lambda s, p: s.conversation_info(p["channel"]),
    "files.getUploadURLExternal": lambda s, p: s.upload_url_for(p),
    "files.completeUploadExternal": lambda s, p: s.complete_upload(p),
    "files.info": lambda s, p: s.file_info(p),
}


# -- Slack's side of the Events API and interactivity: signed requests, as Slack sends them -------------------

def view_submission(view: dict, user: str = "U0STAFF", **values) -> dict:
    """A view_submission payload for `view` (as views.open received it) with the given field values."""
    state = {}
    for name, value in values.items():
        if name in ("category", "location", "urgency"):
            state[name] = {"value": {"type": "static_select", "selected_option": {"value": value}}}
        else:
            state[name] = {"value": {"type": "plain_text_input", "value": value}}
    return {"type": "view_submission", "user": {"id": user, "username": user.lower()},
            "view": {**view, "id": "V0000001", "state": {"values": state}}}


class SlackSender:
    """Delivers slash commands, events and interactions to the bot, signed as Slack signs them
    (v0:timestamp:body, HMAC-SHA256 with the signing secret, in X-Slack-Signature / X-Slack-Request-Timestamp)."""

    def __init__(self, url: str, signing_secret: str, api: SlackAPIStandIn) -> None:
        from slack_sdk.signature import SignatureVerifier

        self.url = url
        self.api = api
        self.signer = SignatureVerifier(signing_secret)
        self._ids = itertools.count(1)

    def post(self, body: str | bytes, content_type: str, *, timestamp: str | None = None,
             signature: str | None = None, headers: dict | None = None, sign: bool = True,
             timeout: float = 10.0) -> tuple[int, dict | str]:
        import urllib.error
        import urllib.request

        data = body.encode() if isinstance(body, str) else body
        ts = timestamp if timestamp is not None else str(int(time.time()))
        all_headers = {"Content-Type": content_type, **(headers or {})}
        if sign:
            all_headers["X-Slack-Request-Timestamp"] = ts
            all_headers["X-Slack-Signature"] = signature or self.signer.generate_signature(
                timestamp=ts, body=data.decode("utf-8", "replace"))
        request = urllib.request.Request(self.url, data=data, headers=all_headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                status, raw = response.status, response.read()
        except urllib.error.HTTPError as exc:
            status, raw = exc.code, exc.read()
        try:
            return status, json.loads(raw) if raw else ""
        except ValueError:
            return status, raw.decode("utf-8", "replace")

    def command(self, text: str, *, user: str = "U0STAFF", command: str = "/aup", channel: str = "C0GENERAL",
                timeout: float = 10.0, **fields) -> tuple[int, dict | str]:
        from urllib.parse import urlencode

        n = next(self._ids)
        body = {"token": "legacy-verification-token", "team_id": TEAM_ID, "team_domain": "cps",
                "channel_id": channel, "channel_name": "general", "user_id": user, "user_name": user.lower(),
                "command": command, "text": text, "api_app_id": "A0AUPBOT", "is_enterprise_install": "false",
                "response_url": self.api.response_url(f"cmd{n}"), "trigger_id": f"{n}.1.trigger{n}", **fields}
        return self.post(urlencode(body), "application/x-www-form-urlencoded", timeout=timeout)

    def event(self, event: dict, *, event_id: str | None = None, retry_num: int | None = None,
              team: str = TEAM_ID, enterprise: str | None = None, org_wide: bool = False,
              ) -> tuple[int, dict | str]:
        """`team`, `enterprise`, `org_wide`: the workspace the event comes from, as Slack sets them in the
        envelope and its `authorizations` (an org-wide install is authorised for the org, not the team)."""
        n = next(self._ids)
        envelope = {"token": "legacy-verification-token", "team_id": team, "api_app_id": "A0AUPBOT",
                    "type": "event_callback", "event_id": event_id or f"Ev{n:08d}", "event_time": int(time.time()),
                    "event": event, "authorizations": [{"enterprise_id": enterprise,
                                                        "team_id": None if org_wide else team,
                                                        "user_id": BOT_USER_ID, "is_bot": True,
                                                        "is_enterprise_install": org_wide}]}
        if enterprise:
            envelope["enterprise_id"] = enterprise
            envelope["is_ext_shared_channel"] = False
        headers = {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"} \
            if retry_num else None
        return self.post(json.dumps(envelope), "application/json", headers=headers)

    def interaction(self, payload: dict) -> tuple[int, dict | str]:
        from urllib.parse import urlencode

        n = next(self._ids)
        payload = {"team": {"id": TEAM_ID, "domain": "cps"}, "api_app_id": "A0AUPBOT",
                   "trigger_id": f"{n}.2.trigger{n}", "response_url": self.api.response_url(f"act{n}"), **payload}
        return self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")


class RunningBot:
    """The real serve stack (bot.commands.serve.build_server: Router + waitress) with the Slack component mounted,
    on 127.0.0.1 port 0, its WebClient pointed at a fresh stand-in. Use as a context manager."""

    def __init__(self, settings, db, signing_secret: str = "test-signing-secret", **overrides) -> None:
        self.api = SlackAPIStandIn()
        self.settings = settings.with_(**{"host": "127.0.0.1", "port": 0, "slack_bot_token": "xoxb-test-token",
                                          "slack_signing_secret": signing_secret,
                                          "slack_api_url": self.api.base_url, **overrides})
        self.db = db
        self.signing_secret = signing_secret

    def __enter__(self) -> RunningBot:
        from bot.commands.serve import build_server, warm
        from bot.slack.component import component
        from policy.bundle import load_bundle

        warm(load_bundle(self.settings.policy_path))   # as serve_main does before its port opens
        self.api.start()
        self.component = component(self.settings, self.db)
        self.router, self.server = build_server(self.settings, self.db, [self.component])
        self.component.start()
        self._closing = False
        self._thread = threading.Thread(target=self._serve, name="aupbot-serve", daemon=True)
        self._thread.start()
        self.base = f"http://127.0.0.1:{self.server.effective_port}"
        self.url = f"{self.base}/slack/events"
        self.slack = SlackSender(self.url, self.signing_secret, self.api)
        return self

    def _serve(self) -> None:
        try:
            self.server.run()
        except (OSError, ValueError):   # the loop's sockets closed under it by __exit__, as serve_main expects
            if not self._closing:
                raise

    def __exit__(self, *exc) -> None:
        self.api.delay_seconds = 0   # let queued work drain quickly: stop() waits for it
        self._closing = True
        self.server.close()   # the loop thread notices within its tick and ends (daemon; not joined: a second)
        self.component.stop()
        self.api.stop()
        try:
            from bot.delivery.chat import unregister_sender
            unregister_sender("slack")
        except ImportError:
            pass


# -- Socket Mode: the WebSocket end Slack keeps open to the app -----------------------------------------------

class SocketModeStandIn:
    """A loopback WebSocket server speaking just enough RFC 6455 for slack_sdk's built-in Socket Mode client
    (which connects without TLS to any port but 443). `apps.connections.open` on the Web API stand-in hands out
    its ws:// URL. `send(envelope)` delivers an envelope as Slack does; `acks` collects what the app sent back."""

    GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

    def __init__(self, api: SlackAPIStandIn) -> None:
        import socket

        self.api = api
        api.socket_mode = self
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"ws://127.0.0.1:{self.listener.getsockname()[1]}/link"
        self.acks: list[dict] = []
        self._client = None
        self._cond = threading.Condition()
        self._send_lock = threading.Lock()
        threading.Thread(target=self._accept, name="socket-mode-stand-in", daemon=True).start()

    def _accept(self) -> None:
        import base64
        import hashlib

        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                request += chunk
            key = next((line.split(":", 1)[1].strip() for line in request.decode().split("\r\n")
                        if line.lower().startswith("sec-websocket-key:")), "")
            accept = base64.b64encode(hashlib.sha1((key + self.GUID).encode()).digest()).decode()
            conn.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          f"Sec-WebSocket-Accept: {accept}\r\n\r\n").encode())
            with self._cond:
                self._client = conn
                self._cond.notify_all()
            self._send_frame(0x1, json.dumps({"type": "hello", "num_connections": 1}).encode())
            threading.Thread(target=self._read, args=(conn,), daemon=True).start()

    def _read(self, conn) -> None:
        def exactly(n: int) -> bytes:
            data = b""
            while len(data) < n:
                chunk = conn.recv(n - len(data))
                if not chunk:
                    raise ConnectionError("closed")
                data += chunk
            return data

        try:
            while True:
                first, second = exactly(2)
                opcode, length = first & 0x0F, second & 0x7F
                if length == 126:
                    length = int.from_bytes(exactly(2), "big")
                elif length == 127:
                    length = int.from_bytes(exactly(8), "big")
                mask = exactly(4) if second & 0x80 else b"\0\0\0\0"
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(exactly(length)))
                if opcode == 0x9:
                    self._send_frame(0xA, payload)
                elif opcode == 0x8:
                    return
                elif opcode == 0x1:
                    with self._cond:
                        self.acks.append(json.loads(payload))
                        self._cond.notify_all()
        except (ConnectionError, OSError):
            return

    def _send_frame(self, opcode: int, payload: bytes) -> None:
        header = bytes([0x80 | opcode])
        if len(payload) < 126:
            header += bytes([len(payload)])
        elif len(payload) < 65536:
            header += bytes([126]) + len(payload).to_bytes(2, "big")
        else:
            header += bytes([127]) + len(payload).to_bytes(8, "big")
        with self._send_lock:
            self._client.sendall(header + payload)

    def wait_connected(self, timeout: float = 5.0) -> None:
        with self._cond:
            if not self._cond.wait_for(lambda: self._client is not None, timeout):
                raise AssertionError("the app never opened its Socket Mode connection")

    def send(self, envelope: dict) -> None:
        self._send_frame(0x1, json.dumps(envelope).encode())

    def wait_ack(self, envelope_id: str, timeout: float = 5.0) -> dict:
        with self._cond:
            found = self._cond.wait_for(
                lambda: next((a for a in self.acks if a.get("envelope_id") == envelope_id), None), timeout)
        if not found:
            raise AssertionError(f"no ack for envelope {envelope_id}")
        return found

    def close(self) -> None:
        self.listener.close()
        if self._client is not None:
            try:
                self._client.close()
            except OSError:
                pass
