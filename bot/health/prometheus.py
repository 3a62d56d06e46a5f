"""/metrics through prometheus_client, with a registry of its own per server.

The library's default registry is process-global, which would mix the figures of several servers in one
process (the test suite runs many); each `render` therefore builds a `CollectorRegistry` holding one custom
collector that reads the figures at scrape time, the pattern the library documents for values owned by
something else (here the database and the Router).

Counts of stored records (questions, findings, reports, approvals) are gauges, not counters: retention deletes
old rows, and a Prometheus counter must never go down. Request latency is a real histogram, read from the
Router's per-route statistics, which are cumulative per bucket already.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric

from bot.store import metrics as counts
from bot.store.db import Database

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


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


def stored_count_family(db: Database, spec: StoredCount) -> Metric:
    chosen = []
    for label, candidates in spec.labels:
        column = counts.first_column(db, spec.table, candidates)
        if column is None:
            return GaugeMetricFamily(spec.name, spec.help, labels=[label for label, _ in spec.labels])
        chosen.append((label, column))
    family = GaugeMetricFamily(spec.name, spec.help, labels=[label for label, _ in chosen])
    for values, n in sorted(counts.count_by(db, spec.table, tuple(c for _, c in chosen)).items()):
        family.add_metric([str(v) for v in values], n)
    return family


def approval_families(db: Database) -> list[Metric]:
    from datetime import date, timedelta

    from bot.store import approvals

    family = GaugeMetricFamily("aupbot_approvals", "Registered approvals, by kind and state "
                               "(active, expiring within the reminder window, expired, revoked).",
                               labels=["kind", "state"])
    if not counts.columns(db, "approvals"):
        return [family]
    today = date.today()
    from handlers.approvals import rules

    soon = today + timedelta(days=rules().remind_days_before)
    for (kind, state), n in sorted(approvals.counts_by_state(db, today.isoformat(), soon.isoformat()).items()):
        family.add_metric([kind, state], n)
    return [family]


def outbox_families(db: Database) -> list[Metric]:
    figures = counts.outbox_figures(db)
    messages = GaugeMetricFamily("aupbot_outbox_messages", "Outbox rows by status.", labels=["status"])
    for status in ("pending", "delivered", "dead"):
        messages.add_metric([status], figures[status])
    return [
        GaugeMetricFamily("aupbot_outbox_depth", "Deliveries waiting in the outbox (pending).",
                          value=figures["pending"]),
        messages,
        GaugeMetricFamily("aupbot_outbox_failed_attempts",
                          "Failed delivery attempts recorded on outbox rows still kept.",
                          value=figures["failed_attempts"]),
        GaugeMetricFamily("aupbot_outbox_dead",
                          "Deliveries that ran out of attempts (need `aupbot outbox retry`).", value=figures["dead"]),
    ]


def request_families(router) -> list[Metric]:
    if router is None:
        return []
    latency = HistogramMetricFamily("aupbot_http_request_duration_seconds",
                                    "Time to answer an HTTP request, by route.", labels=["route"])
    errors = CounterMetricFamily("aupbot_http_request_errors", "Requests answered with a 5xx, by route.",
                                 labels=["route"])
    with router._lock:
        snapshot = {path: (s.count, s.errors, s.seconds_total, dict(s.buckets)) for path, s in router.stats.items()}
        in_flight = GaugeMetricFamily("aupbot_http_requests_in_flight", "Requests being answered right now.",
                                      value=router.in_flight)
    for path, (count, errs, total, buckets) in sorted(snapshot.items()):
        cumulative = [(_bound(bound), n) for bound, n in sorted(buckets.items())] + [("+Inf", count)]
        latency.add_metric([path], cumulative, sum_value=total)
        errors.add_metric([path], errs)
    return [latency, errors, in_flight]


def _bound(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


FamilySource = Callable[[Database, object], Iterable[Metric]]

# Registry of everything /metrics shows, in order.
SOURCES: tuple[FamilySource, ...] = (
    lambda db, router: [GaugeMetricFamily("aupbot_up", "1 while this process answers.", value=1)],
    lambda db, router: [stored_count_family(db, spec) for spec in STORED_COUNTS],
    lambda db, router: approval_families(db),
    lambda db, router: outbox_families(db),
    lambda db, router: request_families(router),
)


@dataclass(frozen=True)
class ScrapeTimeCollector:
    """prometheus_client's custom-collector protocol: `collect` is called on every scrape."""

    db: Database
    router: object

    def collect(self) -> Iterable[Metric]:
        for source in SOURCES:
            yield from source(self.db, self.router)


def render(db: Database, router=None) -> str:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(ScrapeTimeCollector(db, router))
    return generate_latest(registry).decode("utf-8")
