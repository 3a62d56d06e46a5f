"""Violation reports: commit rate, delivery rates to loopback SMTP and HTTP, and a fault run that counts
reports lost and deliveries duplicated (targets: 0 and 0).

`python -m bench reports` runs only this module. Everything talks to 127.0.0.1 and stops by itself.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.delivery.smtp import message_id
from bot.outbox import WORKERS, Outbox
from bot.settings import Settings
from bot.store import outbox as outbox_store
from bot.store.db import Database
from handlers import report
from handlers.types import Person

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.servers import RestStandIn, SmtpStandIn  # noqa: E402  (the loopback stand-ins the tests use)

COMMIT_REPORTS = 1000
DELIVERIES = 300
FAULT_REPORTS = 120


def _fields(i: int, location: str = "other") -> dict[str, str]:
    return {"category": str(i % 37 + 1), "location": location, "urgency": "normal",
            "description": f"Report {i}: a staff member shared the lab login with a substitute, SSN 536-22-8471."}


def _fresh(tmp: Path, name: str, **changes) -> tuple[Settings, Database]:
    settings = Settings.for_tests(tmp / name).with_(**changes)
    (tmp / name).mkdir()
    return settings, Database(settings.db_path)


def bench_commits(tmp: Path) -> None:
    # every route configured: each commit writes the report, its history, 6 outbox rows and an audit entry
    settings, db = _fresh(tmp, "commits", smtp_url="smtp://127.0.0.1:9", servicedesk_email="sd@cps.edu",
                          servicedesk_url="http://127.0.0.1:9/x", webhook_url="http://127.0.0.1:9/y",
                          slack_it_channel="CIT")
    start = time.perf_counter()
    for i in range(COMMIT_REPORTS):
        assert report.submit(db, settings, Person(f"slack:U{i}"), _fields(i, "lincoln-park-hs"), source="bench").ok
    elapsed = time.perf_counter() - start
    rows = outbox_store.counts(db)["pending"]
    print(f"reports committed: {COMMIT_REPORTS / elapsed:,.0f}/s ({COMMIT_REPORTS} reports with {rows} outbox rows "
          f"in {elapsed:.2f} s; scan + validate + one transaction each)")
    db.close()


def bench_delivery(tmp: Path, kind: str, workers: int, latency: float = 0.0) -> None:
    server = SmtpStandIn() if kind == "smtp" else RestStandIn()
    with server:
        server.slow(latency)
        changes = ({"smtp_url": server.url, "servicedesk_email": "sd@cps.edu"} if kind == "smtp"
                   else {"servicedesk_url": server.url})
        settings, db = _fresh(tmp, f"deliver-{kind}-{workers}-{latency}", **changes)
        for i in range(DELIVERIES):
            report.submit(db, settings, Person(f"cli:u{i}"), _fields(i), source="bench")
        start = time.perf_counter()
        run = Outbox(db, settings).deliver_due(limit=DELIVERIES, workers=workers)
        elapsed = time.perf_counter() - start
        received = len(server.messages) if kind == "smtp" else server.creations.total()
        what = "SMTP (aiosmtpd)" if kind == "smtp" else "HTTP (REST incident API)"
        if latency:
            what += f" answering after {latency * 1000:.0f} ms"
        print(f"deliveries to loopback {what}, {workers} thread{'s' if workers > 1 else ''}: "
              f"{run.delivered / elapsed:,.0f}/s "
              f"({run.delivered} delivered, {received} received, {elapsed:.2f} s; the server shares the 2 cores)")
        db.close()


def _deliver_process(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "deliver", "--all"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def bench_faults(tmp: Path) -> None:
    """Service desk down, then 500s and timeouts, then a SIGKILL mid-delivery: count lost and duplicated."""
    smtp = SmtpStandIn()                   # not started: the mail server is down at first too
    probe = RestStandIn()
    port = probe.server.server_address[1]
    probe.server.server_close()            # the REST service desk is down at first: nothing listens there
    url = f"http://127.0.0.1:{port}{RestStandIn.PATH}"
    settings, db = _fresh(tmp, "faults", smtp_url=smtp.url, servicedesk_email="sd@cps.edu", servicedesk_url=url,
                          delivery_timeout=0.3, outbox_max_attempts=50)
    tickets = [report.submit(db, settings, Person(f"cli:u{i}"), _fields(i), source="bench").ticket
               for i in range(FAULT_REPORTS)]
    outbox = Outbox(db, settings)
    down = outbox.deliver_due(limit=FAULT_REPORTS * 2)
    rest = RestStandIn(port=port).start()
    smtp.start()
    rest.fail_times(40)                        # 40 answers of 500
    rest.hang(15, seconds=0.6)                 # 15 incidents created but answered after the 0.3 s timeout
    smtp.fail_next(20)                         # 20 mails refused with 451
    # the first half of the queue under those faults (the rest is left for the process killed below)
    faults = outbox.deliver_due(include_waiting=True, limit=FAULT_REPORTS)

    # SIGKILL a separate `aupbot deliver --all` while the desk is slow, then restart it
    env = {k: v for k, v in os.environ.items() if not k.startswith("AUPBOT_")}
    env.update(AUPBOT_DB=str(settings.db_path), AUPBOT_SMTP_URL=smtp.url, AUPBOT_SERVICEDESK_EMAIL="sd@cps.edu",
               AUPBOT_SERVICEDESK_URL=url, AUPBOT_DELIVERY_TIMEOUT="5", AUPBOT_OUTBOX_MAX_ATTEMPTS="50",
               AUPBOT_LOG_LEVEL="ERROR")
    rest.slow(0.2)
    smtp.slow(0.2)
    before = len(rest.requests)
    victim = _deliver_process(env)
    deadline = time.time() + 30
    while len(rest.requests) < before + 5 and time.time() < deadline:
        time.sleep(0.01)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    rest.slow(0.0)
    smtp.slow(0.0)
    rounds = 0
    while outbox_store.counts(db)["pending"] and rounds < 20:
        rounds += 1
        subprocess.run([sys.executable, "-m", "bot.cli", "deliver", "--all"], cwd=ROOT, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)

    lost_reports = 0
    email_dupes = smtp.duplicates()
    for ticket in tickets:
        rows = outbox_store.for_ticket(db, ticket)
        rest_ok = all(rest.creations[r["idempotency_key"]] >= 1 for r in rows if r["transport"] == "servicenow")
        mail_ok = all(smtp.by_message_id[message_id(r["idempotency_key"])] >= 1
                      for r in rows if r["transport"] == "smtp")
        lost_reports += not (rest_ok and mail_ok)
    counts = outbox_store.counts(db)
    print(f"fault run: {FAULT_REPORTS} reports x (REST incident + service-desk mail); desk and mail server down "
          f"for the first pass "
          f"({down.failed} failed attempts), then 40 x HTTP 500, 15 x hang past the 0.3 s timeout, 20 x SMTP 451, "
          f"then SIGKILL of a delivering `aupbot deliver` and {rounds} restart(s)")
    print(f"  reports lost: {lost_reports}")
    print(f"  incidents duplicated at the REST desk: {rest.duplicates()} "
          f"(retries recognised by Idempotency-Key: {rest.replays.total()})")
    print(f"  emails resent under the same Message-ID: {email_dupes} (a kill between the SMTP server's 250 and "
          f"our commit; a receiver that honours Message-ID shows each once)")
    print(f"  outbox afterwards: {counts}; attempts under faults before the kill: {faults.failed} failed, "
          f"{faults.delivered} delivered")
    rest.stop()
    smtp.stop()
    db.close()


def main() -> None:
    import logging

    logging.getLogger("bot.outbox").setLevel(logging.CRITICAL)   # the fault run fails on purpose, loudly
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        bench_commits(tmp)
        for kind in ("smtp", "http"):
            for workers in (1, WORKERS):
                bench_delivery(tmp, kind, workers)
        for workers in (1, WORKERS):   # a service desk across a network: here the threads pay off
            bench_delivery(tmp, "http", workers, latency=0.02)
        bench_faults(tmp)


if __name__ == "__main__":
    main()
