"""A poster's "not sensitive" is a request: it quiets only the poster's nudges for that value and waits for IT;
only a reviewer's confirmation exempts the value (its keyed hash) for everyone. Reviewers answer in the CLI
(`aupbot findings`) and see waiting requests in Slack's App Home."""
from __future__ import annotations

import json

import pytest

from bot.cli import main
from bot.settings import SETTINGS, Settings
from bot.store import Database, audit
from bot.store import findings as store
from handlers import watch
from handlers.types import Person, Place

SSN = "287-65-4301"
POSTER = Person("slack:U100", "Pat Poster")
OTHER = Person("slack:U200", "Olu Other")
REVIEWER = Person("slack:U900", "Riley Reviewer", roles=frozenset({"reviewer"}))
WATCHED = Place("slack", channel="C1", channel_name="grade-7")


@pytest.fixture
def settings(tmp_path):
    return Settings.for_tests(tmp_path, slack_watch_channels=("C1",), reviewers=(REVIEWER.id,))


@pytest.fixture
def db(settings):
    database = Database(settings.db_path)
    yield database
    database.close()


def post(db, settings, text: str, n: int, author: Person = POSTER):
    return watch.handle_message(db, settings, watch.WatchedMessage(
        place=WATCHED, author=author, message_id=f"1700000000.{n:06d}", text=text))


def request(db, settings) -> int:
    first = post(db, settings, f"SSN {SSN}", 1)
    reply = watch.mark_not_sensitive(db, settings, first.finding_ids[0], POSTER, "it is the training sample")
    assert "queued for IT review" in reply
    (row,) = store.exceptions(db, status="requested")
    return row["id"]


def test_the_posters_mark_does_not_exempt_the_value_for_anyone_else(db, settings):
    request(db, settings)
    other = post(db, settings, f"copy: SSN {SSN}", 2, author=OTHER)
    assert other.nudge is not None and other.alert is not None
    assert db.query("SELECT status FROM findings ORDER BY at LIMIT 1")[0]["status"] == "exception_requested"
    assert not store.is_excepted(db, store.get_finding(db, other.finding_ids[0])["value_hash"], "ssn")


def test_the_posters_request_silences_only_their_own_nudges_while_it_waits(db, settings):
    request(db, settings)
    again = post(db, settings, f"again SSN {SSN}", 3)
    assert again.nudge is None and again.alert is not None     # IT still hears of it
    assert "awaits IT review" in again.suppressed
    assert len(again.finding_ids) == 1


def test_a_second_request_for_the_same_finding_is_not_queued_twice(db, settings):
    request(db, settings)
    finding_id = db.query("SELECT id FROM findings")[0]["id"]
    assert "already waiting" in watch.mark_not_sensitive(db, settings, finding_id, POSTER, "still a sample")
    assert len(store.exceptions(db)) == 1


def test_a_reviewers_confirmation_makes_it_an_exception_for_everyone_with_who_and_why(db, settings):
    exception_id = request(db, settings)
    reply = watch.review_exception(db, settings, exception_id, REVIEWER, True, f"checked: {SSN} is HR's sample")
    assert "confirmed by Riley Reviewer" in reply
    other = post(db, settings, f"SSN {SSN}", 4, author=OTHER)
    assert other.suppressed == "reviewed as not sensitive" and other.nudge is None and other.alert is None
    row = store.get_exception(db, exception_id)
    assert (row["status"], row["requested_by"], row["reviewed_by"]) == ("accepted", POSTER.id, REVIEWER.id)
    assert row["reason"] == "it is the training sample" and SSN not in row["review_note"]
    assert audit.entries(db, row["finding_id"])[0]["action"] == "watch.exception_accepted"
    assert "already accepted" in watch.review_exception(db, settings, exception_id, REVIEWER, False, "")


def test_a_rejected_request_reopens_the_finding_and_the_poster_is_nudged_again(db, settings):
    exception_id = request(db, settings)
    assert "rejected by" in watch.review_exception(db, settings, exception_id, REVIEWER, False, "a real SSN")
    assert db.query("SELECT status FROM findings")[0]["status"] == "open"
    assert post(db, settings, f"SSN {SSN}", 5).nudge is not None


def test_only_a_reviewer_can_answer_a_request(db, settings):
    exception_id = request(db, settings)
    assert "Only an IT reviewer" in watch.review_exception(db, settings, exception_id, POSTER, True, "mine")
    assert "No not-sensitive request" in watch.review_exception(db, settings, 999, REVIEWER, True, "")
    assert store.get_exception(db, exception_id)["status"] == "requested"


def test_a_reviewer_marking_a_requested_finding_answers_the_request(db, settings):
    exception_id = request(db, settings)
    finding_id = db.query("SELECT id FROM findings")[0]["id"]
    watch.mark_not_sensitive(db, settings, finding_id, REVIEWER, "confirmed sample")
    assert store.get_exception(db, exception_id)["status"] == "accepted"
    assert len(store.exceptions(db)) == 1


def test_waiting_requests_show_in_the_reviewers_app_home(db, settings):
    from bot.slack.deps import SlackDeps
    from bot.slack.home import home_for
    from policy.bundle import load_bundle

    exception_id = request(db, settings)
    deps = SlackDeps(settings=settings, db=db, bundle=load_bundle(settings.policy_path))
    view = json.dumps(home_for(deps, REVIEWER))
    assert f"request {exception_id}" in view and "exception requested" in view and SSN not in view
    assert f"request {exception_id}" not in json.dumps(home_for(deps, POSTER))


@pytest.fixture
def cli_env(monkeypatch, settings):
    for s in SETTINGS:
        monkeypatch.delenv(s.env, raising=False)
    monkeypatch.setenv("AUPBOT_DB", str(settings.db_path))
    monkeypatch.setenv("AUPBOT_HASH_SECRET", settings.hash_secret)
    monkeypatch.setenv("AUPBOT_REVIEWERS", REVIEWER.id)
    return monkeypatch


def test_reviewers_list_and_confirm_requests_from_the_cli(db, settings, cli_env, capsys):
    exception_id = request(db, settings)
    assert main(["findings", "--as", REVIEWER.id, "exceptions", "--json"]) == 0
    (shown,) = json.loads(capsys.readouterr().out)
    assert shown["id"] == exception_id and shown["requested_by"] == POSTER.id and shown["status"] == "requested"
    assert main(["findings", "list", "--as", REVIEWER.id]) == 0
    listing = capsys.readouterr().out
    assert "***-**-4301" in listing and SSN not in listing
    assert main(["findings", "confirm", str(exception_id), "--as", REVIEWER.id, "--note", "HR sample"]) == 0
    assert "confirmed by" in capsys.readouterr().out
    assert store.get_exception(db, exception_id)["status"] == "accepted"
    assert main(["findings", "reject", str(exception_id), "--as", REVIEWER.id]) == 1


def test_the_findings_cli_refuses_someone_who_is_not_a_reviewer(db, settings, cli_env, capsys):
    exception_id = request(db, settings)
    assert main(["findings", "--as", POSTER.id, "confirm", str(exception_id)]) == 1
    assert "not an IT reviewer" in capsys.readouterr().err
    assert store.get_exception(db, exception_id)["status"] == "requested"
