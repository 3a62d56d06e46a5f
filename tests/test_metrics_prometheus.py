"""/metrics over a real loopback server: valid Prometheus text, the stored counts, the outbox and a latency
histogram per route taken from the Router's statistics."""
from __future__ import annotations

import re
import threading
import time
import urllib.request

import pytest

from bot.commands.serve import build_server
from bot.health.component import component
from bot.health.prometheus import render
from bot.store import metrics as counts
from bot.store import outbox, reports
from policy.document import DEFAULT_POLICY, load_policy

SAMPLE = re.compile(r'^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*\})? '
                    r'(-?[0-9.e+-]+|\+Inf|-Inf|NaN)$')


def _insert_report(d, ticket: str, status: str) -> None:
    now = time.time()
    reports.insert(d, {
        "ticket": ticket, "kind": "report", "created_at": now, "updated_at": now, "status": status,
        "category": "data_disclosure", "category_label": "Data disclosure", "description": "masked text",
        "urgency": "normal", "reporter_id": "console:alice", "source": "console",
    }, actor="console:alice")


@pytest.fixture
def scrape(settings, db):
    comp = component(settings, db)
    router, server = build_server(settings.with_(port=0), db, [comp])
    thread = threading.Thread(target=lambda: _run_quietly(server), daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.effective_port}"

    def get(path: str = "/metrics") -> tuple[str, str]:
        with urllib.request.urlopen(base + path, timeout=10) as resp:
            return resp.headers["Content-Type"], resp.read().decode()

    yield get
    server.close()
    thread.join(5)


def _run_quietly(server):
    try:
        server.run()
    except (OSError, ValueError):
        pass


def _samples(text: str) -> dict[str, float]:
    """Samples keyed `name{a="x",b="y"}` with the labels in the order the test names them; the exposition
    format leaves label order free (prometheus_client sorts them), so keys are made order-independent."""
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            out[_canonical(name)] = float(value)
    return _Samples(out)


LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"')


def _canonical(key: str) -> str:
    if "{" not in key:
        return key
    name, labels = key.split("{", 1)
    return name + "{" + ",".join(f'{k}="{v}"' for k, v in sorted(LABEL.findall(labels))) + "}"


class _Samples(dict):
    def __getitem__(self, key: str) -> float:
        return super().__getitem__(_canonical(key))

    def get(self, key, default=None):
        return super().get(_canonical(key), default)

    def __contains__(self, key) -> bool:
        return super().__contains__(_canonical(key))


def test_every_line_is_valid_prometheus_text(scrape):
    content_type, text = scrape()
    assert content_type.startswith("text/plain; version=0.0.4")
    for line in text.splitlines():
        assert line.startswith(("# HELP ", "# TYPE ")) or SAMPLE.match(line), line
    types = re.findall(r"^# TYPE (\S+) (\S+)$", text, flags=re.M)
    assert len(types) == len({name for name, _ in types})   # each family declared once


def test_reports_are_counted_by_status(scrape, db):
    with db.transaction() as d:
        _insert_report(d, "AUP-2026-000001", "received")
        _insert_report(d, "AUP-2026-000002", "received")
        _insert_report(d, "AUP-2026-000003", "closed")
    samples = _samples(scrape()[1])
    assert samples['aupbot_reports{status="received"}'] == 2
    assert samples['aupbot_reports{status="closed"}'] == 1


def test_outbox_depth_and_failures_are_exposed(scrape, db):
    with db.transaction() as d:
        for n in range(4):
            outbox.enqueue(d, outbox.NewDelivery("report", "smtp", "desk@example.org", f"k{n}", {"body": "x"}))
        d.execute("UPDATE outbox SET attempts = 3 WHERE idempotency_key = 'k0'")
        d.execute("UPDATE outbox SET status = 'dead', attempts = 8 WHERE idempotency_key = 'k1'")
        d.execute("UPDATE outbox SET status = 'delivered', attempts = 2 WHERE idempotency_key = 'k2'")
    samples = _samples(scrape()[1])
    assert samples["aupbot_outbox_depth"] == 2
    assert samples["aupbot_outbox_dead"] == 1
    assert samples['aupbot_outbox_messages{status="delivered"}'] == 1
    assert samples["aupbot_outbox_failed_attempts"] == 3 + 8 + 1   # the delivered row failed once first


def test_request_latency_is_a_histogram_per_route(scrape):
    for _ in range(3):
        scrape("/healthz")
    samples = _samples(scrape()[1])
    route = 'route="/healthz"'
    assert samples[f'aupbot_http_request_duration_seconds_count{{{route}}}'] == 3
    assert samples[f'aupbot_http_request_duration_seconds_bucket{{{route},le="+Inf"}}'] == 3
    buckets = [v for k, v in samples.items() if k.startswith("aupbot_http_request_duration_seconds_bucket{"
                                                                 + route)]
    assert buckets == sorted(buckets)   # cumulative: each bucket holds at least the one before
    assert samples[f'aupbot_http_request_duration_seconds_sum{{{route}}}'] > 0
    assert samples[f'aupbot_http_request_errors_total{{{route}}}'] == 0
    assert samples["aupbot_http_requests_in_flight"] == 1   # the scrape itself


def test_label_values_are_escaped(db):
    with db.transaction() as d:
        _insert_report(d, "AUP-2026-000009", 'odd "status"\\\n')
    line = next(ln for ln in render(db).splitlines() if ln.startswith("aupbot_reports{"))
    assert line == 'aupbot_reports{status="odd \\"status\\"\\\\\\n"} 1.0'


def test_an_area_not_installed_yet_gives_no_samples_instead_of_a_failed_scrape(db):
    assert counts.count_by(db, "no_such_table", ("verdict",)) == {}
    assert counts.count_by(db, "reports", ("no_such_column",)) == {}
    text = render(db)
    assert "# TYPE aupbot_findings gauge" in text


def test_approvals_are_counted_by_kind_and_state(db, settings):
    from datetime import date, timedelta

    from handlers import approvals
    from handlers.types import Person

    owner = Person("slack:UALICE")
    today = date.today()
    for subject, approved in (("@Fresh", today - timedelta(days=10)), ("@Old", today - timedelta(days=350))):
        reply = approvals.register(db, settings, owner, {"kind": "social", "subject": subject, "approver": "P",
                                                         "date": approved.isoformat(), "form": "F-1"}, today=today)
        assert reply.ok, reply.text
    samples = _samples(render(db))
    assert samples['aupbot_approvals{kind="social_media_account",state="active"}'] == 1
    assert samples['aupbot_approvals{kind="social_media_account",state="expiring"}'] == 1


def test_questions_by_verdict_and_findings_by_type_and_severity(db):
    from bot.store import findings, questions

    for verdict in ("allowed", "allowed", "not_covered"):
        questions.record(db, "slack:U0STAFF", "a question", verdict, [], policy=load_policy(DEFAULT_POLICY))
    row = {"platform": "slack", "channel": "C0TEAM", "message_id": "1.1", "poster_id": "slack:U0POSTER",
           "type": "ssn", "severity": "high", "policy_items": [15], "start": 0, "end": 4, "redacted": "****",
           "value_hash": "h", "detector": "ssn"}
    findings.record_findings(db, [row, row, {**row, "type": "personal_phone", "severity": "low"}])
    samples = _samples(render(db))
    assert samples['aupbot_questions{verdict="allowed"}'] == 2
    assert samples['aupbot_questions{verdict="not_covered"}'] == 1
    assert samples['aupbot_findings{type="ssn",severity="high"}'] == 2
    assert samples['aupbot_findings{type="personal_phone",severity="low"}'] == 1
