"""The RE2::Set prefilter only skips what cannot match, on the later review sets (review-aa onwards: every set
whose name is not one letter): every message gives the same findings with the prefilter and without it
(`scan(..., prefilter=False)` runs every unit and every normalisation pass).

The other half of the labelled messages (the one-letter sets and the school-chat batches) is checked in
test_prefilter_early_review_sets_and_school_chat.py, so that `--dist loadfile` can put the halves on different
workers; new sets land here, which keeps the halves near even as this half grows."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from policy.scanner import scan

ROOT = Path(__file__).resolve().parents[2]
LATER_REVIEW_SETS = sorted(p for p in (ROOT / "eval").glob("review-*/messages.jsonl")
                           if len(p.parent.name) != len("review-a"))


def _texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_later_sets_are_found():
    assert len(LATER_REVIEW_SETS) >= 15
    assert sum(len(_texts(p)) for p in LATER_REVIEW_SETS) > 500


@pytest.mark.parametrize("path", LATER_REVIEW_SETS, ids=lambda p: p.parent.name)
def test_the_prefilter_never_changes_what_is_found(path: Path):
    texts = _texts(path)
    assert texts
    for text in texts:
        assert scan(text) == scan(text, prefilter=False), text
