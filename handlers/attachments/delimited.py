"""CSV and TSV: one segment per record, "row 12", numbered as a spreadsheet shows them (the header is row 1).

Cells are re-joined with tabs, so every format with rows (CSV, TSV, XLSX, Word tables) reaches the scanner in
one shape, and a roster's header row labels every value in its column ("Student ID" above 20481234), which is
the context the detectors need.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from handlers.attachments import Reader, Segment
from handlers.attachments.plain import decode

csv.field_size_limit(1_000_000)   # one huge cell is still text to scan; the extraction cap bounds the total


def row_text(cells: Iterable[object]) -> str:
    return "\t".join(" ".join(str(c).split()) for c in cells).rstrip("\t")


def _lines(text: str) -> Iterator[str]:
    """The text's lines with their endings, one at a time: io.StringIO would copy a 10 MB export into a buffer
    four times its size (docs/detection.md, "Attachments")."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def _records(data: bytes, delimiter: str) -> Iterator[Segment]:
    for number, cells in enumerate(csv.reader(_lines(decode(data)), delimiter=delimiter), start=1):
        yield Segment(f"row {number}", row_text(cells))


def comma_separated(data: bytes) -> Iterator[Segment]:
    return _records(data, ",")


def tab_separated(data: bytes) -> Iterator[Segment]:
    return _records(data, "\t")


CSV = Reader(kind="CSV", extensions=(".csv",), mimetypes=("text/csv", "application/csv"), read=comma_separated)
TSV = Reader(kind="TSV", extensions=(".tsv", ".tab"), mimetypes=("text/tab-separated-values",), read=tab_separated)
