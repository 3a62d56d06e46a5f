"""A trainer's weights file: its text (the readers' format, policy/second_reader.py `SecondReader`), written or
compared with the shipped file (`--check`)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from policy.second_reader import weight_lines


def weights_text(header: dict[str, Any], checks: list[dict[str, Any]], names: Any, coef: Any) -> str:
    """The file's text: the header, the trainer's own predictions on a sample, then each feature with a non-zero
    weight (`names` the vectorizer's feature names, `coef` the model's classes-by-features weights)."""
    weights: dict[str, list[tuple[int, float]]] = {}
    for j in np.flatnonzero(np.abs(coef).sum(axis=0)):
        col = coef[:, j]
        weights[str(names[j])] = [(int(k), float(col[k])) for k in np.flatnonzero(col)]
    return "".join(json.dumps(part, separators=(",", ":"), ensure_ascii=False) + "\n"
                   for part in (header, checks)) + weight_lines(weights)


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
