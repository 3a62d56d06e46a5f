"""The Slack component of `aupbot serve`: HTTP mode at /slack/events, Socket Mode, and the outbox's chat sender.

HTTP mode is mounted when SLACK_SIGNING_SECRET is set; Socket Mode starts when SLACK_APP_TOKEN is set (both may be
on at once). In front of Bolt's WSGI adapter sits `SlackEndpoint`, which answers what Bolt would otherwise turn
into a 500 (a non-numeric timestamp header, a body that is not JSON): unsigned requests get 401, unreadable
signed ones 400, and nothing is processed in either case. While the Web API is down (bot/slack/platform.py) it
records signed events without running them (200, or 503 if they cannot be recorded); they run when it is back.
"""
from __future__ import annotations

import io
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable
from urllib.parse import parse_qsl

import requests
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient
from slack_sdk.signature import SignatureVerifier

from bot.delivery.chat import register_sender
from bot.settings import Settings
from bot.slack import blocks, oauth
from bot.slack.app import app_deps, create_app
from bot.slack.intake import SWEEP_SECONDS, EventIntake
from bot.slack.platform import SlackPlatform
from bot.store import Database, StoreError, events, installations, uploads
from bot.store.installations import SlackInstallationStore
from bot.web import json_response
from policy.bundle import PolicyBundle

log = logging.getLogger("aupbot.slack")

EVENTS_PATH = "/slack/events"   # Bolt's default path, and the one app_manifest.yml declares
OUTBOX_PLATFORM = "slack-outbox"


class SlackEndpoint:
    """WSGI guard around Bolt: signature first, then a body Bolt can parse, then Bolt itself."""

    def __init__(self, app: App, signing_secret: str, platform: SlackPlatform | None = None,
                 intake: EventIntake | None = None) -> None:
        self.bolt = SlackRequestHandler(app, path=EVENTS_PATH)
        self.verifier = SignatureVerifier(signing_secret)
        self.platform = platform
        self.intake = intake

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "POST":
            return json_response(start_response, "405 Method Not Allowed", {"error": "POST only"})
        length = int(environ.get("CONTENT_LENGTH") or 0)
        raw = environ["wsgi.input"].read(length) if length else b""
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", "")
        signature = environ.get("HTTP_X_SLACK_SIGNATURE", "")
        try:
            body = raw.decode("utf-8")
            signed = timestamp.isdigit() and self.verifier.is_valid(body, timestamp, signature)
        except (UnicodeDecodeError, ValueError):
            signed = False
        if not signed:
            return json_response(start_response, "401 Unauthorized", {"error": "invalid request signature"})
        if not _readable(body, environ.get("CONTENT_TYPE", "")):
            return json_response(start_response, "400 Bad Request", {"error": "unreadable payload"})
        if _rate_limit_notice(body):
            # Slack's notice that this app passed the Events API limit (30,000 deliveries an hour per workspace):
            # it wants a 200, and anything else counts as one more failed delivery against the app.
            log.warning("slack: Events API rate limit reached; Slack drops events for the rest of the minute")
            return json_response(start_response, "200 OK", {"ok": True})
        if self.platform is not None and not self.platform.up and self.intake is not None:
            held = self._hold_event(body, start_response)
            if held is not None:
                return held
        environ["wsgi.input"] = io.BytesIO(raw)
        try:
            return self.bolt(environ, start_response)
        except (TypeError, AttributeError, KeyError, ValueError) as exc:
            # Bolt reads ids out of the payload while building its request object, before any listener or error
            # handler runs; a signed payload of the wrong shape fails there. Listener failures never get here.
            log.warning("slack: signed payload of the wrong shape (%s)", type(exc).__name__)
            return json_response(start_response, "400 Bad Request", {"error": "unreadable payload"})


    def _hold_event(self, body: str, start_response: Callable) -> Iterable[bytes] | None:
        """The Web API is down: an event is recorded to run once it is back (acked only if recorded); anything
        else goes on to Bolt (None). Bolt would call auth.test itself and answer a 200 "Sorry" on failure."""
        try:
            payload = json.loads(body)
        except ValueError:
            return None
        if not isinstance(payload, dict) or payload.get("type") != "event_callback" or not payload.get("event_id"):
            return None
        try:
            self.intake.record(payload)
        except (StoreError, sqlite3.Error) as exc:
            log.error("slack event not recorded: %s", str(exc)[:120] if isinstance(exc, StoreError)
                      else type(exc).__name__)
            return json_response(start_response, "503 Service Unavailable", {"error": "event not recorded"})
        self.intake.release(str(payload["event_id"]))   # nothing runs it now: the resume will
        return json_response(start_response, "200 OK", {})


# Fields Bolt reads while routing (ids, types, subtypes): they must be strings where present.
ROUTING_FIELDS = ("type", "subtype", "user", "channel", "bot_id", "ts", "thread_ts", "team", "channel_type")


def _rate_limit_notice(body: str) -> bool:
    """An `app_rate_limited` envelope: a JSON object with no event for Bolt to route (Bolt answers 404)."""
    if '"app_rate_limited"' not in body:
        return False
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        return False
    return isinstance(payload, dict) and payload.get("type") == "app_rate_limited"


def _readable(body: str, content_type: str) -> bool:
    """Whether Bolt's parser will get a JSON object of the shape it assumes out of this body."""
    try:
        if content_type.startswith("application/json") or body.startswith("{"):
            payload = json.loads(body)
        else:
            params = dict(parse_qsl(body, keep_blank_values=True))
            if "payload" not in params:
                return bool(params) or not body
            payload = json.loads(params["payload"])
    except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep (issue 12, item 7)
        return False
    if not isinstance(payload, dict):
        return False
    if payload.get("type") == "event_callback":
        event = payload.get("event")
        if not isinstance(event, dict):
            return False
        return all(isinstance(event[f], str) for f in ROUTING_FIELDS if event.get(f) is not None)
    return True


def outbox_sender(client: WebClient, db: Database, it_channel: str) -> Callable[..., None]:
    """Posts the outbox's chat deliveries (IT-channel posts, reporter notifications) to Slack.

    A new report or incident in the IT channel gets the reviewers' status buttons; its ticket and purpose are the
    first parts of the idempotency key (bot.outbox.routing). Slack has no idempotency keys, so each key is
    remembered after a successful post and a resend of the same key is skipped. A delivery with an image (the
    weekly digest's chart) is uploaded as a file shared with the text as its comment (`upload_image`).
    """

    def send(target: str, message: str, idempotency_key: str, *, image=None) -> None:
        if image is not None:
            upload_image(client, db, target, message, idempotency_key, image)
            return
        if events.seen(db, OUTBOX_PLATFORM, idempotency_key):
            return
        ticket, purpose = (idempotency_key.split("/") + ["", ""])[:2]
        extra = {}
        if target == it_channel and purpose in ("report", "incident") and ticket not in ("", "none"):
            extra["blocks"] = blocks.it_report_blocks(message, ticket)   # routing has neutralised the text
        client.chat_postMessage(channel=target, text=message, unfurl_links=False, **extra)
        events.first_time(db, OUTBOX_PLATFORM, idempotency_key)

    return send


def upload_image(client: WebClient, db: Database, channel: str, message: str, idempotency_key: str, image) -> None:
    """Slack's external upload (what WebClient.files_upload_v2 does), one step at a time so each is recorded:
    files.getUploadURLExternal, the bytes POSTed to the returned URL, then files.completeUploadExternal shares
    the file in the channel with the text as its comment. A file is visible only once completed, so a retry
    after a failed completion completes the recorded file, and a retry after success posts nothing."""
    from bot.delivery import DeliveryError

    done = uploads.find(db, OUTBOX_PLATFORM, idempotency_key)
    if done is not None and done.shared:
        return
    file_id = done.file_id if done is not None else None
    if file_id is None:
        answer = client.files_getUploadURLExternal(filename=image.filename, length=len(image.data),
                                                   alt_txt=image.alt or None)
        try:
            response = requests.post(answer["upload_url"], data=image.data, timeout=client.timeout,
                                     headers={"Content-Type": "application/octet-stream"})
        except requests.RequestException as exc:
            raise DeliveryError(f"slack: file upload failed ({type(exc).__name__})") from None
        if response.status_code != 200:   # the URL is not named: it is a capability for this one file
            raise DeliveryError(f"slack: file upload answered HTTP {response.status_code}")
        file_id = answer["file_id"]
        uploads.record_uploaded(db, OUTBOX_PLATFORM, idempotency_key, file_id)
    client.files_completeUploadExternal(files=[{"id": file_id, "title": image.filename}], channel_id=channel,
                                        initial_comment=message)
    uploads.mark_shared(db, OUTBOX_PLATFORM, idempotency_key)


class SlackComponent:
    name = "slack"

    def __init__(self, settings: Settings, db: Database, app: App) -> None:
        self.settings = settings
        self.db = db
        self.app = app
        self.deps = app_deps(app)
        self.socket_mode = None
        self.platform = SlackPlatform(app.client, on_up=self._platform_up)
        self.deps.intake.on_network_failure = self.platform.report_failure
        self._stopping = threading.Event()
        self._sweeper: threading.Thread | None = None

    def mount(self, router) -> None:
        if self.settings.slack_signing_secret:
            router.mount(EVENTS_PATH, SlackEndpoint(self.app, self.settings.slack_signing_secret,
                                                    self.platform, self.deps.intake))
        if self.settings.slack_oauth:
            oauth.mount(router, self.app)

    def _platform_up(self, auth: dict) -> None:
        """auth.test answered: Bolt takes its answer (no auth.test inside a request), then what waited runs."""
        from slack_bolt.middleware.authorization.single_team_authorization import SingleTeamAuthorization
        from slack_sdk.web import SlackResponse

        for middleware in self.app._middleware_list:
            if isinstance(middleware, SingleTeamAuthorization) and not middleware.auth_test_result:
                middleware.auth_test_result = SlackResponse(
                    client=self.app.client, http_verb="POST", api_url="auth.test", req_args={}, data=auth,
                    headers={}, status_code=200)
        self.deps.intake.resume(self.app)

    def _sweep(self) -> None:
        while not self._stopping.wait(SWEEP_SECONDS):
            if self.platform.up:
                self.deps.intake.resume(self.app)

    def start(self) -> None:
        from bot.health.checks import register_platform
        self.platform.start()   # auth.test now; on success the events left pending by the last run resume
        register_platform("slack", self.platform.problem)
        self._sweeper = threading.Thread(target=self._sweep, name="slack-resume", daemon=True)
        self._sweeper.start()
        if self.settings.slack_app_token:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            self.socket_mode = SocketModeHandler(self.app, app_token=self.settings.slack_app_token)
            self.socket_mode.connect()   # returns at once; the client keeps its own threads
            log.info("slack: Socket Mode connected")

    def stop(self) -> None:
        from bot.health.checks import unregister_platform

        unregister_platform("slack")
        self._stopping.set()
        self.platform.stop()
        if self.socket_mode is not None:
            self.socket_mode.close()
            self.socket_mode = None
        runner = getattr(self.app, "_listener_runner", None)
        if runner is not None and getattr(runner, "listener_executor", None) is not None:
            runner.listener_executor.shutdown(wait=True, cancel_futures=False)
        self.deps.modal_pool.shutdown(wait=True, cancel_futures=False)


def component(settings: Settings, db: Database, bundle: PolicyBundle | None = None) -> SlackComponent | None:
    """None unless a bot token and a way in (signing secret or app token) are configured."""
    if not settings.slack_configured:
        return None
    app = create_app(settings, db, bundle=bundle)
    if settings.slack_oauth:
        register_sender("slack", workspace_sender(settings, db, app.client))
    else:
        register_sender("slack", outbox_sender(app.client, db, settings.slack_it_channel))
    return SlackComponent(settings, db, app)


def workspace_sender(settings: Settings, db: Database, client: WebClient) -> Callable[..., None]:
    """OAuth mode's outbox sender: a delivery leaves with the token of the workspace it belongs to. The IT channel
    a workspace chose (`/aup it-channel`) names its workspace; any other target (the global IT channel, a
    reporter's DM) is tried with each installed workspace's token until one can post there, newest install first,
    since Slack answers channel_not_found to a token of another workspace."""
    from slack_sdk.errors import SlackApiError

    store = SlackInstallationStore(db, settings.slack_client_id)

    def send(target: str, message: str, idempotency_key: str, *, image=None) -> None:
        owner = installations.workspace_of_channel(db, "slack", target)
        bots = []
        if owner is not None:
            bots.append(store.bot_for(owner[0] or None, owner[1] or None))
        bots += [store.bot_for(w["enterprise_id"] or None, w["team_id"] or None) for w in store.workspaces()]
        tokens = list(dict.fromkeys(b.bot_token for b in bots if b is not None))
        if not tokens:
            from bot.delivery import DeliveryError
            raise DeliveryError("slack: no workspace is installed yet")
        it_channel = target if owner is not None else settings.slack_it_channel   # gets the reviewers' buttons
        for n, token in enumerate(tokens):
            workspace_client = WebClient(token=token, base_url=client.base_url, timeout=client.timeout)
            try:
                outbox_sender(workspace_client, db, it_channel)(target, message, idempotency_key, image=image)
                return
            except SlackApiError as exc:
                if exc.response.get("error") not in ("channel_not_found", "not_in_channel", "user_not_found") \
                        or n == len(tokens) - 1:
                    raise

    return send
