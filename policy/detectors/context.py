"""What the detectors know about one message besides the candidate itself: nearby labels ("SSN", "routing",
"ticket", "main office"), the column a value sits in when the message holds a pasted table, and the
person names it mentions.

Everything here is computed once per message in linear time (one RE2 pass for labels, one line walk for
tables, one pass for capitalised words); lookups are binary searches, so context costs O(log n) per
candidate and a megabyte message stays linear.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar, overload

from policy.detectors.bound import budget_for
from policy.detectors.patterns import UNANCHORED, Pattern
from policy.detectors.tables import Column, Table, is_placeholder_name, read_tables
from policy.document import District
from policy.translate_tables import ascii_table

if TYPE_CHECKING:  # pragma: no cover
    from policy.detectors.registry import Registry


class Label(NamedTuple):
    kind: str
    start: int
    end: int


_T = TypeVar("_T")
_new_label = partial(tuple.__new__, Label)  # without Label's Python-level __new__: one per label of a message
_UNKNOWN = object()


class lazy(Generic[_T]):
    """A per-instance cached attribute: computed on first use, then a plain attribute. (functools'
    cached_property takes a lock on every first access in Python 3.11, which costs more than the work here.)

    The value is stored by `setattr`, never through `obj.__dict__`: reading `__dict__` turns the instance's
    attribute values into a dict object of their own, and every attribute read of that ScanContext (its text, its
    bytes, its registry, on every candidate of every unit) then misses the interpreter's specialised read."""

    def __init__(self, fn: Callable[[ScanContext], _T]) -> None:
        self.fn = fn
        self.name = fn.__name__

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> lazy[_T]: ...

    @overload
    def __get__(self, obj: ScanContext, owner: type | None = None) -> _T: ...

    def __get__(self, obj: ScanContext | None, owner: type | None = None) -> lazy[_T] | _T:
        if obj is None:
            return self
        value = self.fn(obj)
        setattr(obj, self.name, value)  # (a non-data descriptor: the instance's own value shadows it from now on)
        return value


# label kinds a header line can hand down to the lines listed under it
_LISTABLE = frozenset({"dob", "student_id", "ssn", "phone", "home", "routing", "account", "card", "password",
                       "pin", "login"})
# a header names its kind first; a label after "for"/"from" in the same line says what the list is for or whom it
# came from ("SSN for the ref's W-9:", "DOBs for the PO request:"), not a second kind of value
_HEADER_PURPOSE = re.compile(r"(?i)\b(?:for|from)\b")
# and a label inside a bracketed aside of the header ("SSN (sent by text):") is the aside's word


def _in_an_aside(text: str, lo: int, pos: int) -> bool:
    return text.rfind("(", lo, pos) > text.rfind(")", lo, pos)


# every ASCII digit as "0", so a run of four or more digits (a value of its own, not "2nd" or "4th period")
# is found by one substring test
_DIGITS_AS_ZERO = ascii_table("123456789", "000000000")


_NOT_NAMES: dict[int, tuple[District, frozenset[str]]] = {}
# the readers of shared candidates that live in other modules, once imported (the student ID unit imports this module)
_READERS: dict[str, Callable[[ScanContext], list[tuple[int, int]]]] = {}
_NAME_READER: list[Callable[[str, frozenset[str], bytes | None], list[tuple[int, int]]]] = []


def _not_names(district: District) -> frozenset[str]:
    """The district's system and place names, lower-cased: capitalised words that are nobody's name. Built once
    per district (the district is immutable), not once per message that looks for names."""
    cached = _NOT_NAMES.get(id(district))
    if cached is not None and cached[0] is district:
        return cached[1]
    words = district.system_words() | {p.lower() for p in district.place_names}
    if len(_NOT_NAMES) >= 16:
        _NOT_NAMES.clear()
    _NOT_NAMES[id(district)] = (district, words)  # the reference keeps the id from being reused
    return words


# after a label: "for"/"of" and words naming a purpose or an owner (no number, no sentence end), then ":", "=" or
# "is" giving the value, and only the list's earlier values between that and the value
_QUALIFIED_CLAUSE = Pattern(r"(?i)^[ \t]+(?:for|of)[ \t]+[^\n\d:;.!?=]{1,72}(?:[ \t]*[:=]|[ \t]+is)[ \t]*"
                            r"(?:\d{8}[ \t]*(?:[,;/|&][ \t]*|and[ \t]+)?)*$")

# longer than a chat message: whole-text answers are kept (`ScanContext.holds`)
_SHORT_TEXT = 2048


class ScanContext:
    def __init__(self, text: str, district: District, registry: Registry,
                 fired: frozenset[str] | None = None, ascii_bytes: bytes | None = None) -> None:
        """`ascii_bytes`: `text` already encoded, when the caller has it (the scanner's prefilter pass)."""
        self.text = text
        # the text as bytes when it is ASCII (almost every message), encoded once for every unit's RE2 passes
        self.ascii_bytes = ascii_bytes if ascii_bytes is not None else text.encode("ascii") if text.isascii() else None
        self.district = district
        self.registry = registry
        self._fired = fired
        # (start, end, type) of what the units run so far on this message have found, in the text's offsets: the
        # scanner adds each candidate as it comes, so a unit sees its predecessors' findings (empty when a unit is
        # run on a context of its own)
        self.found: list[tuple[int, int, str]] = []
        if "\n" not in text:
            # one line (most chat): no pasted table and no list under a header, so the lazy attributes that
            # would find them are answered here, without a call each for every unit that asks
            self.tables: list[Table] = []
            self._all_cells: list[tuple[int, int, str | None, Table, Column]] = []
            self._cells: list[tuple[int, int, str]] = []
            self._rows: list[tuple[int, int, str]] = []

    def holds(self, needle: str) -> bool:
        """Whether the message holds `needle`. A unit that asks for each of its candidates would search a long paste
        once per candidate (quadratic in thousands of numbers), so past a chat message's length the answer is kept;
        a chat message is cheaper to search again than to look the answer up."""
        if len(self.text) < _SHORT_TEXT:
            return needle in self.text
        known = self.__dict__.setdefault("_holds", {})
        if needle not in known:
            known[needle] = needle in self.text
        return bool(known[needle])

    def fired(self, trigger: str) -> bool:
        """Whether the scanner's Set pass saw this trigger pattern (always True when it did not run): a unit's
        pattern family whose trigger is absent cannot match, so its pass is skipped."""
        return self._fired is None or trigger in self._fired

    def fired_among(self, triggers: frozenset[str]) -> frozenset[str]:
        """Which of `triggers` the Set pass saw (all of them when it did not run): one set operation where a
        unit with many pattern families would otherwise ask `fired` once per family."""
        return triggers if self._fired is None else self._fired & triggers

    # -- labels ---------------------------------------------------------------------------------------------

    @lazy
    def labels(self) -> list[Label]:
        found = []
        ends: list[int] = []
        registry = self.registry
        known = registry.kind_cache  # the usual answer, without a method call per label
        text = self.text
        data = self.ascii_bytes
        pattern = registry.label_spans
        match = pattern.raw_match
        # ASCII text (almost every message): `Pattern.spans`'s searches made here, from the same positions, and each
        # span typed as it comes, without a list of spans between; otherwise that list, read in the same loop
        listed = iter(pattern.spans(text, data)) if match is None or data is None else None
        pos = 0
        end = len(data) if data is not None else 0
        stop = end + 1 if pattern.may_end_empty else end
        # the first MOST_MATCHES label spans, like every search over the message (bound.py): the units read each
        # label's value, and a message of thousands of labels is a paste or an attack its first ones have flagged
        budget = budget_for(text) if listed is None else None  # (`spans` applies the bound itself)
        while True:
            if listed is None:
                if pos >= stop:
                    break
                a, b = match(UNANCHORED, data, pos, end)[0]  # type: ignore[misc,arg-type]  # (both set on this path)
                if a < 0:
                    break
                if budget is not None and not budget.take(a, b):
                    break
                pos = b if b > pos else pos + 1  # an empty match must still move forward
            else:
                span = next(listed, None)
                if span is None:
                    break
                a, b = span
            # one character of right context: a fragment may end on a word boundary ("account #|4412...")
            snippet = text[a:b + 1]
            kind = known.get(snippet, _UNKNOWN)
            if kind is _UNKNOWN:
                kind = registry.kind_at(snippet)
            if kind:
                found.append(_new_label((kind, a, b)))
                ends.append(b)
        # `_last_label_before`, asked for nearly every candidate, bisects these: built in the same loop
        self._label_ends = ends
        return found

    @lazy
    def label_kinds(self) -> frozenset[str]:
        """The kinds of label the message holds: a rule that needs a kind the message lacks is decided by one
        set lookup, before any window is cut or searched."""
        return frozenset(label.kind for label in self.labels)

    @lazy
    def _label_ends(self) -> list[int]:
        self.labels  # noqa: B018 (sets _label_ends, which shadows this from now on)
        return self._label_ends

    @lazy
    def _label_starts(self) -> list[int]:
        """Fewer units ask by start (labels after a value, labels inside a span) than by end: built on the first ask."""
        return [label.start for label in self.labels]

    def labels_before(self, pos: int, window: int) -> list[Label]:
        """Labels ending within `window` characters before `pos`, nearest last."""
        hi = bisect_right(self._label_ends, pos)
        lo = bisect_left(self._label_ends, pos - window, 0, hi)
        return self.labels[lo:hi]

    def labels_after(self, pos: int, window: int) -> list[Label]:
        lo = bisect_left(self._label_starts, pos)
        hi = bisect_right(self._label_starts, pos + window, lo)
        return self.labels[lo:hi]

    def nearest_label_before(self, pos: int, window: int = 48) -> str | None:
        """The kind of the closest label before `pos`, or the column's label when `pos` is in a table."""
        cell = self._cell_kind(pos)
        if cell:
            return cell
        label = self._last_label_before(pos, window)
        return label.kind if label is not None else None

    def _cell_kind(self, pos: int) -> str | None:
        """What the table cell holding `pos` says the value is: a label written inside the cell before the value
        ("Cell: 773-..." under a column headed with a job title, in a signature's pipes), else its column's."""
        cell = self.cell_label(pos)
        if not cell:
            return None
        start = self._cells[bisect_right(self._cell_starts, pos) - 1][0]
        own = self._last_label_before(pos, pos - start)
        return own.kind if own is not None and own.start >= start else cell

    def _last_label_before(self, pos: int, window: int) -> Label | None:
        """`labels_before(pos, window)[-1]` without the slice: the units ask this for every candidate."""
        ends = self._label_ends
        hi = bisect_right(ends, pos)
        # labels do not overlap, so their ends rise: the last one ending by `pos` is in the window or none is
        return self.labels[hi - 1] if hi and ends[hi - 1] >= pos - window else None

    def governing_label(self, pos: int, window: int = 40) -> str | None:
        """Like `nearest_label_before`, but a label that another number stands between has been used up by
        that number: in "ID 66524142, dad 773-555-0184" the ID label says what the first number is, not the
        second."""
        cell = self._cell_kind(pos)
        if cell:
            return cell
        label = self._last_label_before(pos, window)
        if label is None:
            return None
        between = self.text[label.end:pos]
        if len(between) >= 4 and "0000" in between.translate(_DIGITS_AS_ZERO):
            return None
        return label.kind

    def qualified_label(self, pos: int, reach: int = 96) -> str | None:
        """The kind of the label that opens a clause qualified by what the value is for and given at `pos`:
        "Student ID for Reyna's bus pass: <value>", "IDs for the new library cards: <value> <value>". The words of
        the qualifier ("pass", "library") are what the value is for, not what it is, so the nearest label
        before the value is not its kind; the head is the nearest label the qualifier follows directly."""
        labels = self.labels_before(pos, reach)
        for label in reversed(labels):
            if _QUALIFIED_CLAUSE.search(self.text[label.end:pos]):
                return label.kind
        return None

    def has_label(self, kinds: Iterable[str], start: int, end: int) -> bool:
        wanted = kinds if isinstance(kinds, frozenset) else frozenset(kinds)
        starts = self._label_starts
        lo = bisect_left(starts, max(0, start))
        hi = bisect_left(starts, end, lo)  # a slice to the end would copy every later label: quadratic
        return any(label.kind in wanted for label in self.labels[lo:hi])

    # -- pasted tables (CSV, TSV, pipes): a column header labels every value below it -------------------

    @lazy
    def tables(self) -> list[Table]:
        return read_tables(self.text, self._header_label) if "\n" in self.text else []

    def _header_label(self, words: str) -> str | None:
        """The label kind a table header names: the whole header ("DOB", "student id") or, failing that, its
        last label ("parent cell", "guardian phone")."""
        kind = self.registry.label_kind_of(words)
        if kind:
            return kind
        found = None
        for start, end in self.registry.label_spans.spans(words):
            found = self.registry.kind_at(words[start:end + 1]) or found
        return found

    @lazy
    def _cells(self) -> list[tuple[int, int, str]]:
        """(start, end, label kind) of every table cell under a header that names a label kind. A column whose
        header names the student on each row ("Student", "Name") labels nothing: its cells are names."""
        return [(start, end, kind) for start, end, kind, _, _ in self._all_cells if kind]

    @lazy
    def _all_cells(self) -> list[tuple[int, int, str | None, Table, Column]]:
        """(start, end, label kind, table, column) of every non-empty cell of every table, in text order."""
        cells: list[tuple[int, int, str | None, Table, Column]] = []
        if "\n" not in self.text:
            return cells
        for table in self.tables:
            kinds = [None if c.role == "name" else c.label for c in table.columns]
            for row in table.rows:
                for (start, end), kind, column in zip(row, kinds, table.columns, strict=False):
                    if end > start:
                        cells.append((start, end, kind, table, column))
        cells.sort(key=lambda c: c[0])
        return cells

    @lazy
    def _all_cell_starts(self) -> list[int]:
        return [c[0] for c in self._all_cells]

    @lazy
    def _stand_in_rows(self) -> list[tuple[int, int]]:
        """(start, end) of each table row that opens with a stand-in person: its leading cells of letters only
        (at most three, as "Sample,Student" or "Doe | Jane" splits one), read together, are a placeholder name
        (tables.is_placeholder_name: "Sample Student", "Test Student", "Jane Doe"). A vendor's template row or a
        case study's row: its date, address and phone are the format's, nobody's."""
        rows: list[tuple[int, int]] = []
        for table in self.tables:
            for row in table.rows:
                leading = []
                for start, end in row[:3]:
                    cell = self.text[start:end].strip()
                    if not cell or not all(ch.isalpha() or ch in " .'-" for ch in cell):
                        break
                    leading.append(cell)
                if leading and row and is_placeholder_name(" ".join(leading)):
                    rows.append((row[0][0], row[-1][1]))
        return rows

    def in_stand_in_row(self, pos: int) -> bool:
        """Whether `pos` lies in a table row of a stand-in person (`_stand_in_rows`)."""
        return any(start <= pos < end for start, end in self._stand_in_rows) if self.tables else False

    def cell_at(self, pos: int) -> tuple[Table, Column] | None:
        """(table, column) of the table cell holding `pos`, if any."""
        if not self._all_cells:
            return None
        i = bisect_right(self._all_cell_starts, pos) - 1
        if i >= 0 and self._all_cells[i][0] <= pos < self._all_cells[i][1]:
            return self._all_cells[i][3], self._all_cells[i][4]
        return None

    @lazy
    def _cell_starts(self) -> list[int]:
        return [c[0] for c in self._cells]

    def cell_label(self, pos: int) -> str | None:
        if not self._cells:
            return None
        i = bisect_right(self._cell_starts, pos) - 1
        if i >= 0 and self._cells[i][0] <= pos < self._cells[i][1]:
            return self._cells[i][2]
        return None

    # -- lists under a header ("Birthdates for the sub:" then "Patel, Ravi: 7/30/1984" line by line) -------

    @lazy
    def _rows(self) -> list[tuple[int, int, str]]:
        """(start, end, kind) of each line listed under a header line that names one kind of value. A header
        has no long number of its own, holds labels of one listable kind only, and ends with that label or
        with ":"/"-" ("Student IDs:", "DOBs below", "needs the birthdates"); the list runs over the
        following lines that hold a digit, up to a blank line or a line without one."""
        rows: list[tuple[int, int, str]] = []
        if "\n" not in self.text or not self.labels:
            return rows
        labels, starts = self.labels, self._label_starts
        kind: str | None = None
        start = 0
        for line in self.text.split("\n"):
            line_start, start = start, start + len(line) + 1
            line_end = line_start + len(line)
            lo = bisect_left(starts, line_start)
            hi = bisect_left(starts, line_end, lo)
            if kind is not None and any(ch.isdigit() for ch in line):
                if hi == lo:  # a line with labels of its own speaks for itself
                    rows.append((line_start, line_end, kind))
                continue
            kind = None
            if hi == lo or len(line) > 120 or "0000" in line.translate(_DIGITS_AS_ZERO):
                continue
            kinds = {label.kind for label in labels[lo:hi] if not _HEADER_PURPOSE.search(
                self.text, labels[lo].end, label.start) and not _in_an_aside(self.text, labels[lo].end, label.start)}
            if len(kinds) != 1 or not kinds <= _LISTABLE:
                continue
            tail = line[labels[hi - 1].end - line_start:].strip(" \t*_~")
            if tail in ("", ":", "-", ".", "s", "s:", "below", "below:", "are", "are:") or tail.endswith(":"):
                kind = kinds.pop()
        return rows

    @lazy
    def _row_starts(self) -> list[int]:
        return [r[0] for r in self._rows]

    def row_label(self, pos: int) -> str | None:
        """The header's kind for a value on a listed line with no label of its own. Only a unit looking for
        that kind asks (a "Students:" header says what the IDs below are; it does not make a phone number on
        those lines anything else), so this is not folded into `nearest_label_before`."""
        if not self._rows:
            return None
        i = bisect_right(self._row_starts, pos) - 1
        if i >= 0 and self._rows[i][0] <= pos <= self._rows[i][1]:
            return self._rows[i][2]
        return None

    # -- shared candidates: more than one unit needs them ------------------------------------------------

    @lazy
    def person_names(self) -> list[tuple[int, int]]:
        reader = _NAME_READER
        if not reader:
            # (imported on first use, as the student IDs' reader below: a process that never scans for names never
            # loads them; an import statement run for every message that asks costs more than this test)
            from policy.detectors.names import find_person_names

            reader.append(find_person_names)
        return reader[0](self.text, _not_names(self.district), self.ascii_bytes)

    @lazy
    def name_edges(self) -> tuple[set[int], set[int]]:
        return {end for _, end in self.person_names}, {start for start, _ in self.person_names}

    @lazy
    def student_ids(self) -> list[tuple[int, int]]:
        reader = _READERS.get("student_ids")
        if reader is None:
            # (imported on first use: the student ID unit imports this module; an import statement run for every
            # message that asks costs more than the dict lookup)
            from policy.detectors.student_id import student_id_spans

            reader = _READERS["student_ids"] = student_id_spans
        return reader(self)

    def block_start(self, pos: int, reach: int) -> int:
        """Where the block (the lines since the last blank line) holding `pos` starts, looked for no further back than
        `reach` (linear in a long paste); `pos - reach` (or 0) when no blank line is that near, so a unit can tell a
        block it saw whole (a start past that bound) from a longer one."""
        lo = pos - reach if pos > reach else 0
        blank = self.text.rfind("\n\n", lo, pos)
        return blank + 2 if blank >= 0 else lo

    def window(self, start: int, end: int) -> str:
        # conditional expressions, not max(): the units cut a window around nearly every candidate
        return self.text[start if start > 0 else 0:end if end > 0 else 0]

