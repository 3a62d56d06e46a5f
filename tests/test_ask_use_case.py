"""handlers.ask.ask, the one ask use case every surface renders: the reply, the question's ref after logging, and
the asker's registered approvals only where the asker alone reads the answer; and the one loaded policy
(policy.bundle) that answers and masking both follow."""
from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from bot.commands.serve import serve_main
from bot.gchat.endpoint import ChatEndpoint
from bot.gchat.verify import ChatTokenVerifier
from bot.slack.app import app_deps, create_app
from handlers import approvals, ask
from handlers.types import Person
from policy.bundle import DEFAULT_POLICY, PolicyFileError, load_bundle

COACH = Person("slack:U0COACH", "Coach Lane")
SOCIAL = "can I create a class instagram account?"
APPROVED_ON = (date.today() - timedelta(days=30)).isoformat()


@pytest.fixture
def bundle():
    return load_bundle(DEFAULT_POLICY)


@pytest.fixture
def registered(db, settings):
    reply = approvals.command(db, settings, COACH, f'register social subject="@LaneSoccer on Instagram" '
                                                   f'approver="Dr. Ruiz" date={APPROVED_ON} form=F-2026-114')
    assert "Registered #1" in reply
    return db


def _questions(db) -> list[dict]:
    return db.query("SELECT id, verdict FROM questions ORDER BY id")


def test_an_answer_read_by_the_asker_alone_names_their_registered_approval(registered, bundle):
    asked = ask.ask(bundle, registered, COACH, SOCIAL, private=True)
    assert asked.mentions and "@LaneSoccer on Instagram" in asked.mentions[0]
    assert asked.question_ref == _questions(registered)[-1]["id"]


def test_an_answer_in_a_channel_names_no_approval(registered, bundle):
    asked = ask.ask(bundle, registered, COACH, SOCIAL, private=False)
    assert asked.mentions == ()
    assert asked.reply.verdict == ask.ask(bundle, registered, COACH, SOCIAL, private=True).reply.verdict


def test_a_clarify_choice_keeps_the_ref_of_the_question_it_answers(db, bundle):
    first = ask.ask(bundle, db, COACH, "can I text my team?", private=True)
    assert first.reply.verdict == "clarify"
    final = ask.ask(bundle, db, COACH, "can I text my team?", private=True,
                    choice_id=first.reply.options[0].choice_id, question_ref=first.question_ref)
    assert final.reply.verdict != "clarify"
    assert final.question_ref == first.question_ref and len(_questions(db)) == 1


def test_without_a_database_the_answer_still_comes_and_nothing_is_logged(bundle):
    asked = ask.ask(bundle, None, COACH, SOCIAL, private=True)
    assert asked.reply.verdict != "not_covered" and asked.question_ref is None and asked.mentions == ()


def test_a_database_that_fails_is_the_adapters_to_report_not_hidden(db, bundle):
    db.close()
    with pytest.raises(sqlite3.Error):   # the Chat endpoint turns it into "nothing was received"
        ask.ask(bundle, db, COACH, SOCIAL, private=True)


# -- the one loaded policy -----------------------------------------------------------------------------------

def test_the_same_policy_file_is_loaded_once():
    assert load_bundle(DEFAULT_POLICY) is load_bundle(str(DEFAULT_POLICY))
    assert load_bundle(DEFAULT_POLICY).policy is load_bundle(DEFAULT_POLICY).engine.policy


def test_the_adapters_answer_under_the_settings_policy_file(settings, db, tmp_path):
    other = settings.with_(policy_path=DEFAULT_POLICY)
    deps = app_deps(create_app(other.with_(slack_bot_token="xoxb-x", slack_signing_secret="s"), db))
    assert deps.bundle is load_bundle(DEFAULT_POLICY)
    endpoint = ChatEndpoint(other, db, ChatTokenVerifier("1", "http://127.0.0.1:9/certs"), None)
    try:
        assert endpoint.bundle is deps.bundle
    finally:
        endpoint.close()


def test_a_broken_policy_file_is_named_when_loaded(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("sections: [", encoding="utf-8")
    with pytest.raises(PolicyFileError, match="broken.yaml"):
        load_bundle(broken)


def test_serve_refuses_to_start_on_a_broken_policy_file(settings, tmp_path, caplog):
    broken = tmp_path / "broken.yaml"
    broken.write_text("meta: {}\n", encoding="utf-8")
    assert serve_main(settings.with_(policy_path=broken, port=0)) == 1
    assert "broken.yaml" in caplog.text
