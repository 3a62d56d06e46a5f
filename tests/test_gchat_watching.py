"""Watching spaces end to end with the real watch handler: findings, the poster's DM nudge with its
"Not sensitive" button, the IT alert, and admins switching watching on and off from Chat."""
from __future__ import annotations

import json

import pytest

from bot.delivery.chat import unregister_sender
from bot.gchat.api import ChatApi
from bot.gchat.component import component
from bot.gchat.events import parse_event
from bot.gchat.poller import SpacePoller
from bot.outbox import Outbox
from bot.store import checkpoints
from tests.servers.google import GoogleStandIn, events, service_account_file

T0 = 1_790_000_000_000_000
SSN = "287-65-4321"
ADMIN = "gchat:users/901"
REVIEWER = "gchat:users/900"


@pytest.fixture
def google():
    with GoogleStandIn() as stand_in:
        stand_in.add_space("spaces/A")
        yield stand_in


@pytest.fixture
def watch_settings(settings, google, tmp_path):
    return settings.with_(gchat_audience="1", gchat_api_url=google.url, gchat_it_space="spaces/ITDESK",
                          gchat_certs_url=google.certs_url, admins=(ADMIN,), reviewers=(REVIEWER,),
                          gchat_credentials=str(service_account_file(tmp_path, google.token_url)),
                          gchat_watch_spaces=("spaces/A",))


@pytest.fixture
def app(watch_settings, db):
    comp = component(watch_settings, db)  # registers the "gchat" sender the outbox uses
    yield comp
    comp.stop()
    unregister_sender("gchat")


def _poller(settings, db, now_us=T0):
    return SpacePoller(settings, db, ChatApi(settings), clock=lambda: now_us / 1e6)


def _everything_stored(db) -> str:
    dump = []
    for table in db.db.table_names():
        dump.extend(json.dumps(row, default=str) for row in db.db[table].rows)
    return "\n".join(dump)


def _flag_one(google, watch_settings, db, text=f"Her SSN is {SSN}, please update the file."):
    poller = _poller(watch_settings, db)
    poller.poll_once()
    google.add_message("spaces/A", text, create_us=T0 + 10, message_id="leak1")
    return poller.poll_once()


def test_a_disclosure_nudges_the_poster_by_dm_and_alerts_it_without_leaking_the_value(app, google,
                                                                                     watch_settings, db):
    google.add_dm_space("users/100", "spaces/DM100")
    result = _flag_one(google, watch_settings, db)
    assert result.scanned == 1 and result.flagged == 1
    Outbox(db, watch_settings).deliver_all()
    nudge = google.posts_to("spaces/DM100")[0].body
    assert "Social Security number" in nudge["text"]
    button = nudge["cardsV2"][0]["card"]["sections"][0]["widgets"][1]["buttonList"]["buttons"][0]
    assert button["onClick"]["action"]["function"] == "finding_review"
    it_posts = [p.body["text"] for p in google.posts_to("spaces/ITDESK")]
    assert any("users/100" in t for t in it_posts)
    sent = json.dumps([p.body for p in google.data.posts])
    assert SSN not in sent and "287654321" not in sent
    stored = _everything_stored(db)
    assert SSN not in stored and "287654321" not in stored


def test_a_poster_without_a_dm_with_the_app_is_not_nudged_and_it_still_hears(app, google, watch_settings, db):
    _flag_one(google, watch_settings, db)
    Outbox(db, watch_settings).deliver_all()
    rows = db.query("SELECT target, status FROM outbox WHERE kind IN ('notification', 'alert')")
    assert {"target": "gchat:users/100", "status": "dead"} in rows
    assert google.posts_to("spaces/ITDESK")


def test_a_message_is_flagged_once_even_if_the_space_is_polled_again(app, google, watch_settings, db):
    _flag_one(google, watch_settings, db)
    _poller(watch_settings, db).poll_once()
    assert db.query("SELECT COUNT(*) AS n FROM findings")[0]["n"] == 1


def test_the_poster_marks_a_finding_not_sensitive_from_the_nudge(app, google, watch_settings, db):
    _flag_one(google, watch_settings, db)
    finding = db.query("SELECT id FROM findings")[0]["id"]
    click = events.card_clicked("finding_review", {"finding": finding})
    click["isDialogEvent"], click["dialogEventType"] = True, "REQUEST_DIALOG"
    dialog = app.endpoint.respond(parse_event(click)).to_classic()
    assert dialog["actionResponse"]["type"] == "DIALOG"
    empty = events.dialog_submit("finding_not_sensitive", {"reason": ""})
    empty["common"]["parameters"] = {"finding": finding}
    again = app.endpoint.respond(parse_event(empty)).to_classic()
    assert "say why" in json.dumps(again)
    submit = events.dialog_submit("finding_not_sensitive", {"reason": "It is the sample number from training"})
    submit["common"]["parameters"] = {"finding": finding}
    done = app.endpoint.respond(parse_event(submit)).to_classic()
    # the poster's mark is a request queued for IT review, not an exception for everyone
    assert "queued for IT review" in done["actionResponse"]["dialogAction"]["actionStatus"]["userFacingMessage"]
    assert db.query("SELECT status FROM findings")[0]["status"] == "exception_requested"


def test_an_admin_turns_watching_on_and_off_in_a_space_from_chat(app, google, watch_settings, db):
    google.add_space("spaces/ROOM1")
    admin = {"name": "users/901", "displayName": "Admin", "email": "a@school.example", "type": "HUMAN"}
    reply = app.endpoint.respond(parse_event(events.slash_command(1, "watch on", user=admin))).to_classic()
    assert "Watching" in reply["text"]
    assert checkpoints.load(db, "gchat", "spaces/ROOM1") is not None
    poller = _poller(watch_settings, db)
    poller.poll_once()  # space A is seen for the first time
    assert "spaces/ROOM1" in poller.spaces()
    app.endpoint.respond(parse_event(events.slash_command(1, "watch off", user=admin)))
    listed_before = len(google.list_requests())
    poller.poll_once()
    listed = [r.path for r in google.list_requests()[listed_before:]]
    assert listed == ["/v1/spaces/A/messages"]


def test_only_admins_may_switch_watching(app, db):
    reply = app.endpoint.respond(parse_event(events.slash_command(1, "watch on"))).to_classic()
    assert "Only bot administrators" in reply["text"]
    assert checkpoints.load(db, "gchat", "spaces/ROOM1") is None


def test_messages_posted_while_watching_was_off_are_not_scanned_when_it_is_turned_back_on(app, google,
                                                                                          watch_settings, db):
    admin = {"name": "users/901", "displayName": "Admin", "email": "a@school.example", "type": "HUMAN"}
    off = events.slash_command(1, "watch off", user=admin)
    google.add_space("spaces/ROOM1")
    clock = {"now": T0 / 1e6}
    poller = SpacePoller(watch_settings, db, ChatApi(watch_settings), clock=lambda: clock["now"])
    app.endpoint.respond(parse_event(events.slash_command(1, "watch on", user=admin)))
    poller.poll_once()
    app.endpoint.respond(parse_event(off))
    google.add_message("spaces/ROOM1", f"while off: SSN {SSN}", create_us=T0 + 1_000_000)
    clock["now"] += 2
    poller.poll_once()
    app.endpoint.respond(parse_event(events.slash_command(1, "watch on", user=admin)))
    google.add_message("spaces/ROOM1", f"after: SSN {SSN}", create_us=T0 + 3_000_000, message_id="after1")
    poller.poll_once()
    flagged = db.query("SELECT message_id FROM findings")
    assert flagged == [{"message_id": "spaces/ROOM1/messages/after1"}]


def test_the_alert_names_the_poster_and_the_space_as_chat_last_showed_them(app, google, watch_settings, db):
    # an event from the space (an @mention) shows its display name; the poller's listing does not repeat it
    mention = events.message("can I text my team?", space_type="SPACE", mention=True)
    mention["space"] = mention["message"]["space"] = {"name": "spaces/A", "type": "ROOM", "spaceType": "SPACE",
                                                      "displayName": "7th grade team"}
    app.endpoint.respond(parse_event(mention))
    poller = _poller(watch_settings, db)
    poller.poll_once()
    message = google.add_message("spaces/A", f"Her SSN is {SSN}", create_us=T0 + 10, message_id="leak1")
    message["sender"]["displayName"] = "Ms. <users/all> Rivera"
    poller.poll_once()
    Outbox(db, watch_settings).deliver_all()
    (alert,) = [p.body["text"] for p in google.posts_to("spaces/ITDESK") if "severity:" in p.body["text"]]
    assert "#7th grade team" in alert and "spaces/A" not in alert.split("Message")[0]
    assert "Rivera" in alert and "<users/all>" not in alert   # the display name is neutralised for Chat
    assert "gchat:users/100" not in alert
