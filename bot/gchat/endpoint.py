"""The WSGI app behind /google-chat/events: verify, parse, act, reply, all within Chat's deadline.

Order matters: the bearer token is checked before the body is read as JSON, so an unverified request costs
nothing and changes nothing (401). A body that is not an event gets a 400 naming what is missing; a handler
that fails gets a polite card, never a 500 (Chat would show the user an error and retry).

Chat waits about 30 seconds for a synchronous reply. Messages and slash commands run on a worker pool; if one
is not done within the sync budget (20 s) the endpoint answers "working on it" at once and the
result is posted with spaces.messages.create when it is ready (retried on 429/5xx, idempotent on the event's
message name). Card clicks and dialogs must be answered in the response itself, so they always run inline.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from bot.gchat import interactions
from bot.gchat.api import ChatApi, ChatApiError
from bot.gchat.cards import Response, text_response
from bot.gchat.events import BadEvent, ChatEvent, parse_event
from bot.gchat.verify import CertsUnavailable, ChatTokenVerifier, Unauthorized
from bot.logsafe import loggable
from bot.settings import Settings
from bot.store import Database, StoreError
from bot.texts import district_values, text
from bot.web import json_response
from handlers.conversation import Conversations
from policy.bundle import PolicyBundle, load_bundle

log = logging.getLogger("aupbot.gchat.endpoint")

PATH = "/google-chat/events"
DEFERRABLE = frozenset({"message", "slash_command"})
LATE_POST_DELAYS = (1.0, 2.0, 4.0, 8.0)   # seconds between attempts to post a late answer
MAX_RETRY_AFTER = 30.0
# Chat gives up on a synchronous reply after about 30 s; past this much work the answer is posted later.
# (Proposed as AUPBOT_GCHAT_SYNC_BUDGET; until then `sync_budget` or the attribute `budget` sets it; 0: always.)
SYNC_BUDGET_SECONDS = 20.0


class ChatEndpoint:
    def __init__(self, settings: Settings, db: Database, verifier: ChatTokenVerifier, api: ChatApi | None, *,
                 bundle: PolicyBundle | None = None, workers: int = 4, sync_budget: float | None = None,
                 late_post_delays: tuple[float, ...] = LATE_POST_DELAYS,
                 on_watch_change: Callable[[str, bool], None] | None = None) -> None:
        self.settings = settings
        self.db = db
        # the loaded policy `aupbot serve` built; None (an endpoint built alone, in tests) loads the settings' file
        self.bundle = bundle or load_bundle(settings.policy_path)
        self.verifier = verifier
        self.api = api
        self.budget = float(sync_budget if sync_budget is not None else settings.gchat_sync_budget)
        self.late_post_delays = late_post_delays
        self.on_watch_change = on_watch_change
        self.conversations = Conversations()   # follow-up questions in DMs keep the one before (issue 14)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="gchat-work")
        self.late_posts: list[Future] = []   # the deferred answers still owed; tests and stop() wait on them
        self._late_lock = threading.Lock()

    def close(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait)

    def __call__(self, environ: dict, start_response) -> list[bytes]:
        if environ.get("REQUEST_METHOD", "GET") != "POST":
            return json_response(start_response, "405 Method Not Allowed", {"error": "POST only"})
        try:
            self.verifier.verify(environ.get("HTTP_AUTHORIZATION"))
        except Unauthorized as exc:
            log.warning("rejected a Chat request: %s", loggable(exc))
            return json_response(start_response, "401 Unauthorized", {"error": "unauthorized"})
        except CertsUnavailable as exc:
            log.error("%s", loggable(exc))
            return json_response(start_response, "503 Service Unavailable", {"error": "cannot verify requests now"})
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
            body = json.loads(environ["wsgi.input"].read(length) or b"null")
        except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: JSON nested thousands deep
            return json_response(start_response, "400 Bad Request", {"error": "the body is not JSON"})
        try:
            event = parse_event(body)
        except BadEvent as exc:
            return json_response(start_response, "400 Bad Request", {"error": str(exc)})
        response = self.respond(event)
        return json_response(start_response, "200 OK",
                             response.to_addon() if event.addon else response.to_classic())

    # -- acting ---------------------------------------------------------------------------------------------

    def respond(self, event: ChatEvent) -> Response:
        if event.kind not in DEFERRABLE or self.api is None:
            return self._run(event)
        future = self._pool.submit(self._run, event)
        try:
            if self.budget <= 0:  # configured to always answer at once and post the result
                raise FutureTimeout()
            return future.result(timeout=self.budget)
        except FutureTimeout:
            log.info("event from %s passed the %.1f s budget; answering later", loggable(event.space), self.budget)
            late = self._pool.submit(self._post_late, event, future)
            with self._late_lock:
                self.late_posts = [f for f in self.late_posts if not f.done()] + [late]
            return text_response(text("gchat.working"), private_to=None if event.is_dm else event.user_name)

    def _run(self, event: ChatEvent) -> Response:
        ctx = interactions.context_for(self.settings, self.db, self.bundle, event, self.on_watch_change,
                                       self.conversations)
        try:
            return interactions.handle(ctx)
        except (StoreError, sqlite3.Error) as exc:
            # nothing could be saved (disk full, database locked, deleted or replaced): say so, never "received"
            log.error("Chat %s event not recorded: %s", event.kind,
                      str(exc)[:120] if isinstance(exc, StoreError) else type(exc).__name__)
            return text_response(text("common.not_recorded", **district_values(self.bundle.district)),
                                 private_to=ctx.private_to)
        except Exception:  # one bad handler path must not turn into a 500 and a Chat retry
            log.exception("Chat %s event failed", loggable(event.kind))
            return text_response(text("common.internal_error", **district_values(self.bundle.district)),
                                 private_to=ctx.private_to)

    def _post_late(self, event: ChatEvent, work: Future) -> bool:
        response = work.result()  # _run never raises
        message = dict(response.message or {"text": text("gchat.late_failed")})
        key = f"gchat-late:{event.message_name or event.space + ':' + str(time.time())}"
        for attempt, delay in enumerate((0.0, *self.late_post_delays)):
            if delay:
                time.sleep(delay)
            try:
                self.api.create_message(event.space, message, idempotency_key=key, thread=event.thread)
                return True
            except ChatApiError as exc:
                if not exc.transient:
                    log.error("could not post a late answer in %s: %s", loggable(event.space), loggable(exc))
                    return False
                if exc.retry_after:
                    time.sleep(min(exc.retry_after, MAX_RETRY_AFTER))
                log.warning("late answer in %s: attempt %d failed: %s", loggable(event.space), attempt + 1,
                            loggable(exc))
        log.error("gave up posting a late answer in %s", loggable(event.space))
        return False
