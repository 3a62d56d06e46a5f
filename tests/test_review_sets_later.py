"""Regression floors on the later review sets (review-aa onwards); the floors and the checks are in
tests/labelled_set_floors.py, the one-letter sets are checked in test_review_sets.py. Split so that
`--dist loadfile` puts the two halves on different workers; a new set's floor goes into FLOORS and is checked
here."""
from __future__ import annotations

import pytest

from tests.labelled_set_floors import (
    EARLY_SETS,
    FLOORS,
    LATER_SETS,
    messages_keep_their_floors,
    questions_keep_their_floors,
    with_messages,
)


def test_every_set_with_a_floor_is_checked_in_one_of_the_two_files():
    assert sorted(EARLY_SETS + LATER_SETS) == sorted(FLOORS)
    assert len(LATER_SETS) >= 17 and not set(EARLY_SETS) & set(LATER_SETS)


@pytest.mark.parametrize("name", LATER_SETS)
def test_review_set_questions_keep_their_verdicts_and_citations(name):
    questions_keep_their_floors(name)


@pytest.mark.parametrize("name", with_messages(LATER_SETS))
def test_review_set_messages_keep_their_precision_and_recall(name):
    messages_keep_their_floors(name)
