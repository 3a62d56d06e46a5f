"""Hostile input: a long message that repeats one unit's trigger must scan in bounded time and still be flagged.

The shapes (a label with a value, a label alone, a value alone, separators, a table's header and many rows) are
the benchmark's (bench/bench_hostile.py), one owner for both. Every unit is handed at most
`patterns.MOST_MATCHES` matches of a pattern and labels of a message: the bound holds these to a fraction of a
second, and an ordinary message never reaches it.
"""
from __future__ import annotations

import time

import pytest

from bench.bench_hostile import SHAPES, SIZE, Shape, build
from policy.detectors.patterns import MOST_MATCHES
from policy.scanner import scan

# well under a second on an idle machine; generous so that a loaded CI runner does not fail a sound build
BOUND_SECONDS = 2.0


@pytest.fixture(scope="module", autouse=True)
def compiled_patterns() -> None:
    """RE2 compiles each unit's patterns on first use: that one-off cost is not the message's."""
    for shape in SHAPES:
        scan(build(shape, 2_000), prefilter=False)


# -- speed -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_a_long_repeat_of_one_trigger_scans_in_bounded_time_and_keeps_its_finding(shape: Shape) -> None:
    text = build(shape)
    assert len(text) > SIZE * 0.9
    t0 = time.perf_counter()
    findings = scan(text)
    seconds = time.perf_counter() - t0
    assert seconds < BOUND_SECONDS, f"{shape.name}: {seconds:.2f}s"
    if shape.finding is not None:
        assert shape.finding in {f.type for f in findings}, shape.name


# -- the bound never costs an ordinary message a finding ------------------------------------------------------

def _luhn_number(seed: int) -> str:
    body = f"4{seed:014d}"
    for last in "0123456789":
        digits = [int(c) for c in body + last]
        total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(reversed(digits)))
        if total % 10 == 0:
            return body + last
    raise AssertionError("unreachable")


def test_a_pasted_list_below_the_bound_has_every_value_found() -> None:
    count = MOST_MATCHES // 2
    rows = [f"refund {i}: card {_luhn_number(7_300_000 + i * 37)}" for i in range(count)]
    text = "Refunds owed from the book fair, cards as the families gave them:\n" + "\n".join(rows)
    cards = [f for f in scan(text) if f.type == "payment_card"]
    assert len(cards) == count

