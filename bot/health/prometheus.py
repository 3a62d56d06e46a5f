"""/metrics in the Prometheus text exposition format (version 0.0.4), rendered by hand: a few dozen lines
instead of a client library whose process-global registry would fight with several servers in one test run.

Counts of stored records (questions, findings, reports, approvals) are gauges, not counters: retention deletes
old rows, and a Prometheus counter must never go down. Request latency is a real histogram, read from the
Router's per-route statistics, which are cumulative per bucket already.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Iterable

from bot.store import metrics as counts
from bot.store.db import Database

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


@dataclass
class Family:
    name: str
    kind: str                      # "gauge", "counter", "histogram"
    help: str
    samples: list[tuple[str, dict[str, str], float]] = field(default_factory=list)   # (suffix, labels, value)

    def add(self, value: float, suffix: str = "", **labels: str) -> None:
        self.samples.append((suffix, labels, value))


@dataclass(frozen=True)
class StoredCount:
    """A gauge of rows in another area's table, grouped by columns; each label lists the column names the
    owning area might use, so a renamed column degrades to "no samples" instead of a failed scrape."""

    name: str
    help: str
    table: str
    labels: tuple[tuple[str, tuple[str, ...]], ...]


# Data, not code: one line per stored count.
STORED_COUNTS: tuple[StoredCount, ...] = (
    StoredCount("aupbot_questions", "Questions answered and kept, by verdict.", "questions",
                (("verdict", ("verdict",)),)),
    StoredCount("aupbot_findings", "Findings kept (before retention deletes them), by type and severity.",
                "findings", (("type", ("type", "finding_type", "kind")), ("severity", ("severity",)))),
    StoredCount("aupbot_reports", "Violation reports kept, by status.", "reports", (("status", ("status",)),)),
    StoredCount("aupbot_events_pending", "Events acknowledged whose work has not finished (resumed until done), "
                "by platform.", "pending_events", (("platform", ("platform",)),)),
)


def stored_count_family(db: Database, spec: StoredCount) -> Family:
    family = Family(spec.name, "gauge", spec.help)
    chosen = []
    for label, candidates in spec.labels:
        column = counts.first_column(db, spec.table, candidates)
        if column is None:
            return family
        chosen.append((label, column))
    for values, n in sorted(counts.count_by(db, spec.table, tuple(c for _, c in chosen)).items()):
        family.add(n, **{label: value for (label, _), value in zip(chosen, values)})
    return family


def approval_families(db: Database) -> list[Family]:
    from datetime import date, timedelta

    from bot.store import approvals

    family = Family("aupbot_approvals", "gauge", "Registered approvals, by kind and state "
                    "(active, expiring within the reminder window, expired, revoked).")
    if not counts.columns(db, "approvals"):
        return [family]
    today = date.today()
    from handlers.approvals import rules

    soon = today + timedelta(days=rules().remind_days_before)
    for (kind, state), n in sorted(approvals.counts_by_state(db, today.isoformat(), soon.isoformat()).items()):
        family.add(n, kind=kind, state=state)
    return [family]


def outbox_families(db: Database) -> list[Family]:
    figures = counts.outbox_figures(db)
    depth = Family("aupbot_outbox_depth", "gauge", "Deliveries waiting in the outbox (pending).")
    depth.add(figures["pending"])
    messages = Family("aupbot_outbox_messages", "gauge", "Outbox rows by status.")
    for status in ("pending", "delivered", "dead"):
        messages.add(figures[status], status=status)
    failures = Family("aupbot_outbox_failed_attempts", "gauge",
                      "Failed delivery attempts recorded on outbox rows still kept.")
    failures.add(figures["failed_attempts"])
    dead = Family("aupbot_outbox_dead", "gauge", "Deliveries that ran out of attempts (need `aupbot outbox retry`).")
    dead.add(figures["dead"])
    return [depth, messages, failures, dead]


def request_families(router) -> list[Family]:
    if router is None:
        return []
    latency = Family("aupbot_http_request_duration_seconds", "histogram",
                     "Time to answer an HTTP request, by route.")
    errors = Family("aupbot_http_request_errors_total", "counter", "Requests answered with a 5xx, by route.")
    in_flight = Family("aupbot_http_requests_in_flight", "gauge", "Requests being answered right now.")
    with router._lock:
        snapshot = {path: (s.count, s.errors, s.seconds_total, dict(s.buckets)) for path, s in router.stats.items()}
        in_flight.add(router.in_flight)
    for path, (count, errs, total, buckets) in sorted(snapshot.items()):
        for bound, n in sorted(buckets.items()):
            latency.add(n, "_bucket", route=path, le=_number(bound))
        latency.add(count, "_bucket", route=path, le="+Inf")
        latency.add(total, "_sum", route=path)
        latency.add(count, "_count", route=path)
        errors.add(errs, route=path)
    return [latency, errors, in_flight]


FamilySource = Callable[[Database, object], Iterable[Family]]

# Registry of everything /metrics shows, in order.
SOURCES: tuple[FamilySource, ...] = (
    lambda db, router: [Family("aupbot_up", "gauge", "1 while this process answers.", [("", {}, 1.0)])],
    lambda db, router: [stored_count_family(db, spec) for spec in STORED_COUNTS],
    lambda db, router: approval_families(db),
    lambda db, router: outbox_families(db),
    lambda db, router: request_families(router),
)


def render(db: Database, router=None) -> str:
    lines: list[str] = []
    for source in SOURCES:
        for family in source(db, router):
            lines.append(f"# HELP {family.name} {_help(family.help)}")
            lines.append(f"# TYPE {family.name} {family.kind}")
            for suffix, labels, value in family.samples:
                lines.append(f"{family.name}{suffix}{_labels(labels)} {_number(value)}")
    return "\n".join(lines) + "\n"


def _labels(labels: dict[str, str]) -> str:
    if not labels:
        return ""
    inner = ",".join(f'{k}="{_escape(str(v))}"' for k, v in labels.items())
    return "{" + inner + "}"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _help(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def _number(value: float) -> str:
    if isinstance(value, float) and math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))
