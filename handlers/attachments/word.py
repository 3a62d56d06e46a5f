"""Word documents (.docx): paragraphs and table rows in document order, "paragraph 7", "table 2 row 3".

Table rows are tab-joined like spreadsheet rows, so a roster pasted into Word as a table is read with its
header's labels.
"""
from __future__ import annotations

import io
from collections.abc import Iterator

from handlers.attachments import Reader, Segment
from handlers.attachments.delimited import row_text
from handlers.attachments.xlsx import check_container


def blocks(data: bytes) -> Iterator[Segment]:
    import docx
    from docx.table import Table

    check_container(data)
    document = docx.Document(io.BytesIO(data))
    paragraphs = tables = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            tables += 1
            for number, row in enumerate(block.rows, start=1):
                yield Segment(f"table {tables} row {number}", row_text(cell.text for cell in row.cells))
        else:
            paragraphs += 1
            yield Segment(f"paragraph {paragraphs}", block.text)


READER = Reader(kind="DOCX", extensions=(".docx",),
                mimetypes=("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
                read=blocks)
