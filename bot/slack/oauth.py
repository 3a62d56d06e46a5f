"""OAuth mode: one deployment installed into several workspaces, or org-wide into an Enterprise Grid org.

With SLACK_CLIENT_ID and SLACK_CLIENT_SECRET set, Bolt's OAuth flow runs on the serve router: /slack/install
shows the "Add to Slack" page and sets the state cookie, /slack/oauth_redirect exchanges Slack's code for the
workspace's bot token (oauth.v2.access) and stores it (bot/store/installations.py). Every request is then
authorised with the token of the workspace (or the org) it came from. Without them the app runs in token mode on
SLACK_BOT_TOKEN, as a small district needs.

The pages a person sees at the end of an install are ours: a wrong, expired or replayed state, a missing code or
an unusable one gets a plain page with a 400 and what to do next, never Bolt's 401 or a traceback.
"""
from __future__ import annotations

import html
import logging
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App, BoltResponse
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.callback_options import CallbackOptions, FailureArgs, SuccessArgs
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient

from bot.settings import PROJECT_ROOT, Settings
from bot.store import Database, StoreError
from bot.store.installations import SlackInstallationStore, SlackOAuthStateStore
from bot.texts import text
from bot.web import json_response
from policy import yaml_loader

log = logging.getLogger("aupbot.slack.oauth")

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
MANIFEST = PROJECT_ROOT / "app_manifest.yml"
STATE_SECONDS = 600   # Slack's own default: an install left open longer starts again from /slack/install

# Bolt's failure reasons -> (HTTP status, message key). "access_denied" and Slack's other `error` values are the
# person's own choice on Slack's page (Bolt suggests 200); everything else is a request we refuse.
FAILURES: dict[str, tuple[int, str]] = {
    "invalid_browser": (400, "slack.install_bad_state"),
    "invalid_state": (400, "slack.install_bad_state"),
    "missing_code": (400, "slack.install_bad_code"),
    "invalid_code": (400, "slack.install_bad_code"),
    "storage_error": (503, "slack.install_not_saved"),
}


def manifest_scopes(path=MANIFEST) -> list[str]:
    """The bot scopes app_manifest.yml declares: what an install asks for unless AUPBOT_SLACK_SCOPES says."""
    with open(path, encoding="utf-8") as f:
        manifest = yaml_loader.safe_load(f) or {}
    return list(((manifest.get("oauth_config") or {}).get("scopes") or {}).get("bot") or [])


def state_secret(settings: Settings) -> str:
    if settings.slack_state_secret:
        return settings.slack_state_secret
    from handlers.watch import hash_secret  # one owner of the generated key beside the database

    return "slack-oauth-state:" + hash_secret(settings)


def app_arguments(settings: Settings, db: Database, client: WebClient) -> dict[str, Any]:
    """What `App(...)` takes for OAuth mode."""
    store = SlackInstallationStore(db, settings.slack_client_id, cached=True)
    oauth_settings = OAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret,
        scopes=list(settings.slack_scopes) or manifest_scopes(),
        user_scopes=[],
        redirect_uri=settings.slack_redirect_uri or None,
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        installation_store=store,
        state_store=SlackOAuthStateStore(db, state_secret(settings), STATE_SECONDS),
        state_expiration_seconds=STATE_SECONDS,
        callback_options=CallbackOptions(success=_installed, failure=_failed),
    )
    # Bolt's default authorisation calls auth.test inside every request; cached per token, the 3-second ack
    # pays for it once per workspace. A rotated token is a new key, so the cache never serves a stale one.
    authorize = InstallationStoreAuthorize(
        installation_store=store, client_id=settings.slack_client_id, client_secret=settings.slack_client_secret,
        token_rotation_expiration_minutes=oauth_settings.token_rotation_expiration_minutes,
        cache_enabled=True, client=client, logger=logging.getLogger("aupbot.slack.bolt"))
    return {"oauth_settings": oauth_settings, "authorize": authorize, "installation_store": store}


def _page(status: int, title: str, body: str) -> BoltResponse:
    page = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
            f"<body><h1>{html.escape(title)}</h1><p>{html.escape(body)}</p></body></html>")
    return BoltResponse(status=status, body=page, headers={"Content-Type": "text/html; charset=utf-8"})


def _installed(args: SuccessArgs) -> BoltResponse:
    installation = args.installation
    where = installation.enterprise_name if installation.is_enterprise_install else installation.team_name
    log.info("slack: installed into %s %s", "org" if installation.is_enterprise_install else "workspace",
             installation.enterprise_id if installation.is_enterprise_install else installation.team_id)
    return _page(200, text("slack.install_done_title"),
                 text("slack.install_done", workspace=where or installation.team_id or installation.enterprise_id))


def _failed(args: FailureArgs) -> BoltResponse:
    status, key = FAILURES.get(args.reason, (200, "slack.install_cancelled"))
    log.warning("slack: install not completed (%s)", args.reason if args.reason in FAILURES else "cancelled")
    return _page(status, text("slack.install_failed_title"), text(key, install_path=INSTALL_PATH))


class OAuthPages:
    """WSGI app for the two install pages (GET only). The router has the body limit and the last-resort 503;
    this answers a database that cannot save an install with a page of its own."""

    def __init__(self, app: App) -> None:
        self.bolt = SlackRequestHandler(app)

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return json_response(start_response, "405 Method Not Allowed", {"error": "GET only"})
        try:
            return self.bolt(environ, start_response)
        except (StoreError, sqlite3.Error) as exc:
            log.error("slack: install not saved: %s", str(exc)[:120] if isinstance(exc, StoreError)
                      else type(exc).__name__)
            page = _page(503, text("slack.install_failed_title"), text("slack.install_not_saved",
                                                                       install_path=INSTALL_PATH))
            data = page.body.encode()
            start_response("503 Service Unavailable", [("Content-Type", "text/html; charset=utf-8"),
                                                       ("Content-Length", str(len(data)))])
            return [data]


def mount(router, app: App) -> None:
    pages = OAuthPages(app)
    router.mount(INSTALL_PATH, pages)
    router.mount(REDIRECT_PATH, pages)
