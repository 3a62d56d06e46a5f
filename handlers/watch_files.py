"""Watching shared files: a file posted in a watched place is read (handlers/attachments) and its text goes
through the same watcher as a message's words (handlers.watch.handle_message), with the file's name and the row
or line of every part, so a finding says "roster.csv, row 12".

The adapters fetch the bytes (Slack's private download URL, the Chat API's media download) and hand over a
`WatchedFile`; a file they did not fetch (too large, a type no reader takes, a failed download) comes with its
note instead. What was not scanned is written to the audit log with that note, never with the file's contents.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.settings import Settings
from bot.store import Database, audit
from bot.texts import text
from handlers import attachments, watch
from handlers.types import Person, Place
from policy.bundle import load_bundle
from policy.scanner import MAX_TEXT_CHARS, mask_text, scan

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WatchedFile:
    place: Place
    author: Person
    message_id: str             # the message the file was shared in: findings and alerts point there
    name: str
    mimetype: str = ""
    data: bytes | None = None   # None when the adapter did not fetch it; `note` says why
    note: str | None = None
    permalink: str = ""


def fetch_note(settings: Settings, name: str, mimetype: str, size: int | None) -> str | None:
    """Why an adapter should not download this file (a type no reader takes, over the size cap), or None."""
    return attachments.unsupported(name, mimetype) or attachments.too_large(size, settings.attachment_max_bytes)


def handle_file(db: Database, settings: Settings, shared: WatchedFile) -> watch.WatchOutcome:
    if not watch.is_watched(db, settings, shared.place):
        return _nothing("not watched")
    if shared.data is None:
        return _not_scanned(db, settings, shared, shared.note or text("attachments.fetch_failed", reason="no data"))
    found = attachments.extract(shared.name, shared.mimetype, shared.data, max_bytes=settings.attachment_max_bytes,
                                max_chars=min(settings.attachment_max_chars, MAX_TEXT_CHARS))
    if not found.segments:
        return _not_scanned(db, settings, shared, found.note)
    if found.note:   # read in part: the part read is still scanned, and IT learns the rest was not
        _not_scanned(db, settings, shared, found.note)
    offsets, parts, at = [], [], 0
    for segment in found.segments:
        offsets.append((at, segment.location))
        parts.append(segment.text)
        at += len(segment.text) + 1
    return watch.handle_message(db, settings, watch.WatchedMessage(
        place=shared.place, author=shared.author, message_id=shared.message_id, text="\n".join(parts),
        permalink=shared.permalink, source=shared.name or "unnamed file", locations=tuple(offsets)))


def _nothing(reason: str | None) -> watch.WatchOutcome:
    return watch.WatchOutcome((), (), None, None, None, False, reason)


def _not_scanned(db: Database, settings: Settings, shared: WatchedFile, note: str | None) -> watch.WatchOutcome:
    """Recorded for IT with the file's name masked (a name can hold a value, "SSN 287-65-4301.txt")."""
    policy = load_bundle(settings.policy_path).policy
    name = mask_text(shared.name[:200], scan(shared.name[:200], policy))
    audit.record(db, "system:watch", "watch.file_not_scanned", shared.message_id,
                 place=f"{shared.place.platform}:{shared.place.channel}", poster=shared.author.id, file=name,
                 note=note)
    log.info("watch: a file in %s:%s was not fully scanned: %s", shared.place.platform, shared.place.channel, note)
    return _nothing(note)
