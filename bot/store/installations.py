"""Slack installations (one per workspace, or one per Enterprise Grid org for an org-wide install), the OAuth
state values of installs in progress, and per-workspace settings.

`SlackInstallationStore` and `SlackOAuthStateStore` implement slack_sdk's `InstallationStore` and
`OAuthStateStore` interfaces on the bot's own SQLite file, so that Bolt's OAuth flow saves installs and
authorises each request from here (a second database file beside the first would escape its migrations,
backups and the write checks of `Database`). What is saved follows slack_sdk's own sqlite3 store: each install
(bot and user parts, incoming webhook, token rotation fields) is a row of `slack_installations`, and the bot part
is also a row of `slack_bots`, which Bolt's authorisation reads. An org-wide install is stored under its
enterprise id with an empty team id, as slack_sdk does, so every workspace of the org finds it.

Per-workspace settings (`workspace_settings`): the IT channel of one team (or one Grid org), overriding the
global AUPBOT_SLACK_IT_CHANNEL for what happens there. Watching needs no row here: it is switched per channel
(bot/store/findings.py `watched_places`), and Slack's channel ids are unique across the workspaces of a deployment.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import time
from logging import Logger
from typing import Any

from slack_sdk.oauth.installation_store import Bot, Installation, InstallationStore
from slack_sdk.oauth.state_store import OAuthStateStore

from bot.store.db import Database, Migration

log = logging.getLogger("aupbot.store.installations")

MIGRATIONS = [
    Migration("installations", 1, """
        CREATE TABLE slack_installations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            client_id TEXT NOT NULL,
            app_id TEXT,
            enterprise_id TEXT NOT NULL DEFAULT '',
            enterprise_name TEXT,
            enterprise_url TEXT,
            team_id TEXT NOT NULL DEFAULT '',
            team_name TEXT,
            bot_token TEXT,
            bot_id TEXT,
            bot_user_id TEXT,
            bot_scopes TEXT,
            bot_refresh_token TEXT,
            bot_token_expires_at INTEGER,
            user_id TEXT NOT NULL,
            user_token TEXT,
            user_scopes TEXT,
            user_refresh_token TEXT,
            user_token_expires_at INTEGER,
            incoming_webhook_url TEXT,
            incoming_webhook_channel TEXT,
            incoming_webhook_channel_id TEXT,
            incoming_webhook_configuration_url TEXT,
            is_enterprise_install INTEGER NOT NULL DEFAULT 0,
            token_type TEXT,
            custom_values TEXT NOT NULL DEFAULT '{}',
            installed_at REAL NOT NULL
        );
        CREATE INDEX slack_installations_by_team ON slack_installations
            (client_id, enterprise_id, team_id, user_id, installed_at);
        CREATE TABLE slack_bots (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            client_id TEXT NOT NULL,
            app_id TEXT,
            enterprise_id TEXT NOT NULL DEFAULT '',
            enterprise_name TEXT,
            team_id TEXT NOT NULL DEFAULT '',
            team_name TEXT,
            bot_token TEXT NOT NULL,
            bot_id TEXT,
            bot_user_id TEXT,
            bot_scopes TEXT,
            bot_refresh_token TEXT,
            bot_token_expires_at INTEGER,
            is_enterprise_install INTEGER NOT NULL DEFAULT 0,
            custom_values TEXT NOT NULL DEFAULT '{}',
            installed_at REAL NOT NULL
        );
        CREATE INDEX slack_bots_by_team ON slack_bots (client_id, enterprise_id, team_id, installed_at);
        CREATE TABLE slack_oauth_states (
            state TEXT PRIMARY KEY,
            expires_at REAL NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE workspace_settings (
            platform TEXT NOT NULL,
            workspace TEXT NOT NULL,
            enterprise_id TEXT NOT NULL DEFAULT '',
            it_channel TEXT,
            updated_by TEXT,
            updated_at REAL NOT NULL,
            PRIMARY KEY (platform, workspace)
        ) WITHOUT ROWID
    """),
]

CACHED_FINDS = 10_000
BOT_COLUMNS = ("app_id", "enterprise_id", "enterprise_name", "team_id", "team_name", "bot_token", "bot_id",
               "bot_user_id", "bot_scopes", "bot_refresh_token", "bot_token_expires_at", "is_enterprise_install")
INSTALLATION_COLUMNS = (*BOT_COLUMNS, "enterprise_url", "user_id", "user_token", "user_scopes",
                        "user_refresh_token", "user_token_expires_at", "incoming_webhook_url",
                        "incoming_webhook_channel", "incoming_webhook_channel_id",
                        "incoming_webhook_configuration_url", "token_type")


def _row(obj: Any, columns: tuple[str, ...]) -> dict[str, Any]:
    """The stored form of an Installation or Bot: scopes comma-joined (as Slack writes them), expiry as epoch
    seconds, the two ids as '' rather than NULL so that one equality finds an org-wide install."""
    row = {c: getattr(obj, c, None) for c in columns}
    for scopes in ("bot_scopes", "user_scopes"):
        if scopes in row and isinstance(row[scopes], (list, tuple)):
            row[scopes] = ",".join(row[scopes]) or None
    row["enterprise_id"] = row["enterprise_id"] or ""
    row["team_id"] = row["team_id"] or ""
    row["is_enterprise_install"] = 1 if row["is_enterprise_install"] else 0
    row["custom_values"] = json.dumps(getattr(obj, "custom_values", None) or {})
    row["installed_at"] = float(getattr(obj, "installed_at", None) or time.time())
    return row


def _loaded(row: dict[str, Any]) -> dict[str, Any]:
    values = {k: v for k, v in row.items() if k not in ("id", "client_id")}
    values["enterprise_id"] = values.get("enterprise_id") or None
    values["team_id"] = values.get("team_id") or None
    values["is_enterprise_install"] = bool(values.get("is_enterprise_install"))
    values["custom_values"] = json.loads(values.get("custom_values") or "{}")
    return values


def _key(enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None
         ) -> tuple[str, str]:
    """An org-wide install answers for every team of its org: looked up by enterprise id alone."""
    return enterprise_id or "", "" if is_enterprise_install or team_id is None else team_id


class SlackInstallationStore(InstallationStore):
    """slack_sdk's InstallationStore on `Database`; rows are scoped by the app's client id, as slack_sdk's are,
    so a second app sharing the file never reads the first one's tokens."""

    def __init__(self, db: Database, client_id: str, *, cached: bool = False) -> None:
        """`cached`: answer finds from memory after the first read (Bolt asks on every request, before the ack,
        which must not wait behind a slow writer's database lock); every save or delete through this instance
        clears it. Only for the one instance that all installs and uninstalls go through."""
        self.db = db
        self.client_id = client_id
        self.cached = cached
        self._found: dict[tuple, Any] = {}

    @property
    def logger(self) -> Logger:
        return log

    def save(self, installation: Installation) -> None:
        """The install and its bot in one transaction: a bot without its install, or the reverse, never exists."""
        row = {"client_id": self.client_id, **_row(installation, INSTALLATION_COLUMNS)}
        with self.db.transaction() as d:
            d["slack_installations"].insert(row)
            self.save_bot(installation.to_bot())
        self._forget()

    def save_bot(self, bot: Bot) -> None:
        if bot.bot_token is None:   # a user-only install carries no bot to authorise with
            return
        row = {"client_id": self.client_id, **_row(bot, BOT_COLUMNS)}
        with self.db.transaction() as d:
            d["slack_bots"].insert(row)
        self._forget()

    def _remembered(self, key: tuple, find) -> Any:
        if not self.cached:
            return find()
        if key not in self._found:
            found = find()
            kept = self._found if len(self._found) < CACHED_FINDS else {}   # bounded: per-user keys grow
            self._found = {**kept, key: found}
        return self._found[key]

    def _forget(self) -> None:
        self._found = {}

    def find_bot(self, *, enterprise_id: str | None, team_id: str | None,
                 is_enterprise_install: bool | None = False) -> Bot | None:
        enterprise, team = _key(enterprise_id, team_id, is_enterprise_install)
        return self._remembered(("bot", enterprise, team), lambda: self._find_bot(enterprise, team))

    def _find_bot(self, enterprise: str, team: str) -> Bot | None:
        rows = self.db.query("SELECT * FROM slack_bots WHERE client_id = ? AND enterprise_id = ? AND team_id = ? "
                             "ORDER BY installed_at DESC, id DESC LIMIT 1", (self.client_id, enterprise, team))
        return Bot(**_loaded(rows[0])) if rows else None

    def find_installation(self, *, enterprise_id: str | None, team_id: str | None,
                          user_id: str | None = None, is_enterprise_install: bool | None = False
                          ) -> Installation | None:
        enterprise, team = _key(enterprise_id, team_id, is_enterprise_install)
        return self._remembered(("installation", enterprise, team, user_id),
                                lambda: self._find_installation(enterprise, team, user_id))

    def _find_installation(self, enterprise: str, team: str, user_id: str | None) -> Installation | None:
        sql = "SELECT * FROM slack_installations WHERE client_id = ? AND enterprise_id = ? AND team_id = ?"
        params: tuple = (self.client_id, enterprise, team)
        if user_id is not None:
            sql, params = sql + " AND user_id = ?", params + (user_id,)
        rows = self.db.query(sql + " ORDER BY installed_at DESC, id DESC LIMIT 1", params)
        if not rows:
            return None
        installation = Installation(**_loaded(rows[0]))
        if user_id is not None or installation.bot_token is None:
            # the newest bot token of the workspace, whoever installed last (bolt-python issue 664)
            bot = self._find_bot(enterprise, team)
            if bot is not None:
                for field in ("bot_token", "bot_id", "bot_user_id", "bot_scopes", "bot_refresh_token",
                              "bot_token_expires_at"):
                    setattr(installation, field, getattr(bot, field))
        return installation

    def bot_for(self, enterprise_id: str | None, team_id: str | None) -> Bot | None:
        """The bot of a team's own install, else of its org's org-wide install."""
        return (self.find_bot(enterprise_id=enterprise_id, team_id=team_id) if team_id else None) or \
            (self.find_bot(enterprise_id=enterprise_id, team_id=None, is_enterprise_install=True)
             if enterprise_id else None)

    def delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        with self.db.transaction() as d:
            d.execute("DELETE FROM slack_bots WHERE client_id = ? AND enterprise_id = ? AND team_id = ?",
                      (self.client_id, enterprise_id or "", team_id or ""))
        self._forget()

    def delete_installation(self, *, enterprise_id: str | None, team_id: str | None,
                            user_id: str | None = None) -> None:
        sql = "DELETE FROM slack_installations WHERE client_id = ? AND enterprise_id = ? AND team_id = ?"
        params: tuple = (self.client_id, enterprise_id or "", team_id or "")
        if user_id is not None:
            sql, params = sql + " AND user_id = ?", params + (user_id,)
        with self.db.transaction() as d:
            d.execute(sql, params)
        self._forget()

    def workspaces(self) -> list[dict[str, Any]]:
        """Each installed workspace or org once, newest bot first: (enterprise_id, team_id, bot_token, ...)."""
        return self.db.query(
            "SELECT enterprise_id, team_id, team_name, enterprise_name, is_enterprise_install, bot_token "
            "FROM slack_bots b WHERE client_id = ? AND id = (SELECT id FROM slack_bots WHERE client_id = b.client_id "
            "AND enterprise_id = b.enterprise_id AND team_id = b.team_id ORDER BY installed_at DESC, id DESC "
            "LIMIT 1) ORDER BY installed_at DESC", (self.client_id,))


class SlackOAuthStateStore(OAuthStateStore):
    """One-use state values for installs in progress: `consume` succeeds once, and only before expiry. Each
    value is signed with the state secret, so a forged or mangled one is refused before the database is read."""

    def __init__(self, db: Database, secret: str, expiration_seconds: int = 600) -> None:
        self.db = db
        self.secret = secret.encode()
        self.expiration_seconds = expiration_seconds

    @property
    def logger(self) -> Logger:
        return log

    def _signature(self, nonce: str) -> str:
        return hmac.new(self.secret, nonce.encode(), hashlib.sha256).hexdigest()[:32]

    def issue(self, *args, **kwargs) -> str:
        nonce = secrets.token_urlsafe(24)
        now = time.time()
        with self.db.transaction() as d:
            d.execute("DELETE FROM slack_oauth_states WHERE expires_at < ?", (now,))
            d.execute("INSERT INTO slack_oauth_states (state, expires_at) VALUES (?, ?)",
                      (nonce, now + self.expiration_seconds))
        return f"{nonce}.{self._signature(nonce)}"

    def consume(self, state: str) -> bool:
        nonce, _, signature = (state or "").partition(".")
        if not nonce or not hmac.compare_digest(signature, self._signature(nonce)):
            return False
        with self.db.transaction() as d:
            cursor = d.execute("DELETE FROM slack_oauth_states WHERE state = ? AND expires_at >= ?",
                               (nonce, time.time()))
            return cursor.rowcount == 1


# -- per-workspace settings -----------------------------------------------------------------------------------

class WorkspaceChannels:
    """The IT channel each workspace chose, read once and then kept in memory: the lookup runs in every Slack
    request before its ack, which must not wait for the database lock that a slow writer may hold. Only this
    process writes these rows (`/aup it-channel`), so the memory copy stays current."""

    def __init__(self, db: Database, platform: str) -> None:
        self.db = db
        self.platform = platform
        rows = db.query("SELECT workspace, it_channel FROM workspace_settings WHERE platform = ? AND "
                        "it_channel IS NOT NULL", (platform,))
        self._channels: dict[str, str] = {r["workspace"]: r["it_channel"] for r in rows}

    def it_channel(self, workspaces: tuple[str, ...]) -> str | None:
        """The IT channel of the first of `workspaces` (a team before its Grid org) that has one, or None: the
        global setting applies."""
        return next((self._channels[w] for w in workspaces if w and w in self._channels), None)

    def set_it_channel(self, workspace: str, channel: str, set_by: str, *, enterprise_id: str = "") -> None:
        """`enterprise_id`: the workspace's Grid org, kept so that the outbox finds an org-wide install's token."""
        with self.db.transaction() as d:
            d.execute("INSERT INTO workspace_settings (platform, workspace, enterprise_id, it_channel, updated_by, "
                      "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (platform, workspace) DO UPDATE SET "
                      "enterprise_id = excluded.enterprise_id, it_channel = excluded.it_channel, "
                      "updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                      (self.platform, workspace, enterprise_id or "", channel, set_by, time.time()))
        self._channels = {**self._channels, workspace: channel}


def workspace_of_channel(db: Database, platform: str, channel: str) -> tuple[str, str] | None:
    """(enterprise id, workspace) whose IT channel `channel` is: the outbox posts there with that token."""
    rows = db.query("SELECT enterprise_id, workspace FROM workspace_settings WHERE platform = ? AND it_channel = ? "
                    "ORDER BY updated_at DESC LIMIT 1", (platform, channel))
    return (rows[0]["enterprise_id"], rows[0]["workspace"]) if rows else None
