"""The approvals register in Google Chat end to end: signed `/aup register|approvals|revoke` events through the
real serve stack on loopback, stored by handlers.approvals, and named in the asker's later answer cards (and
only the asker's, and only where the asker alone reads the card)."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from bot.gchat import interactions
from handlers import approvals
from tests.servers.google import GoogleStandIn, chat_poster, events, service_account_file

AUDIENCE = "123456789012"
AUP = 1                                         # the /aup command id (AUPBOT_GCHAT_AUP_COMMAND_ID's default)
COACH = {"name": "users/100", "displayName": "Dana Coach", "email": "dana@school.example", "type": "HUMAN"}
OTHER = {"name": "users/200", "displayName": "Sam Other", "email": "sam@school.example", "type": "HUMAN"}
CLASS_ACCOUNT = "can I create a class instagram account?"
APPROVED_ON = (date.today() - timedelta(days=30)).isoformat()
REGISTER = (f'register social subject="@LaneSoccer on Instagram" approver="Dr. Ruiz" date={APPROVED_ON} '
            'form=F-2026-114')


@pytest.fixture(scope="module")
def google():
    with GoogleStandIn() as stand_in:
        yield stand_in


@pytest.fixture
def chat(settings, db, google, tmp_path):
    chat_settings = settings.with_(
        port=0, gchat_audience=AUDIENCE, gchat_certs_url=google.certs_url, gchat_api_url=google.url,
        gchat_credentials=str(service_account_file(tmp_path, google.token_url)))
    with chat_poster(chat_settings, db, AUDIENCE) as post:
        yield post


def _aup(chat, said: str, user: dict = COACH, space_type: str = "SPACE") -> dict:
    return chat(events.slash_command(AUP, said, user=dict(user), space_type=space_type))


def _approvals_section(body: dict) -> dict | None:
    card = body["cardsV2"][0]["card"]
    return next((s for s in card["sections"] if s.get("header") == "Your registered approvals"), None)


def test_registering_through_chat_stores_the_approval_and_answers_privately(chat, db):
    body = _aup(chat, REGISTER)
    assert "Registered #1" in body["text"] and "@LaneSoccer on Instagram" in body["text"]
    assert body["privateMessageViewer"] == {"name": "users/100"}
    (stored,) = db.query("SELECT owner_id, kind, approver, approved_on FROM approvals")
    assert stored == {"owner_id": "gchat:users/100", "kind": "social_media_account", "approver": "Dr. Ruiz",
                      "approved_on": APPROVED_ON}


def test_a_later_question_in_that_space_names_the_askers_approval_in_its_own_section(chat):
    _aup(chat, REGISTER)
    body = _aup(chat, CLASS_ACCOUNT)
    section = _approvals_section(body)
    assert section is not None
    (widget,) = section["widgets"]
    assert "(#1, @LaneSoccer on Instagram)" in widget["decoratedText"]["text"]
    headers = [s.get("header") for s in body["cardsV2"][0]["card"]["sections"]]
    assert headers.index("Your registered approvals") == headers.index("Conditions") + 1


def test_someone_else_asking_the_same_question_does_not_see_the_approval(chat):
    _aup(chat, REGISTER)
    body = _aup(chat, CLASS_ACCOUNT, user=OTHER)
    assert body["cardsV2"] and _approvals_section(body) is None
    assert "LaneSoccer" not in json.dumps(body)


def test_a_dm_names_the_approval_but_an_open_mention_in_a_space_does_not(chat):
    _aup(chat, REGISTER)
    dm = chat(events.message(CLASS_ACCOUNT, user=dict(COACH)))
    assert _approvals_section(dm) is not None
    in_space = chat(events.message(CLASS_ACCOUNT, space_type="SPACE", mention=True, user=dict(COACH)))
    assert "privateMessageViewer" not in in_space and "LaneSoccer" not in json.dumps(in_space)


def test_listing_and_revoking_through_chat(chat):
    _aup(chat, REGISTER)
    assert "#1 Class or team social media account" in _aup(chat, "approvals")["text"]
    assert "You have no registered approvals" in _aup(chat, "approvals", user=OTHER)["text"]
    assert "no registered approval #1 of yours" in _aup(chat, "revoke 1", user=OTHER)["text"]
    assert "is revoked" in _aup(chat, "revoke 1 account closed")["text"]
    assert _approvals_section(_aup(chat, CLASS_ACCOUNT)) is None


@pytest.mark.parametrize("line, problem", [
    (f'register social subject="@Lane" date={APPROVED_ON} form=F-1', "approver is required"),
    ('register social subject="@Lane" approver="Dr. Ruiz" date=31/31/2026 form=F-1', "must be a date like"),
    ("register social subject=@Lane approver", "expected name=value"),
    ("revoke twelve", "Say which approval to revoke"),
])
def test_bad_input_gets_a_clear_message_and_stores_nothing(chat, db, line, problem):
    body = _aup(chat, line)
    assert problem in body["text"] and "Traceback" not in body["text"]
    assert db.query("SELECT COUNT(*) AS n FROM approvals")[0]["n"] == 0


def test_an_echoed_subject_cannot_mention_anyone(chat):
    body = _aup(chat, f'register social subject="<users/all> page" approver="Dr. Ruiz" date={APPROVED_ON} form=F-1')
    assert "Registered #1" in body["text"] and "<users/all>" not in body["text"]
    assert "<\u200busers/all> page" in body["text"]       # still readable, but no longer Chat's mention syntax


def test_help_names_the_register_commands_and_every_verb_is_routed(chat):
    said = _aup(chat, "help")["text"]
    for verb in approvals.COMMANDS:
        assert f"/aup {verb}" in said
        assert verb in interactions.AUP_SUBCOMMANDS
