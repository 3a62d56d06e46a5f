"""Slack ack latency under load, and the memory of `aupbot serve`.

Starts the real `aupbot serve` as a child process (HTTP mode, Slack configured, its Web API pointed at the loopback
stand-in from tests/servers/slack_api.py), then sends rounds of 50 concurrent signed requests over loopback:
slash commands (`/aup help`, answered in the ack; `/aup status` and `/aup <question>`, acked then answered through
response_url) and events (message events in an unwatched and in a watched channel; app_home_opened, acked then
views.publish). Prints p50/p99 ack
latency per kind (Slack's limit is 3 s; our target p99 < 300 ms) and the serve process's peak RSS (VmHWM).

Each round is one burst of 50 requests released together; the next round starts once the previous round's work
after the acks has finished (so the figure is the ack latency of 50 concurrent requests, with their own work
running beside them, not of an endless flood). Bounded: ROUNDS x CONCURRENCY requests per kind, loopback only,
stops by itself.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench import stand_ins

ROOT = Path(__file__).resolve().parent.parent
CONCURRENCY = 50
ROUNDS = 8
SIGNING_SECRET = "bench-signing-secret"
QUESTIONS = ("can I text my team?", "can I friend a student on Facebook?", "may I email a student's CPS account?")


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _burst(send, make_args, n: int) -> list[tuple[int, float]]:
    """n requests released together (a barrier), each timed from send to the ack's last byte."""
    barrier = threading.Barrier(n)

    def one(i: int) -> tuple[int, float]:
        args = make_args(i)
        barrier.wait()
        started = time.perf_counter()
        status, _ = send(*args)
        return status, (time.perf_counter() - started) * 1000

    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(one, range(n)))


def _settle(api, quiet: float = 0.15, limit: float = 10.0) -> None:
    """Wait until the stand-in has seen no Web API call for `quiet` seconds (the work after the acks is done)."""
    deadline = time.monotonic() + limit
    seen = -1
    while time.monotonic() < deadline:
        count = len(api.calls)
        if count == seen:
            return
        seen = count
        time.sleep(quiet)


def main() -> None:
    slack_api = stand_ins.load("aupbot_slack_api_stand_in", "tests/servers/slack_api.py")
    api = slack_api.SlackAPIStandIn().start()
    port = stand_ins.free_port()
    workdir = Path(tempfile.mkdtemp(prefix="aupbot-bench-slack-"))
    env = {**os.environ, "AUPBOT_DB": str(workdir / "bench.db"), "AUPBOT_HOST": "127.0.0.1",
           "AUPBOT_PORT": str(port), "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "AUPBOT_SLACK_API_URL": api.base_url, "AUPBOT_SLACK_IT_CHANNEL": "C0ITDESK",
           "AUPBOT_HASH_SECRET": "bench", "AUPBOT_SLACK_WATCH_CHANNELS": "C0WATCHED", "AUPBOT_LOG_LEVEL": "WARNING",
           # only Slack, in HTTP mode: nothing else configured from the caller's environment
           "SLACK_APP_TOKEN": "", "SLACK_ADMIN_USER_TOKEN": "", "AUPBOT_GCHAT_AUDIENCE": "", "AUPBOT_SMTP_URL": "",
           "AUPBOT_SERVICEDESK_URL": "", "AUPBOT_WEBHOOK_URL": ""}
    log_path = workdir / "serve.log"   # a file, not a pipe: an unread pipe would block the server when full
    log_file = log_path.open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=log_file)
    try:
        sender = slack_api.SlackSender(f"http://127.0.0.1:{port}/slack/events", SIGNING_SECRET, api)
        deadline = time.monotonic() + 30
        while True:
            try:
                if sender.command("help", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"aupbot serve did not start: {log_path.read_text()[-500:]}")
            time.sleep(0.2)
        idle_rss = _peak_rss_mib(proc.pid)

        kinds = {
            "command /aup help (answer in ack)": (sender.command, lambda i: ("help",)),
            "command /aup status (ack, then respond)": (sender.command, lambda i: ("status",)),
            "command /aup <question> (ack, then answer)": (sender.command, lambda i: (QUESTIONS[i % 3],)),
            "event message (unwatched channel)": (sender.event, lambda i: ({
                "type": "message", "channel": "C0BENCH", "channel_type": "channel", "user": f"U{i:05d}",
                "text": "lunch at noon?", "ts": f"{time.time():.6f}"},)),
            "event message (watched channel, scanned)": (sender.event, lambda i: ({
                "type": "message", "channel": "C0WATCHED", "channel_type": "channel", "user": f"U{i:05d}",
                "text": "Reminder: staff meeting moved to room 204 at 3pm", "ts": f"{time.time():.6f}"},)),
            "event app_home_opened (ack, then views.publish)": (sender.event, lambda i: ({
                "type": "app_home_opened", "user": f"U{i:05d}", "channel": "D0DM", "tab": "home"},)),
        }
        print(f"{CONCURRENCY} concurrent signed requests x {ROUNDS} rounds per kind, loopback, "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start (the client, the stand-in "
              "and the server share these cores)")
        print(f"{'kind':50s} {'n':>5s} {'p50 ms':>8s} {'p99 ms':>8s} {'max ms':>8s} {'non-200':>8s}")
        worst_p99 = 0.0
        for name, (send, make_args) in kinds.items():
            _burst(send, make_args, 10)   # warm this path (imports, first queries)
            results = []
            for _ in range(ROUNDS):
                results += _burst(send, make_args, CONCURRENCY)
                _settle(api)   # a burst, not a flood: the next one starts once this one's work has finished
            latencies = [ms for _, ms in results]
            bad = sum(1 for status, _ in results if status != 200)
            p99 = _percentile(latencies, 0.99)
            worst_p99 = max(worst_p99, p99)
            print(f"{name:50s} {len(results):5d} {statistics.median(latencies):8.1f} {p99:8.1f} "
                  f"{max(latencies):8.1f} {bad:8d}")
        time.sleep(0.5)   # let the work after the acks finish before reading the peak
        print(f"worst p99: {worst_p99:.1f} ms (target < 300 ms: {'met' if worst_p99 < 300 else 'NOT met'})")
        print(f"aupbot serve peak RSS: {_peak_rss_mib(proc.pid):.1f} MiB (after start-up: {idle_rss:.1f} MiB)")
        print(f"Web API calls answered by the stand-in: {len(api.calls)}")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        api.stop()
        log_file.close()
        errors = log_path.read_text(errors="replace").count(" ERROR ")
        print(f"errors logged by serve: {errors} (log: {log_path})")


if __name__ == "__main__":
    main()
