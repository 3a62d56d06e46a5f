"""Google Chat figures: events handled per second at the endpoint (with p50/p99 latency), and the poller's
messages scanned per second over 10,000 messages in 20 spaces.

Everything runs on loopback: the real `aupbot serve` stack (waitress, the router, token verification with
google-auth against a certificates stand-in) and a Chat API stand-in reached through google-api-python-client.
`python -m bench gchat` runs only this module.
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.commands.serve import build_server  # noqa: E402
from bot.gchat.api import ChatApi  # noqa: E402
from bot.gchat.component import component  # noqa: E402
from bot.gchat.poller import SpacePoller, watch_handler  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store import Database  # noqa: E402
from tests.servers.google import ChatSigner, GoogleStandIn, events, service_account_file, signing_key  # noqa: E402  (the loopback Google stand-ins the tests use)

AUDIENCE = "123456789012"
EVENTS = 2000
CLIENTS = 4
SPACES = 20
MESSAGES = 10_000
PAGE_SIZE = 500

QUESTIONS = ("can I text my team?", "is it ok to friend a parent on Facebook?", "can I email a student at their "
             "district account?", "may I call a student's cell phone?", "can staff text each other?")
MESSAGE_TEXTS = (
    "Reminder: staff meeting moved to 3:30 in room 204.",
    "Can someone cover my lunch duty on Friday?",
    "The copier on floor 2 is jammed again, ticket opened.",
    "Her SSN is 287-65-4321, please update the file.",
    "Wi-Fi password for the library is Tiger$Lily2026",
    "Great job on the science fair everyone!",
    "Jordan Smith (student ID 20481234) has an IEP meeting Tuesday.",
    "Please send the field trip forms by Thursday.",
)


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


def _run(server) -> None:
    try:
        server.run()
    except (OSError, ValueError):
        pass


def bench_endpoint(tmp: Path, google: GoogleStandIn) -> None:
    settings = Settings.for_tests(tmp, port=0, gchat_audience=AUDIENCE, gchat_certs_url=google.certs_url,
                                  gchat_api_url=google.url,
                                  gchat_credentials=str(service_account_file(tmp, google.token_url)))
    db = Database(settings.db_path)
    comp = component(settings, db)
    _, server = build_server(settings, db, [comp])
    thread = threading.Thread(target=_run, args=(server,), daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.effective_port}/google-chat/events"
    signer = ChatSigner(signing_key(), AUDIENCE)
    with_ask = _has("handlers.ask")
    if with_ask:
        bodies = [json.dumps(events.message(QUESTIONS[i % len(QUESTIONS)])).encode() for i in range(EVENTS)]
        kind = "DM questions answered by handlers.ask as Cards v2"
    else:
        bodies = [json.dumps(events.message("help") if i % 2 else events.added_to_space()).encode()
                  for i in range(EVENTS)]
        kind = "help and ADDED_TO_SPACE events (handlers.ask not in this build)"
    token = signer.token()  # one token: Chat reuses a token for its lifetime too; verification still runs
    local = threading.local()

    carded = {"n": 0}

    def one(body: bytes) -> float:
        session = getattr(local, "session", None) or requests.Session()
        local.session = session
        started = time.perf_counter()
        response = session.post(url, data=body, headers={"Authorization": f"Bearer {token}",
                                                         "Content-Type": "application/json"}, timeout=60)
        elapsed = time.perf_counter() - started
        if response.status_code != 200:
            raise RuntimeError(f"endpoint answered {response.status_code}")
        if "cardsV2" in response.json():
            carded["n"] += 1
        return elapsed

    for body in bodies[:20]:  # warm up (certificates, imports, first connections)
        one(body)
    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        latencies = sorted(pool.map(one, bodies))
    wall = time.perf_counter() - started
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[int(len(latencies) * 0.99) - 1] * 1000
    print(f"endpoint: {EVENTS} verified events ({kind}), {CLIENTS} concurrent clients; "
          f"{carded['n'] - 20 if with_ask else 0} answered with a card")
    print(f"  {EVENTS / wall:,.0f} events/s; latency p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
          f"max {latencies[-1]*1000:.1f} ms")
    server.close()
    comp.stop()
    db.close()


def bench_poller(tmp: Path, google: GoogleStandIn) -> None:
    spaces = tuple(f"spaces/BENCH{i:02d}" for i in range(SPACES))
    settings = Settings.for_tests(tmp / "poll", gchat_audience=AUDIENCE, gchat_api_url=google.url,
                                  gchat_credentials=str(service_account_file(tmp, google.token_url)),
                                  gchat_watch_spaces=spaces)
    (tmp / "poll").mkdir(exist_ok=True)
    db = Database(settings.db_path)
    start_us = int(time.time() * 1e6) - 3_600_000_000
    counted = {"n": 0}
    with_watch = _has("handlers.watch")

    def handle(db_, settings_, space, message):
        counted["n"] += 1
        return watch_handler(db_, settings_, space, message) if with_watch else None

    poller = SpacePoller(settings, db, ChatApi(settings), page_size=PAGE_SIZE, clock=lambda: start_us / 1e6,
                         handle=handle)
    for space in spaces:
        google.add_space(space)
    poller.poll_once()  # first sight: checkpoints at start_us
    per_space = MESSAGES // SPACES
    for i in range(MESSAGES):
        space = spaces[i % SPACES]
        google.add_message(space, MESSAGE_TEXTS[i % len(MESSAGE_TEXTS)], sender=f"users/{100 + i % 50}",
                           create_us=start_us + 1000 + i, message_id=f"b{i:06d}")
    started = time.perf_counter()
    result = poller.poll_once()
    wall = time.perf_counter() - started
    assert counted["n"] == MESSAGES == result.scanned, (counted, result.scanned)
    again = poller.poll_once()
    assert again.scanned == 0
    what = "through handlers.watch (detectors, findings, outbox)" if with_watch else \
        "hand-over only (handlers.watch not in this build)"
    print(f"poller: {MESSAGES:,} messages in {SPACES} spaces ({per_space} each), pages of {PAGE_SIZE}, {what}")
    print(f"  {MESSAGES / wall:,.0f} messages scanned/s ({wall:.2f} s, {result.pages} pages, "
          f"{result.flagged} flagged); re-poll found 0 new")
    db.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, GoogleStandIn() as google:
        bench_endpoint(Path(tmp), google)
        bench_poller(Path(tmp), google)


if __name__ == "__main__":
    main()
