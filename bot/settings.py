"""The one settings object: read from the environment once, validated, then injected.

Every setting is declared once in `SETTINGS` below (name, type, default, whether it is a secret, what it
does). `aupbot config check` and the README's configuration table are generated from that one list, and a
test checks the README names every setting, so a new setting cannot go undocumented.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from policy.document import DEFAULT_POLICY

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names the variable, never its value."""


def _text(raw: str) -> str:
    return raw.strip()


def _int(raw: str) -> int:
    try:
        return int(raw.strip())
    except ValueError:
        raise ValueError("must be a whole number") from None


def _float(raw: str) -> float:
    try:
        return float(raw.strip())
    except ValueError:
        raise ValueError("must be a number") from None


def _bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError("expected true or false")


def _list(raw: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in raw.replace(";", ",").split(",") if part.strip())


def _path(raw: str) -> Path:
    return Path(raw.strip()).expanduser()


# Validators: each takes the parsed value and returns None, or the problem in words that never repeat the value
# (a secret's value must not reach a log line, and the variable name is enough to find the line to fix).
Check = Callable[[Any], "str | None"]


def positive(value: Any) -> str | None:
    return None if value > 0 else "must be greater than 0"


def _port(value: int) -> str | None:
    return None if 0 <= value <= 65535 else "must be a port number from 0 to 65535 (0: any free port)"


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def _log_level(value: str) -> str | None:
    return None if value.upper() in LOG_LEVELS else f"must be one of {', '.join(LOG_LEVELS)}"


# Slack's token kinds by prefix: a user token pasted where the bot token belongs works for a while and then
# acts as that person, so the kind is checked at start. The prefix names a kind, not the secret.
SLACK_TOKEN_KINDS = {"xoxb-": "a bot token", "xoxp-": "a user token", "xapp-": "an app-level token",
                     "xoxe": "a refresh token", "xoxa-": "a workspace token"}


def slack_token(prefix: str) -> Check:
    def check(value: str) -> str | None:
        if value.startswith(prefix):
            return None
        kind = next((k for p, k in SLACK_TOKEN_KINDS.items() if value.startswith(p)), "not a Slack token")
        return f"must be {SLACK_TOKEN_KINDS[prefix]} ({prefix}...); this is {kind}"
    return check


def url_with(*schemes: str) -> Check:
    def check(value: str) -> str | None:
        parts = urlsplit(value)
        if parts.scheme.lower() not in schemes or not parts.hostname:
            return f"must be a {' or '.join(s + '://' for s in schemes)} URL with a host"
        return None
    return check


http_url = url_with("http", "https")


def _mask_url_credentials(value: Any) -> str:
    """A URL shown with any user:password part replaced, since service URLs may carry credentials."""
    parts = urlsplit(str(value))
    if not parts.username and not parts.password:
        return str(value)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, f"***:***@{host}", parts.path, parts.query, parts.fragment))


ADDON_ACCOUNT = re.compile(r"service-\d+@gcp-sa-gsuiteaddons\.iam\.gserviceaccount\.com")


def addon_account(value: str) -> str | None:
    """An add-on's requests are signed as its per-project service account; any other address is a typo (or the
    Chat app's chat@system.gserviceaccount.com, which AUPBOT_GCHAT_AUDIENCE already covers)."""
    if ADDON_ACCOUNT.fullmatch(value):
        return None
    return "must be service-<project number>@gcp-sa-gsuiteaddons.iam.gserviceaccount.com"


@dataclass(frozen=True)
class Setting:
    env: str
    attr: str
    parse: Callable[[str], Any]
    default: Any
    doc: str
    secret: bool = False
    check: Check | None = None  # semantic validation after parsing (ranges, names, URL schemes)
    show: Callable[[Any], str] | None = None  # how `config check` shows a value that is partly secret


SETTINGS: tuple[Setting, ...] = (
    # core
    Setting("AUPBOT_DB", "db_path", _path, PROJECT_ROOT / "var" / "aupbot.db", "SQLite database file"),
    Setting("AUPBOT_POLICY", "policy_path", _path, DEFAULT_POLICY, "policy file (YAML) the bot enforces"),
    Setting("AUPBOT_HASH_SECRET", "hash_secret", _text, "", "HMAC key that identifies repeated detected values "
            "without storing them; generated under var/ when unset", secret=True),
    Setting("AUPBOT_LOG_LEVEL", "log_level", _text, "INFO", "log level (DEBUG, INFO, WARNING, ERROR)",
            check=_log_level),
    Setting("AUPBOT_HOST", "host", _text, "127.0.0.1", "address `aupbot serve` listens on"),
    Setting("AUPBOT_PORT", "port", _int, 3000, "port `aupbot serve` listens on", check=_port),
    Setting("AUPBOT_REVIEWERS", "reviewers", _list, (), "IT reviewers, as platform-qualified ids "
            "(slack:U123, gchat:users/456, console:alice)"),
    Setting("AUPBOT_ADMINS", "admins", _list, (), "bot administrators, platform-qualified ids as above"),
    # Slack
    Setting("SLACK_BOT_TOKEN", "slack_bot_token", _text, "", "Slack bot token (xoxb-)", secret=True,
            check=slack_token("xoxb-")),
    Setting("SLACK_SIGNING_SECRET", "slack_signing_secret", _text, "", "Slack signing secret (HTTP mode)",
            secret=True),
    Setting("SLACK_APP_TOKEN", "slack_app_token", _text, "", "Slack app-level token (xapp-) for Socket Mode",
            secret=True, check=slack_token("xapp-")),
    Setting("SLACK_ADMIN_USER_TOKEN", "slack_admin_user_token", _text, "", "optional admin user token (xoxp-); "
            "only with it does the bot delete flagged messages", secret=True, check=slack_token("xoxp-")),
    Setting("SLACK_CLIENT_ID", "slack_client_id", _text, "", "Slack app's client id; with SLACK_CLIENT_SECRET the "
            "app is installed through OAuth (/slack/install) into any number of workspaces or a Grid org, and each "
            "request is authorised with its workspace's stored token instead of SLACK_BOT_TOKEN"),
    Setting("SLACK_CLIENT_SECRET", "slack_client_secret", _text, "", "Slack app's client secret (OAuth mode)",
            secret=True),
    Setting("AUPBOT_SLACK_REDIRECT_URI", "slack_redirect_uri", _text, "", "OAuth redirect URL registered with the "
            "app, https://<host>/slack/oauth_redirect (empty: the app's single registered URL)", check=http_url),
    Setting("AUPBOT_SLACK_SCOPES", "slack_scopes", _list, (), "bot scopes an OAuth install asks for (empty: the "
            "bot scopes of app_manifest.yml)"),
    Setting("AUPBOT_SLACK_STATE_SECRET", "slack_state_secret", _text, "", "key that signs the OAuth state of an "
            "install in progress (empty: derived from AUPBOT_HASH_SECRET)", secret=True),
    Setting("AUPBOT_SLACK_API_URL", "slack_api_url", _text, "https://slack.com/api/", "Slack Web API base URL",
            check=http_url),
    Setting("AUPBOT_SLACK_IT_CHANNEL", "slack_it_channel", _text, "", "Slack channel id for IT alerts and reports"),
    Setting("AUPBOT_SLACK_WATCH_CHANNELS", "slack_watch_channels", _list, (), "Slack channel ids sanctioned for "
            "watching at start (admins add more with /aup watch on)"),
    # Google Chat
    Setting("AUPBOT_GCHAT_AUDIENCE", "gchat_audience", _text, "", "audience of Google Chat's tokens: the project "
            "number or the endpoint URL"),
    Setting("AUPBOT_GCHAT_CERTS_URL", "gchat_certs_url", _text,
            "https://www.googleapis.com/service_accounts/v1/metadata/x509/chat@system.gserviceaccount.com",
            "where Google Chat's signing certificates are fetched", check=http_url),
    Setting("AUPBOT_GCHAT_ADDON_AUDIENCE", "gchat_addon_audience", _text, "", "for an app published as a Google "
            "Workspace add-on: the HTTP endpoint URL its tokens name as audience (https://<host>/google-chat/events)",
            check=http_url),
    Setting("AUPBOT_GCHAT_ADDON_EMAIL", "gchat_addon_email", _text, "", "the add-on's service account, "
            "service-<project number>@gcp-sa-gsuiteaddons.iam.gserviceaccount.com, whose ID tokens are accepted",
            check=addon_account),
    Setting("AUPBOT_GCHAT_ADDON_CERTS_URL", "gchat_addon_certs_url", _text, "https://www.googleapis.com/oauth2/v1/certs",
            "where Google's OAuth certificates that sign add-on tokens are fetched", check=http_url),
    Setting("AUPBOT_GCHAT_API_URL", "gchat_api_url", _text, "https://chat.googleapis.com/", "Chat API base URL",
            check=http_url),
    Setting("AUPBOT_GCHAT_CREDENTIALS", "gchat_credentials", _text, "", "for calling the Chat API: a "
            "service-account key file, a workload identity configuration file, or application-default"),
    Setting("AUPBOT_GCHAT_DELEGATED_USER", "gchat_delegated_user", _text, "", "user to impersonate with "
            "domain-wide delegation for reading spaces (empty: app authentication)"),
    Setting("AUPBOT_GCHAT_AUP_COMMAND_ID", "gchat_aup_command_id", _int, 1, "command id of /aup in Google Chat",
            check=positive),
    Setting("AUPBOT_GCHAT_REPORT_COMMAND_ID", "gchat_report_command_id", _int, 2,
            "command id of /report in Google Chat", check=positive),
    Setting("AUPBOT_GCHAT_WATCH_SPACES", "gchat_watch_spaces", _list, (), "Google Chat spaces (spaces/AAA) to watch"),
    Setting("AUPBOT_GCHAT_IT_SPACE", "gchat_it_space", _text, "", "Google Chat space for IT alerts and reports"),
    Setting("AUPBOT_GCHAT_POLL_SECONDS", "gchat_poll_seconds", _int, 60, "how often watched spaces are polled",
            check=positive),
    Setting("AUPBOT_GCHAT_SYNC_BUDGET", "gchat_sync_budget", _float, 20.0, "seconds the Chat endpoint works "
            "before answering \"working on it\" and posting the result later (Chat waits about 30 s)", check=positive),
    # reports and delivery
    Setting("AUPBOT_DIRECTORY", "directory_path", _path, PROJECT_ROOT / "config" / "directory.yaml",
            "school/department -> management contacts (YAML or CSV)"),
    Setting("AUPBOT_SMTP_URL", "smtp_url", _text, "", "smtp://[user:password@]host:port[?starttls=true]",
            secret=True, check=url_with("smtp", "smtps")),
    Setting("AUPBOT_SMTP_FROM", "smtp_from", _text, "aupbot@localhost", "From address of outgoing mail"),
    Setting("AUPBOT_SERVICEDESK_EMAIL", "servicedesk_email", _text, "", "ITS Service Desk mailbox for reports"),
    Setting("AUPBOT_SERVICEDESK_URL", "servicedesk_url", _text, "", "service-desk REST table endpoint "
            "(ServiceNow style) that incidents are POSTed to; a user:password in it is masked when shown",
            check=http_url, show=_mask_url_credentials),
    Setting("AUPBOT_SERVICEDESK_USER", "servicedesk_user", _text, "", "basic-auth user for the REST endpoint"),
    Setting("AUPBOT_SERVICEDESK_PASSWORD", "servicedesk_password", _text, "", "basic-auth password", secret=True),
    Setting("AUPBOT_SERVICEDESK_TOKEN", "servicedesk_token", _text, "", "bearer token for the REST endpoint",
            secret=True),
    Setting("AUPBOT_WEBHOOK_URL", "webhook_url", _text, "", "generic JSON webhook receiving each report",
            secret=True, check=http_url),
    Setting("AUPBOT_DELIVERY_TIMEOUT", "delivery_timeout", _float, 10.0, "seconds before a delivery attempt "
            "times out", check=positive),
    Setting("AUPBOT_OUTBOX_MAX_ATTEMPTS", "outbox_max_attempts", _int, 12, "attempts before a delivery goes dead "
            "(12 spans at least 3.5 hours of outage with the backoff)", check=positive),
    # attachments in watched places
    Setting("AUPBOT_ATTACHMENT_MAX_BYTES", "attachment_max_bytes", _int, 10_485_760, "largest shared file that is "
            "downloaded and scanned, in bytes (larger ones are noted as not scanned)", check=positive),
    Setting("AUPBOT_ATTACHMENT_MAX_CHARS", "attachment_max_chars", _int, 1_000_000, "characters of text read from "
            "one shared file; the rest is noted as not scanned (at most 2,000,000, the scanner's limit)",
            check=positive),
    # retention
    Setting("AUPBOT_FINDINGS_RETENTION_DAYS", "findings_retention_days", _int, 90, "days findings are kept",
            check=positive),
    Setting("AUPBOT_RECORDS_RETENTION_DAYS", "records_retention_days", _int, 2555, "days reports and their "
            "history are kept (records-retention schedule)", check=positive),
)


_DEFAULTS: dict[str, Any] = {s.attr: s.default for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    """Effective configuration. Build with `Settings.from_env()`; tests call `Settings.for_tests(...)`.

    One typed field per entry of SETTINGS (a test holds the two to the same names), defaults taken from there so
    each default is written once."""

    db_path: Path = _DEFAULTS["db_path"]
    policy_path: Path = _DEFAULTS["policy_path"]
    hash_secret: str = _DEFAULTS["hash_secret"]
    log_level: str = _DEFAULTS["log_level"]
    host: str = _DEFAULTS["host"]
    port: int = _DEFAULTS["port"]
    reviewers: tuple[str, ...] = _DEFAULTS["reviewers"]
    admins: tuple[str, ...] = _DEFAULTS["admins"]
    slack_bot_token: str = _DEFAULTS["slack_bot_token"]
    slack_signing_secret: str = _DEFAULTS["slack_signing_secret"]
    slack_app_token: str = _DEFAULTS["slack_app_token"]
    slack_admin_user_token: str = _DEFAULTS["slack_admin_user_token"]
    slack_client_id: str = _DEFAULTS["slack_client_id"]
    slack_client_secret: str = _DEFAULTS["slack_client_secret"]
    slack_redirect_uri: str = _DEFAULTS["slack_redirect_uri"]
    slack_scopes: tuple[str, ...] = _DEFAULTS["slack_scopes"]
    slack_state_secret: str = _DEFAULTS["slack_state_secret"]
    slack_api_url: str = _DEFAULTS["slack_api_url"]
    slack_it_channel: str = _DEFAULTS["slack_it_channel"]
    slack_watch_channels: tuple[str, ...] = _DEFAULTS["slack_watch_channels"]
    gchat_audience: str = _DEFAULTS["gchat_audience"]
    gchat_certs_url: str = _DEFAULTS["gchat_certs_url"]
    gchat_addon_audience: str = _DEFAULTS["gchat_addon_audience"]
    gchat_addon_email: str = _DEFAULTS["gchat_addon_email"]
    gchat_addon_certs_url: str = _DEFAULTS["gchat_addon_certs_url"]
    gchat_api_url: str = _DEFAULTS["gchat_api_url"]
    gchat_credentials: str = _DEFAULTS["gchat_credentials"]
    gchat_delegated_user: str = _DEFAULTS["gchat_delegated_user"]
    gchat_aup_command_id: int = _DEFAULTS["gchat_aup_command_id"]
    gchat_report_command_id: int = _DEFAULTS["gchat_report_command_id"]
    gchat_watch_spaces: tuple[str, ...] = _DEFAULTS["gchat_watch_spaces"]
    gchat_it_space: str = _DEFAULTS["gchat_it_space"]
    gchat_poll_seconds: int = _DEFAULTS["gchat_poll_seconds"]
    gchat_sync_budget: float = _DEFAULTS["gchat_sync_budget"]
    directory_path: Path = _DEFAULTS["directory_path"]
    smtp_url: str = _DEFAULTS["smtp_url"]
    smtp_from: str = _DEFAULTS["smtp_from"]
    servicedesk_email: str = _DEFAULTS["servicedesk_email"]
    servicedesk_url: str = _DEFAULTS["servicedesk_url"]
    servicedesk_user: str = _DEFAULTS["servicedesk_user"]
    servicedesk_password: str = _DEFAULTS["servicedesk_password"]
    servicedesk_token: str = _DEFAULTS["servicedesk_token"]
    webhook_url: str = _DEFAULTS["webhook_url"]
    delivery_timeout: float = _DEFAULTS["delivery_timeout"]
    outbox_max_attempts: int = _DEFAULTS["outbox_max_attempts"]
    attachment_max_bytes: int = _DEFAULTS["attachment_max_bytes"]
    attachment_max_chars: int = _DEFAULTS["attachment_max_chars"]
    findings_retention_days: int = _DEFAULTS["findings_retention_days"]
    records_retention_days: int = _DEFAULTS["records_retention_days"]

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        problems = []
        for s in SETTINGS:
            raw = env.get(s.env)
            if raw is None or raw == "":
                continue
            try:
                values[s.attr] = s.parse(raw)
            except (ValueError, TypeError) as exc:
                problems.append(f"{s.env}: {exc if not s.secret else 'invalid value'}")
                continue
            problem = s.check(values[s.attr]) if s.check else None
            if problem:
                problems.append(f"{s.env}: {problem}")
        if problems:
            raise SettingsError("invalid configuration: " + "; ".join(problems))
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        unknown = set(changes) - {s.attr for s in SETTINGS}
        if unknown:
            raise AttributeError(f"unknown settings: {sorted(unknown)}")
        return replace(self, **changes)

    @classmethod
    def for_tests(cls, tmp_path: Path, **changes: Any) -> Settings:
        return cls().with_(db_path=tmp_path / "aupbot.db", hash_secret="test-hash-secret", **changes)

    @property
    def slack_oauth(self) -> bool:
        """OAuth mode: installs are stored and each request is authorised with its own workspace's token."""
        return bool(self.slack_client_id and self.slack_client_secret)

    @property
    def slack_configured(self) -> bool:
        if self.slack_oauth:   # the install and redirect pages and signed events all need HTTP mode
            return bool(self.slack_signing_secret)
        return bool(self.slack_bot_token and (self.slack_signing_secret or self.slack_app_token))

    @property
    def gchat_configured(self) -> bool:
        return bool(self.gchat_audience or self.gchat_addon)

    @property
    def gchat_addon(self) -> bool:
        """Published as a Workspace add-on: its ID tokens are accepted (bot/gchat/verify.py)."""
        return bool(self.gchat_addon_audience and self.gchat_addon_email)

    def watched_at_start(self, platform: str) -> tuple[str, ...]:
        """The places sanctioned for watching before any admin says so, by platform: each platform's own
        setting (AUPBOT_SLACK_WATCH_CHANNELS, AUPBOT_GCHAT_WATCH_SPACES), so handlers name no platform."""
        return {"slack": self.slack_watch_channels, "gchat": self.gchat_watch_spaces}.get(platform, ())

    def desk_route_configured(self) -> bool:
        """Whether a report can reach the ITS Service Desk at all: mail needs a server and an address, the REST
        desk a URL. Without either a report is stored but nobody outside the bot hears of it."""
        return bool((self.smtp_url and self.servicedesk_email) or self.servicedesk_url)

    def it_chat_targets(self) -> list[str]:
        """The configured IT channels, as platform-qualified chat targets (reports, alerts, the digest)."""
        targets = []
        if self.slack_it_channel:
            targets.append(f"slack:{self.slack_it_channel}")
        if self.gchat_it_space:
            targets.append(f"gchat:{self.gchat_it_space}")
        return targets

    def warnings(self) -> list[str]:
        """Half-configured platforms: each is legal on its own but leaves a part silently off."""
        return [message for applies, message in HALF_CONFIGURED if applies(self)]

    def masked(self) -> list[tuple[str, str, str]]:
        """(variable, effective value with secrets masked, doc) for `aupbot config check`."""
        rows = []
        for s in SETTINGS:
            value = getattr(self, s.attr)
            if isinstance(value, tuple):
                value = ",".join(value)
            shown = str(value)
            if s.secret and shown:
                shown = "(set, hidden)"
            elif s.show and shown:
                shown = s.show(value)
            rows.append((s.env, shown, s.doc))
        return rows


# (condition, warning) pairs: `aupbot config check` prints each that applies and `aupbot serve` logs it.
HALF_CONFIGURED: tuple[tuple[Callable[[Settings], bool], str], ...] = (
    (lambda s: bool(s.slack_bot_token) and not (s.slack_signing_secret or s.slack_app_token),
     "SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode) nor SLACK_APP_TOKEN (Socket Mode) "
     "is: Slack is off"),
    (lambda s: bool(s.slack_client_id) != bool(s.slack_client_secret),
     "only one of SLACK_CLIENT_ID and SLACK_CLIENT_SECRET is set: OAuth installs are off"),
    (lambda s: s.slack_oauth and not s.slack_signing_secret,
     "SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are set but SLACK_SIGNING_SECRET is not: OAuth installs need HTTP "
     "mode, Slack is off"),
    (lambda s: s.slack_oauth and bool(s.slack_bot_token),
     "SLACK_BOT_TOKEN is set in OAuth mode: it is unused, each workspace's installed token is used instead"),
    (lambda s: bool(s.slack_signing_secret or s.slack_app_token) and not s.slack_bot_token and not s.slack_oauth,
     "SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not: Slack is off"),
    (lambda s: bool(s.slack_admin_user_token) and not s.slack_configured,
     "SLACK_ADMIN_USER_TOKEN is set but Slack is not configured: it is unused"),
    (lambda s: bool(s.gchat_credentials or s.gchat_it_space or s.gchat_watch_spaces) and not s.gchat_configured,
     "Google Chat settings are set but AUPBOT_GCHAT_AUDIENCE is not: Google Chat is off"),
    (lambda s: bool(s.gchat_addon_audience) != bool(s.gchat_addon_email),
     "only one of AUPBOT_GCHAT_ADDON_AUDIENCE and AUPBOT_GCHAT_ADDON_EMAIL is set: add-on requests get 401"),
    (lambda s: s.gchat_configured and not s.gchat_credentials,
     "AUPBOT_GCHAT_AUDIENCE is set but AUPBOT_GCHAT_CREDENTIALS is not: Google Chat replies stay synchronous "
     "and no space is watched"),
    (lambda s: bool(s.servicedesk_user) != bool(s.servicedesk_password),
     "only one of AUPBOT_SERVICEDESK_USER and AUPBOT_SERVICEDESK_PASSWORD is set: basic auth is incomplete"),
)


def markdown_table() -> str:
    """The README's configuration table (`python -m bot.settings` prints it)."""
    lines = ["| variable | default | what it sets |", "| --- | --- | --- |"]
    for s in SETTINGS:
        default = s.default
        if isinstance(default, tuple):
            default = ",".join(default)
        if isinstance(default, Path):
            default = default.relative_to(PROJECT_ROOT) if default.is_relative_to(PROJECT_ROOT) else default
        shown = f"`{default}`" if default != "" else ""
        lines.append(f"| `{s.env}` | {shown} | {s.doc}{' (secret)' if s.secret else ''} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown_table())
