"""PDF text (.pdf): the text layer, page by page and line by line, "page 2 line 5".

Only text a PDF carries is read; a scanned page is an image and yields nothing (the note says no text was
found). A PDF locked with a password is not opened; one with an owner password only (printing or copying
restricted) opens with the empty user password, as every PDF viewer does.
"""
from __future__ import annotations

import io
import logging
from collections.abc import Iterator

from handlers.attachments import Reader, Segment, Unreadable

PDF_MAGIC = b"%PDF-"


def pages(data: bytes) -> Iterator[Segment]:
    from pypdf import PdfReader

    if PDF_MAGIC not in data[:1024]:
        raise Unreadable("corrupt")
    logging.getLogger("pypdf").setLevel(logging.ERROR)   # its warnings on odd files would quote their bytes
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            opened = bool(reader.decrypt(""))
        except Exception:   # an unsupported cipher is as closed to us as a password
            opened = False
        if not opened:
            raise Unreadable("encrypted")
    for page_number, page in enumerate(reader.pages, start=1):
        for line_number, line in enumerate((page.extract_text() or "").splitlines(), start=1):
            yield Segment(f"page {page_number} line {line_number}", line)


READER = Reader(kind="PDF", extensions=(".pdf",), mimetypes=("application/pdf",), read=pages)
