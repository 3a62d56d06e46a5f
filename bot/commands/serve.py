"""`aupbot serve`: one process for everything configured (Slack, Google Chat, the scheduler, health).

Each platform adapter is a component module listed in `COMPONENTS`, exposing
`component(settings, db) -> Component | None` (None when that platform is not configured). A component mounts
its HTTP endpoints on the shared router and may run background work (Socket Mode, polling jobs).
"""
from __future__ import annotations

import argparse
import gc
import importlib
import logging
import signal
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.store import Database
    from policy.bundle import PolicyBundle

log = logging.getLogger("aupbot.serve")

# Explicit registration: one line per component module.
COMPONENTS: tuple[str, ...] = (
    "bot.slack.component",
    "bot.gchat.component",
    "bot.health.component",
    "bot.scheduler",
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
    from bot.settings import Settings

    settings = Settings.from_env()
    changes = {k: v for k, v in (("host", args.host), ("port", args.port)) if v}
    return serve_main(settings.with_(**changes) if changes else settings)


def load_components(settings: Settings, db: Database, bundle: PolicyBundle | None = None) -> list[Component]:
    """`bundle`: the loaded policy every component shares; None loads the settings' policy file."""
    from policy.bundle import load_bundle

    bundle = bundle or load_bundle(settings.policy_path)
    found = []
    for name in COMPONENTS:
        component = importlib.import_module(name).component(settings, db, bundle)
        if component is not None:  # None: that platform is not configured
            found.append(component)
    return found


def build_server(settings: Settings, db, components: list[Component]):
    """The router with every component mounted, and a server bound to host:port (not yet running); how it
    treats slow clients and large bodies is bot.web.create_server's."""
    from bot.web import Router, create_server

    router = Router()
    for c in components:
        c.mount(router)
    return router, create_server(router, settings.host, settings.port)


DRAIN_SECONDS = 20.0  # in-flight requests get this long to finish after SIGTERM (systemd waits 90 s by default)


def _busy(server, router) -> bool:
    """A request is being handled, queued, or its response is not yet flushed to the client."""
    if router.in_flight:
        return True
    return any(getattr(ch, "requests", None) or getattr(ch, "total_outbufs_len", 0)
               for ch in list(server._map.values()) if ch is not server and ch is not server.trigger)


def drain_and_stop(server, router, drain_seconds: float = DRAIN_SECONDS) -> None:
    """Graceful stop: close the listening socket (no new connections), let in-flight requests finish and their
    responses flush, then close every connection so waitress's loop ends with its map empty.

    Everything that touches sockets runs as a trigger thunk inside waitress's own loop thread, because closing a
    descriptor under its select() from another thread kills the loop mid-response.
    """
    from waitress import wasyncore

    server.trigger.pull_trigger(lambda: wasyncore.dispatcher.close(server))
    deadline = time.monotonic() + drain_seconds
    time.sleep(0.05)
    while _busy(server, router) and time.monotonic() < deadline:
        time.sleep(0.05)
    server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))


def warm(bundle: PolicyBundle) -> None:
    """Build now what is otherwise built on first use: the detectors (compiled patterns, the labels' Set) and the
    question reader (vocabulary, concepts, both readers' weights), by answering one question with a value in it. Loading
    them holds the interpreter for a second or more on a slow machine; on the first request of a burst that
    stalls every other request thread, and an event that waits past its database deadline is refused (503)."""
    from handlers.ask import answer

    bundle.registry.warm()
    for reader in (bundle.second_reader, bundle.answer_reader):
        if reader is not None:
            reader.load_all()       # every weight parsed now, not line by line as new questions come
    answer("can I email the parent at pat.lee@example.org about my 9th graders?", bundle=bundle)


def freeze_loaded() -> None:
    """Move what the process has loaded out of the garbage collector's reach (`gc.freeze`), once it is warm and
    before it serves: the policy, vocabulary, readers and detectors live as long as the process and hold no
    garbage, but each full collection (every few hundred questions) walked all of them, 0.08 to 0.1 s on this
    machine, stalling whichever request was running. The garbage made while loading is collected first, so none is
    kept for good. (The process's own start only: tests that build a server in their own process do not call it.)"""
    gc.collect()
    gc.freeze()


def serve_main(settings: Settings, *, ready: Callable[[int], None] | None = None) -> int:
    from bot.store import Database, StoreError
    from policy.bundle import PolicyFileError, load_bundle

    logging.basicConfig(level=getattr(logging, str(settings.log_level).upper(), logging.INFO),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for warning in settings.warnings():
        log.warning("%s", warning)
    try:
        db = Database(settings.db_path)
    except StoreError as exc:
        log.error("%s", exc)
        return 1
    try:  # before the port opens: a bot that cannot record must not acknowledge (issue 12, item 10)
        db.check_writable()
    except StoreError as exc:
        log.error("%s", exc)
        db.close()
        return 1
    try:  # one loaded policy for every component; a broken file stops the start with its problem named
        bundle = load_bundle(settings.policy_path)
        warm(bundle)
    except PolicyFileError as exc:
        log.error("%s", exc)
        db.close()
        return 1
    components = load_components(settings, db, bundle)
    try:
        router, server = build_server(settings, db, components)
    except OSError as exc:  # the port is taken or not ours to bind: one line, not waitress's traceback
        log.error("cannot listen on %s:%s: %s", settings.host, settings.port, exc.strerror or exc)
        db.close()
        return 1
    freeze_loaded()     # everything loaded, nothing served yet
    for c in components:
        c.start()
    port = server.effective_port
    log.info("aupbot serving %s on http://%s:%s", ", ".join(c.name for c in components) or "health only",
             settings.host, port)
    if ready:
        ready(port)

    stopping = threading.Event()

    def _stop(signum, frame):  # SIGTERM/SIGINT: drain in a helper thread; a signal handler must not close fds
        if not stopping.is_set():
            stopping.set()
            log.info("shutting down (signal %s)", signum)
            threading.Thread(target=drain_and_stop, args=(server, router), name="aupbot-drain", daemon=True).start()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
    try:
        server.run()
    finally:
        server.task_dispatcher.shutdown()
        for c in reversed(components):
            c.stop()
        db.close()
        log.info("stopped")
    return 0
