"""The weekly digest reaches the IT channels with its chart: uploaded to Slack through the external upload flow
(once, however often the row is retried), and shown in Google Chat as a card whose sections hold the chart's
counts, since a Chat app cannot upload files."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.delivery import chat
from bot.jobs import digest
from bot.outbox import Outbox
from bot.store import findings, outbox, reports
from tests.servers.google import GoogleStandIn, service_account_file
from tests.servers.slack_api import SlackAPIStandIn

IN_WEEK = datetime(2026, 11, 25, 10, 0).timestamp()        # ISO week 2026-W48
MONDAY_LATE = datetime(2026, 11, 30, 9, 0).timestamp()     # its digest is due


def _seed_week(db) -> None:
    def finding(ftype: str, severity: str) -> dict:
        return {"platform": "slack", "channel": "C0TEAM", "message_id": "1.1", "poster_id": "slack:U0POSTER",
                "type": ftype, "severity": severity, "policy_items": [15], "start": 0, "end": 4,
                "redacted": "****", "value_hash": "h", "detector": ftype}

    findings.record_findings(db, [finding("ssn", "high"), finding("ssn", "high"), finding("credential", "high"),
                                  finding("personal_phone", "low")], now=IN_WEEK)
    for n, status in enumerate(("received", "in_progress", "in_progress"), start=1):
        with db.transaction() as d:
            reports.insert(d, {"ticket": f"AUP-2026-00000{n}", "kind": "report", "created_at": IN_WEEK,
                               "updated_at": IN_WEEK, "status": status, "category": "misuse",
                               "category_label": "Misuse", "description": "masked", "urgency": "normal",
                               "reporter_id": "slack:UALICE", "source": "slack"}, actor="slack:UALICE")


def _digest_row(db) -> dict:
    return next(r for r in outbox.listing(db, statuses=("pending", "delivered", "dead")) if r["kind"] == "digest")


# -- Slack ---------------------------------------------------------------------------------------------------


@pytest.fixture
def slack(settings, db):
    from bot.slack.component import component

    with SlackAPIStandIn() as api:
        configured = settings.with_(slack_bot_token="xoxb-test-token", slack_signing_secret="s",
                                    slack_api_url=api.base_url, slack_it_channel="CITDESK", gchat_it_space="")
        component(configured, db)   # registers the Slack sender, as `aupbot serve` does
        try:
            yield configured, api
        finally:
            chat.unregister_sender("slack")


def test_the_digest_chart_is_uploaded_to_the_slack_it_channel_once_with_the_digest_text(slack, db):
    settings, api = slack
    _seed_week(db)
    assert digest.run(settings, db, now=MONDAY_LATE).queued == 1
    box = Outbox(db, settings)
    assert box.deliver_due(include_waiting=True).delivered == 1
    asked = api.called("files.getUploadURLExternal")
    assert len(asked) == 1 and asked[0]["filename"] == "digest-2026-W48.png"
    [shared] = api.shared_files
    assert shared["channel_id"] == "CITDESK"
    assert shared["bytes"].startswith(b"\x89PNG") and int(asked[0]["length"]) == len(shared["bytes"])
    assert shared["initial_comment"].startswith("AUP bot weekly digest, 2026-W48")
    assert "by type: ssn 2, credential 1, personal_phone 1" in shared["initial_comment"]
    assert api.called("chat.postMessage") == []   # the text travels as the file's comment, not a second post

    # the row is sent again (a crash before it was settled, or `aupbot outbox retry`): nothing new is posted
    chat.send(settings, "slack:CITDESK", _digest_row(db)["payload"], _digest_row(db)["idempotency_key"])
    assert len(api.called("files.getUploadURLExternal")) == 1 and len(api.called("upload_url")) == 1
    assert len(api.called("files.completeUploadExternal")) == 1 and len(api.shared_files) == 1


def test_a_failed_slack_completion_is_retried_without_uploading_the_chart_again(slack, db):
    settings, api = slack
    _seed_week(db)
    digest.run(settings, db, now=MONDAY_LATE)
    api.failures["files.completeUploadExternal"] = "internal_error"
    box = Outbox(db, settings)
    first = box.deliver_due(include_waiting=True)
    assert first.failed == 1 and api.shared_files == []
    del api.failures["files.completeUploadExternal"]
    assert box.deliver_due(include_waiting=True).delivered == 1
    assert len(api.called("files.getUploadURLExternal")) == 1 and len(api.called("upload_url")) == 1
    [shared] = api.shared_files
    assert shared["bytes"].startswith(b"\x89PNG") and shared["initial_comment"].startswith("AUP bot weekly digest")


def test_a_sender_with_three_parameters_still_gets_the_digest_text(settings, db):
    settings = settings.with_(slack_it_channel="CITDESK", gchat_it_space="")
    digest.run(settings, db, now=MONDAY_LATE)
    posted = []
    chat.register_sender("slack", lambda target, text, key: posted.append((target, text)))
    try:
        assert Outbox(db, settings).deliver_due(include_waiting=True).delivered == 1
    finally:
        chat.unregister_sender("slack")
    assert posted[0][0] == "CITDESK" and posted[0][1].startswith("AUP bot weekly digest, 2026-W48")


def test_an_unreadable_image_still_lets_the_text_go_out():
    assert chat.image_from_payload({"text": "t", "image": {"base64": "not base64!", "filename": "x.png"}}) is None
    assert chat.image_from_payload({"text": "t"}) is None


# -- Google Chat ---------------------------------------------------------------------------------------------


@pytest.fixture
def gchat(settings, db, tmp_path):
    from bot.gchat.component import component

    with GoogleStandIn() as google:
        configured = settings.with_(gchat_audience="1", gchat_api_url=google.url, gchat_it_space="spaces/ITDESK",
                                    gchat_credentials=str(service_account_file(tmp_path, google.token_url)),
                                    slack_it_channel="")
        comp = component(configured, db)
        try:
            yield configured, google
        finally:
            comp.stop()
            chat.unregister_sender("gchat")


def test_the_digest_reaches_google_chat_as_a_card_whose_sections_hold_the_charts_counts(gchat, db):
    settings, google = gchat
    _seed_week(db)
    assert digest.run(settings, db, now=MONDAY_LATE).queued == 1
    box = Outbox(db, settings)
    assert box.deliver_due(include_waiting=True).delivered == 1
    [post] = google.posts_to("spaces/ITDESK")
    assert post.body["text"] == "AUP bot weekly digest, 2026-W48 (2026-11-23 to 2026-11-29)"
    card = post.body["cardsV2"][0]["card"]
    tables = {s.get("header"): s["widgets"][0]["textParagraph"]["text"] for s in card["sections"]}
    findings_table = tables["Findings by type"].split("<br>")
    assert [line.split(" \u2588")[0] for line in findings_table] == [
        "ssn: <b>2</b>", "credential: <b>1</b>", "personal_phone: <b>1</b>"]
    assert tables["Reports by status"].split("<br>")[0].startswith("in_progress: <b>2</b>")
    assert "Reports opened: 3" in tables[None]
    assert "digest-2026-W48.png" not in str(post.body)   # no file comes with this post, so none is named

    # a resend carries the same idempotency key, which Chat refuses as a duplicate: still one post
    chat.send(settings, "gchat:spaces/ITDESK", _digest_row(db)["payload"], _digest_row(db)["idempotency_key"])
    assert len(google.posts_to("spaces/ITDESK")) == 1
