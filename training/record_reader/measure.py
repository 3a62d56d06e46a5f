"""Diagnostic only: what the record reader's second look changes on labelled message sets, against the unit's rules
alone (the look switched off for the comparison).

    python -m training.record_reader.measure [SET.jsonl ...]     # default: the review sets and school-chat

For each message, the scanner's own findings with the look switched off; then, where they hold no student_record
and a gate word occurs, the second look as the unit asks it (policy/detectors/record_reader.py `second_look`).
Prints, per set, student_record precision and recall by message (as tools/score.py counts a type) with the rules
alone and with the look, and message-level precision/recall both ways. Nothing here tunes anything: the threshold
and the gate come from the training corpus (train.py).
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from unittest.mock import patch

import re2

from policy.detectors import record_reader
from policy.detectors.base import Candidate
from policy.detectors.context import ScanContext
from policy.detectors.record_reader import GATE
from policy.detectors.registry import build_registry
from policy.document import DEFAULT_POLICY, load_policy
from policy.normalize import normalize
from policy.scanner import scan

ROOT = Path(__file__).resolve().parents[2]
TYPE = "student_record"


def _no_look(ctx: ScanContext, finding_type: str, detector: str) -> Iterator[Candidate]:
    return iter(())


def _types(text: str, look: bool) -> tuple[set[str], set[str]]:
    """The types found with the rules alone (the unit's second look switched off), and with the look."""
    with patch.object(record_reader, "second_look", _no_look):
        rules = {f.type for f in scan(text)}
    if TYPE in rules or not look or re2.search(GATE, text) is None:
        return rules, rules
    # the text the units read: normalised as the scanner does ("Ｒｏｏｍ ３０１" is "Room 301")
    ctx = ScanContext(normalize(text).text, load_policy(DEFAULT_POLICY).district, build_registry(), None, None)
    added = {TYPE} if any(True for _ in record_reader.second_look(ctx, TYPE, "record_reader")) else set()
    return rules, rules | added


def _pr(tp: int, fp: int, fn: int) -> str:
    return f"P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} (tp {tp} fp {fp} fn {fn})"


def measure(path: Path) -> str:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = {k: [0, 0, 0, 0, 0, 0] for k in ("rules", "look")}    # type tp fp fn, message tp fp fn
    for row in rows:
        expected = set(row.get("types", ()))
        for key, found in zip(("rules", "look"), _types(row["text"], True), strict=True):
            c = counts[key]
            c[0] += TYPE in found and TYPE in expected
            c[1] += TYPE in found and TYPE not in expected
            c[2] += TYPE not in found and TYPE in expected
            c[3] += bool(found) and bool(row.get("flag"))
            c[4] += bool(found) and not row.get("flag")
            c[5] += not found and bool(row.get("flag"))
    r, lk = counts["rules"], counts["look"]
    return (f"{path.parent.name}/{path.name}: student_record rules {_pr(*r[:3])} -> look {_pr(*lk[:3])}; "
            f"messages rules {_pr(*r[3:])} -> look {_pr(*lk[3:])}")


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    paths = [Path(a) for a in args] or [*sorted((ROOT / "eval").glob("review-*/messages.jsonl")),
                                        *sorted((ROOT / "eval" / "school-chat").glob("*.jsonl"))]
    for path in paths:
        print(measure(path), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
