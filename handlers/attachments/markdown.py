"""Markdown (.md): read line by line like plain text; the scanner reads through its markup and tables."""
from __future__ import annotations

from handlers.attachments import Reader
from handlers.attachments.plain import lines

READER = Reader(kind="Markdown", extensions=(".md", ".markdown"), mimetypes=("text/markdown", "text/x-markdown"),
                read=lines)
