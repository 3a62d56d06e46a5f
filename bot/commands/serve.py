"""`aupbot serve`: one process for everything configured (Slack, Google Chat, the scheduler, health).

Each platform adapter is a component module listed in `COMPONENTS`, exposing
`component(settings, db) -> Component | None` (None when that platform is not configured). A component mounts
its HTTP endpoints on the shared router and may run background work (Socket Mode, polling jobs).
"""
from __future__ import annotations

import argparse
import importlib
import logging
import signal
import sys
import threading
from typing import Callable, Protocol

log = logging.getLogger("aupbot.serve")

# Explicit registration: one line per component module.
COMPONENTS: tuple[str, ...] = (
    "bot.slack.component",
    "bot.gchat.component",
    "bot.health.component",
)


class Component(Protocol):
    name: str

    def mount(self, router) -> None: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve Slack and Google Chat endpoints, health and metrics")
    p.add_argument("--host", help="address to listen on (default AUPBOT_HOST)")
    p.add_argument("--port", type=int, help="port to listen on (default AUPBOT_PORT)")
    p.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    from bot.settings import Settings, SettingsError

    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"aupbot: {exc}", file=sys.stderr)
        return 2
    changes = {k: v for k, v in (("host", args.host), ("port", args.port)) if v}
    return serve_main(settings.with_(**changes) if changes else settings)


def load_components(settings, db) -> list[Component]:
    found = []
    for name in COMPONENTS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue  # that adapter is not installed in this build
            raise
        component = module.component(settings, db)
        if component is not None:
            found.append(component)
    return found


def build_server(settings, db, components: list[Component]):
    """The router with every component mounted, and a waitress server bound to host:port (not yet running)."""
    from waitress.server import create_server

    from bot.web import Router

    router = Router()
    for c in components:
        c.mount(router)
    server = create_server(router, host=settings.host, port=settings.port, threads=8,
                           channel_timeout=30, ident="aupbot")
    return router, server


def serve_main(settings, *, ready: Callable[[int], None] | None = None) -> int:
    from bot.store import Database, StoreError

    logging.basicConfig(level=getattr(logging, str(settings.log_level).upper(), logging.INFO),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        db = Database(settings.db_path)
    except StoreError as exc:
        log.error("%s", exc)
        return 1
    components = load_components(settings, db)
    router, server = build_server(settings, db, components)
    for c in components:
        c.start()
    port = server.effective_port
    log.info("aupbot serving %s on http://%s:%s", ", ".join(c.name for c in components) or "health only",
             settings.host, port)
    if ready:
        ready(port)

    stopping = threading.Event()

    def _stop(signum, frame):  # SIGTERM: stop accepting, let in-flight requests finish, then close
        if not stopping.is_set():
            stopping.set()
            log.info("shutting down (signal %s)", signum)
            server.close()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
    try:
        server.run()
    except (OSError, ValueError):
        if not stopping.is_set():
            raise
    finally:
        for c in reversed(components):
            c.stop()
        db.close()
    return 0
