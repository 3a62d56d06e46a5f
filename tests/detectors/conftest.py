"""Helpers shared by the detector tables (tests/detectors/test_<type>.py), as fixtures so that no test
module imports another."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from policy.scanner import scan


def _values_of(text: str, ftype: str) -> list[str]:
    return [text[f.start:f.end] for f in scan(text) if f.type == ftype]


@pytest.fixture
def values_of() -> Callable[[str, str], list[str]]:
    """The original text of every finding of one type, in text order."""
    return _values_of


@pytest.fixture
def types_in() -> Callable[[str], set[str]]:
    return lambda text: {f.type for f in scan(text)}


@pytest.fixture
def assert_flagged() -> Callable[[str, str, object], None]:
    """`expected` None: at least one finding of the type; a string: one of the type's findings; a list:
    exactly the type's findings, in any order."""

    def check(text: str, ftype: str, expected: object) -> None:
        found = _values_of(text, ftype)
        everything = [(f.type, text[f.start:f.end]) for f in scan(text)]
        assert found, f"no {ftype} in {text!r}; found {everything}"
        if isinstance(expected, str):
            assert expected in found, everything
        elif expected is not None:
            assert sorted(found) == sorted(expected), everything

    return check
