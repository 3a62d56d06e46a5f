"""handlers/attachments: each reader's must-extract table (text and location), the size and character caps,
types no reader takes, and encrypted or damaged files giving a note instead of a traceback. Real files, built
by the real libraries (tests/servers/documents.py)."""
from __future__ import annotations

import io

import pytest

from handlers import attachments
from tests.servers.documents import csv_bytes, docx_bytes, pdf_bytes, roster_rows, xlsx_bytes

BIG = 10 * 1024 * 1024


def read(name: str, data: bytes, mimetype: str = "", *, max_bytes: int = BIG, max_chars: int = 1_000_000):
    return attachments.extract(name, mimetype, data, max_bytes=max_bytes, max_chars=max_chars)


def located(extraction) -> list[tuple[str, str]]:
    return [(s.location, s.text) for s in extraction.segments]


MUST_EXTRACT = [
    ("notes.txt", b"Parent meeting\r\nMaya's ID 20481234\n", [("line 1", "Parent meeting"),
                                                              ("line 2", "Maya's ID 20481234")]),
    ("notes.txt", "caf\u00e9 list\n".encode("cp1252"), [("line 1", "caf\u00e9 list")]),
    ("notes.txt", "\ufeffBOM first\n".encode("utf-8"), [("line 1", "BOM first")]),
    ("notes.txt", "wide\n".encode("utf-16"), [("line 1", "wide")]),
    ("plan.md", b"# Period 2\n\n| Name | ID |\n|---|---|\n| Maya | 20481234 |\n",
     [("line 1", "# Period 2"), ("line 3", "| Name | ID |"), ("line 4", "|---|---|"),
      ("line 5", "| Maya | 20481234 |")]),
    ("roster.csv", csv_bytes(roster_rows()), [("row 1", "Name\tStudent ID\tDOB\tPeriod"),
                                             ("row 2", "Maya Ortiz\t20481234\t2011-03-04\t2"),
                                             ("row 3", "Liam Chen\t20485678\t2010-12-01\t2"),
                                             ("row 4", "Ava Brooks\t20489012\t2011-07-19\t3")]),
    ("quoted.csv", b'Name,Note\r\n"Ortiz, Maya","said ""hi""\nthen left"\r\n',
     [("row 1", "Name\tNote"), ("row 2", 'Ortiz, Maya\tsaid "hi" then left')]),
    ("roster.tsv", csv_bytes(roster_rows(), "\t"), [("row 1", "Name\tStudent ID\tDOB\tPeriod"),
                                                   ("row 2", "Maya Ortiz\t20481234\t2011-03-04\t2"),
                                                   ("row 3", "Liam Chen\t20485678\t2010-12-01\t2"),
                                                   ("row 4", "Ava Brooks\t20489012\t2011-07-19\t3")]),
    ("grades.xlsx", xlsx_bytes({"Cover": [("Gradebook export",)], "Grades": roster_rows()}),
     [("sheet Cover row 1", "Gradebook export"), ("sheet Grades row 1", "Name\tStudent ID\tDOB\tPeriod"),
      ("sheet Grades row 2", "Maya Ortiz\t20481234\t2011-03-04\t2"),
      ("sheet Grades row 3", "Liam Chen\t20485678\t2010-12-01\t2"),
      ("sheet Grades row 4", "Ava Brooks\t20489012\t2011-07-19\t3")]),
    ("gaps.xlsx", xlsx_bytes({"S": [("ID",), (None,), ("20481234",)]}), [("sheet S row 1", "ID"),
                                                                         ("sheet S row 3", "20481234")]),
    ("letter.docx", docx_bytes(["Dear team,", "", "the list:"], [("Name", "ID"), ("Maya Ortiz", "20481234")]),
     [("paragraph 1", "Dear team,"), ("paragraph 3", "the list:"), ("table 1 row 1", "Name\tID"),
      ("table 1 row 2", "Maya Ortiz\t20481234")]),
    ("report.pdf", pdf_bytes([["Progress report"], ["Student: Maya Ortiz", "ID 20481234"]]),
     [("page 1 line 1", "Progress report"), ("page 2 line 1", "Student: Maya Ortiz"),
      ("page 2 line 2", "ID 20481234")]),
]


@pytest.mark.parametrize("name,data,expected", MUST_EXTRACT, ids=[f"{c[0]}-{i}" for i, c in enumerate(MUST_EXTRACT)])
def test_each_reader_extracts_the_text_with_its_location(name, data, expected):
    extraction = read(name, data)
    assert extraction.note is None
    assert located(extraction) == expected


def test_the_declared_type_picks_the_reader_when_the_name_has_no_extension():
    extraction = read("export", csv_bytes(roster_rows()), "text/csv; charset=utf-8")
    assert extraction.kind == "CSV" and located(extraction)[1] == ("row 2", "Maya Ortiz\t20481234\t2011-03-04\t2")


def test_the_extension_wins_over_a_generic_declared_type():
    extraction = read("roster.xlsx", xlsx_bytes({"S": roster_rows()}), "application/octet-stream")
    assert extraction.kind == "XLSX" and extraction.segments


@pytest.mark.parametrize("name,mimetype", [("photo.png", "image/png"), ("old.xls", "application/vnd.ms-excel"),
                                           ("archive.zip", "application/zip"), ("noextension", ""),
                                           ("slides.pptx", "")])
def test_types_no_reader_takes_are_noted_not_guessed(name, mimetype):
    extraction = read(name, b"Student ID 20481234\n", mimetype)
    assert extraction.segments == ()
    assert extraction.note.startswith("not scanned: unsupported type")


def test_a_file_over_the_size_cap_is_noted_and_not_read():
    data = csv_bytes(roster_rows())
    extraction = read("roster.csv", data, max_bytes=len(data) - 1)
    assert extraction.segments == () and "over the" in extraction.note and f"{len(data):,}" in extraction.note
    assert attachments.too_large(len(data), len(data)) is None


def test_the_character_cap_keeps_the_first_part_and_says_the_rest_was_not_read():
    extraction = read("roster.csv", csv_bytes(roster_rows(5000)), max_chars=1000)
    assert sum(len(s.text) + 1 for s in extraction.segments) <= 1000
    assert extraction.segments[0].location == "row 1"
    assert extraction.note.startswith("partly scanned")


def test_a_capped_workbook_is_closed_when_reading_stops():
    extraction = read("big.xlsx", xlsx_bytes({"S": roster_rows(2000)}), max_chars=500)
    assert extraction.note.startswith("partly scanned") and extraction.segments


def _encrypted_xlsx() -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(xlsx_bytes({"Grades": roster_rows()}))).encrypt("Owl-Night-55", out)
    return out.getvalue()


@pytest.mark.parametrize("name,build,kind", [
    ("grades.xlsx", _encrypted_xlsx, "XLSX"),
    ("report.pdf", lambda: pdf_bytes([["ID 20481234"]], password="Owl-Night-55"), "PDF"),
])
def test_password_protected_files_are_noted_as_encrypted(name, build, kind):
    extraction = read(name, build())
    assert extraction.segments == ()
    assert extraction.note == f"not scanned: the {kind} file is encrypted or password-protected"


def test_a_pdf_with_only_an_owner_password_is_read_as_viewers_read_it():
    extraction = read("report.pdf", pdf_bytes([["ID 20481234"]], password=""))
    assert located(extraction) == [("page 1 line 1", "ID 20481234")]


@pytest.mark.parametrize("name,data", [
    ("grades.xlsx", b"PK\x03\x04 not really a zip"),
    ("grades.xlsx", xlsx_bytes({"S": roster_rows()})[:2000]),
    ("grades.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),   # a legacy .xls renamed
    ("letter.docx", xlsx_bytes({"S": roster_rows()})),                    # a zip, but not a Word document
    ("letter.docx", b"plain words"),
    ("report.pdf", b"%PDF-1.4\n1 0 obj broken"),
    ("report.pdf", b"just text named .pdf"),
    ("roster.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),             # binary with a text name
])
def test_damaged_or_misnamed_files_are_noted_without_a_traceback(name, data, caplog):
    extraction = read(name, data)
    assert extraction.segments == ()
    assert extraction.note.startswith("not scanned: the file could not be read as")
    assert "Traceback" not in caplog.text


def test_a_pdf_without_a_text_layer_says_no_text_was_found():
    extraction = read("scan.pdf", pdf_bytes([[]]))
    assert extraction.segments == () and extraction.note.startswith("scanned: no text found")
