"""No acknowledged Slack event is lost, no replayed request is acted on twice.

Slack retries an event until it gets a 2xx within 3 seconds, and drops it after three tries; so an event is
acknowledged only once it is committed: its de-duplication row and a sealed copy of it (bot/store/events.py
`record`), in one transaction bounded by REQUEST_DB_SECONDS. When that fails (the disk is full, another process
holds the write lock, the file was deleted) the answer is a 503 and Slack tries again later. The work after the
ack marks the event done (`done`); work that failed because the database or the network did is left pending and
resumed by `resume` (on start, when the Web API comes back, and every SWEEP_SECONDS).

Slash commands and modal submissions are never retried by Slack, but a captured one can be replayed within the
5 minutes its signature stays valid: each is recorded once by its signature (or, in Socket Mode, which has no
signature, by its trigger_id) in the same de-duplication table, and a replay is acknowledged and dropped.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltRequest
from slack_sdk.errors import SlackApiError

from bot.store import Database, StoreError, events

log = logging.getLogger("aupbot.slack")

PLATFORM = "slack"
REQUEST_PLATFORM = "slack-request"   # signatures of commands and submissions, beside the event ids
# How long a request may wait for the database before it is refused with a 503: well inside Slack's 3 seconds,
# with room for the rest of the ack.
REQUEST_DB_SECONDS = 1.0
SWEEP_SECONDS = 10.0
RESUMED_HEADER = "x-aupbot-resumed"   # set on a resumed event's request; never accepted from outside (below)
# Failures after which an event's work is worth another try: the database, the network or Slack itself being
# unwell (a 5xx, rate limiting), not a bug or a refusal.
RETRYABLE = (StoreError, sqlite3.Error, OSError)
SLACK_UNWELL_ERRORS = frozenset({"ratelimited", "service_unavailable", "fatal_error", "internal_error",
                                 "request_timeout"})


def retryable(failure: BaseException) -> bool:
    if isinstance(failure, RETRYABLE):
        return True
    if isinstance(failure, SlackApiError):
        response = failure.response
        return (getattr(response, "status_code", 0) >= 500 or getattr(response, "status_code", 0) == 429
                or response.get("error") in SLACK_UNWELL_ERRORS)
    return False


def platform_unwell(failure: BaseException) -> bool:
    """A failure that says the Web API (not the database, not our code) is the trouble."""
    return isinstance(failure, (OSError, SlackApiError)) and retryable(failure)


class EventIntake:
    def __init__(self, db: Database, secret: str) -> None:
        self.db = db
        self.seal = events.sealer(secret)
        self.in_flight: set[str] = set()    # events recorded by this process whose work is queued or running
        self.on_network_failure: Callable[[], None] | None = None   # the platform probe re-checks at once
        self._lock = threading.Lock()
        self._resuming = threading.Lock()

    # -- the request path --------------------------------------------------------------------------------

    def record(self, body: dict) -> bool:
        """True for a new event (now pending, its work to be run), False for a repeat. Raises StoreError or
        sqlite3.Error when it could not be committed in time: then it must not be acknowledged."""
        event_id = str(body["event_id"])
        data = json.dumps(body, separators=(",", ":")).encode("utf-8")
        with self._lock:   # before the commit, so that a sweep never resumes what this request will run
            already = event_id in self.in_flight
            self.in_flight.add(event_id)
        fresh = False
        try:
            fresh = events.record(self.db, PLATFORM, event_id, data, self.seal, timeout=REQUEST_DB_SECONDS)
        finally:
            if not fresh and not already:
                self.release(event_id)
        return fresh

    def release(self, event_id: str) -> None:
        """Nothing in this process runs the event any more: a sweep may take it up if it is still pending."""
        with self._lock:
            self.in_flight.discard(event_id)

    def first_request(self, key: str) -> bool:
        """A command or submission, by its signature or trigger_id: True the first time only."""
        return events.first_time(self.db, REQUEST_PLATFORM, key, timeout=REQUEST_DB_SECONDS)

    # -- after the work ----------------------------------------------------------------------------------

    def done(self, event_id: str, failure: BaseException | None = None) -> None:
        """The work ran. It stays pending (to be resumed) only if it failed for a reason that may pass.

        The event leaves `in_flight` only after its pending row is gone: a sweep that found the row while the
        delete waited for the lock would otherwise see it pending and not in flight, and run it a second time."""
        if failure is not None and retryable(failure):
            self.release(event_id)
            if platform_unwell(failure) and self.on_network_failure is not None:
                self.on_network_failure()
            log.warning("slack event %s left pending after %s; it will be resumed", event_id,
                        type(failure).__name__)
            return
        try:
            events.finish(self.db, PLATFORM, event_id)
        except (StoreError, sqlite3.Error) as exc:   # resumed later: at least once, never lost
            log.warning("slack event %s done but not marked (%s); it may run again", event_id,
                        type(exc).__name__)
        finally:
            self.release(event_id)

    # -- resuming ----------------------------------------------------------------------------------------

    def resume(self, app: App) -> int:
        """Runs every pending event this process is not already running; returns how many were started."""
        if not self._resuming.acquire(blocking=False):
            return 0
        try:
            started = 0
            for pending in events.pending(self.db, PLATFORM, self.seal):
                with self._lock:   # claimed before the row is checked again, so no delivery runs it meanwhile
                    if pending.event_id in self.in_flight:
                        continue
                    self.in_flight.add(pending.event_id)
                if not pending.body or pending.attempts >= events.MAX_ATTEMPTS:
                    log.error("slack event %s dropped: %s", pending.event_id,
                              "sealed with another key" if not pending.body else
                              f"its work failed {pending.attempts} times")
                    self.done(pending.event_id)
                    continue
                # the list was read before this event's work may have finished: run it only if still pending
                still_pending = False
                try:
                    still_pending = events.note_attempt(self.db, PLATFORM, pending.event_id)
                finally:
                    if not still_pending:
                        self.release(pending.event_id)
                if not still_pending:
                    continue
                request = BoltRequest(body=json.loads(pending.body), mode="socket_mode",
                                      headers={RESUMED_HEADER: "1"})
                response = app.dispatch(request)
                if not request.context.get("aup_event") or response.status >= 400:
                    # Bolt's own middleware dropped it (the bot's own message) or no listener matched
                    self.done(pending.event_id)
                started += 1
            if started:
                log.info("slack: resumed %d pending event(s)", started)
            return started
        except (StoreError, sqlite3.Error) as exc:
            log.warning("slack: resuming pending events failed (%s); next sweep tries again", type(exc).__name__)
            return 0
        finally:
            self._resuming.release()


def request_key(body: Any, headers: dict) -> str | None:
    """What identifies one delivery of a slash command or a modal submission; None for other requests.

    Over HTTP the signature (HMAC of timestamp and body) is unique per delivery and identical on a replay; in
    Socket Mode there is none, and the trigger_id (one per invocation) stands in."""
    if not isinstance(body, dict):
        return None
    if not (body.get("command") or body.get("type") == "view_submission"):
        return None
    signature = _header(headers, "x-slack-signature")
    if signature:
        return f"sig:{_header(headers, 'x-slack-request-timestamp')}:{signature}"
    trigger = body.get("trigger_id")
    return f"trigger:{trigger}" if trigger else None


def is_resumed(headers: dict, mode: str) -> bool:
    """Only a request this process built (Socket Mode shape, never an HTTP request) counts as resumed."""
    return mode == "socket_mode" and _header(headers, RESUMED_HEADER) == "1"


def _header(headers: dict, name: str) -> str:
    value = (headers or {}).get(name)
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    return str(value or "")
