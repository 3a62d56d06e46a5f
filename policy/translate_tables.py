"""`str.translate` tables that answer for every ASCII character.

CPython's `str.translate` looks each character up in the table; a character the table leaves out costs a
raised and swallowed LookupError, which on short values (a phone number, an SSN, a label's neighbourhood) is
most of the call: about three times slower than a table that maps the character to itself. The scanner
translates a few values per finding, so every table it uses is built here, total over ASCII. The result of
a translation is the same either way (an unlisted character is left as it is).
"""
from __future__ import annotations


def ascii_table(*maketrans_args: str | dict[str, str]) -> dict[int, int | str | None]:
    """`str.maketrans(*maketrans_args)`, with every other ASCII character mapped to itself."""
    table: dict[int, int | str | None] = {code: code for code in range(128)}
    table.update(str.maketrans(*maketrans_args))  # type: ignore[arg-type]
    return table
