"""The Bolt app factory: one `App` with our WebClient, our middleware and every listener registered.

`create_app(settings, db, client=None)` is used by `aupbot serve` (HTTP mode and Socket Mode alike) and by the
tests, which pass a WebClient pointed at the loopback Slack API stand-in.
"""
from __future__ import annotations

import logging
import traceback

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient

from bot.logsafe import loggable
from bot.slack import listeners
from bot.slack.deps import BadPayload, SlackDeps
from bot.slack.executor import BoundedExecutor
from bot.store import Database, events
from handlers.texts import text

log = logging.getLogger("aupbot.slack")

# The work after the acks runs on this pool. Acks do not wait for it (process_before_response below) unless its
# backlog is full, so it is sized for throughput of I/O-bound work, not for the burst: more threads would only
# add GIL contention that the acks, which share the interpreter, would feel.
LISTENER_THREADS = 8
# At most this many tasks wait for a worker (bot/slack/executor.py); beyond it an ack waits for room, up to
# LISTENER_WAIT seconds, so a burst slows the acks instead of growing memory.
LISTENER_BACKLOG = 256
LISTENER_WAIT = 2.0
WEB_API_TIMEOUT = 10


def web_client(settings, token: str) -> WebClient:
    base_url = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
    return WebClient(token=token, base_url=base_url, timeout=WEB_API_TIMEOUT)


def create_app(settings, db: Database, client: WebClient | None = None) -> App:
    client = client or web_client(settings, settings.slack_bot_token)
    admin = web_client(settings, settings.slack_admin_user_token) if settings.slack_admin_user_token else None
    deps = SlackDeps(settings=settings, db=db, admin_client=admin)
    app = App(
        client=client,
        signing_secret=settings.slack_signing_secret or "socket-mode-has-no-signing-secret",
        # Socket Mode requests are not signed; Bolt skips verification for them by itself.
        request_verification_enabled=True,
        # auth.test at construction would make `aupbot serve` fail to start while Slack is unreachable; Bolt
        # calls it on the first request instead (it needs the bot's ids to ignore its own messages).
        token_verification_enabled=False,
        # Each listener's ack part runs in the request thread, its work as a lazy listener (bot/slack/listener.py):
        # an ack never waits for a free worker behind slow work.
        process_before_response=True,
        listener_executor=BoundedExecutor(LISTENER_THREADS, backlog=LISTENER_BACKLOG, max_wait=LISTENER_WAIT,
                                          thread_name_prefix="slack-listener"),
        logger=logging.getLogger("aupbot.slack.bolt"),
    )

    @app.middleware
    def inject_deps(context, next):
        context["aup"] = deps
        next()

    @app.middleware
    def drop_retried_events(body, next):
        # Slack retries an event (X-Slack-Retry-Num) when our ack was slow or lost; the first delivery may still
        # be running. The event_id is the same on every retry, so the first insert wins and the rest are acked
        # and dropped.
        if isinstance(body, dict) and body.get("type") == "event_callback" and body.get("event_id"):
            if not events.first_time(db, "slack", str(body["event_id"])):
                return BoltResponse(status=200, body="")
        next()

    app.error(on_error)
    listeners.register(app)
    app._aup_deps = deps   # for the component's stop(): the modal pool is shut down with the app
    return app


def app_deps(app: App) -> SlackDeps:
    """The SlackDeps that `create_app` gave this app's listeners."""
    return app._aup_deps


def on_error(error, body, response):
    """Whatever a listener raised, the caller gets a clear answer (or a 400), never a 500 or a traceback."""
    if isinstance(error, BadPayload):
        log.warning("slack request rejected: %s", loggable(error))
    else:  # the frames say where; the message is left out because it may quote the user's text
        log.error("slack listener failed: %s\n%s", type(error).__name__,
                  "".join(traceback.format_tb(error.__traceback__)))
    if response is None:  # already acked: the user has their ack, the log has the rest
        return None
    if isinstance(error, BadPayload):
        return BoltResponse(status=400, body={"error": text("slack.bad_request")})
    if isinstance(body, dict) and body.get("type") == "view_submission":
        inputs = [b.get("block_id") for b in (body.get("view") or {}).get("blocks") or [] if b.get("type") == "input"]
        if inputs:
            return BoltResponse(status=200, body={"response_action": "errors",
                                                  "errors": {inputs[0]: text("common.internal_error")}})
    return BoltResponse(status=200, body={"response_type": "ephemeral", "text": text("common.internal_error")})
