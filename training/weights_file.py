"""Where a trainer's weights go: written, or compared with the shipped file (`--check`)."""
from __future__ import annotations

from pathlib import Path


def write_or_check(text: str, out: Path, check: bool) -> int:
    """Write the weights file's text to `out`, or with `check` only say whether `out` already holds it (exit status
    1 when it does not: the shipped weights are out of date)."""
    if check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print("shipped weights are", "up to date" if same else "OUT OF DATE")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0
