"""The words an answer names as ones the reader could not place (`unplaced`), and why: the one owner of that list.

DESIGN.md "Never a confident yes": an accepted channel beside something the reader did not understand is no bare
`allowed`; the reply names the words. Six readers find such words, each for its own reason (`REASONS`). They only
report what they found, in the order they read it; this module decides what the reply names: every reason's words
in one order, each word once, and which of the channel-content doubts still count once an item is placed. So the
order of the list, its de-duplication and the item rule are changed here, not at each reader or call site.

Two stages, because the two kinds of doubt hold back different answers (Engine.verdict_for, needs_a_human_look):

- what the question's acts leave unplaced (`concepts.read`): a conditional answer names these beside its
  conditions, and an `allowed` becomes `not_covered`;
- what travels through the channel and needs a human look (`understanding.read`, applied after the second reader):
  an `allowed` becomes `not_covered`, and an answer already held back names these after the first.
"""
from __future__ import annotations

from collections.abc import Iterable

from policy.situation import Situation

# Why a word is named (the reader that found it), in the order the reply names them.
# -- the question's acts (concepts.read -> Reading.unplaced -> Situation.unplaced)
ACT_SLOT = "act_slot"               # a word in an act's slot that no concept, pattern, stopword or name places
UNKNOWN_VERB = "unknown_verb"       # a word known in no role where a verb stands (`concepts._unknown_verbs`)
DOUBTED = "doubt_anywhere"          # what an item is about, named with its frame incomplete (`doubt_anywhere`)
# -- what travels through the channel (understanding.read -> Situation, Engine.needs_a_human_look)
HARM_ALONE = "harm_alone"           # a word whose presence alone needs a human look (`Situation.harm_words`)
CONTENT = "content_doubt"           # content told and not understood as acceptable (`Situation.content_doubt`)
ACT_DOUBT = "act_doubt"             # an act no ordinary work explains (`Situation.act_doubt`)

ACT_REASONS = (ACT_SLOT, UNKNOWN_VERB, DOUBTED)
LOOK_REASONS = (HARM_ALONE, CONTENT, ACT_DOUBT)
REASONS = ACT_REASONS + LOOK_REASONS
# the doubts an item placed answers (its frame covers what is carried); an act no ordinary work explains is told
# beside the item, whose authorized case says nothing of it, so it still counts
ANSWERED_BY_AN_ITEM = frozenset({HARM_ALONE, CONTENT})


def named_once(*groups: Iterable[str]) -> tuple[str, ...]:
    """The words of every group, in the groups' order, each once: how the reply lists them (a word two readers
    found, or two parts of a question share, is named where it first appears)."""
    return tuple(dict.fromkeys(w for g in groups for w in g))


def act_words(reports: dict[str, Iterable[str]]) -> tuple[str, ...]:
    """What the question's acts leave unplaced (`Reading.unplaced`), from the act readers' reports by reason."""
    unknown = set(reports) - set(ACT_REASONS)
    if unknown:
        raise ValueError(f"not a reason of the act readers: {sorted(unknown)}")
    return named_once(*(reports.get(why, ()) for why in ACT_REASONS))


def look_reports(situation: Situation) -> dict[str, tuple[str, ...]]:
    """What travels through the channel and still needs a human look, by reason: the doubts an item placed
    answers (`ANSWERED_BY_AN_ITEM`) are dropped once `situation.items` holds one (the second reader's included)."""
    reports = {HARM_ALONE: situation.harm_words, CONTENT: situation.content_doubt, ACT_DOUBT: situation.act_doubt}
    if situation.items:
        reports = {why: words for why, words in reports.items() if why not in ANSWERED_BY_AN_ITEM}
    return reports


def look_words(situation: Situation) -> tuple[str, ...]:
    """The words of `look_reports`, in `LOOK_REASONS` order, each once."""
    reports = look_reports(situation)
    return named_once(*(reports.get(why, ()) for why in LOOK_REASONS))


def with_look_words(unplaced: tuple[str, ...], situation: Situation) -> tuple[str, ...]:
    """An answer's unplaced words with those needing a human look named after them (each once)."""
    return named_once(unplaced, look_words(situation))
