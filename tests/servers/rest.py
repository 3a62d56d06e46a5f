"""A ServiceNow-like REST table endpoint on loopback that de-duplicates by Idempotency-Key.

    with RestStandIn() as rest:                      # rest.url -> "http://127.0.0.1:PORT/api/now/table/incident"
        rest.fail_times(2)                           # the next 2 POSTs answer 500 without creating anything
        rest.hang(1, seconds=3)                      # the next POST creates the incident, then answers late
        rest.slow(0.5)                               # every POST creates, then waits 0.5 s before answering
        rest.creations  # Counter: incidents created per key (must stay 1); rest.replays: keys seen again

`port=` rebinds a given port (bring a "down" service desk back at the same URL).
Optional `auth="Basic ..."` or `auth="Bearer ..."`: a request without that Authorization header gets 401.
Any path is accepted, so the same server stands in for the generic webhook too.
"""
from __future__ import annotations

import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class RestStandIn:
    PATH = "/api/now/table/incident"

    def __init__(self, *, auth: str | None = None, port: int = 0) -> None:
        self.lock = threading.Lock()
        self.auth = auth
        self.requests: list[dict[str, Any]] = []
        self.records: dict[str, dict[str, Any]] = {}
        self.creations: Counter[str] = Counter()
        self.replays: Counter[str] = Counter()
        self.unauthorised = 0
        self._fail_budget = 0
        self._fail_status = 500
        self._hang_budget = 0
        self._hang_seconds = 0.0
        self._slow_seconds = 0.0
        self._number = 10000
        self.server = _Server(("127.0.0.1", port), self._handler_class())
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), name="rest-stand-in",
                                       daemon=True)

    # -- behaviour knobs --------------------------------------------------------------------------------------
    def fail_times(self, n: int, status: int = 500) -> None:
        with self.lock:
            self._fail_budget, self._fail_status = n, status

    def hang(self, n: int, seconds: float) -> None:
        with self.lock:
            self._hang_budget, self._hang_seconds = n, seconds

    def slow(self, seconds: float) -> None:
        with self.lock:
            self._slow_seconds = seconds

    # -- what was received -------------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{self.PATH}"

    def duplicates(self) -> int:
        """Incidents created more than once for one key: must be 0."""
        return sum(n - 1 for n in self.creations.values() if n > 1)

    def bodies(self) -> list[str]:
        return [r["raw"] for r in self.requests]

    # -- the handler -------------------------------------------------------------------------------------------
    def _handler_class(self):
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def _answer(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass   # the client gave up (timeout or killed): what was created stays created

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8", "replace")
                key = self.headers.get("Idempotency-Key") or ""
                with owner.lock:
                    owner.requests.append({"path": self.path, "headers": dict(self.headers), "raw": raw,
                                           "key": key, "at": time.time()})
                    if owner.auth and self.headers.get("Authorization") != owner.auth:
                        owner.unauthorised += 1
                        verdict: tuple = ("answer", 401, {"error": {"message": "User Not Authenticated"}})
                    elif owner._fail_budget > 0:
                        owner._fail_budget -= 1
                        verdict = ("answer", owner._fail_status, {"error": {"message": "injected failure"}})
                    else:
                        try:
                            body = json.loads(raw or "{}")
                        except ValueError:
                            body = None
                        if not isinstance(body, dict):
                            verdict = ("answer", 400, {"error": {"message": "invalid JSON"}})
                        elif key and key in owner.records:
                            owner.replays[key] += 1
                            verdict = ("answer", 200, {"result": owner.records[key]})
                        else:
                            owner._number += 1
                            record = {"number": f"INC{owner._number:07d}", "sys_id": f"{owner._number:032x}",
                                      "correlation_id": body.get("correlation_id")}
                            owner.creations[key] += 1
                            if key:
                                owner.records[key] = record
                            verdict = ("answer", 201, {"result": record})
                    wait = owner._slow_seconds
                    if owner._hang_budget > 0 and verdict[1] < 300:
                        owner._hang_budget -= 1
                        wait = owner._hang_seconds
                if wait:
                    time.sleep(wait)
                self._answer(verdict[1], verdict[2])

        return Handler

    def start(self) -> RestStandIn:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> RestStandIn:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
