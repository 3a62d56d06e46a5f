"""The approvals register in `aupbot console`: the same `/aup` sub-commands as in chat, and the asker's
registered approval named under a policy answer it applies to."""
from __future__ import annotations

import io
from datetime import date, timedelta

from bot.commands.console import console_main
from bot.store import Database

APPROVED_ON = (date.today() - timedelta(days=30)).isoformat()
REGISTER = (f'register social subject="@LaneSoccer on Instagram" approver="Dr. Ruiz" date={APPROVED_ON} '
            'form=F-2026-114')


def _run(settings, script: str) -> str:
    out = io.StringIO()
    assert console_main(settings, stdin=io.StringIO(script), stdout=out) == 0
    return out.getvalue()


def test_console_registers_lists_and_mentions_the_approval_under_the_answer(settings, monkeypatch):
    monkeypatch.setenv("USER", "alice")
    out = _run(settings, f"{REGISTER}\ncan I create a class instagram account?\n/aup approvals\n")
    assert "bot> Registered #1" in out
    answer = out.split("bot> ")[2]
    assert "Your registered approvals:" in answer and "(#1, @LaneSoccer on Instagram)" in answer
    assert "#1 Class or team social media account" in out.split("bot> ")[3]
    db = Database(settings.db_path)
    try:
        assert db.query("SELECT owner_id FROM approvals") == [{"owner_id": "console:alice"}]
    finally:
        db.close()


def test_console_bad_registration_is_explained_and_the_console_goes_on(settings):
    out = _run(settings, "register social subject=x date=someday\ncan I friend a student on Facebook?\n")
    assert "approver is required" in out and "must be a date like" in out
    assert out.count("bot> ") == 2 and "Your registered approvals" not in out
