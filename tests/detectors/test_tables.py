"""The table reader (policy/detectors/tables.py): header rows of Markdown, CSV, TSV and semicolon pastes,
column roles from header words and from the cells, and each row's cells in text offsets."""
from __future__ import annotations

from policy.detectors.registry import build_registry
from policy.detectors.tables import read_tables, record_rows
from policy.scanner import scan


def _tables(text: str):
    return read_tables(text, build_registry().label_kind_of)


def test_a_markdown_table_skips_its_rule_row_and_outer_pipes():
    text = "| Name | Student ID |\n|---|:---:|\n| Ava Lin | 50912834 |"
    (table,) = _tables(text)
    assert [c.header for c in table.columns] == ["Name", "Student ID"]
    assert [text[a:b] for a, b in table.rows[0]] == ["Ava Lin", "50912834"]
    assert table.columns[0].role == "name" and table.columns[1].label == "student_id"


def test_csv_tsv_and_semicolon_headers_are_read():
    for delimiter in (",", "\t", ";"):
        text = delimiter.join(["first", "score"]) + "\n" + delimiter.join(["Kiara", "88"])
        (table,) = _tables(text)
        assert [c.role for c in table.columns] == ["name", "record"], delimiter


def test_a_grade_column_is_a_record_only_when_its_cells_are_marks():
    marks = _tables("Student,Grade\nAva,B+\nBen,72%")[0]
    levels = _tables("Student,Grade\nAva,3\nBen,K")[0]
    assert marks.columns[1].role == "record"
    assert levels.columns[1].role is None
    assert record_rows(levels) == []


def test_a_sentence_with_commas_is_no_table():
    assert _tables("Thanks, Maria, see you at 3\nSure, bring the forms") == []


def test_a_header_with_a_long_number_is_a_row_of_data_not_a_header():
    assert _tables("Ava,50912834,B+\nBen,50912835,C") == []


def test_a_pasted_roster_flags_every_row():
    roster = "name,student_id,dob\nAna Ruiz,61027734,2014-03-02\nBo Chen,61027801,2013-12-30\n"
    found = scan(roster)
    assert [f.type for f in found].count("student_id") == 2
    assert [f.type for f in found].count("date_of_birth") == 2


def test_rows_with_a_name_and_a_record_column_are_records_each():
    text = "Name\tAbsences\tNotes\nDarnell\t14\tcalls home\nYara\t\tnone"
    found = [text[f.start:f.end] for f in scan(text) if f.type == "student_record"]
    assert found == ["Darnell\t14"]
