"""Plain text (.txt, .log): one segment per line, "line 30"."""
from __future__ import annotations

import codecs
from collections.abc import Iterator

from handlers.attachments import Reader, Segment, Unreadable


def decode(data: bytes) -> str:
    """UTF-8 (with or without a BOM) or UTF-16 with a BOM; otherwise Windows-1252, which is what Excel and
    older gradebook tools write when they say "CSV". A NUL byte in text that is not UTF-16 means the file is
    binary whatever its name says: refused, not guessed at."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data:
        raise Unreadable("corrupt")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def lines(data: bytes) -> Iterator[Segment]:
    for number, line in enumerate(decode(data).splitlines(), start=1):
        yield Segment(f"line {number}", line)


READER = Reader(kind="text", extensions=(".txt", ".text", ".log"), mimetypes=("text/plain",), read=lines)
