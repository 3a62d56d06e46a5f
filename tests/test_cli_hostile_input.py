"""The real `aupbot` command line against hostile input (issue 12, items 11 and 13): arguments that are not valid
UTF-8 get one clear line and a non-zero exit, never a traceback; terminal escapes and bidi overrides that staff
typed (an approval subject, a Chat display name, a "not sensitive" reason) never reach a reviewer's terminal
from `aupbot register list` or `aupbot findings exceptions`."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from bot.store import approvals as approvals_store
from bot.store import findings as findings_store
from bot.store.db import Database

ROOT = Path(__file__).resolve().parent.parent
REVIEWER = "cli:reviewer"
# a colour change that hides the rest of the line, a cursor move that overwrites the line above, a bell, and a
# right-to-left override that shows "exe.txt" for "txt.exe"
HOSTILE = "ok \x1b[8mhidden\x1b[0m \x1b[1A\x1b[2Kforged \x07 \u202etxt.exe\u202c end"
FORBIDDEN = ("\x1b", "\x07", "\u202e", "\u202c")


def _cli(*args: str | bytes, db_path: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "AUPBOT_HASH_SECRET": "test-hash-secret", "AUPBOT_REVIEWERS": REVIEWER}
    if db_path is not None:
        env["AUPBOT_DB"] = str(db_path)
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, cwd=ROOT, env=env,
                          timeout=60)


@pytest.mark.parametrize("argv", [
    [b"scan", b"x \xff"],
    [b"report", b"--description", b"broken \xff\xfe text", b"--category", b"16", b"--location", b"other"],
    [b"ask", b"can I text \xc3"],
], ids=["scan", "report-description", "ask"])
def test_an_argument_that_is_not_utf8_gives_one_clear_line_and_a_non_zero_exit(argv, tmp_path):
    done = _cli(*argv, db_path=tmp_path / "cli.db")
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode != 0
    assert "Traceback" not in err and done.stdout == b""
    assert err.count("\n") == 1 and "not valid UTF-8" in err
    assert not (tmp_path / "cli.db").exists()          # refused before any command ran: nothing was stored


def test_a_valid_utf8_argument_still_works():
    done = _cli("scan", "café staff meeting at noon")
    assert done.returncode == 0 and "Traceback" not in done.stderr.decode()


def test_a_database_file_that_is_not_a_database_gives_one_clear_line_and_a_non_zero_exit(tmp_path):
    (tmp_path / "cli.db").write_bytes(b"a text file, not SQLite " * 100)
    done = _cli("findings", "list", "--as", REVIEWER, db_path=tmp_path / "cli.db")
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2 and "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("aupbot: cannot open database")


def _stored_with_escapes(db_path: Path) -> None:
    """Rows as an older version (or a direct database edit) stored them: staff text with escapes kept."""
    db = Database(db_path)
    with db.transaction() as d:
        approvals_store.insert(d, {
            "kind": "social_media_account", "owner_id": "gchat:users/100", "owner_name": "Dana " + HOSTILE,
            "subject": "@LaneSoccer " + HOSTILE, "approver": "Dr. Ruiz\nforged row " + HOSTILE,
            "approver_contact": None, "approved_on": "2026-09-01", "expires_on": "2099-09-01", "evidence": {},
            "created_at": time.time(), "created_by": "gchat:users/100"})
    (finding_id,) = findings_store.record_findings(db, [{
        "platform": "gchat", "channel": "spaces/A", "message_id": "m1", "poster_id": "gchat:users/100",
        "type": "ssn", "severity": "high", "policy_items": [15], "start": 0, "end": 11, "redacted": "***-**-4321",
        "value_hash": "h1", "detector": "ssn"}])
    findings_store.request_exception(db, findings_store.get_finding(db, finding_id), "gchat:users/100",
                                     "it is a test number\nforged 99 line " + HOSTILE)
    db.close()


def test_register_list_strips_terminal_escapes_and_bidi_overrides_and_keeps_one_line_per_approval(tmp_path):
    db_path = tmp_path / "cli.db"
    _stored_with_escapes(db_path)
    done = _cli("register", "list", "--all", db_path=db_path)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0, done.stderr
    assert "@LaneSoccer" in out and "txt.exe" in out             # the text is shown...
    assert not [c for c in FORBIDDEN if c in out]                  # ...without what a terminal would act on
    assert len(out.strip().splitlines()) == 2                      # the header and one line: no forged row


def test_findings_exceptions_strips_terminal_escapes_and_bidi_overrides_from_the_reason(tmp_path):
    db_path = tmp_path / "cli.db"
    _stored_with_escapes(db_path)
    done = _cli("findings", "exceptions", "--as", REVIEWER, db_path=db_path)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0, done.stderr
    assert "it is a test number" in out and "txt.exe" in out
    assert not [c for c in FORBIDDEN if c in out]
    assert len(out.strip().splitlines()) == 1


def test_a_new_registration_is_stored_without_escapes(tmp_path):
    db_path = tmp_path / "cli.db"
    done = _cli("register", "add", "social", "subject=@LaneSoccer " + HOSTILE, "approver=Dr. Ruiz",
                f"date={date.today().isoformat()}", "form=F-1", db_path=db_path)
    assert done.returncode == 0, done.stderr
    (row,) = Database(db_path).query("SELECT subject FROM approvals")
    assert not [c for c in FORBIDDEN if c in row["subject"]] and "txt.exe" in row["subject"]
