"""Shared helpers for the policy-reading tests: answer a question as the batch interface does, read a question
into concepts and frames, and check a verdict with the citation it rests on."""
from __future__ import annotations

from typing import Callable

import pytest

from handlers.ask import _policy_path, _reader, answer
from policy.concepts import Reading
from policy.situation import Situation

UNACCEPTABLE = "Staff Policy on Unacceptable Use"
REPORT = "Report Improper Conduct"


@pytest.fixture(scope="session")
def ask() -> Callable[[str], dict]:
    """The `aupbot ask --jsonl` line for a question."""
    return lambda question, **kw: answer(question, **kw).to_json()


@pytest.fixture(scope="session")
def understanding():
    return _reader(_policy_path())[1]


@pytest.fixture(scope="session")
def situation(understanding) -> Callable[[str], Situation]:
    return understanding.read


@pytest.fixture(scope="session")
def reading(understanding) -> Callable[[str], Reading]:
    return understanding.reading


@pytest.fixture(scope="session")
def items_cited() -> Callable[[dict], set[int]]:
    """The unacceptable-use items a reply cites."""
    return lambda reply: {c["item"] for c in reply["citations"] if c["section"] == UNACCEPTABLE}


@pytest.fixture(scope="session")
def sections_cited() -> Callable[[dict], set[str]]:
    return lambda reply: {c["section"] for c in reply["citations"]}
