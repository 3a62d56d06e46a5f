"""Staff-typed text never becomes markup where the bot posts it (issue 12, items 3 and 4).

One hostile text (Slack broadcasts, a mention, a channel link, disguised links, Chat mentions) goes through every
path that posts, on both platforms, against the real serve stack on loopback: policy answers, reports, IT posts
and nudges from watching, the weekly digest, approval reminders and the approvals register's replies. What
reached the Slack Web API stand-in, the Chat API stand-in (and the Chat endpoint's synchronous replies) and the
SMTP stand-in is then searched for live markup: there must be none, and the hostile text must have arrived
(neutralised), so a path that posted nothing cannot pass by accident.
"""
from __future__ import annotations

import html
import json
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pytest
import requests

from bot.delivery import markup
from bot.delivery.chat import unregister_sender
from bot.outbox import Outbox
from tests.servers.google import ChatSigner, GoogleStandIn, events, service_account_file, signing_key
from tests.servers.slack_api import SlackAPIStandIn, SlackSender
from tests.servers.smtp import SmtpStandIn

HOSTILE = ("<!channel> <!here> <@U0VICTIM> <#C0SECRET> <http://evil.example/login|Click to re-verify your SSO> "
           "<users/all> <users/123> <https://evil.example/reset|Your password expires today> &amp; @channel")
# what Slack would render as a broadcast, a mention, a channel link or a disguised link
SLACK_LIVE = re.compile(r"<(?:!(?:channel|here|everyone)|@U0VICTIM|#C0SECRET|https?://evil\.example)")
# what Google Chat would render as a mention or a link
CHAT_LIVE = re.compile(r"<(?:users/|https?://evil\.example)", re.IGNORECASE)
# the subject the attack registered (plus a Chat mention): fits the register's 200-character subject
SUBJECT = "<!channel> <!here> <@U0VICTIM> <http://evil.example/login|Click to re-verify your SSO> <users/all>"
SEEN = "evil.example"             # the hostile text arrived (neutralised), so the path did post it

SECRET = "test-signing-secret"
AUDIENCE = "123456789012"
AUP = 1
IT_CHANNEL = "C0ITDESK"
IT_SPACE = "spaces/ITDESK"
TEAM = "C0TEAM"
ADMIN = "U0ADMIN"
COACH = {"name": "users/100", "displayName": "Dana <users/all> Coach", "email": "dana@cps.edu", "type": "HUMAN"}
SSN = "518-24-7391"


def _run_until_closed(server) -> None:
    try:
        server.run()
    except (OSError, ValueError):  # close() from the test thread ends the select loop this way
        pass


@dataclass
class Stack:
    settings: object
    db: object
    slack_api: SlackAPIStandIn
    google: GoogleStandIn
    smtp: SmtpStandIn
    slack: SlackSender
    chat_url: str
    chat_replies: list[dict] = field(default_factory=list)

    def chat(self, event: dict) -> dict:
        token = ChatSigner(signing_key(), AUDIENCE).token()
        response = requests.post(self.chat_url, data=json.dumps(event).encode(), timeout=30,
                                 headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
        assert response.status_code == 200, response.text
        body = response.json()
        self.chat_replies.append(body)
        return body

    def slack_say(self, line: str, user: str = "U0COACH", channel: str = TEAM) -> dict:
        """A slash command as Slack sends it (&, < and > escaped) and its answer."""
        before = len(self.slack_api.called("response_url"))
        status, _ = self.slack.command(html.escape(line, quote=False), user=user, channel=channel)
        assert status == 200
        return self.slack_api.wait_for("response_url", count=before + 1)[before]

    def deliver(self) -> None:
        Outbox(self.db, self.settings).deliver_all()

    # what reached each outside service and is shown to people (button values and action parameters are data
    # the platform hands back to the bot, never rendered)
    def slack_sent(self) -> str:
        return "\n".join(_rendered([c.params for c in self.slack_api.calls]))

    def chat_sent(self) -> str:
        with self.google.lock:
            posts = [p.body for p in self.google.data.posts]
        return "\n".join(_rendered(posts + self.chat_replies))

    def mail_sent(self) -> str:
        return "\n".join(str(m) for m in self.smtp.messages)

    def assert_no_live_markup(self, *, slack: bool = True, chat: bool = True) -> None:
        slack_sent, chat_sent = self.slack_sent(), self.chat_sent()
        assert SLACK_LIVE.findall(slack_sent) == []
        assert CHAT_LIVE.findall(chat_sent) == []
        assert SLACK_LIVE.findall(self.mail_sent()) == [] and CHAT_LIVE.findall(self.mail_sent()) == []
        if slack:
            assert SEEN in slack_sent, "the hostile text never reached Slack: the path was not exercised"
        if chat:
            assert SEEN in chat_sent, "the hostile text never reached Chat: the path was not exercised"


@pytest.fixture
def stack(settings, db, tmp_path):
    from bot.commands.serve import build_server
    from bot.gchat.component import component as gchat_component
    from bot.slack.component import component as slack_component

    with SlackAPIStandIn() as slack_api, GoogleStandIn() as google, SmtpStandIn() as smtp:
        google.add_space("spaces/TEAM")
        google.add_dm_space("users/100", "spaces/DM100")
        google.add_dm_space("users/200", "spaces/DM200")
        configured = settings.with_(
            host="127.0.0.1", port=0, slack_bot_token="xoxb-test-token", slack_signing_secret=SECRET,
            slack_api_url=slack_api.base_url, slack_it_channel=IT_CHANNEL, admins=(f"slack:{ADMIN}",),
            gchat_audience=AUDIENCE, gchat_certs_url=google.certs_url, gchat_api_url=google.url,
            gchat_credentials=str(service_account_file(tmp_path, google.token_url)), gchat_it_space=IT_SPACE,
            gchat_watch_spaces=("spaces/TEAM",), smtp_url=smtp.url, servicedesk_email="servicedesk@cps.edu")
        slack_comp = slack_component(configured, db)
        gchat_comp = gchat_component(configured, db)
        _, server = build_server(configured, db, [slack_comp, gchat_comp])
        slack_comp.start()
        thread = threading.Thread(target=_run_until_closed, args=(server,), daemon=True)
        thread.start()
        base = f"http://127.0.0.1:{server.effective_port}"
        try:
            yield Stack(configured, db, slack_api, google, smtp, SlackSender(f"{base}/slack/events", SECRET, slack_api),
                        f"{base}/google-chat/events")
        finally:
            slack_api.delay_seconds = 0
            server.close()
            slack_comp.stop()
            gchat_comp.stop()
            unregister_sender("slack")
            unregister_sender("gchat")


# -- the neutralisers themselves ---------------------------------------------------------------------------------


def test_the_slack_neutraliser_leaves_no_control_sequence():
    assert SLACK_LIVE.findall(markup.neutralise(HOSTILE)) == []
    assert "<" not in markup.neutralise(HOSTILE) and "@channel" not in markup.neutralise(HOSTILE)


def test_the_chat_neutraliser_breaks_mentions_and_links_and_is_idempotent():
    once = markup.chat_text(HOSTILE)
    assert CHAT_LIVE.findall(once) == [] and markup.chat_text(once) == once
    assert markup.chat_text("/aup <question>") == "/aup <question>"   # not markup in Chat: left as written
    assert CHAT_LIVE.findall(markup.from_outbox_to_chat(markup.neutralise(HOSTILE))) == []


# -- every path that posts ---------------------------------------------------------------------------------------


def test_policy_answers_on_both_platforms_post_no_live_markup(stack):
    stack.slack_say("can I text " + HOSTILE)
    stack.slack.event({"type": "message", "channel": "D0DM", "channel_type": "im", "user": "U0COACH",
                       "text": "can I friend a parent " + HOSTILE, "ts": "1700000000.000100"})
    stack.slack_api.wait_for("chat.postMessage", where=lambda p: SEEN in json.dumps(p))
    stack.chat(events.message("can I text " + HOSTILE, user=COACH))
    stack.chat(events.slash_command(AUP, "can I text " + HOSTILE, user=COACH))
    stack.assert_no_live_markup()


def test_reports_reach_it_the_service_desk_and_the_reporter_with_no_live_markup(stack):
    stack.slack.command("report", user="U0COACH")
    (opened,) = stack.slack_api.wait_for("views.open")
    state = {"category": {"value": {"type": "static_select", "selected_option": {"value": "misuse"}}},
             "location": {"value": {"type": "static_select", "selected_option": {"value": "its"}}},
             "description": {"value": {"type": "plain_text_input", "value": "Posted in the team channel: " + HOSTILE}},
             "people_involved": {"value": {"type": "plain_text_input", "value": HOSTILE[:200]}}}
    status, _ = stack.slack.interaction({"type": "view_submission", "user": {"id": "U0COACH", "username": "coach"},
                                         "view": {**opened["view"], "id": "V0000001", "state": {"values": state}}})
    assert status == 200
    stack.chat(events.dialog_submit("report_submit", {"category": "misuse", "location": "its", "urgency": "normal",
                                                      "description": "Posted in the space: " + HOSTILE}, user=COACH))
    _wait(lambda: len(stack.db.query("SELECT ticket FROM reports")) == 2)
    stack.deliver()
    it_posts = stack.slack_api.called("chat.postMessage")
    assert any(p["channel"] == IT_CHANNEL for p in it_posts) and stack.google.posts_to(IT_SPACE)
    assert stack.smtp.messages, "the service desk mailbox got the reports"
    stack.assert_no_live_markup()


def test_watching_nudges_and_it_alerts_post_no_live_markup(stack):
    from bot.gchat.api import ChatApi
    from bot.gchat.poller import SpacePoller

    answered = len(stack.slack_api.called("response_url"))
    stack.slack.command("watch on", user=ADMIN, channel=TEAM)
    stack.slack_api.wait_for("response_url", count=answered + 1)
    stack.slack.event({"type": "message", "channel": TEAM, "channel_type": "channel", "user": "U0POSTER",
                       "text": f"SSN {SSN} " + HOSTILE, "ts": "1700000000.000200"})
    stack.slack_api.wait_for("chat.postEphemeral")
    stack.slack_api.wait_for("chat.postMessage", where=lambda p: p["channel"] == IT_CHANNEL)
    t0 = time.time()
    poller = SpacePoller(stack.settings, stack.db, ChatApi(stack.settings), clock=lambda: t0)
    poller.poll_once()
    message = stack.google.add_message("spaces/TEAM", f"Her SSN is {SSN} " + HOSTILE, sender="users/100",
                                       create_us=int(t0 * 1e6) + 10)
    message["sender"]["displayName"] = COACH["displayName"]
    assert poller.poll_once().flagged == 1
    stack.deliver()
    assert stack.google.posts_to("spaces/DM100") and stack.google.posts_to(IT_SPACE)
    sent = stack.slack_sent() + stack.chat_sent()
    assert SSN not in sent
    # a watched message's free text never leaves (DESIGN.md): only the markup check applies here
    stack.assert_no_live_markup(slack=False, chat=False)


def test_the_weekly_digest_quotes_hostile_questions_without_live_markup(stack):
    from bot.jobs import digest
    from handlers import ask
    from handlers.types import Person
    from policy.bundle import load_bundle

    asker = Person("slack:U0COACH", name="Coach")
    for _ in range(3):
        ask.ask(load_bundle(stack.settings.policy_path), stack.db, asker, "can I text " + HOSTILE, private=False)
    today = date.today()
    next_monday = today + timedelta(days=7 - today.weekday())
    assert digest.run(stack.settings, stack.db, now=datetime.combine(next_monday, datetime.min.time())
                      .replace(hour=9).timestamp()).queued == 2
    stack.deliver()
    assert stack.slack_api.called("files.completeUploadExternal") and stack.google.posts_to(IT_SPACE)
    stack.assert_no_live_markup()


def test_the_approvals_register_and_its_reminders_post_no_live_markup_and_mail_only_the_district(stack):
    from bot.jobs import reminders
    from handlers import approvals
    from handlers.types import Person

    approved = (date.today() - timedelta(days=350)).isoformat()      # a 365-day approval, due for its reminder
    slack_said = stack.slack_say(f'register social subject="{SUBJECT}" approver="<!here> Dr. Ruiz <users/all>" '
                                 f'date={approved} form=F-1 approver_contact=principal@cps.edu')
    assert "Registered #1" in slack_said["text"]
    chat_said = stack.chat(events.slash_command(AUP, f'register social subject="{SUBJECT}" approver="Dr. Ruiz" '
                                                     f'date={approved} form=F-2 approver_contact=gchat:users/200',
                                                user=COACH))
    assert "Registered #2" in chat_said["text"]
    # the CLI stores what its operator typed as typed (no Slack escaping on the way in): a Slack owner's reminder
    # must still be neutralised on the way out
    operator = Person("cli:ops", name="ops", roles=frozenset({"admin"}))
    assert approvals.register(stack.db, stack.settings, operator, {
        "kind": "texting", "subject": SUBJECT, "approver": "Dr. Ruiz", "date": approved, "form": "F-4",
        "guardian_form": "G-4", "owner": "slack:U0COACH", "approver_contact": "principal@cps.edu"}).ok
    refused = stack.slack_say(f'register social subject="x" approver="y" date={approved} form=F-3 '
                              'approver_contact=victim@evil.example,other@evil.example')
    assert "not registered" in refused["text"]
    stack.slack_say("approvals")
    stack.chat(events.slash_command(AUP, "approvals", user=COACH))
    run = reminders.run(stack.settings, stack.db)
    assert run.reminded == 3
    stack.deliver()
    assert {p["channel"] for p in stack.slack_api.called("chat.postMessage")} == {"U0COACH"}
    assert stack.google.posts_to("spaces/DM100") and stack.google.posts_to("spaces/DM200")
    recipients = [r for _, rcpts in stack.smtp.envelopes for r in rcpts]
    assert sorted(recipients) == ["principal@cps.edu", "principal@cps.edu"]
    stack.assert_no_live_markup()


RENDERED_KEYS = {"text", "title", "subtitle", "header", "topLabel", "bottomLabel", "initial_comment", "alt_text",
                 "fallback", "pretext", "label"}


def _rendered(value, key: str = "") -> list[str]:
    """Every string a person is shown in these payloads (Slack and Chat name them alike: text, title, ...)."""
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _rendered(v, k)]
    if isinstance(value, list):
        return [s for v in value for s in _rendered(v, key)]
    if isinstance(value, str) and key in ("blocks", "attachments", "view"):   # form-encoded JSON
        try:
            return _rendered(json.loads(value), key)
        except ValueError:
            return [value]
    return [value] if isinstance(value, str) and key in RENDERED_KEYS else []


def _wait(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
