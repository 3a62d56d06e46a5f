"""`aupbot serve` as a real process, Slack in HTTP mode, its Web API pointed at a stand-in in the test's process.

The tests that pin what happens when the disk fills, another process holds the write lock, the Web API is down
or the database file is deleted need the real thing: the real CLI start-up, waitress, Bolt and SQLite, with
nothing shared with the test but the file and loopback HTTP.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.servers.slack_api import SlackAPIStandIn, SlackSender

ROOT = Path(__file__).resolve().parent.parent.parent
SIGNING_SECRET = "serve-process-signing-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SlackServeProcess:
    """Use as a context manager; `slack` sends signed requests, `health()` reads /healthz."""

    def __init__(self, tmp_path: Path, db_path: Path, api: SlackAPIStandIn, **env: str) -> None:
        self.tmp_path = tmp_path
        self.db_path = db_path
        self.api = api
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("AUPBOT_", "SLACK_", "GOOGLE_"))}
        self.env.update({
            "AUPBOT_DB": str(db_path), "AUPBOT_HASH_SECRET": "serve-process-hash-secret",
            "AUPBOT_LOG_LEVEL": "INFO", "AUPBOT_SERVICEDESK_URL": "http://127.0.0.1:9/api/now/table/incident",
            "SLACK_BOT_TOKEN": "xoxb-test-token", "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "AUPBOT_SLACK_API_URL": api.base_url, "PYTHONPATH": str(ROOT), **env})
        self.log_path = tmp_path / f"serve-{self.port}.log"
        self.proc: subprocess.Popen | None = None
        self.slack = SlackSender(self.base + "/slack/events", SIGNING_SECRET, api)

    def start(self, timeout: float = 30.0) -> SlackServeProcess:
        self._log = self.log_path.open("w")
        self.proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--host", "127.0.0.1", "--port",
                                      str(self.port)], cwd=ROOT, env=self.env, stdout=self._log,
                                     stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.health(timeout=2)   # any answer: /healthz may rightly say 503 (the Web API is down)
                return self
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"serve did not start:\n{self.log()}")
            time.sleep(0.1)

    def health(self, timeout: float = 5.0) -> tuple[int, dict]:
        try:
            with urllib.request.urlopen(self.base + "/healthz", timeout=timeout) as resp:
                return resp.status, json.loads(resp.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read())

    def wait_health(self, status: int, timeout: float = 20.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            got, body = self.health()
            if got == status:
                return body
            if time.monotonic() > deadline:
                raise AssertionError(f"/healthz stayed {got}: {body}")
            time.sleep(0.2)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if self.proc is not None:
            self._log.close()

    def __enter__(self) -> SlackServeProcess:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
