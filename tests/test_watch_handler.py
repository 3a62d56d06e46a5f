"""handlers.watch: actions by severity, privacy of what is stored, "not sensitive" reviews, rate limits and
the watch switch. Real SQLite file, real scanner, real reports area for incidents."""
from __future__ import annotations

import pytest

from bot.settings import Settings
from bot.store import Database
from handlers import watch
from handlers.types import Person, Place

SSN = "287-65-4301"
POSTER = Person("slack:U100", "Pat Poster")
REVIEWER = Person("slack:U900", "Riley Reviewer", roles=frozenset({"reviewer"}))
ADMIN = Person("slack:U901", "Ada Admin", roles=frozenset({"admin"}))
WATCHED = Place("slack", channel="C1", channel_name="grade-7")


@pytest.fixture
def settings(tmp_path):
    return Settings.for_tests(tmp_path, slack_watch_channels=("C1",))


@pytest.fixture
def db(settings):
    database = Database(settings.db_path)
    yield database
    database.close()


def message(text: str, n: int = 1, author: Person = POSTER, place: Place = WATCHED, edited: bool = False):
    return watch.WatchedMessage(place=place, author=author, message_id=f"1700000000.{n:06d}", text=text,
                                permalink=f"https://example.slack.com/archives/C1/p{n}", edited=edited)


def all_stored_text(db: Database) -> str:
    dump = []
    for table in db.db.table_names():
        for row in db.db[table].rows:
            dump.append(repr(row))
    return "\n".join(dump)


def test_messages_in_unwatched_channels_are_not_scanned(db, settings):
    outcome = watch.handle_message(db, settings, message(f"SSN {SSN}", place=Place("slack", channel="C2")))
    assert outcome.suppressed == "not watched" and outcome.findings == ()
    assert db.query("SELECT count(*) AS n FROM findings")[0]["n"] == 0


def test_a_high_severity_finding_nudges_alerts_opens_an_incident_and_asks_for_deletion(db, settings):
    outcome = watch.handle_message(db, settings, message(f"new hire SSN is {SSN} thanks"))
    assert [f.type for f in outcome.findings] == ["ssn"]
    assert outcome.nudge is not None and outcome.nudge.to == POSTER.id
    assert outcome.alert is not None and outcome.incident_ticket
    assert outcome.incident_ticket in outcome.alert.text
    assert outcome.delete is True and outcome.suppressed is None
    assert "***-**-4301" in outcome.nudge.text and "***-**-4301" in outcome.alert.text


def test_raw_values_never_reach_the_database_or_the_messages(db, settings):
    outcome = watch.handle_message(db, settings, message(f"SSN {SSN}, pw is Owl$Night55, card 4666176031372159"))
    stored = all_stored_text(db)
    for raw in (SSN, "287654301", "Owl$Night55", "4666176031372159"):
        assert raw not in stored
        assert raw not in outcome.nudge.text and raw not in outcome.alert.text
    rows = db.query("SELECT type, redacted, value_hash FROM findings ORDER BY start")
    assert [r["type"] for r in rows] == ["ssn", "credential", "payment_card"]
    assert all(len(r["value_hash"]) == 64 for r in rows)


def test_a_low_severity_finding_only_nudges_the_poster(db, settings):
    outcome = watch.handle_message(db, settings, message("my cell is 312-555-0177 if the bus is late"))
    assert outcome.nudge is not None and outcome.alert is None
    assert outcome.incident_ticket is None and outcome.delete is False


def test_a_reviewed_not_sensitive_value_is_not_flagged_again(db, settings):
    first = watch.handle_message(db, settings, message(f"SSN {SSN}", n=1))
    reply = watch.mark_not_sensitive(db, settings, first.finding_ids[0], REVIEWER, "HR test record, not a person")
    assert "not sensitive" in reply
    again = watch.handle_message(db, settings, message(f"again: SSN {SSN}", n=2))
    assert again.suppressed == "reviewed as not sensitive" and again.nudge is None and again.alert is None
    row = db.query("SELECT reviewed_by, reason FROM finding_exceptions")[0]
    assert row == {"reviewed_by": REVIEWER.id, "reason": "HR test record, not a person"}


def test_not_sensitive_needs_the_poster_or_a_reviewer_and_a_reason(db, settings):
    outcome = watch.handle_message(db, settings, message(f"SSN {SSN}"))
    finding_id = outcome.finding_ids[0]
    stranger = Person("slack:U555", "Sam")
    assert "Only the person" in watch.mark_not_sensitive(db, settings, finding_id, stranger, "fine")
    assert "say why" in watch.mark_not_sensitive(db, settings, finding_id, POSTER, "  ")
    assert "No finding" in watch.mark_not_sensitive(db, settings, "F-nope", REVIEWER, "x")
    assert db.query("SELECT count(*) AS n FROM finding_exceptions")[0]["n"] == 0


def test_a_reason_that_quotes_the_value_is_stored_masked(db, settings):
    outcome = watch.handle_message(db, settings, message(f"SSN {SSN}"))
    watch.mark_not_sensitive(db, settings, outcome.finding_ids[0], POSTER, f"{SSN} is a test number")
    assert SSN not in all_stored_text(db)


def test_nudges_per_poster_are_rate_limited_but_findings_are_still_recorded(db, settings):
    outcomes = [watch.handle_message(db, settings, message(f"cell 312-555-01{10 + n}", n=n)) for n in range(7)]
    nudged = [o for o in outcomes if o.nudge is not None]
    assert len(nudged) == watch.LIMITS.nudges_per_poster
    assert "rate limit" in outcomes[-1].suppressed
    assert db.query("SELECT count(*) AS n FROM findings")[0]["n"] == 7


def test_held_back_alerts_are_counted_in_the_next_alert(db, settings, monkeypatch):
    now = [1_800_000_000.0]
    monkeypatch.setattr(watch, "clock", lambda: now[0])
    limit = watch.LIMITS.alerts_per_channel
    people = [Person(f"slack:U{n}") for n in range(limit + 3)]
    outcomes = [watch.handle_message(db, settings, message(f"student ID 610277{10 + n}", n=n, author=people[n]))
                for n in range(limit + 2)]
    assert sum(o.alert is not None for o in outcomes) == limit
    now[0] += watch.LIMITS.window_seconds + 1
    later = watch.handle_message(db, settings, message("student ID 61027799", n=99, author=people[-1]))
    assert later.alert is not None and "2 more alert(s)" in later.alert.text


def test_an_edit_that_keeps_the_same_value_is_not_acted_on_twice(db, settings):
    watch.handle_message(db, settings, message(f"SSN {SSN}", n=5))
    edited = watch.handle_message(db, settings, message(f"SSN {SSN} (sorry)", n=5, edited=True))
    assert edited.suppressed == "already handled" and edited.nudge is None


def test_only_admins_switch_watching_and_the_switch_overrides_configuration(db, settings):
    other = Place("slack", channel="C7", channel_name="staff-lounge")
    assert "Only bot administrators" in watch.set_watched(db, POSTER, other, True)
    assert watch.is_watched(db, settings, other) is False
    assert "Watching #staff-lounge" in watch.set_watched(db, ADMIN, other, True)
    assert watch.is_watched(db, settings, other) is True
    watch.set_watched(db, ADMIN, WATCHED, False)
    assert watch.is_watched(db, settings, WATCHED) is False


def test_a_direct_conversation_is_never_watched_even_by_an_admin(db, settings):
    dm = Place("slack", channel="D0DM", direct=True)
    assert "never watched" in watch.set_watched(db, ADMIN, dm, True)
    assert watch.is_watched(db, settings, dm) is False


def test_hash_secret_is_generated_once_beside_the_database_when_unset(tmp_path):
    settings = Settings.for_tests(tmp_path).with_(hash_secret="")
    first = watch.hash_secret(settings)
    assert len(first) == 64 and watch.hash_secret(settings) == first
    assert oct((tmp_path / "hash-secret").stat().st_mode & 0o777) == "0o600"
