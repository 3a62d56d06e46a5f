"""The privacy sweep: fifty synthetic secrets and personal values, a fifth of them built so the detectors miss
them, go through every path the bot has in Slack and Google Chat (watched channels and spaces, questions by DM,
@mention-free slash commands and Chat DMs, violation reports with descriptions, approvals), the outbox delivers
everything it owes (mail, service desk, webhook, IT posts in Slack and Chat), and then nothing that left the
bot, nothing it logged and nothing in its SQLite file (with -wal) may contain a raw value (DESIGN.md: it must
never become the leak, and it fails closed).

The values are generated here, at random under a fixed seed (so a failure reproduces), in the forms people
write them. The undetectable fifth: a bare random token after an unusual word, a password in a sentence with
no label, digits split oddly, a passphrase of plain words after a key word, a hex reference after "ref"."""
from __future__ import annotations

import json
import random
import string
from dataclasses import dataclass

import pytest

from tests.servers.deployment import CHAT_AUP_COMMAND, CHAT_WATCHED, SLACK_ADMIN, SLACK_WATCHED, Deployment
from tests.servers.google import events

pytest.importorskip("handlers.watch")

SEED = 20261204
COUNT = 50
APPROVED_ON = "2026-11-02"


@dataclass(frozen=True)
class Value:
    kind: str
    raw: str        # what must appear nowhere
    sentence: str   # how a person writes it
    detectable: bool


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _luhn_complete(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    while True:
        value = "".join(rng.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            return value


def _password_shaped(rng: random.Random) -> str:
    word = rng.choice(["Maple", "Harbor", "Falcon", "Cedar", "Quartz", "Lantern"])
    return f"{word}{rng.choice(['tree', 'view', 'wing', 'rock'])}{_digits(rng, 2)}{rng.choice('!#$%&*')}"


WORDS = ["purple", "monkey", "dishwasher", "granite", "orchard", "lemon", "violin", "saturn", "meadow", "copper"]


def generate(seed: int = SEED) -> list[Value]:
    rng = random.Random(seed)
    makers = [
        lambda: (lambda v: Value("ssn", v, f"New hire paperwork: SSN {v}", True))(
            f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"),
        lambda: (lambda v: Value("card", v, f"use the school card {v} exp 09/29", True))(
            " ".join(_luhn_complete(rng, "4", 16)[i:i + 4] for i in range(0, 16, 4))),
        lambda: (lambda v: Value("aws", v, f"deploy key {v} is in the script", True))(
            "AKIA" + _token(rng, 16, string.ascii_uppercase + "234567")),
        lambda: (lambda v: Value("github", v, f"token {v}", True))("ghp_" + _token(rng, 36)),
        lambda: (lambda v: Value("password", v, f"the wifi password for the library is {v}", True))(
            _password_shaped(rng)),
        lambda: (lambda v: Value("phone", v, f"call me on my cell {v} tonight", True))(
            f"773-{rng.randint(201, 989)}-{rng.randint(1000, 9999)}"),
        lambda: (lambda v: Value("email", v, f"my personal email is {v}", True))(
            f"{rng.choice(WORDS)}.{rng.choice(WORDS)}{_digits(rng, 3)}@gmail.com"),
        lambda: (lambda v: Value("student_id", v, f"Jayden Moore, student ID {v}, needs a new laptop", True))(
            "2" + _digits(rng, 7)),
    ]
    hidden = [
        lambda: (lambda v: Value("bare_token", v, f"frobnicate {v} before lunch", False))(
            _token(rng, 20, string.ascii_lowercase + string.digits)),
        lambda: (lambda v: Value("unlabelled_password", v, f"you get in with {v} today", False))(
            _password_shaped(rng)),
        lambda: (lambda v: Value("split_digits", v, f"the number is {v} if you need it", False))(
            f"{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}"),
        lambda: (lambda v: Value("passphrase", v, f"the locker key is {v}. Thanks", False))(
            " ".join(rng.sample(WORDS, 3))),
        lambda: (lambda v: Value("hex_ref", v, f"ref {v} for the vendor", False))(
            _token(rng, 18, "abcdef0123456789")),
    ]
    values = []
    for n in range(COUNT):
        # every fifth value is one the detectors are built to miss
        values.append(rng.choice(hidden)() if n % 5 == 4 else makers[n % len(makers)]())
    return values


VALUES = generate()


def _raw_forms(value: Value) -> list[str]:
    """The raw value and its compact form (digits without separators), both of which must stay out."""
    forms = [value.raw]
    compact = "".join(value.raw.split()).replace("-", "")
    if compact != value.raw and compact.isdigit():
        forms.append(compact)
    return forms


def _run(world: Deployment) -> list[tuple[str, str]]:
    """Every value through every path; returns the synchronous replies the bot gave (Chat answers inline)."""
    replies: list[tuple[str, str]] = []
    slack, chat = world.slack, world.chat
    slack.command("watch on", user=SLACK_ADMIN, channel=SLACK_WATCHED)
    world.slack_api.wait_for("response_url")
    world.google.add_dm_space("users/100", "spaces/DM100")
    world.poller.poll_once()   # the first poll sets the space's starting point
    groups = [VALUES[i:i + 5] for i in range(0, COUNT, 5)]   # each group: four detectable, one hidden
    for g, group in enumerate(groups):
        flagged = " ".join(v.sentence for v in group)
        alone = group[-1].sentence   # the hidden one on its own: nothing to flag, nothing may happen
        for n, said in enumerate((flagged, alone)):
            slack.event({"type": "message", "channel": SLACK_WATCHED, "channel_type": "channel",
                         "user": f"U0POSTER{g}", "text": said, "ts": f"17000000{g:02d}.00000{n}"})
            world.google.add_message(CHAT_WATCHED, said, sender=f"users/1{g:02d}", message_id=f"m{g}x{n}")
        question = f"is it ok that I posted this? {flagged}"
        slack.event({"type": "message", "channel": "D0DM", "channel_type": "im", "user": "U0STAFF",
                     "text": question, "ts": f"17100000{g:02d}.000001"})
        slack.command(f"can I share this with my team: {flagged}")
        replies.append(("Chat answer", json.dumps(chat(events.message(question)))))
    world.poller.poll_once()
    world.slack_api.wait_for("chat.postMessage", where=lambda p: p["channel"] == "D0DM", count=len(groups),
                             timeout=30)
    # reports: one through the Slack modal, one through the Chat dialog, each carrying every value
    every = "\n".join(v.sentence for v in VALUES)
    slack.command("report")
    view = world.slack_api.wait_for("views.open")[0]["view"]
    status, _ = slack.interaction(_view_submission(view, category="security_breach", location="lincoln-park-hs",
                                                   description=f"All of this was posted in #team:\n{every}",
                                                   people_involved=VALUES[0].sentence))
    assert status == 200
    replies.append(("Chat report reply", json.dumps(chat(events.dialog_submit("report_submit", {
        "category": "misuse", "location": "lincoln-park-hs", "description": f"Seen in a space: {every}",
        "people_involved": VALUES[4].sentence})))))
    # approvals: the subject and approver are prose; evidence and contact are references (detected values only)
    # ten coaches, one registration each (one person is held to a few an hour: policy/data/approvals.yaml)
    for n, v in enumerate(VALUES[:10]):
        said = (f'register social subject="@LaneSoccer {v.sentence}" approver="Dr. Ruiz" date={APPROVED_ON} '
                f'form=F-2026-114')
        coach = dict(events.USER, name=f"users/{300 + n}")
        replies.append(("Chat approval reply",
                        json.dumps(chat(events.slash_command(CHAT_AUP_COMMAND, said, user=coach)))))
    slack.command(f'register social subject="@LaneBand {VALUES[9].sentence}" approver="Dr. Ruiz" '
                  f'date={APPROVED_ON} form=F-2026-115')
    world.deliver()
    world.deliver()   # status notifications the first round queued ("routed")
    return replies


def _view_submission(view: dict, **values: str) -> dict:
    state = {}
    for name, value in values.items():
        kind = "static_select" if name in ("category", "location", "urgency") else "plain_text_input"
        state[name] = {"value": ({"type": kind, "selected_option": {"value": value}} if kind == "static_select"
                                 else {"type": kind, "value": value})}
    return {"type": "view_submission", "user": {"id": "U0STAFF", "username": "u0staff"},
            "view": {**view, "id": "V0000001", "state": {"values": state}}}


COUNTS = {
    "slack findings": "SELECT COUNT(DISTINCT message_id) AS n FROM findings WHERE platform = 'slack'",
    "chat findings": "SELECT COUNT(DISTINCT message_id) AS n FROM findings WHERE platform = 'gchat'",
    "reports": "SELECT COUNT(*) AS n FROM reports WHERE kind = 'report'",
    "incidents": "SELECT COUNT(*) AS n FROM reports WHERE kind = 'incident'",
    "questions": "SELECT COUNT(*) AS n FROM questions",
    "approvals": "SELECT COUNT(*) AS n FROM approvals",
}


@pytest.fixture(scope="module")
def swept(tmp_path_factory):
    from bot.settings import Settings
    from bot.store import Database

    directory = tmp_path_factory.mktemp("sweep")
    settings = Settings.for_tests(directory)
    db = Database(settings.db_path)
    try:
        with Deployment(settings, db, directory) as world:
            replies = _run(world)
            db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            seen = list(world.everything()) + replies
            sent = {"mail": len(world.smtp.messages), "desk": len(world.desk.bodies()),
                    "webhook": len(world.webhook.bodies()), "logs": len(world.logs.lines)}
            for name, sql in COUNTS.items():
                sent[name] = db.query(sql)[0]["n"]
    finally:
        db.close()
    return seen, sent


def test_the_sweep_carries_values_the_detectors_miss():
    from policy.scanner import scan

    hidden = [v for v in VALUES if not v.detectable]
    missed = [v for v in hidden
              if not any(f.start < v.sentence.index(v.raw) + len(v.raw) and v.sentence.index(v.raw) < f.end
                         for f in scan(v.sentence))]
    assert len(hidden) == COUNT // 5 and len(missed) >= len(hidden) // 2, [v.kind for v in missed]


def test_every_path_actually_ran(swept):
    seen, sent = swept
    assert sent["mail"] >= 2 and sent["desk"] >= 2 and sent["webhook"] >= 2 and sent["logs"] > 0, sent
    groups = COUNT // 5
    # every message with a detectable value is flagged in both platforms (a hidden value alone may be, once the
    # detectors learn its form)
    assert groups <= sent["slack findings"] <= 2 * groups and groups <= sent["chat findings"] <= 2 * groups, sent
    assert sent["reports"] == 2 and sent["incidents"] >= 2 and sent["approvals"] >= 10, sent
    assert sent["questions"] == 3 * groups, sent
    places = {where.split(" ")[0] for where, _ in seen}
    assert {"Slack", "Chat", "mail", "service", "webhook", "log", "database"} <= places, places


def test_no_raw_value_appears_anywhere_the_bot_wrote_or_sent(swept):
    seen, _ = swept
    leaks = sorted({f"{v.kind} ({'detectable' if v.detectable else 'hidden'}) in {where}"
                    for where, said in seen for v in VALUES for raw in _raw_forms(v) if raw in said})
    assert leaks == []
