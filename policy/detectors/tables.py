"""Pasted tables: Markdown, CSV, TSV, semicolon and pipe tables with a header row.

A table is read once per message: its header row, its delimiter and, for every row under the header, the
span of each cell. What a column holds comes from its header (a label the detectors know: "Student ID",
"DOB", "SSN", "cell") or from the header words of policy/data/tables.yaml (a name column; grade, score,
attendance, service and accommodation columns), and, where the header alone is ambiguous ("Grade" is a
grade level as often as a mark), from the cells themselves.

Linear: one walk over the lines; each line is split once.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from policy import yaml_loader

VOCABULARY_FILE = Path(__file__).resolve().parent.parent / "data" / "tables.yaml"
# "  ": a table aligned with spaces, as a report printed to text or pasted from a terminal ("Student    Gr   Rate");
# tried last, so a line with a real delimiter is read by it
_DELIMITERS = ("|", "\t", ",", ";", "  ")
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
MAX_HEADER_CELL = 40


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    label: str | None  # a label kind the detectors know ("student_id", "dob", ...), from the header
    role: str | None  # "name", or "record" for a column whose cells are education-record data


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    # every row under the header: a tuple of (start, end) per cell, in text offsets
    rows: tuple[tuple[tuple[int, int], ...], ...]


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, frozenset[str]]:
    data = yaml_loader.load_file(VOCABULARY_FILE) or {}
    return {key: frozenset(" ".join(str(w).lower().replace("_", " ").split()) for w in words)
            for key, words in (data.get("columns") or {}).items()}


def organisation_headers() -> frozenset[str]:
    """The header words of a column naming an organisation on each row (policy/data/tables.yaml)."""
    return _vocabulary().get("organisation", frozenset())


def header_words(cell: str) -> str:
    """A header cell's words as the vocabulary holds them: lower case, "_" and "." as spaces."""
    return _header_words(cell)


def _header_words(cell: str) -> str:
    # a trailing "#" stays: "Student #" is an ID column, "Student" a name column
    return " ".join(cell.strip(" \t*_`\"':").lstrip("#").lower().replace("_", " ").replace(".", " ").split())


_GRADED_WORK = re.compile(r"(?:unit|quiz|test|exam|ch|chapter|lesson|module|hw|homework|lab|essay|project|assessment"
                          r"|benchmark|checkpoint|cfa|interim)\s*#?\d{1,2}(?:\s+(?:test|quiz|score|exam))?$")


def _role_of(header: str) -> str | None:
    vocabulary = _vocabulary()
    words = _header_words(header)
    for role in ("name", "record", "grade", "subject", "cells"):
        if words in vocabulary.get(role, ()):
            return role
    # "Unit 4", "Quiz 3", "Ch 5 test": a piece of graded work named by its number
    if _GRADED_WORK.match(words):
        return "record"
    # "Q2 grade", "reading score", "IEP services": a record word ends the header
    last = words.rsplit(" ", 1)[-1] if words else ""
    if " " in words and last in vocabulary.get("record_last_word", ()):
        return "record"
    # "IAR Math", "MAP Reading", "ACCESS Listening": a test's name, then the subject or domain it was taken in
    # ("Access Code", "Map Link" stay unread: the rest must be a subject's or a record's word)
    head, _, rest = words.partition(" ")
    if rest and head in vocabulary.get("test_first_word", ()) and (
            rest in vocabulary.get("subject", ()) or rest in vocabulary.get("record", ())):
        return "record"
    # "absences_q1", "tardies sem 2", "q1 absences", "map score fall": a record column for one marking period or
    # season (the period's word before or after the column's own)
    if " " in words:
        core = _PERIOD_WORDS.sub("", words).strip()
        if core != words and core and (core in vocabulary.get("record", ())
                                       or core.rsplit(" ", 1)[-1] in vocabulary.get("record_last_word", ())):
            return "record"
        if core != words and core in vocabulary.get("cells", ()):
            return "cells"  # "q2_letter", "q2_pct": a period's column the cells decide
    return None


# a marking period or a season at either end of a header ("absences_q1", "Fall RIT", "sem 2 tardies", "ytd")
_PERIOD_WORDS = re.compile(r"^(?:(?:q|t|s|mp|sem|semester|quarter|term|tri|trimester)\s?[1-4]|fall|winter|spring|boy"
                           r"|moy|eoy|ytd|total|to date)\s+|\s+(?:(?:q|t|s|mp|sem|semester|quarter|term|tri|trimester)"
                           r"\s?[1-4]|fall|winter|spring|boy|moy|eoy|ytd|total|to date)$")


def _fields(line: str, delimiter: str) -> list[str]:
    """The fields of `line` between delimiters; a CSV cell in double quotes keeps the delimiters inside it
    ('"Price, Jordan","1451 W ..."': a last-name-first name or an address with its city is one cell)."""
    fields = line.split(delimiter)
    if '"' not in line or delimiter not in ",;\t":
        return fields
    joined: list[str] = []
    for field in fields:
        # a field that opened a quote and has not closed it goes on into the next one
        if joined and joined[-1].lstrip(" ").startswith('"') and joined[-1].count('"') % 2 == 1:
            joined[-1] += delimiter + field
        else:
            joined.append(field)
    return joined


def _split(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of `line`, trimmed of spaces; Markdown's outer pipes are no cells."""
    if delimiter == "  ":  # space-aligned: a cell is a run of words with single spaces between them
        return [m.span() for m in _ALIGNED_CELL.finditer(line)]
    cells = []
    pos = 0
    for field in _fields(line, delimiter):
        start, end = pos, pos + len(field)
        pos = end + 1
        while start < end and line[start] in " \t":
            start += 1
        while end > start and line[end - 1] in " \t":
            end -= 1
        cells.append((start, end))
    if delimiter == "|":
        if cells and cells[0][0] == cells[0][1]:
            cells = cells[1:]
        if cells and cells[-1][0] == cells[-1][1]:
            cells = cells[:-1]
    return cells


def _is_rule(line: str) -> bool:
    """A Markdown table's rule row: |---|:---:|."""
    stripped = line.strip()
    return bool(stripped) and set(stripped) <= set("|-: \t") and "-" in stripped


def _header(line: str, label_kind_of: Callable[[str], str | None]) -> tuple[str, list[Column]] | None:
    for delimiter in _DELIMITERS:
        if delimiter not in line:
            continue
        cells = _split(line, delimiter)
        if len(cells) < 2:
            continue
        texts = [line[a:b] for a, b in cells]
        if any(not t or len(t) > MAX_HEADER_CELL or t.replace(" ", "").isdigit() for t in texts):
            return None
        if any(t.count("(") != t.count(")") for t in texts):
            return None  # "Coat drive (after school, both vans):": a comma inside an aside splits a sentence, no row
        if sum(ch.isdigit() for ch in line) > len(cells) * 2:
            return None  # a row of data, not of names
        columns = []
        for index, text in enumerate(texts):
            words = _header_words(text)
            label = label_kind_of(words) if words else None
            if label is None and words in _vocabulary().get("home", ()) and not any(
                    _header_words(t) in _vocabulary().get("organisation", ()) for t in texts):
                label = "home"  # "Street", "Residence": where each row's family lives (not a vendor's street)
            columns.append(Column(index, text, label, _role_of(text)))
        if any(c.label or c.role for c in columns):
            return delimiter, columns
        return None
    return None


# the columns named in brackets at the end of the line over the rows ("contacts export (ID, contact, phone,
# address):", "unreturned devices (student ID \u2014 home address):"): the writer's own header for a paste without one
_BRACKETED_HEADER = re.compile(r"\(([^()]{3,200})\)[ \t]*:?[ \t]*$")
# a dash between the bracketed column names is their delimiter, as it is between the cells of the rows under them
_DASHES = ("\u2014", "\u2013", " - ")


def _bracketed_header(line: str, label_kind_of: Callable[[str], str | None]) -> tuple[str, list[Column]] | None:
    """The header named in brackets at the end of `line`, when it lists two columns or more."""
    m = _BRACKETED_HEADER.search(line)
    if m is None:
        return None
    inner = m.group(1)
    dash = next((d for d in _DASHES if d in inner), None)
    found = _header(inner, label_kind_of) or (_header(inner.replace(dash, ","), label_kind_of) if dash else None)
    if found is None:
        return None
    # an aside in prose ("(after school, both vans)") names a column now and then; a column list names most of them
    named = sum(1 for c in found[1] if c.label or c.role)
    if named < 2 or 2 * named < len(found[1]):
        return None
    return (dash, found[1]) if dash and found[0] == "," and "," not in inner else found


def read_tables(text: str, label_kind_of: Callable[[str], str | None]) -> list[Table]:
    """Every table in `text` whose header names at least one column the detectors care about."""
    tables: list[Table] = []
    if "\n" not in text:
        return tables
    # a row typed as inline code, one line each ("`name,dob`" then "`Rhea Patel,2010-02-14`"): the backticks
    # around the line are markup, read as spaces so every offset stays the text's
    lines = [" " + line[1:-1] + " " if len(line) > 2 and line[0] == "`" == line[-1] and line[1] != "`"
             else line for line in text.split("\n")]
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        found = _header(lines[i], label_kind_of) if len(lines[i]) <= 400 else None
        if found is None and i + 1 < len(lines) and lines[i].rstrip(" \t:").endswith(")"):
            found = _bracketed_header(lines[i], label_kind_of)
        if found is None:
            i += 1
            continue
        delimiter, columns = found
        rows: list[tuple[tuple[int, int], ...]] = []
        j = i + 1
        while j < len(lines):
            line = lines[j]
            if delimiter == "|" and _is_rule(line):
                j += 1
                continue
            if not line.strip() or delimiter not in line:
                break
            if line.lstrip().startswith("(") and line.rstrip().endswith(")"):
                break  # "(use these, never real grades)": an aside under the table ends it, it is no row
            cells = _split(line, delimiter)
            if abs(len(cells) - len(columns)) > 1 and delimiter != "|":
                break
            base = starts[j]
            rows.append(tuple((base + a, base + b) for a, b in cells[:len(columns)]))
            j += 1
        if rows:
            tables.append(Table(tuple(_typed_by_cells(text, c, rows) for c in columns), tuple(rows)))
        i = max(j, i + 1)
    return tables


def _looks_like_mark(value: str) -> bool:
    """A mark, not a grade level: a letter grade (A-, B+), a percentage, a score above 12, or a score with its
    letter grade beside it ("58 F", "91% A-", "B+ (88)")."""
    value = value.strip()
    if not value:
        return False
    if " " in value and len(value) <= 12:
        parts = value.replace("(", " ").replace(")", " ").split()
        if len(parts) == 2 and any(_looks_like_mark(p) and p[0].isalpha() for p in parts) \
                and any(_looks_like_mark(p) and not p[0].isalpha() for p in parts):
            return True
    if value[0] in "ABCDF" and value[1:] in ("", "+", "-") and len(value) <= 2:
        return True
    if value.endswith("%"):
        return True
    digits = value.replace(".", "", 1)
    return digits.isdigit() and float(value) > 12


# the marks of a standards-based report card: levels 1-4 (with halves and +/-), S/N/U ("satisfactory, needs
# improvement, unsatisfactory"), E/M/P/B and the two-letter forms (ME, AE, PE, NI, NY)
_STANDARDS_MARK = re.compile(r"(?:[1-4](?:\.5)?[+-]?|[SNUEMPBO][+-]?|ME|AE|PE|NI|NY|IP)$")


def _looks_like_standards_mark(value: str) -> bool:
    value = value.strip()
    return bool(value) and (_looks_like_mark(value) or _STANDARDS_MARK.match(value) is not None)


def _attendance_codes(values: list[str]) -> bool:
    """Whether a column's cells are a day's attendance codes: every cell a code, two codes or more among them and
    one an absence or a tardy ("P, A, T, P"); a column of one letter ("A, A, A") may be a group or a team."""
    vocabulary = _vocabulary()
    codes = [v.strip().lower() for v in values if v.strip()]
    return (len(codes) >= 2 and all(c in vocabulary.get("attendance_codes", ()) for c in codes)
            and len(set(codes)) >= 2 and any(c in vocabulary.get("absence_codes", ()) for c in codes))


def _meal_statuses(values: list[str]) -> bool:
    """Whether a column's cells are meal-benefit statuses (`meal_statuses` of the tables' data): every cell one, two
    kinds at least, a benefit among them ("Free, Reduced, Free"; "Free, Paid")."""
    vocabulary = _vocabulary()
    cells = [v.strip().lower() for v in values if v.strip()]
    return (len(cells) >= 2 and all(c in vocabulary.get("meal_statuses", ()) for c in cells)
            and len(set(cells)) >= 2 and any(c in vocabulary.get("meal_benefits", ()) for c in cells))


def _letter_grades(values: list[str]) -> bool:
    """Whether a column with a header nobody listed holds letter grades: every cell one ("C+, D-, F"), with a plus
    or a minus among them (a column of bare letters is as often a group, a section or a row)."""
    cells = [v.strip() for v in values if v.strip()]
    return (len(cells) >= 2 and all(len(c) <= 2 and c[0] in "ABCDF" and c[1:] in ("", "+", "-") for c in cells)
            and any(len(c) == 2 for c in cells))


def _typed_by_cells(text: str, column: Column, rows: list[tuple[tuple[int, int], ...]]) -> Column:
    """A "Grade" column is a record when its cells are marks, and a grade level (nothing) otherwise; a subject's
    column ("Reading", "Math", "Conduct") when its cells are marks of any kind, standards-based levels included
    (a schedule's subject columns hold rooms and teachers); a column whose header says too little ("Status",
    "Q2 letter") when its cells are marks or attendance codes; any other unlabelled column when its cells are
    attendance codes, letter grades with a plus or a minus or meal-benefit statuses (what the header's words did not
    say, the cells do)."""
    if column.role not in ("grade", "subject", "cells", None) or column.label is not None:
        return column
    values = [text[r[column.index][0]:r[column.index][1]] for r in rows if column.index < len(r)]
    if column.role is None or column.role == "cells":
        marked = _attendance_codes(values) or _letter_grades(values) or _meal_statuses(values) \
            or column.role == "cells" and values and \
            sum(_looks_like_mark(v) for v in values) * 2 >= len(values)
        return Column(column.index, column.header, column.label, "record" if marked else None)
    looks = _looks_like_mark if column.role == "grade" else _looks_like_standards_mark
    marks = sum(looks(v) for v in values)
    return Column(column.index, column.header, column.label, "record" if values and marks * 2 >= len(values) else None)


def name_column_trigger() -> str:
    """RE2 that occurs wherever a table has a column naming the student on each row: the prefilter's
    reason to run the record unit on a pasted table."""
    words = sorted(_vocabulary().get("name", ()), key=len, reverse=True)
    alternation = "|".join(w.replace(" ", "[ _]") for w in words)
    # a column is set off by a delimiter, or by a run of spaces in a space-aligned paste ("Name     Math  Total")
    return r"(?im)(?:^|[,\t|;]| {2})[ \t*_`\"']*(?:" + alternation + r")[ \t*_`\"']*(?:[,\t|;]| {2}|$)"


_MIN_ID_DIGITS = 4


def _identifies(cell: str) -> bool:
    """A cell that can name or identify one person: a letter, or at least an ID's few digits (not a count); a
    stand-in ("Student A", "Kid 3", "Sample Student") names no one."""
    if _is_placeholder_name(cell):
        return False
    # "| A | 2 | 3 |" under "Student": a de-identified case study's letters name no one (a name, or the two letters
    # of initials, do)
    return sum(ch.isalpha() for ch in cell) >= 2 or sum(ch.isdigit() for ch in cell) >= _MIN_ID_DIGITS


def is_placeholder_name(cell: str) -> bool:
    """Whether a name is a stand-in ("Student B", "Learner #4", "Sample Student"): a case study's or a template's
    person, no one's name (the words in tables.yaml `placeholder_name`)."""
    return _is_placeholder_name(cell)


def _is_placeholder_name(cell: str) -> bool:
    """Whether a naming cell is a stand-in: a placeholder word (tables.yaml `placeholder_name`), then at most a
    letter or a number ("Student B", "Learner #4")."""
    # "Student B — 7th grade": a stand-in, then what the case study says of it
    words = " ".join(re.split(r"\s[-–—:]\s|,", cell, maxsplit=1)[0].lower().replace("#", " ").split())
    head, _, last = words.rpartition(" ")
    if head and len(last) <= 2 and (len(last) == 1 or last.isdigit()):
        words = head
    return words in _vocabulary().get("placeholder_name", ())


def record_rows(table: Table, text: str = "", titled: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each row that names or identifies a student (a name column, or a column labelled
    as a student ID) and holds education-record data (a record column) in a non-empty cell. The naming cell
    must hold a letter or an ID's digits: "| 3 | 31 | 71% |" under "Students" counts a class, it names no one
    (a class's table of averages is no student's record). A `titled` table (its title names a record: "MAP winter
    export", "Free/Reduced list") holds the record in whatever other columns it has, whatever their headers say."""
    who = [c.index for c in table.columns if c.role == "name" or c.label == "student_id"]
    what = [c.index for c in table.columns if c.role == "record"]
    if not what and titled:
        what = [c.index for c in table.columns if c.index not in who and c.role != "name" and c.label is None]
    if not who or not what:
        return []
    found = []
    for row in table.rows:
        named = [row[i] for i in who if i < len(row) and row[i][1] > row[i][0]
                 and (not text or _identifies(text[row[i][0]:row[i][1]]))]
        data = [row[i] for i in what if i < len(row) and row[i][1] > row[i][0]]
        if named and data:
            cells = named + data
            found.append((min(c[0] for c in cells), max(c[1] for c in cells)))
    return found
