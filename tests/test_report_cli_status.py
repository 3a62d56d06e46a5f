"""`aupbot reports status`: a status that does not exist, or a ticket that does not, is an error exit."""
from __future__ import annotations

import json

import pytest

from bot.cli import main


@pytest.fixture
def env(monkeypatch, tmp_path):
    for name in [n for n in __import__("os").environ if n.startswith("AUPBOT_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("AUPBOT_DB", str(tmp_path / "cli.db"))
    monkeypatch.setenv("AUPBOT_REVIEWERS", "cli:ivy")
    return monkeypatch


def _ticket(capsys) -> str:
    assert main(["report", "--category", "8", "--description", "Someone shared a login in chat.",
                 "--location", "other", "--reporter", "slack:UALICE", "--json"]) == 0
    return json.loads(capsys.readouterr().out)["ticket"]


def test_an_unknown_status_exits_non_zero_and_changes_nothing(env, capsys):
    ticket = _ticket(capsys)
    assert main(["reports", "--as", "ivy", "status", ticket, "bogus"]) != 0
    assert "bogus" in capsys.readouterr().out
    assert main(["reports", "--as", "ivy", "show", ticket, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "received"


def test_an_unknown_ticket_exits_non_zero(env, capsys):
    assert main(["reports", "--as", "ivy", "status", "AUP-2026-999999", "closed"]) != 0


def test_a_valid_change_still_exits_zero(env, capsys):
    ticket = _ticket(capsys)
    assert main(["reports", "--as", "ivy", "status", ticket, "in progress"]) == 0
