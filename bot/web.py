"""The HTTP side of `aupbot serve`: one WSGI router that the platform adapters mount their endpoints on.

Slack (`/slack/events`), Google Chat (`/google-chat/events`), `/healthz` and `/metrics` share one port and one
process. The router owns what every endpoint must promise: a bounded request body, no traceback and no 500 to
a caller whatever a handler does, and a latency figure per route for /metrics.

`create_server` owns how connections are served (waitress, tuned for a port the internet can reach): see its
docstring for the slow-client and body limits.
"""
from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from waitress.channel import HTTPChannel
from waitress.task import ErrorTask

from bot.logsafe import loggable

log = logging.getLogger("aupbot.web")

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]

# Slack caps event payloads far below this; anything larger is not a platform request.
MAX_BODY_BYTES = 2 * 1024 * 1024
# Platform requests carry a few headers (Chat's bearer token is the largest, ~1 KB); waitress allows 256 KiB.
MAX_HEADER_BYTES = 64 * 1024
# A connection must deliver its whole request (headers and body) within this many seconds of its first byte,
# or of being opened. Slack and Google send a complete request at once; only a slow or hostile client needs more.
READ_DEADLINE_SECONDS = 10.0
# Open connections waitress keeps (its default is 100: 101 slow clients were enough to silence the bot).
CONNECTION_LIMIT = 1000
# Idle keep-alive connections (a request served, nothing since) are closed after this long.
IDLE_SECONDS = 30
# After refusing a request whose body is still coming, discard what arrives for this long (or this much) before
# closing, so that the client reads the refusal instead of a connection reset.
LINGER_SECONDS = 2.0
LINGER_BYTES = 16 * 1024 * 1024
WORKER_THREADS = 8


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
            log.exception("unhandled error on %s", loggable(path))
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


REFUSALS = {413: "request body too large", 431: "request headers too large", 400: "malformed request"}


class JsonErrorTask(ErrorTask):
    """Waitress's own refusals (413, 431, 400 on a malformed request) in the shape of the router's answers."""

    def execute(self) -> None:
        error = self.request.error
        self.status = f"{error.code} {error.reason}"
        body = json.dumps({"error": REFUSALS.get(error.code, error.reason.lower())}).encode()
        self.response_headers.append(("Content-Type", "application/json"))
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


class GuardedChannel(HTTPChannel):
    """A waitress connection with a read deadline, a lingering close after a refusal, and JSON error answers.

    Read deadline: waitress closes a connection only when it has been silent for `channel_timeout`; a client
    sending one header byte every few seconds is never silent and holds its connection slot for ever. Here the
    clock starts when the connection opens or when the first byte of a new request arrives, and stops when the
    request is complete; a connection past READ_DEADLINE_SECONDS with no request being served is closed.
    Waitress asks every connection `readable()` on each turn of its loop (at least once a second), which is
    where the clock is read, so no extra thread or timer is needed.

    Lingering close: a request refused before its body was read (413 on its Content-Length) leaves the client
    still sending. Closing at once with unread data makes the kernel reset the connection, which can destroy the
    413 before the client reads it; so, as Apache and nginx do, the socket is half-closed and what still
    arrives is discarded (never stored) for at most LINGER_SECONDS or LINGER_BYTES, then closed.
    """

    error_task_class = JsonErrorTask

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.waiting_since: float | None = self.creation_time
        self.refused = False
        self.lingering_until: float | None = None
        self.lingered_bytes = 0

    def received(self, data: bytes) -> bool:
        if self.request is None and self.waiting_since is None:
            self.waiting_since = time.time()
        result = super().received(data)
        if self.request is None:  # everything received so far forms complete requests
            self.waiting_since = None
        if any(r.error is not None for r in self.requests):
            self.refused = True
        return result

    def readable(self) -> bool:
        if self.lingering_until is not None:
            return True
        if (self.waiting_since is not None and not self.will_close and not self.requests
                and not self.total_outbufs_len and time.time() - self.waiting_since > READ_DEADLINE_SECONDS):
            log.debug("closed a connection from %s that sent no complete request within %.0f s",
                     loggable(self.addr[0] if isinstance(self.addr, tuple) and self.addr else self.addr),
                     READ_DEADLINE_SECONDS)
            self.will_close = True  # writable() now says yes, and handle_write closes the socket
        return super().readable()

    def writable(self) -> bool:
        if self.lingering_until is not None:  # "writable" once lingering is over, so handle_write closes
            return time.time() >= self.lingering_until
        return super().writable()

    def handle_write(self) -> None:
        if self.lingering_until is not None:
            HTTPChannel.handle_close(self)
            return
        super().handle_write()

    def handle_read(self) -> None:
        if self.lingering_until is None:
            super().handle_read()
            return
        try:
            data = self.recv(65536)
        except OSError:
            data = b""
        self.lingered_bytes += len(data)
        if not data or self.lingered_bytes > LINGER_BYTES:
            HTTPChannel.handle_close(self)

    def handle_close(self) -> None:
        if self.refused and self.lingering_until is None and self.connected and not self.total_outbufs_len:
            try:
                self.socket.shutdown(socket.SHUT_WR)   # the answer is sent; the client sees its end
            except OSError:
                pass
            else:
                self.lingering_until = time.time() + LINGER_SECONDS
                self.will_close = False
                return
        self.lingering_until = None
        super().handle_close()


def create_server(app: WSGIApp, host: str, port: int):
    """A waitress server bound to host:port (not yet running), hardened for a public port.

    - Slow clients: CONNECTION_LIMIT open connections (not waitress's 100), each given READ_DEADLINE_SECONDS to
      deliver a complete request (GuardedChannel). Waitress reads requests in its one event-loop thread
      and hands only complete ones to the WORKER_THREADS, so a slow client costs a socket, never a thread;
      poll() instead of select() because select() cannot watch descriptors above 1024.
    - Bodies: waitress itself answers 413 to a Content-Length above MAX_BODY_BYTES as soon as the headers are
      in, without reading the body, and stops a chunked body as soon as it passes the limit (its
      `max_request_body_size` refuses a size at or above the value, hence the + 1), in JSON like the router's
      answers and followed by a lingering close (GuardedChannel). The router keeps its own check for WSGI
      servers that are not this one.
    """
    from waitress.server import BaseWSGIServer
    from waitress.server import create_server as waitress_server

    server = waitress_server(app, host=host, port=port, threads=WORKER_THREADS, ident="aupbot",
                             connection_limit=CONNECTION_LIMIT, channel_timeout=IDLE_SECONDS,
                             cleanup_interval=5, asyncore_use_poll=True,
                             max_request_body_size=MAX_BODY_BYTES + 1,
                             max_request_header_size=MAX_HEADER_BYTES)
    listeners = [server] if isinstance(server, BaseWSGIServer) else \
        [s for s in server.map.values() if isinstance(s, BaseWSGIServer)]
    for listener in listeners:  # handle_accept builds each connection from this attribute
        listener.channel_class = GuardedChannel
    _raise_open_files_limit(CONNECTION_LIMIT * 2 + 64)
    return server


def _raise_open_files_limit(wanted: int) -> None:
    """Every connection is a descriptor; a soft limit of 1024 (systemd's default) would refuse new ones long
    before CONNECTION_LIMIT. Raised up to the hard limit, which only the administrator can change."""
    try:
        import resource
    except ImportError:  # not on POSIX
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    if target < wanted:
        log.warning("open-files limit %d is below the %d that %d connections need", target, wanted,
                    CONNECTION_LIMIT)
