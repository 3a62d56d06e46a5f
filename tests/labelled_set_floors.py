"""The review sets' regression floors (eval/README.md) and the checks that hold each set to them, shared by the two
test files that run them: what the bot answered right after each review round must stay right. The floors are the
figures at the end of the last round, so a change that loses ground fails."""
from __future__ import annotations

import json
from pathlib import Path

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
          "ar": (0.88, 0.92, 0.95, 0.96), "as": (0.88, 0.92, 0.99, 0.95),
          # the twentieth December session's: AT (questions) and S39 (messages) measured at its start and end, AU and
          # S40 once at its end; their floors are the end figures (the answer reader trains on them from then on)
          "at": (0.83, 0.91, 0.99, 0.96), "au": (0.88, 0.91, 0.98, 0.95),
          # the twenty-first December session's: AV (questions) and S41 (messages) measured at its start and end, AW
          # and S42 once at its end; their floors are the end figures (the answer reader trains on them from then on)
          "av": (0.86, 0.92, 0.99, 0.98), "aw": (0.82, 0.90, 0.99, 0.94),
          # the twenty-second December session's: AX (questions) and S43 (messages) measured at its start and end, AY
          # and S44 once at its end; their floors are the end figures (the answer reader trains on them from then on)
          # (their messages read for the value types' classes in the twenty-fourth, scanrec24: S43 0.986 / 0.991,
          # S44 1.000 / 0.991)
          "ax": (0.86, 0.90, 0.98, 0.99), "ay": (0.88, 0.95, 0.99, 0.99),
          # the twenty-third December session's: AZ (questions) and S45 (messages) measured at its start and end, BA
          # and S46 once at its end; their floors are the end figures (the answer reader trains on them from then on)
          # (their messages read for the value types' classes in the twenty-fourth, scanrec24: S45 0.951 / 0.968 ->
          # 0.982 / 0.986, S46 0.995 / 0.986 -> 1.000 / 0.991)
          "az": (0.89, 0.92, 0.98, 0.98), "ba": (0.87, 0.94, 1.0, 0.99),
          # the twenty-fourth December session's: BB (questions) and S47 (messages) measured at its start and end, BC
          # and S48 once at its end; their floors are the end figures (the answer reader trains on them from then on)
          "bb": (0.87, 0.92, 0.98, 0.95), "bc": (0.83, 0.88, 0.98, 0.98)}


def load_jsonl(path: Path) -> list[dict]:
    """The labelled items of one set file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _cite(c: dict) -> tuple[str, object]:
    return (str(c.get("section", "")).strip().lower(), c.get("item"))


# The floors are checked in two files so that `--dist loadfile` puts them on both workers (running every set is the
# largest block of the suite): the one-letter sets in test_review_sets.py, the later sets (review-aa onwards) in
# test_review_sets_later.py. A new set needs only its floor here.
EARLY_SETS = sorted(name for name in FLOORS if len(name) == 1)
LATER_SETS = sorted(name for name in FLOORS if len(name) > 1)


def questions_keep_their_floors(name: str) -> None:
    """Asks every question of review set `name`; its verdict and citation rates must reach the set's floors."""
    items = load_jsonl(EVAL / f"review-{name}" / "questions.jsonl")
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
    for it in load_jsonl(EVAL / f"review-{name}" / "messages.jsonl"):
        flagged = bool(scan(it["text"]))
        tp += flagged and it["flag"]
        fp += flagged and not it["flag"]
        fn += (not flagged) and it["flag"]
    assert tp / (tp + fp) >= precision
    assert tp / (tp + fn) >= recall


def with_messages(names: list[str]) -> list[str]:
    """The sets among `names` that have labelled messages (a floor for them)."""
    return [name for name in names if FLOORS[name][2] is not None]
