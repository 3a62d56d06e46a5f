"""A flagged chat message leaves as its findings and a reference to it, never as its words: a value the scanner
missed beside one it found must not reach the database, the IT posts in Slack and Chat, the incident mail,
the service desk or the webhook (DESIGN.md: it fails closed).

The two messages are the ones that leaked before: an AWS key id the scanner finds with the secret access key
beside it, which it does not; and a space-separated list of SSNs where only some are found."""
from __future__ import annotations

import secrets
import string

import pytest

from tests.servers.deployment import CHAT_IT, CHAT_WATCHED, SLACK_ADMIN, SLACK_IT, SLACK_WATCHED, Deployment

pytest.importorskip("handlers.watch")

_ALPHABET = string.ascii_letters + string.digits + "/+"
KEY_ID = "AKIA" + "".join(secrets.choice(string.ascii_uppercase + "234567") for _ in range(16))
SECRET_KEY = "".join(secrets.choice(_ALPHABET) for _ in range(40))
AWS_MESSAGE = f"aws key {KEY_ID} secret {SECRET_KEY}"
SSNS = ("536-22-8741", "536-22-8742", "536-22-8743")
SSN_MESSAGE = "SSNs: " + " ".join(SSNS)


def _leaks(world: Deployment, raws: list[str]) -> list[str]:
    """Where each raw value was found (its first 12 characters and the place), never the whole blob."""
    return sorted({f"{raw[:12]}… in {where}" for where, said in world.everything() for raw in raws if raw in said})


@pytest.fixture
def world(settings, db, tmp_path):
    with Deployment(settings, db, tmp_path) as running:
        running.slack.command("watch on", user=SLACK_ADMIN, channel=SLACK_WATCHED)
        running.slack_api.wait_for("response_url")
        yield running


def _post_everywhere(world: Deployment, message: str) -> None:
    world.slack.event({"type": "message", "channel": SLACK_WATCHED, "channel_type": "channel",
                       "user": "U0POSTER", "text": message, "ts": "1700000000.000100"})
    world.slack_api.wait_for("chat.postMessage", where=lambda p: p["channel"] == SLACK_IT, timeout=10)
    world.google.add_dm_space("users/100", "spaces/DM100")   # so the poster's nudge goes out too
    world.poller.poll_once()   # the first poll only sets the space's starting point
    world.google.add_message(CHAT_WATCHED, message, sender="users/100", message_id="leak1")
    assert world.poller.poll_once().flagged == 1
    world.deliver()


def test_a_secret_key_the_scanner_misses_beside_a_key_id_it_finds_never_leaves(world):
    _post_everywhere(world, AWS_MESSAGE)
    slack_alerts = [p["text"] for p in world.slack_api.called("chat.postMessage") if p["channel"] == SLACK_IT]
    chat_alerts = [p.body.get("text", "") for p in world.google.posts_to(CHAT_IT)]
    for alerts in (slack_alerts, chat_alerts):
        assert any(a.startswith("High severity: password, key or login") for a in alerts), alerts
    assert world.smtp.messages and world.desk.bodies() and world.webhook.bodies(), "no incident went out"
    assert _leaks(world, [SECRET_KEY, KEY_ID]) == []


def test_every_ssn_of_a_list_stays_out_of_the_alert_even_those_the_scanner_misses(world):
    _post_everywhere(world, SSN_MESSAGE)
    assert _leaks(world, list(SSNS) + [s.replace("-", "") for s in SSNS]) == []


def test_the_it_alert_names_the_findings_and_links_the_message(world):
    _post_everywhere(world, SSN_MESSAGE)
    (slack_alert,) = [p["text"] for p in world.slack_api.called("chat.postMessage") if p["channel"] == SLACK_IT
                      and p["text"].startswith("High severity: Social Security number")]
    assert "https://cps.slack.com/archives/C0TEAM/p1700000000000100" in slack_alert
    assert "***-**-8741 (characters 6-17)" in slack_alert and "SSNs:" not in slack_alert
    (chat_alert,) = [p.body.get("text", "") for p in world.google.posts_to(CHAT_IT)
                     if p.body.get("text", "").startswith("High severity: Social Security number")]
    assert f"Message {CHAT_WATCHED}/messages/leak1 in gchat:{CHAT_WATCHED}" in chat_alert


# -- a scan its bound cut short (policy/detectors/bound.py) ----------------------------------------------------

LONG_SSNS = [f"{501 + i // 100:03d}-{11 + i % 80:02d}-{1000 + i:04d}" for i in range(1_500)]


def test_a_paste_longer_than_the_scan_bound_is_still_flagged_and_it_learns_the_scan_was_partial(world):
    _post_everywhere(world, "payroll fix list, SSNs below\n" + "\n".join(LONG_SSNS))
    slack_alerts = [p["text"] for p in world.slack_api.called("chat.postMessage") if p["channel"] == SLACK_IT]
    (alert,) = [a for a in slack_alerts if a.startswith("High severity: Social Security number")]
    assert "scanned in part" in alert
    assert world.desk.bodies() and any("scanned in part" in body for body in map(str, world.desk.bodies()))
    assert _leaks(world, LONG_SSNS) == []
