"""The HTTP side of `aupbot serve`: one WSGI router that the platform adapters mount their endpoints on.

Slack (`/slack/events`), Google Chat (`/google-chat/events`), `/healthz` and `/metrics` share one port and one
process. The router owns what every endpoint must promise: a bounded request body, no traceback and no 500 to
a caller whatever a handler does, and a latency figure per route for /metrics.
"""
from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

log = logging.getLogger("aupbot.web")

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]

# Slack caps event payloads far below this; anything larger is not a platform request.
MAX_BODY_BYTES = 2 * 1024 * 1024


@dataclass
class RouteStats:
    count: int = 0
    errors: int = 0
    seconds_total: float = 0.0
    buckets: dict[float, int] = field(default_factory=lambda: {b: 0 for b in LATENCY_BUCKETS})


LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


def json_response(start_response: Callable, status: str, body: dict) -> list[bytes]:
    data = json.dumps(body).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return [data]


class Router:
    """Path -> WSGI app, with request size limits, error containment and per-route latency."""

    def __init__(self) -> None:
        self.routes: dict[str, WSGIApp] = {}
        self.stats: dict[str, RouteStats] = {}
        self._lock = threading.Lock()
        self.in_flight = 0

    def mount(self, path: str, app: WSGIApp) -> None:
        if path in self.routes:
            raise ValueError(f"{path} is mounted twice")
        self.routes[path] = app
        self.stats[path] = RouteStats()

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "") or "/"
        app = self.routes.get(path) or self.routes.get(path.rstrip("/"))
        if app is None:
            return json_response(start_response, "404 Not Found", {"error": "no such endpoint"})
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return json_response(start_response, "400 Bad Request", {"error": "bad Content-Length"})
        if length > MAX_BODY_BYTES:
            return json_response(start_response, "413 Payload Too Large", {"error": "request body too large"})
        started = time.perf_counter()
        status_seen: list[str] = []

        def recording_start_response(status, headers, exc_info=None):
            status_seen.append(status)
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

        with self._lock:
            self.in_flight += 1
        try:
            body = b"".join(app(environ, recording_start_response))
            return [body]
        except Exception:  # a bug in one handler must not give the platform a 500 and a retry storm
            log.exception("unhandled error on %s", path)
            if status_seen:  # headers already sent inside the app; nothing more can be said
                return [b""]
            return json_response(start_response, "503 Service Unavailable",
                                 {"error": "temporarily unable to handle this request"})
        finally:
            elapsed = time.perf_counter() - started
            with self._lock:
                self.in_flight -= 1
                stats = self.stats[path if path in self.stats else path.rstrip("/")]
                stats.count += 1
                stats.seconds_total += elapsed
                if status_seen and status_seen[0][:1] == "5":
                    stats.errors += 1
                for bound in LATENCY_BUCKETS:
                    if elapsed <= bound:
                        stats.buckets[bound] += 1
