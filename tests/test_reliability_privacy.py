"""The bot must never become the leak: messages full of secrets go through the whole bot (a watched channel,
direct-message questions, slash commands, a violation report through the Slack modal, the approvals register,
the outbox delivering to Slack and to a webhook), and then the database file, every log line and every outgoing
request are searched for any raw secret. None may appear."""
from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.servers.slack_api import RunningBot

pytest.importorskip("handlers.watch")

IT = "C0ITDESK"
TEAM = "C0TEAM"
ADMIN = "U0ADMIN"

# Made-up values of every kind the detectors know, each written as people write them.
SECRETS = {
    "ssn": ("New hire paperwork: Jamie Rivera, SSN 518-24-7391", "518-24-7391"),
    "card": ("use the school card 4539 1488 0343 6467 exp 09/28 for the field trip", "4539 1488 0343 6467"),
    "password": ("the wifi password for the library network is Reading4All!", "Reading4All!"),
    "login": ("password: Winter-Bus-2031", "Winter-Bus-2031"),
    "aws": ("key AKIAZ7QW3RTY5UIO9PAS and secret in the vault", "AKIAZ7QW3RTY5UIO9PAS"),
    "github": ("token ghp_Q2w3E4r5T6y7U8i9O0pAsDfGhJkLzXcVbNm1", "ghp_Q2w3E4r5T6y7U8i9O0pAsDfGhJkLzXcVbNm1"),
    "bank": ("direct deposit: routing 083695801 account 1029384756", "1029384756"),
}
RAW_VALUES = [raw for _, raw in SECRETS.values()] + ["4539148803436467", "518247391"]


class Webhook:
    """A loopback receiver for the generic JSON webhook transport: records every body it is sent."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                receiver.bodies.append(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class AllLogs(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture(scope="module")
def traffic(tmp_path_factory):
    return scenario(tmp_path_factory.mktemp("privacy"))


def scenario(directory) -> dict[str, list[tuple[str, bool]]]:
    """Runs the whole scenario once in `directory` (also used by bench/bench_reliability.py); returns
    {place: [(text, is_reply_to_asker)]}."""
    from bot.settings import Settings
    from bot.store import Database

    settings = Settings.for_tests(directory)
    db = Database(settings.db_path)
    from bot.outbox import Outbox
    from handlers import approvals
    from handlers.types import Person
    from tests.servers.slack_api import view_submission as submission

    logs = AllLogs()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(logs)
    root.setLevel(logging.DEBUG)
    webhook = Webhook()
    try:
        with RunningBot(settings, db, slack_it_channel=IT, admins=(f"slack:{ADMIN}",),
                        webhook_url=webhook.url) as bot:
            bot.slack.command("watch on", user=ADMIN, channel=TEAM)
            bot.api.wait_for("response_url")
            for n, (message, _) in enumerate(SECRETS.values()):
                # said in a watched channel, asked in a DM, asked with the slash command
                bot.slack.event({"type": "message", "channel": TEAM, "channel_type": "channel", "user": f"U0POSTER{n}",
                                 # one poster each: nudges are rate-limited per person
                                 "text": message, "ts": f"1700000001.{n:06d}"})
                bot.slack.event({"type": "message", "channel": "D0DM", "channel_type": "im", "user": "U0STAFF",
                                 "text": f"is it ok that I posted this? {message}", "ts": f"1700000002.{n:06d}"})
                bot.slack.command(f"can I share this with my team: {message}")
            bot.api.wait_for("chat.postEphemeral", count=len(SECRETS), timeout=15)   # one nudge per message
            bot.api.wait_for("chat.postMessage", where=lambda p: p["channel"] == "D0DM", count=len(SECRETS),
                             timeout=15)
            # a report whose description and people are full of them
            bot.slack.command("report")
            view = bot.api.wait_for("views.open")[0]["view"]
            every = " ; ".join(m for m, _ in SECRETS.values())
            status, body = bot.slack.interaction(submission(
                view, category="security_breach", location="lincoln-park-hs",
                description=f"Someone posted all of this in #team: {every}", people_involved=SECRETS["ssn"][0]))
            assert status == 200 and body == "", body
            # an approval registered with a pasted password in its free text
            approvals.register(db, bot.settings, Person("slack:U0STAFF"),
                               {"kind": "social", "subject": f"@LaneSoccer {SECRETS['login'][0]}",
                                "approver": "Dr. Ruiz", "date": "2026-09-01", "form": SECRETS["aws"][0]})
            Outbox(db, bot.settings).deliver_all()
            bot.api.wait_for("chat.postMessage", where=lambda p: p["channel"] == IT, timeout=10)
            outgoing = [(f"{c.method} {json.dumps(c.params)}", _to_asker(c.method, c.params)) for c in bot.api.calls]
    finally:
        root.removeHandler(logs)
        root.setLevel(old_level)
        webhook.close()

    db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    stored = b"".join(p.read_bytes() for p in db.path.parent.glob(db.path.name + "*"))
    db.close()
    assert webhook.bodies, "the report never reached the webhook"
    assert logs.lines, "nothing was logged: the log check would prove nothing"
    return {"database file": [(stored.decode("utf-8", "replace"), False)],
            # slack_sdk's DEBUG lines mirror each Web API call: they are judged with the call they mirror
            "log": [(line, line.startswith("slack_sdk.") and "Sending a request" in line) for line in logs.lines],
            "Slack API call": outgoing,
            "webhook request": [(b.decode(), False) for b in webhook.bodies]}


def _to_asker(method: str, params: dict) -> bool:
    """The bot's own reply to the person who asked (their DM thread, or the slash command's response_url)."""
    return method == "response_url" or (method == "chat.postMessage" and params.get("channel") == "D0DM")


def leaks(traffic, *, replies_to_asker: bool) -> list[str]:
    # where each leak is: the log line's logger or the API method (first 60 characters), never the whole blob
    found = set()
    for where, entries in traffic.items():
        for entry, to_asker in entries:
            if to_asker != replies_to_asker:
                continue
            for raw in RAW_VALUES:
                if raw in entry:
                    found.add(f"{raw} in the {where}" + ("" if where == "database file" else f": {entry[:60]!r}"))
    return sorted(found)


def test_no_raw_secret_reaches_the_database_the_logs_it_the_service_desk_or_the_nudges(traffic):
    assert leaks(traffic, replies_to_asker=False) == []


def test_the_reply_to_a_question_does_not_repeat_a_secret_pasted_into_it(traffic):
    assert leaks(traffic, replies_to_asker=True) == []
