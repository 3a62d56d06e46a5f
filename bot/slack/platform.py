"""Whether the Slack Web API answers for our token, as `auth.test` says, kept current by a background thread.

Every event's work ends in a Web API call (an answer, a nudge, an alert), so while the API is down an event that
is acknowledged and run is an event lost. While `up` is False the endpoint records events without running them
(bot/slack/component.py), /healthz says why (bot/health/checks.py `check_platforms`), and the first successful
`auth.test` resumes what waited (`on_up`). The result also seeds Bolt's single-team authorisation, which would
otherwise call auth.test inside the first request and answer every event "Sorry" with a 200 while it fails.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from slack_sdk import WebClient

log = logging.getLogger("aupbot.slack")

PROBE_TIMEOUT = 3.0          # seconds for one auth.test: a probe must not hang the start or the health check
RETRY_WHILE_DOWN = 5.0       # seconds between probes while the API is down: events wait this long at most after
RECHECK_WHILE_UP = 60.0      # seconds between probes while it is up (workers also report failures at once)


class SlackPlatform:
    def __init__(self, client: WebClient, *, on_up: Callable[[dict], None] | None = None,
                 retry_while_down: float = RETRY_WHILE_DOWN, recheck_while_up: float = RECHECK_WHILE_UP) -> None:
        self.client = WebClient(token=client.token, base_url=client.base_url, timeout=PROBE_TIMEOUT)
        self.on_up = on_up
        self.retry_while_down = retry_while_down
        self.recheck_while_up = recheck_while_up
        self.up = False
        self.reason: str | None = "not checked yet"
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def problem(self) -> str | None:
        """For /healthz: None while auth.test succeeds, else why not (no token, no URL: safe to show)."""
        return None if self.up else f"Slack Web API unavailable ({self.reason})"

    def check(self) -> bool:
        """One auth.test; on the transition to up, `on_up` runs (in this thread) with the answer."""
        try:
            # OAuth mode has no token of its own (each workspace has one): api.test, which needs none, says
            # whether Slack answers at all
            answer = self.client.auth_test() if self.client.token else self.client.api_test()
            data = dict(answer.data) if hasattr(answer, "data") else dict(answer)
        except Exception as exc:   # SlackApiError (invalid_auth, 5xx), a refused or timed-out connection
            response = getattr(exc, "response", None)   # SlackApiError carries Slack's answer, e.g. invalid_auth
            error = response.get("error") if response is not None and hasattr(response, "get") else None
            self._set_down(str(error or type(exc).__name__)[:80])
            return False
        was_up, self.up, self.reason = self.up, True, None
        if not was_up:
            log.info("slack: Web API reachable (auth.test ok)")
            if self.on_up is not None:
                try:
                    self.on_up(data)
                except Exception as exc:   # resuming is retried on the next transition or sweep
                    log.error("slack: resuming after the Web API came back failed: %s", type(exc).__name__)
        return True

    def report_failure(self) -> None:
        """A worker's Web API call failed to connect: probe now rather than at the next scheduled check."""
        self._wake.set()

    def _set_down(self, reason: str) -> None:
        if self.up or self.reason != reason:
            log.error("slack: Web API unavailable (auth.test: %s); events are recorded and wait", reason)
        self.up, self.reason = False, reason

    def start(self) -> None:
        """Probes once now (bounded by PROBE_TIMEOUT, so an unreachable Slack never stops the start), then in
        the background."""
        self.check()
        self._thread = threading.Thread(target=self._run, name="slack-platform", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(PROBE_TIMEOUT + 1)

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.wait(self.recheck_while_up if self.up else self.retry_while_down)
            self._wake.clear()
            if not self._stopping.is_set():
                self.check()
