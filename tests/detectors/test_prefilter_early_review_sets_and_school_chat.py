"""The RE2::Set prefilter only skips what cannot match, on the early review sets (review-a to review-z, one letter
each) and the school-chat batches: every message gives the same findings with the prefilter and without it
(`scan(..., prefilter=False)` runs every unit and every normalisation pass).

The labelled messages are split over two files by their sets' names, this one and
test_prefilter_later_review_sets.py (two or more letters), so that `--dist loadfile` can put the halves of the
check (about a minute of scanning) on different workers; one test per set names the set a difference is in."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from policy.scanner import scan

ROOT = Path(__file__).resolve().parents[2]
EARLY_REVIEW_SETS = sorted(p for p in (ROOT / "eval").glob("review-*/messages.jsonl")
                           if len(p.parent.name) == len("review-a"))
SCHOOL_CHAT = sorted((ROOT / "eval").glob("school-chat/*.jsonl"))


def _texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_early_sets_and_the_school_chat_batches_are_found():
    assert len(EARLY_REVIEW_SETS) >= 20 and len(SCHOOL_CHAT) >= 10
    assert sum(len(_texts(p)) for p in EARLY_REVIEW_SETS + SCHOOL_CHAT) > 500


def _name(path: Path) -> str:
    return path.parent.name if path.name == "messages.jsonl" else f"school-chat/{path.stem}"


@pytest.mark.parametrize("path", EARLY_REVIEW_SETS + SCHOOL_CHAT, ids=_name)
def test_the_prefilter_never_changes_what_is_found(path: Path):
    texts = _texts(path)
    assert texts
    for text in texts:
        assert scan(text) == scan(text, prefilter=False), text
