"""A statistical reader of the whole answer (issue 10): which reading of a question staff mean, learnt from the
labelled questions many writers wrote, used to choose among the readings the rules can justify.

Why: the rule reader decides each fact (who the audience is, which channel, which item) from the words the
vocabulary names; on a writer it never saw it gets about one question in nine wrong, and the misses are spread over
every kind of fact. The review sets hold 18,000 questions by more than forty independent writers, each labelled with
its verdict and citation; a linear model over the question's words and the rules' own answer and reading learns
where the rules' reading and staff's meaning part. With whole sets held out (`training/answer_reader/train.py`), it
turns about one rules' verdict in ninety into the labelled one, for about one in nine hundred it turns wrong.

It never answers on its own. When the model is confident of another answer (a verdict, a section and an item), the
engine is asked again with one fact of the situation changed (the item added, another audience, another channel, the
rules' items given up for the model's: `readings`); the first reading whose answer the engine gives with that
verdict and that citation is kept, so every answer still rests on the policy's rules and quotes the policy's text.
Where no such reading exists and the model is surer still (a second margin, chosen on writers it never saw), its
answer is stated from the policy's text: the item it names or the one rule of the policy file that gives it, with
their citations and conditions (`answer_for`). The rules' `allowed` is turned more readily: where the model's yes is
not clearly above the best answer it may lead to (a third margin, `gap_from_allowed`), that answer is sought the
same way ("never a confident yes"). It never gives `allowed` (DESIGN.md "Never a confident yes") nor `clarify` (a
choice needs its options, which only the rules build); a question the rules send down the report route may be read
as the permission question it also asks (`readings`). Pure Python at run time; the weights' file format is the
second reader's.
"""
from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from policy.second_reader import SecondReader, question_features, trained_for
from policy.situation import Situation

if TYPE_CHECKING:
    from policy.engine import Engine, Verdict

WEIGHTS = Path(__file__).resolve().parent / "data" / "answer_reader.jsonl"
# how much the rules' own answer weighs beside the question's words (each word family is scaled to unit length)
RULE_WEIGHT = 1.0
SITUATION_WEIGHT = 1.0
NO_CITATION = "-"
# the question's shape beside its words ("q:"): its length in words, banded (the upper bound of each band), and how
# many sentences it asks or tells, up to SENTENCES_COUNTED; a long story is read otherwise than a bare question
# (twenty-fourth session: held out and on AZ and BA, a little better than without)
SHAPE_WEIGHT = 1.0
LENGTH_BANDS = ((8, "short"), (16, "mid"), (30, "long"))
SENTENCES_COUNTED = 3
# answers the model may lead to: never a confident yes, never a choice without its options
NEVER_LEADS_TO = frozenset({"allowed", "clarify"})
# the rules' answer the model turns more readily than the others (below the reading margin, where its best `allowed`
# answer is not `gap_from_allowed` above the best answer it may lead to): an `allowed` where the policy forbids or
# conditions costs more than a right one lost (DESIGN.md "Never a confident yes"; issue 10 item 3)
FAILS_CLOSED_FROM = "allowed"
# the facts tried, one at a time, for a reading the engine can justify (order: the cheapest change first)
AUDIENCES = ("student_k8", "student_9_12", "parent", "staff")
CHANNELS = ("text", "phone_call", "district_email", "personal_email", "group_app", "personal_social",
            "class_social", "district_social", "bulk", "im", "video")
# open channels whose `clarify` the model never turns: an address a student or a parent gave, of a kind nobody said
# ("email her at the address she gave me"). The model learnt such questions only as the rules once answered them
# (the CPS account's `allowed`), so its confident reading picks one case where the question leaves both open.
KEPT_OPEN_CHANNELS = frozenset({"email"})
# the act that sends a question down the report route (`handlers.ask`): the reader may read the question without it
REPORT = "report"


def answer_features(question: str, verdict: str, citations: Iterable[tuple[str, int | None]],
                    situation: Situation | None = None) -> dict[str, float]:
    """The second reader's word and character n-grams, beside the rules' answer: its verdict, each citation, the
    verdict with the first citation ("r:"), and how the rules read the question ("s:": audience, channel, account,
    items, acts, facts), RULE_WEIGHT and SITUATION_WEIGHT each, and its shape ("q:", `question_shape`). (Its topics,
    the items whose act was named and which doubts were read were measured beside these and lost more than they
    gained.)"""
    out = dict(question_features(question))
    cited = [f"{section.lower()}|{item}" for section, item in citations]
    out[f"r:v={verdict}"] = RULE_WEIGHT
    for c in cited:
        out[f"r:c={c}"] = RULE_WEIGHT
    if cited:
        out[f"r:vc={verdict}|{cited[0]}"] = RULE_WEIGHT
    if situation is not None and SITUATION_WEIGHT:
        told = [f"s:audience={situation.audience}", f"s:channel={situation.channel}", f"s:account={situation.account}",
                *(f"s:item={n}" for n in situation.items), *(f"s:act={a}" for a in sorted(situation.acts)),
                *(f"s:fact={f}" for f in sorted(situation.facts))]
        out.update(dict.fromkeys(told, SITUATION_WEIGHT))
    if SHAPE_WEIGHT:
        out.update(dict.fromkeys(question_shape(question), SHAPE_WEIGHT))
    return out


def question_shape(question: str) -> tuple[str, str]:
    """The question's length band in words and its number of sentences (question marks and full stops ending a
    sentence inside it, up to SENTENCES_COUNTED), as features ("q:")."""
    words = len(question.split())
    band = next((name for bound, name in LENGTH_BANDS if words <= bound), "vlong")
    sentences = min(SENTENCES_COUNTED, question.count("?") + question.count(". "))
    return f"q:len={band}", f"q:sent={sentences}"


def label_of(verdict: str, citations: Sequence[tuple[str, int | None]]) -> str:
    """An answer as the model names it: "verdict|section|item" of its first citation ("-" for none)."""
    if not citations:
        return f"{verdict}|{NO_CITATION}|{NO_CITATION}"
    section, item = citations[0]
    return f"{verdict}|{section.lower()}|{item}"


@dataclass(frozen=True)
class AnswerGuess:
    verdict: str
    section: str            # lower-cased policy heading, or "-"
    item: int | None
    score: float
    confident: bool
    # led away from the rules' `allowed` below the reading margin, the model's yes not sure enough (`FAILS_CLOSED_FROM`)
    fails_closed: bool = False

    @classmethod
    def of(cls, label: str, score: float, confident: bool, fails_closed: bool = False) -> AnswerGuess:
        """The guess a class's name ("verdict|section|item") stands for."""
        verdict, section, item = label.split("|")
        return cls(verdict, section, int(item) if item.isdigit() else None, score, confident, fails_closed)

    @property
    def label(self) -> str:
        return f"{self.verdict}|{self.section}|{self.item if self.section != NO_CITATION else NO_CITATION}"

    def gives(self, verdict: str, citations: Sequence[tuple[str, int | None]]) -> bool:
        """Whether an answer is this one: its verdict and first citation, or its verdict alone where the model's
        answer cites nothing (a `not_covered` the policy does not address: whatever the engine quotes beside it)."""
        if self.section == NO_CITATION:
            return verdict == self.verdict
        return label_of(verdict, citations) == self.label

    def describe(self) -> dict[str, object]:
        return {"label": self.label, "score": round(self.score, 3), "confident": self.confident}


class AnswerReader(SecondReader):
    """The weights file as the second reader's (header, the trainer's own predictions on a sample, weights one line
    per feature); its classes are answers ("verdict|section|item")."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        with path.open(encoding="utf-8") as f:
            header = json.loads(f.readline())
        # the higher margin above which the model's answer is stated from the policy's text where no reading of the
        # rules gives it (`stated_answer`); a weights file without one (trained before it) never states an answer
        stated = header.get("threshold_stated")
        self.threshold_stated = float(stated) if stated is not None else math.inf
        # how far below the model's best `allowed` answer the best answer it may lead to may score and still turn
        # the rules' `allowed` (`FAILS_CLOSED_FROM`; negative: the model's yes is not sure enough), chosen on writers
        # it never saw where an unsafe yes left standing costs more than a right yes turned; a weights file without
        # one (trained before it) turns `allowed` as any other verdict
        gap = header.get("gap_from_allowed")
        self.gap_from_allowed = float(gap) if gap is not None else None

    def states(self, guess: AnswerGuess) -> bool:
        """Whether the guess is sure enough to be stated from the policy's text without a reading (`stated_answer`)."""
        return guess.score >= self.threshold_stated

    def guess(self, question: str, verdict: str, citations: Sequence[tuple[str, int | None]],
              situation: Situation | None = None) -> AnswerGuess:
        return self._guess_of(self.scores_of(answer_features(question, verdict, citations, situation)))

    def guess_away_from(self, question: str, verdict: str, citations: Sequence[tuple[str, int | None]],
                        situation: Situation | None = None) -> AnswerGuess | None:
        """`guess` where it leads away from the rules' answer: confident, of another verdict, and one the model may
        lead to (`NEVER_LEADS_TO`); None where the rules' answer stands. From the rules' `allowed`, where that guess
        does not lead away, the best answer it may lead to does when it scores within `gap_from_allowed` of the
        model's best `allowed` answer (the guess says `fails_closed`): never a yes the model is not sure of. (An
        absolute margin below the reading's turned a right yes for each unsafe one on the held-out folds; another
        citation for the same verdict lost as many as it gained.)"""
        if verdict == "clarify" and situation is not None and situation.channel in KEPT_OPEN_CHANNELS:
            return None         # which case it is, is the whole answer (`KEPT_OPEN_CHANNELS`)
        s = self.scores_of(answer_features(question, verdict, citations, situation))
        guess = self._guess_of(s)
        if guess.confident and guess.verdict not in NEVER_LEADS_TO and guess.verdict != verdict:
            return guess
        away = self._away_from(verdict)
        if may_fail_closed(verdict, situation) and self.gap_from_allowed is not None and away:
            k = max(sorted(away), key=s.__getitem__)
            if s[k] >= max((s[j] for j in self._yes), default=-math.inf) + self.gap_from_allowed:
                return AnswerGuess.of(self.classes[k], s[k], False, fails_closed=True)
        return None

    @cached_property
    def _yes(self) -> tuple[int, ...]:
        """The classes that answer `allowed` (`FAILS_CLOSED_FROM`)."""
        return tuple(k for k, c in enumerate(self.classes) if c.split("|", 1)[0] == FAILS_CLOSED_FROM)

    def _guess_of(self, s: list[float]) -> AnswerGuess:
        k = max(range(len(s)), key=s.__getitem__)
        return AnswerGuess.of(self.classes[k], s[k], s[k] >= self.threshold)

    @cached_property
    def _aways(self) -> dict[str, frozenset[int]]:
        return {}           # for each verdict: the classes a guess may lead to from it

    def _away_from(self, verdict: str) -> frozenset[int]:
        """The classes a guess may lead to from an answer with this verdict."""
        away = self._aways.get(verdict)
        if away is None:
            away = self._aways[verdict] = frozenset(
                k for k, c in enumerate(self.classes)
                if c.split("|", 1)[0] not in NEVER_LEADS_TO and c.split("|", 1)[0] != verdict)
        return away


@lru_cache(maxsize=4)
def load(path: Path = WEIGHTS) -> AnswerReader:
    return AnswerReader(path)


def reader_for(item_texts: Iterable[tuple[int, str]], path: Path = WEIGHTS) -> AnswerReader | None:
    """The answer reader trained for these items, or None."""
    return trained_for(item_texts, path, load)


def may_fail_closed(verdict: str, situation: Situation | None) -> bool:
    """Whether the gap from `allowed` may turn this rules' answer: a yes, never on the report route (a report is
    turned only above the reading margin, as the question it also asks: `readings`)."""
    return verdict == FAILS_CLOSED_FROM and (situation is None or REPORT not in situation.acts)


def as_asked(situation: Situation) -> Situation:
    """The question read without the report route (`readings`): what it asks about the act it names."""
    return situation.with_(acts=situation.acts - {REPORT}) if REPORT in situation.acts else situation


def readings(situation: Situation, guess: AnswerGuess) -> Iterable[Situation]:
    """The situations tried for the model's answer, each one fact away from the rules' reading: the model's item
    added, another audience, another channel, then the items the rules placed given up for the model's (none where
    its answer is a channel's: the rules took a word for an unacceptable use; its item alone where they placed
    another). With whole sets held out, the last two turned about a quarter more verdicts right, for none wrong.

    A question the rules read as a report ("report" among its acts) is first read as the permission question it may
    be (DESIGN.md: a permission question that mentions a loss or an incident stays one): the report route answers
    `allowed` whatever else the question names, so that one fact is the one that matters, and the readings go on
    from there. At first sight the report route gave a third of the rules' unsafe `allowed` answers (64 of 207 on the
    review sets)."""
    if REPORT in situation.acts:
        asked = as_asked(situation)
        yield asked
        yield from readings(asked, guess)
        return
    if guess.item is not None and guess.item not in situation.items:
        yield situation.with_(items=(*situation.items, guess.item))
    for audience in AUDIENCES:
        if audience != situation.audience:
            yield situation.with_(audience=audience)
    for channel in CHANNELS:
        if channel != situation.channel:
            yield situation.with_(channel=channel, other_channels=())
    if situation.items and guess.item is None:
        yield situation.with_(items=())
    if situation.items and guess.item is not None and situation.items != (guess.item,):
        yield situation.with_(items=(guess.item,))


def stated_answer(engine: Engine, situation: Situation, guess: AnswerGuess) -> tuple[Situation, Verdict] | None:
    """The model's answer stated from the policy's text where no reading one fact away gives it: the item it names
    with its verdict, its exact text and (conditional) its condition, or the one rule of the policy file that gives
    its verdict and citation (`Engine.stated_answer`); None where several rules do (only the rules' reading chooses
    among them) or the answer is one it may not lead to. The caller asks only above the stated margin
    (`AnswerReader.states`), chosen on writers the model never saw."""
    if guess.verdict in NEVER_LEADS_TO or guess.section == NO_CITATION:
        return None
    v = engine.stated_answer(situation, guess.verdict, guess.section, guess.item)
    return None if v is None else (v.situation or situation, v)


def two_facts_away(situation: Situation, guess: AnswerGuess) -> Iterable[Situation]:
    """The readings two facts away from the rules' (`readings` of each reading), none tried twice nor one fact away:
    for an answer no single rule of the policy file states (`stated_answer`), e.g. a prohibition one of several
    channel rules gives once both the audience and the channel are the model's."""
    seen = {situation, *readings(situation, guess)}
    for first in readings(situation, guess):
        for second in readings(first, guess):
            if second not in seen:
                seen.add(second)
                yield second


def _keeping_items(situation: Situation, guess: AnswerGuess) -> Iterable[Situation]:
    """The readings two facts away that keep the rules' items (`answer_for`)."""
    return (r for r in two_facts_away(situation, guess) if r.items == situation.items)


def reading_for(engine: Engine, situation: Situation, guess: AnswerGuess,
                away: Callable[[Situation, AnswerGuess], Iterable[Situation]] = readings,
                ) -> tuple[Situation, Verdict] | None:
    """The first reading (`away`: one fact away unless told) whose final answer (the engine's, the human look
    included) is the model's, with that answer; None when no reading gives it."""
    for reading in away(situation, guess):
        v = engine.needs_a_human_look(reading, engine.verdict_for(reading))
        if guess.gives(v.verdict, [(c.section, c.item) for c in v.citations]):
            return reading, v
    return None


# how the answer reader gave its answer, as `aupbot ask --explain` shows it
ONE_FACT_AWAY = "one fact away"
STATED = "stated"
TWO_FACTS_AWAY = "two facts away"
# added to the way when the guess led away from the rules' `allowed` below the reading margin (`fails_closed`)
FAILING_CLOSED = "failing closed on the rules' allowed"


def answer_for(engine: Engine, situation: Situation, guess: AnswerGuess,
               states: bool) -> tuple[str, Situation, Verdict] | None:
    """The model's answer as the bot gives it, and how: a reading one fact away from the rules' (the engine decides);
    else, where the guess is above the stated margin (`states`, `AnswerReader.states`), the answer stated from the
    policy's text (`stated_answer`), or for an answer several rules give, a reading two facts away. None: the rules'
    reply stands. The bot and the trainer's thresholds both ask here, so the margins are chosen on the answers the
    bot would really change. (Two facts away were tried before the stated answer: most of what they reached is an
    answer one rule states, at up to 16 times the engine calls.) A guess that fails closed on the rules' `allowed`
    says so in the way (`FAILING_CLOSED`), for `aupbot ask --explain`."""
    found = _answer_for(engine, situation, guess, states)
    if found is None or not guess.fails_closed:
        return found
    how, reading, verdict = found
    return f"{how}, {FAILING_CLOSED}", reading, verdict


def _answer_for(engine: Engine, situation: Situation, guess: AnswerGuess,
                states: bool) -> tuple[str, Situation, Verdict] | None:
    found = reading_for(engine, situation, guess)
    if found is not None:
        return ONE_FACT_AWAY, *found
    if not states:
        return None
    stated = stated_answer(engine, as_asked(situation), guess)
    if stated is not None:
        return STATED, *stated
    away = two_facts_away
    if guess.item is not None and engine.reads_item(situation, guess.item):
        # as for a stated answer (`Engine.stated_answer`): the rules read this item among theirs, and its verdict is
        # their reading of its condition; two facts away may tell another audience or channel, but not give up the
        # items the rules read beside it (held out, docs/policy.md)
        away = _keeping_items
    found = reading_for(engine, situation, guess, away)
    return None if found is None else (TWO_FACTS_AWAY, *found)
