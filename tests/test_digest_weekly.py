"""The weekly digest to IT: last week's counts, a PNG chart, queued once per week to every IT channel through
the outbox, never before Monday morning, and delivered through the registered chat sender."""
from __future__ import annotations

import base64
import io
from datetime import datetime

from PIL import Image

from bot.delivery import chat
from bot.jobs import digest
from bot.outbox import Outbox
from bot.store import outbox, reports
from policy.document import DEFAULT_POLICY, load_policy

# Wednesday 2026-11-25 is in ISO week 2026-W48; its digest is due Monday 2026-11-30 07:00.
IN_WEEK = datetime(2026, 11, 25, 10, 0).timestamp()
MONDAY_EARLY = datetime(2026, 11, 30, 6, 0).timestamp()
MONDAY_LATE = datetime(2026, 11, 30, 9, 0).timestamp()


def _report(db, ticket: str, status: str, at: float) -> None:
    with db.transaction() as d:
        reports.insert(d, {"ticket": ticket, "kind": "report", "created_at": at, "updated_at": at,
                           "status": status, "category": "misuse", "category_label": "Misuse",
                           "description": "masked", "urgency": "normal", "reporter_id": "slack:UALICE",
                           "source": "slack"}, actor="slack:UALICE")


def _it(settings):
    return settings.with_(slack_it_channel="CITDESK", gchat_it_space="spaces/ITSPACE")


def _digest_rows(db) -> list[dict]:
    return [r for r in outbox.listing(db, statuses=("pending", "delivered", "dead")) if r["kind"] == "digest"]


def test_last_complete_week_and_when_its_digest_is_due():
    week, start, end, due = digest.last_complete_week(MONDAY_LATE)
    assert week == "2026-W48"
    assert (start, end) == (datetime(2026, 11, 23), datetime(2026, 11, 30))
    assert due == datetime(2026, 11, 30, 7, 0)


def test_digest_counts_only_last_weeks_reports_by_status(db, settings):
    _report(db, "AUP-2026-000001", "received", IN_WEEK)
    _report(db, "AUP-2026-000002", "in_progress", IN_WEEK + 3600)
    _report(db, "AUP-2026-000003", "closed", IN_WEEK + 7200)
    _report(db, "AUP-2026-000004", "received", MONDAY_LATE - 60)    # this week: next digest
    _report(db, "AUP-2026-000005", "received", IN_WEEK - 9 * 86400)  # the week before
    week, start, end, _ = digest.last_complete_week(MONDAY_LATE)
    d = digest.collect(db, start, end, week)
    assert d.reports_by_status == {"closed": 1, "in_progress": 1, "received": 1}
    assert d.open_reports == 4
    body = digest.render_text(d, load_policy(DEFAULT_POLICY), "digest-2026-W48.png")
    assert body.startswith("AUP bot weekly digest, 2026-W48 (2026-11-23 to 2026-11-29)")
    assert "Reports opened: 3" in body and "by status now: closed 1, in_progress 1, received 1" in body
    assert "Findings: none this week" in body
    assert "Chart attached: digest-2026-W48.png" in body


def test_digest_is_queued_once_to_every_it_channel_with_a_png_chart(db, settings):
    settings = _it(settings)
    _report(db, "AUP-2026-000001", "received", IN_WEEK)
    run = digest.run(settings, db, now=MONDAY_LATE)
    assert run.queued == 2 and run.week == "2026-W48"
    rows = _digest_rows(db)
    assert sorted(r["target"] for r in rows) == ["gchat:spaces/ITSPACE", "slack:CITDESK"]
    image = rows[0]["payload"]["image"]
    png = base64.b64decode(image["base64"])
    assert image["content_type"] == "image/png" and image["filename"] == "digest-2026-W48.png"
    picture = Image.open(io.BytesIO(png))
    assert picture.format == "PNG" and picture.size == digest.CHART_SIZE
    assert run.chart_path.read_bytes() == png
    assert len(png) < 60_000   # small enough for any chat upload and the outbox row
    again = digest.run(settings, db, now=MONDAY_LATE + 3600)
    assert again.skipped == "already sent" and len(_digest_rows(db)) == 2


def test_digest_waits_for_monday_morning(db, settings):
    run = digest.run(_it(settings), db, now=MONDAY_EARLY)
    assert run.skipped.startswith("not due until 2026-11-30T07:00")
    assert _digest_rows(db) == []


def test_without_an_it_channel_nothing_is_queued_and_the_reason_is_given(db, settings):
    run = digest.run(settings, db, now=MONDAY_LATE)
    assert "no IT channel configured" in run.skipped
    assert _digest_rows(db) == []


def test_queued_digest_goes_out_through_the_chat_sender(db, settings):
    settings = _it(settings).with_(gchat_it_space="")
    digest.run(settings, db, now=MONDAY_LATE)
    posted = []
    chat.register_sender("slack", lambda target, text, key: posted.append((target, text, key)))
    try:
        assert Outbox(db, settings).deliver_due(include_waiting=True).delivered == 1
    finally:
        chat.unregister_sender("slack")
    target, body, key = posted[0]
    assert target == "CITDESK" and key.startswith("digest/2026-W48/chat/")
    assert "AUP bot weekly digest, 2026-W48" in body


def test_digest_shows_findings_by_type_severity_channel_and_the_questions_asked(db, settings):
    from bot.store import findings, questions

    def finding(ftype, severity, channel):
        return {"platform": "slack", "channel": channel, "message_id": "1.1", "poster_id": "slack:U0POSTER",
                "type": ftype, "severity": severity, "policy_items": [15], "start": 0, "end": 4,
                "redacted": "****", "value_hash": "h", "detector": ftype}

    findings.record_findings(db, [finding("ssn", "high", "C0TEAM"), finding("credential", "high", "C0TEAM"),
                                  finding("personal_phone", "low", "C0OFFICE")], now=IN_WEEK)
    findings.record_findings(db, [finding("ssn", "high", "C0TEAM")], now=MONDAY_LATE)   # next week's
    for q, verdict in (("can I text my team?", "clarify"), ("can I text my team?", "clarify"),
                       ("what is the dress code?", "not_covered"),
                       ("my password is Winter-Bus-2031, is that ok to share?", "prohibited")):
        ref = questions.record(db, "slack:U0STAFF", q, verdict, [], policy=load_policy(DEFAULT_POLICY))
        db.conn.execute("UPDATE questions SET at = ? WHERE id = ?", (IN_WEEK, ref))
    week, start, end, _ = digest.last_complete_week(MONDAY_LATE)
    d = digest.collect(db, start, end, week)
    assert d.findings_by_type == {"credential": 1, "personal_phone": 1, "ssn": 1}
    assert d.findings_by_severity == {"high": 2, "low": 1}
    assert d.findings_by_channel == {"C0TEAM": 2, "C0OFFICE": 1}
    assert d.questions_total == 4
    assert d.top_questions[0] == ("can I text my team?", 2)
    assert d.not_covered == [("what is the dress code?", 1)]
    body = digest.render_text(d, load_policy(DEFAULT_POLICY))
    assert "by severity: high 2, low 1" in body and "2 x can I text my team?" in body
    assert "Winter-Bus-2031" not in body
