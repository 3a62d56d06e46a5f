"""Space watching: Chat apps only hear @mentions and DMs, so a scheduled job reads the sanctioned spaces.

Each pass lists every watched space's messages created since its checkpoint (spaces.messages.list filtered by
create time, oldest first, page by page) and hands each new one to handlers.watch. The checkpoint advances in
the same transaction as the scan's records and the deliveries it queues (nudge, IT alert), so a crash at any
point (between pages, between messages) neither skips a message nor scans one twice; page tokens are never
stored, a restart simply lists again from the checkpoint.

A 429 or 5xx stops that space's pass where it is (the checkpoint already holds the last scanned message) and
backs the space off, honouring Retry-After; the other spaces go on. Nothing in a log line carries message text.

Files attached to a message (uploaded content) are downloaded with media.download before the message's
transaction opens (no network wait holds the database), then scanned with its words (handlers.watch_files).
A download that fails for a while (429, 5xx) stops the pass like a failed listing, so the message is scanned
again, files and all; one that cannot succeed (403, 404), a Drive file, a type no reader takes or one over
the size cap is noted in the audit log and the message goes on.
"""
from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.delivery.markup import neutralise
from bot.gchat import names as display_names
from bot.gchat.api import ChatApi, ChatApiError
from bot.store import audit, checkpoints
from bot.store.outbox import NewDelivery, enqueue
from handlers.types import Place, person_from_settings

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger("aupbot.gchat.poller")

SOURCE = "gchat"
PAGE_SIZE = 500
BACKOFF_FIRST_SECONDS = 5.0
BACKOFF_MAX_SECONDS = 600.0
# A message whose scan keeps failing (a handler bug on odd input) would block its space for ever; after this
# many failed passes it is passed over, and the audit log says so for IT.
MAX_SCAN_ATTEMPTS = 3


@dataclass
class PollResult:
    scanned: int = 0
    skipped: int = 0            # already scanned (the overlap at the checkpoint's time) or not from a person
    pages: int = 0
    flagged: int = 0
    failed_spaces: dict[str, str] = field(default_factory=dict)   # space -> reason
    backing_off: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FetchedAttachment:
    name: str
    mimetype: str
    data: bytes | None
    note: str | None


# Chat lets a person attach a handful of files to one message; a longer list is not a person's message.
MAX_ATTACHMENTS = 10


@dataclass
class _Backoff:
    failures: int = 0
    until: float = 0.0


class SpacePoller:
    def __init__(self, settings: Settings, db, api: ChatApi, *, page_size: int = PAGE_SIZE,
                 clock: Callable[[], float] = time.time, handle: Callable | None = None) -> None:
        """`handle(db, settings, space, chat_message) -> WatchOutcome | None` defaults to handing the message to
        handlers.watch.handle_message; a caller may observe or replace it (the bench counts with it)."""
        self.settings = settings
        self.handle = handle or watch_handler
        self.db = db
        self.api = api
        self.page_size = page_size
        self.clock = clock
        self._backoff: dict[str, _Backoff] = {}
        self._failed_scans: dict[str, int] = {}   # message name -> failed attempts

    def spaces(self) -> list[str]:
        """The configured spaces plus any an admin turned watching on for (they hold a checkpoint)."""
        names = list(dict.fromkeys(self.settings.gchat_watch_spaces))
        for cp in checkpoints.all_for(self.db, SOURCE):
            if cp.stream not in names:
                names.append(cp.stream)
        return names

    def poll_once(self) -> PollResult:
        result = PollResult()
        for space in self.spaces():
            state = self._backoff.get(space)
            if state and self.clock() < state.until:
                result.backing_off.append(space)
                continue
            try:
                self._poll_space(space, result)
            except ChatApiError as exc:
                self._back_off(space, exc)
                result.failed_spaces[space] = str(exc)
                log.warning("polling %s stopped: %s; next try in %.0f s", space, exc,
                            self._backoff[space].until - self.clock())
            except _ScanFailed as failed:
                self._scan_failed(space, failed, result)
            else:
                self._backoff.pop(space, None)
        return result

    def start_watching(self, space: str) -> None:
        """Begin at 'now': a newly sanctioned space is watched from here on, not scanned back in time."""
        if checkpoints.load(self.db, SOURCE, space) is None:
            checkpoints.save(self.db, checkpoints.Checkpoint(SOURCE, space, int(self.clock() * 1e6), frozenset()))

    # -- one space ----------------------------------------------------------------------------------------------

    def _poll_space(self, space: str, result: PollResult) -> None:
        cp = checkpoints.load(self.db, SOURCE, space)
        if cp is None:
            self.start_watching(space)
            return
        if not _watched(self.db, self.settings, space):
            # while watching is off the checkpoint follows the clock, so turning it on again does not reach back
            # into messages posted while the space was not sanctioned
            checkpoints.save(self.db, checkpoints.Checkpoint(SOURCE, space, int(self.clock() * 1e6), frozenset()))
            return
        # "> position - 1 µs" re-lists the messages at the checkpoint's own time; their names are skipped.
        after = to_rfc3339(cp.position - 1)
        token = None
        while True:
            page = self.api.list_messages(space, after=after, page_token=token, page_size=self.page_size)
            result.pages += 1
            for message in page.messages:
                cp = self._scan_one(cp, message, result)
            token = page.next_token
            if not token:
                return

    def _scan_one(self, cp: checkpoints.Checkpoint, message: dict, result: PollResult) -> checkpoints.Checkpoint:
        name = str(message.get("name", ""))
        try:
            position = from_rfc3339(str(message.get("createTime", "")))
        except ValueError:
            log.warning("message %s has no usable createTime; skipped", name)
            result.skipped += 1
            return cp
        if not name or cp.already_scanned(position, name):
            result.skipped += 1
            return cp
        advanced = cp.after(position, name)
        if self._failed_scans.get(name, 0) >= MAX_SCAN_ATTEMPTS:
            with self.db.transaction():
                audit.record(self.db, "system:gchat", "gchat.scan_skipped", name, space=cp.stream,
                             attempts=self._failed_scans.pop(name))
                checkpoints.save(self.db, advanced)
            result.skipped += 1
            return advanced
        sender = message.get("sender") or {}
        try:
            files = self._fetch_attachments(message) if sender.get("type", "HUMAN") == "HUMAN" else []
            self._scan_in_transaction(cp, advanced, message, sender, result, files)
        except ChatApiError:
            raise   # the API is failing for a while: the space backs off, this message is read again
        except Exception as exc:  # rolled back: the checkpoint still points before this message
            raise _ScanFailed(name, type(exc).__name__) from exc
        self._failed_scans.pop(name, None)
        return advanced

    def _scan_in_transaction(self, cp, advanced, message: dict, sender: dict, result: PollResult,
                             files: list | None = None) -> None:
        name = str(message["name"])
        with self.db.transaction() as d:
            if sender.get("type", "HUMAN") == "HUMAN" and ((message.get("text") or "").strip() or files):
                outcomes = []
                if (message.get("text") or "").strip():
                    outcomes.append(self.handle(self.db, self.settings, cp.stream, message))
                outcomes.extend(file_handler(self.db, self.settings, cp.stream, message, f) for f in files or ())
                result.scanned += 1
                flagged = [o for o in outcomes if o is not None and getattr(o, "findings", None)]
                if flagged:
                    result.flagged += 1
                for outcome in flagged:
                    _queue_deliveries(d, self.settings, name, outcome)
            else:
                result.skipped += 1  # the app's own posts and other bots are not staff disclosures
            checkpoints.save(self.db, advanced)

    def _fetch_attachments(self, message: dict) -> list[FetchedAttachment]:
        """Every attachment of the message, with its bytes or the note saying why there are none. A transient
        download failure raises ChatApiError: the space backs off and the message is read again later."""
        from bot.texts import text
        from handlers.watch_files import fetch_note

        fetched = []
        for attachment in [a for a in message.get("attachment") or [] if isinstance(a, dict)][:MAX_ATTACHMENTS]:
            name = str(attachment.get("contentName") or "unnamed file")
            mimetype = str(attachment.get("contentType") or "")
            resource = (attachment.get("attachmentDataRef") or {}).get("resourceName")
            note = fetch_note(self.settings, name, mimetype, None)
            if note is None and not resource:
                note = text("attachments.fetch_failed", reason="a Google Drive file; the app does not read Drive")
            data = None
            if note is None:
                try:
                    data = self.api.download_attachment(str(resource), self.settings.attachment_max_bytes)
                except ChatApiError as exc:
                    if exc.transient:
                        raise
                    note = text("attachments.fetch_failed", reason=f"HTTP {exc.status}")
                else:
                    if data is None:
                        note = text("attachments.too_large", size=f"more than {self.settings.attachment_max_bytes:,}",
                                    limit=f"{self.settings.attachment_max_bytes:,}")
            fetched.append(FetchedAttachment(name, mimetype, data, note))
        return fetched

    def _scan_failed(self, space: str, failed: _ScanFailed, result: PollResult) -> None:
        attempts = self._failed_scans.get(failed.name, 0) + 1
        self._failed_scans[failed.name] = attempts
        result.failed_spaces[space] = f"scanning {failed.name} failed ({failed.reason}), attempt {attempts}"
        # the exception's type only: its message could quote the text being scanned
        log.error("scanning %s in %s failed (%s), attempt %d of %d", failed.name, space, failed.reason, attempts,
                  MAX_SCAN_ATTEMPTS)
        self._back_off(space, ChatApiError(0, "scan failed"))

    def _back_off(self, space: str, exc: ChatApiError) -> None:
        state = self._backoff.setdefault(space, _Backoff())
        state.failures += 1
        delay = min(BACKOFF_MAX_SECONDS, BACKOFF_FIRST_SECONDS * 2 ** (state.failures - 1))
        if not exc.transient:
            delay = BACKOFF_MAX_SECONDS  # 403/404: the app lost access; an admin must act, do not hammer
        if exc.retry_after:
            delay = max(delay, min(exc.retry_after, BACKOFF_MAX_SECONDS))
        state.until = self.clock() + delay


class _ScanFailed(Exception):
    def __init__(self, name: str, reason: str) -> None:
        super().__init__(name)
        self.name = name
        self.reason = reason


# -- the handler and the deliveries it asks for --------------------------------------------------------------------


def _watched(db, settings: Settings, space: str) -> bool:
    """Skip listing a space an admin turned watching off for (handlers.watch decides, and checks again)."""
    from handlers.watch import is_watched

    return bool(is_watched(db, settings, Place("gchat", channel=space)))


def _watched_message(db, settings: Settings, space: str, message: dict):
    from handlers.watch import WatchedMessage

    sender = message.get("sender") or {}
    author = person_from_settings(f"gchat:{sender.get('name', '')}", settings,
                                  name=display_names.known(db, "user", str(sender.get("name", "")),
                                                   str(sender.get("displayName", ""))),
                                  email=sender.get("email", ""))
    thread = (message.get("thread") or {}).get("name")
    space_name = display_names.known(db, "space", space, str((message.get("space") or {}).get("displayName", "")))
    return WatchedMessage(place=Place("gchat", channel=space, thread=thread, channel_name=space_name), author=author,
                          message_id=str(message["name"]), text=str(message.get("text") or ""),
                          edited=bool(message.get("lastUpdateTime")))


def watch_handler(db, settings: Settings, space: str, message: dict):
    """The default: the Chat message as a neutral WatchedMessage, through handlers.watch."""
    from handlers.watch import handle_message

    return handle_message(db, settings, _watched_message(db, settings, space, message))


def file_handler(db, settings: Settings, space: str, message: dict, fetched: FetchedAttachment):
    """An attached file through handlers.watch_files, pointing at the message it came in."""
    from handlers.watch_files import WatchedFile, handle_file

    watched = _watched_message(db, settings, space, message)
    return handle_file(db, settings, WatchedFile(place=watched.place, author=watched.author,
                                                 message_id=watched.message_id, name=fetched.name,
                                                 mimetype=fetched.mimetype, data=fetched.data, note=fetched.note))


def _queue_deliveries(d, settings: Settings, message_name: str, outcome) -> None:
    """Nudge the poster by DM (the sender finds or gives up on the DM space) and alert IT, both via the outbox
    so they leave exactly once even if this process dies right after the commit. They name people and spaces
    (staff-chosen display names), so they are stored neutralised, as the outbox keeps all text."""
    # Keys read "none/<purpose>/<first finding id>/<message>": the sender draws the nudge's "Not sensitive"
    # button from the finding id, and the message name makes each key unique.
    nudge = getattr(outcome, "nudge", None)
    if nudge is not None:
        first = nudge.finding_ids[0] if nudge.finding_ids else "none"
        enqueue(d, NewDelivery(kind="notification", transport="chat", target=_gchat_target(nudge.to),
                               idempotency_key=f"none/nudge/{first}/{message_name}",
                               payload={"text": neutralise(nudge.text)}))
    alert = getattr(outcome, "alert", None)
    if alert is not None and settings.gchat_it_space:
        first = alert.finding_ids[0] if alert.finding_ids else "none"
        enqueue(d, NewDelivery(kind="alert", transport="chat", target=f"gchat:{settings.gchat_it_space}",
                               idempotency_key=f"none/alert/{first}/{message_name}",
                               payload={"text": neutralise(alert.text)}))


def _gchat_target(to: str) -> str:
    return to if to.startswith("gchat:") else f"gchat:{to}"


# -- times ----------------------------------------------------------------------------------------------------


def from_rfc3339(text: str) -> int:
    """Microseconds since the epoch. Chat may send nanoseconds; the extra digits are dropped (messages that
    then share a microsecond are told apart by name in the checkpoint)."""
    if not text:
        raise ValueError("empty time")
    text = text.strip().replace("z", "Z")
    head, zone = text, "+00:00"
    if text.endswith("Z"):
        head = text[:-1]
    elif len(text) > 6 and text[-6] in "+-" and text[-3] == ":":
        head, zone = text[:-6], text[-6:]
    whole, _, fraction = head.partition(".")
    moment = dt.datetime.fromisoformat(whole + zone)
    micros = int((fraction + "000000")[:6]) if fraction else 0
    return int(moment.timestamp()) * 1_000_000 + micros


def to_rfc3339(micros: int) -> str:
    seconds, rest = divmod(micros, 1_000_000)
    stamp = dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{stamp}.{rest:06d}Z"


# -- the scheduled job --------------------------------------------------------------------------------------------

# One poller per process and database, so back-off state survives between runs of the job.
_POLLERS: dict[tuple[str, str], tuple[SpacePoller, list[float]]] = {}


def poll_spaces(settings: Settings, db) -> PollResult | None:
    """The scheduler's job (bot/scheduler.py JOBS). It runs often and polls every AUPBOT_GCHAT_POLL_SECONDS."""
    if not (settings.gchat_configured and settings.gchat_credentials):
        return None
    key = (str(db.path), str(settings.gchat_api_url))
    if key not in _POLLERS:
        _POLLERS[key] = (SpacePoller(settings, db, ChatApi(settings)), [0.0])
    poller, last = _POLLERS[key]
    now = time.monotonic()
    if last[0] and now - last[0] < settings.gchat_poll_seconds:
        return None
    last[0] = now
    result = poller.poll_once()
    if result.scanned or result.failed_spaces:
        log.info("gchat poll: %d scanned, %d flagged, %d pages, failed: %s", result.scanned, result.flagged,
                 result.pages, sorted(result.failed_spaces) or "none")
    return result
