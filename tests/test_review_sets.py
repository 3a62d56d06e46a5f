"""Regression floors on the one-letter review sets (eval/README.md) and the school-chat batches; the review sets'
floors and checks are in tests/labelled_set_floors.py, the later sets are checked in test_review_sets_later.py."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from policy.scanner import scan
from tests.labelled_set_floors import (
    EARLY_SETS,
    EVAL,
    load_jsonl,
    messages_keep_their_floors,
    questions_keep_their_floors,
    with_messages,
)


@pytest.mark.parametrize("name", EARLY_SETS)
def test_review_set_questions_keep_their_verdicts_and_citations(name):
    questions_keep_their_floors(name)


@pytest.mark.parametrize("name", with_messages(EARLY_SETS))
def test_review_set_messages_keep_their_precision_and_recall(name):
    messages_keep_their_floors(name)


# The school-chat batches (eval/school-chat/, docs/detection.md): written in the voice of school staff, measured
# once at first sight, then fixed against. Floors per finding type, so a change that loses one type fails even
# when the message-level figure holds.
SCHOOL_CHAT_FLOORS = {"precision": 1.0, "recall": 0.99, "type_recall": 0.95, "type_precision": 1.0}
# Batches 11-12 (issue 11, value detectors): written for student IDs, home addresses, birth dates, SSNs and
# credentials and their look-alikes; floors on those five types. The one message-level false alarm left is a
# phone nobody owns ("Call 312-... about the field trip bus"), a phone-unit question outside those types.
VALUE_BATCHES = ("batch-11.jsonl", "batch-12.jsonl")
VALUE_TYPES = frozenset({"student_id", "home_address", "date_of_birth", "ssn", "credential"})
VALUE_BATCH_FLOORS = {"precision": 0.99, "recall": 0.98, "type_recall": 0.95, "type_precision": 1.0}
# Batches 15-16 (issue 11, fifth round): student records written before the domain taxonomies (15) and after them
# (16), never fixed against sentence by sentence, so they keep their own floors, below the fixed batches': 15 at
# 1.000 / 0.900 after the taxonomies, 16 at its first run, 0.977 / 0.717 (the false alarm, "the school psych is
# only here Mondays", predates this round).
# Batches 21-22 (records4: students written other ways, record acts on IDs, born cells): 21 written before that
# round's fixes (now 1.000 / 0.960), 22 after them in new wording, at its first run (1.000 / 0.920).
# Batches 27-28 (records8: records in plain words, threads, dictation, layouts with a notes column): 27 written
# before that round's fixes (first run 1.000 / 0.500, now 1.000 / 0.900), 28 after them in other voices (first
# run 1.000 / 0.500, then fixed as classes to 1.000 / 0.900).
# Batches 40-41 (records11: values as scanners and exports give them, homes said by layout, records from the
# domain; half look-alikes): 40 written before that round's changes (first run 1.000 / 0.773), 41 after them in
# other voices (first run 0.864 / 0.864; the base tree 0.850 / 0.773), then its place-address false alarms fixed
# as a class (0.955 / 0.955; left: course abbreviations read as names, a JSON "birth" key, a heart monitor).
# Batches 34-35 (records10: how a student is named and carried to the record, how an ID is laid out; half
# look-alikes): 34 written before that round's fixes (first run 0.895 / 0.773, now 1.000 / 1.000), 35 after them in
# other voices (first run 0.900 / 0.818, then fixed as classes to 0.957 / 1.000; the false alarm left, a first
# grader's lost tooth, is the health family's own phrase).
# Batches 44-45 (records12: students named the ways chat names them: lower case, apposition, a verb's object, a
# greeting, an aside; half look-alikes): 44 written before that round's change (first run 1.000 / 0.600; every miss
# on the person side), 45 after it in other voices (first run 0.900 / 0.450, the base tree 0.857 / 0.300; then
# chat layouts, possessives and the academic, placement and Spanish health families: 0.933 / 0.700).
FIRST_SIGHT_BATCHES = ("batch-15.jsonl", "batch-16.jsonl", "batch-21-records4.jsonl", "batch-22-records4.jsonl",
                       "batch-27-records8.jsonl", "batch-28-records8.jsonl", "batch-34-records10-A.jsonl",
                       "batch-35-records10-B.jsonl", "batch-40-records11-A.jsonl", "batch-41-records11-B.jsonl",
                       "batch-44-records12-A.jsonl", "batch-45-records12-B.jsonl", "batch-46-detect10-A.jsonl",
                       "batch-47-detect10-B.jsonl", "batch-48-detect11-A.jsonl", "batch-49-detect11-B.jsonl",
                       "batch-50-records13-A.jsonl", "batch-51-records13-B.jsonl")
# 46-47 (detect10: the weakest finding types, in chat voices): 46 written before the round's change (first run
# 1.000 / 0.968), 47 after it in other voices (first run 1.000 / 0.885)
# 48-49 (detect11: whose phone a number is, records by medical care, scores and standing, example data): 48 written
# before the round's change (first run 0.929 / 0.963, after it 0.963 / 0.963), 49 after it in other voices (first
# run 0.864 / 0.792)
# 50-51 (records13: records told in other words: places of care, treatments, results, holds, money owed, standing):
# 50 written before the round's change (first run 1.000 / 0.696, after it 1.000 / 0.957), 51 after it in other
# voices (first run 0.933 / 0.636, the base tree 0.929 / 0.591; then the full range of results, each money noun,
# a credit short, treatment told in Spanish: 0.952 / 0.909)
FIRST_SIGHT_FLOORS = {"batch-15.jsonl": (1.0, 0.9), "batch-16.jsonl": (0.97, 0.7),
                      "batch-21-records4.jsonl": (1.0, 0.96), "batch-22-records4.jsonl": (1.0, 0.92),
                      "batch-27-records8.jsonl": (1.0, 0.9), "batch-28-records8.jsonl": (1.0, 0.9),
                      "batch-34-records10-A.jsonl": (1.0, 1.0), "batch-35-records10-B.jsonl": (0.95, 1.0),
                      "batch-40-records11-A.jsonl": (1.0, 0.9), "batch-41-records11-B.jsonl": (0.95, 0.95),
                      "batch-44-records12-A.jsonl": (1.0, 0.95), "batch-45-records12-B.jsonl": (0.93, 0.7),
                      "batch-46-detect10-A.jsonl": (1.0, 0.96), "batch-47-detect10-B.jsonl": (1.0, 0.88),
                      "batch-48-detect11-A.jsonl": (0.96, 0.96), "batch-49-detect11-B.jsonl": (0.86, 0.79),
                      "batch-50-records13-A.jsonl": (1.0, 0.95), "batch-51-records13-B.jsonl": (0.95, 0.9)}


# Batches 23-24 (creds6: credentials typed in command lines, shared-account pairs, label and value on separate
# lines, passwords read out with typing instructions, look-alike credential words, codes keyed digit by digit):
# 23 written before that round's fixes, 24 after them in new wording. Floors on credentials, the type they were
# written for (23 holds one student-record false alarm on a login for "my intervention kids", another lane's).
CREDENTIAL_BATCHES = ("batch-23-creds6.jsonl", "batch-24-creds6.jsonl")
CREDENTIAL_BATCH_FLOORS = {"precision": 1.0, "recall": 0.9, "type_recall": 0.9, "type_precision": 1.0}
# Batches 25-26 (detect8: device logins, values spelled out with spaces, forms in the district's other languages,
# student IDs in every position of a note, organisations' lines, national card networks): 25 written before that
# round's fixes (first run 1.000 / 0.562), 26 after them in new wording (first run 1.000 / 0.750). Floors on the
# value types they were written for; student records in them are another lane's (one false alarm on a negative
# lunch balance, one miss on a referral to the dean).
DETECT8_BATCHES = ("batch-25-detect8.jsonl", "batch-26-detect8.jsonl")
DETECT8_TYPES = frozenset({"credential", "date_of_birth", "home_address", "student_id", "personal_phone",
                           "payment_card"})
DETECT8_BATCH_FLOORS = {"precision": 1.0, "recall": 0.96, "type_recall": 0.95, "type_precision": 1.0}
# Batches 32-33 (ids: every layout a student ID takes, half look-alikes): 32 written before the round's fixes
# (first run 1.000 / 0.875), 33 after them in other wording. Floors on their student IDs: the other types their
# messages also carry (a transcript file is a record too) are labelled by the batches' own lanes.
IDS_BATCHES = ("batch-32-ids-A.jsonl", "batch-33-ids-B.jsonl")
IDS_BATCH_FLOORS = {"precision": 1.0, "recall": 0.9, "type_recall": 0.9, "type_precision": 1.0}


def _school_chat_figures(paths: list[Path]) -> tuple[int, int, int, dict[str, Counter[str]]]:
    """(tp, fp, fn) over messages and a tp/fp/fn counter per finding type."""
    tp = fp = fn = 0
    per_type: dict[str, Counter[str]] = {}
    for path in paths:
        for it in load_jsonl(path):
            found = {f.type for f in scan(it["text"])}
            tp += bool(found) and it["flag"]
            fp += bool(found) and not it["flag"]
            fn += (not found) and it["flag"]
            expected = set(it["types"])
            for t in expected | found:
                counts = per_type.setdefault(t, Counter())
                counts["tp" if t in expected and t in found else "fp" if t in found else "fn"] += 1
    return tp, fp, fn, per_type


def _assert_floors(figures: tuple[int, int, int, dict[str, Counter[str]]], floors: dict[str, float],
                   types: frozenset[str] | None = None) -> None:
    tp, fp, fn, per_type = figures
    assert tp / (tp + fp) >= floors["precision"]
    assert tp / (tp + fn) >= floors["recall"]
    for t, c in per_type.items():
        if types is not None and t not in types:
            continue
        if c["tp"] + c["fn"]:
            assert c["tp"] / (c["tp"] + c["fn"]) >= floors["type_recall"], (t, c)
        assert c["tp"] / (c["tp"] + c["fp"]) >= floors["type_precision"], (t, c)


def test_school_chat_batches_keep_every_types_precision_and_recall():
    paths = [p for p in sorted((EVAL / "school-chat").glob("batch-*.jsonl"))
             if p.name not in VALUE_BATCHES + FIRST_SIGHT_BATCHES + CREDENTIAL_BATCHES + DETECT8_BATCHES
             + IDS_BATCHES]
    _assert_floors(_school_chat_figures(paths), SCHOOL_CHAT_FLOORS)


def test_value_batches_of_the_fifth_round_keep_their_types_precision_and_recall():
    paths = [EVAL / "school-chat" / name for name in DETECT8_BATCHES]
    _assert_floors(_school_chat_figures(paths), DETECT8_BATCH_FLOORS, DETECT8_TYPES)


def test_student_id_batches_keep_their_student_id_precision_and_recall():
    paths = [EVAL / "school-chat" / name for name in IDS_BATCHES]
    _assert_floors(_school_chat_figures(paths), IDS_BATCH_FLOORS, frozenset({"student_id"}))


def test_credential_batches_keep_their_credential_precision_and_recall():
    paths = [EVAL / "school-chat" / name for name in CREDENTIAL_BATCHES]
    _assert_floors(_school_chat_figures(paths), CREDENTIAL_BATCH_FLOORS, frozenset({"credential"}))


@pytest.mark.parametrize("name", FIRST_SIGHT_BATCHES)
def test_first_sight_record_batches_keep_their_floors(name):
    tp, fp, fn, _ = _school_chat_figures([EVAL / "school-chat" / name])
    precision, recall = FIRST_SIGHT_FLOORS[name]
    assert tp / (tp + fp) >= precision
    assert tp / (tp + fn) >= recall


def test_value_detector_batches_keep_their_types_precision_and_recall():
    paths = [EVAL / "school-chat" / name for name in VALUE_BATCHES]
    _assert_floors(_school_chat_figures(paths), VALUE_BATCH_FLOORS, VALUE_TYPES)
