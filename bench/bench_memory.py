"""Memory under Slack events, in process through the real serve stack (build_server with every serve
component: Slack, health, the scheduler), with signed requests as Slack sends them.

Two figures: RSS while events arrive back to back for BURST_BATCHES batches of N (faster than the work after
the acks, as the reliability soak sends them), with the backlog queued behind the acks; and the traced heap
growth between N/2 and N settled events.

`python -m bench memory` (MEMORY_EVENTS=N in the environment to change N; default 1500).
"""
from __future__ import annotations

import gc
import logging
import os
import random
import sys
import tempfile
import threading
import tracemalloc
from pathlib import Path

# the same traffic mix as the reliability benchmark
from bench.bench_reliability import WATCHED, _event

ROOT = Path(__file__).resolve().parent.parent
EVENTS = int(os.environ.get("MEMORY_EVENTS", "1500"))
SENDERS = 8
BURST_BATCHES = 4
def _send(bot, first: int, count: int, *, settle: bool = True) -> None:
    """`count` distinct events from SENDERS threads as fast as the acks come; with `settle`, then wait until
    the lazy work after the acks is done."""
    counter = iter(range(first, first + count))
    lock = threading.Lock()

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        while True:
            with lock:
                n = next(counter, None)
            if n is None:
                return
            bot.slack.event(_event(n, rng), event_id=f"EvM{n:07d}")

    threads = [threading.Thread(target=worker, args=(first + i,)) for i in range(SENDERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if settle:
        _settle(bot)
    bot.api.calls.clear()   # the stand-in's record of calls is the harness's memory, not the bot's


def _settle(bot) -> None:
    runner = getattr(bot.component.app, "_listener_runner", None)
    executor = getattr(runner, "listener_executor", None)
    import time
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        queued = getattr(getattr(executor, "_work_queue", None), "qsize", lambda: 0)()
        if not queued and threading.active_count() < 64:
            break
        time.sleep(0.05)
    time.sleep(0.5)


class ServeStack:
    """What `aupbot serve` runs (every component from bot.commands.serve.COMPONENTS: Slack, health, the
    scheduler with its outbox delivery job) on build_server's router and waitress, Slack's Web API and the
    webhook on loopback stand-ins; tests/servers/slack_api.py RunningBot does the same for the Slack part only."""

    def __init__(self, settings, db) -> None:
        from tests.servers.slack_api import SlackAPIStandIn

        self.api = SlackAPIStandIn()
        self.settings = settings.with_(host="127.0.0.1", port=0, slack_bot_token="xoxb-mem",
                                       slack_signing_secret="mem-signing-secret", slack_api_url=self.api.base_url,
                                       slack_it_channel="C0ITDESK")
        self.db = db

    def __enter__(self) -> ServeStack:
        from bot.commands.serve import build_server, load_components
        from tests.servers.slack_api import SlackSender

        self.api.start()
        self.components = load_components(self.settings, self.db)
        self.component = next(c for c in self.components if c.name == "slack")
        self.router, self.server = build_server(self.settings, self.db, self.components)
        for c in self.components:
            c.start()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        self.slack = SlackSender(f"http://127.0.0.1:{self.server.effective_port}/slack/events",
                                 "mem-signing-secret", self.api)
        return self

    def _serve(self) -> None:
        try:
            self.server.run()
        except (OSError, ValueError):
            pass

    def __exit__(self, *exc) -> None:
        self.server.close()
        for c in reversed(self.components):
            c.stop()
        self.api.stop()


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _stack(tmp: str, hook_url: str):
    from bot.settings import Settings
    from bot.store import Database

    settings = Settings.for_tests(Path(tmp), slack_watch_channels=(WATCHED,), log_level="ERROR",
                                  webhook_url=hook_url)
    db = Database(settings.db_path)
    return ServeStack(settings, db), db


def burst(events: int = EVENTS, batches: int = BURST_BATCHES) -> list[tuple[int, float, int]]:
    """Events sent back to back (faster than the work after the acks finishes, as in the reliability soak):
    (events so far, RSS MiB, tasks queued behind the acks) after each batch."""
    sys.path.insert(0, str(ROOT))
    from tests.servers.rest import RestStandIn

    rows = []
    with tempfile.TemporaryDirectory(prefix="aupbot-mem-") as tmp, RestStandIn() as hook:
        stack, db = _stack(tmp, hook.url)
        with stack as bot:
            _send(bot, 0, 300)
            executor = bot.component.app._listener_runner.listener_executor
            for b in range(batches):
                _send(bot, 300 + b * events, events, settle=False)
                rows.append(((b + 1) * events, _rss_mib(), executor._work_queue.qsize()))
            _settle(bot)
        db.close()
    return rows


def traced(events: int = EVENTS, *, top: int = 5) -> dict:
    """tracemalloc diff between N and 2N settled events: what the Python heap keeps per event."""
    sys.path.insert(0, str(ROOT))
    from tests.servers.rest import RestStandIn

    with tempfile.TemporaryDirectory(prefix="aupbot-mem-") as tmp, RestStandIn() as hook:
        stack, db = _stack(tmp, hook.url)
        with stack as bot:
            _send(bot, 0, 300)   # warm-up: every path, every lazy import
            gc.collect()
            tracemalloc.start(8)
            _send(bot, 300, events)
            gc.collect()
            first = tracemalloc.take_snapshot()
            _send(bot, 300 + events, events)
            gc.collect()
            second = tracemalloc.take_snapshot()
            tracemalloc.stop()
        db.close()
    skip = [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "*/tests/servers/*")]
    diff = second.filter_traces(skip).compare_to(first.filter_traces(skip), "traceback")
    return {"events": events, "growth": sum(d.size_diff for d in diff), "top": diff[:top]}


def main() -> None:
    # waitress warns "Task queue depth is N" on every burst: the backlog is what this benchmark measures
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    rows = burst()
    print(f"burst from {SENDERS} senders, no pause: " + "; ".join(
        f"{n} events RSS {rss:.1f} MiB, {queued} queued" for n, rss, queued in rows))
    result = traced(EVENTS // 2)
    n = result["events"]
    print(f"traced Python heap growth between {n} and {2 * n} settled events: {result['growth'] / 1024:.1f} KiB "
          f"({result['growth'] / n:.0f} B/event); largest sites:")
    for stat in result["top"]:
        frame = next((f for f in reversed(stat.traceback) if "/bot/" in f.filename or "/handlers/" in f.filename),
                     stat.traceback[-1])
        print(f"  {stat.size_diff / 1024:+.1f} KiB {stat.count_diff:+d} blocks at "
              f"{frame.filename.replace(str(ROOT) + '/', '')}:{frame.lineno}")


if __name__ == "__main__":
    main()
