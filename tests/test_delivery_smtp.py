"""Email delivery against a real SMTP server on loopback (aiosmtpd)."""
from __future__ import annotations

import time

import pytest

from bot.delivery import preflight, smtp
from bot.outbox import Outbox
from bot.store import outbox as outbox_store
from handlers import report
from handlers.types import Person
from tests.servers import SmtpStandIn, self_signed_certificate
from tests.servers.fixtures import smtp_server  # noqa: F401
from tests.servers.smtp import free_port

# the stand-in's plain-text AUTH is deliberate (the STARTTLS test covers the encrypted path)
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

ALICE = Person("slack:UALICE", name="Alice Teacher")
RAW_SSN = "536-22-8471"
FIELDS = {"category": "15", "description": f"Coach emailed a roster with SSN {RAW_SSN} to a parent <b>list</b>.",
          "location": "lincoln-park-hs", "urgency": "high", "evidence": "https://cps.slack.com/archives/C1/p1"}


def _mail_settings(settings, server, **extra):
    return settings.with_(smtp_url=server.url, servicedesk_email="servicedesk@cps.edu",
                          smtp_from="aupbot@cps.edu", delivery_timeout=5.0, **extra)


def test_the_service_desk_and_school_management_receive_the_report_by_email(db, settings, smtp_server):
    s = _mail_settings(settings, smtp_server)
    ticket = report.submit(db, s, ALICE, FIELDS, source="slack").ticket
    run = Outbox(db, s).deliver_due()
    assert run.delivered == 3 and run.failed == 0
    recipients = sorted(rcpt for _, rcpts in smtp_server.envelopes for rcpt in rcpts)
    assert recipients == ["ap.lincolnpark@example.cps.edu", "principal.lincolnpark@example.cps.edu",
                          "servicedesk@cps.edu"]
    msg = smtp_server.messages[0]
    assert ticket in msg["Subject"] and msg["From"] == "aupbot@cps.edu"
    keys = {r["idempotency_key"] for r in outbox_store.for_ticket(db, ticket)}
    assert {smtp.message_id(k) for k in keys if "/smtp/" in k} == set(smtp_server.by_message_id)
    assert msg["X-Aupbot-Ticket"] == ticket


def test_no_raw_detected_value_or_markup_in_any_email(db, settings, smtp_server):
    s = _mail_settings(settings, smtp_server)
    report.submit(db, s, ALICE, FIELDS, source="slack")
    Outbox(db, s).deliver_due()
    assert smtp_server.raw
    for raw in smtp_server.raw:
        assert RAW_SSN.encode() not in raw and b"<b>" not in raw
    for body in smtp_server.bodies():
        assert "&lt;b&gt;list&lt;/b&gt;" in body and "Alice" not in body


def test_a_temporary_smtp_refusal_is_retried_and_sent_once(db, settings, smtp_server):
    s = _mail_settings(settings, smtp_server, outbox_max_attempts=5)
    report.submit(db, s, ALICE, {**FIELDS, "location": "other"}, source="slack")
    smtp_server.fail_next(2)
    outbox = Outbox(db, s)
    assert outbox.deliver_due(include_waiting=True).failed == 1
    assert outbox.deliver_due(include_waiting=True).failed == 1
    assert outbox.deliver_due(include_waiting=True).delivered == 1
    assert smtp_server.refused == 2 and len(smtp_server.messages) == 1 and smtp_server.duplicates() == 0


def test_an_accepted_mail_is_marked_sent_without_waiting_for_the_servers_goodbye(db, settings, smtp_server):
    # docs/reports.md: a crash between the server's 250 and our commit resends the mail; a server slow to answer
    # QUIT must not keep that window open
    s = _mail_settings(settings, smtp_server)
    report.submit(db, s, ALICE, {**FIELDS, "location": "other"}, source="slack")
    smtp_server.slow_quit(3.0)
    started = time.perf_counter()
    run = Outbox(db, s).deliver_due()
    took = time.perf_counter() - started
    assert run.delivered == 1 and len(smtp_server.messages) == 1
    assert took < 1.5, f"the outbox waited {took:.1f} s for the 221"


def test_starttls_and_login_are_used_when_configured(db, settings, tmp_path):
    cert, key = self_signed_certificate(tmp_path)
    with SmtpStandIn(login=("aupbot", "s3cret pw"), tls=(cert, key)) as server:
        url = f"smtp://aupbot:s3cret%20pw@127.0.0.1:{server.port}?starttls=true&cafile={cert}"
        s = settings.with_(smtp_url=url, servicedesk_email="servicedesk@cps.edu")
        assert preflight.problems(s) == []
        report.submit(db, s, ALICE, {**FIELDS, "location": "other"}, source="slack")
        assert Outbox(db, s).deliver_due().delivered == 1
        assert len(server.messages) == 1


def test_a_wrong_smtp_password_is_named_without_the_password(db, settings, tmp_path):
    with SmtpStandIn(login=("aupbot", "right")) as server:
        s = settings.with_(smtp_url=f"smtp://aupbot:wrong-pw@127.0.0.1:{server.port}",
                           servicedesk_email="servicedesk@cps.edu")
        problems = preflight.problems(s)
        assert any("login refused" in p for p in problems)
        assert "wrong-pw" not in " ".join(problems)


def test_an_unreachable_smtp_server_at_start_up_is_named(settings):
    port = free_port()
    s = settings.with_(smtp_url=f"smtp://127.0.0.1:{port}", servicedesk_email="servicedesk@cps.edu",
                       delivery_timeout=2.0)
    problems = preflight.problems(s)
    assert any(f"127.0.0.1:{port}" in p and "AUPBOT_SMTP_URL" in p for p in problems), problems


@pytest.mark.parametrize("url, words", [
    ("http://mail:25", "smtp:// or smtps://"), ("smtp://", "no host"), ("smtp://h:99999", "invalid port"),
    ("smtp://h:25?tls=1", "unknown option"),
])
def test_a_malformed_smtp_url_gets_a_clear_message(url, words):
    with pytest.raises(smtp.SmtpConfigError, match=words):
        smtp.parse_url(url)


def test_an_unreachable_smtp_server_keeps_the_mail_pending(db, settings):
    s = settings.with_(smtp_url=f"smtp://127.0.0.1:{free_port()}", servicedesk_email="servicedesk@cps.edu")
    ticket = report.submit(db, s, ALICE, {**FIELDS, "location": "other"}, source="slack").ticket
    run = Outbox(db, s).deliver_due()
    assert run.failed == 1 and "127.0.0.1" in run.errors[0] and "Connection refused" in run.errors[0]
    [row] = outbox_store.for_ticket(db, ticket)
    assert row["status"] == "pending" and row["attempts"] == 1 and row["next_attempt_at"] > row["last_attempt_at"]


def test_smtps_speaks_tls_from_the_first_byte(db, settings, tmp_path):
    cert, key = self_signed_certificate(tmp_path)
    with SmtpStandIn(tls=(cert, key), implicit_tls=True) as server:
        s = settings.with_(smtp_url=f"{server.url}?cafile={cert}", servicedesk_email="servicedesk@cps.edu")
        assert server.url.startswith("smtps://")
        report.submit(db, s, ALICE, {**FIELDS, "location": "other"}, source="slack")
        assert Outbox(db, s).deliver_due().delivered == 1 and len(server.messages) == 1


def test_an_untrusted_certificate_is_refused_and_named(db, settings, tmp_path):
    cert, key = self_signed_certificate(tmp_path)
    with SmtpStandIn(tls=(cert, key)) as server:
        s = settings.with_(smtp_url=f"{server.url}?starttls=true", servicedesk_email="servicedesk@cps.edu")
        report.submit(db, s, ALICE, {**FIELDS, "location": "other"}, source="slack")
        run = Outbox(db, s).deliver_due()
        assert run.failed == 1 and "TLS failed" in run.errors[0] and server.messages == []
