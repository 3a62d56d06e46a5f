"""Text out of shared files, so the watcher can scan an attachment as it scans a message (platform-neutral).

Teachers share gradebook exports and rosters as files far more than as text. Each format has one small reader
(`plain`, `markdown`, `delimited`, `xlsx`, `word`, `pdf`) that turns the file's bytes into `Segment`s: a piece
of text and where it sits in the file ("row 12", "sheet Grades row 4", "page 2 line 5"), so a finding can name
the file and the cell or line. `registry.READERS` lists them; `extract()` picks one by the file's name or
declared type, never by guessing at the bytes, and enforces the caps (bytes in, characters out).

A file that cannot be read is a note, never a traceback: an unknown type, an encrypted or damaged file, one
over the size cap. The note is what IT sees in the audit log; the poster is not told.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.texts import text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Segment:
    """One piece of a file's text and where it is, in words a teacher can find it by."""

    location: str
    text: str


class Unreadable(Exception):
    """A reader could not read the file; `reason` is a key of handlers/messages/attachments.yaml."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Reader:
    kind: str                                   # shown in notes: "CSV", "XLSX"
    extensions: tuple[str, ...]                 # lower case, with the dot
    mimetypes: tuple[str, ...]
    read: Callable[[bytes], Iterator[Segment]]


@dataclass(frozen=True)
class Extraction:
    segments: tuple[Segment, ...]
    note: str | None          # why the file was not (or not wholly) scanned; None when it was read in full
    kind: str = ""


def reader_for(name: str, mimetype: str = "") -> Reader | None:
    """By the file name's extension, else by the declared type; None when neither names a format we read."""
    from handlers.attachments.registry import READERS

    lowered = (name or "").lower()
    for reader in READERS:
        if lowered.endswith(reader.extensions):
            return reader
    declared = (mimetype or "").split(";")[0].strip().lower()
    if declared:
        for reader in READERS:
            if declared in reader.mimetypes:
                return reader
    return None


def too_large(size: int | None, max_bytes: int) -> str | None:
    """The note for a file over the cap, decided from its declared size before anything is downloaded."""
    if size is not None and size > max_bytes:
        return text("attachments.too_large", size=f"{size:,}", limit=f"{max_bytes:,}")
    return None


def unsupported(name: str, mimetype: str = "") -> str | None:
    """The note for a file no reader takes, so adapters need not download it."""
    if reader_for(name, mimetype) is not None:
        return None
    return text("attachments.unsupported", kind=_shown_type(name, mimetype))


def extract(name: str, mimetype: str, data: bytes, *, max_bytes: int, max_chars: int) -> Extraction:
    """The file's text segments, at most `max_chars` characters (counting one separator per segment)."""
    reader = reader_for(name, mimetype)
    if reader is None:
        return Extraction((), unsupported(name, mimetype))
    note = too_large(len(data), max_bytes)
    if note:
        return Extraction((), note, reader.kind)
    segments: list[Segment] = []
    used = 0
    parts = reader.read(data)
    try:
        for segment in parts:
            if not segment.text.strip():
                continue
            room = max_chars - used
            if len(segment.text) + 1 > room:
                if room > 1:
                    segments.append(Segment(segment.location, segment.text[:room - 1]))
                note = text("attachments.truncated", limit=f"{max_chars:,}")
                break
            segments.append(segment)
            used += len(segment.text) + 1
    except Unreadable as exc:
        return Extraction((), text(f"attachments.{exc.reason}", kind=reader.kind), reader.kind)
    except Exception as exc:  # the libraries raise many kinds on damaged files; the type is enough for a log
        log.warning("attachment reader %s failed: %s", reader.kind, type(exc).__name__)
        return Extraction((), text("attachments.corrupt", kind=reader.kind), reader.kind)
    finally:
        close = getattr(parts, "close", None)
        if close is not None:
            close()   # a generator stopped at the cap closes its workbook or document now
    if not segments and note is None:
        note = text("attachments.no_text", kind=reader.kind)
    return Extraction(tuple(segments), note, reader.kind)


def _shown_type(name: str, mimetype: str) -> str:
    suffix = name.rsplit(".", 1)[-1].lower()[:12] if "." in (name or "") else ""
    return f".{suffix}" if suffix else (mimetype or "unknown")[:60]
