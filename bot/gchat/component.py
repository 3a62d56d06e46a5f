"""The Google Chat component of `aupbot serve`: the verified endpoint, the outbox's chat sender, the poll job.

Configured by AUPBOT_GCHAT_AUDIENCE (without it there is no Google Chat here). The Chat API client needs the
service-account key (AUPBOT_GCHAT_CREDENTIALS); without it the endpoint still answers synchronously, but
nothing can be posted later, sent to IT or read from spaces, and the log says so once.

The poll job itself is registered in bot/scheduler.py (`gchat-poll`), so it runs under the one scheduler with
the outbox job; this component only provides what it and the outbox need.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable

from bot.delivery.chat import register_sender
from bot.gchat import cards
from bot.gchat.api import ChatApi, ChatApiError
from bot.gchat.endpoint import PATH, ChatEndpoint
from bot.gchat.verify import verifier_for
from bot.settings import Settings
from bot.store import Database, checkpoints
from policy.bundle import PolicyBundle

log = logging.getLogger("aupbot.gchat")

PLATFORM = "gchat"


class GChatComponent:
    name = "gchat"

    def __init__(self, settings: Settings, db: Database, api: ChatApi | None,
                 bundle: PolicyBundle | None = None) -> None:
        self.settings = settings
        self.db = db
        self.api = api
        self.endpoint = ChatEndpoint(settings, db, verifier_for(settings), api, bundle=bundle,
                                     on_watch_change=self._watch_changed)

    def mount(self, router) -> None:
        router.mount(PATH, self.endpoint)

    def start(self) -> None:
        # the certificate fetcher; the poll job runs under the shared scheduler (bot/scheduler.py)
        self.endpoint.verifier.start()

    def stop(self) -> None:
        self.endpoint.verifier.stop()
        self.endpoint.close(wait=True)

    def _watch_changed(self, space: str, on: bool) -> None:
        if on and checkpoints.load(self.db, PLATFORM, space) is None:
            # watched from now on; the poller picks the space up from its checkpoint
            checkpoints.save(self.db, checkpoints.Checkpoint(PLATFORM, space, int(time.time() * 1e6), frozenset()))


def outbox_sender(settings: Settings, api: ChatApi) -> Callable[..., None]:
    """Posts the outbox's chat deliveries: IT-space posts (new reports get the reviewers' status buttons) and
    DMs to people (nudges, report status). A person the app has no DM with cannot be reached by an app, so
    that delivery fails for good and IT's copy is the only one. An image (the weekly digest's chart) cannot be
    attached: media upload needs user authentication and the app posts as itself, so its figures are shown as
    a card with a text table instead (cards.figures_message)."""
    from bot.delivery import DeliveryError

    dm_spaces: dict[str, str] = {}  # users/123 -> its DM space; a DM space never changes once it exists

    def send(target: str, message: str, idempotency_key: str, *, image=None) -> None:
        try:
            space = target
            if target.startswith("users/"):
                space = dm_spaces.get(target) or api.find_direct_message(target)
                if space is not None:
                    dm_spaces[target] = space
                else:
                    raise DeliveryError("gchat: the person has no direct message with the app", retryable=False)
            ticket, purpose, detail = (idempotency_key.split("/") + ["", "", ""])[:3]
            body: dict = {"text": cards.chat_text(message)}
            if image is not None:
                body = cards.figures_message(message, image)
            elif space == settings.gchat_it_space and purpose in ("report", "incident") and ticket not in ("", "none"):
                body = cards.it_report_message(message, ticket)
            elif purpose in ("nudge", "alert") and detail.startswith("F-"):
                body = cards.finding_message(message, detail)
            api.create_message(space, body, idempotency_key=idempotency_key)
        except ChatApiError as exc:
            raise DeliveryError(f"gchat: {exc}", retryable=exc.transient) from None

    return send


def component(settings: Settings, db: Database, bundle: PolicyBundle | None = None) -> GChatComponent | None:
    if not settings.gchat_configured:
        return None
    api = None
    if settings.gchat_credentials:
        try:
            api = ChatApi(settings)
        except ValueError as exc:
            log.error("gchat: Chat API unavailable (%s); replies stay synchronous, nothing is polled", exc)
    else:
        log.warning("gchat: AUPBOT_GCHAT_CREDENTIALS not set; replies stay synchronous, nothing is polled")
    if api is not None:
        register_sender(PLATFORM, outbox_sender(settings, api))
    return GChatComponent(settings, db, api, bundle)
