"""The readers, in the order a file name is matched against them. A district adds a format by adding a module
with a `READER` and listing it here."""
from __future__ import annotations

from handlers.attachments import Reader, delimited, markdown, pdf, plain, word, xlsx

READERS: tuple[Reader, ...] = (plain.READER, markdown.READER, delimited.CSV, delimited.TSV, xlsx.READER,
                               word.READER, pdf.READER)
