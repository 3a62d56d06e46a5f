"""Retention reaches every table that holds people's words or the bot's messages: questions and settled
outbox rows of no report go with the findings' retention, audit entries with the records retention, spent
watch rate-limit rows after a day; anything still owed or recent is kept."""
from __future__ import annotations

import time

from bot.jobs import retention
from bot.store import audit, findings, outbox, questions, uploads
from policy.document import DEFAULT_POLICY, load_policy

DAY = 86400.0


def _age(db, table: str, column: str, row_id: int, days: float) -> None:
    with db.transaction() as d:
        d.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (time.time() - days * DAY, row_id))


def _count(db, table: str, where: str = "1", *params) -> int:
    return db.query(f"SELECT count(*) AS n FROM {table} WHERE {where}", params)[0]["n"]


def _queue(db, key: str, status: str, *, days: float, ticket: str | None = None) -> None:
    at = time.time() - days * DAY
    with db.transaction() as d:
        outbox.enqueue(d, outbox.NewDelivery("alert", "chat", "slack:C0IT", key, {"text": "masked"},
                                             ticket=ticket), now=at)
        d.execute("UPDATE outbox SET status = ?, delivered_at = ?, last_attempt_at = ? WHERE idempotency_key = ?",
                  (status, at if status == "delivered" else None, at, key))


def test_questions_older_than_the_findings_retention_are_deleted(db, settings):
    old = questions.record(db, "slack:UALICE", "can I text my team?", "conditional", [("Exception", None)],
                           policy=load_policy(DEFAULT_POLICY))
    recent = questions.record(db, "slack:UBOB", "can I email a parent?", "permitted", [],
                              policy=load_policy(DEFAULT_POLICY))
    _age(db, "questions", "at", old, settings.findings_retention_days + 1)
    _age(db, "questions", "at", recent, settings.findings_retention_days - 1)
    run = retention.run(settings, db)
    assert run.questions == 1
    assert [r["person"] for r in db.query("SELECT person FROM questions")] == ["slack:UBOB"]


def test_settled_outbox_rows_of_no_report_go_after_the_findings_retention(db, settings):
    keep = settings.findings_retention_days
    _queue(db, "nudge-old", "delivered", days=keep + 1)
    _queue(db, "alert-dead-old", "dead", days=keep + 1)
    _queue(db, "digest-recent", "delivered", days=keep - 1)
    _queue(db, "alert-owed", "pending", days=keep + 30)            # still owed: never dropped
    _queue(db, "report-mail", "delivered", days=keep + 1, ticket="AUP-2026-000001")   # goes with its report
    uploads.record_uploaded(db, "slack", "nudge-old", "F0OLD")
    uploads.record_uploaded(db, "slack", "digest-recent", "F0NEW")
    audit.record(db, "slack:UIT", "report.viewed", "AUP-2026-000001")
    run = retention.run(settings, db)
    assert run.outbox == 2
    left = sorted(r["idempotency_key"] for r in db.query("SELECT idempotency_key FROM outbox"))
    assert left == ["alert-owed", "digest-recent", "report-mail"]
    assert uploads.find(db, "slack", "nudge-old") is None
    assert uploads.find(db, "slack", "digest-recent") is not None


def test_audit_entries_older_than_the_records_retention_are_deleted_and_the_run_is_recorded(db, settings):
    audit.record(db, "slack:UIT", "report.viewed", "AUP-2018-000001")
    audit.record(db, "slack:UIT", "report.viewed", "AUP-2026-000002")
    old_id = db.query("SELECT id FROM audit_log WHERE subject = 'AUP-2018-000001'")[0]["id"]
    _age(db, "audit_log", "at", old_id, settings.records_retention_days + 1)
    run = retention.run(settings, db)
    assert run.audit_entries == 1
    assert audit.entries(db, "AUP-2018-000001") == []
    assert audit.entries(db, "AUP-2026-000002")
    (entry,) = audit.entries(db, None, limit=1)
    assert entry["action"] == "retention.run" and '"audit_entries": 1' in entry["detail"]


def test_spent_watch_rate_limit_rows_are_deleted_after_a_day(db, settings):
    now = time.time()
    findings.note_action(db, "nudge", "slack:UALICE", now=now - 2 * DAY)
    findings.note_action(db, "nudge", "slack:UALICE", now=now - 60)
    retention.run(settings, db)
    assert _count(db, "watch_actions") == 1
