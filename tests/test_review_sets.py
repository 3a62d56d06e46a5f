"""Regression floors on the review sets (eval/README.md): what the bot answered right after each review round
must stay right. The floors are the figures at the end of the last round, so a change that loses ground fails."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from handlers.ask import answer
from policy.scanner import scan

EVAL = Path(__file__).resolve().parent.parent / "eval"
# set -> (ask verdict, ask citation, scan precision, scan recall); each floor is the set's figure at the end of the
# last session that changed it, rounded down (eval/README.md says when each was blind and when it was read)
FLOORS: dict[str, tuple[float, float, float | None, float | None]] = {
          "a": (1.0, 1.0, 1.0, 1.0), "b": (1.0, 1.0, 1.0, 1.0), "c": (1.0, 1.0, 1.0, 1.0),
          "d": (0.95, 0.97, 1.0, 1.0), "e": (0.97, 0.98, 1.0, 1.0),
          "f": (0.96, 0.98, 0.98, 0.96), "g": (0.97, 0.98, 0.99, 0.98),
          "h": (0.91, 0.92, 1.0, 0.99), "i": (0.94, 0.96, 1.0, 1.0),
          # the third December session's sets: J read for classes mid-session, K measured once at its end and
          # then read for failure classes (detect7: its messages at 1.000 / 0.996)
          # (j at 0.935: one of its questions had been right only because a word cancelled a frame of the model's item
          # that was nowhere near firing; policy/second_reader.py `ruled_out` no longer counts such a frame)
          "j": (0.935, 0.97, 1.0, 0.99), "k": (0.94, 0.95, 1.0, 0.99),
          # the fourth December session's: L read for classes from its start, M measured once at its end; both read
          # for failure classes in the fifth
          "l": (0.96, 0.98, 0.99, 1.0), "m": (0.95, 0.96, 1.0, 0.99),
          # the fifth December session's: O (questions) and S9 (messages) measured at its start and end, N and S10
          # once at its end; read for failure classes in the sixth
          "n": (0.94, 0.96, 0.99, 0.99), "o": (0.96, 0.96, 0.99, 0.99),
          # the sixth December session's, never read: P (questions) and S11 (messages) measured at its start and
          # end, Q and S12 once at its end; their floors are those figures (the messages, S11 and S12, then read
          # for failure classes of how students are named and carried and how IDs are laid out: records10)
          # (questions read for classes in the seventh: P 0.857 -> 0.867, Q 0.911 -> 0.915; in the eighth, with R and
          # T: P 0.913 / 0.917, Q 0.937 / 0.958; in the ninth P 0.923 / 0.929, Q 0.945 / 0.962)
          "p": (0.92, 0.92, 0.99, 0.98), "q": (0.94, 0.96, 0.99, 0.98),
          # the seventh December session's, never read: R (questions) and S13 (messages) measured at its start and
          # end, T and S14 once at its end; their floors are those figures (the messages, S13 and S14, then read for
          # failure classes in the eighth, records11: S13 0.978 / 0.947 -> 0.989 / 0.968, S14 0.985 / 0.975 -> 0.990 /
          # 0.995, S12 0.992 / 0.971 -> 0.992 / 0.988; the questions read for classes in the eighth: R 0.863 -> 0.920,
          # T 0.895 -> 0.938)
          "r": (0.95, 0.93, 0.98, 0.96), "t": (0.96, 0.96, 0.99, 0.99),
          # the eighth December session's, never read: U (questions) and S15 (messages) measured at its start and
          # end, V and S16 once at its end; their floors are those figures (the messages then read for classes:
          # S15 recall 0.951 -> 0.982, S16 0.989 / 0.953 -> 1.000 / 0.974)
          # (questions read for classes in the ninth: U 0.888 -> 0.940, V 0.885 -> 0.938, R 0.920 -> 0.945, T 0.938 ->
          # 0.957; messages S15 0.982 -> 0.991, S16 0.974 -> 0.979 with the given-name lexicon)
          # (in the tenth, with the second reader's new corpus and the session's lanes: U 0.954, V 0.944, R 0.953,
          # T 0.963)
          "u": (0.95, 0.96, 0.99, 0.99), "v": (0.94, 0.94, 0.99, 0.97),
          # the ninth December session's, never read: W (questions) and S17 (messages) measured at its start and
          # end, X and S18 once at its end; their floors are those figures
          # (read for classes in the tenth: W 0.853 -> 0.915, X 0.850 -> 0.897; their messages S17 0.977 / 0.946 ->
          # 0.987 / 0.991, S18 0.972 / 0.949 -> 1.000 / 0.995)
          "w": (0.91, 0.91, 0.98, 0.99), "x": (0.90, 0.92, 1.0, 0.99),
          # Y: the ninth session's decision set (questions only, no messages: None), measured then and read in the
          # tenth (0.860 -> 0.907)
          "y": (0.93, 0.95, None, None),
          # the tenth December session's, never read: Z (questions) and S19 (messages) measured at its start and end,
          # AA and S20 once at its end; their floors were those figures
          # (read for classes in the eleventh: Y 0.907 -> 0.936, Z 0.873 -> 0.919, AA 0.910 -> 0.941; messages S19
          # 0.995 / 0.959 -> 1.000 / 0.986, S20 0.973 / 0.960 -> 0.995 / 0.987)
          "z": (0.91, 0.94, 1.0, 0.98), "aa": (0.94, 0.94, 0.99, 0.98),
          # the eleventh December session's, never read: AB (questions) and S21 (messages) measured at its start and
          # end, AC and S22 once at its end; their floors are those figures
          "ab": (0.90, 0.91, 0.99, 0.95), "ac": (0.90, 0.92, 0.98, 0.96),
          # the twelfth December session's, never read: AD (questions) and S23 (messages) measured at its start and
          # end, AE and S24 once at its end; their floors are those figures
          "ad": (0.86, 0.91, 0.97, 0.97), "ae": (0.86, 0.92, 0.99, 0.94),
          # the thirteenth December session's, never read: AF (questions) and S26 (messages) measured at its start
          # and end, AG and S25 once at its end; their floors are those figures
          "af": (0.86, 0.93, 0.95, 0.97), "ag": (0.84, 0.92, 0.95, 0.96),
          # the fourteenth December session's, never read: AH (questions) and S27 (messages) measured at its start
          # and end, AI and S28 once at its end; their floors are those figures
          "ah": (0.86, 0.93, 0.96, 0.94), "ai": (0.84, 0.89, 0.96, 0.96),
          # the fifteenth December session's, never read: AJ (questions) and S29 (messages) measured at its start
          # and end, AK and S30 once at its end; their floors are those figures
          "aj": (0.87, 0.92, 0.97, 0.93), "ak": (0.88, 0.89, 0.97, 0.97),
          # the sixteenth December session's, never read: AL (questions) and S31 (messages) measured at its start
          # and end, AM and S32 once at its end; their floors are those figures
          "al": (0.83, 0.89, 0.98, 0.96), "am": (0.86, 0.92, 0.98, 0.97),
          # the seventeenth December session's, never read: AN (questions) and S33 (messages) measured at its start
          # and end, AO and S34 once at its end; their floors are those figures
          "an": (0.89, 0.94, 0.98, 0.97), "ao": (0.86, 0.92, 0.99, 0.97),
          # the eighteenth December session's, never read: AP (questions) and S35 (messages) measured at its start
          # and end, AQ and S36 once at its end; their floors are those figures
          "ap": (0.87, 0.93, 0.99, 0.93), "aq": (0.87, 0.91, 0.99, 0.97),
          # the nineteenth December session's, never read: AR (questions) and S37 (messages) measured at its start
          # and end, AS and S38 once at its end; their floors are those figures
          "ar": (0.88, 0.92, 0.95, 0.96), "as": (0.88, 0.92, 0.99, 0.95)}


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _cite(c: dict) -> tuple[str, object]:
    return (str(c.get("section", "")).strip().lower(), c.get("item"))


# The floors are checked in two files so that `--dist loadfile` puts them on both workers (running every set is the
# largest block of the suite): the one-letter sets here, the later sets (review-aa onwards) in
# test_review_sets_later.py, which runs the same checks below. New sets land there; FLOORS stays here, its one owner.
EARLY_SETS = sorted(name for name in FLOORS if len(name) == 1)
LATER_SETS = sorted(name for name in FLOORS if len(name) > 1)


def questions_keep_their_floors(name: str) -> None:
    """Asks every question of review set `name`; its verdict and citation rates must reach the set's floors."""
    items = _load(EVAL / f"review-{name}" / "questions.jsonl")
    verdicts = citations = 0
    for it in items:
        got = answer(it["question"]).to_json()
        v_ok = got["verdict"] in it["verdicts"]
        expected = {_cite(c) for c in it.get("citations", [])}
        cited = {_cite(c) for c in got.get("citations") or []}
        verdicts += v_ok
        citations += (not expected) or bool(expected & cited) or (got["verdict"] == "not_covered" and v_ok)
    assert verdicts / len(items) >= FLOORS[name][0]
    assert citations / len(items) >= FLOORS[name][1]


def messages_keep_their_floors(name: str) -> None:
    """Scans every message of review set `name`; its precision and recall must reach the set's floors."""
    precision, recall = FLOORS[name][2:]
    assert precision is not None and recall is not None
    tp = fp = fn = 0
    for it in _load(EVAL / f"review-{name}" / "messages.jsonl"):
        flagged = bool(scan(it["text"]))
        tp += flagged and it["flag"]
        fp += flagged and not it["flag"]
        fn += (not flagged) and it["flag"]
    assert tp / (tp + fp) >= precision
    assert tp / (tp + fn) >= recall


def with_messages(names: list[str]) -> list[str]:
    """The sets among `names` that have labelled messages (a floor for them)."""
    return [name for name in names if FLOORS[name][2] is not None]


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
        for it in _load(path):
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
