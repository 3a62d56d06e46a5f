"""1,000 Slack event deliveries through the real serve stack (signed HTTP, Bolt, the router, SQLite), with
Slack's retries and plain duplicates mixed in and sent concurrently: every delivery is acknowledged, and every
distinct event is processed exactly once (one answer posted per question)."""
from __future__ import annotations

import random
import threading
import time
from collections import Counter

import pytest

from tests.servers.slack_api import RunningBot

pytest.importorskip("handlers.ask")

DELIVERIES = 1000
DISTINCT = 600
SENDERS = 4
QUESTIONS = ("can I text my team?", "may I email a student at their CPS account?",
             "can I friend a parent on Facebook?", "is a class Instagram account allowed?")


def replay_plan(seed: int = 7) -> list[tuple[str, int | None, dict]]:
    """(event_id, retry number or None, event): each distinct event once, then retries and duplicates of
    random ones, shuffled so a retry may even arrive before its original (Slack gives no ordering promise)."""
    rng = random.Random(seed)
    events = [(f"EvREL{n:05d}", {"type": "message", "channel": f"D0DM{n % 50:03d}", "channel_type": "im",
                                 "user": f"U0STAFF{n % 50:03d}", "text": QUESTIONS[n % len(QUESTIONS)],
                                 "ts": f"1700000000.{n:06d}"}) for n in range(DISTINCT)]
    plan = [(event_id, None, event) for event_id, event in events]
    while len(plan) < DELIVERIES:
        event_id, event = rng.choice(events)
        plan.append((event_id, rng.choice((None, 1, 2, 3)), event))   # None: a duplicate without retry headers
    rng.shuffle(plan)
    return plan


def test_a_thousand_deliveries_with_retries_and_duplicates_are_each_processed_once(settings, db):
    plan = replay_plan()
    statuses: Counter = Counter()
    lock = threading.Lock()
    refused = [0]   # deliveries refused with a 503 (the database wait ran out) and delivered again

    with RunningBot(settings, db) as bot:
        bot.slack.command("help")   # Bolt's one auth.test on the first request, outside the run

        def send(part):
            for event_id, retry, event in part:
                status, _ = bot.slack.event(event, event_id=event_id, retry_num=retry)
                for attempt in range(1, 4):   # a refusal (503) is delivered again, as Slack does
                    if status != 503:
                        break
                    with lock:
                        refused[0] += 1
                    status, _ = bot.slack.event(event, event_id=event_id, retry_num=(retry or 0) + attempt)
                with lock:
                    statuses[status] += 1

        threads = [threading.Thread(target=send, args=(plan[i::SENDERS],)) for i in range(SENDERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        answers = bot.api.wait_for("chat.postMessage", count=DISTINCT, timeout=30)
        time.sleep(0.5)   # anything processed twice would post after the last first answer
        answers = bot.api.called("chat.postMessage")

    assert statuses == Counter({200: DELIVERIES})          # every delivery acknowledged in the end
    assert refused[0] <= DELIVERIES // 100                 # and hardly any had to come twice
    per_event = Counter((a["channel"], a["thread_ts"]) for a in answers)
    assert len(per_event) == DISTINCT                      # every distinct event answered
    assert max(per_event.values()) == 1                    # none answered twice
    assert db.query("SELECT count(*) AS n FROM platform_events WHERE platform = 'slack' "
                    "AND event_id LIKE 'EvREL%'")[0]["n"] == DISTINCT
