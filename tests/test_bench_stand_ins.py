"""The benchmarks that drive the bot over loopback load their stand-ins and pick their ports through one helper
(bench/stand_ins.py), not each through a copy of its own."""
from __future__ import annotations

import socket

from bench import bench_reliability, bench_slack, stand_ins


def test_a_stand_in_is_loaded_by_its_path_under_the_name_given():
    module = stand_ins.load("aupbot_test_slack_api_stand_in", "tests/servers/slack_api.py")
    assert module.__name__ == "aupbot_test_slack_api_stand_in" and hasattr(module, "SlackAPIStandIn")


def test_a_free_port_can_be_bound_on_loopback():
    with socket.socket() as s:
        s.bind(("127.0.0.1", stand_ins.free_port()))


def test_no_benchmark_keeps_a_copy_of_the_helpers():
    for module in (bench_reliability, bench_slack):
        assert not {"_free_port", "_load", "_stand_in_module"} & set(vars(module)), module.__name__
