"""Reliability under sustained load, through the real `aupbot serve` (a child process, Slack in HTTP mode, its Web
API and a report webhook on loopback stand-ins in this process):

1. sustained: SENDERS threads send signed Slack events back to back for SUSTAIN_SECONDS (questions in DMs,
   messages in a watched channel, some carrying secrets, App Home opens), with Slack's retries of earlier events
   mixed in; prints events/s and p50/p99/max acknowledgement latency;
2. soak: SOAK_EVENTS more events (an hour of a busy district at 5 events/s, replayed as fast as the bot takes
   them); prints the serve process's RSS before and after;
3. crash: reports submitted through the Slack modal, `aupbot serve` SIGKILLed while their deliveries are
   going out, restarted, and the outbox drained;
4. privacy: the scenario of tests/test_reliability_privacy.py.

Then the counts: events replayed, duplicates processed, reports lost, deliveries duplicated, raw secrets found
(target 0 for all but the first). Loopback only; every loop is bounded in count and time.
"""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench import stand_ins

ROOT = Path(__file__).resolve().parent.parent
SIGNING_SECRET = "bench-reliability-secret"
SENDERS = 8
SUSTAIN_SECONDS = 20.0
SOAK_EVENTS = 18_000           # one hour at 5 events/s
RETRY_SHARE = 0.1              # one delivery in ten is Slack retrying an earlier event
REPORTS = 60
FUZZ_EXAMPLES = 5000
IT = "C0ITDESK"
WATCHED = "C0WATCHED"
QUESTIONS = ("can I text my team?", "may I email a student at their CPS account?",
             "can I friend a parent on Facebook?", "is a class Instagram account allowed?")
CHANNEL_TEXTS = ("Reminder: staff meeting moved to room 204 at 3pm", "lunch duty swap anyone?",
                 "New hire paperwork: Jamie Rivera, SSN 518-24-7391", "password: Winter-Bus-2031")


def _rss_mib(pid: int, field: str = "VmRSS:") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return float("nan")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))] if ordered else float("nan")


class Webhook:
    """Records every report delivery by idempotency key."""

    def __init__(self) -> None:
        self.keys: Counter = Counter()
        self.tickets: Counter = Counter()
        self.lock = threading.Lock()
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                key = self.headers.get("Idempotency-Key") or self.headers.get("X-Idempotency-Key") or ""
                try:
                    ticket = json.loads(body).get("ticket", "")
                except ValueError:
                    ticket = ""
                with hook.lock:
                    hook.keys[key] += 1
                    hook.tickets[ticket] += 1
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class Serve:
    """`aupbot serve` as a child process on a fixed port (so a restart keeps its address)."""

    def __init__(self, workdir: Path, api_url: str, webhook_url: str) -> None:
        self.port = stand_ins.free_port()
        self.db = workdir / "bench.db"
        self.env = {**os.environ, "AUPBOT_DB": str(self.db), "AUPBOT_HOST": "127.0.0.1", "AUPBOT_PORT": str(self.port),
                    "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_APP_TOKEN": "",
                    "AUPBOT_SLACK_API_URL": api_url, "AUPBOT_SLACK_IT_CHANNEL": IT, "AUPBOT_HASH_SECRET": "bench",
                    "AUPBOT_SLACK_WATCH_CHANNELS": WATCHED, "AUPBOT_WEBHOOK_URL": webhook_url,
                    "AUPBOT_LOG_LEVEL": "WARNING"}
        self.log = (workdir / "serve.log").open("ab")
        self.proc: subprocess.Popen | None = None

    def start(self, sender) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve"], cwd=ROOT, env=self.env,
                                     stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.monotonic() + 30
        while True:
            try:
                if sender.command("help", timeout=2)[0] == 200:
                    return
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("aupbot serve did not start; see serve.log")
            time.sleep(0.2)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=15)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()


def _event(n: int, rng: random.Random) -> dict:
    kind = rng.random()
    if kind < 0.6:
        return {"type": "message", "channel": f"D{n % 97:05d}", "channel_type": "im", "user": f"U{n % 997:05d}",
                "text": QUESTIONS[n % len(QUESTIONS)], "ts": f"1700000000.{n:06d}"}
    if kind < 0.9:
        return {"type": "message", "channel": WATCHED, "channel_type": "channel", "user": f"U{n % 991:05d}",
                "text": CHANNEL_TEXTS[n % len(CHANNEL_TEXTS)], "ts": f"1700000001.{n:06d}"}
    return {"type": "app_home_opened", "user": f"U{n % 89:05d}", "channel": "D0HOME", "tab": "home"}


class Load:
    """Sends events (with retries of earlier ones mixed in) and keeps what was sent and how long acks took."""

    def __init__(self, sender) -> None:
        self.sender = sender
        self.lock = threading.Lock()
        self.next_id = 0
        self.sent: list[tuple[str, dict]] = []
        self.latencies: list[float] = []
        self.non_200 = 0
        self.replayed = 0

    def _one(self, rng: random.Random) -> None:
        with self.lock:
            retry = self.sent and rng.random() < RETRY_SHARE
            if retry:
                event_id, event = rng.choice(self.sent)
                self.replayed += 1
            else:
                n = self.next_id
                self.next_id += 1
                event_id, event = f"EvB{n:07d}", _event(n, rng)
                self.sent.append((event_id, event))
        started = time.perf_counter()
        status, _ = self.sender.event(event, event_id=event_id, retry_num=1 if retry else None)
        elapsed = (time.perf_counter() - started) * 1000
        with self.lock:
            self.latencies.append(elapsed)
            self.non_200 += status != 200

    def run(self, *, seconds: float | None = None, events: int | None = None) -> float:
        stop_at = time.monotonic() + (seconds or 3600)
        target = self.next_id + events if events else None
        started = time.perf_counter()

        def worker(seed: int) -> None:
            rng = random.Random(seed)
            while time.monotonic() < stop_at and (target is None or self.next_id < target):
                self._one(rng)

        threads = [threading.Thread(target=worker, args=(seed,)) for seed in range(SENDERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return time.perf_counter() - started


def _wait(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.25)
    return predicate()


def _submit_reports(sender, api, count: int, first: int) -> list[str]:
    """Reports through the modal, as a person files them; returns the users whose submission was acknowledged."""
    sender.command("report", user="U0REPORTER")
    view = api.wait_for("views.open", timeout=10)[0]["view"]
    acked = []
    for n in range(first, first + count):
        user = f"U0REP{n:04d}"
        state = {"category": {"value": {"type": "static_select", "selected_option": {"value": "misuse"}}},
                 "location": {"value": {"type": "static_select", "selected_option": {"value": "lincoln-park-hs"}}},
                 "description": {"value": {"type": "plain_text_input",
                                           "value": f"Report {n}: a class roster was posted in a public channel."}}}
        status, body = sender.interaction({"type": "view_submission", "user": {"id": user, "username": user.lower()},
                                           "view": {**view, "id": "V0000001", "state": {"values": state}}})
        if status == 200 and body == "":
            acked.append(user)
    return acked


def probe_cost() -> None:
    """/healthz and /metrics on a database of years of use: a million audit entries, 300,000 questions."""
    from bot.health.component import HealthComponent
    from bot.health.prometheus import render
    from bot.settings import Settings
    from bot.store import Database

    settings = Settings.for_tests(Path(tempfile.mkdtemp(prefix="aupbot-bench-probe-"))).with_(
        servicedesk_url="http://127.0.0.1:9/x")
    db = Database(settings.db_path)
    now = time.time()
    with db.transaction():
        db.conn.executemany("INSERT INTO audit_log (at, actor, action, subject) VALUES (?, ?, ?, ?)",
                            [(now - 1e6 + i, "system:bench", "filler", "AUP-0") for i in range(1_000_000)])
        db.conn.executemany("INSERT INTO questions (at, person, question, question_chars, masked, verdict, "
                            "citations) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [(now - 3e5 + i, "slack:U1", "can I text my team?", 19, 1,
                              ("allowed", "clarify", "not_covered")[i % 3], "[]") for i in range(300_000)])
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    health = HealthComponent(settings, db)
    from bot.health.checks import _integrity_check

    started = time.perf_counter()
    _integrity_check(health.context)
    integrity_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    for _ in range(50):
        health.report()
    probe_ms = (time.perf_counter() - started) * 1000 / 50
    started = time.perf_counter()
    for _ in range(5):
        render(db)
    scrape_ms = (time.perf_counter() - started) * 1000 / 5
    size_mb = db.path.stat().st_size / 1e6
    db.close()
    print(f"probe cost on a {size_mb:.0f} MB database (1,000,000 audit entries, 300,000 questions): /healthz "
          f"{probe_ms:.1f} ms, /metrics {scrape_ms:.0f} ms, background integrity check {integrity_ms:.0f} ms")


def main() -> None:
    probe_cost()
    slack_api = stand_ins.load("aupbot_bench_slack_api", "tests/servers/slack_api.py")
    api = slack_api.SlackAPIStandIn().start()
    # the SIGKILL below cuts requests the stand-in is still answering; its broken pipes are expected, not news
    api.server.handle_error = lambda request, client_address: None
    webhook = Webhook()
    workdir = Path(tempfile.mkdtemp(prefix="aupbot-bench-reliability-"))
    serve = Serve(workdir, api.base_url, webhook.url)
    sender = slack_api.SlackSender(f"http://127.0.0.1:{serve.port}/slack/events", SIGNING_SECRET, api)
    try:
        serve.start(sender)
        load = Load(sender)
        load.run(events=200)   # warm up every path
        warm_rss = _rss_mib(serve.proc.pid)

        # 1. sustained rate
        load.latencies.clear()
        before = load.next_id + load.replayed
        elapsed = load.run(seconds=SUSTAIN_SECONDS)
        delivered = load.next_id + load.replayed - before
        lat = list(load.latencies)
        print(f"sustained: {delivered} signed events in {elapsed:.1f} s from {SENDERS} senders = "
              f"{delivered / elapsed:.0f} events/s; ack p50 {_percentile(lat, 0.5):.1f} ms, "
              f"p99 {_percentile(lat, 0.99):.1f} ms, max {max(lat):.1f} ms; non-200: {load.non_200} "
              f"(loopback, client and server sharing {os.cpu_count()} cores)")

        # 2. soak: an hour of traffic at 5 events/s, compressed
        elapsed = load.run(events=SOAK_EVENTS)
        time.sleep(2)
        print(f"soak: {SOAK_EVENTS} more events in {elapsed:.0f} s; serve RSS {warm_rss:.1f} MiB after warm-up, "
              f"{_rss_mib(serve.proc.pid):.1f} MiB after {load.next_id} distinct events "
              f"(peak {_rss_mib(serve.proc.pid, 'VmHWM:'):.1f} MiB)")

        # duplicates: every distinct DM question answered once, every watched message scanned once
        dm = {(e["channel"], e["ts"]) for _, e in load.sent if e.get("channel_type") == "im"}

        def answers() -> Counter:
            return Counter((p.get("channel"), p.get("thread_ts")) for p in api.called("chat.postMessage")
                           if p.get("thread_ts"))

        _wait(lambda: dm <= set(answers()), 120)   # the work after the acks may still be queued
        answers = answers()
        answered_twice = sum(n - 1 for key, n in answers.items() if key in dm and n > 1)
        recorded = serve.query("SELECT count(*) FROM platform_events WHERE platform = 'slack' "
                               "AND event_id LIKE 'EvB%'")[0][0]
        unanswered = len(dm - set(answers))

        # 3. crash: reports, SIGKILL while deliveries go out, restart, drain
        acked = _submit_reports(sender, api, REPORTS // 2, 0)
        time.sleep(1.0)
        acked += _submit_reports(sender, api, REPORTS - len(acked), len(acked))
        api.delay_seconds = 0.1   # a slow Slack: the deliveries take seconds, so the kill lands among them
        started_delivering = _wait(lambda: any(p.get("channel") == IT for p in api.called("chat.postMessage")), 40)
        before_kill = sum(1 for p in api.called("chat.postMessage") if p.get("channel") == IT)
        serve.kill()
        api.delay_seconds = 0.0
        serve.start(sender)
        drained = _wait(lambda: serve.query("SELECT count(*) FROM outbox WHERE status = 'pending'")[0][0] == 0, 90)
        stored = {r[0] for r in serve.query("SELECT reporter_id FROM reports WHERE reporter_id LIKE 'slack:U0REP%'")}
        lost = len({f"slack:{u}" for u in acked} - stored)
        tickets = [r[0] for r in serve.query("SELECT ticket FROM reports WHERE reporter_id LIKE 'slack:U0REP%'")]
        it_posts = Counter(t for p in api.called("chat.postMessage") if p.get("channel") == IT
                           for t in tickets if t in (p.get("text") or ""))
        duplicated = sum(n - 1 for n in it_posts.values() if n > 1) + \
            sum(n - 1 for t, n in webhook.tickets.items() if t in tickets and n > 1)
        print(f"crash: {len(acked)} reports acknowledged, serve SIGKILLed while delivering "
              f"({'after' if started_delivering else 'BEFORE'} {before_kill} IT posts), restarted; outbox "
              f"drained: {drained}; IT posts {sum(it_posts.values())}, webhook deliveries "
              f"{sum(n for t, n in webhook.tickets.items() if t in tickets)} for {len(tickets)} tickets")
    finally:
        serve.stop()
        api.stop()
        webhook.close()

    # 4. privacy
    privacy = stand_ins.load("aupbot_bench_privacy", "tests/test_reliability_privacy.py")
    traffic = privacy.scenario(Path(tempfile.mkdtemp(prefix="aupbot-bench-privacy-")))
    raw_found = len(privacy.leaks(traffic, replies_to_asker=False)) + len(privacy.leaks(traffic, replies_to_asker=True))

    # 5. fuzzing at bench scale: the suite's properties with many more examples
    fuzz = stand_ins.load("aupbot_bench_fuzz", "tests/test_reliability_fuzz.py")
    from hypothesis import given
    from hypothesis import settings as hsettings

    started = time.perf_counter()
    given(fuzz.messages)(hsettings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None)(fuzz.check_answer))()
    given(fuzz.messages)(hsettings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None)(fuzz.check_scan))()
    print(f"fuzz: {FUZZ_EXAMPLES} generated questions and {FUZZ_EXAMPLES} generated texts, every property held "
          f"({time.perf_counter() - started:.0f} s)")

    print(f"events replayed (Slack retries sent): {load.replayed}")
    print(f"duplicates processed: {answered_twice} (distinct events recorded {recorded} of {load.next_id}; "
          f"DM questions unanswered {unanswered})")
    print(f"reports lost: {lost}")
    print(f"deliveries duplicated: {duplicated}")
    print(f"raw secrets found (database, logs, Slack calls, webhook): {raw_found}")


if __name__ == "__main__":
    main()
