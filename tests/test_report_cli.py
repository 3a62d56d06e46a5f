"""The CLI: `aupbot report`, `reports`, `outbox`, `deliver`, driven as a person (or a script) would."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.servers.fixtures import rest_server  # noqa: F401
from tests.servers.smtp import free_port

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def env(monkeypatch, tmp_path):
    for name in [n for n in __import__("os").environ if n.startswith("AUPBOT_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("AUPBOT_DB", str(tmp_path / "cli.db"))
    monkeypatch.setenv("AUPBOT_REVIEWERS", "cli:ivy")
    return monkeypatch


def _report(capsys, *extra: str) -> tuple[int, str, str]:
    code = main(["report", "--category", "8", "--description", "Someone shared the copier PIN 4821 in chat.",
                 "--location", "Jones College Prep", "--reporter", "slack:UALICE", *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_report_json_prints_the_stored_ticket(env, capsys):
    code, out, _ = _report(capsys, "--json", "--when", "2026-11-20 09:15", "--urgency", "high")
    assert code == 0
    stored = json.loads(out)
    assert stored["ticket"].startswith("AUP-") and stored["status"] == "received"
    assert stored["location"] == "Jones College Prep" and stored["urgency"] == "high"
    assert stored["when"] == "2026-11-20T09:15+00:00"


def test_report_with_bad_input_names_the_problems_without_a_traceback(env, capsys):
    code = main(["report", "--category", "99", "--description", "hi", "--location", "Narnia"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "Unknown category '99'" in err and "too short" in err and "Unknown school or department" in err
    assert "Traceback" not in err + out


def test_report_prompts_for_missing_fields_in_a_terminal(env, capsys, monkeypatch):
    answers = iter(["2", "A stranger used a staff badge to enter the lab.", "", "2026-11-27", "3", "", "", ""])
    monkeypatch.setattr("sys.stdin", type("Tty", (io.StringIO,), {"isatty": lambda self: True})())
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    assert main(["report", "--reporter", "console:alice"]) == 0
    out = capsys.readouterr().out
    assert "Ticket: AUP-" in out


def test_only_reviewers_list_everyones_reports(env, capsys):
    _report(capsys)
    main(["report", "--category", "misuse", "--description", "Crypto mining on a lab machine.",
          "--location", "its", "--reporter", "slack:UBOB"])
    capsys.readouterr()
    assert main(["reports", "--as", "slack:UBOB", "list", "--json"]) == 0
    mine = json.loads(capsys.readouterr().out)
    assert len(mine) == 1 and "reporter" not in mine[0]
    assert main(["reports", "--as", "cli:ivy", "list", "--json"]) == 0
    everyone = json.loads(capsys.readouterr().out)
    assert sorted(r["reporter"] for r in everyone) == ["slack:UALICE", "slack:UBOB"]


def test_a_non_reviewer_cannot_show_or_export_another_persons_report(env, capsys):
    ticket = json.loads(_report(capsys, "--json")[1])["ticket"]
    assert main(["reports", "--as", "slack:UBOB", "show", ticket]) == 1
    assert "no report" in capsys.readouterr().err
    assert main(["reports", "--as", "slack:UBOB", "export", "--csv"]) == 1
    assert main(["reports", "--as", "cli:ivy", "show", ticket]) == 0
    assert "slack:UALICE" in capsys.readouterr().out


def test_reviewers_export_csv_and_change_status(env, capsys, tmp_path):
    ticket = json.loads(_report(capsys, "--json")[1])["ticket"]
    assert main(["reports", "--as", "ivy", "status", ticket, "acknowledged", "--note", "on it"]) == 0
    assert "now acknowledged" in capsys.readouterr().out
    target = tmp_path / "reports.csv"
    assert main(["reports", "--as", "cli:ivy", "export", "--csv", "-o", str(target)]) == 0
    rows = list(csv.DictReader(target.open()))
    assert [(r["ticket"], r["status"], r["reporter_id"]) for r in rows] == [(ticket, "acknowledged", "slack:UALICE")]
    assert "4821" not in target.read_text()
    from datetime import datetime

    for column in ("created_at", "updated_at"):  # ISO 8601, which spreadsheets read as times
        assert datetime.fromisoformat(rows[0][column]).tzinfo is not None


def test_the_interactive_menu_takes_the_policys_own_item_numbers(env, capsys, monkeypatch):
    from bot.commands.report import _prompt_missing
    from bot.settings import Settings

    answers = iter(["12"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    fields = _prompt_missing(Settings.from_env(), {}, only={"category"})
    menu = capsys.readouterr().out
    assert fields["category"] == "12"
    item_12 = next(line for line in menu.splitlines() if line.strip().startswith("12."))
    assert "12" in item_12 and "[" not in item_12


def test_an_unknown_location_offers_the_nearest_names(env, capsys):
    code = main(["report", "--category", "8", "--description", "A cart of laptops was left open overnight.",
                 "--location", "Lincon Prk High", "--reporter", "slack:UALICE"])
    err = capsys.readouterr().err
    assert code == 2 and "Lincoln Park High School" in err


def test_outbox_lists_pending_and_deliver_sends_them(env, capsys, rest_server):
    env.setenv("AUPBOT_SERVICEDESK_URL", rest_server.url)
    ticket = json.loads(_report(capsys, "--json")[1])["ticket"]
    assert main(["outbox"]) == 0
    out = capsys.readouterr().out
    assert "pending 1, dead 0" in out and ticket in out and "servicenow" in out
    assert main(["deliver", "--all"]) == 0
    assert "delivered 1" in capsys.readouterr().out
    assert rest_server.creations.total() == 1


def test_dead_deliveries_are_listed_and_retried_by_hand(env, capsys, rest_server):
    env.setenv("AUPBOT_SERVICEDESK_URL", rest_server.url)
    env.setenv("AUPBOT_OUTBOX_MAX_ATTEMPTS", "1")
    _report(capsys)
    rest_server.fail_times(1)
    assert main(["deliver"]) == 1
    capsys.readouterr()
    assert main(["outbox", "list", "--dead", "--json"]) == 0
    [dead] = json.loads(capsys.readouterr().out)
    assert dead["status"] == "dead" and "HTTP 500" in dead["last_error"]
    assert main(["outbox", "retry"]) == 2
    assert main(["outbox", "retry", str(dead["id"])]) == 0
    assert main(["deliver"]) == 0
    assert rest_server.creations.total() == 1


def test_outbox_check_names_an_unreachable_smtp_server(env, capsys):
    port = free_port()
    env.setenv("AUPBOT_SMTP_URL", f"smtp://127.0.0.1:{port}")
    env.setenv("AUPBOT_SERVICEDESK_EMAIL", "servicedesk@cps.edu")
    assert main(["outbox", "check"]) == 1
    out = capsys.readouterr().out
    assert f"SMTP 127.0.0.1:{port}" in out and "Connection refused" in out


def test_the_console_script_reports_a_bad_setting_without_a_traceback(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "AUPBOT_DB": str(tmp_path / "x.db"), "AUPBOT_OUTBOX_MAX_ATTEMPTS": "many"}
    proc = subprocess.run([sys.executable, "-m", "bot.cli", "outbox"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 2 and "AUPBOT_OUTBOX_MAX_ATTEMPTS" in proc.stderr and "Traceback" not in proc.stderr


def test_in_a_terminal_only_the_wrong_fields_are_asked_again(env, capsys, monkeypatch):
    answers = iter(["no-such-category", "misuse"])
    monkeypatch.setattr("sys.stdin", type("Tty", (io.StringIO,), {"isatty": lambda self: True})())
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    assert main(["report", "--description", "Lab PCs are used for crypto mining.", "--location", "its",
                 "--when", "2026-11-01", "--people", "none", "--urgency", "low", "--evidence",
                 "https://x.example/p1", "--reporter", "console:alice"]) == 0
    out = capsys.readouterr().out
    assert "Unknown category 'no-such-category'" in out and "Ticket: AUP-" in out


def test_exported_cells_cannot_run_as_spreadsheet_formulas(env, capsys, tmp_path):
    main(["report", "--category", "other", "--description", "=HYPERLINK(\"http://evil.example\",\"open\")",
          "--location", "its", "--reporter", "slack:U1"])
    target = tmp_path / "out.csv"
    assert main(["reports", "--as", "cli:ivy", "export", "--csv", "-o", str(target)]) == 0
    [row] = list(csv.DictReader(target.open()))
    assert row["description"].startswith("'=HYPERLINK")
