"""Retention: closed reports and their history are purged after the records-retention period with an audit
entry each; open cases, recent records and messages still owed are kept; a clock that jumped ahead purges
nothing."""
from __future__ import annotations

import time
from datetime import date, timedelta

from bot.jobs import retention
from bot.store import audit, outbox, reports
from handlers import approvals
from handlers.types import Person

DAY = 86400.0


def _report(db, ticket: str, status: str, age_days: float) -> None:
    at = time.time() - age_days * DAY
    with db.transaction() as d:
        reports.insert(d, {"ticket": ticket, "kind": "report", "created_at": at, "updated_at": at,
                           "status": status, "category": "misuse", "category_label": "Misuse",
                           "description": "masked description", "urgency": "normal",
                           "reporter_id": "slack:UALICE", "source": "slack"}, actor="slack:UALICE")
        reports.add_history(d, ticket, status, "slack:UIT", "", at=at)
        for n, state in enumerate(("delivered", "pending")):
            outbox.enqueue(d, outbox.NewDelivery("report", "smtp", "desk@example.org", f"{ticket}/{n}",
                                                 {"body": "masked"}, ticket=ticket), now=at)
            d.execute("UPDATE outbox SET status = ? WHERE idempotency_key = ?", (state, f"{ticket}/{n}"))


def _today_activity(db) -> None:
    """A bot in service writes something every day; retention's clock guard compares against it."""
    audit.record(db, "slack:UIT", "report.viewed", "AUP-2026-000999")


def _count(db, sql: str, *params) -> int:
    return db.query(sql, params)[0]["n"]


def test_closed_reports_past_the_records_period_are_purged_with_an_audit_entry(db, settings):
    keep_days = settings.records_retention_days
    _report(db, "AUP-2018-000001", "closed", keep_days + 10)
    _report(db, "AUP-2018-000002", "resolved", keep_days + 1)
    _report(db, "AUP-2025-000003", "closed", keep_days - 1)      # not old enough
    _report(db, "AUP-2018-000004", "in_progress", keep_days + 10)  # an open case is never purged
    _today_activity(db)
    run = retention.run(settings, db)
    assert sorted(run.reports) == ["AUP-2018-000001", "AUP-2018-000002"]
    assert sorted(r["ticket"] for r in reports.listing(db)) == ["AUP-2018-000004", "AUP-2025-000003"]
    assert _count(db, "SELECT count(*) AS n FROM report_status_history WHERE ticket = ?", "AUP-2018-000001") == 0
    entry = audit.entries(db, "AUP-2018-000001")[0]
    assert entry["action"] == "retention.report_purged" and entry["actor"] == "system:retention"
    assert '"category": "misuse"' in entry["detail"] and "masked description" not in entry["detail"]


def test_messages_still_owed_for_a_purged_report_are_not_dropped(db, settings):
    _report(db, "AUP-2018-000001", "closed", settings.records_retention_days + 10)
    _today_activity(db)
    retention.run(settings, db)
    left = outbox.for_ticket(db, "AUP-2018-000001")
    assert [r["status"] for r in left] == ["pending"]


def test_retention_period_comes_from_settings(db, settings):
    _report(db, "AUP-2026-000001", "closed", 40)
    assert retention.run(settings, db).reports == []
    assert retention.run(settings.with_(records_retention_days=30), db).reports == ["AUP-2026-000001"]


def test_expired_approvals_are_purged_after_the_records_period(db, settings):
    owner = Person("slack:UALICE")
    old_day = date.today() - timedelta(days=380)   # expired 15 days ago
    reply = approvals.register(db, settings, owner, {"kind": "social", "subject": "@Old", "approver": "P",
                                                     "date": old_day.isoformat(), "form": "F"}, today=old_day)
    assert reply.ok
    assert retention.run(settings, db).approvals == []
    run = retention.run(settings.with_(records_retention_days=10), db)
    assert run.approvals == [reply.approval.id]
    assert audit.entries(db, f"approval:{reply.approval.id}")[0]["action"] == "retention.approval_purged"


def test_a_clock_jumped_years_ahead_purges_nothing_and_says_why(db, settings, caplog):
    _report(db, "AUP-2026-000001", "closed", 1)
    run = retention.run(settings, db, now=time.time() + 10 * 365 * DAY)
    assert run.refused and "ahead of the newest record" in run.refused
    assert reports.count(db) == 1
    assert any("check the system clock" in r.getMessage() for r in caplog.records)


def test_a_run_with_nothing_to_do_writes_nothing(db, settings):
    before = _count(db, "SELECT count(*) AS n FROM audit_log")
    run = retention.run(settings, db)
    assert (run.findings, run.reports, run.approvals) == (0, [], [])
    assert _count(db, "SELECT count(*) AS n FROM audit_log") == before


def test_findings_older_than_the_findings_period_are_deleted(db, settings):
    from bot.store import findings

    row = {"platform": "slack", "channel": "C0TEAM", "message_id": "1.1", "poster_id": "slack:U0POSTER",
           "type": "ssn", "severity": "high", "policy_items": [15], "start": 4, "end": 15,
           "redacted": "***-**-7391", "value_hash": "h", "detector": "ssn"}
    now = time.time()
    old = findings.record_findings(db, [row], now=now - (settings.findings_retention_days + 1) * DAY)
    recent = findings.record_findings(db, [row], now=now - (settings.findings_retention_days - 1) * DAY)
    run = retention.run(settings, db, now=now)
    assert run.findings == 1
    assert findings.get_finding(db, old[0]) is None and findings.get_finding(db, recent[0]) is not None
