"""Files shared in watched places: a roster (CSV, XLSX) goes through the watcher and gives findings that name the
file and the row, the poster and IT hear it masked, and no raw value is in the SQLite files' bytes. Notes for
files not scanned land in the audit log. Handler level first, then Slack end to end (the real serve stack, the
loopback Slack Web API serving files.info and the private download URL); Google Chat is in
tests/test_gchat_attachments.py."""
from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from bot.store import Database, audit
from handlers import watch_files
from handlers.types import Person, Place
from tests.servers.documents import ROSTER_VALUES, csv_bytes, roster_rows, xlsx_bytes
from tests.servers.slack_api import RunningBot

POSTER = Person("slack:U0POSTER", "Pat Poster")
WATCHED = Place("slack", channel="C0TEAM", channel_name="grade-7")
ROSTERS = [("roster.csv", "text/csv", csv_bytes(roster_rows()), "roster.csv, row {n}"),
           ("grades.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx_bytes({"Grades": roster_rows()}), "grades.xlsx, sheet Grades row {n}")]


def database_bytes(db: Database, settings) -> bytes:
    """Everything SQLite wrote: the main file and, in WAL mode, the log not yet checkpointed."""
    # the bot's listener may still be marking its event done on this connection ("database table is locked"
    # under load): the checkpoint waits for it; the -wal file is read as well in any case
    for _ in range(40):
        try:
            db.db.execute("PRAGMA wal_checkpoint(FULL)")
            break
        except sqlite3.OperationalError:
            time.sleep(0.05)
    return b"".join(p.read_bytes() for p in Path(settings.db_path).parent.glob(Path(settings.db_path).name + "*"))


def assert_no_raw_values(blob: bytes | str) -> None:
    data = blob.encode() if isinstance(blob, str) else blob
    leaked = [v for v in ROSTER_VALUES if v.encode() in data]
    assert not leaked, f"raw values stored or sent: {leaked}"


def shared(name: str, mimetype: str, data: bytes | None, note: str | None = None) -> watch_files.WatchedFile:
    return watch_files.WatchedFile(place=WATCHED, author=POSTER, message_id="1700000000.000100", name=name,
                                   mimetype=mimetype, data=data, note=note, permalink="https://x/archives/C0TEAM/p1")


@pytest.fixture
def watching(settings):
    return settings.with_(slack_watch_channels=("C0TEAM",))


# -- the handler ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,mimetype,data,where", ROSTERS, ids=["csv", "xlsx"])
def test_a_roster_file_gives_findings_that_name_the_file_and_the_row(db, watching, name, mimetype, data, where):
    outcome = watch_files.handle_file(db, watching, shared(name, mimetype, data))
    assert {f.type for f in outcome.findings} >= {"student_id", "date_of_birth"}
    rows = db.query("SELECT type, location, redacted FROM findings ORDER BY location")
    assert {(r["type"], r["location"]) for r in rows} >= {("student_id", where.format(n=2)),
                                                         ("student_id", where.format(n=4)),
                                                         ("date_of_birth", where.format(n=3))}
    assert where.format(n=2) in outcome.nudge.text and where.format(n=2) in outcome.alert.text
    assert_no_raw_values(outcome.nudge.text + outcome.alert.text)
    assert_no_raw_values(database_bytes(db, watching))


def test_reviewers_see_the_file_and_row_of_a_finding_in_the_cli(db, watching, monkeypatch, capsys):
    from bot.cli import main
    from bot.settings import SETTINGS

    watch_files.handle_file(db, watching, shared("roster.csv", "text/csv", csv_bytes(roster_rows())))
    for s in SETTINGS:
        monkeypatch.delenv(s.env, raising=False)
    monkeypatch.setenv("AUPBOT_DB", str(watching.db_path))
    monkeypatch.setenv("AUPBOT_HASH_SECRET", watching.hash_secret)
    monkeypatch.setenv("AUPBOT_REVIEWERS", "cli:it")
    assert main(["findings", "list", "--as", "cli:it"]) == 0
    listing = capsys.readouterr().out
    assert "in roster.csv, row 2" in listing
    assert_no_raw_values(listing)


def test_a_long_roster_lists_a_few_values_and_counts_the_rest(db, watching):
    outcome = watch_files.handle_file(db, watching, shared("big.csv", "text/csv", csv_bytes(roster_rows(40))))
    assert "big.csv, row 41" not in outcome.nudge.text and " more" in outcome.nudge.text
    assert db.query("SELECT count(*) AS n FROM findings WHERE location = 'big.csv, row 41'")[0]["n"] >= 1


def test_a_value_in_the_file_name_is_masked_where_the_file_is_named(db, watching):
    name = "SSN 287-65-4301 roster.csv"
    outcome = watch_files.handle_file(db, watching, shared(name, "text/csv", csv_bytes(roster_rows())))
    assert outcome.findings and "287-65-4301" not in outcome.nudge.text
    assert b"287-65-4301" not in database_bytes(db, watching)


@pytest.mark.parametrize("name,data,note", [
    ("photo.png", b"\x89PNG\r\n", "not scanned: unsupported type (.png)"),
    ("grades.xlsx", b"PK\x03\x04 damaged", "not scanned: the file could not be read as XLSX"),
])
def test_files_that_cannot_be_read_are_noted_in_the_audit_log(db, watching, name, data, note):
    outcome = watch_files.handle_file(db, watching, shared(name, "", data))
    assert outcome.findings == () and outcome.suppressed.startswith(note)
    (entry,) = [e for e in audit.entries(db) if e["action"] == "watch.file_not_scanned"]
    assert json.loads(entry["detail"])["note"].startswith(note) and json.loads(entry["detail"])["file"] == name


def test_a_file_in_an_unwatched_place_is_not_read(db, settings):
    outcome = watch_files.handle_file(db, settings, shared("roster.csv", "text/csv", csv_bytes(roster_rows())))
    assert outcome.suppressed == "not watched" and db.query("SELECT count(*) AS n FROM findings")[0]["n"] == 0


# -- Slack, end to end ------------------------------------------------------------------------------------------

IT = "C0ITDESK"


@pytest.fixture
def bot(settings, db):
    with RunningBot(settings, db, slack_it_channel=IT, slack_watch_channels=("C0TEAM",)) as running:
        yield running


def _share(bot, *files: dict, channel: str = "C0TEAM", text: str = "", subtype: str | None = "file_share"):
    event = {"type": "message", "channel": channel, "channel_type": "channel", "user": "U0POSTER", "text": text,
             "ts": "1700000000.000100", "files": list(files), "upload": True}
    if subtype:
        event["subtype"] = subtype
    status, _ = bot.slack.event(event)
    assert status == 200


@pytest.mark.parametrize("name,mimetype,data,where", ROSTERS, ids=["csv", "xlsx"])
def test_a_roster_shared_in_a_watched_slack_channel_is_flagged_by_file_and_row(bot, name, mimetype, data, where):
    _share(bot, bot.api.add_file(name, data, mimetype))
    (nudge,) = bot.api.wait_for("chat.postEphemeral")
    assert nudge["user"] == "U0POSTER" and where.format(n=2) in nudge["text"]
    (alert,) = bot.api.wait_for("chat.postMessage", where=lambda p: p["channel"] == IT)
    assert where.format(n=2) in alert["text"]
    (download,) = [c for c in bot.api.calls if c.method == "file_download"]
    assert download.token == "xoxb-test-token" and download.params["_url"].endswith(f"/download/{name}")
    assert {c.method for c in bot.api.calls} >= {"files.info", "file_download"}
    assert_no_raw_values(json.dumps([c.params for c in bot.api.calls if c.method != "file_download"]))
    rows = bot.db.query("SELECT location FROM findings")
    assert where.format(n=2) in {r["location"] for r in rows}
    assert_no_raw_values(database_bytes(bot.db, bot.settings))


def test_files_in_a_plain_message_event_are_scanned_too(bot):
    _share(bot, bot.api.add_file("roster.csv", csv_bytes(roster_rows()), "text/csv"), subtype=None,
           text="here is the list")
    (nudge,) = bot.api.wait_for("chat.postEphemeral")
    assert "roster.csv, row 2" in nudge["text"]


def _wait_for_note(bot, timeout: float = 5.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [e for e in audit.entries(bot.db) if e["action"] == "watch.file_not_scanned"]
        if found:
            return json.loads(found[0]["detail"])
        time.sleep(0.05)
    raise AssertionError("no watch.file_not_scanned entry")


def test_an_unsupported_or_oversized_file_is_noted_and_never_downloaded(bot):
    _share(bot, bot.api.add_file("photo.heic", b"\0" * 10, "image/heic"))
    assert _wait_for_note(bot)["note"] == "not scanned: unsupported type (.heic)"
    big = bot.api.add_file("huge.csv", b"a,b\r\n", "text/csv", size=bot.settings.attachment_max_bytes + 1)
    _share(bot, big)
    time.sleep(0.3)
    notes = [json.loads(e["detail"])["note"] for e in audit.entries(bot.db) if e["action"] == "watch.file_not_scanned"]
    assert any("over the" in n for n in notes)
    assert "file_download" not in bot.api.methods()


def test_the_bot_token_is_not_sent_to_a_host_that_is_not_slacks(bot):
    entry = bot.api.add_file("roster.csv", csv_bytes(roster_rows()), "text/csv")
    bot.api.people_files[entry["id"]][0]["url_private_download"] = "https://files.example.org/roster.csv"
    _share(bot, entry)
    assert _wait_for_note(bot)["note"] == "not scanned: the file could not be downloaded (not Slack's file host)"
    assert "chat.postEphemeral" not in bot.api.methods()


def test_a_sign_in_page_instead_of_the_file_is_a_failed_download_not_a_file(bot):
    """Slack answers a token it does not take for files with its HTML sign-in page and status 200."""
    from slack_sdk import WebClient

    from bot.slack import files

    entry = bot.api.add_file("notes.txt", b"Student ID 20481234", "text/plain")
    client = WebClient(token="xoxp-a-user-token-slack-refuses-for-files", base_url=bot.api.base_url)
    fetched = files.fetch(client, bot.settings, entry)
    assert fetched.data is None and fetched.note.endswith("(Slack answered with its sign-in page)")


def test_a_file_in_an_unwatched_channel_is_not_fetched(bot):
    _share(bot, bot.api.add_file("roster.csv", csv_bytes(roster_rows()), "text/csv"), channel="C0ELSEWHERE")
    time.sleep(0.3)
    assert "files.info" not in bot.api.methods()
