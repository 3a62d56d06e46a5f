"""Hostile input: the scanner's work per message is bounded, and a scan the bound cut short fails closed.

Every search over a message hands the units at most `bound.MOST_MATCHES` matches of a pattern (and labels): a long
repeat of one trigger scans in a fraction of a second and is still flagged. A scan that stopped early says so (the
findings are a `scanner.Partial` with `examined_to`), and the text past that offset is never shown: `redact` and
`mask_text` withhold it. The shapes are the benchmark's (bench/bench_hostile.py), one owner for both.
"""
from __future__ import annotations

import time

import pytest

from bench.bench_hostile import SHAPES, SIZE, Shape, build
from policy.detectors.bound import MOST_MATCHES, Bound, Budget, budget_for, close_bound, may_outrun, open_bound
from policy.document import DEFAULT_POLICY, load_policy
from policy.redaction import load_second_pass, redact
from policy.scanner import Partial, examined_to, mask_text, scan

POLICY = load_policy(DEFAULT_POLICY)
# well under a second on an idle machine; generous so that a loaded shared runner does not fail a sound build
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

    def cpu_seconds() -> float:
        t0 = time.process_time()
        scan(text)
        return time.process_time() - t0

    seconds = cpu_seconds()
    if seconds >= BOUND_SECONDS:
        seconds = min(seconds, cpu_seconds())  # one retry: the machine is shared
    assert seconds < BOUND_SECONDS, f"{shape.name}: {seconds:.2f}s"
    if shape.finding is not None:
        assert shape.finding in {f.type for f in scan(text)}, shape.name


# -- a cut-short scan says so, and what it did not read does not travel ----------------------------------------

def _bus_list(values: list[str], sep: str) -> str:
    return "Emergency contacts for the field trip, please keep handy:\n" + sep.join(values) + "\nthanks all"


# (a value maker, the finding type): far more values than the bound, made up, each unique
LONG_LISTS = {
    "phones": (lambda i: f"(773) 555-{i:04d}", "personal_phone"),
    "ssns": (lambda i: f"6{i // 100 % 100:02d}-4{i // 10 % 10}-{1000 + i:04d}", "ssn"),
    "emails": (lambda i: f"guardian.{i}.rivas@gmail.com", "personal_email"),
    "student_ids": (lambda i: f"student id {40_000_000 + i * 7}", "student_id"),
}
COUNT = MOST_MATCHES * 6


@pytest.mark.parametrize("sep", ["\n", " "], ids=["one_a_line", "space_separated"])
@pytest.mark.parametrize("kind", sorted(LONG_LISTS))
def test_a_list_longer_than_the_bound_leaves_no_value_in_the_redacted_text(kind: str, sep: str) -> None:
    make, ftype = LONG_LISTS[kind]
    values = [make(i) for i in range(COUNT)]
    text = _bus_list(values, sep)
    found = scan(text)
    assert ftype in {f.type for f in found}  # still flagged
    shown = redact(text, policy=POLICY)
    leaked = [v for v in values if v in shown.text or v.split()[-1] in shown.text]
    assert not leaked, (kind, len(leaked), leaked[:3])
    if isinstance(found, Partial):
        assert shown.partial and shown.text.endswith(load_second_pass().withheld_rest)


def test_a_cut_short_scan_says_where_it_stopped_and_everything_before_was_read() -> None:
    values = [f"cell 312-555-{i:04d}" for i in range(COUNT)]
    text = "Sub list for Monday: " + ", ".join(values)
    found = scan(text)
    assert isinstance(found, Partial)
    cut = examined_to(found, text)
    assert 0 < cut < len(text)
    # every phone wholly before the mark is a finding
    before = [i for i, v in enumerate(values) if text.index(v) + len(v) <= cut]
    assert len([f for f in found if f.type == "personal_phone"]) >= len(before) > 0


def test_the_masked_text_of_a_cut_short_scan_stops_at_the_mark() -> None:
    values = [f"(312) 5{i // 10_000 % 10}5-{i % 10_000:04d}" for i in range(COUNT)]
    text = "home phones: " + " / ".join(f"home {v}" for v in values)
    found = scan(text)
    assert isinstance(found, Partial)
    shown = mask_text(text, found)  # (the CLI's masked text for a person)
    assert not any(v in shown for v in values)
    assert shown.endswith(load_second_pass().withheld_rest)


def test_an_ordinary_message_is_read_whole_and_returns_a_plain_list() -> None:
    text = "Reminder: Ms. Okafor's cell is 872-555-0199 if the bus is late, and the gate code is 4471."
    found = scan(text)
    assert type(found) is list and examined_to(found, text) == len(text)
    assert redact(text, policy=POLICY).partial is False


def test_a_pasted_list_below_the_bound_has_every_value_found() -> None:
    count = MOST_MATCHES // 2
    rows = [f"row {i}: mobile 415-555-{i:04d}" for i in range(count)]
    text = "Parent volunteers who said yes, with numbers:\n" + "\n".join(rows)
    found = scan(text)
    assert type(found) is list
    assert len([f for f in found if f.type == "personal_phone"]) == count


# sentences a long incident write-up is made of: names, capitalised words, times and rooms, no value to find
_LETTER_SENTENCES = (
    "Desmond told me the late bus never came.", "Priya left her Chromebook in the library again.",
    "I phoned the Main Office at 10:15 and waited.", "Mr. Halvorsen asked me to write it all down.",
    "We met in Room 118 on Thursday, April 9.", "Then Theo and Lucia argued over the Science Fair poster.",
    "The Spanish Club flyer went up on Monday.", "Coach Brennan moved practice to the North Gym.",
    "Please see the attached notes from the 504 meeting.",
)


def test_a_long_letter_of_ordinary_prose_is_read_whole() -> None:
    """The bound is on costly work per match, not on words: a write-up of some 3,000 words with a capitalised word
    every few (far more than the bound) is read to its end, so nothing of it is withheld."""
    text = " ".join(_LETTER_SENTENCES[i % len(_LETTER_SENTENCES)] for i in range(420))
    assert len(text.split()) > 6 * MOST_MATCHES
    found = scan(text)
    assert type(found) is list and examined_to(found, text) == len(text)
    assert redact(text, policy=POLICY).partial is False


def test_a_hostile_run_of_name_pairs_is_still_bounded() -> None:
    """The name reader's word pass is uncut (linear), so the names it hands on carry the bound instead."""
    text = "IEP meeting sign-up:\n" + "\n".join("Marisol Quintero - IEP" for _ in range(12_000))
    t0 = time.process_time()
    found = scan(text)
    assert time.process_time() - t0 < BOUND_SECONDS
    assert isinstance(found, Partial) and examined_to(found, text) < len(text)
    assert "student_record" in {f.type for f in found}


@pytest.mark.parametrize(("refused_start", "examined"), [(2 * MOST_MATCHES + 5, 2 * MOST_MATCHES - 1),
                                                         (2 * MOST_MATCHES - 2, 2 * MOST_MATCHES - 2)])
def test_a_spent_budget_marks_the_text_examined_up_to_the_earlier_of_the_last_match_and_the_refused_one(
        refused_start: int, examined: int) -> None:
    """Every unit saw every match that ends before the last one handed on, and nothing from where the refused
    one starts (a match may overlap the one before it)."""
    bound = Bound("x" * (4 * MOST_MATCHES))
    budget = Budget(bound)
    assert all(budget.take(2 * i, 2 * i + 1) for i in range(MOST_MATCHES))
    assert bound.examined_to == len(bound.text)
    assert budget.take(refused_start, refused_start + 1) is False
    assert bound.examined_to == examined


def test_a_search_over_a_text_shorter_than_the_bound_gets_no_budget_and_a_longer_one_does() -> None:
    """A search hands on each match past the one before, so a text of n characters yields at most n + 1 matches: a
    text shorter than the bound cannot spend a budget, and none is opened for it (the scanner's common case)."""
    short, long = "pin 1 " * ((MOST_MATCHES - 1) // 6), "pin 1 " * MOST_MATCHES
    assert len(short) < MOST_MATCHES <= len(long)
    bound, token = open_bound(short)
    try:
        assert not may_outrun(short) and budget_for(short) is None
    finally:
        close_bound(token)
    bound, token = open_bound(long)
    try:
        assert may_outrun(long) and isinstance(budget_for(long), Budget)
    finally:
        close_bound(token)


def test_a_message_just_under_the_bound_packed_with_one_digit_values_is_read_whole() -> None:
    """Just under MOST_MATCHES characters of one-digit keypad steps: as many matches of a digit pattern as the text can
    hold, and the scan still reads all of it."""
    text = ("Keypad steps for the band room door, one per press: " + "7 " * 240)[:MOST_MATCHES - 1]
    found = scan(text)
    assert type(found) is list and examined_to(found, text) == len(text)
