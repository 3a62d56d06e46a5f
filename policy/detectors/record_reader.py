"""A statistical record reader (issue 11 item 3): a linear model over word and character n-grams that reads one
sentence in which a student is already identified and says whether it tells an education-record fact about them
(DESIGN.md's student_record: grades, attendance, discipline, services, health, counselling, custody, housing, ...)
or not (praise, rosters, schedules, pickups, lost property, a meeting with no fact).

Why: the student_record unit finds a record by the words its lists name; a teacher who tells a fact in words nobody
listed ("bombed the unit test", "has a g-tube") goes unflagged while the student is plainly identified. The reader
is only a second look: the unit asks it about a sentence where its own rules identified a student and found no
record fact, and it can add a finding, never remove one. Trained by training/record_reader/train.py on a corpus
written for it (training/record_reader/fragments.yaml), kept apart from every scored set; the threshold is chosen
on held-out fragments for precision (a false record is a false alarm on a chat message).

Pure Python at run time: the features are policy/second_reader.py's (one definition, used by both trainers), the
weights a JSON file; a test checks that the shipped weights give the trainer's own scores.
"""
from __future__ import annotations

import json
from functools import cache, cached_property
from pathlib import Path

from policy.second_reader import features

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "record_reader.jsonl"


class RecordReader:
    """The weights file: three JSON lines, the header (threshold, intercept, the gate words), the trainer's own
    scores on a sample (for the tests) and the weights (feature -> weight, the record class positive)."""

    def __init__(self, path: Path = WEIGHTS) -> None:
        self.path = path
        with path.open(encoding="utf-8") as f:
            header = json.loads(f.readline())
        self.threshold = float(header["threshold"])
        self.intercept = float(header["intercept"])

    def checks(self) -> list[dict[str, object]]:
        """The trainer's scores on a sample of its corpus, stored beside the weights."""
        return list(json.loads(self.path.read_text(encoding="utf-8").splitlines()[1]))

    @cached_property
    def weights(self) -> dict[str, float]:
        weights: dict[str, float] = json.loads(self.path.read_text(encoding="utf-8").splitlines()[2])
        return weights

    def score(self, sentence: str) -> float:
        """The model's margin: above the threshold, the sentence tells a record fact."""
        weights = self.weights
        return self.intercept + sum(weights.get(f, 0.0) * v for f, v in features(sentence).items())

    def is_record(self, sentence: str) -> bool:
        return self.score(sentence) >= self.threshold


@cache
def load() -> RecordReader | None:
    """The shipped reader, or None when no weights are shipped (the unit then reads by its rules alone)."""
    return RecordReader(WEIGHTS) if WEIGHTS.exists() else None
