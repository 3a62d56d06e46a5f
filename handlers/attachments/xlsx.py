"""Excel workbooks (.xlsx, .xlsm): every sheet, row by row, "sheet Grades row 4".

openpyxl in read-only mode streams the sheet XML instead of building every cell, so memory stays flat on a
large gradebook export (docs/detection.md, "Attachments", has the figure). Values, not formulas: a cell shows
what Excel last computed.
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator

from handlers.attachments import Reader, Segment, Unreadable
from handlers.attachments.delimited import row_text

# Office writes password-protected OOXML as an OLE compound file holding an "EncryptedPackage" stream.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


def check_container(data: bytes) -> None:
    """An OOXML file is a zip; an encrypted one is an OLE file, and so is a legacy .xls/.doc renamed."""
    if data.startswith(OLE_MAGIC):
        raise Unreadable("encrypted" if ENCRYPTED_STREAM in data else "corrupt")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise Unreadable("corrupt")


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))   # an ID typed into a number cell comes back as 20481234.0
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date().isoformat()
    return str(value)


def rows(data: bytes) -> Iterator[Segment]:
    from openpyxl import load_workbook

    check_container(data)
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        for sheet in workbook.worksheets:
            for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
                line = row_text(cell_text(v) for v in values)
                if line:
                    yield Segment(f"sheet {sheet.title} row {number}", line)
    finally:
        workbook.close()


READER = Reader(kind="XLSX", extensions=(".xlsx", ".xlsm"),
                mimetypes=("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           "application/vnd.ms-excel.sheet.macroenabled.12"), read=rows)
