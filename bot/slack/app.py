"""The Bolt app factory: one `App` with our WebClient, our middleware and every listener registered.

`create_app(settings, db, client=None)` is used by `aupbot serve` (HTTP mode and Socket Mode alike) and by the
tests, which pass a WebClient pointed at the loopback Slack API stand-in.
"""
from __future__ import annotations

import logging
import sqlite3
import traceback

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient

from bot.logsafe import loggable
from bot.settings import Settings
from bot.slack import listeners, oauth
from bot.slack.deps import BadPayload, SlackDeps
from bot.slack.executor import BoundedExecutor
from bot.slack.intake import EventIntake, is_resumed, request_key
from bot.store import Database, StoreError, installations
from bot.texts import district_values, text
from policy.bundle import PolicyBundle, load_bundle

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


def web_client(settings: Settings, token: str | None) -> WebClient:
    base_url = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
    return WebClient(token=token, base_url=base_url, timeout=WEB_API_TIMEOUT)


def create_app(settings: Settings, db: Database, client: WebClient | None = None, *,
               bundle: PolicyBundle | None = None) -> App:
    """Token mode (SLACK_BOT_TOKEN: one workspace) or, with a client id and secret, OAuth mode: installs are
    stored in the database (bot/slack/oauth.py) and each request is authorised with its workspace's token.
    `bundle`: the loaded policy; None loads the settings' policy file (tests that build an app alone)."""
    client = client or web_client(settings, None if settings.slack_oauth else settings.slack_bot_token)
    admin = web_client(settings, settings.slack_admin_user_token) if settings.slack_admin_user_token else None
    intake = EventIntake(db, settings.hash_secret)
    deps = SlackDeps(settings=settings, db=db, bundle=bundle or load_bundle(settings.policy_path),
                     admin_client=admin, intake=intake, workspaces=installations.WorkspaceChannels(db, "slack"))
    app = App(
        **(oauth.app_arguments(settings, db, client) if settings.slack_oauth else {}),
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
    def inject_deps(body, context, next):
        context["aup"] = deps.in_workspace(_team_of(body, context), context.enterprise_id)
        next()

    @app.middleware
    def record_before_ack(body, request, context, next):
        # An event is acknowledged only once recorded (bot/slack/intake.py): a failure to record raises, and
        # on_error answers 503 so that Slack retries. A retry (X-Slack-Retry-Num) or a replay of a recorded
        # event, command or submission is acknowledged and dropped; the first delivery may still be running.
        if not isinstance(body, dict):
            return next()
        if body.get("type") == "event_callback" and body.get("event_id"):
            event_id = str(body["event_id"])
            if not is_resumed(request.headers, request.mode) and not intake.record(body):
                return BoltResponse(status=200, body="")
            context["aup_event"] = event_id
            response = next()
            if response is not None and response.status >= 400:   # no listener took it: nothing will run
                intake.done(event_id)
            return response
        key = request_key(body, request.headers)
        if key is not None and not intake.first_request(key):
            log.warning("slack: a replayed %s was dropped", "command" if body.get("command") else "submission")
            return BoltResponse(status=200, body="")
        return next()

    app.error(on_error)
    listeners.register(app)
    if settings.slack_oauth:   # Bolt's own: app_uninstalled and tokens_revoked delete that workspace's tokens
        app.enable_token_revocation_listeners()
    app._aup_deps = deps   # for the component's stop(): the modal pool is shut down with the app
    return app


def _team_of(body, context) -> str | None:
    """The team a request comes from. Bolt's team_id is the authorised one, which an org-wide install leaves
    empty on events; the envelope (events, commands) or the user (interactions) still names the team."""
    if context.team_id:
        return context.team_id
    if not isinstance(body, dict):
        return None
    user = body.get("user")
    return body.get("team_id") or (user.get("team_id") if isinstance(user, dict) else None) or None


def app_deps(app: App) -> SlackDeps:
    """The SlackDeps that `create_app` gave this app's listeners."""
    return app._aup_deps


def _district(context) -> dict[str, str]:
    """The district's desk for an error reply: the deps the middleware put in the context, when it ran."""
    deps = (context or {}).get("aup") if hasattr(context, "get") else None
    return district_values(getattr(getattr(deps, "bundle", None), "district", None))


def on_error(error, body, response, context=None):
    """Whatever a listener raised, the caller gets a clear answer (or a 400), never a 500 or a traceback. An
    event that could not be recorded gets a 503: no ack, so Slack delivers it again."""
    unsaved = isinstance(error, (StoreError, sqlite3.Error))
    if unsaved:
        log.error("slack request not recorded: %s", str(error)[:120] if isinstance(error, StoreError)
                  else type(error).__name__)
        if isinstance(body, dict) and body.get("type") == "event_callback" and response is not None:
            return BoltResponse(status=503, body={"error": text("common.not_recorded", **_district(context))})
    elif isinstance(error, BadPayload):
        log.warning("slack request rejected: %s", loggable(error))
    else:  # the frames say where; the message is left out because it may quote the user's text
        log.error("slack listener failed: %s\n%s", type(error).__name__,
                  "".join(traceback.format_tb(error.__traceback__)))
    if response is None:  # already acked: the user has their ack, the log has the rest
        return None
    if isinstance(error, BadPayload):
        return BoltResponse(status=400, body={"error": text("slack.bad_request")})
    said = text("common.not_recorded" if unsaved else "common.internal_error", **_district(context))
    if isinstance(body, dict) and body.get("type") == "view_submission":
        inputs = [b.get("block_id") for b in (body.get("view") or {}).get("blocks") or [] if b.get("type") == "input"]
        if inputs:
            return BoltResponse(status=200, body={"response_action": "errors", "errors": {inputs[0]: said}})
    return BoltResponse(status=200, body={"response_type": "ephemeral", "text": said})
