"""`aupbot serve` as a real process: it starts, answers /healthz and /metrics on loopback, and on SIGTERM stops
taking connections, lets the request in flight finish (its write included) and exits 0.

The in-flight request needs an endpoint slow enough to catch mid-way: this module is itself a serve component
(`component()` below), added to serve's registry by the small driver the subprocess runs.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.store import audit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SLOW_SECONDS = 1.5

DRIVER = """
import sys
import bot.commands.serve as serve
serve.COMPONENTS = serve.COMPONENTS + tuple(m for m in sys.argv[2:])
from bot.cli import main
sys.exit(main(["serve", "--port", sys.argv[1]]))
"""


# -- the slow component, loaded inside the serve process --------------------------------------------------

class SlowComponent:
    name = "slow"

    def __init__(self, db) -> None:
        self.db = db

    def mount(self, router) -> None:
        router.mount("/slow", self.slow)

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def slow(self, environ, start_response):
        time.sleep(SLOW_SECONDS)
        audit.record(self.db, "test:slow", "slow.finished")   # the write that must not be cut off
        body = b'{"finished": true}'
        start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]


def component(settings, db, bundle=None):
    return SlowComponent(db)


# -- helpers -------------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 10) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("AUPBOT_", "SLACK_", "GOOGLE_"))}
    env.update({"AUPBOT_DB": str(tmp_path / "serve.db"), "AUPBOT_HASH_SECRET": "test-hash-secret",
                "AUPBOT_LOG_LEVEL": "INFO", "AUPBOT_SERVICEDESK_URL": "http://127.0.0.1:9/api/now/table/incident",
                "PYTHONPATH": os.pathsep.join([str(ROOT), str(HERE)])})
    return env


@pytest.fixture
def serve_process(tmp_path):
    """Starts `aupbot serve` (plus this module's slow component) and yields (base url, process)."""
    port = _free_port()
    log = (tmp_path / "serve.log").open("w+")
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(port), "test_serve_process"], cwd=ROOT,
                            env=_clean_env(tmp_path), stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            if _get(base + "/healthz", timeout=2)[0] == 200:
                break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            log.seek(0)
            pytest.fail(f"serve did not start: {log.read()}")
        time.sleep(0.1)
    yield base, proc, log
    if proc.poll() is None:
        proc.kill()
        proc.wait(5)
    log.close()


def test_serve_answers_health_and_metrics_on_loopback(serve_process):
    base, _, _ = serve_process
    status, body = _get(base + "/healthz")
    assert status == 200 and json.loads(body)["status"] == "ok"
    status, body = _get(base + "/metrics")
    assert status == 200 and b"# TYPE aupbot_outbox_depth gauge" in body
    assert _get(base + "/no-such-thing")[0] == 404


def test_sigterm_lets_the_request_in_flight_finish_then_exits_cleanly(serve_process, tmp_path):
    base, proc, log = serve_process
    answer: dict = {}

    def slow_request():
        try:
            answer["status"], answer["body"] = _get(base + "/slow", timeout=15)
        except OSError as exc:   # the connection dropped mid-request: what a graceful shutdown must prevent
            answer["error"] = repr(exc)

    caller = threading.Thread(target=slow_request)
    caller.start()
    deadline = time.monotonic() + 5
    while b"aupbot_http_requests_in_flight 2" not in _get(base + "/metrics")[1]:   # the slow one + this scrape
        assert time.monotonic() < deadline, "the slow request never started"
        time.sleep(0.05)

    proc.send_signal(signal.SIGTERM)
    time.sleep(0.3)
    with pytest.raises(OSError):   # no new connections once shutdown began
        _get(base + "/healthz", timeout=2)
    caller.join(15)
    assert answer == {"status": 200, "body": b'{"finished": true}'}
    assert proc.wait(15) == 0
    log.seek(0)
    output = log.read()
    assert "shutting down (signal 15)" in output

    conn = sqlite3.connect(tmp_path / "serve.db")
    try:
        finished = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'slow.finished'").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    assert finished == 1 and integrity == "ok"
    assert "Traceback" not in output
