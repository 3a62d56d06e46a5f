"""DESIGN.md's verdict vocabulary and "strictest first" (policy/verdicts.py): the engine's combination of rules and
the order replies show parts in read one ordering, so a change of strictness is made in one place."""
from __future__ import annotations

from policy import verdicts
from policy.verdicts import RULE_VERDICTS, SEVERITY, SHOWN_FIRST, STRICTEST_FIRST, VERDICTS, stricter


def test_every_verdict_a_rule_gives_has_one_place_in_the_strictness_order():
    assert sorted(STRICTEST_FIRST) == sorted(RULE_VERDICTS)
    assert set(RULE_VERDICTS) | {"clarify"} == set(VERDICTS)


def test_a_prohibition_outranks_conditions_a_review_a_yes_and_the_policys_silence():
    assert [v for v, _ in sorted(SEVERITY.items(), key=lambda kv: -kv[1])] == list(STRICTEST_FIRST)
    assert stricter("prohibited", than="conditional") and stricter("under_review", than="allowed")
    assert stricter("allowed", than="not_covered")     # what a rule says outranks the policy's silence
    assert not stricter("clarify", than="not_covered")  # a question back is no rule's verdict


def test_answers_are_shown_strictest_first_with_an_unanswered_part_before_a_plain_yes():
    assert sorted(SHOWN_FIRST) == sorted(VERDICTS)
    ranked = [v for v in SHOWN_FIRST if v not in ("clarify", "not_covered")]
    assert ranked == [v for v in STRICTEST_FIRST if v != "not_covered"]
    assert SHOWN_FIRST.index("not_covered") == SHOWN_FIRST.index("allowed") - 1
    assert SHOWN_FIRST.index("conditional") < SHOWN_FIRST.index("clarify") < SHOWN_FIRST.index("under_review")


def test_the_shown_order_follows_a_change_of_strictness(monkeypatch):
    """SHOWN_FIRST is derived, not written again: reorder the strictness and the shown order follows."""
    monkeypatch.setattr(verdicts, "STRICTEST_FIRST", ("prohibited", "under_review", "conditional", "allowed",
                                                      "not_covered"))
    assert verdicts._shown_first() == ("prohibited", "under_review", "conditional", "clarify", "not_covered",
                                       "allowed")


def test_the_engine_and_the_replies_read_the_one_ordering():
    import handlers.ask
    import policy.engine

    assert policy.engine.SEVERITY is verdicts.SEVERITY
    assert handlers.ask.SHOWN_FIRST is verdicts.SHOWN_FIRST
    assert not hasattr(handlers.ask, "PART_ORDER")
