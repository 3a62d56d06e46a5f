"""The statistical record reader (policy/detectors/record_reader.py, issue 11 item 3): its corpus stays apart from
every scored set, the shipped weights give the trainer's scores, and its gate is words of the trade. What the
student_record unit finds with it is pinned in tests/detectors/test_student_record.py."""
from __future__ import annotations

import json
from pathlib import Path

import re2

from policy.detectors.names import STOP_WORDS
from policy.detectors.record_reader import GATE, STUDENT, WEIGHTS, load, masked
from training.record_reader import compose, train

ROOT = Path(__file__).resolve().parents[2]
SCORED_SETS = [*sorted((ROOT / "eval").glob("*/*.jsonl")), *sorted((ROOT.parent / "sets").glob("*.jsonl")),
               ROOT.parent / "shared" / "eval-dev" / "messages.jsonl",
               ROOT.parent / "shared" / "eval-dev" / "questions.jsonl"]


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


def _scored_texts() -> set[str]:
    out: set[str] = set()
    for path in SCORED_SETS:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    out |= {_squash(row[k]) for k in ("question", "text") if isinstance(row.get(k), str)}
    return out


def test_no_corpus_line_appears_in_a_scored_set():
    scored = _scored_texts()
    assert len(scored) > 1000, "the scored sets were not found"
    corpus = {_squash(r["text"]) for r in train.load_corpus()}
    assert not corpus & scored


def test_no_scored_message_holds_a_hand_written_fragment_with_its_name_left_out():
    # a fragment's words after its student are not a scored message's words: the fragments were written from the
    # definition, not from the sets' misses (short everyday tails, "was hospitalized over the weekend", may
    # coincide with one, so a tail of seven words or more counts)
    data = compose.load_fragments()
    tails = [_squash(f.split("}", 1)[1]) for label in ("record", "none") for block in data[label].values()
             for f in block if f.startswith("{s}") and len(f.split("}", 1)[1].split()) >= 7]
    scored = _scored_texts()
    assert len(tails) > 100
    assert not [t for t in tails if any(t in s for s in scored)]


def test_the_shipped_corpus_is_what_the_composer_writes():
    assert compose.compose(compose.load_fragments()) == train.load_corpus()


def test_the_corpus_has_both_classes_from_hundreds_of_fragments():
    rows = train.load_corpus()
    assert len({r["group"] for r in rows}) >= 300
    assert sum(r["label"] == "record" for r in rows) >= 1000
    assert sum(r["label"] == "none" for r in rows) >= 1000


def test_the_shipped_weights_give_the_trainers_scores():
    reader = load()
    assert reader is not None and reader.path == WEIGHTS
    checks = reader.checks()
    assert len(checks) >= 20
    for check in checks:
        assert abs(reader.score(str(check["text"])) - float(check["score"])) < 1e-3, check


def test_the_reader_tells_a_record_from_a_look_alike_about_the_same_student():
    reader = load()
    assert reader is not None
    assert reader.is_record("Theo Banks came to school high again")
    assert not reader.is_record("Theo Banks left his hoodie in the gym")


def test_the_gate_is_words_of_the_trade_not_function_words_or_the_composers_names():
    header = json.loads(WEIGHTS.read_text(encoding="utf-8").splitlines()[0])
    gate = set(header["gate"])
    assert gate and not gate & STOP_WORDS
    assert not gate & ({w.lower() for w in compose.FAMILY} | {g.lower() for g, _ in compose.GIVEN})
    assert re2.search(GATE, "Kai keeps skipping 6th period") is not None
    assert re2.search(GATE, "Kai is going home with his cousin") is None


def test_the_student_is_read_as_one_fixed_word_whatever_the_name():
    reader = load()
    assert reader is not None
    a = "Theo Banks came to school high again"
    b = "Xiomara Delacroix-Whitfield came to school high again"
    assert reader.score(masked(a, 0, 10)) == reader.score(masked(b, 0, 27))
    assert masked(a, 0, 10) == f"{STUDENT} came to school high again"
