"""Linear time: adversarial 1 MB inputs take about four times as long as 256 KB ones, never quadratically
longer (a backtracking engine on these inputs would take minutes). The bound is generous so a busy machine
does not make it flaky; bench/bench_scan.py prints the exact figures."""
from __future__ import annotations

import time

import pytest

from policy.scanner import scan

ADVERSARIAL = {
    "digit runs": "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 2 ",
    "ssn-like": "SSN 123-45-678 ss# 98765432 ",
    "unclosed markup": "<tel:1|<@U1|<#C1|<mailto:a@",
    "private key headers": "-----BEGIN RSA PRIVATE KEY-----\nAAAA",
    "names and terms": "Ava Bell IEP Cole Dunn 504 ",
}


def _seconds(text: str) -> float:
    start = time.perf_counter()
    scan(text)
    return time.perf_counter() - start


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_scan_time_grows_linearly_on_adversarial_input(name):
    unit = ADVERSARIAL[name]
    small = (unit * (256_000 // len(unit) + 1))[:256_000]
    large = (unit * (1_024_000 // len(unit) + 1))[:1_024_000]
    _seconds(small[:10_000])  # warm up: compile patterns, load the policy
    # best of several runs: the machine is shared, and a pause in one run is not the algorithm
    t_small = min(_seconds(small) for _ in range(3))
    t_large = min(_seconds(large) for _ in range(2))
    # 4x the input: linear is ~4x; quadratic would be ~16x
    assert t_large < max(10 * t_small, 0.5), (name, t_small, t_large)
