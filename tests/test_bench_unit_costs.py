"""The benchmark's cost table: each unit is charged for the messages it ran on, and a message no unit's trigger
reaches charges only the plan."""
from __future__ import annotations

from bench.bench_scan import unit_costs


def test_each_unit_is_charged_for_the_messages_it_ran_on():
    corpus = ["Room 214 is free during 3rd period", "New hire paperwork: SSN 287-65-4301, start date Monday",
              "SSN 536-22-8741 on the form", "Can someone cover my lunch duty?"]
    plan, costs = unit_costs(corpus, passes=1)
    runs = {name: count for name, _, count in costs}
    assert runs["ssn"] == 2
    assert plan > 0 and all(cost >= 0 for _, cost, _ in costs)


def test_messages_no_trigger_reaches_charge_no_unit():
    plan, costs = unit_costs(["Room 214 is free during 3rd period", "Can someone cover my lunch duty?"], passes=1)
    assert costs == [] and plan > 0
