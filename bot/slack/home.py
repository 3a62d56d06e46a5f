"""App Home: how to use the bot and the user's recent reports; for IT reviewers, open reports too."""
from __future__ import annotations

from bot.slack import blocks
from bot.slack.deps import SlackDeps
from bot.store import findings as finding_store
from bot.store import reports as report_store
from bot.texts import text
from handlers import report
from handlers.types import Person

RECENT = 5
OPEN_SHOWN = 10
FINDINGS_SHOWN = 10
CLOSED_STATUSES = frozenset({"resolved", "closed"})


def home_for(deps: SlackDeps, person: Person) -> dict:
    lines = blocks.report_list_lines(report.my_reports(deps.db, person)[:RECENT])
    reviewer_sections = []
    if person.is_reviewer:
        for heading, build in REVIEWER_SECTIONS:
            reviewer_sections.append((text(heading), build(deps)))
    return blocks.home_view(lines, reviewer_sections)


def _open_reports(deps: SlackDeps) -> list[str]:
    rows = [r for r in report_store.listing(deps.db, limit=200) if r["status"] not in CLOSED_STATUSES]
    summaries = [report.ReportSummary(r["ticket"], r["category_label"], r["status"], r["created_at"],
                                      r["updated_at"]) for r in rows[:OPEN_SHOWN]]
    return blocks.report_list_lines(summaries) or [text("slack.home_reports_none")]


def _recent_findings(deps: SlackDeps) -> list[str]:
    """Slack findings only (a Google Chat space id means nothing here), masked forms never shown: type,
    severity, channel and time are what a reviewer needs to go and look."""
    rows = [r for r in finding_store.recent_findings(deps.db, limit=50) if r["platform"] == "slack"][:FINDINGS_SHOWN]
    return [text("slack.home_finding_line", type=r["type"].replace("_", " "), severity=r["severity"],
                 channel=r["channel"], when=blocks.when(r["at"]), status=r["status"].replace("_", " "))
            for r in rows] or [text("slack.home_findings_none")]


def _exception_requests(deps: SlackDeps) -> list[str]:
    """Posters' "not sensitive" requests (handlers/watch.py): nothing is exempt until a reviewer answers.
    The reason was masked when stored."""
    rows = [r for r in finding_store.exceptions(deps.db, limit=50, status="requested")
            if str(r["requested_by"] or "").startswith("slack:")][:FINDINGS_SHOWN]
    return [text("slack.home_exception_line", id=r["id"], type=r["type"].replace("_", " "),
                 user=r["requested_by"].split(":", 1)[1], when=blocks.when(r["at"]),
                 reason=blocks.escape(str(r["reason"])[:200].replace("\n", " ")))
            for r in rows] or [text("slack.home_exceptions_none")]


# What reviewers see below their own reports, in order: (heading key, lines builder).
REVIEWER_SECTIONS = (
    ("slack.home_open_reports", _open_reports),
    ("slack.home_recent_findings", _recent_findings),
    ("slack.home_exception_requests", _exception_requests),
)
