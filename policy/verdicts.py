"""DESIGN.md's verdict vocabulary and how strict each verdict is: the one owner of "strictest first".

Two places order verdicts: the engine, where every rule group and matched item contributes a verdict and the
strictest wins, and the replies, where a question's parts (or the channels of a choice question) are shown
strictest first. Both read `STRICTEST_FIRST`; the order answers are shown in (`SHOWN_FIRST`) is derived from it by
the two rules that only concern showing, so a change of strictness is made here once.
"""
from __future__ import annotations

# The fixed strings (DESIGN.md "Vocabulary": tests, benchmarks and the scoring tool use them).
VERDICTS = ("allowed", "conditional", "prohibited", "under_review", "clarify", "not_covered")
# `clarify` is the engine's own answer (an open audience it asks back about), never a rule's.
RULE_VERDICTS = ("allowed", "conditional", "prohibited", "under_review", "not_covered")

# How the rules combine, strictest first: a question that is both allowed (the channel) and prohibited (a raffle)
# is prohibited. `not_covered` is the policy's silence, so whatever a rule says outranks it (the policy file
# states this order beside its rules).
STRICTEST_FIRST = ("prohibited", "conditional", "under_review", "allowed", "not_covered")
# higher is stricter; a verdict no rule gives (`clarify`) ranks below them all where answers are compared
SEVERITY = {verdict: len(STRICTEST_FIRST) - rank for rank, verdict in enumerate(STRICTEST_FIRST)}


def stricter(verdict: str, than: str) -> bool:
    """Whether `verdict` is stricter than `than` as the rules combine them (`clarify` is stricter than nothing)."""
    return SEVERITY.get(verdict, 0) > SEVERITY.get(than, 0)


def _shown_first() -> tuple[str, ...]:
    """`STRICTEST_FIRST` with the two rules of showing: a question asked back (`clarify`, whose options may lead
    to a prohibition) comes right after the conditional answers; and a part the bot could not answer
    (`not_covered`) comes before a plain yes, so the first thing a person reads is never a yes beside something it
    did not understand."""
    order = [v for v in STRICTEST_FIRST if v != "not_covered"]
    order.insert(order.index("allowed"), "not_covered")
    order.insert(order.index("conditional") + 1, "clarify")
    return tuple(order)


# The order answers are shown in (a multi-part question's parts; the channel a choice question is answered for).
SHOWN_FIRST = _shown_first()
