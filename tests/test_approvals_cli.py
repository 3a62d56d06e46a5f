"""`aupbot register` from the command line: the same register as the chat command, clear errors, exit codes."""
from __future__ import annotations

import json
from datetime import date, timedelta

from bot.cli import main


def _env(monkeypatch, tmp_path):
    monkeypatch.setenv("AUPBOT_DB", str(tmp_path / "cli.db"))
    monkeypatch.setenv("AUPBOT_HASH_SECRET", "test-hash-secret")


def test_cli_registers_lists_and_revokes_an_approval(monkeypatch, tmp_path, capsys):
    _env(monkeypatch, tmp_path)
    approved = (date.today() - timedelta(days=3)).isoformat()
    assert main(["register", "add", "bulk", "subject=SchoolText at Lane", "approver=CIO designee",
                 f"date={approved}", "form=ISR-2026-301", "owner=slack:UBOB"]) == 0
    assert capsys.readouterr().out.startswith("Registered #1: Bulk text notification system")
    assert main(["register", "list", "--all", "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(a["id"], a["owner_id"], a["state"]) for a in listed] == [(1, "slack:UBOB", "active")]
    assert main(["register", "revoke", "1", "--reason", "replaced"]) == 0
    assert capsys.readouterr().out.strip() == "Approval #1 is revoked."


def test_cli_refuses_a_bad_registration_with_the_reason_and_exit_code_1(monkeypatch, tmp_path, capsys):
    _env(monkeypatch, tmp_path)
    assert main(["register", "add", "texting", "subject=Trip", "approver=Dr. Ruiz", "date=yesterday"]) == 1
    err = capsys.readouterr().err
    assert "must be a date like 2026-09-01" in err and "Traceback" not in err
    assert main(["register", "add", "social", "notafield"]) == 2
    assert "expected NAME=VALUE" in capsys.readouterr().err


def test_cli_lists_the_kinds_with_their_fields(monkeypatch, tmp_path, capsys):
    _env(monkeypatch, tmp_path)
    assert main(["register", "kinds"]) == 0
    out = capsys.readouterr().out
    for kind in ("social_media_account", "texting_exception", "bulk_text_system"):
        assert kind in out
    assert "guardian_form" in out


def test_revoking_an_unknown_approval_exits_non_zero(monkeypatch, tmp_path, capsys):
    _env(monkeypatch, tmp_path)
    assert main(["register", "revoke", "99"]) == 1
    captured = capsys.readouterr()
    assert "no registered approval #99" in captured.err and captured.out == ""


def test_the_cli_never_tells_its_user_to_type_chat_syntax(monkeypatch, tmp_path, capsys):
    _env(monkeypatch, tmp_path)
    assert main(["register", "kinds"]) == 0
    assert main(["register", "list"]) == 0
    out = capsys.readouterr().out
    assert "/aup" not in out
    assert "aupbot register add KIND" in out and "aupbot register revoke NUMBER" in out
    assert "Register one with aupbot register add." in out


def test_the_cli_refuses_a_texting_exception_for_a_seventh_grade_team(monkeypatch, tmp_path, capsys):
    _env(monkeypatch, tmp_path)
    approved = (date.today() - timedelta(days=3)).isoformat()
    assert main(["register", "add", "texting", "subject=7th-grade team away game", "approver=Dr. Ruiz",
                 f"date={approved}", "form=CPS-TXT-1", "guardian_form=CPS-TXT-1-G"]) == 1
    err = capsys.readouterr().err
    assert "grades K-8" in err and "9-12" in err
    assert main(["register", "list", "--all", "--json"]) == 0
    assert capsys.readouterr().out == ""


def test_the_cli_refuses_an_approval_dated_in_the_future(monkeypatch, tmp_path, capsys):
    _env(monkeypatch, tmp_path)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert main(["register", "add", "bulk", "subject=SchoolText at Lane", "approver=CIO designee",
                 f"date={tomorrow}", "form=ISR-2026-301"]) == 1
    assert "in the future" in capsys.readouterr().err
