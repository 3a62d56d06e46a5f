"""The work queued after Slack's acks is bounded: a burst slows the acks instead of growing memory, and
nothing is lost."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.slack import app as slack_app
from tests.servers.slack_api import RunningBot


def test_submit_waits_for_room_once_the_backlog_is_full():
    from bot.slack.executor import BoundedExecutor

    release = threading.Event()
    pool = BoundedExecutor(1, backlog=2, max_wait=5.0)
    try:
        for _ in range(3):   # one running, two queued
            pool.submit(release.wait)
        threading.Timer(0.3, release.set).start()
        started = time.perf_counter()
        pool.submit(lambda: None).result(timeout=5)
        assert time.perf_counter() - started >= 0.25
        assert pool.peak_queued <= 2 and pool.overflowed == 0
    finally:
        release.set()
        pool.shutdown(wait=True)


def test_a_full_backlog_queues_anyway_after_the_wait_so_no_event_is_lost():
    from bot.slack.executor import BoundedExecutor

    release = threading.Event()
    pool = BoundedExecutor(1, backlog=1, max_wait=0.1)
    try:
        futures = [pool.submit(release.wait) for _ in range(3)]
        assert pool.overflowed == 1
        release.set()
        assert all(f.result(timeout=5) for f in futures)
    finally:
        release.set()
        pool.shutdown(wait=True)


@pytest.fixture
def small_backlog_bot(settings, db, monkeypatch):
    monkeypatch.setattr(slack_app, "LISTENER_BACKLOG", 4)
    with RunningBot(settings, db, slack_it_channel="C0ITDESK") as running:
        yield running


def test_a_burst_of_slow_events_never_queues_more_than_the_backlog(small_backlog_bot):
    bot = small_backlog_bot
    bot.slack.command("help")
    bot.api.delay_seconds = 0.2   # every answer takes Slack 0.2 s: the work is slower than the burst
    n = 40

    def send(i: int) -> int:
        return bot.slack.event({"type": "message", "channel": f"D{i:04d}", "channel_type": "im",
                                "user": f"U{i:04d}", "text": "can I text my team?", "ts": f"1700000000.{i:06d}"},
                               event_id=f"EvBurst{i:04d}")[0]

    with ThreadPoolExecutor(max_workers=8) as senders:
        assert all(status == 200 for status in senders.map(send, range(n)))
    executor = bot.component.app._listener_runner.listener_executor
    assert executor.peak_queued <= 4
    bot.api.wait_for("chat.postMessage", count=n, timeout=30)
