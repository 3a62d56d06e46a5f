"""The whole bot on loopback with every way out captured: the real serve stack with the Slack and the Google
Chat components, the Slack Web API and Google (Chat API, tokens, certificates) stand-ins, an SMTP server
(aiosmtpd), a REST service desk, a generic webhook receiver, and every log record. Privacy tests post
through it and then search everything that left, and the SQLite file, for raw values.

    with Deployment(settings, db) as world:
        world.slack.event({...}); world.chat({...}); world.poll_chat(); world.deliver()
        for where, text in world.everything(): ...
"""
from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator

import requests

from tests.servers.google import ChatSigner, GoogleStandIn, service_account_file, signing_key
from tests.servers.rest import RestStandIn
from tests.servers.slack_api import RunningBot
from tests.servers.smtp import SmtpStandIn

SLACK_IT = "C0ITDESK"
SLACK_WATCHED = "C0TEAM"
SLACK_ADMIN = "U0ADMIN"
CHAT_IT = "spaces/ITDESK"
CHAT_WATCHED = "spaces/A"
CHAT_AUDIENCE = "123456789012"
CHAT_AUP_COMMAND = 1


class LogCapture(logging.Handler):
    """Every record of every logger, formatted with its arguments, exceptions and stack included."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []
        self._lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        line = self.format(record)
        with self._lock:
            self.lines.append(line)


def _run_until_closed(server) -> None:
    try:
        server.run()
    except (OSError, ValueError):  # close() from the test thread ends the select loop this way
        pass


class Deployment:
    """Use as a context manager; see the module docstring."""

    def __init__(self, settings, db, tmp_path) -> None:
        self.db = db
        self.tmp_path = tmp_path
        self.smtp = SmtpStandIn()
        self.desk = RestStandIn()
        self.webhook = RestStandIn()
        self.google = GoogleStandIn()
        self.logs = LogCapture()
        self._settings = settings

    def __enter__(self) -> Deployment:
        from bot.commands.serve import build_server
        from bot.gchat.api import ChatApi
        from bot.gchat.component import component
        from bot.gchat.poller import SpacePoller

        root = logging.getLogger()
        self._old_level = root.level
        root.addHandler(self.logs)
        root.setLevel(logging.DEBUG)
        self.smtp.__enter__()
        self.desk.__enter__()
        self.webhook.__enter__()
        self.google.__enter__()
        self.google.add_space(CHAT_WATCHED)
        self.webhook_url = self.webhook.url.replace(RestStandIn.PATH, "/hook")
        self.bot = RunningBot(
            self._settings, self.db, slack_it_channel=SLACK_IT, admins=(f"slack:{SLACK_ADMIN}",),
            reviewers=(f"slack:{SLACK_ADMIN}",), smtp_url=self.smtp.url, servicedesk_email="servicedesk@cps.edu",
            servicedesk_url=self.desk.url, webhook_url=self.webhook_url,
            gchat_audience=CHAT_AUDIENCE, gchat_api_url=self.google.url, gchat_certs_url=self.google.certs_url,
            gchat_credentials=str(service_account_file(self.tmp_path, self.google.token_url)),
            gchat_it_space=CHAT_IT, gchat_watch_spaces=(CHAT_WATCHED,))
        self.bot.__enter__()
        self.settings = self.bot.settings
        self.slack = self.bot.slack
        self.slack_api = self.bot.api
        self._chat_component = component(self.settings, self.db)   # registers the "gchat" outbox sender
        _, self._chat_server = build_server(self.settings, self.db, [self._chat_component])
        threading.Thread(target=_run_until_closed, args=(self._chat_server,), daemon=True).start()
        self._chat_url = f"http://127.0.0.1:{self._chat_server.effective_port}/google-chat/events"
        self._signer = ChatSigner(signing_key(), CHAT_AUDIENCE)
        self._session = requests.Session()
        self.poller = SpacePoller(self.settings, self.db, ChatApi(self.settings))
        return self

    def __exit__(self, *exc) -> None:
        from bot.delivery.chat import unregister_sender

        try:
            self._chat_server.close()
            self._chat_component.stop()
            unregister_sender("gchat")
            self.bot.__exit__(*exc)
        finally:
            for server in (self.google, self.webhook, self.desk, self.smtp):
                server.__exit__(*exc)
            root = logging.getLogger()
            root.removeHandler(self.logs)
            root.setLevel(self._old_level)

    # -- driving it -------------------------------------------------------------------------------------------

    def chat(self, event: dict) -> dict:
        """A signed Google Chat event to the bot's endpoint, as Google sends it; the synchronous reply."""
        response = self._session.post(self._chat_url, data=json.dumps(event).encode(), timeout=30,
                                      headers={"Content-Type": "application/json",
                                               "Authorization": f"Bearer {self._signer.token()}"})
        assert response.status_code == 200, response.text
        return response.json()

    def deliver(self) -> None:
        """Everything queued in the outbox, delivered now (mail, service desk, webhook, Slack and Chat posts)."""
        from bot.outbox import Outbox

        Outbox(self.db, self.settings).deliver_all()

    # -- what left ------------------------------------------------------------------------------------------

    def database_bytes(self) -> bytes:
        """The SQLite file and its -wal and -shm companions, as bytes on disk."""
        return b"".join(p.read_bytes() for p in sorted(self.db.path.parent.glob(self.db.path.name + "*")))

    def everything(self) -> Iterator[tuple[str, str]]:
        """(where, text) for every request any stand-in recorded, every mail, every log line and the database."""
        for call in list(self.slack_api.calls):
            yield f"Slack {call.method}", json.dumps(call.params, ensure_ascii=False)
        for request in list(self.google.data.requests) + list(self.google.data.posts):
            yield f"Chat {request.method} {request.path}", json.dumps(request.body, ensure_ascii=False)
        for raw in list(self.smtp.raw):
            yield "mail (raw)", raw.decode("utf-8", "replace")
        for message in list(self.smtp.messages):
            for part in message.walk():
                if not part.is_multipart():
                    yield "mail (decoded)", str(part.get_content())
        for raw in self.desk.bodies():
            yield "service desk request", raw
        for raw in self.webhook.bodies():
            yield "webhook request", raw
        for line in list(self.logs.lines):
            yield "log", line
        yield "database file", self.database_bytes().decode("utf-8", "replace")
