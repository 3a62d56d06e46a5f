"""Real files of every format the watcher reads, built in memory for tests and the bench: a class roster as CSV,
TSV, XLSX (openpyxl), DOCX (python-docx) and PDF (a hand-written text PDF; pypdf encrypts it).

The roster's values are invented; ROSTER_VALUES lists the raw ones a test must never find stored.
"""
from __future__ import annotations

import csv
import datetime as dt
import io

ROSTER_HEADER = ("Name", "Student ID", "DOB", "Period")
ROSTER = (
    ("Maya Ortiz", "20481234", "2011-03-04", "2"),
    ("Liam Chen", "20485678", "2010-12-01", "2"),
    ("Ava Brooks", "20489012", "2011-07-19", "3"),
)
ROSTER_VALUES = tuple(v for row in ROSTER for v in row[1:3])


def roster_rows(count: int | None = None) -> list[tuple[str, ...]]:
    """The header and the roster, or `count` generated rows of the same shape (for size tests and the bench)."""
    if count is None:
        return [ROSTER_HEADER, *ROSTER]
    return [ROSTER_HEADER] + [(f"Student{i} Lee", str(20_000_000 + i), f"2011-{1 + i % 12:02d}-{1 + i % 28:02d}",
                               str(1 + i % 7)) for i in range(count)]


def csv_bytes(rows, delimiter: str = ",") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def xlsx_bytes(sheets: dict[str, list[tuple]], *, write_only: bool = False) -> bytes:
    """Dates in a DOB column become real date cells and IDs numbers, as a gradebook export has them."""
    from openpyxl import Workbook

    book = Workbook(write_only=write_only)
    if not write_only:
        book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for r, row in enumerate(rows):
            sheet.append([_typed(v) if r else v for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _typed(value):
    if isinstance(value, str) and value.isdigit():
        return int(value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return dt.datetime.fromisoformat(value)
    return value


def docx_bytes(paragraphs: list[str], table: list[tuple] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_bytes(pages: list[list[str]], *, password: str | None = None) -> bytes:
    """A text PDF, one page per list of lines (Helvetica, real text objects a viewer can copy from)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 11 Tf", "14 TL", "50 780 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops)
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        content = len(objects)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    if password is None:
        return body
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(body)))
    writer.encrypt(user_password=password, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
