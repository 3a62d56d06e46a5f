"""Only modules in bot/store speak SQL (DESIGN.md): no statement or raw connection anywhere else in the code."""
from __future__ import annotations

import re

from bot.settings import PROJECT_ROOT

SQL = re.compile(r"""(\.execute\(|\.query\()\s*f?["'](\s*)(SELECT|UPDATE|INSERT|DELETE|PRAGMA|BEGIN|CREATE|"""
                 r"""ALTER|DROP|REPLACE|WITH)\b|sqlite3\.connect\(""", re.IGNORECASE)


def test_no_sql_outside_bot_store():
    offenders = []
    for package in ("bot", "handlers", "policy"):
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            relative = path.relative_to(PROJECT_ROOT)
            if relative.parts[:2] == ("bot", "store"):
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if SQL.search(line):
                    offenders.append(f"{relative}:{n}: {line.strip()}")
    assert not offenders, "SQL outside bot/store:\n" + "\n".join(offenders)
