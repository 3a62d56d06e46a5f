"""`aupbot console` driven through stdin: answers, a clarify picked by number, feedback, the masked log."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from bot.commands.console import console_main
from bot.store import Database


def _run(settings, script: str) -> str:
    out = io.StringIO()
    assert console_main(settings, stdin=io.StringIO(script), stdout=out) == 0
    return out.getvalue()


def test_console_answers_and_picks_a_clarify_option_by_number(settings):
    out = _run(settings, "can I text my team?\n3\nquit\n")
    assert "Which fits?" in out
    assert "1. Colleagues (other staff)" in out
    assert "[Allowed with conditions]" in out.split("Which fits?")[1]


def test_console_out_of_range_number_asks_again(settings):
    out = _run(settings, "can I text my team?\n9\n")
    assert "Pick a number from 1 to 3" in out


def test_console_logs_questions_as_console_user_and_records_feedback(settings, monkeypatch):
    monkeypatch.setenv("USER", "alice")
    _run(settings, "can I delete my work texts every week?\n+\n")
    db = Database(settings.db_path)
    try:
        rows = db.query("SELECT person, verdict, helpful FROM questions")
    finally:
        db.close()
    assert rows == [{"person": "console:alice", "verdict": "prohibited", "helpful": 1}]


def test_console_survives_bad_input_and_ends_at_eof(settings):
    out = _run(settings, "\x00\x01\x02\n" + "y" * 50_000 + "\n\n+\n")
    assert out.count("bot>") == 3          # two friendly answers, then the feedback on the last one
    assert "feedback was recorded" in out


def test_aupbot_console_reads_stdin_as_a_process(tmp_path):
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "AUPBOT_DB": str(tmp_path / "c.db"), "USER": "bob", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "console"], input="can i email my 4th graders at "
                          "their cps address?\nquit\n", capture_output=True, text=True, timeout=60, cwd=root, env=env)
    assert done.returncode == 0, done.stderr
    assert "[Allowed]" in done.stdout


def test_aupbot_run_without_platform_credentials_opens_the_console(tmp_path):
    # `make run` calls `aupbot run`: a newcomer with no Slack or Google credentials gets the local console
    root = Path(__file__).resolve().parents[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "AUPBOT_"))}
    env.update({"AUPBOT_DB": str(tmp_path / "r.db"), "USER": "newcomer", "PYTHONPATH": str(root)})
    done = subprocess.run([sys.executable, "-m", "bot.cli", "run"], input="can I text my team?\n1\nquit\n",
                          capture_output=True, text=True, timeout=60, cwd=root, env=env)
    assert done.returncode == 0, done.stderr
    assert "aupbot console" in done.stdout
    assert "[Under review]" in done.stdout
