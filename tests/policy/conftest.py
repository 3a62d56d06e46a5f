"""Shared helpers for the policy-reading tests: answer a question as the batch interface does, read a question
into concepts and frames, and check a verdict with the citation it rests on."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from handlers.ask import AskReply, answer, explain
from policy.bundle import load_bundle
from policy.concepts import Reading
from policy.situation import Situation

UNACCEPTABLE = "Staff Policy on Unacceptable Use"
REPORT = "Report Improper Conduct"

# The key a question table uses for a section it expects cited (an item is cited by its number).
SECTION_KEYS = {
    "mobile": "Staff to Student Mobile Device Communications",
    "exception": "Exception to Policy",
    "social": "Staff to Student Social Media Communications",
    "staff": "Staff to Staff Mobile Device Communication",
    "note": "Special Note",
    "report": REPORT,
}
VERDICTS = frozenset({"allowed", "conditional", "prohibited", "under_review", "clarify", "not_covered"})


def citation_keys(reply: AskReply) -> set[int | str]:
    """The items and section keys a reply cites, in the tables' terms."""
    keys: set[int | str] = set()
    for citation in reply.citations:
        if citation.item is not None:
            keys.add(citation.item)
        else:
            keys.update(k for k, section in SECTION_KEYS.items() if section == citation.section)
    return keys


@pytest.fixture(scope="session")
def check_answer() -> Callable[[str, set[str], set[int | str]], None]:
    """The one checker for question tables: the verdict must be one of `verdicts`, and unless it is not_covered the
    reply must cite at least one of `cites` (an empty set accepts any). Accepting several verdicts is for wording
    that honestly allows several readings; the explanation is printed on a miss so the fix goes into a concept, a
    frame or a rule, never a phrase for one question."""
    def check(question: str, verdicts: set[str], cites: set[int | str]) -> None:
        assert verdicts and verdicts <= VERDICTS, f"unknown verdict in {verdicts}"
        # a row that takes "allowed" and "prohibited" alike pins nothing a teacher would act on
        assert not {"allowed", "prohibited"} <= verdicts, f"a row may not accept both allowed and prohibited: {question}"
        assert all(isinstance(c, int) or c in SECTION_KEYS for c in cites), f"unknown citation key in {cites}"
        reply = answer(question)
        assert reply.verdict in verdicts, (reply.verdict, reply.answer, explain(question))
        if cites and reply.verdict != "not_covered":
            assert cites & citation_keys(reply), (sorted(citation_keys(reply), key=str), explain(question))
    return check


def pytest_make_parametrize_id(config, val, argname):
    """Readable ids for table rows: the question's first words and the expected verdicts and citations."""
    if argname == "question" and isinstance(val, str):
        return val[:60]
    if argname in ("verdicts", "cites") and isinstance(val, (set, frozenset)):
        return "+".join(sorted(map(str, val))) or "any"
    return None


@pytest.fixture(scope="session")
def ask() -> Callable[[str], dict]:
    """The `aupbot ask --jsonl` line for a question."""
    return lambda question, **kw: answer(question, **kw).to_json()


@pytest.fixture(scope="session")
def understanding():
    return load_bundle().understanding


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
