"""The serve component that mounts /healthz and /metrics; always present, whatever platforms are configured.

/healthz answers 200 with the figures when every check passes and 503 with the reasons when one fails, so a
reverse proxy, a load balancer or a systemd watchdog script can act on the status code alone. Problems that
need an operator but must not take the bot out of service (a dead delivery, a misconfigured transport) keep
200 with status "degraded" and the warnings. A change of state is logged once (not on every probe), with the
reasons, so the log says when the bot went unhealthy and why.
"""
from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable

from bot.health import prometheus
from bot.health.checks import HealthContext, run_checks
from bot.settings import Settings
from bot.store import Database
from policy.bundle import PolicyBundle

log = logging.getLogger("aupbot.health")

READ_METHODS = ("GET", "HEAD")


class HealthComponent:
    name = "health"

    def __init__(self, settings: Settings, db, *, context: HealthContext | None = None) -> None:
        self.settings = settings
        self.db = db
        self.context = context or HealthContext(db, settings)
        if self.context.settings is None:
            self.context.settings = settings
        self.router = None
        self._last: tuple[str, list[str]] | None = None
        self._state_lock = threading.Lock()

    # -- Component protocol -------------------------------------------------------------------------------

    def mount(self, router) -> None:
        self.router = router
        router.mount("/healthz", self.healthz)
        router.mount("/metrics", self.metrics)

    def start(self) -> None:
        """Nothing runs in the background: every figure is read when asked for."""

    def stop(self) -> None:
        """Nothing to stop."""

    # -- the endpoints ------------------------------------------------------------------------------------

    def report(self) -> tuple[bool, dict]:
        healthy, results = run_checks(self.context)
        warnings = [f"{name}: {r.warning}" for name, r in results.items() if r.ok and r.warning]
        body = {
            "status": "unhealthy" if not healthy else "degraded" if warnings else "ok",
            "reasons": [f"{name}: {r.reason}" for name, r in results.items() if not r.ok and r.reason],
            "warnings": warnings,
            "checks": {name: {"ok": r.ok, **r.details} for name, r in results.items()},
        }
        self._log_change(body["status"], body["reasons"] + warnings)
        return healthy, body

    def healthz(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD", "GET") not in READ_METHODS:
            return _reply(start_response, "405 Method Not Allowed", "application/json",
                          json.dumps({"error": "use GET"}).encode(), environ)
        healthy, body = self.report()
        status = "200 OK" if healthy else "503 Service Unavailable"
        return _reply(start_response, status, "application/json", json.dumps(body).encode(), environ)

    def metrics(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD", "GET") not in READ_METHODS:
            return _reply(start_response, "405 Method Not Allowed", "application/json",
                          json.dumps({"error": "use GET"}).encode(), environ)
        data = prometheus.render(self.db, self.router).encode()
        return _reply(start_response, "200 OK", prometheus.CONTENT_TYPE, data, environ)

    def _log_change(self, status: str, reasons: list[str]) -> None:
        with self._state_lock:
            changed = (status, reasons) != self._last
            self._last = (status, reasons)
        if not changed:
            return
        if status == "ok":
            log.info("health: ok")
        elif status == "degraded":
            log.warning("health: degraded: %s", "; ".join(reasons))
        else:
            log.error("health: unhealthy: %s (database %s)", "; ".join(reasons), self.db.path)


def _reply(start_response: Callable, status: str, content_type: str, data: bytes, environ: dict) -> list[bytes]:
    start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(data))),
                            ("Cache-Control", "no-store")])
    return [] if environ.get("REQUEST_METHOD") == "HEAD" else [data]


def component(settings: Settings, db: Database, bundle: PolicyBundle | None = None) -> HealthComponent:
    """Always returned: health and metrics are served whatever else is configured."""
    return HealthComponent(settings, db)
