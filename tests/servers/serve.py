"""`aupbot serve` as a real process on 127.0.0.1, for tests that must see what a client of the deployed bot sees
(sockets, timings, the log), with Slack and Google Chat pointed at the loopback stand-ins.

`ServeProcess(tmp_path, slack_api=..., google=...)` starts it on a free port, waits until /healthz answers and
stops it on exit; `log()` is everything it wrote. `timed_get` and `p99` measure what the issue's figures quote.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SLACK_SECRET = "serve-signing-secret"
CHAT_AUDIENCE = "123456789012"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_env(tmp_path: Path, *, slack_api=None, google=None, **extra: str) -> dict[str, str]:
    """A clean environment: nothing of the caller's AUPBOT_/SLACK_/GOOGLE_ settings, a fresh database, the
    platforms given pointed at their stand-ins."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AUPBOT_", "SLACK_", "GOOGLE_"))}
    env.update({"AUPBOT_DB": str(tmp_path / "serve.db"), "AUPBOT_HASH_SECRET": "test-hash-secret",
                "AUPBOT_LOG_LEVEL": "INFO", "AUPBOT_HOST": "127.0.0.1",
                "AUPBOT_SERVICEDESK_URL": "http://127.0.0.1:9/api/now/table/incident", "PYTHONPATH": str(ROOT)})
    if slack_api is not None:
        env.update({"SLACK_BOT_TOKEN": "xoxb-test-token", "SLACK_SIGNING_SECRET": SLACK_SECRET,
                    "AUPBOT_SLACK_API_URL": slack_api.base_url})
    if google is not None:
        env.update({"AUPBOT_GCHAT_AUDIENCE": CHAT_AUDIENCE, "AUPBOT_GCHAT_CERTS_URL": google.certs_url})
    env.update(extra)
    return env


def get(url: str, timeout: float = 10.0, headers: dict | None = None, data: bytes | None = None,
        ) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method="POST" if data else "GET")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def timed(call) -> tuple[float, object]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def p99(seconds: list[float]) -> float:
    ordered = sorted(seconds)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


class ServeProcess:
    def __init__(self, tmp_path: Path, *, start_timeout: float = 30.0, **env_options) -> None:
        self.env = serve_env(tmp_path, **env_options)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp_path / f"serve-{self.port}.log"
        self.start_timeout = start_timeout
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> ServeProcess:
        self._log = self.log_path.open("w")
        self.proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--port", str(self.port)],
                                     cwd=ROOT, env=self.env, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + self.start_timeout
        while True:
            try:
                if get(self.base + "/healthz", timeout=2)[0] in (200, 503):
                    return self
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.__exit__()
                raise RuntimeError(f"serve did not start: {self.log()}")
            time.sleep(0.1)

    def __exit__(self, *exc) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(25)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")
