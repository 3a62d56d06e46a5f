"""Retention, run daily by the scheduler: findings, questions and settled outbox rows of no report (nudges,
alerts, digests) after AUPBOT_FINDINGS_RETENTION_DAYS; reports, approvals and audit entries after
AUPBOT_RECORDS_RETENTION_DAYS (the records-retention schedule; see bot/store/retention.py).

The clock guard: a wall clock that jumped years ahead would make every record look expired, and a purge cannot
be undone. The job therefore refuses to purge when "now" is more than `MAX_CLOCK_LEAD_DAYS` ahead of the newest
timestamp the bot itself wrote (audit entries, reports, outbox rows, platform events), and says so in the log;
a bot that was simply idle that long loses nothing by waiting for a person to look.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.store import audit
from bot.store import retention as store
from bot.store.db import Database

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

DAY = 86400.0
MAX_CLOCK_LEAD_DAYS = 400


@dataclass
class RetentionRun:
    findings: int = 0
    reports: list[str] = field(default_factory=list)
    approvals: list[int] = field(default_factory=list)
    questions: int = 0
    outbox: int = 0
    audit_entries: int = 0
    refused: str | None = None

    def __str__(self) -> str:
        if self.refused:
            return f"retention refused: {self.refused}"
        return (f"findings deleted {self.findings}, reports purged {len(self.reports)}, "
                f"approvals purged {len(self.approvals)}, questions deleted {self.questions}, "
                f"outbox rows without a report deleted {self.outbox}, audit entries deleted {self.audit_entries}")


def _clock_problem(db: Database, now: float) -> str | None:
    newest = store.newest_activity(db)
    if newest is None:
        return None
    lead_days = (now - newest) / DAY
    if lead_days > MAX_CLOCK_LEAD_DAYS:
        return (f"the clock is {int(lead_days)} days ahead of the newest record the bot wrote; check the system clock "
                "before anything is purged")
    return None


def run(settings: Settings, db: Database, *, now: float | None = None) -> RetentionRun:
    now = time.time() if now is None else now
    result = RetentionRun()
    problem = _clock_problem(db, now)
    if problem:
        result.refused = problem
        log.error("retention: %s", problem)
        return result
    result.findings = store.purge_findings(db, settings.findings_retention_days, now)
    findings_cutoff = now - settings.findings_retention_days * DAY
    result.questions = store.purge_questions(db, findings_cutoff)
    result.outbox = store.purge_outbox_without_ticket(db, findings_cutoff)
    records_cutoff = now - settings.records_retention_days * DAY
    # the audit log first: this run's purge entries must not be the ones removed
    result.audit_entries = store.purge_audit(db, records_cutoff)
    result.reports = store.purge_reports(db, records_cutoff)
    cutoff_date = (datetime.fromtimestamp(now) - timedelta(days=settings.records_retention_days)).date()
    result.approvals = store.purge_approvals(db, cutoff_date.isoformat())
    if any((result.findings, result.reports, result.approvals, result.questions, result.outbox,
            result.audit_entries)):
        audit.record(db, "system:retention", "retention.run", None, findings=result.findings,
                     reports=len(result.reports), approvals=len(result.approvals), questions=result.questions,
                     outbox=result.outbox, audit_entries=result.audit_entries)
        log.info("retention: %s", result)
    return result
