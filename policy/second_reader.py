"""A statistical second reader for the 37 unacceptable uses (issue 10): a one-vs-rest linear SVM over word and
character n-grams, trained on a labelled corpus of staff questions written for it (training/second_reader/), kept
apart from every set the bot is scored on.

Why a second reader: the rule reader places an act by the words the vocabulary names; a question that describes a
forbidden act in words nobody listed falls through to whatever the channel says, and a channel the policy accepts
then gives a confident "Allowed". The second reader is used only as a veto of that: where the answer would be
`allowed` (or `not_covered` within the items' reach, at a stricter margin), the rule reader found no item and the
model is confident (a threshold, and a gap over the ordinary class, chosen on held-out predictions over its own
corpus) that the question is about item N, item N is added to the situation and the engine decides as it does for
any item, so its rules (a lesson about it, personal scope, an item's own conditions) still hold. It never removes
an item and never makes an answer more permissive. Beside a `prohibited` answer whose rules placed an item, the
model's item, where the rules read part of its act, is cited too (`second_item`): the verdict stays the rules'.

At run time the sums are numpy's and nothing else is (scikit-learn is a training extra only): `features()` is the
one definition of the features, used by the trainer too, so the shipped weights give the trainer's predictions (a test
checks it). The weights are tied to the policy text they were trained for: a district with other items gets no second
reader rather than a wrong one.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from policy.concepts import Lexicon, Reading
from policy.situation import Situation
from policy.understanding import Understanding, normalize

WEIGHTS = Path(__file__).resolve().parent / "data" / "second_reader.jsonl"
NONE = "none"
CHAR_SIZES = (3, 4, 5)
_APOSTROPHE = re.compile(r"'")
_WORD = re.compile(r"[a-z0-9]+")
# how far apart the lines are whose features mark the weights' text for lookups (`SecondReader._marks`): a
# lookup searches one stretch this long, a few dozen lines
MARK_CHARS = 4096

# a feature's non-zero weights: the classes' indices and their weights, in the trainer's order
Row = tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]
_NO_WEIGHTS: Row = (np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.float64))


def features(question: str) -> dict[str, float]:
    """Word unigrams and bigrams ("w:", "b:") and character 3-5-grams inside each word padded with spaces ("c:"),
    present or not. Each of the two families is scaled to unit length, so long questions (many character
    n-grams) do not drown the words. (A copy of `question_features`, for the trainers.)"""
    return dict(question_features(question))


@lru_cache(maxsize=8)
def question_features(question: str) -> Mapping[str, float]:
    """`features`, computed once per question and shared, read-only: both readers read the same question (the
    second reader for a veto, the answer reader beside the rules' answer), and the n-grams were a tenth of the
    readers' cost. The last few questions are kept (a multi-part question's parts, then the whole)."""
    words = _WORD.findall(_APOSTROPHE.sub("", normalize(question)))
    # dicts, not sets, hold each family: a set's order follows string hashing, which changes from process to
    # process, and the order the scores are summed in would change their last bits (a score on a threshold could
    # flip between two runs); a dict keeps the order the question gives
    word_feats = dict.fromkeys([f"w:{w}" for w in words]
                               + [f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False)])
    char_feats: dict[str, None] = {}
    for w in words:
        padded = f" {w} "
        for n in CHAR_SIZES:
            char_feats.update(dict.fromkeys(f"c:{padded[i:i + n]}" for i in range(len(padded) - n + 1)))
    out: dict[str, float] = {}
    for family in (word_feats, char_feats):
        if family:
            value = 1.0 / math.sqrt(len(family))
            out.update(dict.fromkeys(family, value))
    return MappingProxyType(out)


def weight_lines(weights: dict[str, list[tuple[int, float]]]) -> str:
    """The weights as the file holds them (`SecondReader`): one line per feature in sorted order, the feature, a tab
    and "class weight class weight ...", each number as JSON writes it (a float's shortest exact form, so parsing
    it gives the same float). A feature is letters, digits, spaces and one ":" (`features`), so a tab ends it and
    every tab sorts before its characters: the lines sort as the features do."""
    return "".join(f"{feature}\t" + " ".join(f"{k} {json.dumps(w)}" for k, w in weights[feature]) + "\n"
                   for feature in sorted(weights))


def items_digest(texts: Iterable[tuple[int, str]]) -> str:
    """A fingerprint of the numbered items the model was trained for."""
    joined = "\n".join(f"{n}. {' '.join(t.split())}" for n, t in sorted(texts))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class WeightTable:
    """Every feature's weights in three arrays (compressed rows): feature `index[f]`'s weights are `weights[a:b]`,
    for the classes `classes[a:b]`, where a and b are `starts[index[f]]` and the next start. Lookups and the
    gathering of a question's weights are a few numpy calls, whatever the number of features."""

    index: dict[str, int]
    starts: npt.NDArray[np.intp]
    classes: npt.NDArray[np.intp]
    weights: npt.NDArray[np.float64]

    @classmethod
    def parse(cls, text: str, at: int) -> WeightTable:
        """The weights' lines of `text` from `at` on (`weight_lines`). numpy reads the numbers from the text itself
        (correctly rounded, as Python's float reads them for `SecondReader.weights_of`: the tests compare the
        margins): a Python string per number first held some 150 MB at a server's start for the 35 MB kept."""
        features: list[str] = []
        pairs: list[str] = []
        counts: list[int] = []
        for line in text[at:].split("\n"):
            feature, tab, rest = line.partition("\t")
            if not tab:
                continue
            features.append(feature)
            counts.append((rest.count(" ") + 1) // 2 if rest else 0)
            if rest:
                pairs.append(rest)
        numbers = np.fromstring(" ".join(pairs), dtype=np.float64, sep=" ") if pairs else np.zeros(0)
        starts = np.zeros(len(features) + 1, dtype=np.intp)
        np.cumsum(counts, out=starts[1:])
        return cls(dict(zip(features, range(len(features)), strict=True)), starts,
                   numbers[0::2].astype(np.intp), numbers[1::2].copy())

    def terms(self, feats: Mapping[str, float]) -> Row:
        """The classes and the products (weight times the feature's value) of these features' weights, feature by
        feature in the order given and each feature's in its line's order: the terms `SecondReader.scores_of` adds."""
        index = self.index
        rows = [index.get(f, -1) for f in feats]
        keep = np.fromiter(rows, dtype=np.intp, count=len(rows))
        values = np.fromiter(feats.values(), dtype=np.float64, count=len(rows))
        found = keep >= 0
        keep, values = keep[found], values[found]
        first = self.starts[keep]
        lengths = self.starts[keep + 1] - first
        # each kept feature's positions, first[i] .. first[i] + lengths[i] - 1, one after the other
        offsets = np.cumsum(lengths) - lengths
        positions = np.arange(int(lengths.sum()), dtype=np.intp) + np.repeat(first - offsets, lengths)
        return self.classes[positions], self.weights[positions] * np.repeat(values, lengths)


@dataclass(frozen=True)
class Prediction:
    label: str                 # "1" .. "37" or "none"
    score: float               # the one-vs-rest margin of that label (above 0: the model says "this one")
    confident: bool            # at or above the threshold chosen on the held-out split, and not "none"
    gap: float = 0.0           # how far the label's margin is above the ordinary class's ("none")

    @property
    def item(self) -> int | None:
        return int(self.label) if self.label != NONE else None

    def describe(self) -> dict[str, object]:
        return {"label": self.label, "score": round(self.score, 3), "gap": round(self.gap, 3),
                "confident": self.confident}


class SecondReader:
    """The model in the weights file: two JSON lines, the header (items digest, threshold, classes, intercepts)
    and the trainer's own predictions on a sample (for the tests), then the weights, one line per feature in
    sorted order: the feature, a tab, and its non-zero weights as "class weight class weight ..." (`weight_lines`).
    The header is read at once; the weights, most of the file, only when a question first needs a second look,
    so a cold `aupbot ask` whose answer is already decided pays nothing for them.

    Why lines and not one JSON object: a question has a few hundred features among tens of thousands, and parsing
    every weight to use those was most of the first second look (a JSON object of 3 MB took 0.045 s). A feature's
    line is found in the file's text itself (`_line_of`) and parsed when first used: splitting the text into its
    fifty thousand lines first cost a cold `aupbot ask` some 0.017 s for each reader, where the few hundred lookups
    a question makes take a thousandth, and a list that long was walked by every full pass of the garbage collector
    in a long-running process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with path.open(encoding="utf-8") as f:
            header = json.loads(f.readline())
        self.classes: list[str] = [str(c) for c in header["classes"]]
        self.intercept: list[float] = [float(b) for b in header["intercept"]]
        self.threshold = float(header["threshold"])
        # the stricter margin for a second look at a `not_covered` answer (train.py chooses both)
        self.threshold_not_covered = float(header.get("threshold_not_covered", self.threshold))
        # how far an item's margin must stand above the ordinary class's, for each look (train.py chooses them with
        # the thresholds): a question the model finds both ordinary and an item is a close call, not a veto
        self.min_gap = float(header.get("min_gap", 0.0))
        self.min_gap_not_covered = float(header.get("min_gap_not_covered", self.min_gap))
        self.digest = str(header["items_digest"])

    def checks(self) -> list[dict[str, object]]:
        """The trainer's predictions on a sample of its corpus, stored beside the weights."""
        return list(json.loads(self.path.read_text(encoding="utf-8").splitlines()[1]))

    @cached_property
    def _text(self) -> tuple[str, int]:
        """The file's text and where its weights' lines start (after the header and the checks)."""
        text = self.path.read_text(encoding="utf-8")
        return text, text.index("\n", text.index("\n") + 1) + 1

    @cached_property
    def _rows(self) -> dict[str, Row]:
        return {}           # each feature's weights, parsed on first use

    @cached_property
    def _marks(self) -> tuple[list[str], list[int]]:
        """The features of the lines that start each stretch of about MARK_CHARS characters, and where those lines
        start, in the file's order (which is the features' order: `weight_lines`). Built on the first lookup, with
        one search for a line's end per stretch (about a thousand for a reader, a millisecond or two), not by
        splitting the text into its lines."""
        text, at = self._text
        features: list[str] = []
        starts: list[int] = []
        while at < len(text):
            tab = text.find("\t", at)
            if tab < 0:
                break
            features.append(text[at:tab])
            starts.append(at)
            newline = text.find("\n", at + MARK_CHARS)
            if newline < 0:
                break
            at = newline + 1
        return features, starts

    def _line_of(self, feature: str) -> str | None:
        """The weights on the feature's line ("class weight class weight ..."), or None where it has none.

        Why marks and not a bisection over the whole text: a question's first sight of its n-grams looks up a few
        hundred features, and each step of a bisection in Python (a search back for a line's start, one forward for
        its tab, a slice, a comparison) cost about a microsecond, seventeen steps a lookup. A bisection over the
        marks (`_marks`) is one call in C, and it leaves one stretch the line must be in, where the line is found by
        one substring search for the newline, the feature and the tab that bound it: a feature holds no newline or
        tab, nor do the weights, so the match is the line of exactly that feature."""
        if "\n" in feature or "\t" in feature:
            return None
        text, _ = self._text
        features, starts = self._marks
        j = bisect_right(features, feature) - 1
        if j < 0:
            return None         # before the first line's feature
        end = starts[j + 1] if j + 1 < len(starts) else len(text)
        # (every line starts after a newline: the checks' line ends with one before the first weights line)
        at = text.find(f"\n{feature}\t", starts[j] - 1, end)
        if at < 0:
            return None
        weights = at + len(feature) + 2
        newline = text.find("\n", weights, end)
        return text[weights:end if newline < 0 else newline]

    def weights_of(self, feature: str) -> Row:
        """The feature's non-zero weights (`Row`); empty where it has none."""
        row = self._rows.get(feature)
        if row is None:
            line = self._line_of(feature)
            row = _NO_WEIGHTS
            if line is not None:
                # each weight parsed by Python's float, as the sums before numpy read them
                numbers = line.split(" ")
                row = (np.array(numbers[0::2], dtype=np.intp), np.array(list(map(float, numbers[1::2]))))
            self._rows[feature] = row
        return row

    def scores(self, question: str) -> list[float]:
        return self.scores_of(question_features(question))

    def scores_of(self, feats: Mapping[str, float]) -> list[float]:
        """The classes' margins for these features (`features`, or a reader's own that extend them).

        Why one `bincount` and not a loop over the pairs: a question's few hundred features carry some twelve
        thousand weights, and adding them one by one in Python was a quarter of an answer's time. `bincount` adds
        each weight to its class in the order given, starting from zero: the intercepts first, then each feature's
        weights times its value in the features' order, which is the order and the rounding of the loop it replaced,
        so the margins are the same to the last bit (the tests compare them with the trainer's). Once `load_all` has
        parsed every weight, the same sums are gathered from its table (`WeightTable.terms`)."""
        classes, terms = self._table.terms(feats) if self._table is not None else self._line_terms(feats)
        sums: list[float] = np.bincount(np.concatenate([self._class_indices, classes]),
                                        np.concatenate([self._intercepts, terms]), len(self.classes)).tolist()
        return sums

    def _line_terms(self, feats: Mapping[str, float]) -> Row:
        """`WeightTable.terms` from the lines parsed as they are first needed (`weights_of`)."""
        rows, weights_of = self._rows, self.weights_of
        found = [rows.get(feature) or weights_of(feature) for feature in feats]
        if not found:
            return _NO_WEIGHTS
        return np.concatenate([k for k, _ in found]), np.concatenate([w for _, w in found]) * np.repeat(
            np.fromiter(feats.values(), dtype=np.float64, count=len(found)), [len(k) for k, _ in found])

    _table: WeightTable | None = None

    def load_all(self) -> None:
        """Parse every weight now, into one table (`WeightTable`), and drop the file's text.

        Why a process that serves does this at its start and `aupbot ask` does not: a question's first sight of its
        n-grams parsed their lines one by one, and over a few thousand new questions that was a sixth of the time of
        the slowest hundredth (long questions bring the most unseen n-grams). A server pays a third of a second once;
        a one-question process pays only for the few hundred lines its question needs (`weights_of`)."""
        if self._table is None:
            text, at = self._text
            self._table = WeightTable.parse(text, at)
            for cached in ("_text", "_marks", "_rows"):
                self.__dict__.pop(cached, None)

    @cached_property
    def _class_indices(self) -> npt.NDArray[np.intp]:
        return np.arange(len(self.classes), dtype=np.intp)

    @cached_property
    def _intercepts(self) -> npt.NDArray[np.float64]:
        return np.array(self.intercept, dtype=np.float64)

    def predict(self, question: str) -> Prediction:
        s = self.scores(question)
        k = max(range(len(s)), key=s.__getitem__)
        label = self.classes[k]
        gap = s[k] - s[self.classes.index(NONE)] if NONE in self.classes else s[k]
        return Prediction(label, s[k], label != NONE and s[k] >= self.threshold and gap >= self.min_gap, gap)


R = TypeVar("R", bound=SecondReader)


@lru_cache(maxsize=4)
def load(path: Path = WEIGHTS) -> SecondReader:
    return SecondReader(path)


def trained_for(item_texts: Iterable[tuple[int, str]], path: Path, loader: Callable[[Path], R]) -> R | None:
    """The model in this weights file, or None (no weights shipped, or trained for another list of items): a
    district with other items gets no model rather than a wrong one."""
    if not path.exists():
        return None
    reader = loader(path)
    return reader if reader.digest == items_digest(item_texts) else None


def reader_for(item_texts: Iterable[tuple[int, str]], path: Path = WEIGHTS) -> SecondReader | None:
    """The second reader trained for these items, or None."""
    return trained_for(item_texts, path, load)


# Which answers are looked at again (DESIGN.md "Never a confident yes"): the worst error is an `allowed` given
# because the channel was understood and the act was not. A `not_covered` answer where the question names a district
# channel, account or means is looked at too, at the stricter margin and gap (a switch, so the measurement can be
# repeated without it). The items' whole reach (DESIGN.md: students, parents, student information or district
# business too) was measured twice and not kept: it fixes more answers than it breaks, but the model is as confident
# on everyday questions that name a parent or the school (an AI tool for a newsletter, a volunteer's background
# check) as on the acts, and answers pinned at 1.000 broke (docs/policy.md, eleventh December session). Measured
# (docs/policy.md "Second reader"): the `not_covered` look fixed one question on each review set and broke nothing
# pinned; looking at `conditional` or `under_review` answers changed nothing (again with the tenth
# December session's model: +3 and -2 over every labelled set), so they are not looked at.
SECOND_LOOK_VERDICTS = frozenset({"allowed"})
# A `not_covered` answer on a topic DESIGN.md itself lists as not covered, with the items that bear on it named in
# the answer (an AI tool: items 30 and 16), is the policy's reading of the question, not a question nothing was
# placed in. The model reads the setting (a newsletter, a staff meeting, a report) as confidently as an act, so there
# it gets no second look; an act the rules place (student names pasted into a chatbot) is judged by its item first.
# (The asker's own employment was measured with it and not kept: that topic's words also stand beside acts on
# others' pay or records, a login got around, a colleague defamed, which the look rightly reaches.)
NOT_COVERED_TOPICS = frozenset({"ai_tool"})
NOT_COVERED_IN_REACH = True
DISTRICT_CHANNELS = frozenset({"district_email", "district_social", "class_social", "bulk", "group_app"})
# the vocabulary's concept for what the `not_covered` look reaches: district accounts, devices and networks, and
# students, parents and school business (`district_business`). Past district means the model's item stands only
# where the rules corroborate it (`corroborated_past_means`); measured and kept in the eleventh session's second wave
# once an entry's plain reason and a parent of the asker's own circle were read (docs/policy.md "Second reader")
ITEMS_REACH = "district_business"


# Past district means (a `not_covered` answer in the wider reach only: students, parents or school business named,
# no district channel, account or means), a question may only mention district business while its act is the
# asker's own; there the model's item is kept only where the rules corroborate it (DESIGN.md "Never a confident
# yes" read the other way: a veto needs the act, not the setting). The concepts that say the student information is
# left out or not real ("no names", "de-identified"): the object the wider reach was named for, ruled out.
STUDENT_INFO_RULED_OUT = frozenset({"info_left_out", "students_left_out"})
# Items whose act is the content itself (4: an obscene purpose): the model's item stands only where the rules read
# a word of that content. Word and character n-grams tie "adult" to item 4 whatever follows it ("adult learners",
# "adult ed"), and a picture sent to it whatever the picture shows.
CONTENT_ITEMS = {4: "sexual_hint"}
# Items whose act can be done truly, with the vocabulary's concept pair that tells the two apart: an entry on a record
# is item 27's only where it says what did not happen or is made for what it buys (`entry_untrue`), never where the
# question tells what happened and why (`entry_grounded`: at the nurse, on the late bus, excused, documented).
TRUE_OR_UNTRUE: dict[int, tuple[str, str]] = {27: ("entry_untrue", "entry_grounded")}
# Item 29 governs an activity or relationship with a student; where the one the asker is in touch with is a parent or
# a colleague (never the student: an audience read as the asker's own contact may be a relative's child who is a
# student) and is of the asker's own circle (a friend, family: the vocabulary's `asker_circle`), the relationship
# told is the asker's own
PERSONAL_CIRCLE = "asker_circle"
STUDENT_RELATIONSHIP_ITEM = 29
NOT_THE_STUDENT = frozenset({"parent", "staff"})


def within_district_means(situation: Situation, reading: Reading | None) -> bool:
    """The question names a district channel, a district account or district means: the look's narrow reach."""
    if situation.channel in DISTRICT_CHANNELS or situation.account == "district":
        return True
    return reading is not None and "district_means" in reading.concepts


def corroborated_past_means(reading: Reading | None, item: int, audience: str | None = None) -> bool:
    """Past district means, the model's item stands only where the rule reader sees part of that item's own frame
    (`near_items`: the concept one of its frames starts with is read, the act told and not just the setting named)
    and the asker has not ruled out the student information (`STUDENT_INFO_RULED_OUT`). Measured (docs/policy.md
    "Second reader", eleventh session, reach11). Where the act can be done truly (`TRUE_OR_UNTRUE`), only the
    untrue reading corroborates, and a reason told rules it out; item 29 is not corroborated where the one the asker
    is in touch with is a parent or colleague of the asker's own circle (`PERSONAL_CIRCLE`: a parent who is a
    friend): a personal relationship, not one with a student (reach12)."""
    if reading is None:
        return False
    if item not in reading.near_items or STUDENT_INFO_RULED_OUT & reading.concepts or reading.left_out:
        return False
    if item in TRUE_OR_UNTRUE:
        untrue, grounded = TRUE_OR_UNTRUE[item]
        if untrue not in reading.concepts or grounded in reading.concepts:
            return False
    return not (item == STUDENT_RELATIONSHIP_ITEM and audience in NOT_THE_STUDENT
                and PERSONAL_CIRCLE in reading.concepts)


def in_the_items_reach(situation: Situation, reading: Reading | None) -> bool:
    """The question names a district channel, a district account or district means (a work laptop, the school
    network), or, with the wider reach (`district_business`), students, parents or school business: where the items
    apply whatever else the rules could not place. Measured with the natural-question corpus (docs/policy.md):
    district means alone left item 29's outings and lessons with students, named with no district means, unlooked."""
    return within_district_means(situation, reading) or (reading is not None and ITEMS_REACH in reading.concepts)


def wants_second_look(verdict: str, situation: Situation, understanding: Understanding | None,
                      question: str) -> bool:
    """Whether an answer with this verdict gets the second reader's look (see SECOND_LOOK_VERDICTS and
    NOT_COVERED_TOPICS)."""
    if verdict in SECOND_LOOK_VERDICTS:
        return True
    if verdict == "not_covered" and NOT_COVERED_IN_REACH and not situation.items \
            and not NOT_COVERED_TOPICS & situation.topics:
        reading = understanding.reading(question) if understanding is not None else None
        return in_the_items_reach(situation, reading)
    return False


def ruled_out(lexicon: Lexicon | None, reading: Reading | None, item: int) -> bool:
    """The question names a concept that cancels one of the item's own frames in the vocabulary ("no money
    involved" for a pool, a lesson about it): the rule reader read the act, and the asker ruled the item out.
    Word n-grams do not read negation, so the rules' reading decides here. Only a frame that was at most one concept
    short of firing counts (the one concept the asker's words cancelled, "no money"): a cancelling word in a frame
    far from firing ("student" in the frame for a colleague's suspension) is a frame's disambiguation, not the
    asker ruling the item out."""
    if lexicon is None or reading is None:
        return False
    present = set(reading.concepts)
    return any(present & set(f.unless) for f in lexicon.frames
               if f.name == f"item:{item}" and len(set(f.all_of) - present) <= 1)


# A call or message to a colleague the question names as the one at the other end, with nothing told through it (no
# act read, no incident, no word that needs a look, no content or act in doubt): the act asked about is the channel
# itself, which the policy lists as Acceptable between staff, so the model has no act of its own to veto ("is a
# voice call to a colleague ok?", "the lead teacher wants me to call her": the model reads the setting as an item)
COLLEAGUE_RECIPIENT = "colleague_recipient"
TOLD_SOMETHING = frozenset({"incident"})


def nothing_told_to_a_colleague(situation: Situation) -> bool:
    """The question asks only whether the channel may carry a call or message to a colleague it names: no act read,
    no incident told, no harm word, no content or act in doubt, no item or unplaced word near it."""
    return (situation.audience == "staff" and COLLEAGUE_RECIPIENT in situation.facts and not situation.acts
            and not TOLD_SOMETHING & situation.facts and not situation.harm_words and not situation.content_doubt
            and not situation.act_doubt and not situation.unplaced)


def second_look(reader: SecondReader | None, question: str, situation: Situation,
                understanding: Understanding | None = None, strict: bool = False) -> Situation | None:
    """The situation with the second reader's item added, or None where it has nothing to add: the rule reader
    found an item already, the question asks how to report (the act is what is being reported, not done), the
    act is on the asker's own account and time (DESIGN.md: the items govern district systems), the model is
    not confident (`strict`: at the stricter margin chosen for `not_covered` answers), the question rules the
    item out in words the rules read (`ruled_out`; read only once the model is confident, so most questions pay for
    the prediction alone), the item is one whose act is its content and no word of that content is read
    (`CONTENT_ITEMS`), or, for a `not_covered` answer past district means, the rules do not corroborate the item
    (`corroborated_past_means`)."""
    if reader is None or situation.items or "report" in situation.acts or "personal_scope" in situation.facts \
            or nothing_told_to_a_colleague(situation):
        return None
    prediction = reader.predict(question)
    if not prediction.confident or prediction.item is None:
        return None
    if strict and (prediction.score < reader.threshold_not_covered or prediction.gap < reader.min_gap_not_covered):
        return None
    reading = understanding.reading(question) if understanding is not None else None
    if understanding is not None and ruled_out(understanding.lexicon, reading, prediction.item):
        return None
    if prediction.item in CONTENT_ITEMS and (reading is None or CONTENT_ITEMS[prediction.item] not in reading.concepts):
        return None
    if strict and not within_district_means(situation, reading) and not corroborated_past_means(
            reading, prediction.item, situation.audience):
        return None
    return situation.with_(items=(prediction.item,))


# Which answers get the model's item as one more citation: a `prohibited` answer whose rules placed an item already.
# Near items are often both in play (a display name changed to the superintendent's is an impersonation and a change
# to data; a dvd rip shown in class is a download and a copyright offence), and the rules' frames name the one whose
# words they know best; the model reads the act as a whole. The verdict is the rules' own: the item only adds its line.
SECOND_ITEM_VERDICTS = frozenset({"prohibited"})


def second_item(reader: SecondReader | None, question: str, situation: Situation,
                understanding: Understanding | None = None) -> Situation | None:
    """The situation with the model's item beside the items the rules placed, or None: the rules placed none (the
    veto, `second_look`, is for that), the question asks how to report, the act is the asker's own (personal scope),
    the model is not confident or names an item already placed, or the rules do not corroborate it
    (`corroborated_past_means`: part of the item's own frame read, the student information not ruled out) or the
    asker ruled it out (`ruled_out`). Never more than one item is added, so a citation list stays short."""
    if reader is None or understanding is None or not situation.items or "report" in situation.acts \
            or "personal_scope" in situation.facts:
        return None
    prediction = reader.predict(question)
    item = prediction.item
    if not prediction.confident or item is None or item in situation.items:
        return None
    reading = understanding.reading(question)
    if not corroborated_past_means(reading, item, situation.audience):
        return None
    return situation.with_(items=(*situation.items, item))
