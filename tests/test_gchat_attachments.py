"""Files attached to messages in watched Chat spaces: fetched with the Chat API's media.download (app
authentication, from the loopback Chat API stand-in) and scanned by file and row; Drive files, unsupported
types and failed downloads are noted; a download failing for a while leaves the message to be read again."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.delivery.chat import unregister_sender
from bot.gchat.api import BOT_SCOPE, ChatApi
from bot.gchat.component import component
from bot.gchat.poller import SpacePoller
from bot.outbox import Outbox
from bot.store import audit
from tests.servers.documents import ROSTER_VALUES, csv_bytes, roster_rows, xlsx_bytes
from tests.servers.google import GoogleStandIn, service_account_file

T0 = 1_790_000_000_000_000
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def google():
    with GoogleStandIn() as stand_in:
        stand_in.add_space("spaces/A")
        stand_in.add_dm_space("users/100", "spaces/DM100")
        yield stand_in


@pytest.fixture
def watch_settings(settings, google, tmp_path):
    return settings.with_(gchat_audience="1", gchat_api_url=google.url, gchat_it_space="spaces/ITDESK",
                          gchat_certs_url=google.certs_url, gchat_watch_spaces=("spaces/A",),
                          gchat_credentials=str(service_account_file(tmp_path, google.token_url)))


@pytest.fixture
def app(watch_settings, db):
    comp = component(watch_settings, db)
    yield comp
    comp.stop()
    unregister_sender("gchat")


def _poller(settings, db, now: list[float] | None = None):
    now = now if now is not None else [T0 / 1e6]
    poller = SpacePoller(settings, db, ChatApi(settings), clock=lambda: now[0])
    poller.poll_once()   # the first pass sets the checkpoint
    return poller


def _post_with(google, name: str, data: bytes, content_type: str, text: str = "", **kwargs) -> dict:
    message = google.add_message("spaces/A", text, create_us=T0 + 10, message_id="share1")
    google.add_attachment(message, name, data, content_type, **kwargs)
    return message


def _notes(db) -> list[str]:
    return [json.loads(e["detail"])["note"] for e in audit.entries(db) if e["action"] == "watch.file_not_scanned"]


def _sqlite_bytes(db, settings) -> bytes:
    db.db.execute("PRAGMA wal_checkpoint(FULL)")
    path = Path(settings.db_path)
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


@pytest.mark.parametrize("name,content_type,data,where", [
    ("roster.csv", "text/csv", csv_bytes(roster_rows()), "roster.csv, row {n}"),
    ("grades.xlsx", XLSX, xlsx_bytes({"Grades": roster_rows()}), "grades.xlsx, sheet Grades row {n}"),
], ids=["csv", "xlsx"])
def test_a_roster_attached_in_a_watched_space_is_flagged_by_file_and_row(app, google, watch_settings, db, name,
                                                                        content_type, data, where):
    poller = _poller(watch_settings, db)
    _post_with(google, name, data, content_type)
    result = poller.poll_once()
    assert result.scanned == 1 and result.flagged == 1
    (download,) = google.media_requests()
    assert download.query == {"alt": "media"} and download.authorization.startswith("Bearer ")
    assert any(BOT_SCOPE in g.get("scope", "") for g in google.data.token_grants)   # app authentication
    locations = {r["location"] for r in db.query("SELECT location FROM findings")}
    assert {where.format(n=2), where.format(n=3), where.format(n=4)} <= locations
    Outbox(db, watch_settings).deliver_all()
    nudge = google.posts_to("spaces/DM100")[0].body["text"]
    alert = google.posts_to("spaces/ITDESK")[0].body["text"]
    assert where.format(n=2) in nudge and where.format(n=2) in alert
    sent = json.dumps([p.body for p in google.data.posts]).encode()
    stored = _sqlite_bytes(db, watch_settings)
    assert not [v for v in ROSTER_VALUES if v.encode() in sent or v.encode() in stored]


def test_words_and_a_file_in_one_message_are_both_scanned(app, google, watch_settings, db):
    poller = _poller(watch_settings, db)
    _post_with(google, "roster.csv", csv_bytes(roster_rows()), "text/csv", text="her SSN is 287-65-4301")
    poller.poll_once()
    rows = db.query("SELECT type, location FROM findings")
    assert ("ssn", None) in {(r["type"], r["location"]) for r in rows}
    assert any((r["location"] or "").startswith("roster.csv, row") for r in rows)


@pytest.mark.parametrize("name,content_type,kwargs,note", [
    ("photo.jpg", "image/jpeg", {}, "not scanned: unsupported type (.jpg)"),
    ("roster.csv", "text/csv", {"drive": True}, "not scanned: the file could not be downloaded (a Google Drive file"),
])
def test_files_the_app_cannot_scan_are_noted_and_not_downloaded(app, google, watch_settings, db, name,
                                                                 content_type, kwargs, note):
    poller = _poller(watch_settings, db)
    _post_with(google, name, b"Student ID 20481234", content_type, **kwargs)
    result = poller.poll_once()
    assert result.scanned == 1 and result.flagged == 0
    assert google.media_requests() == []
    assert [n for n in _notes(db) if n.startswith(note)]


def test_an_attachment_over_the_size_cap_is_cut_off_at_the_cap_and_noted(app, google, watch_settings, db):
    small_cap = watch_settings.with_(attachment_max_bytes=1000)
    poller = _poller(small_cap, db)
    _post_with(google, "big.csv", csv_bytes(roster_rows(200)), "text/csv")
    poller.poll_once()
    (download,) = google.media_requests()
    assert db.query("SELECT count(*) AS n FROM findings")[0]["n"] == 0
    assert [n for n in _notes(db) if "over the 1,000-byte limit" in n]


def test_a_download_failing_for_a_while_leaves_the_message_to_be_read_again(app, google, watch_settings, db):
    now = [T0 / 1e6]
    poller = _poller(watch_settings, db, now)
    _post_with(google, "roster.csv", csv_bytes(roster_rows()), "text/csv")
    google.fail(503, times=1, path_contains="/v1/media/")
    first = poller.poll_once()
    assert "spaces/A" in first.failed_spaces and db.query("SELECT count(*) AS n FROM findings")[0]["n"] == 0
    now[0] += 60   # past the back-off
    second = poller.poll_once()
    assert second.flagged == 1


def test_a_download_refused_for_good_is_noted_and_the_space_goes_on(app, google, watch_settings, db):
    poller = _poller(watch_settings, db)
    _post_with(google, "roster.csv", csv_bytes(roster_rows()), "text/csv")
    google.fail(403, times=1, path_contains="/v1/media/")
    result = poller.poll_once()
    assert result.scanned == 1 and not result.failed_spaces
    assert [n for n in _notes(db) if n == "not scanned: the file could not be downloaded (HTTP 403)"]
