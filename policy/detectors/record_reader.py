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
import math
import re
from collections.abc import Iterable
from functools import cache, cached_property
from pathlib import Path

from policy.detectors import circumstances
from policy.detectors.base import Candidate
from policy.detectors.context import ScanContext
from policy.detectors.names import find_first_names, in_class
from policy.detectors.patterns import Pattern
from policy.second_reader import feature_families

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "record_reader.jsonl"


STUDENT = "studentx"       # what the student's name is read as: the fact, not the name, is what the model weighs


def masked(sentence: str, start: int, end: int) -> str:
    """The sentence with the student (sentence[start:end]) replaced by one fixed word, in training and at run time
    alike: names, initials and class asides are noise to the model, and a name it saw in training must not count."""
    return f"{sentence[:start]}{STUDENT}{sentence[end:]}"


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
        # features() summed family by family (the same value for every feature of a family): no dict is built
        get = self.weights.get
        total = self.intercept
        for family in feature_families(sentence):
            if family:
                total += sum(filter(None, map(get, family))) / math.sqrt(len(family))
        return total

    def is_record(self, sentence: str) -> bool:
        return self.score(sentence) >= self.threshold


@cache
def load() -> RecordReader | None:
    """The shipped reader, or None when no weights are shipped (the unit then reads by its rules alone)."""
    return RecordReader(WEIGHTS) if WEIGHTS.exists() else None


# A sentence longer than this is a paste, not a line told about one child: the reader was trained on lines
_MAX_SENTENCE = 300
_MAX_SPAN = 240           # as the unit: a finding runs from the student to the end of the fact, bounded


def sentences(text: str) -> list[tuple[int, int]]:
    """The message's sentences, cut where the student_record unit cuts them (one owner of the rule)."""
    from policy.detectors.student_record import _SENTENCE_END, _after_title, _ends_sentence

    bounds = [0] + [end for _, end in _SENTENCE_END.spans(text)
                    if _ends_sentence(text, end) and not _after_title(text, end)] + [len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


# a lone capitalised word is a student only with a sign it is a person: a pronoun that carries it
_PERSON_PRONOUN = re.compile(r"(?i)\b(?:he|she|his|her|him|hers|he's|she's)\b")


def _a_person(text: str, found: tuple[int, int], hi: int, next_hi: int) -> bool:
    """Whether a first name found alone ("Devon", but also "Paystub", "Voicemail": any capitalised word in a
    person's slot) is a person: a pronoun in its sentence or the next, a child cue near it, or its class beside it."""
    return (_PERSON_PRONOUN.search(text, found[1], next_hi) is not None
            or circumstances.child_cue_near(text, *found) or in_class(text, found[1]))


def second_look(ctx: ScanContext, finding_type: str, detector: str) -> Iterable[Candidate]:
    """Where the unit's rules found no record in the message: each sentence that identifies a student (a full
    name not after a title, a student ID, or a first name in a person's slot with a sign it is a person), speaks
    of no colleague, and that the reader scores as a record fact is a finding from the student to the end of the
    sentence."""
    reader = load()
    if reader is None:
        return
    text = ctx.text
    identified = sorted(set(ctx.person_names) | set(ctx.student_ids))
    bounds = sentences(text)
    for k, (lo, hi) in enumerate(bounds):
        # the gate is a sentence's, as in training (the trainer's threshold is for lines the gate opens on)
        if hi - lo > _MAX_SENTENCE or _GATE.search(ctx.window(lo, hi)) is None:
            continue
        found = next(((a, b) for a, b in identified if lo <= a < hi), None)
        if found is None:
            first = find_first_names(text, lo, hi)
            next_hi = bounds[k + 1][1] if k + 1 < len(bounds) else hi
            found = first[0] if first and _a_person(text, first[0], hi, next_hi) else None
        if found is None or circumstances.adult_context_near(text, found[0], hi):
            continue
        if reader.is_record(masked(ctx.window(lo, hi), found[0] - lo, found[1] - lo)):
            start, end = found[0], hi
            yield Candidate(finding_type, start, min(end, start + _MAX_SPAN) if end - start > _MAX_SPAN else end,
                            detector)


def _gate() -> str:
    """The unit's trigger for a second look: one of the words the trainer found weighing most for a record (the
    header's `gate`), so the model is run on few messages; with no weights shipped, a pattern that never matches."""
    if not WEIGHTS.exists():
        return r"[^\x{0}-\x{10FFFF}]"
    with WEIGHTS.open(encoding="utf-8") as f:
        words = json.loads(f.readline()).get("gate") or ["(?!)"]
    return r"(?i)\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b"


GATE = _gate()
_GATE = Pattern(GATE)
